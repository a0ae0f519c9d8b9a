/** Field checks shared by several kinds. */
import { parseSelector } from '../selector';
import type { Findings, Path } from './toolkit';

/** A label selector, as Calico parses it (SELECTORS.md; VALIDATION.md §8). */
export function checkSelector(value: unknown, path: Path, out: Findings): void {
  if (typeof value !== 'string') return;
  const r = parseSelector(value);
  if (!r.ok) {
    // §8: only space and tab are whitespace; a block scalar's trailing newline breaks the selector.
    const hint = /[\r\n]/.test(value)
      ? ' (selectors must stay on one line: no newline, so no | or > block scalars)'
      : '';
    out.add(
      path,
      `invalid selector ${JSON.stringify(value)}: ${r.error.message} at offset ${r.error.offset}${hint}`,
    );
  }
}
