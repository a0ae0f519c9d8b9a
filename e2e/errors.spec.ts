import type { Page } from '@playwright/test';
import { localExample } from '../src/model/examples';
import { serializeDesign, STORAGE_KEYS } from '../src/state/persistence';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

/**
 * When something fails: a design the generator throws on, and a lazily loaded chunk that does not
 * download. Each provokes console errors on purpose (the store logs the generator's exception,
 * React logs what a boundary caught, the browser logs the failed request): `provoked` takes
 * exactly those out of the suite's console check, and fails if they did not happen.
 */
function provoked(consoleErrors: string[], ...patterns: RegExp[]): void {
  const ours = (e: string) => patterns.some((p) => p.test(e));
  expect(consoleErrors.filter(ours), 'the errors this test provokes').not.toEqual([]);
  const rest = consoleErrors.filter((e) => !ours(e));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
}

/** The store's log of the test hook's exception (src/state/testHooks.ts). */
const HOOK_THREW = /test hook: generate\(\) throws/;

/** Makes `generate()` throw for any design with a Service named `name`, from page load on. */
async function generatorThrowsFor(page: Page, name: string): Promise<void> {
  await page.addInitScript((service) => {
    Object.assign(window, { __cipdTestHooks: { generateThrowsForService: service } });
  }, name);
}

test('a design the generator throws on shows the error in the output, and the canvas and inspector still work', async ({
  page,
  consoleErrors,
}) => {
  await generatorThrowsFor(page, 'svc-a');
  const d = new DesignerPage(page);
  await d.open();

  // The guide's example has a Service svc-a: the output says the generator failed, in words.
  const failed = d.output.getByRole('alert').filter({ hasText: 'No YAML yet' });
  await expect(failed).toContainText('No YAML yet: the design has 1 error');
  await expect(failed).toContainText(
    'The generator failed on this design (test hook: generate() throws for a design with Service "svc-a")',
  );
  await d.output.getByRole('tab', { name: /^Problems/ }).click();
  await expect(
    d.output.getByRole('region', { name: 'Problems' }).getByText(/restore the previous design/),
  ).toBeVisible();
  await d.output.getByRole('tab', { name: 'YAML' }).click();

  // The canvas: select an element and move it with the keyboard; the inspector shows it.
  const svc = d.node('Service default/svc-a: 10.20.30.40');
  await d.select('Service default/svc-a: 10.20.30.40');
  await expect(svc).toBeFocused();
  await expect(d.inspector.getByRole('heading', { name: /svc-a/ })).toBeVisible();
  const before = await svc.boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await svc.boundingBox())?.x).toBeGreaterThan(before!.x + 1);

  // Fixing the design in the inspector brings the YAML back; undo brings the error back.
  await d.fill('Name', 'svc-z');
  await expect(d.yaml).toContainText('svc-z');
  await expect(failed).toBeHidden();
  await d.focusCanvas();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(svc).toBeVisible();
  await expect(d.output.getByText(/^Out of date: the design has 1 error/)).toBeVisible();

  provoked(consoleErrors, HOOK_THREW);
});

test('an edit the generator throws on is autosaved, and a reload opens it with the error, not a blank page', async ({
  page,
  consoleErrors,
}) => {
  await generatorThrowsFor(page, 'svc-z');
  const d = new DesignerPage(page);
  await d.open();
  await d.select('Service default/svc-a: 10.20.30.40');
  await d.fill('Name', 'svc-z');
  await expect(d.output.getByText(/^Out of date: the design has 1 error/)).toBeVisible();

  await page.reload();
  const svc = d.node('Service default/svc-z: 10.20.30.40');
  await expect(svc).toBeVisible();
  await expect(d.output.getByRole('alert').filter({ hasText: 'No YAML yet' })).toContainText(
    'The generator failed on this design',
  );
  await expect(page.getByRole('heading', { name: 'ClusterIP Policy Designer' })).toBeVisible();
  await d.select('Service default/svc-z: 10.20.30.40');
  await expect(d.field('Name')).toHaveValue('svc-z');

  provoked(consoleErrors, HOOK_THREW);
});

/** Fails every request for a chunk whose file name starts with `name` (`count`: only the first n). */
async function failChunk(page: Page, name: string, count = Infinity): Promise<() => number> {
  let seen = 0;
  await page.route(new RegExp(`/assets/${name}-[^/]+\\.js$`), (route) => {
    seen++;
    return seen <= count ? route.abort('failed') : route.continue();
  });
  return () => seen;
}

