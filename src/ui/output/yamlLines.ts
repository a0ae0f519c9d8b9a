/**
 * Cross-highlighting in the YAML: which lines a highlight lights, and what clicking a line selects.
 * Both come from the generator's line spans (1-based, inclusive), never from re-reading the text.
 */
import type { GenerateResult } from '../../generator/types';
import { ruleId, type Highlight } from '../../state/highlight';

export type YamlSpans = Extract<GenerateResult, { ok: true }>['spans'];

/** How strongly a line is lit: it belongs to a lit resource, or to a lit rule of one. */
export type LineHighlight = 'resource' | 'rule';

/** The rule a line belongs to (`rulePath` empty for a document line outside every rule). */
export interface LineTarget {
  resource: string;
  rulePath: string;
}

/** The lit lines: every line of a lit resource, and more strongly every line of a lit rule. */
export function lineHighlights(spans: YamlSpans, highlight: Highlight): Map<number, LineHighlight> {
  const lit = new Map<number, LineHighlight>();
  if (!highlight.resources.size && !highlight.rules.size) return lit;
  for (const span of spans) {
    if (highlight.resources.has(span.key)) {
      for (let n = span.start; n <= span.end; n++) lit.set(n, 'resource');
    }
    for (const rule of span.rules) {
      if (!highlight.rules.has(ruleId(span.key, rule.rulePath))) continue;
      for (let n = rule.start; n <= rule.end; n++) lit.set(n, 'rule');
    }
  }
  return lit;
}

/** The first (lowest) lit line, preferring a rule line over a resource line. */
export function firstLitLine(lit: ReadonlyMap<number, LineHighlight>): number | undefined {
  let first: number | undefined;
  let firstRule: number | undefined;
  for (const [n, kind] of lit) {
    if (first === undefined || n < first) first = n;
    if (kind === 'rule' && (firstRule === undefined || n < firstRule)) firstRule = n;
  }
  return firstRule ?? first;
}

/** What each line selects when clicked, indexed by line number; header and `---` lines: none. */
export function lineTargets(spans: YamlSpans, lineCount: number): (LineTarget | undefined)[] {
  const targets: (LineTarget | undefined)[] = new Array<LineTarget | undefined>(lineCount + 1);
  for (const span of spans) {
    const whole: LineTarget = { resource: span.key, rulePath: '' };
    for (let n = span.start; n <= span.end && n <= lineCount; n++) targets[n] = whole;
    for (const rule of span.rules) {
      const target: LineTarget = { resource: span.key, rulePath: rule.rulePath };
      for (let n = rule.start; n <= rule.end && n <= lineCount; n++) targets[n] = target;
    }
  }
  return targets;
}

/** Files up to this many lines render every line, so the browser's find (Ctrl+F) sees them all. */
export const WINDOW_MIN_LINES = 800;
/** Lines rendered beyond each edge of the viewport, once the first paint is done. */
export const OVERSCAN = 100;
/** Window edges snap to multiples of this, so scrolling re-renders only now and then. */
const CHUNK = 100;

/**
 * The lines to render (0-based, end exclusive) for a scroll position; all of a short file.
 * `overscan` lines beyond the viewport, the edges snapped to chunks; 0 for the first paint: the
 * lines in view and no more.
 */
export function lineWindow(
  count: number,
  scrollTop: number,
  viewportHeight: number,
  lineHeight: number,
  overscan = OVERSCAN,
): { start: number; end: number } {
  if (count <= WINDOW_MIN_LINES) return { start: 0, end: count };
  const first = Math.floor(scrollTop / lineHeight);
  const last = Math.ceil((scrollTop + viewportHeight) / lineHeight);
  // The first paint: exactly the lines in view (the next measure brings the chunks).
  if (overscan === 0) return { start: Math.min(first, count), end: Math.min(count, last) };
  return {
    start: Math.max(0, Math.floor((first - overscan) / CHUNK) * CHUNK),
    end: Math.min(count, Math.ceil((last + overscan) / CHUNK) * CHUNK),
  };
}
