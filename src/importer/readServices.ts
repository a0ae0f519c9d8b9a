/** Kubernetes Services → design services (and services made up for bare cluster IPs in rules). */
import type { Protocol, ServicePort, ServiceType } from '../model/design';
import { isPortName } from '../model/names';
import { formatIp, parseIp, type Ip } from '../net/ip';
import {
  field,
  isObj,
  list,
  setKeys,
  str,
  stringMap,
  type ImportContext,
  type Located,
} from './context';

/** A service being imported; `inCluster` is settled once the pod policies are read. */
export interface ServiceDraft {
  id: string;
  name: string;
  namespace: string;
  clusterIP: string;
  ip: Ip;
  ports: ServicePort[];
  selector: Record<string, string>;
  /** externalTrafficPolicy: Local. */
  local: boolean;
  /**
   * `spec.type` when it is not the one the design writes anyway (ClusterIP, or NodePort for a
   * Local service), so that the app's own output reads back unchanged.
   */
  type?: ServiceType;
  /** Made up from a rule's destination, not read from a Service. */
  synthesized: boolean;
  /** Pod policies that select this service's pods, and what in-cluster access they grant. */
  podPolicies: number;
  inClusterAll: boolean;
  inClusterNamespace: boolean;
  /**
   * A pod policy of it lives in a tier that ends in Pass (issue #12): in-cluster traffic it does
   * not deny passes on, so no in-cluster rule means every pod, and `restriction` says otherwise.
   */
  passTier?: boolean;
  /** The in-cluster Deny of such a policy: all pods but the namespace's, or all pods. */
  restriction?: 'sameNamespace' | 'none';
}

/** The canonical text of an address, so `fd00::1` and `fd00:0::1` are one cluster IP. */
export function ipKey(ip: Ip): string {
  return `${ip.family}/${formatIp(ip)}`;
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** Service spec fields a design holds; the others are reported as not kept. */
const KEPT_SPEC = new Set(['type', 'clusterIP', 'clusterIPs', 'selector', 'ports']);
const KEPT_PORT = new Set(['name', 'port', 'targetPort', 'protocol', 'nodePort']);
const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];

/**
 * Spec fields at the value Kubernetes fills in when nobody sets them: every Service `kubectl get`
 * prints carries them, so reporting them as "not kept" would bury the report in noise. A field
 * set to anything else is reported. The IP families only restate the cluster IPs (a second one is
 * reported on its own).
 */
const DEFAULT_SPEC = new Map<string, (v: unknown) => boolean>([
  ['sessionAffinity', (v) => v === 'None'],
  ['internalTrafficPolicy', (v) => v === 'Cluster'],
  ['externalTrafficPolicy', (v) => v === 'Cluster'],
  ['allocateLoadBalancerNodePorts', (v) => v === true],
  ['ipFamilies', () => true],
  ['ipFamilyPolicy', () => true],
]);

/** A port name a design accepts, else `tcp-8080`: a design names ports as IANA service names. */
function portName(name: string | undefined, port: number, protocol: Protocol): string | undefined {
  if (name === undefined || name === '' || isPortName(name)) return name || undefined;
  return `${protocol.toLowerCase()}-${port}`;
}

