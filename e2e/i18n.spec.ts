import type { Page } from '@playwright/test';
import { CATALOGUES } from '../src/i18n/catalogue';
import { DesignerPage } from './designerPage';
import { expect, test } from './fixtures';

const zh = CATALOGUES['zh-CN'];

/** The YAML panel's text as shown, whatever the language of its label. */
async function yamlText(page: Page): Promise<string> {
  const lines = page.locator('[data-line] .lc');
  await expect(lines.first()).toBeVisible();
  return `${(await lines.allTextContents()).join('\n')}\n`;
}
const en = CATALOGUES.en;

test.describe('in a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the UI opens in 简体中文; switching to English changes the words, never the YAML', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const output = page.getByRole('complementary', { name: zh['ui.app.output'] });
    await expect(output.getByRole('tab', { name: '说明' })).toBeVisible();
    const yamlInChinese = await yamlText(page);
    await output.getByRole('tab', { name: '说明' }).click();
    const explanation = output.getByRole('region', { name: zh['ui.output.explanation.region'] });
    await expect(explanation).toContainText('preDNAT');
    await expect(explanation).toContainText(/[\u4e00-\u9fff]/);

    await page.getByRole('button', { name: '语言：简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(output).toHaveCount(0);
    const english = page.getByRole('complementary', { name: en['ui.app.output'] });
    await expect(english.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible();
    await expect(english.getByRole('region', { name: 'Explanation' })).not.toContainText(
      /[\u4e00-\u9fff]/,
    );
    await english.getByRole('tab', { name: 'YAML' }).click();
    expect(await yamlText(page)).toBe(yamlInChinese);

    // The choice outlives a reload, though the browser still prefers Chinese.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Language: English' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser opens in English and can switch to 简体中文 from the top bar', async ({
  page,
}) => {
  const d = new DesignerPage(page);
  await d.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(
    page.getByRole('button', {
      name: zh['ui.shell.language.button'].replace('{language}', '简体中文'),
    }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: zh['ui.output.tab.yaml'] })).toBeVisible();
  await expect(page.getByRole('button', { name: zh['ui.shell.clusterSettings'] })).toBeVisible();
});
