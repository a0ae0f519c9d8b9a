import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('builds the guide example from an empty design, by mouse and keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const d = new DesignerPage(page);
  await d.open();

  await page.getByRole('button', { name: /^Design: / }).click();
  await page.getByRole('menuitem', { name: 'New design' }).click();
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('An empty design')).toBeVisible();

  await page.getByRole('button', { name: 'Cluster settings' }).click();
  await d.fill('Design name', GUIDE.name);
  await d.fill('Service CIDR 1', GUIDE.serviceCidr);
  await expect(d.field('Pod CIDR 1')).toHaveValue('192.168.0.0/16');

  const set = (label: string, value: string) => d.fill(label, value);
  const press = (name: string) => d.inspector.getByRole('button', { name, exact: true }).click();
  for (const [node, ip] of GUIDE.nodes) {
    await d.focusCanvas();
    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: `Node ${node}` })).toBeVisible();
    await press('Add IP to interface 1');
    await set('Interface 1 IP 1', ip);
  }

  for (const [name, ip] of GUIDE.services) {
    await d.palette('Add service');
    await fillService(set, press, name, ip);
  }

  for (const [name, node, svc, ip] of GUIDE.pods) {
    await d.select(`Node ${node}`);
    await d.focusCanvas();
    await d.select(`Node ${node}`);
    await page.keyboard.press('p');
    await expect(d.inspector.getByRole('combobox', { name: 'Node' })).toHaveValue(node);
    await fillPod(set, press, name, ip, svc);
  }

  for (const [name, cidr] of GUIDE.clients) {
    await d.palette('Add client');
    await d.fill('Name', name);
    await d.fill('CIDR 1', cidr);
  }

  await d.page.getByRole('button', { name: 'Fit view' }).click();
  await d.connect('External client office: 50.60.0.0/16', 'Service default/svc-a: 10.20.30.40');
  await expect(page.getByRole('heading', { name: 'Access office → svc-a' })).toBeVisible();
  await d.connect('External client partner: 70.80.90.0/24', 'Service default/svc-b: 10.20.30.41');
  await expect(page.getByRole('heading', { name: 'Access partner → svc-b' })).toBeVisible();

  const expected = withoutDesignLine(cliGenerate(guideExampleInput));
  expect(withoutDesignLine(await d.yamlText())).toBe(expected);

  // Local mode, then undo back to Cluster.
  await page
    .getByRole('group', { name: 'External traffic policy mode' })
    .getByRole('button', { name: 'Local' })
    .click();
  await expect(page.getByTestId('mode-reminder')).toContainText('Service becomes type NodePort');
  // Local needs the Services patched: a cluster change, not part of the policies.
  const parts = d.output.getByRole('group', { name: 'Part of the output' });
  await parts.getByRole('button', { name: 'Cluster changes' }).click();
  const changes = d.output.getByRole('region', { name: 'Cluster changes' });
  await expect(changes).toContainText('externalTrafficPolicy: Local');
  await expect(changes).toContainText('type: NodePort');
  await d.focusCanvas();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(changes).not.toContainText('externalTrafficPolicy: Local');
  await parts.getByRole('button', { name: 'Policies' }).click();
  expect(withoutDesignLine(await d.yamlText())).toBe(expected);
});

test('a CIDR typo shows its message at the field and leaves the YAML as it was', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open();
  const before = await d.yamlText();
  await d.select('External client office: 50.60.0.0/16');
  await d.fill('CIDR 1', '50.60.0.0/33');
  await expect(
    d.inspector.getByText('the prefix length /33 is too long: it is 0–32 for this address family'),
  ).toBeVisible();
  await expect(d.field('CIDR 1')).toHaveAttribute('aria-invalid', 'true');
  expect(await d.yamlText()).toBe(before);
  await d.fill('CIDR 1', '50.61.0.0/16');
  await expect(d.yaml).toContainText('50.61.0.0/16');
});

