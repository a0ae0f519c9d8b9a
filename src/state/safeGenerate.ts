/**
 * The generator as the UI calls it. `generate()` is total by contract, so a throw is a defect of
 * the generator; but the UI derives its output during render, and the design autosaves, so an
 * exception here would blank the app on every reload. Instead the design gets one error lint that
 * says what failed: the output panel shows it, and the canvas and inspector stay usable to fix it.
 */
import { generate } from '../generator/generate';
import type { GenerateResult, Lint } from '../generator/types';
import type { Design } from '../model/design';

/** A function from a design to its generated output: `generate`, or a test's stand-in. */
export type Generate = (design: Design) => GenerateResult;

/** The stable code of the lint that stands for a generator that threw. */
export const GENERATOR_FAILED = 'generator-failed';

/** What a thrown value says, in one line. */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** The error lint for a generator that threw `error`. */
export function generatorFailedLint(error: unknown): Lint {
  return {
    code: GENERATOR_FAILED,
    severity: 'error',
    messageId: 'lint.generatorFailed',
    params: { detail: errorText(error) },
    elements: [],
    fixId: 'fix.generatorFailed',
  };
}

/** Runs the generator; never throws. A throw becomes a failed result with one error lint. */
export function generateSafely(design: Design, run: Generate = generate): GenerateResult {
  try {
    return run(design);
  } catch (error) {
    // The user reads the message in the output panel; the stack is for whoever fixes the defect.
    console.error(error);
    return { ok: false, lints: [generatorFailedLint(error)] };
  }
}
