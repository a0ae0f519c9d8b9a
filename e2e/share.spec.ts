import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Design } from '../src/model/design';
import { guideExample, localExample, mixedExample } from '../src/model/examples';
import { GUIDE_AS_PRINTED } from '../src/importer/testdata/guideAsPrinted';
import { expect, test } from './fixtures';
import { SharePage, watch } from './sharePage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Share copies a link that opens the same design, layout and YAML, in another browser', async ({
  page,
  browser,
  baseURL,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.rename('Shared design');
  await page
    .getByRole('group', { name: 'External traffic policy mode' })
    .getByRole('button', { name: 'Local' })
    .click();
  // Local mode needs a patch to the Service, which the user owns: a cluster change.
  await d.output.getByRole('button', { name: 'Cluster changes' }).click();
  await expect(d.output.getByRole('region', { name: 'Cluster changes' })).toContainText(
    'externalTrafficPolicy: Local',
  );
  await d.output.getByRole('button', { name: 'Policies' }).click();
  const names = await d.elementNames();
  const yaml = await d.yamlText();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${baseURL}#v1z:`)).toBe(true);

  const { other, context, errors, dialogs } = await SharePage.elsewhere(browser, link);
  try {
    await expect(other.designButton()).toHaveAccessibleName('Design: Shared design');
    expect(await other.elementNames()).toEqual(names);
    expect(await other.yamlText()).toBe(yaml);
    await expect(other.page.getByRole('alert')).toContainText('Opened the shared design');
    // The fragment is read once, then removed: a reload opens the autosave, not the link again.
    await expect(other.page).toHaveURL(baseURL ?? '');
    await other.page.reload();
    await expect(other.designButton()).toHaveAccessibleName('Design: Shared design');
    expect(await other.yamlText()).toBe(yaml);
    expect([...errors, ...dialogs]).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a link keeps the positions of the elements', async ({ page }) => {
  const moved: Design = {
    ...localExample,
    layout: { customers: { x: 0, y: 0 }, ops: { x: 0, y: 400 }, shop: { x: 480, y: 200 } },
  };
  const d = new SharePage(page);
  await d.open(SharePage.linkTo(moved).slice(2));
  const ops = await d
    .node('External client ops team: 203.0.113.0/28, 2001:db8:a::/48')
    .boundingBox();
  const customers = await d.node('External client customers: 198.51.100.0/24').boundingBox();
  if (!ops || !customers) throw new Error('not visible');
  expect(ops.y).toBeGreaterThan(customers.y + 100);
  expect(Math.abs(ops.x - customers.x)).toBeLessThan(2);
});

test('a damaged link says why and leaves the user’s own design as it was', async ({ page }) => {
  const d = new SharePage(page);
  await d.open();
  await d.rename('My own design');
  const mine = await d.yamlText();
  const good = SharePage.linkTo(mixedExample);
  const changed = `${good.slice(0, 30)}${good[30] === 'A' ? 'B' : 'A'}${good.slice(31)}`;

  for (const [bad, words] of [
    [good.slice(0, Math.floor(good.length / 2)), /did not open/],
    [changed, /did not open/],
    ['./#v9z:abc', /"v9z" comes from a newer release of this app/],
    ['./#v1z:<script>alert(1)</script>', /the link contains "<" at position 5/],
  ] as const) {
    await d.load(bad);
    const alert = page.getByRole('alert').filter({ hasText: 'The link did not open' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(words);
    await expect(d.designButton()).toHaveAccessibleName('Design: My own design');
    expect(await d.yamlText()).toBe(mine);
    await alert.getByRole('button', { name: 'Close' }).click();
  }

  // A link pasted into the address bar of the open app (no reload) is judged the same way.
  await page.goto('./#v9z:abc');
  await expect(page.getByRole('alert')).toContainText('newer release');
  await expect(d.designButton()).toHaveAccessibleName('Design: My own design');
});

test('a link over changed work asks first; Undo and “Restore previous design” bring the work back', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.rename('My own design');

  await d.load(SharePage.linkTo(localExample));
  const ask = page.getByRole('dialog', { name: 'Open the shared design?' });
  await expect(ask).toContainText('Your current design is kept');
  await ask.getByRole('button', { name: 'Keep my design' }).click();
  await expect(d.designButton()).toHaveAccessibleName('Design: My own design');

  await d.load(SharePage.linkTo(localExample));
  await ask.getByRole('button', { name: 'Open shared design' }).click();
  await expect(d.designButton()).toHaveAccessibleName('Design: local mode shop');
  await expect(d.node('Service shop/shop: 10.96.10.10')).toBeVisible();

  await d.focusCanvas();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(d.designButton()).toHaveAccessibleName('Design: My own design');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(d.designButton()).toHaveAccessibleName('Design: local mode shop');

  // After a reload there is no undo history; the replaced design is kept all the same.
  await page.reload();
  await expect(d.designButton()).toHaveAccessibleName('Design: local mode shop');
  await d.designMenu(/Restore previous design/);
  await expect(d.designButton()).toHaveAccessibleName('Design: My own design');
  await expect(d.node('Node node-1')).toBeVisible();
});

test('the design survives a reload; an unreadable autosave is set aside, not lost', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.rename('Kept across reloads');
  await d.palette('Add client');
  const names = await d.elementNames();
  await page.reload();
  await expect(d.designButton()).toHaveAccessibleName('Design: Kept across reloads');
  expect(await d.elementNames()).toEqual(names);

  await page.evaluate(() =>
    localStorage.setItem('clusterip-designer:v1:current', '{"version":1,"name":"half a fi'),
  );
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your autosaved design could not be read');
  await expect(alert).toContainText('clusterip-designer:v1:corrupt');
  await expect(d.designButton()).toHaveAccessibleName('Design: Calico guide example');
  expect(await page.evaluate(() => localStorage.getItem('clusterip-designer:v1:corrupt'))).toBe(
    '{"version":1,"name":"half a fi',
  );
});

test('importing the guide’s YAML as printed builds its design and reports the broken policy', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.designMenu('Import YAML…');
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  await dialog.getByRole('textbox', { name: 'YAML' }).fill(GUIDE_AS_PRINTED);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  const report = dialog.getByRole('table', { name: 'Import report' });
  const rejected = report.getByRole('row').filter({ hasText: 'Rejected' });
  await expect(rejected.first()).toContainText('GlobalNetworkPolicy allow-traffic-hostendpoints');
  await expect(rejected.first()).toContainText('spec.types');
  await expect(rejected.first()).toContainText('Calico would reject it');
  await expect(rejected.first().getByRole('cell').first()).toHaveText('52');
  await expect(dialog).toContainText('2 services');

  await dialog.getByRole('button', { name: 'Use this design' }).click();
  await expect(dialog).toBeHidden();
  for (const name of [
    'Service default/svc-10-20-30-40: 10.20.30.40',
    'Service default/svc-10-20-30-41: 10.20.30.41',
    'External client 50.60.0.0/16: 50.60.0.0/16',
    'External client 70.80.90.0/24: 70.80.90.0/24',
  ])
    await expect(d.node(name)).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Imported');

  // The same file, uploaded.
  await d.designMenu('Import YAML…');
  await dialog.getByLabel('Upload file…').setInputFiles({
    name: 'guide.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(GUIDE_AS_PRINTED),
  });
  await expect(dialog).toContainText('guide.yaml');
  await expect(report.getByRole('row').filter({ hasText: 'Rejected' }).first()).toContainText(
    'spec.types',
  );
});

