import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { guideExampleInput } from '../src/model/examples';
import { fillPod, fillService, GUIDE } from './guideExample';
import { expectAccessible } from './axe';
import { DesignerPage, withoutDesignLine } from './designerPage';
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
  await d.type('Design name', GUIDE.name);
  await d.type('Service CIDR 1', GUIDE.serviceCidr);
  await expect(d.field('Pod CIDR 1')).toHaveValue('192.168.0.0/16');

  const set = (label: string, value: string) => d.type(label, value);
  const press = (name: string) => d.press(name);
  for (const [node, ip] of GUIDE.nodes) {
    await toCanvas();
    await page.keyboard.press('n');
    await expect(heading(`Node ${node}`)).toBeVisible();
    await press('Add IP to interface 1');
    await set('Interface 1 IP 1', ip);
  }

  for (const [name, ip] of GUIDE.services) {
    await toCanvas();
    await page.keyboard.press('s');
    await fillService(set, press, name, ip);
  }

  for (const [name, node, svc, ip] of GUIDE.pods) {
    // Select the node on the canvas from the keyboard, then P adds a pod on it.
    await d.tabTo(d.node(`Node ${node}`));
    await page.keyboard.press('Enter');
    await expect(heading(`Node ${node}`)).toBeVisible();
    await page.keyboard.press('p');
    await expect(d.inspector.getByRole('combobox', { name: 'Node' })).toHaveValue(node);
    await fillPod(set, press, name, ip, svc);
  }

  // The picker, a native select, lists the services without access yet: ArrowDown picks the
  // first, End the last; its Grant button grants.
  for (const [[name, cidr, svc], key] of [
    [GUIDE.clients[0], 'ArrowDown'],
    [GUIDE.clients[1], 'End'],
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

  expect(withoutDesignLine(await d.yamlText())).toBe(
    withoutDesignLine(cliGenerate(guideExampleInput)),
  );
});

test('a canvas element is selected with Enter, moved with an arrow key, and the move undone', async ({
  page,
}) => {
  // axe over the whole page takes tens of seconds on a loaded machine.
  test.setTimeout(90_000);
  const d = new DesignerPage(page);
  await d.open();
  const svc = d.node('Service default/svc-a: 10.20.30.40');
  await d.tabTo(svc);
  await expect(svc).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.inspector.getByRole('heading', { name: /svc-a/ })).toBeVisible();
  await expect(svc).toHaveAttribute('aria-current', 'true');
  await expect(d.canvas.locator('[aria-current="true"]')).toHaveCount(1);
  await expectAccessible(page, test.info(), 'canvas-selected', '.react-flow');

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
