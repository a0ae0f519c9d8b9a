/**
 * The importer's view of a YAML text: the validator's loader (src/calico/yamlDocuments.ts), so
 * the importer parses each file once and its document indexes agree with the validator's, plus
 * the report's line numbers.
 */
import { formatPath } from '../calico/validate/toolkit';
import { loadYamlDocuments, offsetIn, type YamlDocuments } from '../calico/yamlDocuments';

export type Segment = string | number;

export type YamlScan = YamlDocuments;

/** `spec.ingress[0].source`: the format of the report's paths and of the offsets' keys. */
export function pathKey(path: readonly Segment[]): string {
  return formatPath(path);
}

/** The line of `path` in document `doc`, or of its nearest recorded parent; 0 if unknown. */
export function lineIn(scan: YamlScan, doc: number, path: readonly Segment[] = []): number {
  const d = scan.documents[doc];
  return d ? scan.lineOf(offsetIn(d, path)) : 0;
}

/** Parses and indexes the text; never throws (a chunk that does not parse carries its error). */
export function scanYaml(text: string): YamlScan {
  return loadYamlDocuments(text);
}
