import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SharePage } from './sharePage';

const testdata = (name: string) =>
  readFileSync(new URL(`../src/importer/testdata/${name}`, import.meta.url));

test('a kubectl List and a calicoctl List picked together: both files in the report, then the design', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.designMenu('Import YAML…');
  const dialog = page.getByRole('dialog', { name: 'Import YAML' });
  await dialog.getByLabel('Upload file…').setInputFiles([
    { name: 'cluster.yaml', mimeType: 'text/yaml', buffer: testdata('kubectl-list.yaml') },
    { name: 'calico.yaml', mimeType: 'text/yaml', buffer: testdata('calicoctl-gnp-list.yaml') },
  ]);
  const report = dialog.getByRole('table', { name: 'Import report' });
  await expect(report.getByRole('columnheader', { name: 'File' })).toBeVisible();
  const kept = report.locator('tr[data-severity="kept"]');
  await expect(kept.filter({ hasText: 'cluster.yaml' }).first()).toContainText(
    'NetworkPolicy web-from-frontend',
  );
  await expect(kept.filter({ hasText: 'calico.yaml' }).first()).toContainText(
    'GlobalNetworkPolicy allow-cluster-ips',
  );
  await expect(dialog).toContainText('3 kept');

  await dialog.getByRole('button', { name: 'Use this design' }).click();
  await expect(dialog).toBeHidden();
  await expect(d.node('Service default/web: 10.20.30.40')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Imported');
});
