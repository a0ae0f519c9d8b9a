/**
 * YAML emission: the last, dumb step. Objects are built with a fixed key order, so the bytes are
 * deterministic. A string is written plain only when every YAML 1.1 and 1.2 reader (Go's yaml.v2
 * behind kubectl and calicoctl, js-yaml here) reads it back as the same string; otherwise it is
 * single-quoted. Sequences sit at their key's indentation, as kubectl prints them.
 */
import { toOneLine } from '../text/plainText';
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
/**
 * Strings as written (plain or quoted): a resource file repeats the same few many times. Keyed by
 * the string itself, it answers what `writeString` would, so no call can tell it from the last.
 */
const stringCache = new Map<string, string>();

function isPlainSafe(s: string): boolean {
  if (SIMPLE.test(s)) return !YAML11_WORDS.has(s);
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

function writeString(s: string): string {
  if (hasControl(s)) return JSON.stringify(s); // JSON strings are YAML double-quoted scalars
  return isPlainSafe(s) ? s : `'${s.replace(/'/g, "''")}'`;
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') {
    let text = stringCache.get(value);
    if (text === undefined) {
      text = writeString(value);
      if (stringCache.size < 10_000) stringCache.set(value, text);
    }
    return text;
  }
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
  return String(value);
}

/** A mapping key as written, `key:` and `key: `: keys repeat endlessly (`action`, `nets`…). */
interface KeyText {
  alone: string;
  withSpace: string;
}

const keyCache = new Map<string, KeyText>();

function keyText(key: string): KeyText {
  let text = keyCache.get(key);
  if (text === undefined) {
    const written = scalar(key);
    text = { alone: `${written}:`, withSpace: `${written}: ` };
    if (keyCache.size < 10_000) keyCache.set(key, text);
  }
  return text;
}

/** `Object.keys(obj).length === 0`, without building the list of keys. */
function isEmptyMap(obj: { [key: string]: Json | undefined }): boolean {
  for (const key in obj) if (Object.hasOwn(obj, key)) return false;
  return true;
}

/**
 * Where each rule of a policy starts, collected while writing (0-based line in `out`). A resource
 * has one `spec` with at most one list of each kind, so no rule is marked twice.
 */
interface RuleMark {
  list: string;
  index: number;
  line: number;
}

const RULE_LISTS = new Set(['spec.ingress', 'spec.egress']);
/** The paths from the root (``) down to a rule list. */
const TO_RULE_LISTS = new Set(['', 'spec', ...RULE_LISTS]);

/**
 * The path of a mapping's child, kept only on the way down to a rule list: the writer visits
 * every key of every resource, and any other path would be built for nothing.
 */
function childPath(path: string | undefined, key: string): string | undefined {
  if (path === undefined) return undefined;
  const child = path ? `${path}.${key}` : key;
  return TO_RULE_LISTS.has(child) ? child : undefined;
}

/** Writes a mapping's entries at `indent`; `firstPrefix` replaces the indent of the first line. */
function writeMap(
  obj: { [key: string]: Json | undefined },
  indent: string,
  out: string[],
  path: string | undefined,
  marks: RuleMark[] | undefined,
  firstPrefix?: string,
): void {
  let lead = firstPrefix ?? indent;
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value === undefined) continue;
    const k = keyText(key);
    if (value === null || typeof value !== 'object')
      out.push(`${lead}${k.withSpace}${scalar(value)}`);
    else if (Array.isArray(value)) {
      if (!value.length) out.push(`${lead}${k.withSpace}[]`);
      else {
        out.push(`${lead}${k.alone}`);
        writeSeq(value, indent, out, childPath(path, key), marks);
      }
    } else if (isEmptyMap(value)) out.push(`${lead}${k.withSpace}{}`);
    else {
      out.push(`${lead}${k.alone}`);
      writeMap(value, `${indent}  `, out, childPath(path, key), marks);
    }
    lead = indent;
  }
}

function writeSeq(
  items: Json[],
  indent: string,
  out: string[],
  path: string | undefined,
  marks: RuleMark[] | undefined,
): void {
  const list = marks && path !== undefined && RULE_LISTS.has(path) ? path : undefined;
  const itemIndent = `${indent}  `;
  const dash = `${indent}- `;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Json;
    if (list !== undefined) marks?.push({ list, index: i, line: out.length });
    if (item === null || typeof item !== 'object') out.push(`${dash}${scalar(item)}`);
    else if (Array.isArray(item)) {
      if (item.length) throw new Error('nested sequences are not emitted');
      out.push(`${dash}[]`);
    } else if (isEmptyMap(item)) out.push(`${dash}{}`);
    else writeMap(item, itemIndent, out, undefined, marks, dash);
  }
}

/** One resource as a YAML document body (no `---`), ending in a newline. */
export function resourceToYaml(resource: Resource): string {
  const out: string[] = [];
  writeMap(resource as unknown as { [key: string]: Json }, '', out, undefined, undefined);
  return `${out.join('\n')}\n`;
}

/**
 * One comment line, whatever text it is given: the only way the writer emits a comment, and it
 * cannot emit a line break (src/text/plainText.ts writes every such character as an escape), so no
 * text in a comment can end it and start YAML of its own.
 */
export function yamlComment(text: string): string {
  return text ? `# ${toOneLine(text)}` : '#';
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
  const out: string[] = header.map(yamlComment);
  const spans: DocumentSpan[] = [];
  for (const doc of documents) {
    out.push('---');
    const start = out.length + 1;
    for (const line of doc.comment) out.push(yamlComment(line));
    const marks: RuleMark[] = [];
    writeMap(doc.resource as unknown as { [key: string]: Json }, '', out, '', marks);
    const rules = marks.map(({ list, index, line }, i) => {
      const next = marks[i + 1];
      const endIndex = next?.list === list ? next.line : out.length;
      return { rulePath: `${list}[${index}]`, start: line + 1, end: Math.max(line + 1, endIndex) };
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
