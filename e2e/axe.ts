import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Runs axe-core on the page as it is and fails on any serious or critical violation, naming the
 * rule and the first elements it found. Every result (moderate and minor too) is attached to the
 * test's report as `axe-<view>.json`, for the figures in the issue note.
 */
export async function expectAccessible(
  page: Page,
  testInfo: TestInfo,
  view: string,
  /** A CSS selector: check only this part (the rest of the page was checked as it is now). */
  within?: string,
): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  await testInfo.attach(`axe-${view}.json`, {
    body: JSON.stringify({ view, passes: results.passes.length, violations: summary }, null, 2),
    contentType: 'application/json',
  });
  const blocking = summary
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes}×, e.g. ${v.targets.join(' | ')})`);
  expect(blocking, `axe on ${view}`).toEqual([]);
}