test('an oversized import is refused with a message', async ({ page }) => {
  const d = new SharePage(page);
  await d.open();
  await d.designMenu('Import YAML…');
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  // The cap is on all files together; Playwright passes more than 50 MB only as files on disk.
  const dir = mkdtempSync(join(tmpdir(), 'cipd-huge-'));
  const half = Buffer.alloc(32 * 1024 * 1024 + 1, 'a');
  const paths = [1, 2].map((i) => {
    const path = join(dir, `huge-${i}.yaml`);
    writeFileSync(path, half);
    return path;
  });
  await dialog.getByLabel('Upload file…').setInputFiles(paths);
  await expect(dialog).toContainText('the input is 67108866 characters long; more than 67108864');
  await expect(dialog.getByRole('button', { name: 'Use this design' })).toBeDisabled();
});

test('Export downloads the YAML panel’s exact bytes, the design, and the diagram', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  const yaml = await d.yamlText();

  const y = await d.download(() => d.exportMenu(/^Policies \(YAML\)/));
  expect(y.name).toBe('calico-guide-example.calico.yaml');
  expect(y.text).toBe(yaml);

  const j = await d.download(() => d.designMenu(/^Download design \(JSON\)/));
  expect(j.name).toBe('calico-guide-example.design.json');
  expect(JSON.parse(j.text)).toEqual(guideExample);
  expect(j.text).toBe(`${JSON.stringify(guideExample, null, 2)}\n`);

  const svg = await d.download(() => d.exportMenu('Export diagram as SVG'));
  expect(svg.name).toBe('calico-guide-example.diagram.svg');
  expect(svg.text.startsWith('<svg')).toBe(true);
  expect(svg.text).toContain('pod-a1');

  const png = await d.download(() => d.exportMenu('Export diagram as PNG'));
  expect(png.name).toBe('calico-guide-example.diagram.png');
  expect(png.raw.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));

  await d.exportMenu(/^Copy the policies/);
  await expect(page.getByRole('alert')).toContainText('YAML copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(yaml);
});

