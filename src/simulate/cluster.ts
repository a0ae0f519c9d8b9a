/**
 * Cluster facts the packet path needs, built once from the design and the resources: nodes and
 * their interfaces, pods (workload endpoints), HostEndpoints bound to interfaces, and the Services
 * kube-proxy would program. Nothing here judges a packet.
 */
import { isPortName } from '../model/names';
import { effectiveTrafficPolicy, type Design, type Protocol } from '../model/design';
import type { HostEndpoint, KubeService, Resource } from '../calico/types';
import { toAddr, toRange, type Addr, type Range } from '../net/range';
import type { SimulationNote } from './types';

/** IANA protocol numbers Calico rules may name (SEMANTICS.md §3). */
export const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  tcp: 6,
  udp: 17,
  icmp: 1,
  icmpv6: 58,
  sctp: 132,
  udplite: 136,
};

/** The protocol number of TCP/UDP/SCTP. */
export function protocolNumber(p: Protocol): number {
  return PROTOCOL_NUMBERS[p.toLowerCase()] ?? 0;
}

/** A named port of an endpoint, resolved to a number (SEMANTICS.md §3, named ports). */
export interface NamedPort {
  name: string;
  port: number;
  protocol: number;
}

export interface IfaceInfo {
  name: string;
  addrs: Addr[];
}

export interface NodeInfo {
  id: string;
  name: string;
  labels: Readonly<Record<string, string>>;
  /** The design's interfaces, then the tunnel device when encapsulation is on. */
  interfaces: IfaceInfo[];
  tunnel?: IfaceInfo;
  /** Every local address: interface addresses and the tunnel IP. */
  addressSet: ReadonlySet<string>;
}

export interface PodInfo {
  id: string;
  /** `namespace/name`. */
  key: string;
  name: string;
  namespace: string;
  nodeId: string;
  /** The pod's own labels: what Service selectors match. */
  podLabels: Readonly<Record<string, string>>;
  /** What Calico selectors match: pod labels plus the labels Calico adds to workload endpoints. */
  labels: Readonly<Record<string, string>>;
  /** Labels of the pod's namespace as Calico sees them (for namespaceSelector). */
  namespaceLabels: Readonly<Record<string, string>>;
  ip?: Addr;
  ports: NamedPort[];
  /** The name we give the pod's host-side veth in traces. */
  veth: string;
}

export interface HepInfo {
  name: string;
  /** The design node id this HEP belongs to. */
  nodeId: string;
  interfaceName?: string;
  expectedIPs: Addr[];
  labels: Readonly<Record<string, string>>;
  profiles: string[];
  ports: NamedPort[];
}

/** A GlobalNetworkSet (no namespace) or NetworkSet: CIDRs that rule selectors pick by label. */
export interface NetworkSetInfo {
  /** `GlobalNetworkSet/name` or `NetworkSet/namespace/name`. */
  resource: string;
  namespace?: string;
  namespaceLabels?: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  nets: Range[];
}

export interface ServicePortInfo {
  port: number;
  protocol: Protocol;
  targetPort: number | string;
  nodePort?: number;
}

export interface ServiceInfo {
  /** `namespace/name`. */
  key: string;
  namespace: string;
  clusterIP?: Addr;
  ports: ServicePortInfo[];
  selector: Readonly<Record<string, string>>;
  trafficPolicy: 'Cluster' | 'Local';
  /** NodePorts are programmed for these types only. */
  exposesNodePorts: boolean;
}

/** A pod kube-proxy may DNAT to for one service port, with the resolved target port. */
export interface Endpoint {
  pod: PodInfo;
  ip: Addr;
  port: number;
}

/** The tunnel device a node's encapsulated traffic uses (SEMANTICS.md §1.3: SNAT from tunnel IP). */
export function tunnelDeviceName(encapsulation: Design['cluster']['encapsulation']): string {
  return encapsulation === 'VXLAN' ? 'vxlan.calico' : 'tunl0';
}

function addrs(texts: readonly string[] | undefined): Addr[] {
  const out: Addr[] = [];
  for (const t of texts ?? []) {
    const a = toAddr(t);
    if (a) out.push(a);
  }
  return out;
}