/** Reads the Services in file order; duplicates and Services without a cluster IP are skipped. */
export function readServices(docs: readonly Located[], ctx: ImportContext): ServiceDraft[] {
  const out: ServiceDraft[] = [];
  const byName = new Set<string>();
  const byIp = new Map<string, ServiceDraft>();
  for (const r of docs) {
    const spec = field(r.value, 'spec');
    const namespace = str(field(field(r.value, 'metadata'), 'namespace')) ?? 'default';
    const type = str(field(spec, 'type')) ?? 'ClusterIP';
    const clusterIP = str(field(spec, 'clusterIP'));
    const ip = clusterIP === undefined ? undefined : parseIp(clusterIP);
    const at = { resource: r };
    if (type === 'ExternalName') {
      ctx.add('ignored', 'import.ignored.externalName', { name: r.name }, at);
      continue;
    }
    if (clusterIP === 'None') {
      ctx.add('ignored', 'import.ignored.headlessService', { name: `${namespace}/${r.name}` }, at);
      continue;
    }
    if (!clusterIP || !ip) {
      ctx.add('ignored', 'import.ignored.serviceNoClusterIP', { name: r.name }, at);
      continue;
    }
    if (byName.has(`${namespace}/${r.name}`)) {
      ctx.add('ignored', 'import.ignored.duplicateService', { name: `${namespace}/${r.name}` }, at);
      continue;
    }
    const other = byIp.get(ipKey(ip));
    if (other) {
      ctx.add(
        'ignored',
        'import.ignored.duplicateClusterIP',
        { clusterIP, other: `${other.namespace}/${other.name}` },
        { resource: r, path: ['spec', 'clusterIP'] },
      );
      continue;
    }
    const local = str(field(spec, 'externalTrafficPolicy')) === 'Local';
    const ports: ServicePort[] = [];
    list(field(spec, 'ports')).forEach((p, i) => {
      const port = field(p, 'port');
      if (typeof port !== 'number') return;
      const protocol = (str(field(p, 'protocol')) ?? 'TCP') as Protocol;
      if (!PROTOCOLS.includes(protocol)) return;
      const given = str(field(p, 'name'));
      const name = portName(given, port, protocol);
      if (name !== given && given) {
        ctx.add(
          'assumed',
          'import.assumed.portName',
          { name: given, newName: name ?? '' },
          { resource: r, path: ['spec', 'ports', i, 'name'] },
        );
      }
      const target = field(p, 'targetPort');
      const targetPort =
        typeof target === 'number' || (typeof target === 'string' && isPortName(target))
          ? target
          : undefined;
      const nodePort = field(p, 'nodePort');
      ports.push({
        ...(name !== undefined ? { name } : {}),
        port,
        ...(targetPort !== undefined ? { targetPort } : {}),
        protocol,
        ...(typeof nodePort === 'number' && nodePort >= 1 && nodePort <= 65535 ? { nodePort } : {}),
      });
      for (const key of setKeys(p)) {
        if (!KEPT_PORT.has(key)) {
          ctx.add(
            'ignored',
            'import.ignored.field',
            { field: `spec.ports[${i}].${key}` },
            { resource: r, path: ['spec', 'ports', i, key] },
          );
        }
      }
    });
    if (!ports.length) {
      ctx.add('ignored', 'import.ignored.serviceNoPorts', { name: r.name }, at);
      continue;
    }
    const kept = SERVICE_TYPES.find((t) => t === type && t !== writtenType(local));
    const draft: ServiceDraft = {
      id: ctx.ids.allocate(r.name),
      name: r.name,
      namespace,
      clusterIP,
      ip,
      ports,
      selector: stringMap(field(spec, 'selector')),
      local,
      ...(kept ? { type: kept } : {}),
      synthesized: false,
      podPolicies: 0,
      inClusterAll: false,
      inClusterNamespace: false,
    };
    out.push(draft);
    byName.add(`${namespace}/${r.name}`);
    byIp.set(ipKey(ip), draft);
    ctx.add(
      'mapped',
      'import.mapped.service',
      {
        service: `${namespace}/${r.name}`,
        id: draft.id,
        clusterIP,
        ports: ports.map((p) => `${p.port}/${p.protocol}`).join(', '),
        mode: local ? 'Local' : 'Cluster',
      },
      at,
    );
    reportDroppedServiceFields(r, spec, type, local, ctx);
  }
  return out;
}

/** The type the design writes: ClusterIP, or NodePort where Local requires it (SEMANTICS.md §1.1). */
function writtenType(local: boolean): ServiceType {
  return local ? 'NodePort' : 'ClusterIP';
}

function reportDroppedServiceFields(
  r: Located,
  spec: unknown,
  type: string,
  local: boolean,
  ctx: ImportContext,
): void {
  const written = writtenType(local);
  if (type !== written && !SERVICE_TYPES.some((t) => t === type)) {
    ctx.add(
      'ignored',
      'import.ignored.serviceType',
      { type, written },
      { resource: r, path: ['spec', 'type'] },
    );
  }
  const clusterIP = str(field(spec, 'clusterIP'));
  list(field(spec, 'clusterIPs')).forEach((other, i) => {
    if (typeof other !== 'string' || other === clusterIP) return;
    ctx.add(
      'ignored',
      'import.ignored.secondClusterIP',
      { clusterIP: other, service: r.name, kept: clusterIP ?? '' },
      { resource: r, path: ['spec', 'clusterIPs', i] },
    );
  });
  for (const key of setKeys(spec)) {
    if (KEPT_SPEC.has(key)) continue;
    if (key === 'externalTrafficPolicy' && local) continue;
    if (DEFAULT_SPEC.get(key)?.(field(spec, key))) continue;
    ctx.add(
      'ignored',
      'import.ignored.field',
      { field: `spec.${key}` },
      {
        resource: r,
        path: ['spec', key],
      },
    );
  }
  const meta = field(r.value, 'metadata');
  for (const key of ['labels', 'annotations']) {
    const v = field(meta, key);
    if (isObj(v) && Object.keys(v).length) {
      ctx.add(
        'ignored',
        'import.ignored.field',
        { field: `metadata.${key}` },
        {
          resource: r,
          path: ['metadata', key],
        },
      );
    }
  }
}
