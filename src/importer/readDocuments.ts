/**
 * Every document of every file, as the objects it holds: a single object, each item of a `List`
 * (what `kubectl get … -o yaml|json` prints) or of a calicoctl list (`GlobalNetworkPolicyList`, any
 * `*List` with `items`), each entry of a bare YAML sequence. What is not an object is reported here
 * (a syntax error, an empty document, a scalar, an object without a kind, a template placeholder,
 * calicoctl's v2 format), so that every document is accounted for; the objects go on to be judged.
 * Objects of `crd.projectcalico.org/v1` come out in their `projectcalico.org/v3` form.
 */
import { field, isObj, str, type ImportContext, type Located, type Obj } from './context';
import { CRD_GROUP_VERSION, fromCrdStorage } from './crdStorage';
import { findPlaceholder, placeholdersInText } from './placeholders';
import type { Segment, YamlScan } from './scanYaml';

/** The kinds of calicoctl v1.x (Calico v2 resources, `apiVersion: v1`), which it wrote in camel case. */
const CALICO_V2_KINDS = new Set([
  'bgppeer',
  'hostendpoint',
  'ippool',
  'node',
  'policy',
  'profile',
  'workloadendpoint',
]);

/** An object found in the input, with where it is; `apiVersion` as it should be read. */
export interface FoundObject extends Located {
  apiVersion: string;
  /** Set when the object was stored as `crd.projectcalico.org/v1` and is read as its v3 form. */
  fromCrd?: true;
}

/** The objects of one file's documents, in order; reports what is not an object. */
export function objectsOfFile(
  text: string,
  scan: YamlScan,
  file: number,
  ctx: ImportContext,
): FoundObject[] {
  const out: FoundObject[] = [];
  const { documents } = scan;
  if (documents.length === 0) {
    ctx.addAt('ignored', 'import.emptyFile', {}, { file, line: 0 });
    return out;
  }
  documents.forEach((d, doc) => {
    const where = { doc, file };
    if (d.error) {
      ctx.addAt(
        'rejected',
        'import.yamlError',
        { detail: d.error.message },
        { file, line: scan.lineOf(d.error.offset) },
      );
      // A template left in the file is the usual reason a document does not parse: name it.
      const end = documents[doc + 1]?.start ?? text.length;
      for (const p of placeholdersInText(text.slice(d.start, end))) {
        ctx.addAt(
          'rejected',
          'import.placeholder',
          { placeholder: p.text },
          { file, line: scan.lineOf(d.start + p.offset) },
        );
      }
      return;
    }
    const value = d.value;
    if (value === null || value === undefined) {
      ctx.add('ignored', 'import.emptyDocument', {}, { resource: where });
      return;
    }
    if (Array.isArray(value)) {
      if (!value.length)
        ctx.add('ignored', 'import.emptyList', { kind: '[]' }, { resource: where });
      value.forEach((item, i) => collect(item, [i], undefined));
      return;
    }
    const kind = str(field(value, 'kind'));
    const items = field(value, 'items');
    if (kind?.endsWith('List') && Array.isArray(items)) {
      if (!items.length) ctx.add('ignored', 'import.emptyList', { kind }, { resource: where });
      const apiVersion = str(field(value, 'apiVersion'));
      // A typed list (`GlobalNetworkPolicyList`) may leave its items' kind and apiVersion out.
      const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
      items.forEach((item, i) => collect(item, ['items', i], { kind: itemKind, apiVersion }));
      return;
    }
    collect(value, [], undefined);

    function collect(
      v: unknown,
      prefix: Segment[],
      list: { kind: string | undefined; apiVersion: string | undefined } | undefined,
    ): void {
      const at = { resource: { doc, file, prefix } };
      if (!isObj(v)) {
        ctx.add('rejected', 'import.notObject', { value: describeValue(v) }, at);
        return;
      }
      const kind = str(v.kind) ?? list?.kind;
      const apiVersion = str(v.apiVersion) ?? list?.apiVersion;
      const name = str(field(v.metadata, 'name')) ?? '';
      if (kind === undefined || apiVersion === undefined) {
        ctx.add('rejected', 'import.noKind', { keys: Object.keys(v).slice(0, 5).join(', ') }, at);
        return;
      }
      const located = { doc, file, prefix, kind, name };
      if (apiVersion === 'v1' && /^[a-z]/.test(kind) && CALICO_V2_KINDS.has(kind.toLowerCase())) {
        ctx.add('rejected', 'import.calicoV2', { kind, name }, { resource: located });
        return;
      }
      const placeholder = findPlaceholder(v);
      if (placeholder) {
        ctx.add(
          'rejected',
          'import.placeholder',
          { placeholder: placeholder.text },
          { resource: located, path: placeholder.path },
        );
        return;
      }
      const complete: Obj =
        v.kind === kind && v.apiVersion === apiVersion ? v : { ...v, kind, apiVersion };
      if (apiVersion === CRD_GROUP_VERSION) {
        const converted = fromCrdStorage(complete);
        const v3Name = str(field(converted.metadata, 'name')) ?? '';
        const namespace = str(field(converted.metadata, 'namespace'));
        ctx.add(
          'assumed',
          'import.crdGroup',
          { kind, stored: name, name: namespace ? `${namespace}/${v3Name}` : v3Name },
          { resource: located },
        );
        out.push({
          ...located,
          name: v3Name,
          value: converted,
          apiVersion: 'projectcalico.org/v3',
          fromCrd: true,
        });
        return;
      }
      out.push({ ...located, value: complete, apiVersion });
    }
  });
  return out;
}

/** A short rendering of a value that is not an object, as JSON would write it. */
function describeValue(v: unknown): string {
  if (Array.isArray(v)) return '[…]';
  const json = JSON.stringify(v) ?? 'null';
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}