/** The browser's line for an aborted request, and React's for the boundary that caught it. */
const CHUNK_FAILED = [/net::ERR_FAILED/, /Failed to fetch dynamically imported module/];

test('a simulator chunk that fails to download once is fetched again, unnoticed', async ({
  page,
  consoleErrors,
}) => {
  const requests = await failChunk(page, 'TestTrafficPanel', 1);
  const d = new DesignerPage(page);
  await d.open();
  await d.output.getByRole('tab', { name: 'Test traffic' }).click();
  await expect(d.output.getByRole('region', { name: 'Test traffic' })).toBeVisible();
  await expect(d.output.getByRole('alert')).toHaveCount(0);
  expect(requests()).toBe(2);
  provoked(consoleErrors, /net::ERR_FAILED/);
});

test('a simulator chunk that does not download says so in its panel, while the rest works; Try again fetches it', async ({
  page,
  consoleErrors,
}) => {
  const requests = await failChunk(page, 'TestTrafficPanel');
  const d = new DesignerPage(page);
  await d.open();
  await d.output.getByRole('tab', { name: 'Test traffic' }).click();
  const alert = d.output.getByRole('alert', { name: 'The simulator could not be loaded' });
  await expect(alert).toContainText('reload the page to get the new version');
  await expect(alert).toContainText('What failed: Failed to fetch dynamically imported module');
  expect(requests()).toBe(2);

  // The other views, the canvas and the inspector work meanwhile.
  await d.output.getByRole('tab', { name: 'YAML' }).click();
  await expect(d.yaml).toContainText('name: external-access.allow-cluster-ips');
  await d.select('Node node-2');
  await expect(d.field('Name')).toHaveValue('node-2');

  // Try again while the file is still missing: the same words, after two more requests.
  await d.output.getByRole('tab', { name: 'Test traffic' }).click();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(requests).toBe(4);
  await expect(alert).toBeVisible();

  // Once it can be fetched, Try again shows the panel.
  await page.unrouteAll();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(d.output.getByRole('region', { name: 'Test traffic' })).toBeVisible();
  provoked(consoleErrors, ...CHUNK_FAILED);
});

test('the inspector, its chunk missing, offers a reload, which brings it back', async ({
  page,
  consoleErrors,
}) => {
  await failChunk(page, 'Inspector');
  const d = new DesignerPage(page);
  await d.open();
  const alert = d.inspector.getByRole('alert', { name: 'The inspector could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(d.yaml).toContainText('name: external-access.allow-cluster-ips');
  await d.select('Node node-1');

  await page.unrouteAll();
  await Promise.all([
    page.waitForEvent('load'),
    alert.getByRole('button', { name: 'Reload the page' }).click(),
  ]);
  await d.select('Node node-1');
  await expect(d.field('Name')).toHaveValue('node-1');
  provoked(consoleErrors, ...CHUNK_FAILED);
});

/** An inspector whose code throws whenever it is drawn: a panel with a defect, for its boundary. */
const THROWING_INSPECTOR = `export function Inspector() {
  throw new TypeError("Cannot read properties of undefined (reading 'ports')");
}`;

test('a panel that throws while drawn says what failed, the rest works, and it restores the previous design', async ({
  page,
  consoleErrors,
}) => {
  await page.route(/\/assets\/Inspector-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: THROWING_INSPECTOR }),
  );
  // A design kept by an earlier replacement, for "Restore previous design".
  await page.addInitScript(([key, json]) => localStorage.setItem(key, json), [
    STORAGE_KEYS.previous,
    serializeDesign(localExample),
  ] as const);
  const d = new DesignerPage(page);
  await d.open();
  const alert = d.inspector.getByRole('alert', { name: 'The inspector stopped working' });
  await expect(alert).toContainText(
    "What failed: Cannot read properties of undefined (reading 'ports')",
  );
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();

  // The canvas and the output work: an element moved with the keyboard, the YAML shown.
  await expect(d.yaml).toContainText('name: external-access.allow-cluster-ips');
  const node = d.node('Node node-2');
  await d.select('Node node-2');
  const before = await node.boundingBox();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await node.boundingBox())?.y).toBeGreaterThan(before!.y + 1);
  // The change drew the inspector again (it threw again); the move can now be undone from here.
  await expect(alert.getByRole('button', { name: 'Undo the last change' })).toBeVisible();

  await alert.getByRole('button', { name: 'Restore previous design' }).click();
  await expect(page.getByText('Restored “local mode shop”')).toBeVisible();
  await expect(d.node('Node worker-1')).toBeVisible();
  provoked(consoleErrors, /reading 'ports'/);
});
