import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { guideExampleInput } from '../src/model/examples';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

/** What `npm run cli -- generate` prints for a design. */
function cliGenerate(design: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'design-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(design));
  return execFileSync('npx', ['tsx', 'src/cli/main.ts', 'generate', file], { encoding: 'utf8' });
}

/** Presses `key` until `target` (a menu item or an option) has the focus. */
async function arrowTo(page: Page, target: Locator, key = 'ArrowDown', max = 10): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reached with ${key}: ${target.toString()}`);
}

test('builds the guide example by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const d = new DesignerPage(page);
  await d.open();
  const heading = (name: string) => d.inspector.getByRole('heading', { name, exact: true });
  // Global shortcuts need the focus outside any field: the canvas's Fit View button is always there.
  const toCanvas = () => d.tabTo(page.getByRole('button', { name: 'Fit View', exact: true }));

  await d.tabTo(page.getByRole('button', { name: /^Design: / }));
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'New design' }));
  await page.keyboard.press('Enter');
  await d.tabTo(page.getByRole('dialog').getByRole('button', { name: 'Replace' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('An empty design')).toBeVisible();

  await d.tabTo(page.getByRole('button', { name: 'Cluster settings' }));
  await page.keyboard.press('Enter');
  await d.type('Design name', 'Calico guide example');
  await d.type('Service CIDR 1', '10.20.30.0/24');
  await expect(d.field('Pod CIDR 1')).toHaveValue('192.168.0.0/16');

  for (const [i, ip] of [
    [1, '172.16.0.11'],
    [2, '172.16.0.12'],
  ] as const) {
    await toCanvas();
    await page.keyboard.press('n');
    await expect(heading(`Node node-${i}`)).toBeVisible();
    await d.press('Add IP to interface 1');
    await d.type('Interface 1 IP 1', ip);
  }

  for (const [name, ip] of [
    ['svc-a', '10.20.30.40'],
    ['svc-b', '10.20.30.41'],
  ] as const) {
    await toCanvas();
    await page.keyboard.press('s');
    await d.type('Name', name);
    await d.type('Cluster IP', ip);
    await d.press('Add port');
    await d.type('Port 1 name', 'http');
    await d.type('Port 2 name', 'https');
    await d.type('Port 2 port', '443');
    await d.type('Port 2 target port', '443');
    await d.type('Selector key 1', 'k8s-svc');
    await d.type('Selector value 1', name);
  }

  for (const [name, node, svc, ip] of [
    ['pod-a1', 'node-1', 'svc-a', '192.168.1.10'],
    ['pod-a2', 'node-2', 'svc-a', '192.168.2.10'],
    ['pod-b1', 'node-1', 'svc-b', '192.168.1.11'],
    ['pod-b2', 'node-2', 'svc-b', '192.168.2.11'],
  ] as const) {
    // Select the node on the canvas from the keyboard, then P adds a pod on it.
    await d.tabTo(d.node(`Node ${node}`));
    await page.keyboard.press('Enter');
    await expect(heading(`Node ${node}`)).toBeVisible();
    await page.keyboard.press('p');
    await expect(d.inspector.getByRole('combobox', { name: 'Node' })).toHaveValue(node);
    await d.type('Name', name);
    await d.type('IP', ip);
    await d.press('Add label');
    await d.type('Label key 1', 'k8s-svc');
    await d.type('Label value 1', svc);
  }

  // The picker, a native select, lists the services without access yet: ArrowDown picks the
  // first, End the last; its Grant button grants.
  for (const [name, cidr, svc, key] of [
    ['office', '50.60.0.0/16', 'svc-a', 'ArrowDown'],
    ['partner', '70.80.90.0/24', 'svc-b', 'End'],
  ] as const) {
    await toCanvas();
    await page.keyboard.press('c');
    await d.type('Name', name);
    await d.type('CIDR 1', cidr);
    // The keyboard's way to draw an access edge: the client's "Grant access to a service" picker.
    await d.tabTo(d.inspector.getByRole('combobox', { name: 'Grant access to a service' }));
    await page.keyboard.press(key);
    await page.keyboard.press('Tab');
    await expect(d.inspector.getByRole('button', { name: 'Grant' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Access ${name} → ${svc}` })).toBeVisible();
  }

  expect(await d.yamlText()).toBe(cliGenerate(guideExampleInput));
});

test('a canvas element is selected with Enter, moved with an arrow key, and the move undone', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open();
  const svc = d.node('Service default/svc-a: 10.20.30.40');
  await d.tabTo(svc);
  await expect(svc).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.inspector.getByRole('heading', { name: /svc-a/ })).toBeVisible();
  await expect(svc).toHaveClass(/selected/);

  const before = await svc.boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await svc.boundingBox())?.x).toBeGreaterThan(before!.x + 1);
  await expect(svc).toBeFocused();

  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await svc.boundingBox())?.x).toBeCloseTo(before!.x, 0);
});

test('a pod moved with the arrow keys stays inside its node', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  const pod = d.node('Pod default/pod-a1: 192.168.1.10');
  const host = d.node('Node node-1');
  await d.tabTo(pod);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowUp');
  const p = await pod.boundingBox();
  const n = await host.boundingBox();
  expect(p!.x).toBeGreaterThanOrEqual(n!.x - 0.5);
  expect(p!.y).toBeGreaterThan(n!.y);
  await expect(d.inspector.getByRole('combobox', { name: 'Node' })).toHaveValue('node-1');
});