/** Nodes with their interfaces and addresses. */
export function buildNodes(design: Design): NodeInfo[] {
  const encapsulated = design.cluster.encapsulation !== 'None';
  return design.nodes.map((n) => {
    const interfaces = n.interfaces.map((i) => ({ name: i.name, addrs: addrs(i.ips) }));
    const tunnelIp = n.tunnelIP === undefined ? undefined : toAddr(n.tunnelIP);
    const tunnel = encapsulated
      ? { name: tunnelDeviceName(design.cluster.encapsulation), addrs: tunnelIp ? [tunnelIp] : [] }
      : undefined;
    const addressSet = new Set<string>();
    for (const i of interfaces) for (const a of i.addrs) addressSet.add(a.text);
    if (tunnelIp) addressSet.add(tunnelIp.text);
    return {
      id: n.id,
      name: n.name,
      labels: n.labels,
      interfaces: tunnel ? [...interfaces, tunnel] : interfaces,
      ...(tunnel ? { tunnel } : {}),
      addressSet,
    };
  });
}

/**
 * The design has no namespace objects; Kubernetes labels every namespace with its name, and
 * Calico exposes namespace labels to namespaceSelector with `projectcalico.org/name` added.
 */
function namespaceLabelsOf(namespace: string): Record<string, string> {
  return { 'projectcalico.org/name': namespace, 'kubernetes.io/metadata.name': namespace };
}

/** Pods as Calico workload endpoints. */
export function buildPods(design: Design): PodInfo[] {
  return design.pods.map((p) => {
    const ip = p.ip === undefined ? undefined : toAddr(p.ip);
    return {
      id: p.id,
      key: `${p.namespace}/${p.name}`,
      name: p.name,
      namespace: p.namespace,
      nodeId: p.node,
      podLabels: p.labels,
      // Calico adds these to every workload endpoint, so GNP selectors can name a namespace.
      labels: {
        ...p.labels,
        'projectcalico.org/namespace': p.namespace,
        'projectcalico.org/orchestrator': 'k8s',
      },
      namespaceLabels: namespaceLabelsOf(p.namespace),
      ...(ip ? { ip } : {}),
      ports: (p.ports ?? []).flatMap((cp) =>
        cp.name === undefined
          ? []
          : [{ name: cp.name, port: cp.containerPort, protocol: protocolNumber(cp.protocol) }],
      ),
      veth: `veth:${p.namespace}/${p.name}`,
    };
  });
}

function resourceName(kind: string, name: string, namespace?: string): string {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}

/** HostEndpoints matched to design nodes; invalid or orphan ones become notes. */
export function buildHostEndpoints(
  resources: readonly Resource[],
  nodes: readonly NodeInfo[],
  notes: SimulationNote[],
): HepInfo[] {
  const heps: HepInfo[] = [];
  for (const r of resources) {
    if (r.kind !== 'HostEndpoint') continue;
    const hep: HostEndpoint = r;
    const resource = resourceName('HostEndpoint', hep.metadata.name);
    const spec = hep.spec ?? { node: '' };
    const interfaceName = spec.interfaceName === '' ? undefined : spec.interfaceName;
    const expectedIPs = addrs(spec.expectedIPs);
    if (interfaceName === undefined && expectedIPs.length === 0) {
      // Calico's validator needs interfaceName or expectedIPs to bind a HEP (SEMANTICS.md §2.1).
      notes.push({ resource, reason: 'rejectedHostEndpoint' });
      continue;
    }
    const node = nodes.find((n) => n.name === spec.node) ?? nodes.find((n) => n.id === spec.node);
    if (!node) {
      notes.push({ resource, reason: 'hostEndpointUnknownNode', params: { node: spec.node } });
      continue;
    }
    heps.push({
      name: hep.metadata.name,
      nodeId: node.id,
      ...(interfaceName === undefined ? {} : { interfaceName }),
      expectedIPs,
      labels: hep.metadata.labels ?? {},
      profiles: spec.profiles ?? [],
      ports: (spec.ports ?? []).map((p) => ({
        name: p.name,
        port: p.port,
        protocol: protocolNumber(p.protocol),
      })),
    });
  }
  return heps;
}

/**
 * GlobalNetworkSets and NetworkSets. Calico's validator refuses a set with an entry that is not a
 * CIDR (the `net` tag on `spec.nets`, VALIDATION.md), so such a set becomes a note and matches
 * nothing.
 */
