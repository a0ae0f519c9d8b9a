/**
 * Switches that only an end-to-end test can turn on. Playwright's `addInitScript` sets
 * `window.__cipdTestHooks` before the page's own scripts run, and main.tsx reads it once at
 * start-up. A share link, a design file, an import or the autosave cannot set a window property,
 * so nothing a user opens or is sent reaches these. Used by e2e/errors.spec.ts.
 */
import { generate } from '../generator/generate';
import type { Design } from '../model/design';
import type { Generate } from './safeGenerate';

export interface TestHooks {
  /** `generate()` throws for every design that has a Service of this name. */
  generateThrowsForService?: string;
}

/** The hooks in `value` (what the window property held); none unless it has the right shape. */
export function readTestHooks(value: unknown): TestHooks {
  if (typeof value !== 'object' || value === null) return {};
  const name: unknown = Reflect.get(value, 'generateThrowsForService');
  return typeof name === 'string' && name !== '' ? { generateThrowsForService: name } : {};
}

/** The generator the store runs: the real one, unless a test asked for one that throws. */
export function generatorUnderTest(hooks: TestHooks): Generate {
  const name = hooks.generateThrowsForService;
  if (name === undefined) return generate;
  return (design: Design) => {
    if (design.services.some((s) => s.name === name))
      throw new Error(`test hook: generate() throws for a design with Service "${name}"`);
    return generate(design);
  };
}