test('a link too long for chat tools is not copied silently', async ({ page }) => {
  // 350 clients with distinct ranges and hard-to-compress names: a design whose link is far over the warning length.
  const clients = Array.from({ length: 350 }, (_, i) => ({
    id: `c${i}`,
    name: `client ${((i * 2654435761) % 2 ** 32).toString(16)}`,
    cidrs: [`${11 + (i % 200)}.${(i * 7) % 256}.${(i * 13) % 256}.0/24`],
  }));
  const big: Design = { ...guideExample, name: 'big', clients, access: [] };
  const d = new SharePage(page);
  await d.open(SharePage.linkTo(big).slice(2));
  await expect(d.designButton()).toHaveAccessibleName('Design: big');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'This link is long' });
  await expect(dialog).toContainText(/This link is [\d,]+ characters; many chat tools cut links/);
  const file = await d.download(() =>
    dialog.getByRole('button', { name: 'Download design (JSON)' }).click(),
  );
  expect(file.name).toBe('big.design.json');
  expect(JSON.parse(file.text).clients).toHaveLength(350);
});

test('names from a link are shown as text and run nothing', async ({ page }) => {
  const { dialogs } = watch(page);
  const payloads = ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>'];
  const hostile: Design = {
    ...guideExample,
    name: payloads[0]!,
    clients: [
      { id: 'office', name: payloads[1]!, cidrs: ['50.60.0.0/16'] },
      { id: 'partner', name: payloads[0]!, cidrs: ['70.80.90.0/24'] },
    ],
  };
  const d = new SharePage(page);
  await d.open(SharePage.linkTo(hostile).slice(2));
  await expect(d.designButton()).toHaveAccessibleName(`Design: ${payloads[0]}`);
  await expect(d.node(`External client ${payloads[1]}: 50.60.0.0/16`)).toContainText(payloads[1]!);
  await expect(d.node(`External client ${payloads[0]}: 70.80.90.0/24`)).toContainText(payloads[0]!);
  await expect(page.getByRole('alert')).toContainText(`Opened the shared design “${payloads[0]}”`);
  await expectNothingInjected(page, dialogs);

  // A label value cannot hold such text: the link is refused, and the refusal is text too.
  const badLabel = {
    ...guideExample,
    nodes: [{ ...guideExample.nodes[0]!, labels: { zone: payloads[0]! } }, guideExample.nodes[1]!],
  };
  await d.load(SharePage.linkTo(badLabel as Design));
  await expect(page.getByRole('alert')).toContainText('The link did not open');
  await expect(page.getByRole('alert')).toContainText('nodes[0].labels');
  await expectNothingInjected(page, dialogs);
});

