/**
 * The one check that spans documents: two documents that `kubectl apply` would take for the same
 * object. kubectl applies a stream document by document, so the later one silently replaces the
 * earlier: one of two policies with one name never takes effect, and no single document is wrong.
 * An object is known by its API group and kind, its name and, for a namespaced kind, its namespace
 * (a cluster-scoped object has no namespace, whatever its metadata says).
 */

/** Kinds this validator knows, by API group, and whether objects of each live in a namespace. */
const SCOPES: Readonly<Record<string, Readonly<Record<string, 'namespaced' | 'cluster'>>>> = {
  'projectcalico.org': {
    GlobalNetworkPolicy: 'cluster',
    NetworkPolicy: 'namespaced',
    StagedGlobalNetworkPolicy: 'cluster',
    StagedNetworkPolicy: 'namespaced',
    Tier: 'cluster',
    HostEndpoint: 'cluster',
    BGPConfiguration: 'cluster',
    GlobalNetworkSet: 'cluster',
    NetworkSet: 'namespaced',
    KubeControllersConfiguration: 'cluster',
  },
  '': { Service: 'namespaced' },
};

/** A document that names an object already named by an earlier one. */
export interface DuplicateResource {
  /** 0-based index of the later document. */
  doc: number;
  /** 0-based index of the first document with that identity. */
  first: number;
  kind: string;
  name: string;
  /** `namespace/name` for a namespaced kind, else the name. */
  displayName: string;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/**
 * Every document (after the first) whose identity an earlier document already has. Documents of
 * kinds this validator does not know, or without a string name, are left out: their problems are
 * reported on their own. A namespaced object without a namespace goes to kubectl's current
 * namespace, so it matches others without one.
 */
export function duplicateResources(documents: readonly unknown[]): DuplicateResource[] {
  const seen = new Map<string, number>();
  const out: DuplicateResource[] = [];
  documents.forEach((value, doc) => {
    const obj = record(value);
    const meta = record(obj?.['metadata']);
    const kind = obj?.['kind'];
    const apiVersion = obj?.['apiVersion'];
    const name = meta?.['name'];
    if (typeof kind !== 'string' || typeof apiVersion !== 'string' || typeof name !== 'string')
      return;
    const slash = apiVersion.lastIndexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const scope = SCOPES[group]?.[kind];
    if (!scope) return;
    const namespace = meta?.['namespace'];
    const ns = scope === 'namespaced' && typeof namespace === 'string' ? namespace : '';
    const displayName = ns ? `${ns}/${name}` : name;
    const key = `${group}\u0000${kind}\u0000${scope === 'namespaced' ? ns : ''}\u0000${name}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, doc);
    else out.push({ doc, first, kind, name, displayName });
  });
  return out;
}
