/**
 * What a cluster dump says about the cluster's shape, read off the objects `kubectl get
 * nodes,services,pods,endpointslices -A` and `calicoctl get ippools` print: nodes, IP pools, pods
 * and EndpointSlices. Pure reading: what it means for the design is decided in withTopology.ts.
 * Services are read by readServices.ts (with the policies' own reading of them).
 */
import type { ContainerPort, Protocol } from '../model/design';
import { isLabelKey, isLabelValue, isPortName } from '../model/names';
import { formatCidr, networkOf, parseCidr, parseIp } from '../net/ip';
import { field, isObj, list, str, stringMap, type ImportContext, type Located } from './context';

/** Calico's node annotations (libcalico-go, backend/k8s/resources/node.go). */
const CALICO_ADDRESS = ['projectcalico.org/IPv4Address', 'projectcalico.org/IPv6Address'];
/** Tunnel addresses, in the order a design node's one tunnel address is chosen from them. */
const CALICO_TUNNELS = [
  'projectcalico.org/IPv4IPIPTunnelAddr',
  'projectcalico.org/IPv4VXLANTunnelAddr',
  'projectcalico.org/IPv4WireguardInterfaceAddr',
  'projectcalico.org/IPv6VXLANTunnelAddr',
  'projectcalico.org/IPv6WireguardInterfaceAddr',
];

export type Encapsulation = 'None' | 'IPIP' | 'VXLAN';

export interface KubeNode {
  at: Located;
  name: string;
  labels: Record<string, string>;
  internalIPs: string[];
  externalIPs: string[];
  /** Calico's node address with its prefix (`172.16.0.11/24`), as the annotation writes it. */
  calicoAddresses: { cidr: string; ip: string }[];
  tunnels: { ip: string; annotation: string }[];
  podCidrs: string[];
}

export interface IpPool {
  at: Located;
  cidr: string;
  encapsulation: Encapsulation;
  disabled: boolean;
}

export interface KubePod {
  at: Located;
  name: string;
  namespace: string;
  /** Every address, the primary (`status.podIP`) first. */
  ips: string[];
  nodeName: string | undefined;
  ports: ContainerPort[];
  hostNetwork: boolean;
  phase: string;
}

export interface SliceEndpoint {
  index: number;
  /** `targetRef`: what the endpoint is (a Pod, for a Service with a selector). */
  targetKind: string | undefined;
  targetName: string | undefined;
  address: string | undefined;
  nodeName: string | undefined;
  ready: boolean;
}

export interface KubeSlice {
  at: Located;
  namespace: string;
  service: string | undefined;
  endpoints: SliceEndpoint[];
}

export interface Topology {
  nodes: KubeNode[];
  pools: IpPool[];
  pods: KubePod[];
  slices: KubeSlice[];
}

const CALICO_API = ['projectcalico.org/v3', 'crd.projectcalico.org/v1'];
const SLICE_API = ['discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1'];

/**
 * Labels Kubernetes puts on every node by itself, alike on all nodes of one platform: `os`,
 * `arch` and their deprecated `beta.` and `failure-domain.beta.` copies. They are not kept; the
 * host name, roles, topology and the user's own labels are, since they tell nodes apart and the
 * design's node labels end up in Calico selectors.
 */
export function isAutomaticNodeLabel(key: string): boolean {
  return (
    key === 'kubernetes.io/os' ||
    key === 'kubernetes.io/arch' ||
    key.startsWith('beta.kubernetes.io/') ||
    key.startsWith('failure-domain.beta.kubernetes.io/')
  );
}

const apiOf = (r: Located) => str(field(r.value, 'apiVersion')) ?? '';
const metaOf = (r: Located) => field(r.value, 'metadata');

/** The labels a design can hold; the others are reported. */
function readLabels(
  r: Located,
  ctx: ImportContext,
  keep: (key: string) => boolean = () => true,
): { labels: Record<string, string>; dropped: string[] } {
  const labels: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(stringMap(field(metaOf(r), 'labels')))) {
    if (!keep(k)) dropped.push(`${k}=${v}`);
    // A valid key is never `__proto__`, so a plain assignment is safe.
    else if (isLabelKey(k) && isLabelValue(v)) labels[k] = v;
    else
      ctx.add(
        'ignored',
        'import.ignored.label',
        { label: `${k}=${v}` },
        { resource: r, path: ['metadata', 'labels', k] },
      );
  }
  return { labels, dropped };
}

function readNode(r: Located, ctx: ImportContext): KubeNode {
  const { labels, dropped } = readLabels(r, ctx, (k) => !isAutomaticNodeLabel(k));
  if (dropped.length)
    ctx.add(
      'ignored',
      'import.ignored.automaticNodeLabels',
      { labels: dropped.join(', ') },
      { resource: r, path: ['metadata', 'labels'] },
    );
  const addresses = list(field(field(r.value, 'status'), 'addresses'));
  const ofType = (type: string) =>
    addresses
      .filter((a) => str(field(a, 'type')) === type)
      .flatMap((a) => {
        const text = str(field(a, 'address'));
        return text !== undefined && parseIp(text) ? [text] : [];
      });
  const annotations = stringMap(field(metaOf(r), 'annotations'));
  const calicoAddresses = CALICO_ADDRESS.flatMap((key) => {
    const cidr = annotations[key];
    const parsed = cidr === undefined ? undefined : parseCidr(cidr);
    return cidr !== undefined && parsed ? [{ cidr, ip: cidr.slice(0, cidr.indexOf('/')) }] : [];
  });
  const tunnels = CALICO_TUNNELS.flatMap((annotation) => {
    const ip = annotations[annotation];
    return ip !== undefined && parseIp(ip) ? [{ ip, annotation }] : [];
  });
  const spec = field(r.value, 'spec');
  const podCidrs = [...list(field(spec, 'podCIDRs')), field(spec, 'podCIDR')].flatMap((c) => {
    const parsed = typeof c === 'string' ? parseCidr(c) : undefined;
    return parsed ? [formatCidr(networkOf(parsed))] : [];
  });
  return {
    at: r,
    name: r.name,
    labels,
    internalIPs: ofType('InternalIP'),
    externalIPs: ofType('ExternalIP'),
    calicoAddresses,
    tunnels,
    podCidrs: [...new Set(podCidrs)],
  };
}