test('a link whose design name would inject YAML opens nothing and names the field', async ({
  page,
}) => {
  // The link of issue #19: a raw header comment would end at the line break and a Namespace
  // document would follow in the YAML the user copies and applies.
  const injected = {
    ...guideExample,
    name: 'evil"\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: pwned\n#',
  };
  const d = new SharePage(page);
  await d.open();
  await d.rename('My own design');
  const mine = await d.yamlText();
  await d.load(SharePage.linkTo(injected as Design));
  const alert = page.getByRole('alert').filter({ hasText: 'The link did not open' });
  await expect(alert).toContainText('breaks a rule of the design format');
  await expect(alert).toContainText(
    'Design name (name): holds a character a name cannot hold (U+000A, character 6)',
  );
  await expect(d.designButton()).toHaveAccessibleName('Design: My own design');
  expect(await d.yamlText()).toBe(mine);
  expect(mine).not.toContain('kind: Namespace');
});

test('the built page carries its Content-Security-Policy, and the diagram holds names as text', async ({
  page,
}) => {
  const csp = await page.request.get('./').then((r) => r.text());
  expect(csp).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval';[^"]*object-src 'none'; base-uri 'none'/,
  );
  const payload = '<script>alert(3)</script>';
  const hostile: Design = {
    ...guideExample,
    clients: [{ id: 'office', name: payload, cidrs: ['50.60.0.0/16'] }],
    access: guideExample.access.filter((a) => a.client === 'office'),
  };
  const d = new SharePage(page);
  await d.open(SharePage.linkTo(hostile).slice(2));
  const svg = await d.download(() => d.exportMenu('Export diagram as SVG'));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      broken: doc.getElementsByTagName('parsererror').length,
      scripts: doc.getElementsByTagName('script').length,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg.text);
  expect(parsed).toMatchObject({ broken: 0, scripts: 0 });
  expect(parsed.text).toContain(payload);
});

/**
 * Once the text is on screen, the markup a payload could have injected is in the DOM, so its
 * absence is checked at once. What could still come is an `onerror` handler's dialog, after the
 * image request fails: a canary image with the same address, added now, fails after any such
 * image did, so its dialog is the moment to check that no other came first.
 */
async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  await expect(page.locator('img[src="x"], body script:not([src])')).toHaveCount(0);
  await page.evaluate(() => {
    const canary = document.createElement('img');
    canary.addEventListener('error', () => {
      canary.remove();
      alert('canary');
    });
    canary.src = 'x';
    document.body.append(canary);
  });
  await expect.poll(() => dialogs).toContain('alert: canary');
  expect(dialogs).toEqual(['alert: canary']);
  dialogs.length = 0;
}

test('the examples gallery opens an example at once, and asks before replacing work', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.designMenu('Examples…');
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  await gallery.getByRole('button', { name: /^Local mode shop/ }).click();
  await expect(d.designButton()).toHaveAccessibleName('Design: local mode shop');
  await expect(d.node('Service shop/shop: 10.96.10.10')).toBeVisible();

  await d.rename('shop, edited');
  await d.designMenu('Examples…');
  await gallery.getByRole('button', { name: /^Mixed modes/ }).click();
  const ask = page.getByRole('dialog', { name: 'Replace the current design?' });
  await expect(ask).toContainText('Restore previous design');
  await ask.getByRole('button', { name: 'Replace' }).click();
  await expect(d.designButton()).toHaveAccessibleName('Design: mixed modes');
  await expect(d.node('Service infra/dns: 10.20.40.53')).toBeVisible();
  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(d.designButton()).toHaveAccessibleName('Design: shop, edited');
});
