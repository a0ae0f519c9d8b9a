/**
 * Calico's resources as its Kubernetes datastore stores them: `crd.projectcalico.org/v1` custom
 * resources, what `kubectl get globalnetworkpolicies.crd.projectcalico.org -o yaml` prints when the
 * Calico API server is not installed. That group is Calico's internal storage, not its API; the
 * importer reads each object as the `projectcalico.org/v3` resource Calico makes of it when it
 * reads the store (libcalico-go, backend/k8s/resources/resources.go,
 * ConvertK8sResourceToCalicoResource):
 *
 * - the v3 metadata is the JSON of the annotation `projectcalico.org/metadata` (labels and
 *   annotations merged over the stored object's own, which older releases wrote there directly);
 *   the stored object keeps only the `projectcalico.org/` labels of its own;
 * - a policy's stored name carries its tier (`default.allow-web` for `allow-web` in the default
 *   tier, names.TieredPolicyName); the v3 name is the one the annotation keeps, else the stored
 *   name without the `default.` prefix (names.ClientTieredPolicyName);
 * - the spec is the v3 spec; the server's bookkeeping (uid, generation, managedFields) is not part
 *   of the v3 object.
 */
import { field, isObj, str, type Obj } from './context';

export const CRD_GROUP_VERSION = 'crd.projectcalico.org/v1';
const V3 = 'projectcalico.org/v3';
const METADATA_ANNOTATION = 'projectcalico.org/metadata';
const POLICY_KINDS = new Set([
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
]);

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** The metadata the annotation holds; undefined when there is none, or it is not JSON. */
function storedMetadata(annotations: Record<string, string> | undefined): Obj | undefined {
  const json = annotations?.[METADATA_ANNOTATION];
  if (json === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return isObj(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The v3 name of a stored policy: its tier prefix goes when the tier is the default one. */
function clientPolicyName(stored: string): string {
  return stored.startsWith('default.') ? stored.slice('default.'.length) : stored;
}

/** The `projectcalico.org/v3` form of a stored `crd.projectcalico.org/v1` object. */
export function fromCrdStorage(value: Obj): Obj {
  const kind = str(field(value, 'kind')) ?? '';
  const meta = isObj(field(value, 'metadata')) ? (field(value, 'metadata') as Obj) : {};
  const storedName = str(meta.name) ?? '';
  const ownAnnotations = stringRecord(meta.annotations);
  const stored = storedMetadata(ownAnnotations);
  const annotations: Record<string, string> = { ...ownAnnotations };
  delete annotations[METADATA_ANNOTATION];
  Object.assign(annotations, stringRecord(stored?.annotations));
  const labels = { ...stringRecord(meta.labels), ...stringRecord(stored?.labels) };

  let name = str(stored?.name) || storedName;
  if (!str(stored?.name) && POLICY_KINDS.has(kind)) name = clientPolicyName(storedName);

  const metadata: Obj = { name };
  if (typeof meta.namespace === 'string') metadata.namespace = meta.namespace;
  if (Object.keys(labels).length) metadata.labels = labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  const created = str(stored?.creationTimestamp) ?? str(meta.creationTimestamp);
  if (created) metadata.creationTimestamp = created;
  if (typeof meta.resourceVersion === 'string') metadata.resourceVersion = meta.resourceVersion;

  const out: Obj = { apiVersion: V3, kind, metadata };
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'apiVersion' && k !== 'kind' && k !== 'metadata' && k !== 'status') out[k] = v;
  }
  return out;
}