/** `Always` and `CrossSubnet` encapsulate (some or all traffic); `Never` and absent do not. */
function encapsulationOf(spec: unknown): Encapsulation {
  const on = (key: string) => {
    const mode = str(field(spec, key));
    return mode !== undefined && mode !== 'Never';
  };
  if (on('ipipMode')) return 'IPIP';
  if (on('vxlanMode')) return 'VXLAN';
  return 'None';
}

function readPool(r: Located, ctx: ImportContext): IpPool | undefined {
  const spec = field(r.value, 'spec');
  const text = str(field(spec, 'cidr'));
  const parsed = text === undefined ? undefined : parseCidr(text);
  if (!parsed) {
    ctx.add(
      'ignored',
      'import.ignored.ipPoolCidr',
      { name: r.name, cidr: text ?? '' },
      { resource: r, path: ['spec', 'cidr'] },
    );
    return undefined;
  }
  return {
    at: r,
    cidr: formatCidr(networkOf(parsed)),
    encapsulation: encapsulationOf(spec),
    disabled: field(spec, 'disabled') === true,
  };
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

function readPod(r: Located): KubePod {
  const spec = field(r.value, 'spec');
  const status = field(r.value, 'status');
  const primary = str(field(status, 'podIP'));
  const all = list(field(status, 'podIPs')).flatMap((p) => str(field(p, 'ip')) ?? []);
  const ips = [...new Set([...(primary ? [primary] : []), ...all])].filter(
    (ip) => parseIp(ip) !== undefined,
  );
  const ports: ContainerPort[] = list(field(spec, 'containers')).flatMap((c) =>
    list(field(c, 'ports')).flatMap((p) => {
      const containerPort = field(p, 'containerPort');
      const protocol = (str(field(p, 'protocol')) ?? 'TCP') as Protocol;
      const name = str(field(p, 'name'));
      const valid =
        typeof containerPort === 'number' &&
        Number.isInteger(containerPort) &&
        containerPort >= 1 &&
        containerPort <= 65535;
      if (!valid || !PROTOCOLS.includes(protocol)) return [];
      return [
        { ...(name !== undefined && isPortName(name) ? { name } : {}), containerPort, protocol },
      ];
    }),
  );
  return {
    at: r,
    name: r.name,
    namespace: str(field(metaOf(r), 'namespace')) ?? 'default',
    ips,
    nodeName: str(field(spec, 'nodeName')),
    ports,
    hostNetwork: field(spec, 'hostNetwork') === true,
    phase: str(field(status, 'phase')) ?? 'Unknown',
  };
}

function readSlice(r: Located): KubeSlice {
  const labels = stringMap(field(metaOf(r), 'labels'));
  const endpoints = list(field(r.value, 'endpoints')).map((e, index) => {
    const ready = field(field(e, 'conditions'), 'ready');
    const target = field(e, 'targetRef');
    return {
      index,
      targetKind: str(field(target, 'kind')),
      targetName: str(field(target, 'name')),
      address: str(list(field(e, 'addresses'))[0]),
      nodeName: str(field(e, 'nodeName')),
      // Kubernetes: an unknown (absent) readiness is to be read as ready.
      ready: ready !== false,
    };
  });
  return {
    at: r,
    namespace: str(field(metaOf(r), 'namespace')) ?? 'default',
    service: labels['kubernetes.io/service-name'],
    endpoints,
  };
}

/** The topology objects among the documents; everything else is left to the other readers. */
export function readTopology(docs: readonly Located[], ctx: ImportContext): Topology {
  const topology: Topology = { nodes: [], pools: [], pods: [], slices: [] };
  for (const r of docs) {
    if (!isObj(r.value)) continue;
    const api = apiOf(r);
    if (r.kind === 'Node' && api === 'v1') topology.nodes.push(readNode(r, ctx));
    else if (r.kind === 'Pod' && api === 'v1') topology.pods.push(readPod(r));
    else if (r.kind === 'EndpointSlice' && SLICE_API.includes(api))
      topology.slices.push(readSlice(r));
    else if (r.kind === 'IPPool' && CALICO_API.includes(api)) {
      const pool = readPool(r, ctx);
      if (pool) topology.pools.push(pool);
    }
  }
  return topology;
}

/** The pod's labels a design can hold (all of them, as Calico selectors see them); reports the others. */
export function podLabels(pod: KubePod, ctx: ImportContext): Record<string, string> {
  return readLabels(pod.at, ctx).labels;
}
