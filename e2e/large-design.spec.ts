import { clusterDesign200 } from '../fixtures/scaleDesign';
import { designSchema } from '../src/model/design';
import { encodeDesign } from '../src/permalink/permalink';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

/**
 * The 200-node / 3,000-pod / 300-Service design of issue #13 opens grouped: nodes of one role in
 * one card ("worker × 180"), the pods of one Service in one card; a group opens and closes from
 * the keyboard. `SHOTS_DIR=…` keeps screenshots of both screen sizes for a person to look at.
 */
const link = `#${encodeDesign(designSchema.parse(clusterDesign200()))}`;

test.describe.configure({ timeout: 120_000 });

// 1280×720 is where a large design is hardest to read; the wide screen only when someone takes
// screenshots to look at (each size opens 3,500 elements: ~15 s of a CI run).
const SIZES: readonly (readonly [number, number])[] = process.env.SHOTS_DIR
  ? [
      [1280, 720],
      [1920, 1080],
    ]
  : [[1280, 720]];

for (const [width, height] of SIZES) {
  test(`the 200-node design opens grouped and a group opens (${width}×${height})`, async ({
    page,
  }, info) => {
    const shot = async (name: string) => {
      const dir = process.env.SHOTS_DIR;
      await page.screenshot({
        path: dir ? `${dir}/${name}-${width}x${height}.png` : info.outputPath(`${name}.png`),
      });
    };
    await page.setViewportSize({ width, height });
    const designer = new DesignerPage(page);
    await designer.open(link);
    const workers = designer.node('Node group worker: 180 nodes');
    await expect(workers).toBeVisible({ timeout: 60_000 });
    await expect(workers).toContainText('worker × 180');
    await expect(workers).toContainText('node-role.kubernetes.io/worker');
    await expect(designer.node('Pods of app-0: 20')).toBeVisible();
    // No node and no pod is drawn on its own until a group is opened.
    await expect(designer.canvas.getByRole('group', { name: /^Node [a-z-]+-[0-9]+$/ })).toHaveCount(
      0,
    );
    await expect(designer.canvas.getByRole('group', { name: /^Pod / })).toHaveCount(0);
    await shot('large-design');

    // The edge nodes' group opens from the keyboard into its five nodes, each with its pods.
    const toggle = designer.canvas.getByRole('button', { name: 'Members of edge × 5' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(designer.node('Node edge-1')).toBeVisible();
    await expect(designer.node('Node edge-5')).toBeVisible();
    await shot('large-design-open');
    await expect(
      designer.canvas.getByRole('group', { name: /^Pod ingress\/ingress-0-/ }),
    ).toHaveCount(5);

    // The inspector of a group lists its members and opens or closes it too.
    await workers.focus();
    await page.keyboard.press('Enter');
    await expect(
      designer.inspector.getByRole('heading', { name: 'Node group worker × 180' }),
    ).toBeVisible();
    const members = designer.inspector.getByRole('list', { name: 'Members (180)' });
    await expect(members.getByRole('button')).toHaveCount(180);
    await shot('large-design-inspector');

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(designer.canvas.getByRole('group', { name: /^Node edge-/ })).toHaveCount(0);
  });
}
