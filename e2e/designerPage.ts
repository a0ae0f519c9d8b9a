import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * A generated YAML without its `# cipd-design:` header line. That line carries the whole design,
 * layout included, and a design drawn by hand places its elements elsewhere than the example;
 * the `# cipd-digest:` line, kept, still pins every resource.
 */
export function withoutDesignLine(yaml: string): string {
  return yaml.replace(/^# cipd-design: .*\n/m, '');
}

/** The designer as a person sees it: regions, the palette, the inspector and the output. */
export class DesignerPage {
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly output: Locator;
  readonly yaml: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('main', { name: 'Canvas' });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.output = page.getByRole('complementary', { name: 'Output' });
    this.yaml = page.getByRole('region', { name: 'Generated YAML' });
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.canvas.locator('.react-flow__renderer')).toBeVisible();
  }

  node(name: string): Locator {
    return this.canvas.getByRole('group', { name, exact: true });
  }

  /** An access edge's label on the canvas: the button that selects the edge. */
  accessLabel(name: string): Locator {
    return this.canvas.getByRole('button', { name, exact: true });
  }

  /** Clicks an element on the canvas near its top-left corner (a node's own header, not a pod). */
  async select(name: string): Promise<void> {
    await this.node(name).click({ position: { x: 24, y: 12 } });
  }

  field(name: string): Locator {
    return this.inspector.getByRole('textbox', { name, exact: true });
  }

  /** Replaces a text field's value by typing, as a person would. */
  async fill(name: string, value: string): Promise<void> {
    const f = this.field(name);
    await f.click();
    await f.press('ControlOrMeta+a');
    await f.pressSequentially(value);
    await expect(f).toHaveValue(value);
  }

  async palette(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: label, exact: true })
      .click();
  }

  /** The YAML panel's text, line by line, as shown. */
  async yamlText(): Promise<string> {
    await expect(this.yaml.locator('[data-line]').first()).toBeVisible();
    const lines = await this.yaml.locator('[data-line] .lc').allTextContents();
    return `${lines.join('\n')}\n`;
  }

  /** Drags from a client's handle to a service's handle: draws an access edge. */
  async connect(clientName: string, serviceName: string): Promise<void> {
    const from = this.node(clientName).locator('.react-flow__handle.source');
    const to = this.node(serviceName).locator('.react-flow__handle.target');
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handles not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Moves keyboard focus to the canvas pane, so shortcuts reach the designer, not a field. */
  async focusCanvas(): Promise<void> {
    await this.canvas.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  }

  /**
   * Moves keyboard focus to `target` with Tab (or Shift+Tab when it comes before the focus), at
   * most `max` presses: proves it is reachable from the keyboard.
   */
  async tabTo(target: Locator, max = 150): Promise<void> {
    for (let i = 0; i < max; i++) {
      const where = await target.evaluate((el) => {
        const focused = document.activeElement;
        if (el === focused) return 0;
        if (!focused || focused === document.body) return 1;
        return focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
      });
      if (where === 0) return;
      await this.page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
    }
    throw new Error(`not reached with Tab in ${max} presses: ${target.toString()}`);
  }

  /** Replaces an inspector text field's value from the keyboard alone: Tab to it, select, type. */
  async type(name: string, value: string): Promise<void> {
    const f = this.field(name);
    await this.tabTo(f);
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(value);
    await expect(f).toHaveValue(value);
  }

  /** Presses a button of the inspector from the keyboard: Tab to it, Enter. */
  async press(name: string): Promise<void> {
    await this.tabTo(this.inspector.getByRole('button', { name, exact: true }));
    await this.page.keyboard.press('Enter');
  }
}
