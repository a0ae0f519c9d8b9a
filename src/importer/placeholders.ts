/**
 * Templating left in a file: `${VAR}` (envsubst, shell), `{{ .Values.x }}` (Helm, Go templates,
 * Jinja) and `<node-ip>` (the way guides mark a value to fill in). A document holding one was
 * never applied as it is, so it is named as a placeholder at its line rather than read, or judged
 * as an invalid address.
 */
import { isObj } from './context';
import type { Segment } from './scanYaml';

const PLACEHOLDER =
  /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}\n]*)?\}|\{\{[^\n]*?\}\}|<[A-Za-z][A-Za-z0-9_.-]*>/;

/**
 * Subtrees where such text is data, not a placeholder: annotations (kubectl's
 * last-applied-configuration), the server's bookkeeping, containers' commands and environment,
 * ConfigMap and Secret contents, and the pod templates of workloads.
 */
const SKIPPED = new Set([
  'annotations',
  'managedFields',
  'status',
  'containers',
  'initContainers',
  'ephemeralContainers',
  'template',
  'data',
  'binaryData',
  'stringData',
]);

/** The first placeholder in an object's values, with its path. */
export function findPlaceholder(
  value: unknown,
  path: Segment[] = [],
): { text: string; path: Segment[] } | undefined {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    return m ? { text: m[0], path } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findPlaceholder(value[i], [...path, i]);
      if (hit) return hit;
    }
    return undefined;
  }
  if (!isObj(value)) return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (SKIPPED.has(k)) continue;
    const hit = findPlaceholder(v, [...path, k]);
    if (hit) return hit;
  }
  return undefined;
}

/** Every placeholder in a text outside comments, with its offset in the text. */
export function placeholdersInText(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const global = new RegExp(PLACEHOLDER.source, 'g');
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const comment = /(^|\s)#/.exec(line);
    const content = comment ? line.slice(0, comment.index) : line;
    for (const m of content.matchAll(global)) out.push({ text: m[0], offset: lineStart + m.index });
    lineStart += line.length + 1;
  }
  return out;
}
