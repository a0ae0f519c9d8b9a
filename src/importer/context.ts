/** State shared by the importer's steps: the report being written and the line index. */
import type { MessageId } from '../i18n/en';
import type { MessageParams } from '../i18n/format';
import { lineIn, pathKey, type Segment, type YamlScan } from './scanYaml';
import type { ImportItem, ImportSeverity } from './types';
import { IdAllocator } from './names';

export type Obj = Record<string, unknown>;

/**
 * A valid object of the input, by file and document, with its kind and name for the report. An
 * object inside a `List` (or a bare YAML sequence) has a `prefix`: its path inside the document,
 * e.g. `['items', 3]`, so that a field's line is found under it.
 */
export interface Located {
  doc: number;
  kind: string;
  name: string;
  value: Obj;
  /** Index of the file in the input; 0 when absent (a single text). */
  file?: number;
  /** Path of the object inside its YAML document; the document itself when absent. */
  prefix?: readonly Segment[];
}

/** Where a report item points: an object (or a document of a file) and a field of it. */
export interface Where {
  resource:
    | Located
    | { doc: number; kind?: string; name?: string; file?: number; prefix?: readonly Segment[] };
  path?: Segment[];
}

/** Identifies an object of the input: its file, document and path inside the document. */
export function objectKey(o: { doc: number; file?: number; prefix?: readonly Segment[] }): string {
  return `${o.file ?? 0}:${o.doc}:${pathKey(o.prefix ?? [])}`;
}

export class ImportContext {
  readonly items: ImportItem[] = [];
  readonly ids = new IdAllocator();
  /** The objects some item was written about (objectKey), so that none goes unreported. */
  readonly reported = new Set<string>();
  private readonly scans: readonly (YamlScan | undefined)[];

  /**
   * `scans`: one per file, in input order (a single scan for a single text); `names`: the files'
   * names for the report (absent for a pasted text).
   */
  constructor(
    scans: YamlScan | readonly (YamlScan | undefined)[] | undefined,
    readonly names: readonly (string | undefined)[] = [],
  ) {
    this.scans = Array.isArray(scans) ? scans : [scans as YamlScan | undefined];
  }

  /** The scan of a file. */
  scanOf(file = 0): YamlScan | undefined {
    return this.scans[file];
  }

  /** Adds a report item about a document (or a field of it), or about the input (`at` omitted). */
  add(severity: ImportSeverity, messageId: MessageId, params: MessageParams, at?: Where): void {
    if (!at) {
      this.items.push({ severity, line: 0, messageId, params });
      return;
    }
    const { resource, path = [] } = at;
    const file = resource.file ?? 0;
    const scan = this.scans[file];
    this.reported.add(objectKey(resource));
    const name = this.names[file];
    this.items.push({
      severity,
      ...(name !== undefined ? { file: name } : {}),
      line: scan ? lineIn(scan, resource.doc, [...(resource.prefix ?? []), ...path]) : 0,
      ...(resource.kind !== undefined ? { kind: resource.kind } : {}),
      ...(resource.name !== undefined ? { name: resource.name } : {}),
      ...(path.length ? { path: pathKey(path) } : {}),
      messageId,
      params,
    });
  }

  /** Adds a report item at a known line of a file (0: the file as a whole). */
  addAt(
    severity: ImportSeverity,
    messageId: MessageId,
    params: MessageParams,
    at: { file?: number; line: number; kind?: string; name?: string; path?: string },
  ): void {
    const name = this.names[at.file ?? 0];
    this.items.push({
      severity,
      ...(name !== undefined ? { file: name } : {}),
      line: at.line,
      ...(at.kind ? { kind: at.kind } : {}),
      ...(at.name ? { name: at.name } : {}),
      ...(at.path ? { path: at.path } : {}),
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