export function buildNetworkSets(
  resources: readonly Resource[],
  notes: SimulationNote[],
): NetworkSetInfo[] {
  const out: NetworkSetInfo[] = [];
  for (const r of resources) {
    if (r.kind !== 'GlobalNetworkSet' && r.kind !== 'NetworkSet') continue;
    const namespace = r.kind === 'NetworkSet' ? (r.metadata.namespace ?? 'default') : undefined;
    const resource = resourceName(r.kind, r.metadata.name, namespace);
    const nets: Range[] = [];
    const texts: unknown = r.spec?.nets ?? [];
    const bad = Array.isArray(texts)
      ? texts.find((t) => {
          const range = typeof t === 'string' ? toRange(t) : undefined;
          if (range) nets.push(range);
          return range === undefined;
        })
      : texts;
    if (bad !== undefined) {
      notes.push({
        resource,
        reason: 'rejectedNetworkSet',
        params: { field: 'spec.nets', value: String(bad) },
      });
      continue;
    }
    out.push({
      resource,
      ...(namespace === undefined
        ? {}
        : { namespace, namespaceLabels: namespaceLabelsOf(namespace) }),
      labels: r.metadata.labels ?? {},
      nets,
    });
  }
  return out;
}

function fromKubeService(s: KubeService): ServiceInfo {
  const namespace = s.metadata.namespace ?? 'default';
  const ip = s.spec.clusterIP === undefined ? undefined : toAddr(s.spec.clusterIP);
  const type = s.spec.type ?? 'ClusterIP';
  return {
    key: `${namespace}/${s.metadata.name}`,
    namespace,
    ...(ip ? { clusterIP: ip } : {}),
    ports: s.spec.ports.map((p) => ({
      port: p.port,
      protocol: p.protocol ?? 'TCP',
      targetPort: p.targetPort ?? p.port,
      ...(p.nodePort === undefined ? {} : { nodePort: p.nodePort }),
    })),
    selector: s.spec.selector ?? {},
    trafficPolicy: s.spec.externalTrafficPolicy ?? 'Cluster',
    exposesNodePorts: type === 'NodePort' || type === 'LoadBalancer',
  };
}

/**
 * The services kube-proxy programs: the `Service` resources when the bundle holds Services (they are what
 * the cluster runs), else the design's services.
 */
export function buildServices(design: Design, resources: readonly Resource[]): ServiceInfo[] {
  const kube = resources.filter((r): r is KubeService => r.kind === 'Service');
  if (kube.length > 0) return kube.map(fromKubeService);
  return design.services.map((s) => {
    const ip = toAddr(s.clusterIP);
    return {
      key: `${s.namespace}/${s.name}`,
      namespace: s.namespace,
      ...(ip ? { clusterIP: ip } : {}),
      ports: s.ports.map((p) => ({
        port: p.port,
        protocol: p.protocol,
        targetPort: p.targetPort ?? p.port,
      })),
      selector: s.selector,
      trafficPolicy: effectiveTrafficPolicy(design, s),
      exposesNodePorts: false,
    };
  });
}

/**
 * The endpoints of one service port, in design order: pods with an IP in the service's namespace
 * whose labels carry every selector label, and which declare the port when `targetPort` is a name
 * (Kubernetes leaves a pod out of a port's endpoints when it lacks the named port).
 */
export function endpointsOf(
  service: ServiceInfo,
  port: ServicePortInfo,
  pods: readonly PodInfo[],
): Endpoint[] {
  const entries = Object.entries(service.selector);
  if (entries.length === 0) return [];
  const out: Endpoint[] = [];
  const proto = protocolNumber(port.protocol);
  for (const pod of pods) {
    const ip = pod.ip;
    if (!ip || pod.namespace !== service.namespace) continue;
    if (!entries.every(([k, v]) => pod.podLabels[k] === v)) continue;
    const target = resolveTargetPort(port.targetPort, pod, proto);
    if (target !== undefined) out.push({ pod, ip, port: target });
  }
  return out;
}

function resolveTargetPort(
  target: number | string,
  pod: PodInfo,
  proto: number,
): number | undefined {
  if (typeof target === 'number') return target;
  if (/^[0-9]+$/.test(target)) return Number(target);
  if (!isPortName(target)) return undefined;
  return pod.ports.find((p) => p.name === target && p.protocol === proto)?.port;
}
