/**
 * The story of Local where a user picks the mode: a hint right under each mode picker, in words the
 * glossary, the tour and the lints share, and a way from the hint to the whole story.
 */
import { CATALOGUES } from '../src/i18n/catalogue';
import { expectAccessible } from './axe';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

const zh = CATALOGUES['zh-CN'];

test('choosing Local in the cluster settings tells, under the picker, that the Service becomes NodePort', async ({
  page,
}) => {
  // axe over the whole page is slow on a loaded machine.
  test.setTimeout(90_000);
  const d = new DesignerPage(page);
  await d.open();
  await page.getByRole('button', { name: 'Cluster settings' }).click();
  const modes = d.inspector.getByRole('radiogroup', { name: 'Traffic policy' });
  await expect(modes).toHaveAccessibleDescription(/^Cluster: /);

  await modes.getByRole('radio', { name: 'Local' }).check();
  const hint = d.inspector.getByText(/^Local: the Service becomes type NodePort/);
  await expect(hint).toBeVisible();
  await expect(modes).toHaveAccessibleDescription(/NodePort/);
  // The Service is the user's: NodePort comes as a patch in the cluster-changes part.
  await d.output
    .getByRole('group', { name: 'Part of the output' })
    .getByRole('button', { name: 'Cluster changes' })
    .click();
  await expect(d.output.getByRole('region', { name: 'Cluster changes' })).toContainText(
    'type: NodePort',
  );
  await expectAccessible(page, test.info(), 'local-hint', '[data-tour="inspector"]');

  // The hint leads to the whole story: the glossary's entry for Local.
  await d.inspector.getByRole('button', { name: 'What Local really does' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('Local');
  const entry = glossary
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Local', exact: true }) });
  await expect(entry).toContainText("What Calico's guide expects");
  await expect(entry).toContainText('kube-proxy');
  await expect(entry).toContainText('type: NodePort');
  await glossary.getByRole('button', { name: 'Close' }).click();
  await expect(glossary).toHaveCount(0);
});

test('a Service set to Local says so under its own picker', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await d.select('Service default/svc-a: 10.20.30.40');
  const policy = d.inspector.getByRole('combobox', { name: 'Traffic policy' });
  await expect(policy).toHaveAccessibleDescription(/^Cluster: /);
  await policy.selectOption('Local');
  await expect(d.inspector.getByText(/^Local: the Service becomes type NodePort/)).toBeVisible();
  await expect(policy).toHaveAccessibleDescription(/NodePort/);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the hint under the picker is the Chinese story, NodePort kept in English', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: zh['ui.shell.clusterSettings'] }).click();
    const inspector = page.getByRole('complementary', { name: zh['ui.app.inspector'] });
    const modes = inspector.getByRole('radiogroup', {
      name: zh['ui.inspector.cluster.trafficPolicy'],
    });
    await modes.getByRole('radio', { name: 'Local' }).check();
    await expect(inspector.getByText(zh['trafficMode.Local.hint'])).toBeVisible();
    await expect(modes).toHaveAccessibleDescription(/NodePort/);
    await page
      .getByRole('group', { name: zh['ui.output.part.label'] })
      .getByRole('button', { name: zh['ui.output.part.changes'] })
      .click();
    await expect(page.getByRole('region', { name: zh['ui.output.changes.region'] })).toContainText(
      'type: NodePort',
    );
  });
});
