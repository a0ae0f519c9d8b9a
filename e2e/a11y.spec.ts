import { CATALOGUES } from '../src/i18n/catalogue';
import type { Locale } from '../src/i18n/locale';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';

/**
 * axe-core on each main view — the designer with its YAML, the explanation, the problems, the
 * traffic test and the reachability matrix — in both languages and both colour schemes: no serious
 * or critical violation anywhere.
 */
const CASES: { locale: Locale; browserLocale: string; scheme: 'light' | 'dark' }[] = [
  { locale: 'en', browserLocale: 'en-US', scheme: 'light' },
  { locale: 'en', browserLocale: 'en-US', scheme: 'dark' },
  { locale: 'zh-CN', browserLocale: 'zh-CN', scheme: 'light' },
  { locale: 'zh-CN', browserLocale: 'zh-CN', scheme: 'dark' },
];

for (const { locale, browserLocale, scheme } of CASES) {
  test.describe(`${locale}, ${scheme}`, () => {
    test.use({ locale: browserLocale, colorScheme: scheme });

    test(`every main view is accessible (${locale}, ${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      const words = CATALOGUES[locale];
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-color-scheme', scheme);
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await expect(page.locator('[data-line]').first()).toBeVisible();
      await expectAccessible(page, test.info(), `designer-${locale}-${scheme}`);
      const output = page.getByRole('complementary', { name: words['ui.app.output'] });
      const outputPanel = `aside[aria-label="${words['ui.app.output']}"]`;
      for (const [id, view] of [
        ['ui.output.tab.explanation', 'explanation'],
        ['ui.output.tab.traffic', 'traffic'],
        ['ui.output.tab.reachability', 'reachability'],
      ] as const) {
        await output.getByRole('tab', { name: words[id] }).click();
        await expect(output.getByRole('tab', { name: words[id], selected: true })).toBeVisible();
        await expect(output.getByRole('tabpanel')).toBeVisible();
        if (view === 'reachability') await expect(output.getByRole('table')).toBeVisible();
        // Switching tabs changes the output panel only: the canvas and the top bar were checked
        // above as they still are, so axe reads the panel (a whole-page pass costs ~10 s).
        await expectAccessible(page, test.info(), `${view}-${locale}-${scheme}`, outputPanel);
      }
      await output.getByRole('tab', { name: /^(Problems|问题)/ }).click();
      await expectAccessible(page, test.info(), `problems-${locale}-${scheme}`, outputPanel);
    });
  });
}

test('the colour scheme follows the system, and the top-bar switch overrides it for good', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Colour scheme: Follow the system' }).click();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Colour scheme: Light' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light');
});
