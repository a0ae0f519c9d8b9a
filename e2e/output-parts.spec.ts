/** The two parts of the output: the policies and the cluster changes, shown and downloaded. */
import { generate } from '../src/generator/generate';
import { localExample } from '../src/model/examples';
import { expect, test } from './fixtures';
import { SharePage } from './sharePage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SERVICE_PATCH = `kubectl patch service shop -n shop --type merge -p '{"spec":{"type":"NodePort","externalTrafficPolicy":"Local"}}'`;

test('the Local example shows its Service patch under Cluster changes, and downloads it', async ({
  page,
}) => {
  const d = new SharePage(page);
  await d.open();
  await d.designMenu('Examples…');
  await page
    .getByRole('dialog', { name: 'Examples' })
    .getByRole('button', { name: /^Local mode shop/ })
    .click();
  await expect(d.designButton()).toHaveAccessibleName('Design: local mode shop');

  // The policies part: what this tool owns, no Service in it.
  const parts = d.output.getByRole('group', { name: 'Part of the output' });
  await expect(parts.getByRole('button', { name: 'Policies' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(d.yaml).toContainText('kind: Tier');
  expect(await d.yamlText()).not.toContain('kind: Service\n');

  await parts.getByRole('button', { name: 'Cluster changes' }).click();
  const changes = d.output.getByRole('region', { name: 'Cluster changes' });
  const service = changes.getByRole('listitem', { name: 'Service/shop/shop' });
  await expect(service.getByText(SERVICE_PATCH)).toBeVisible();
  await expect(service).toContainText('allocates a NodePort on every node');
  await expect(d.output).toContainText('local-mode-shop.cluster-changes.yaml');

  await service.getByRole('button', { name: 'Copy the command for Service/shop/shop' }).click();
  await expect(page.getByText('Command copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SERVICE_PATCH);

  const expected = generate(localExample);
  if (!expected.ok) throw new Error('the example generates');
  const file = await d.download(() => d.exportMenu(/^Cluster changes \(YAML\)/));
  expect(file.name).toBe('local-mode-shop.cluster-changes.yaml');
  expect(file.text).toBe(expected.changesYaml);
  expect(file.text).toContain(SERVICE_PATCH);
});
