import type { Page } from '@playwright/test';
import { TWENTY_NODES, clusterDesign200, scaleDesign } from '../fixtures/scaleDesign';
import { designSchema } from '../src/model/design';
import { encodeDesign } from '../src/permalink/permalink';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';
import { serveDistUnder } from './subPathServer';

/** Opens one of the output panel's tabs. */
async function openTab(d: DesignerPage, name: 'Test traffic' | 'Reachability' | 'YAML') {
  await d.output.getByRole('tab', { name }).click();
  await expect(d.output.getByRole('tab', { name, selected: true })).toBeVisible();
}

function matrixSummary(page: Page) {
  return page.getByRole('status', { name: 'Matrix summary' });
}

test('traces one packet: office to svc-a 80/TCP entering node-1/eth0, backend pod-a2', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open();
  await openTab(d, 'Test traffic');
  const panel = d.output.getByRole('region', { name: 'Test traffic' });

  await panel.getByRole('combobox', { name: 'Source' }).selectOption('office (50.60.0.0/16)');
  const address = panel.getByRole('textbox', { name: 'Source address' });
  await expect(address).toHaveValue('50.60.0.1');
  await address.click();
  await address.press('ControlOrMeta+a');
  await address.pressSequentially('50.60.1.2');
  await panel.getByRole('combobox', { name: 'Entry node' }).selectOption('node-1');
  await panel.getByRole('combobox', { name: 'Interface' }).selectOption('eth0');
  await panel
    .getByRole('combobox', { name: 'Destination' })
    .selectOption('default/svc-a (10.20.30.40)');
  await panel.getByRole('combobox', { name: 'Service port' }).selectOption('80/TCP');
  await panel.getByRole('combobox', { name: 'Backend' }).selectOption('default/pod-a2 on node-2');
  await expect(
    panel.getByRole('switch', {
      name: 'kube-proxy masquerades off-cluster traffic to cluster IPs',
    }),
  ).toBeChecked();
  await panel.getByRole('button', { name: 'Simulate' }).click();

  // The verdict: announced, and shown with an icon and a word.
  await expect(page.getByRole('status', { name: 'Simulation verdict' })).toHaveText(
    'Allowed to default/pod-a2, decided on node-1 at preDNAT by external-access.allow-cluster-ips, ingress rule 0',
  );
  await expect(panel.getByText('Allowed', { exact: true })).toBeVisible();
  await expect(panel.getByText('backend default/pod-a2', { exact: true })).toBeVisible();

  // Every hop, and every stage with what it saw.
  const first = panel.getByRole('region', { name: 'Hop 1: node-1, entered via eth0' });
  const second = panel.getByRole('region', { name: 'Hop 2: node-2, entered via eth0' });
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  await expect(first.locator('[data-stage]')).toHaveCount(9);
  await expect(first.locator('[data-stage="preDNAT"]')).toContainText(
    'sees 50.60.1.2 → 10.20.30.40:80/TCP',
  );
  await expect(first.locator('[data-stage="preDNAT"]')).toContainText(
    'rule 0 of external-access.allow-cluster-ips matched (Allow)',
  );
  await expect(first.locator('[data-stage="postrouting"]')).toContainText(
    'kube-proxy masquerades the source to 172.16.0.11',
  );
  // The entry node's pre-DNAT Allow decides; at the backend the tool's tier passes the
  // masqueraded packet (an in-cluster source) on to the cluster's own policies.
  await expect(first.locator('[data-decided]')).toContainText('preDNAT');
  await expect(second.locator('[data-stage="workloadIngress"]')).toContainText(
    'sees 172.16.0.11 → 192.168.2.10:80/TCP',
  );

  // The packet's path on the canvas.
  await expect(
    d.canvas.getByRole('img', {
      name: 'Packet path: office via node-1/eth0 to svc-a; to default/pod-a2: allowed',
    }),
  ).toBeVisible();
  await expect(d.canvas.getByText('Packet path: Allowed')).toBeVisible();
  for (const name of [
    'External client office: 50.60.0.0/16',
    'Service default/svc-a: 10.20.30.40',
    'Pod default/pod-a2: 192.168.2.10',
    'Node node-1',
  ]) {
    await expect(d.node(name)).toHaveAccessibleDescription(/^On the simulated packet’s path\./);
  }
  await expect(d.node('Pod default/pod-a1: 192.168.1.10')).toHaveAccessibleDescription(
    /^Press enter or space to select a node\./,
  );
  await expect(d.canvas.locator('.trace-leg-allowed')).toHaveCount(2);

  // The deciding rule, clicked, is lit in the YAML.
  await first
    .getByRole('button', {
      name: 'Show external-access.allow-cluster-ips, ingress rule 0 in the YAML',
    })
    .click();
  await expect(d.output.getByRole('tab', { name: 'YAML', selected: true })).toBeVisible();
  const lit = d.yaml.locator('[data-highlight="rule"]');
  await expect(lit.first()).toBeVisible();
  await expect(lit.first()).toContainText('- action: Allow');

  // The trace stays while other tabs are open; Clear path removes it from the canvas.
  await openTab(d, 'Test traffic');
  await expect(panel.getByRole('region', { name: /^Hop 2/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Clear path' }).click();
  await expect(d.canvas.getByText('Packet path: Allowed')).toBeHidden();
  await expect(d.node('Node node-1')).toHaveAccessibleDescription(
    /^Press enter or space to select a node\./,
  );
});

test('the reachability matrix: none off-intent when hardened; the guide recipe leaks', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open();
  await openTab(d, 'Reachability');
  const panel = d.output.getByRole('region', { name: 'Reachability' });

  await expect(matrixSummary(page)).toHaveText('32 cells, 0 mismatches');
  await expect(panel.getByRole('progressbar', { name: 'Matrix progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(panel.getByText(/^Done: 24 entry points in \d+\.\d s$/)).toBeVisible();
  await expect(panel.getByRole('switch', { name: 'Mismatches only' })).not.toBeChecked();
  const table = panel.getByRole('table', { name: 'Reachability matrix' });
  // One row per cell (the table renders only the rows in view).
  await expect(table).toHaveAttribute('aria-rowcount', '33');
  await expect(table.getByText('Intended allow')).toHaveCount(0);

  await page.getByRole('button', { name: "Guide's recipe" }).click();
  await expect(matrixSummary(page)).toHaveText(
    '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
  );
  await expect(panel.getByRole('progressbar', { name: 'Matrix progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(panel.getByRole('switch', { name: 'Mismatches only' })).toBeChecked();
  await expect(table).toHaveAttribute('aria-rowcount', '25');
  // Blocked clients first: the office may reach svc-a, but not at a backend on the entry node.
  await expect(
    table.getByRole('button', { name: /^Open the trace: / }).first(),
  ).toHaveAccessibleName(
    'Open the trace: office (50.60.0.1) to default/svc-a 80/TCP via node-1/eth0, backend default/pod-a1: denied, mismatch: intended allowed',
  );
  await expect(table.getByText('Intended allow').first()).toBeVisible();

  // The leaks: anyone else reaches svc-a through a backend on the other node.
  await panel.getByRole('textbox', { name: 'Filter' }).fill('anyone else');
  const leaks = table.getByRole('button', { name: /^Open the trace: anyone else/ });
  await expect(leaks).toHaveCount(8);
  const leak = table.getByRole('row', { name: /anyone else 203\.0\.113\.1 svc-a 80\/TCP/ }).first();
  await expect(leak).toContainText('Allowed');
  await expect(leak).toContainText('Intended deny');

  await leaks.first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Intended: denied; simulated: allowed (a mismatch).');
  await expect(
    dialog.getByRole('region', { name: 'Hop 2: node-2, entered via eth0' }),
  ).toBeVisible();
  await expect(dialog.locator('[data-decided]')).toContainText('allow-nodes-svc-a, ingress rule 0');
  await dialog.getByRole('button', { name: 'Show on canvas' }).click();
  await expect(d.output.getByRole('tab', { name: 'Test traffic', selected: true })).toBeVisible();
  await expect(
    d.canvas.getByRole('img', {
      name: /^Packet path: 203\.0\.113\.1 via node-1\/eth0 to svc-a; to default\/pod-a2: allowed$/,
    }),
  ).toBeVisible();
});

test('the matrix runs in a worker from a static host under a sub-path', async ({ page }) => {
  const host = await serveDistUnder('/tools/policy-designer/');
  try {
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Reachability' }).click();
    await expect(matrixSummary(page)).toHaveText('32 cells, 0 mismatches');
  } finally {
    await host.close();
  }
});

test('a 20-node matrix computes off the page: progress, a responsive page', async ({ page }) => {
  test.setTimeout(120_000);
  const design = designSchema.parse({ ...scaleDesign(TWENTY_NODES), output: { profile: 'guide' } });
  const d = new DesignerPage(page);
  await d.open(`#${encodeDesign(design)}`);
  await expect(d.node('Node node-19')).toBeVisible();
  await openTab(d, 'Reachability');
  const panel = d.output.getByRole('region', { name: 'Reachability' });
  const progress = panel.getByRole('progressbar', { name: 'Matrix progress' });
  await expect(panel.getByText(/^Computing: [\d,]+ entry points? of 49,600$/)).toBeVisible();
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
    .toBeGreaterThan(0);
  // The page answers while the worker computes.
  await openTab(d, 'YAML');
  await openTab(d, 'Reachability');
  await expect(matrixSummary(page)).toHaveText(
    '148,800 cells, 133,800 mismatches: 133,380 unexpectedly allowed, 420 unexpectedly denied',
    { timeout: 60_000 },
  );
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(panel.getByRole('table', { name: 'Reachability matrix' })).toHaveAttribute(
    'aria-rowcount',
    '133801',
  );
});

test('a matrix being computed can be cancelled, and computed again', async ({ page }) => {
  // Grouped by node classes, the 20-node matrix is done within a second: the 200-node one takes
  // long enough to be stopped on the way.
  test.setTimeout(180_000);
  const d = new DesignerPage(page);
  await d.open(`#${encodeDesign(designSchema.parse(clusterDesign200()))}`);
  await expect(d.node('Node group worker: 180 nodes')).toBeVisible({ timeout: 60_000 });
  await openTab(d, 'Reachability');
  const panel = d.output.getByRole('region', { name: 'Reachability' });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText(/^Cancelled at [\d,]+ entry points? of [\d,]+$/)).toBeVisible();
  await panel.getByRole('button', { name: 'Compute' }).click();
  await expect(panel.getByText(/^Done: [\d,]+ entry points in [\d.]+ s$/)).toBeVisible({
    timeout: 120_000,
  });
});
