import { test as base, expect } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught page error, and on any request that leaves
 * the preview server: the built app must work offline.
 */
export const test = base.extend<{ consoleErrors: string[]; firstVisit: boolean; skipTour: void }>({
  /**
   * Whether the page is seen as on a first visit, guided tour and all. Tests about anything else
   * run as a returning user, whose tour was seen (the tour's own tests set this to true).
   */
  firstVisit: [false, { option: true }],
  skipTour: [
    async ({ page, firstVisit }, use) => {
      if (!firstVisit) {
        await page.addInitScript(() => {
          try {
            localStorage.setItem('clusterip-designer:v1:tour-seen', 'yes');
          } catch {
            // storage switched off: the test will see the tour
          }
        });
      }
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        if (
          !url.startsWith(baseURL ?? '') &&
          !url.startsWith('http://127.0.0.1:') &&
          !url.startsWith('data:') &&
          !url.startsWith('blob:')
        )
          errors.push(`external request: ${url}`);
      });
      await use(errors);
      expect(errors, 'console errors or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
