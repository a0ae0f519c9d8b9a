/**
 * YAML emission: the last, dumb step. Objects are built with a fixed key order, so the bytes are
 * deterministic. The YAML 1.1 schema makes the dumper quote every string a YAML 1.1 reader (Go's
 * yaml.v2 in kubectl and calicoctl) would read as a bool or number, such as `'yes'`, `'on'`, `'1:20'`.
 */
import { dump, YAML11_SCHEMA } from 'js-yaml';
import type { Resource } from './types';

/** One resource as a YAML document body (no `---`). */
export function resourceToYaml(resource: Resource): string {
  return dump(resource, { noRefs: true, lineWidth: -1, seqNoIndent: true, schema: YAML11_SCHEMA });
}

/** A multi-document YAML file: a header comment, then each document with its own comment lines. */
export function toYamlStream(
  header: readonly string[],
  documents: readonly { comment: readonly string[]; resource: Resource }[],
): string {
  const out: string[] = header.map((line) => (line ? `# ${line}` : '#'));
  for (const doc of documents) {
    out.push('---');
    for (const line of doc.comment) out.push(line ? `# ${line}` : '#');
    out.push(resourceToYaml(doc.resource).trimEnd());
  }
  return `${out.join('\n')}\n`;
}
