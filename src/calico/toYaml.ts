/**
 * YAML emission: the last, dumb step. Objects are built with a fixed key order, so the bytes are
 * deterministic. A string is written plain only when every YAML 1.1 and 1.2 reader (Go's yaml.v2
 * behind kubectl and calicoctl, js-yaml here) reads it back as the same string; otherwise it is
 * single-quoted. Sequences sit at their key's indentation, as kubectl prints them.
 */
import type { Resource } from './types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** YAML 1.1 implicit types that a plain scalar would turn into a non-string. */
const IMPLICIT = [
  /^(~|null|Null|NULL)$/,
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(0|[1-9][0-9_]*)$/, // decimal int
  /^[-+]?0[0-7_]+$/, // octal (1.1)
  /^[-+]?0o[0-7]+$/, // octal (1.2)
  /^[-+]?0x[0-9a-fA-F_]+$/, // hex
  /^[-+]?0b[01_]+$/, // binary
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/, // sexagesimal (1.1)
  /^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?$/, // float
  /^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$/, // float with exponent only
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
  /^\d{4}-\d\d?-\d\d?([Tt ].*)?$/, // timestamp
  /^(=|<<)$/, // value and merge keys
];

const SIMPLE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const YAML11_WORDS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'null',
  'Null',
  'NULL',
]);
/** Memo of the decision: a resource file repeats the same few strings many times. */
const plainCache = new Map<string, boolean>();

function isPlainSafe(s: string): boolean {
  if (SIMPLE.test(s)) return !YAML11_WORDS.has(s);
  let known = plainCache.get(s);
  if (known === undefined) {
    known = decidePlain(s);
    if (plainCache.size < 10_000) plainCache.set(s, known);
  }
  return known;
}

function decidePlain(s: string): boolean {
  if (s === '' || s.trim() !== s) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  // Anything made only of number-like characters is quoted, whatever a given reader's number
  // rules (`08`, `1_0`, `30000:32767`), except dotted IPv4 addresses, which no reader takes for one.
  if (/^[-+.]?[0-9]/.test(s) && /^[-+0-9a-fA-FxXoObB_.:]+$/.test(s) && !/^\d+(\.\d+){2,}$/.test(s))
    return false;
  return !IMPLICIT.some((re) => re.test(s));
}

/** True for characters a single-quoted YAML scalar cannot hold as they are. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      return true;
  }
  return false;
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (hasControl(value)) return JSON.stringify(value); // JSON strings are YAML double-quoted scalars
  return isPlainSafe(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

function isEmptyCollection(v: Json): boolean {
  return Array.isArray(v)
    ? v.length === 0
    : typeof v === 'object' && v !== null && !Object.keys(v).length;
}

function emptyText(v: Json): string {
  return Array.isArray(v) ? '[]' : '{}';
}

/** Mapping keys repeat endlessly (`action`, `nets`…): their written form is decided once. */
const keyCache = new Map<string, string>();

function keyText(key: string): string {
  let text = keyCache.get(key);
  if (text === undefined) {
    text = scalar(key);
    if (keyCache.size < 10_000) keyCache.set(key, text);
  }
  return text;
}

/** Where each rule of a policy starts, collected while writing (0-based line in `out`). */
type Marks = Map<string, number>;

const RULE_LISTS = new Set(['spec.ingress', 'spec.egress']);

/** Writes a mapping's entries at `indent`; `firstPrefix` replaces the indent of the first line. */
function writeMap(
  obj: { [key: string]: Json | undefined },
  indent: string,
  out: string[],
  path: string,
  marks: Marks | undefined,
  firstPrefix?: string,
): void {
  let first = true;
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    const k = keyText(key);
    const child = path ? `${path}.${key}` : key;
    if (value === null || typeof value !== 'object') out.push(`${lead}${k}: ${scalar(value)}`);
    else if (isEmptyCollection(value)) out.push(`${lead}${k}: ${emptyText(value)}`);
    else if (Array.isArray(value)) {
      out.push(`${lead}${k}:`);
      writeSeq(value, indent, out, child, marks);
    } else {
      out.push(`${lead}${k}:`);
      writeMap(value, `${indent}  `, out, child, marks);
    }
  }
}

function writeSeq(
  items: Json[],
  indent: string,
  out: string[],
  path: string,
  marks: Marks | undefined,
): void {
  const track = marks && RULE_LISTS.has(path);
  items.forEach((item, i) => {
    if (track) marks.set(`${path}[${i}]`, out.length);
    if (item === null || typeof item !== 'object') out.push(`${indent}- ${scalar(item)}`);
    else if (isEmptyCollection(item)) out.push(`${indent}- ${emptyText(item)}`);
    else if (Array.isArray(item)) throw new Error('nested sequences are not emitted');
    else writeMap(item, `${indent}  `, out, `${path}[${i}]`, marks, `${indent}- `);
  });
}

/** One resource as a YAML document body (no `---`), ending in a newline. */
export function resourceToYaml(resource: Resource): string {
  const out: string[] = [];
  writeMap(resource as unknown as { [key: string]: Json }, '', out, '', undefined);
  return `${out.join('\n')}\n`;
}

/** Lines (1-based, inclusive) of one document and of each of its rules in a YAML stream. */
export interface DocumentSpan {
  start: number;
  end: number;
  rules: { rulePath: string; start: number; end: number }[];
}

/**
 * A multi-document YAML file: a header comment, then each document with its own comment lines,
 * with the line span of every document and rule, so the UI can highlight and scroll to them.
 */
export function toYamlStreamWithSpans(
  header: readonly string[],
  documents: readonly { comment: readonly string[]; resource: Resource }[],
): { text: string; spans: DocumentSpan[] } {
  const out: string[] = header.map((line) => (line ? `# ${line}` : '#'));
  const spans: DocumentSpan[] = [];
  for (const doc of documents) {
    out.push('---');
    const start = out.length + 1;
    for (const line of doc.comment) out.push(line ? `# ${line}` : '#');
    const marks: Marks = new Map();
    writeMap(doc.resource as unknown as { [key: string]: Json }, '', out, '', marks);
    const ruleStarts = [...marks.entries()];
    const rules = ruleStarts.map(([rulePath, at], i) => {
      const next = ruleStarts[i + 1];
      const sameList = next && next[0].split('[')[0] === rulePath.split('[')[0];
      const endIndex = sameList ? next[1] : out.length;
      return { rulePath, start: at + 1, end: Math.max(at + 1, endIndex) };
    });
    spans.push({ start, end: out.length, rules });
  }
  return { text: `${out.join('\n')}\n`, spans };
}

/** A multi-document YAML file: a header comment, then each document with its own comment lines. */
export function toYamlStream(
  header: readonly string[],
  documents: readonly { comment: readonly string[]; resource: Resource }[],
): string {
  return toYamlStreamWithSpans(header, documents).text;
}
