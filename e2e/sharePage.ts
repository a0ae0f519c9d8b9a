import type { Browser, Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Design } from '../src/model/design';
import { encodeDesign } from '../src/permalink/permalink';
import { DesignerPage } from './designerPage';
import { expect } from './fixtures';

/**
 * Console errors, page errors, requests that leave the test server, and JS dialogs, of a page the
 * shared fixture does not watch (another browser context), or to assert that no dialog opened.
 */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1:|data:|blob:|about:)/.test(r.url()))
      errors.push(`external request: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { errors, dialogs };
}

/** The designer plus what sharing, keeping and importing add: menus, links, files. */
export class SharePage extends DesignerPage {
  /** `./#v1z:…`: the app's address with the design in the fragment. */
  static linkTo(design: Design): string {
    return `./#${encodeDesign(design)}`;
  }

  designButton() {
    return this.page.getByRole('button', { name: /^Design: / });
  }

  async designMenu(item: string | RegExp): Promise<void> {
    await this.designButton().click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  async exportMenu(item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Renames the design in the cluster settings, as a person would. */
  async rename(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Cluster settings' }).click();
    await this.fill('Design name', name);
    await expect(this.designButton()).toHaveAccessibleName(`Design: ${name}`);
  }

  /** Opens a URL as a fresh page load (a hash-only change would not reload). */
  async load(url: string): Promise<void> {
    await this.page.goto('about:blank');
    await this.page.goto(url);
    // Not through the Canvas landmark: a dialog asking about the link may hide it from the
    // accessibility tree.
    await expect(this.page.locator('main .react-flow__renderer')).toBeVisible();
  }

  /** The accessible names of every element drawn on the canvas, sorted. */
  async elementNames(): Promise<string[]> {
    const groups = this.canvas.locator('.react-flow__node[role="group"]');
    await expect(groups.first()).toBeVisible();
    const names = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    return names.map(String).sort();
  }

  /** Runs `action`, which starts a download, and returns the file's name and text. */
  async download(
    action: () => Promise<void>,
  ): Promise<{ name: string; text: string; raw: Buffer }> {
    const [download] = (await Promise.all([this.page.waitForEvent('download'), action()])) as [
      Download,
      void,
    ];
    const path = await download.path();
    const raw = await readFile(path);
    return { name: download.suggestedFilename(), text: raw.toString('utf8'), raw };
  }

  /** Opens `url` in a new browser context (no autosave, no clipboard): another person. */
  static async elsewhere(browser: Browser, url: string) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'en-US',
      colorScheme: 'light',
    });
    const page = await context.newPage();
    // A returning user there too: the guided first visit would cover the page.
    await page.addInitScript(() => localStorage.setItem('clusterip-designer:v1:tour-seen', 'yes'));
    const watched = watch(page);
    const other = new SharePage(page);
    await page.goto(url);
    await expect(other.canvas.locator('.react-flow__renderer')).toBeVisible();
    return { other, context, ...watched };
  }
}
