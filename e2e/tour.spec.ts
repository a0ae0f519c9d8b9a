import { localExample } from '../src/model/examples';
import { expectAccessible } from './axe';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';
import { SharePage } from './sharePage';

test.describe('a first visit', () => {
  test.use({ firstVisit: true });

  test('walks through the guide’s scenario, can be skipped, and is replayed from Help', async ({
    page,
  }) => {
    const d = new DesignerPage(page);
    await page.goto('./');
    const tour = page.getByRole('dialog', { name: 'Welcome' });
    await expect(tour).toBeVisible();
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
    await expectAccessible(page, test.info(), 'tour', '[role="dialog"]');
    await page.keyboard.press('Enter');
    const clusterIp = page.getByRole('dialog', { name: 'A cluster IP, reachable from outside' });
    await expect(clusterIp).toContainText('BGP');
    await clusterIp.getByRole('button', { name: 'Next' }).click();
    await page
      .getByRole('dialog', { name: 'Draw the cluster' })
      .getByRole('button', { name: 'Next' })
      .click();
    await page
      .getByRole('dialog', { name: 'Grant access' })
      .getByRole('button', { name: 'Next' })
      .click();
    const mode = page.getByRole('dialog', { name: 'Cluster or Local' });
    await expect(mode).toContainText('applyOnForward');
    await mode.getByRole('button', { name: 'Skip tour' }).click();
    await expect(mode).toHaveCount(0);

    // Skipped is seen: a reload opens straight into the designer.
    await page.reload();
    await expect(d.canvas.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Replayed from the help menu, from its first step; Escape ends it and gives the focus back.
    const help = page.getByRole('button', { name: 'Help' });
    await help.click();
    await page.getByRole('menuitem', { name: 'Guided tour' }).click();
    await expect(page.getByRole('dialog', { name: 'Welcome' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(help).toBeFocused();
  });
});

test.describe('a first visit through a shared link', () => {
  test.use({ firstVisit: true });

  test('opens the shared design, not the tour over it, and offers the tour', async ({ page }) => {
    const d = new DesignerPage(page);
    await d.open(SharePage.linkTo(localExample).slice(2));
    const notice = page.getByRole('alert').filter({ hasText: 'Opened the shared design' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Take the tour' }).click();
    await expect(page.getByRole('dialog', { name: 'Welcome' })).toBeVisible();
  });
});

test.describe('a first visit in Chinese', () => {
  test.use({ firstVisit: true, locale: 'zh-CN' });

  test('the tour speaks 简体中文', async ({ page }) => {
    await page.goto('./');
    const tour = page.getByRole('dialog', { name: '欢迎' });
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('集群 IP');
    await expect(tour.getByRole('button', { name: '下一步' })).toBeVisible();
    await expectAccessible(page, test.info(), 'tour-zh', '[role="dialog"]');
  });
});

test('the glossary lists the terms that stay in English, and finds them', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toContainText('GlobalNetworkPolicy');
  await expectAccessible(page, test.info(), 'glossary', '[role="dialog"]');
  await page.keyboard.type('prednat');
  // The header, preDNAT, and pre-DNAT (whose meaning names preDNAT).
  await expect(glossary.getByRole('row')).toHaveCount(3);
  await expect(glossary.getByRole('row').nth(1)).toContainText('preDNAT');
  await expect(glossary).not.toContainText('GlobalNetworkPolicy');
});
