import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SharePage, watch } from './sharePage';

/** A second tab of the same browser: same storage, so the same autosave. */
async function secondTab(context: BrowserContext) {
  const page = await context.newPage();
  const watched = watch(page);
  const tab = new SharePage(page);
  await tab.open();
  return { tab, ...watched };
}

/** The name of the design autosaved in the browser's storage, which every tab shares. */
const savedName = (page: Page) =>
  page.evaluate(() => {
    const saved = localStorage.getItem('clusterip-designer:v1:current');
    return saved === null ? null : (JSON.parse(saved) as { name: string }).name;
  });

// Two tabs, each typing a name: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 60_000 });

const notice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The design was changed in another tab' });

test('a tab whose design another tab changed asks first, saves nothing meanwhile, and loads the other’s', async ({
  page,
  context,
}) => {
  const a = new SharePage(page);
  await a.open();
  const { tab: b, errors } = await secondTab(context);

  await b.rename('Changed in tab B');
  await expect(notice(page)).toContainText(
    'Another tab of the designer saved “Changed in tab B” in this browser.',
  );
  await expect(a.designButton()).toHaveAccessibleName('Design: Calico guide example');

  // While A has not chosen, its edits are not saved over B's, not even as the page is left (the
  // pagehide handler writes a pending change at once): B's design stays in the shared storage.
  await a.rename('Edited in tab A meanwhile');
  await expect(notice(page)).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  expect(await savedName(page)).toBe('Changed in tab B');
  await expect(notice(b.page)).toHaveCount(0);

  await notice(page).getByRole('button', { name: 'Load the other tab’s design' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect(a.designButton()).toHaveAccessibleName('Design: Changed in tab B');
  await expect(page.getByRole('alert')).toContainText(
    'Loaded “Changed in tab B” from the other tab. Undo brings this tab’s design back.',
  );
  expect(await a.yamlText()).toBe(await b.yamlText());
  await expect(notice(b.page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('keeping this tab’s design says where the other’s went, and the other tab is asked in turn', async ({
  page,
  context,
}) => {
  const a = new SharePage(page);
  await a.open();
  const { tab: b, errors } = await secondTab(context);

  await b.rename('Work of tab B');
  await notice(page).getByRole('button', { name: 'Keep this tab’s design' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Kept this tab’s design. The other tab’s “Work of tab B” is under “Restore previous design”.',
  );
  await expect(a.designButton()).toHaveAccessibleName('Design: Calico guide example');

  await expect(notice(b.page)).toContainText('saved “Calico guide example” in this browser');
  await notice(b.page).getByRole('button', { name: 'Load the other tab’s design' }).click();
  await expect(b.designButton()).toHaveAccessibleName('Design: Calico guide example');
  // Tab B's own work is kept too: its design menu restores it.
  await b.designMenu('Restore previous design');
  await expect(b.designButton()).toHaveAccessibleName('Design: Work of tab B');
  expect(errors).toEqual([]);
});
