/**
 * One YAML text (a paste, a single unnamed file) → a design, with a report: importFiles with one
 * input, for callers that have a single text. How documents become a design: buildDesign.ts.
 */
import { importFiles } from './importFiles';
import type { ImportOptions, ImportResult } from './types';

export { MAX_ALIASES, MAX_ALIAS_GROWTH, MAX_IMPORT_LENGTH, importFiles } from './importFiles';

/** Imports YAML into a design; `design` is undefined when nothing could be built. Never throws. */
export function importYaml(text: string, options: ImportOptions = {}): ImportResult {
  return importFiles([{ name: '', text: typeof text === 'string' ? text : '' }], options);
}
