import { expect, test } from './fixtures';
import { serveDistUnder } from './subPathServer';

test('opens on the guide example with every element named on the canvas', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('ClusterIP Policy Designer');
  await expect(page.getByRole('heading', { name: 'ClusterIP Policy Designer' })).toBeVisible();

  const canvas = page.getByRole('main', { name: 'Canvas' });
  for (const name of [
    'External client office: 50.60.0.0/16',
    'External client partner: 70.80.90.0/24',
    'Service default/svc-a: 10.20.30.40',
    'Service default/svc-b: 10.20.30.41',
    'Node node-1',
    'Node node-2',
    'Pod default/pod-a1: 192.168.1.10',
    'Pod default/pod-a2: 192.168.2.10',
    'Pod default/pod-b1: 192.168.1.11',
    'Pod default/pod-b2: 192.168.2.11',
  ]) {
    await expect(canvas.getByRole('group', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Generated YAML' })).toContainText(
    'name: external-access.allow-cluster-ips',
  );
});

test('works from a plain static host under a sub-path', async ({ page }) => {
  const host = await serveDistUnder('/tools/policy-designer/');
  try {
    await page.goto(host.url);
    await expect(page.getByRole('group', { name: 'Node node-1', exact: true })).toBeVisible();
    // The chunks loaded after the first paint come from the sub-path too: the inspector's, and
    // those requested once the page is idle (with the minimap).
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('textbox').first()).toBeVisible();
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    await page.waitForLoadState('networkidle');
  } finally {
    await host.close();
  }
});