test('Ctrl+Z undoes one field at a time', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await d.select('Service default/svc-a: 10.20.30.40');
  await d.fill('Name', 'web');
  await d.fill('Cluster IP', '10.20.30.50');
  await expect(d.yaml).toContainText('allow-backends-web');
  await expect(d.yaml).toContainText('10.20.30.50/32');

  // Undo from the canvas (a field's own Ctrl+Z is the browser's), the service still selected.
  await d.canvas.getByRole('group', { name: 'Service default/web: 10.20.30.50' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(d.field('Cluster IP')).toHaveValue('10.20.30.40');
  await expect(d.field('Name')).toHaveValue('web');
  await expect(d.yaml).toContainText('allow-backends-web');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(d.field('Name')).toHaveValue('svc-a');
  await expect(d.yaml).toContainText('allow-backends-svc-a');
});

test('cross-highlighting: an access edge lights its rules, a rule lights its elements', async ({
  page,
}) => {
  // axe over the whole page takes tens of seconds on a loaded machine.
  test.setTimeout(90_000);
  const d = new DesignerPage(page);
  await d.open();
  await d.canvas.getByRole('button', { name: 'Access from partner to svc-b: all ports' }).click();
  const litYaml = d.yaml.locator('[data-highlight="rule"]');
  // Rules select a client by the label of its GlobalNetworkSet.
  await expect(litYaml.filter({ hasText: "client == 'partner'" }).first()).toBeVisible();
  await expect(litYaml.filter({ hasText: "client == 'office'" })).toHaveCount(0);

  await d.output.getByRole('tab', { name: 'Explanation' }).click();
  await d.output
    .getByRole('button', {
      name: /Allows office \(50\.60\.0\.0\/16\) to reach default\/svc-a at 10\.20\.30\.40/,
    })
    .click();
  // What a screen reader hears after each name: lit ones say so, the others only how to select.
  const lit = /^Highlighted: the rule selected in the output comes from it\./;
  await expect(d.node('External client office: 50.60.0.0/16')).toHaveAccessibleDescription(lit);
  await expect(d.node('Service default/svc-a: 10.20.30.40')).toHaveAccessibleDescription(lit);
  await expect(d.node('External client partner: 70.80.90.0/24')).toHaveAccessibleDescription(
    /^Press enter or space to select a node\./,
  );
  await expect(d.accessLabel('Access from office to svc-a: all ports')).toHaveAccessibleDescription(
    lit,
  );
  await expect(
    d.accessLabel('Access from partner to svc-b: all ports'),
  ).toHaveAccessibleDescription('');
  await expect(d.canvas.locator('[aria-current="true"]')).toHaveCount(0);
  await expectAccessible(page, test.info(), 'canvas-lit', '.react-flow');
});

test('a click on an access edge’s line selects it, as its label does', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  // A point on the line clear of its label and of the elements at its ends.
  const at = await page
    .locator('[data-access="access:partner->svc-b"] .canvas-access-path')
    .evaluate((path: SVGPathElement) => {
      const covers = [...document.querySelectorAll('.canvas-chip, .react-flow__node')].map((e) =>
        e.getBoundingClientRect(),
      );
      for (let f = 0.02; f < 1; f += 0.02) {
        const point = path.getPointAtLength(path.getTotalLength() * f);
        const s = new DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM() ?? undefined);
        const clear = covers.every(
          (r) => s.x < r.left - 2 || s.x > r.right + 2 || s.y < r.top - 2 || s.y > r.bottom + 2,
        );
        if (clear) return { x: s.x, y: s.y };
      }
      throw new Error('no point of the line is clear of its label');
    });
  await page.mouse.click(at.x, at.y);
  await expect(d.inspector.getByText('Access partner → svc-b')).toBeVisible();
  await expect(d.accessLabel('Access from partner to svc-b: all ports')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(d.canvas.locator('[aria-current="true"]')).toHaveCount(1);
});

test('delete asks what goes, and undo brings the element and its edges back', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await d.select('Service default/svc-a: 10.20.30.40');
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete?' });
  await expect(dialog).toContainText('Removes svc-a');
  await expect(dialog).toContainText('Removes the access edge office → svc-a');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(d.node('Service default/svc-a: 10.20.30.40')).toHaveCount(0);
  await expect(d.yaml).not.toContainText('10.20.30.40/32');

  await d.focusCanvas();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(d.node('Service default/svc-a: 10.20.30.40')).toBeVisible();
  await expect(
    d.canvas.getByRole('button', { name: 'Access from office to svc-a: all ports' }),
  ).toBeVisible();
  await expect(d.yaml).toContainText('10.20.30.40/32');
});

test('dragging a pod onto another node moves it there', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  const pod = d.node('Pod default/pod-a1: 192.168.1.10');
  const target = d.node('Node node-2');
  const a = await pod.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 20, { steps: 15 });
  await page.mouse.up();
  await pod.click();
  await expect(d.inspector.getByRole('combobox', { name: 'Node' })).toHaveValue('node-2');
  // The dashed link from its service follows it: it ends at the pod's left edge, mid-height.
  const end = await page
    .locator('[data-link="selects:svc-a->pod-a1"]')
    .evaluate((path: SVGPathElement) => {
      const point = path.getPointAtLength(path.getTotalLength());
      const screen = new DOMPoint(point.x, point.y).matrixTransform(
        path.getScreenCTM() ?? undefined,
      );
      return { x: screen.x, y: screen.y };
    });
  const moved = await pod.boundingBox();
  if (!moved) throw new Error('not visible');
  expect(moved.y).toBeGreaterThan(a.y + a.height);
  expect(end.x).toBeGreaterThan(moved.x - 5);
  expect(end.x).toBeLessThanOrEqual(moved.x);
  expect(Math.abs(end.y - (moved.y + moved.height / 2))).toBeLessThan(3);
});
