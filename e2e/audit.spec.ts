import { generate } from '../src/generator/generate';
import type { BaselineResource, Design } from '../src/model/design';
import { guideExample } from '../src/model/examples';
import { encodeDesign } from '../src/permalink/permalink';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

/**
 * The guide example as imported from a cluster that runs the guide's recipe: the recipe's
 * resources as the baseline, the two access edges inferred from its allow rules.
 */
function importedCluster(): Design {
  const r = generate(guideExample, { profile: 'guide' });
  if (!r.ok) throw new Error('the guide example generates');
  return {
    ...guideExample,
    access: guideExample.access.map((a) => ({ ...a, inferred: true as const })),
    baseline: {
      resources: r.documents.map((d) => d.resource as unknown as BaselineResource),
      sources: ['cluster.yaml'],
    },
  };
}

test('audits what the cluster runs now: the leak first, its trace naming the existing rule', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open(`#${encodeDesign(importedCluster())}`);
  // The inferred edges say so on the canvas.
  await expect(d.canvas.getByRole('button', { name: /all ports · inferred/ })).toHaveCount(2);

  await d.output.getByRole('tab', { name: 'Reachability' }).click();
  const panel = d.output.getByRole('region', { name: 'Reachability' });
  await panel.getByRole('button', { name: 'Running now', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Running now', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status', { name: 'Matrix summary' })).toHaveText(
    '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
  );
  const table = panel.getByRole('table', { name: 'Reachability matrix' });
  const first = table.getByRole('button', { name: /^Open the trace: / }).first();
  await expect(first).toHaveAccessibleName(
    'Open the trace: office (50.60.0.1) to default/svc-b 80/TCP via node-1/eth0, backend default/pod-b2: allowed, mismatch: intended denied',
  );
  await first.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('note')).toHaveText(
    'Decided by the existing policy allow-nodes-svc-b, rule 0 (workloadIngress).',
  );
  await expect(dialog.getByText('allow-nodes-svc-b, ingress rule 0').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Proposed: the app's own output, judged against the same edges, lets nothing leak.
  await panel.getByRole('button', { name: 'Proposed', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Matrix summary' })).toHaveText(
    '32 cells, 0 mismatches',
  );
});
