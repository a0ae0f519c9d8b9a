/** State shared by the importer's steps: the report being written and the line index. */
import type { MessageId } from '../i18n/en';
import type { MessageParams } from '../i18n/format';
import { lineIn, pathKey, type Segment, type YamlScan } from './scanYaml';
import type { ImportItem, ImportSeverity } from './types';
import { IdAllocator } from './names';

export type Obj = Record<string, unknown>;

/** A valid document of the file, by its index, with its kind and name for the report. */
export interface Located {
  doc: number;
  kind: string;
  name: string;
  value: Obj;
}

export class ImportContext {
  readonly items: ImportItem[] = [];
  readonly ids = new IdAllocator();

  constructor(readonly scan: YamlScan | undefined) {}

  /** Adds a report item about a document (or a field of it), or about the file (`at` omitted). */
  add(
    severity: ImportSeverity,
    messageId: MessageId,
    params: MessageParams,
    at?: { resource: Located | { doc: number; kind?: string; name?: string }; path?: Segment[] },
  ): void {
    if (!at) {
      this.items.push({ severity, line: 0, messageId, params });
      return;
    }
    const { resource, path = [] } = at;
    this.items.push({
      severity,
      line: this.scan ? lineIn(this.scan, resource.doc, path) : 0,
      ...(resource.kind !== undefined ? { kind: resource.kind } : {}),
      ...(resource.name !== undefined ? { name: resource.name } : {}),
      ...(path.length ? { path: pathKey(path) } : {}),
      messageId,
      params,
    });
  }
}

// Small readers for validated documents: the schema has checked the types, but a field may still
// be absent or YAML null, which Calico treats as absent.

/** True for a mapping (not null, not a list). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own field of a mapping; undefined for anything else. */
export function field(o: unknown, key: string): unknown {
  return isObj(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** The value if it is a string. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The value if it is a list, else an empty one. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The strings of a list. */
export function stringList(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === 'string');
}

/** The keys of an object whose values are set (not undefined or null). */
export function setKeys(o: unknown): string[] {
  return isObj(o) ? Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== null) : [];
}

/** A string map (labels, selector), skipping anything that is not a string value. */
export function stringMap(v: unknown): Record<string, string> {
  if (!isObj(v)) return {};
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
