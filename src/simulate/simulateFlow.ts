/**
 * The packet path of reference/calico/SEMANTICS.md §1.2, one hop per node crossed: untracked →
 * pre-DNAT → kube-proxy DNAT → INPUT or FORWARD (HEP forward ingress, workload egress, workload
 * ingress, HEP forward egress, service loop prevention) → POSTROUTING (masquerade), then the same
 * on the backend's node when it is remote, seeing the SNAT'd source (§1.3, §1.4).
 *
 * Pure: the same design, resources, flow and options always give the same result. Everything that
 * does not depend on the packet is computed once per Simulator; stage records and downstream hops
 * are memoised and shared between results (treat results as read-only).
 */
import {
  DEFAULT_FAILSAFE_INBOUND as CALICO_FAILSAFE_INBOUND,
  DEFAULT_FAILSAFE_OUTBOUND as CALICO_FAILSAFE_OUTBOUND,
} from '../calico/defaults';
import type { BGPConfiguration, Resource } from '../calico/types';
import { assertNever } from '../model/assertNever';
import type { Design } from '../model/design';
import { formatHostPort } from '../net/ip';
import {
  commonPrefixLength,
  inAnyRange,
  inRange,
  toAddr,
  toRange,
  type Addr,
  type Range,
} from '../net/range';
import {
  buildHostEndpoints,
  buildNetworkSets,
  buildNodes,
  buildPods,
  buildServices,
  endpointsOf,
  protocolNumber,
  type Endpoint,
  type HepInfo,
  type NodeInfo,
  type PodInfo,
  type ServiceInfo,
  type ServicePortInfo,
} from './cluster';
import {
  addressViewer,
  evaluateTiers,
  feedsChain,
  groupByTier,
  PolicyCompiler,
  SelectorCache,
  selectsHep,
  selectsPod,
  type ChainKind,
  type CompiledPolicy,
  type Direction,
  type Packet,
  type PolicyOutcome,
  type TierGroup,
} from './policies';
import { tierTable } from './tiers';
import { isDenial, Memo, record, toResult, type Tail } from './trace';
import {
  SimulationInputError,
  type EndpointToHostAction,
  type FailsafePort,
  type Flow,
  type FlowProtocol,
  type Hop,
  type PacketView,
  type ReasonCode,
  type ReasonParams,
  type SimulateOptions,
  type SimulationNote,
  type SimulationResult,
  type StageId,
  type StageRecord,
  type StageVerdict,
} from './types';

/** Felix's default `FailsafeInboundHostPorts` (SEMANTICS.md §2.5, C7), from src/calico. */
export const DEFAULT_FAILSAFE_INBOUND: readonly FailsafePort[] = CALICO_FAILSAFE_INBOUND;

/** Felix's default `FailsafeOutboundHostPorts` (SEMANTICS.md §2.5, C7), from src/calico. */
export const DEFAULT_FAILSAFE_OUTBOUND: readonly FailsafePort[] = CALICO_FAILSAFE_OUTBOUND;

/** The first IANA dynamic port: the source port when a flow names none. */
export const DEFAULT_SOURCE_PORT = 49152;

/** Profiles that allow everything: Calico's own, and the per-namespace `kns.*` ones (§2.3). */
function isAllowAllProfile(name: string): boolean {
  return name === 'projectcalico-default-allow' || name.startsWith('kns.');
}

interface FailsafeRule {
  protocol: number;
  port: number;
  net?: Range;
}

/** Where a packet that leaves a node goes next. */
interface Route {
  outIface: string;
  /** The address MASQUERADE would pick on the way out (SEMANTICS.md §1.3). */
  snatAddr?: Addr;
  next?: { node: NodeInfo; inIface: string };
}

/** A packet with its trace view and memo key, interned so equal packets are one object. */
interface SimPacket extends Packet {
  key: string;
  view: PacketView;
}

/** An endpoint's policies for one chain and direction; equal lists are one object (and memo). */
interface PolicyList {
  groups: TierGroup[];
}

/** A kube-proxy decision for one backend. */
interface NatChoice {
  record: StageRecord;
  pkt: SimPacket;
  backend: PodInfo;
  masquerade: boolean;
}

type NatOutcome =
  | { kind: 'none'; record: StageRecord }
  | { kind: 'deny'; record: StageRecord }
  | { kind: 'dnat'; choices: NatChoice[] };

/** What a hop needs to know about the flow so far. */
interface HopInput {
  node: NodeInfo;
  inIface: string;
  pkt: SimPacket;
  /** The pod the packet left through its veth, when it is on this node. */
  fromPod?: PodInfo;
  pinnedBackend?: PodInfo;
  backend?: PodInfo;
  /** kube-proxy DNAT'd the packet on the first node (knob-off traces need it). */
  dnatted: boolean;
}

/** Which raw/mangle policy already accepted the packet (SEMANTICS.md §2.3 short-cuts). */
type Accepted = 'untracked' | 'preDNAT' | undefined;

function protocolName(n: number): string {
  switch (n) {
    case 6:
      return 'TCP';
    case 17:
      return 'UDP';
    case 132:
      return 'SCTP';
    default:
      return String(n);
  }
}

function minByName<T extends { name: string }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const it of items) if (!best || it.name < best.name) best = it;
  return best;
}

function rangesOf(texts: readonly string[]): Range[] {
  const out: Range[] = [];
  for (const t of texts) {
    const r = toRange(t);
    if (r) out.push(r);
  }
  return out;
}

/** Felix skips a failsafe entry whose net does not parse (C3); a bare IP means that one host. */
function compileFailsafe(list: readonly FailsafePort[]): FailsafeRule[] {
  const out: FailsafeRule[] = [];
  for (const f of list) {
    const protocol = protocolNumber(f.protocol.toUpperCase() as FlowProtocol);
    let net: Range | undefined;
    if (f.net !== undefined) {
      const a = toAddr(f.net);
      net = a ? toRange(`${a.text}/${a.family === 4 ? 32 : 128}`) : toRange(f.net);
      if (!net) continue;
    }
    out.push({ protocol, port: f.port, ...(net ? { net } : {}) });
  }
  return out;
}

/** How a policy outcome without a rule verdict reads at one stage. */
interface Fallbacks {
  none: [StageVerdict, ReasonCode];
  fellThrough: [StageVerdict, ReasonCode];
  params?: ReasonParams;
}

function outcomeRecord(
  stage: StageId,
  outcome: PolicyOutcome,
  sees: PacketView,
  fb: Fallbacks,
): StageRecord {
  switch (outcome.kind) {
    case 'allow':
    case 'deny':
      return record(stage, outcome.kind, 'ruleMatched', sees, {
        policy: outcome.policy.display,
        ruleIndex: outcome.ruleIndex,
        params: { action: outcome.kind === 'allow' ? 'Allow' : 'Deny' },
      });
    case 'endOfTier':
      return record(stage, 'default-deny', 'endOfTier', sees, { params: { tier: outcome.tier } });
    case 'none':
      return record(stage, fb.none[0], fb.none[1], sees, fb.params ? { params: fb.params } : {});
    case 'fellThrough':
      return record(
        stage,
        fb.fellThrough[0],
        fb.fellThrough[1],
        sees,
        fb.params ? { params: fb.params } : {},
      );
    default:
      return assertNever(outcome, 'policy outcome');
  }
}

/** Every policy list a HostEndpoint may feed a packet through. */
const LIST_KINDS: readonly (readonly [ChainKind, Direction])[] = [
  ['untracked', 'ingress'],
  ['preDNAT', 'ingress'],
  ['normal', 'ingress'],
  ['normal', 'egress'],
  ['forward', 'ingress'],
  ['forward', 'egress'],
];

const NO_POLICY: PolicyOutcome = { kind: 'none' };
const NO_POLICY_LIST: PolicyList = { groups: [] };

/**
 * A simulator for one design and one resource bundle: bindings, selectors, policy order and
 * per-endpoint policy lists are computed once; flows are then cheap.
 */
export class Simulator {
  /** Resources the simulator ignored (Calico would reject them) or had to guess about. */
  readonly notes: SimulationNote[] = [];
  readonly nodes: readonly NodeInfo[];
  readonly pods: readonly PodInfo[];
  readonly services: readonly ServiceInfo[];
  private readonly policies: CompiledPolicy[];
  private readonly policyIndex = new Map<CompiledPolicy, number>();
  private readonly hepsByNode = new Map<string, HepInfo[]>();
  private readonly nodeById = new Map<string, NodeInfo>();
  private readonly nodeByAddr = new Map<string, NodeInfo>();
  private readonly podByIp = new Map<string, PodInfo>();
  private readonly podByRef = new Map<string, PodInfo>();
  private readonly servicesByIp = new Map<string, ServiceInfo[]>();
  private readonly podCidrs: Range[];
  private readonly loopCidrs: Range[];
  private readonly advertisedCidrs: Range[] | undefined;
  private readonly failsafe: FailsafeRule[];
  private readonly failsafeOut: FailsafeRule[];
  private readonly masquerade: boolean;
  private readonly endpointToHost: EndpointToHostAction;
  private readonly encapsulated: boolean;
  // Caches: all pure functions of their keys.
  private readonly addrCache = new Map<string, Addr | undefined>();
  /** Interned packets: src → dst → (ports, protocol) packed into one number. */
  private readonly packets = new Map<Addr, Map<Addr, Map<number, SimPacket>>>();
  private readonly bindings = new Memo<NodeInfo, { hep: HepInfo | undefined }>();
  private readonly lists = new Memo<HepInfo | PodInfo, PolicyList>();
  private readonly interned = new Map<string, PolicyList>();
  private readonly outcomes = new Memo<PolicyList, PolicyOutcome>();
  /** Records anchored on a policy list, a HEP, a failsafe entry, a pod or a route. */
  private readonly records = new Memo<object, StageRecord>();
  /** Records that depend on the packet only, keyed by (packet, stage, reason or detail). */
  private readonly packetRecords = new Memo<SimPacket, StageRecord>();
  private readonly endpointCache = new Map<ServicePortInfo, Endpoint[]>();
  private readonly addressKeys = new Map<string, string>();
  private readonly listIds = new Map<PolicyList, number>();
  private readonly backendKeys = new Map<string, string>();
  private readonly backendIds = new Map<string, string>();
  private viewer: ((a: Addr) => string) | undefined;
  private readonly routes = new Memo<NodeInfo, Route>();
  private readonly localRoutes = new Map<PodInfo, Route>();
  /** Downstream hops, by whether the flow was DNAT'd: [not DNAT'd, DNAT'd]. */
  private readonly tails = [new Memo<NodeInfo, Tail[]>(), new Memo<NodeInfo, Tail[]>()] as const;

  constructor(design: Design, resources: readonly Resource[], options: SimulateOptions = {}) {
    this.masquerade = options.kubeProxyMasquerade ?? true;
    this.endpointToHost = options.endpointToHostAction ?? 'Accept';
    this.encapsulated = design.cluster.encapsulation !== 'None';
    this.nodes = buildNodes(design);
    this.pods = buildPods(design);
    this.services = buildServices(design, resources);
    const heps = buildHostEndpoints(resources, this.nodes, this.notes);
    for (const n of this.nodes) {
      this.nodeById.set(n.id, n);
      for (const a of n.addressSet) this.nodeByAddr.set(a, n);
    }
    for (const h of heps) {
      const list = this.hepsByNode.get(h.nodeId) ?? [];
      list.push(h);
      this.hepsByNode.set(h.nodeId, list);
      for (const p of h.profiles) {
        if (!isAllowAllProfile(p)) {
          this.notes.push({
            resource: `HostEndpoint/${h.name}`,
            reason: 'unknownProfile',
            params: { profile: p },
          });
        }
      }
    }
    for (const p of this.pods) if (p.ip) this.podByIp.set(p.ip.text, p);
    // A reference names a pod by `namespace/name` first, then by id (the first of each wins).
    for (const p of this.pods) if (!this.podByRef.has(p.key)) this.podByRef.set(p.key, p);
    for (const p of this.pods) if (!this.podByRef.has(p.id)) this.podByRef.set(p.id, p);
    for (const s of this.services) {
      if (!s.clusterIP) continue;
      const list = this.servicesByIp.get(s.clusterIP.text) ?? [];
      list.push(s);
      this.servicesByIp.set(s.clusterIP.text, list);
    }
    const compiler = new PolicyCompiler(
      this.pods,
      heps,
      buildNetworkSets(resources, this.notes),
      new SelectorCache(),
      tierTable(resources, design.output.calicoVersion),
    );
    this.policies = compiler.compileAll(resources, this.notes);
    this.policies.forEach((p, i) => this.policyIndex.set(p, i));
    this.podCidrs = rangesOf(design.cluster.podCidrs);
    const bgp = resources.find(
      (r): r is BGPConfiguration => r.kind === 'BGPConfiguration' && r.metadata.name === 'default',
    );
    if (bgp) {
      const s = bgp.spec ?? {};
      const cidrs = (list: { cidr: string }[] | undefined) =>
        rangesOf((list ?? []).map((c) => c.cidr));
      this.advertisedCidrs = cidrs(s.serviceClusterIPs);
      // Felix blocks un-DNAT'd packets to every advertised service range (D25, C4 cali-cidr-block).
      this.loopCidrs = [
        ...this.advertisedCidrs,
        ...cidrs(s.serviceExternalIPs),
        ...cidrs(s.serviceLoadBalancerIPs),
      ];
    } else {
      // No BGPConfiguration in the bundle: the design's service CIDRs are taken as advertised.
      this.advertisedCidrs = undefined;
      this.loopCidrs = rangesOf(design.cluster.serviceCidrs);
    }
    this.failsafe = compileFailsafe(options.failsafeInboundHostPorts ?? DEFAULT_FAILSAFE_INBOUND);
    this.failsafeOut = compileFailsafe(
      options.failsafeOutboundHostPorts ?? DEFAULT_FAILSAFE_OUTBOUND,
    );
  }

  /** One result per eligible backend when the flow is DNAT'd and no backend is pinned, else one. */
  simulate(flow: Flow): SimulationResult[] {
    const dst = this.addr(flow.dst);
    if (!dst) throw new SimulationInputError('invalidAddress', { value: flow.dst });
    const protocol = protocolNumber(flow.protocol);
    const srcPort = flow.srcPort ?? DEFAULT_SOURCE_PORT;
    const pinned = flow.backend === undefined ? undefined : this.podOrThrow(flow.backend);
    let start: HopInput;
    if ('fromNode' in flow.via) {
      const node = this.nodeOrThrow(flow.via.fromNode);
      const src = flow.src === undefined ? this.hostSource(node, dst) : this.addr(flow.src);
      if (!src) throw new SimulationInputError('invalidAddress', { value: flow.src ?? '' });
      const pkt = this.packet(src, dst, srcPort, flow.port, protocol);
      return this.originate(node, pkt, pinned).map(toResult);
    }
    if ('pod' in flow.via) {
      const pod = this.podOrThrow(flow.via.pod);
      const node = this.nodeById.get(pod.nodeId);
      if (!node) throw new SimulationInputError('podOnUnknownNode', { pod: pod.key });
      const src = flow.src === undefined ? pod.ip : this.addr(flow.src);
      if (!src) {
        throw flow.src === undefined
          ? new SimulationInputError('podWithoutIp', { pod: pod.key })
          : new SimulationInputError('invalidAddress', { value: flow.src });
      }
      // A pod's packet enters its node through the pod's veth (SEMANTICS.md §2.4).
      start = {
        node,
        inIface: pod.veth,
        pkt: this.packet(src, dst, srcPort, flow.port, protocol),
        fromPod: pod,
        dnatted: false,
      };
    } else {
      const node = this.nodeOrThrow(flow.via.node);
      if (flow.src === undefined) throw new SimulationInputError('missingSource', {});
      const src = this.addr(flow.src);
      if (!src) throw new SimulationInputError('invalidAddress', { value: flow.src });
      start = {
        node,
        inIface: flow.via.iface,
        pkt: this.packet(src, dst, srcPort, flow.port, protocol),
        dnatted: false,
      };
    }
    if (pinned) start.pinnedBackend = pinned;
    return this.runHop(start).map(toResult);
  }

  /** True when BGP advertises this address as a service cluster IP (SEMANTICS.md §1.1). */
  isAdvertised(ip: string): boolean {
    if (this.advertisedCidrs === undefined) return true;
    const a = this.addr(ip);
    return a !== undefined && inAnyRange(this.advertisedCidrs, a);
  }

  /**
   * The nodes BGP steers an external flow to for this cluster IP (SEMANTICS.md §1.1): for a Local
   * service, the nodes hosting an endpoint (their /32 wins by longest prefix); otherwise every node.
   * Nodes labelled to be excluded from external load balancers advertise nothing.
   */
  entryNodes(clusterIP: string, port: number, protocol: FlowProtocol): NodeInfo[] {
    const candidates = this.nodes.filter(
      (n) => n.labels['node.kubernetes.io/exclude-from-external-load-balancers'] !== 'true',
    );
    const found = this.servicePort(clusterIP, port, protocol);
    if (!found || found.service.trafficPolicy !== 'Local') return candidates;
    const withEndpoints = new Set(
      this.endpoints(found.service, found.port).map((e) => e.pod.nodeId),
    );
    const local = candidates.filter((n) => withEndpoints.has(n.id));
    return local.length > 0 ? local : candidates;
  }

  /** True when kube-proxy DNATs this cluster IP port only to pods on the node the flow entered. */
  backendsLocalOnly(clusterIP: string, port: number, protocol: FlowProtocol): boolean {
    const found = this.servicePort(clusterIP, port, protocol);
    return found?.service.trafficPolicy === 'Local' && !this.masquerade;
  }

  /**
   * How every stage sees an address as a packet's source or destination: its family, the rules
   * that match it, the pod CIDRs, failsafe nets and service ranges that hold it, and whether a pod
   * or a Service owns it. Equal keys: no stage can tell the two addresses apart.
   */
  addressKey(a: Addr): string {
    let key = this.addressKeys.get(a.text);
    if (key === undefined) {
      this.viewer ??= addressViewer(this.policies);
      const bit = (b: boolean) => (b ? '1' : '0');
      const nets = (list: readonly FailsafeRule[]) =>
        list.map((f) => bit(f.net !== undefined && inRange(f.net, a))).join('');
      key = [
        a.family,
        this.viewer(a),
        bit(inAnyRange(this.podCidrs, a)),
        bit(inAnyRange(this.loopCidrs, a)),
        bit(this.advertisedCidrs === undefined || inAnyRange(this.advertisedCidrs, a)),
        nets(this.failsafe),
        nets(this.failsafeOut),
        bit(this.podByIp.has(a.text) || this.servicesByIp.has(a.text)),
      ].join('|');
      this.addressKeys.set(a.text, key);
    }
    return key;
  }

  /**
   * What a node shows a flow from outside that enters it, as a string: its interfaces in order
   * (name, tunnel or not, how every stage sees each address) and the HostEndpoint bound to each
   * (its policy list per chain and direction, whether a profile allows). Two nodes with equal keys
   * judge such a flow alike, up to their names and addresses. A node whose name another node
   * shares, or whose address is also a pod's or a cluster IP, gets a key of its own.
   */
  entryKey(nodeId: string): string {
    const node = this.nodeOrThrow(nodeId);
    const own = `#${node.id}`;
    if (this.nodes.some((n) => n !== node && n.name === node.name)) return own;
    for (const a of node.addressSet) {
      if (this.podByIp.has(a) || this.servicesByIp.has(a)) return own;
      if (this.nodeByAddr.get(a) !== node) return own;
    }
    return node.interfaces
      .map((i) => {
        const hep = this.bind(node, i.name);
        const lists = hep
          ? LIST_KINDS.map(([chain, dir]) => this.listId(this.hepList(hep, chain, dir))).join(',') +
            (hep.profiles.some(isAllowAllProfile) ? '+' : '-')
          : 'none';
        const addrs = i.addrs.map((a) => this.addressKey(a)).join(';');
        return `${i.name}/${i === node.tunnel ? 'T' : 'P'}/${addrs}/${lists}`;
      })
      .join(' ');
  }

  /**
   * The link from one node to another as a packet crossing it sees it: the interface it leaves by,
   * the one it arrives on, and how the next node's stages see the address it is masqueraded to.
   */
  linkKey(fromId: string, toId: string): string {
    const r = this.link(this.nodeOrThrow(fromId), this.nodeOrThrow(toId));
    const snat = r.snatAddr ? this.addressKey(r.snatAddr) : '';
    return `${r.outIface}>${r.next?.inIface ?? ''}@${snat}`;
  }

  /**
   * What a backend pod shows a flow DNAT'd to it on its own node: its namespace, its policy lists,
   * how every stage sees its address (and whether a node holds it too), its named ports, and the
   * HostEndpoint lists of its veth. Pods with equal keys on nodes with equal entry keys judge such
   * a flow alike, up to their names.
   */
  backendKey(ref: string): string {
    let key = this.backendKeys.get(ref);
    if (key === undefined) {
      const pod = this.podOrThrow(ref);
      const node = this.nodeById.get(pod.nodeId);
      const hep = node ? this.bind(node, pod.veth) : undefined;
      const vethLists = hep
        ? LIST_KINDS.map(([chain, dir]) => this.listId(this.hepList(hep, chain, dir))).join(',')
        : 'none';
      key = [
        pod.namespace,
        this.listId(this.podList(pod, 'ingress')),
        this.listId(this.podList(pod, 'egress')),
        pod.ip ? `${this.addressKey(pod.ip)}|${this.nodeByAddr.has(pod.ip.text) ? 'N' : ''}` : '-',
        pod.ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).join(','),
        vethLists,
      ].join('#');
      // Interned to a short name: callers build memo keys from it many times over.
      let id = this.backendIds.get(key);
      if (id === undefined) {
        id = `b${this.backendIds.size}`;
        this.backendIds.set(key, id);
      }
      key = id;
      this.backendKeys.set(ref, key);
    }
    return key;
  }

  private listId(list: PolicyList): number {
    let id = this.listIds.get(list);
    if (id === undefined) {
      id = this.listIds.size;
      this.listIds.set(list, id);
    }
    return id;
  }

  private servicePort(
    ip: string,
    port: number,
    protocol: FlowProtocol,
  ): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    for (const service of this.servicesByIp.get(this.addr(ip)?.text ?? ip) ?? []) {
      const p = service.ports.find((sp) => sp.port === port && sp.protocol === protocol);
      if (p) return { service, port: p };
    }
    return undefined;
  }

  /** Parses an address once per distinct text (the matrix asks for the same few thousand). */
  private addr(text: string): Addr | undefined {
    if (this.addrCache.has(text)) return this.addrCache.get(text);
    const a = toAddr(text);
    this.addrCache.set(text, a);
    return a;
  }

  /**
   * The one packet object for these values. Addresses come from caches (parsed flow input, pod and
   * interface addresses), so keying by object finds equal packets without building a string.
   */
  private packet(
    src: Addr,
    dst: Addr,
    srcPort: number,
    dstPort: number,
    protocol: number,
  ): SimPacket {
    let bySrc = this.packets.get(src);
    if (!bySrc) {
      bySrc = new Map();
      this.packets.set(src, bySrc);
    }
    let byDst = bySrc.get(dst);
    if (!byDst) {
      byDst = new Map();
      bySrc.set(dst, byDst);
    }
    // 16 + 16 + 8 bits: exact in a double.
    const n = (dstPort * 65536 + srcPort) * 256 + protocol;
    let p = byDst.get(n);
    if (!p) {
      p = {
        src,
        dst,
        srcPort,
        dstPort,
        protocol,
        key: `${src.text}|${srcPort}|${dst.text}|${dstPort}|${protocol}`,
        view: { src: src.text, dst: dst.text, port: dstPort, protocol: protocolName(protocol) },
      };
      byDst.set(n, p);
    }
    return p;
  }

  private nodeOrThrow(ref: string): NodeInfo {
    const node = this.nodeById.get(ref) ?? this.nodes.find((n) => n.name === ref);
    if (!node) throw new SimulationInputError('unknownNode', { node: ref });
    return node;
  }

  private podOrThrow(ref: string): PodInfo {
    const pod = this.podByRef.get(ref);
    if (!pod) throw new SimulationInputError('unknownPod', { pod: ref });
    return pod;
  }

  // ---------------------------------------------------------------------------------------------
  // Bindings and policy lists (computed once per endpoint)

  /**
   * The HEP Felix binds to an interface (SEMANTICS.md §2.1, C6): a HEP naming the interface, or,
   * without interfaceName, one whose expectedIPs include an interface address; alphabetically
   * first wins; else the node's `*` HEP, which also claims pod veths (§2.4).
   */
  private bind(node: NodeInfo, ifaceName: string): HepInfo | undefined {
    return this.bindings.get(node, ifaceName, '', () => ({
      hep: this.resolveBinding(node, ifaceName),
    })).hep;
  }

  private resolveBinding(node: NodeInfo, ifaceName: string): HepInfo | undefined {
    const heps = this.hepsByNode.get(node.id) ?? [];
    const addrs = node.interfaces.find((i) => i.name === ifaceName)?.addrs ?? [];
    const named = heps.filter((h) =>
      h.interfaceName === undefined
        ? h.expectedIPs.some((ip) => addrs.some((a) => a.text === ip.text))
        : h.interfaceName !== '*' && h.interfaceName === ifaceName,
    );
    return minByName(named) ?? minByName(heps.filter((h) => h.interfaceName === '*'));
  }

  private hepList(hep: HepInfo, chain: ChainKind, dir: Direction): PolicyList {
    return this.lists.get(hep, chain, dir, () =>
      this.intern(
        this.policies.filter((p) => feedsChain(p, chain) && selectsHep(p, hep)),
        chain,
        dir,
      ),
    );
  }

  /** Pods get only the normal list: pre-DNAT and untracked policy never applies to them (§2.1). */
  private podList(pod: PodInfo, dir: Direction): PolicyList {
    return this.lists.get(pod, 'normal', dir, () =>
      this.intern(
        this.policies.filter((p) => feedsChain(p, 'normal') && selectsPod(p, pod)),
        'normal',
        dir,
      ),
    );
  }

  /** Endpoints selected by the same policies share one list, so their verdicts are memoised once. */
  private intern(selected: CompiledPolicy[], chain: ChainKind, dir: Direction): PolicyList {
    const groups = groupByTier(selected, dir);
    if (groups.length === 0) return NO_POLICY_LIST;
    const ids = groups.flatMap((g) => g.policies.map((p) => this.policyIndex.get(p)));
    const key = `${chain}|${dir}|${ids.join(',')}`;
    let list = this.interned.get(key);
    if (!list) {
      list = { groups };
      this.interned.set(key, list);
    }
    return list;
  }

  /** evaluateTiers, memoised per (list, packet): an interned list fixes chain and direction. */
  private evaluate(
    list: PolicyList,
    dir: Direction,
    chain: ChainKind,
    pkt: SimPacket,
  ): PolicyOutcome {
    if (list.groups.length === 0) return NO_POLICY;
    return this.outcomes.get(list, '', pkt.key, () => evaluateTiers(list.groups, dir, chain, pkt));
  }

  private endpoints(service: ServiceInfo, port: ServicePortInfo): Endpoint[] {
    let eps = this.endpointCache.get(port);
    if (!eps) {
      eps = endpointsOf(service, port, this.pods);
      this.endpointCache.set(port, eps);
    }
    return eps;
  }

  /** Inbound entries limit the source address; outbound ones the destination (C7). */
  private failsafeMatch(pkt: Packet, outbound = false): FailsafeRule | undefined {
    const list = outbound ? this.failsafeOut : this.failsafe;
    const peer = outbound ? pkt.dst : pkt.src;
    for (const f of list) {
      if (
        f.protocol === pkt.protocol &&
        f.port === pkt.dstPort &&
        (f.net === undefined || inRange(f.net, peer))
      ) {
        return f;
      }
    }
    return undefined;
  }

  /** A record that depends only on the packet, shared by every flow that carries it. */
  private packetRecord(
    pkt: SimPacket,
    stage: StageId,
    verdict: StageVerdict | undefined,
    reason: ReasonCode,
    detail = '',
    params?: ReasonParams,
  ): StageRecord {
    return this.packetRecords.get(pkt, stage, detail === '' ? reason : detail, () =>
      record(stage, verdict, reason, pkt.view, params ? { params } : {}),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // The hop

  private runHop(h: HopInput): Tail[] {
    const { node, pkt } = h;
    const hep = this.bind(node, h.inIface);
    const un = this.untrackedStage(hep, pkt);
    if (isDenial(un)) return [this.finish(h, [un], true)];
    let accepted: Accepted = un.verdict === 'allow' ? 'untracked' : undefined;
    const pre = accepted ? this.skipped(pkt, 'preDNAT', 'untracked') : this.preDnatStage(hep, pkt);
    if (isDenial(pre)) return [this.finish(h, [un, pre], true)];
    if (pre.verdict === 'allow') accepted = 'preDNAT';
    const nat = this.kubeProxy(h, accepted === 'untracked');
    switch (nat.kind) {
      case 'none':
        return this.afterNat(h, [un, pre, nat.record], pkt, accepted, false);
      case 'deny':
        return [this.finish(h, [un, pre, nat.record], true)];
      case 'dnat': {
        const tails: Tail[] = [];
        for (const c of nat.choices) {
          const hc: HopInput = {
            node,
            inIface: h.inIface,
            pkt: c.pkt,
            backend: c.backend,
            dnatted: true,
          };
          if (h.fromPod) hc.fromPod = h.fromPod;
          for (const t of this.afterNat(hc, [un, pre, c.record], c.pkt, accepted, c.masquerade)) {
            tails.push(t);
          }
        }
        return tails;
      }
      default:
        return assertNever(nat, 'NAT outcome');
    }
  }

  /** Everything after kube-proxy on one node; `stages` is owned by this call. */
  private afterNat(
    h: HopInput,
    stages: StageRecord[],
    pkt: SimPacket,
    accepted: Accepted,
    masquerade: boolean,
  ): Tail[] {
    const { node } = h;
    const hep = this.bind(node, h.inIface);
    // 4a: the destination is this host (SEMANTICS.md §1.2).
    if (node.addressSet.has(pkt.dst.text)) {
      if (h.fromPod) {
        // Pod → own host: Felix applies the pod's egress policy, then DefaultEndpointToHostAction.
        const we = this.workloadStage('workloadEgress', h.fromPod, 'egress', pkt);
        stages.push(we);
        if (isDenial(we)) return [this.finish(h, stages, true)];
        const eh = this.endpointToHostStage(pkt);
        stages.push(eh);
        return [this.finish(h, stages, isDenial(eh))];
      }
      const input = this.inputStage(hep, pkt, accepted);
      stages.push(input);
      return [this.finish(h, stages, isDenial(input))];
    }
    // 4b: forwarded, (i) to (v) in the order of §1.2.
    const fi = this.forwardStage('hostEndpointForwardIngress', hep, 'ingress', pkt, accepted);
    stages.push(fi);
    if (isDenial(fi)) return [this.finish(h, stages, true)];
    const we = h.fromPod
      ? this.workloadStage('workloadEgress', h.fromPod, 'egress', pkt)
      : this.packetRecord(pkt, 'workloadEgress', 'not-applicable', 'notFromLocalPod');
    stages.push(we);
    if (isDenial(we)) return [this.finish(h, stages, true)];
    const dstPod = this.podByIp.get(pkt.dst.text);
    const localPod = dstPod && dstPod.nodeId === node.id ? dstPod : undefined;
    const route = localPod ? this.localRoute(node, localPod) : this.route(node, pkt.dst);
    const wi = localPod
      ? this.workloadStage('workloadIngress', localPod, 'ingress', pkt)
      : this.packetRecord(pkt, 'workloadIngress', 'not-applicable', 'notToLocalPod');
    stages.push(wi);
    if (isDenial(wi)) return [this.finish(h, stages, true)];
    // The egress HEP of a pod's veth is the `*` HEP; Felix applies its forward policy too (C5:
    // only the normal, non-forward dispatch skips local workloads).
    const outHep = this.bind(node, route.outIface);
    const fe = this.forwardStage('hostEndpointForwardEgress', outHep, 'egress', pkt, undefined);
    stages.push(fe);
    if (isDenial(fe)) return [this.finish(h, stages, true)];
    const loop = this.loopStage(pkt);
    stages.push(loop);
    if (isDenial(loop)) return [this.finish(h, stages, true)];
    const post = this.postrouting(h, pkt, masquerade, route, localPod !== undefined);
    stages.push(post.record);
    const next = route.next;
    if (!next) return [this.finish(h, stages, false)];
    const thisHop: Hop = { node: node.name, in: h.inIface, stages };
    const nextPkt =
      post.src === pkt.src
        ? pkt
        : this.packet(post.src, pkt.dst, pkt.srcPort, pkt.dstPort, pkt.protocol);
    // The next node sees only the packet (after SNAT usually the same for every client), so its
    // hops are computed once per packet and shared by every flow that leads there.
    const rest = this.tails[h.dnatted ? 1 : 0].get(next.node, next.inIface, nextPkt.key, () =>
      this.runHop({ node: next.node, inIface: next.inIface, pkt: nextPkt, dnatted: h.dnatted }),
    );
    const backend = h.backend;
    return rest.map((t) => {
      const tail: Tail = { hops: [thisHop, ...t.hops], denied: t.denied };
      const b = backend ?? t.backend;
      if (b) tail.backend = b;
      return tail;
    });
  }

  private finish(h: HopInput, stages: StageRecord[], denied: boolean): Tail {
    const tail: Tail = { hops: [{ node: h.node.name, in: h.inIface, stages }], denied };
    if (h.backend) tail.backend = h.backend;
    return tail;
  }

  // ---------------------------------------------------------------------------------------------
  // Traffic a node's host starts

  /**
   * The source address the kernel gives a host socket: that of the route towards the destination
   * (the tunnel IP towards a remote pod when encapsulated, SEMANTICS.md §1.3), else the node's
   * first address of the destination's family.
   */
  private hostSource(node: NodeInfo, dst: Addr): Addr {
    if (node.addressSet.has(dst.text)) return dst;
    const local = this.podByIp.get(dst.text);
    const route =
      local && local.nodeId === node.id ? this.localRoute(node, local) : this.route(node, dst);
    const fromRoute = route.snatAddr?.family === dst.family ? route.snatAddr : undefined;
    const first = node.interfaces.flatMap((i) => i.addrs).find((a) => a.family === dst.family);
    const src = fromRoute ?? first;
    if (!src)
      throw new SimulationInputError('nodeWithoutAddress', { node: node.name, family: dst.family });
    return src;
  }

  /**
   * A packet a node's host sends (nat OUTPUT, then filter OUTPUT): kube-proxy DNATs a cluster IP
   * and marks off-cluster sources for masquerade in OUTPUT as in PREROUTING (§1.3); then the
   * normal egress policy of the HEP on the way out. Host → a pod on the same node is never
   * policed (DATAPLANES.md §1.4, C-INPUT); anything else continues on the next node as usual.
   */
  private originate(node: NodeInfo, pkt: SimPacket, pinned: PodInfo | undefined): Tail[] {
    const h: HopInput = { node, inIface: 'host', pkt, dnatted: false };
    if (pinned) h.pinnedBackend = pinned;
    const nat = this.kubeProxy(h, false);
    switch (nat.kind) {
      case 'none':
        return this.fromHost(h, [nat.record], pkt, false);
      case 'deny':
        return [this.finish(h, [nat.record], true)];
      case 'dnat':
        return nat.choices.flatMap((c) =>
          this.fromHost({ ...h, backend: c.backend }, [c.record], c.pkt, c.masquerade),
        );
      default:
        return assertNever(nat, 'NAT outcome');
    }
  }

  private fromHost(
    h: HopInput,
    stages: StageRecord[],
    pkt: SimPacket,
    masquerade: boolean,
  ): Tail[] {
    const { node } = h;
    if (node.addressSet.has(pkt.dst.text)) {
      stages.push(this.packetRecord(pkt, 'hostEndpointOutput', 'not-applicable', 'localDelivery'));
      return [this.finish(h, stages, false)];
    }
    const dstPod = this.podByIp.get(pkt.dst.text);
    if (dstPod && dstPod.nodeId === node.id) {
      stages.push(
        this.packetRecord(pkt, 'hostEndpointOutput', 'default-allow', 'hostToLocalWorkload'),
      );
      return [this.finish(h, stages, false)];
    }
    const route = this.route(node, pkt.dst);
    const out = this.outputStage(this.bind(node, route.outIface), pkt);
    stages.push(out);
    if (isDenial(out)) return [this.finish(h, stages, true)];
    // The origin holds the DNAT state and is the reply's destination, so no reply bypass here.
    const post = this.postrouting({ ...h, dnatted: false }, pkt, masquerade, route, false);
    stages.push(post.record);
    const next = route.next;
    if (!next) return [this.finish(h, stages, false)];
    const thisHop: Hop = { node: node.name, in: h.inIface, stages };
    const nextPkt =
      post.src === pkt.src
        ? pkt
        : this.packet(post.src, pkt.dst, pkt.srcPort, pkt.dstPort, pkt.protocol);
    const rest = this.tails[0].get(next.node, next.inIface, nextPkt.key, () =>
      this.runHop({ node: next.node, inIface: next.inIface, pkt: nextPkt, dnatted: false }),
    );
    return rest.map((t) => {
      const tail: Tail = { hops: [thisHop, ...t.hops], denied: t.denied };
      const b = h.backend ?? t.backend;
      if (b) tail.backend = b;
      return tail;
    });
  }

  /** filter OUTPUT: outbound failsafe, the HEP's normal egress policy, then its profiles (§2.3). */
  private outputStage(hep: HepInfo | undefined, pkt: SimPacket): StageRecord {
    if (!hep) {
      return this.packetRecord(pkt, 'hostEndpointOutput', 'not-applicable', 'noHostEndpoint');
    }
    const fs = this.failsafeMatch(pkt, true);
    if (fs) {
      return this.records.get(fs, 'hostEndpointOutput', pkt.key, () =>
        record('hostEndpointOutput', 'failsafe-allow', 'failsafeOutboundPort', pkt.view, {
          params: { protocol: protocolName(fs.protocol), port: fs.port },
        }),
      );
    }
    return this.records.get(hep, 'hostEndpointOutput', pkt.key, () => {
      const outcome = this.evaluate(this.hepList(hep, 'normal', 'egress'), 'egress', 'normal', pkt);
      if (outcome.kind === 'none' || outcome.kind === 'fellThrough') {
        const profile = hep.profiles.find(isAllowAllProfile);
        if (profile !== undefined) {
          return record('hostEndpointOutput', 'default-allow', 'profileAllows', pkt.view, {
            params: { profile },
          });
        }
      }
      return outcomeRecord('hostEndpointOutput', outcome, pkt.view, {
        none: ['default-deny', 'hostEndpointNoEgressPolicy'],
        fellThrough: ['default-deny', 'noProfileAllows'],
        params: { hostEndpoint: hep.name },
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Stages

  private skipped(pkt: SimPacket, stage: StageId, by: 'untracked' | 'preDNAT'): StageRecord {
    return this.packetRecords.get(pkt, stage, by, () =>
      record(stage, 'skipped-already-accepted', 'alreadyAccepted', pkt.view, { params: { by } }),
    );
  }

  private failsafeRecord(stage: StageId, pkt: SimPacket, fs: FailsafeRule): StageRecord {
    return this.records.get(fs, stage, pkt.key, () =>
      record(stage, 'failsafe-allow', 'failsafePort', pkt.view, {
        params: {
          protocol: protocolName(fs.protocol),
          port: fs.port,
          ...(fs.net ? { net: fs.net.text } : {}),
        },
      }),
    );
  }

  /** raw PREROUTING (SEMANTICS.md §1.2 row 1): failsafe, then untracked policy; no default drop. */
  private untrackedStage(hep: HepInfo | undefined, pkt: SimPacket): StageRecord {
    if (!hep) return this.packetRecord(pkt, 'untracked', 'not-applicable', 'noHostEndpoint');
    const list = this.hepList(hep, 'untracked', 'ingress');
    if (list.groups.length === 0) {
      return this.packetRecord(pkt, 'untracked', 'not-applicable', 'noPolicySelects');
    }
    // Felix ignores doNotTrack policy on a `*` HEP (SEMANTICS.md §2.4, C6).
    if (hep.interfaceName === '*') {
      return this.records.get(hep, 'untracked', pkt.key, () =>
        record('untracked', 'not-applicable', 'untrackedIgnoredOnWildcard', pkt.view, {
          params: { hostEndpoint: hep.name },
        }),
      );
    }
    const fs = this.failsafeMatch(pkt);
    if (fs) return this.failsafeRecord('untracked', pkt, fs);
    return this.records.get(list, 'untracked', pkt.key, () =>
      outcomeRecord('untracked', this.evaluate(list, 'ingress', 'untracked', pkt), pkt.view, {
        none: ['pass-through', 'untrackedNoDefaultDrop'],
        fellThrough: ['pass-through', 'untrackedNoDefaultDrop'],
      }),
    );
  }

  /** mangle PREROUTING (§1.2 row 2): failsafe, then pre-DNAT policy; no default drop (§2.3 c). */
  private preDnatStage(hep: HepInfo | undefined, pkt: SimPacket): StageRecord {
    if (!hep) return this.packetRecord(pkt, 'preDNAT', 'not-applicable', 'noHostEndpoint');
    const list = this.hepList(hep, 'preDNAT', 'ingress');
    if (list.groups.length === 0) {
      return this.packetRecord(pkt, 'preDNAT', 'pass-through', 'noPolicySelects');
    }
    // The failsafe jump heads the mangle HEP chain and ignores the destination address, so a
    // cluster IP on a failsafe port skips pre-DNAT policy, Deny included (§2.5, C3).
    const fs = this.failsafeMatch(pkt);
    if (fs) return this.failsafeRecord('preDNAT', pkt, fs);
    return this.records.get(list, 'preDNAT', pkt.key, () =>
      outcomeRecord('preDNAT', this.evaluate(list, 'ingress', 'preDNAT', pkt), pkt.view, {
        none: ['pass-through', 'preDnatNoDefaultDrop'],
        fellThrough: ['pass-through', 'preDnatNoDefaultDrop'],
      }),
    );
  }

  /** filter INPUT (§1.2 row 4a): already accepted, failsafe, normal HEP policy, then profiles. */
  private inputStage(hep: HepInfo | undefined, pkt: SimPacket, accepted: Accepted): StageRecord {
    if (!hep)
      return this.packetRecord(pkt, 'hostEndpointInput', 'not-applicable', 'noHostEndpoint');
    if (accepted) return this.skipped(pkt, 'hostEndpointInput', accepted);
    const fs = this.failsafeMatch(pkt);
    if (fs) return this.failsafeRecord('hostEndpointInput', pkt, fs);
    return this.records.get(hep, 'hostEndpointInput', pkt.key, () => {
      const list = this.hepList(hep, 'normal', 'ingress');
      const outcome = this.evaluate(list, 'ingress', 'normal', pkt);
      if (outcome.kind === 'none' || outcome.kind === 'fellThrough') {
        // No verdict from policy: the HEP's profiles decide; none by default, so deny (§2.3 a, b').
        const profile = hep.profiles.find(isAllowAllProfile);
        if (profile !== undefined) {
          return record('hostEndpointInput', 'default-allow', 'profileAllows', pkt.view, {
            params: { profile },
          });
        }
      }
      return outcomeRecord('hostEndpointInput', outcome, pkt.view, {
        none: ['default-deny', 'hostEndpointNoPolicy'],
        fellThrough: ['default-deny', 'noProfileAllows'],
        params: { hostEndpoint: hep.name },
      });
    });
  }

  /** Pod → its own host: Felix's DefaultEndpointToHostAction, after the pod's egress policy. */
  private endpointToHostStage(pkt: SimPacket): StageRecord {
    switch (this.endpointToHost) {
      case 'Accept':
        return this.packetRecord(pkt, 'hostEndpointInput', 'default-allow', 'endpointToHostAccept');
      case 'Drop':
        return this.packetRecord(pkt, 'hostEndpointInput', 'default-deny', 'endpointToHostDrop');
      case 'Return':
        // Felix RETURNs to the kernel's INPUT chain, past its own HEP dispatch (C4).
        return this.packetRecord(pkt, 'hostEndpointInput', 'default-allow', 'endpointToHostReturn');
      default:
        return assertNever(this.endpointToHost, 'endpoint-to-host action');
    }
  }

  /**
   * filter FORWARD, HEP side (§1.2 row 4b i, iv): apply-on-forward policy of the arrival (ingress)
   * or departure (egress) interface. No failsafe here; no policy means allowed (§2.3 a). Ingress is
   * skipped after an untracked/pre-DNAT Allow, egress is not (§2.3, C4).
   */
  private forwardStage(
    stage: 'hostEndpointForwardIngress' | 'hostEndpointForwardEgress',
    hep: HepInfo | undefined,
    dir: Direction,
    pkt: SimPacket,
    accepted: Accepted,
  ): StageRecord {
    if (!hep) return this.packetRecord(pkt, stage, 'not-applicable', 'noHostEndpoint');
    if (accepted) return this.skipped(pkt, stage, accepted);
    const list = this.hepList(hep, 'forward', dir);
    if (list.groups.length === 0) {
      return this.packetRecord(pkt, stage, 'default-allow', 'noForwardPolicy');
    }
    return this.records.get(list, stage, pkt.key, () =>
      outcomeRecord(stage, this.evaluate(list, dir, 'forward', pkt), pkt.view, {
        none: ['default-allow', 'noForwardPolicy'],
        // Forward chains have no profiles and no final drop: a packet every tier passed falls back
        // to the kernel's FORWARD chain (C3).
        fellThrough: ['default-allow', 'forwardPassFallsThrough'],
      }),
    );
  }

  /** Workload policy (§1.2 row 4b ii, iii): a pod without policy is allowed (§2.3 a). */
  private workloadStage(
    stage: 'workloadEgress' | 'workloadIngress',
    pod: PodInfo,
    dir: Direction,
    pkt: SimPacket,
  ): StageRecord {
    const list = this.podList(pod, dir);
    if (list.groups.length === 0) {
      return this.packetRecord(pkt, stage, 'default-allow', 'noPolicySelects');
    }
    const outcome = this.evaluate(list, dir, 'normal', pkt);
    if (outcome.kind === 'fellThrough') {
      // Every tier passed: the namespace profile allows (§2.3 b'); it names the pod's namespace.
      return this.records.get(pod, stage, pkt.key, () =>
        record(stage, 'default-allow', 'profileAllows', pkt.view, {
          params: { profile: `kns.${pod.namespace}` },
        }),
      );
    }
    return this.records.get(list, stage, pkt.key, () =>
      outcomeRecord(stage, outcome, pkt.view, {
        none: ['default-allow', 'noPolicySelects'],
        fellThrough: ['default-allow', 'profileAllows'],
      }),
    );
  }

  /** End of filter FORWARD: Felix drops un-DNAT'd packets to advertised service ranges (§1.2). */
  private loopStage(pkt: SimPacket): StageRecord {
    const hit = this.loopCidrs.find((r) => inRange(r, pkt.dst));
    return hit
      ? this.packetRecord(pkt, 'serviceLoopPrevention', 'deny', 'notDnatted', '', {
          cidr: hit.text,
        })
      : this.packetRecord(pkt, 'serviceLoopPrevention', 'pass-through', 'notServiceCidr');
  }

  /**
   * kube-proxy in nat PREROUTING (§1.2 row 3, §1.3): DNAT a cluster IP (or a NodePort on a local
   * address) to one endpoint, and mark off-cluster sources for masquerade.
   */
  private kubeProxy(h: HopInput, untracked: boolean): NatOutcome {
    const { pkt, node } = h;
    const none = (reason: ReasonCode, params?: ReasonParams): NatOutcome => ({
      kind: 'none',
      record: this.packetRecord(pkt, 'serviceNAT', 'not-applicable', reason, '', params),
    });
    // An untracked (NOTRACK) packet never reaches the nat table: conntrack does NAT (§1.2).
    if (untracked) return none('untrackedSkipsNat');
    const proto = protocolName(pkt.protocol);
    let found: { service: ServiceInfo; port: ServicePortInfo; nodePort: boolean } | undefined;
    const byIp = this.servicesByIp.get(pkt.dst.text);
    if (byIp) {
      for (const service of byIp) {
        const port = service.ports.find((p) => p.port === pkt.dstPort && p.protocol === proto);
        if (port) {
          found = { service, port, nodePort: false };
          break;
        }
      }
      if (!found) return none('servicePortNotFound', { service: byIp[0]?.key ?? '' });
    } else if (node.addressSet.has(pkt.dst.text)) {
      for (const service of this.services) {
        if (!service.exposesNodePorts) continue;
        const port = service.ports.find((p) => p.nodePort === pkt.dstPort && p.protocol === proto);
        if (port) {
          found = { service, port, nodePort: true };
          break;
        }
      }
    }
    if (!found) return none('notAServiceAddress');
    const { service, port, nodePort } = found;
    const deny = (reason: ReasonCode, params: ReasonParams): NatOutcome => ({
      kind: 'deny',
      record: record('serviceNAT', 'deny', reason, pkt.view, { params }),
    });
    const all = this.endpoints(service, port);
    // kube-proxy rejects traffic to a service port without endpoints.
    if (all.length === 0) return deny('noEndpoints', { service: service.key });
    // externalTrafficPolicy governs NodePorts; for cluster IPs only the knob-off picture applies it
    // (§1.3: kube-proxy has no Local policy for cluster-IP traffic; §1.4 row 2 is the docs' view).
    const localOnly = service.trafficPolicy === 'Local' && (nodePort || !this.masquerade);
    const eligible = localOnly ? all.filter((e) => e.pod.nodeId === node.id) : all;
    if (eligible.length === 0) return deny('noLocalEndpoints', { service: service.key });
    let chosen = eligible;
    const pinned = h.pinnedBackend;
    if (pinned) {
      chosen = eligible.filter((e) => e.pod === pinned);
      if (chosen.length === 0) {
        return deny('backendNotEligible', { service: service.key, backend: pinned.key });
      }
    }
    // kube-proxy marks off-cluster sources (not in the cluster CIDR) for masquerade (§1.3, K3);
    // a Cluster-policy NodePort masquerades every external source, a Local one none (K1).
    const offCluster = !inAnyRange(this.podCidrs, pkt.src);
    const marked = nodePort
      ? this.masquerade && service.trafficPolicy === 'Cluster'
      : this.masquerade && offCluster;
    return {
      kind: 'dnat',
      choices: chosen.map((e) => {
        // Hairpin: a pod reaching itself through its service is always masqueraded.
        const masquerade = marked || e.ip.text === pkt.src.text;
        const rec = this.records.get(e.pod, masquerade ? 'masq' : 'plain', pkt.key, () =>
          record('serviceNAT', undefined, masquerade ? 'dnatMarkMasquerade' : 'dnat', pkt.view, {
            params: {
              service: service.key,
              from: formatHostPort(pkt.dst.text, pkt.dstPort),
              to: formatHostPort(e.ip.text, e.port),
              backend: e.pod.key,
            },
          }),
        );
        return {
          record: rec,
          pkt: this.packet(pkt.src, e.ip, pkt.srcPort, e.port, pkt.protocol),
          backend: e.pod,
          masquerade,
        };
      }),
    };
  }

  /** nat POSTROUTING (§1.2 row 5): MASQUERADE marked packets to the egress address (§1.3). */
  private postrouting(
    h: HopInput,
    pkt: SimPacket,
    masquerade: boolean,
    route: Route,
    toLocalPod: boolean,
  ): { record: StageRecord; src: Addr } {
    const snat = route.snatAddr;
    if (masquerade && snat) {
      const rec = this.records.get(route, 'snat', pkt.key, () =>
        record('postrouting', undefined, 'snatMasquerade', pkt.view, {
          params: { address: snat.text },
        }),
      );
      return { record: rec, src: snat };
    }
    if (!this.masquerade && h.dnatted && !inAnyRange(this.podCidrs, pkt.src)) {
      // §1.4 last row: the remote backend replies straight to the client, bypassing the node that
      // holds the DNAT state, so the connection breaks even though policy allowed it.
      const reason = toLocalPod || !route.next ? 'noSnatKnobOff' : 'noSnatReplyBypass';
      return { record: this.packetRecord(pkt, 'postrouting', undefined, reason), src: pkt.src };
    }
    return { record: this.packetRecord(pkt, 'postrouting', undefined, 'noSnat'), src: pkt.src };
  }

  // ---------------------------------------------------------------------------------------------
  // Routing

  /** To a local pod through its veth; a masqueraded packet leaves with a node address (§1.3). */
  private localRoute(node: NodeInfo, pod: PodInfo): Route {
    let route = this.localRoutes.get(pod);
    if (!route) {
      const addr =
        node.tunnel?.addrs[0] ?? node.interfaces.find((i) => i.addrs.length > 0)?.addrs[0];
      route = { outIface: pod.veth, ...(addr ? { snatAddr: addr } : {}) };
      this.localRoutes.set(pod, route);
    }
    return route;
  }

  /** Where a non-local destination goes: a pod's or address's node, else out the default route. */
  private route(node: NodeInfo, dst: Addr): Route {
    return this.routes.get(node, dst.text, '', () => {
      const podNode = this.podByIp.get(dst.text)?.nodeId;
      const target =
        (podNode === undefined ? undefined : this.nodeById.get(podNode)) ??
        this.nodeByAddr.get(dst.text);
      if (target && target.id !== node.id) return this.link(node, target);
      const physical = node.interfaces.filter((i) => i !== node.tunnel);
      const out = physical.find((i) => i.addrs.some((a) => a.family === dst.family)) ?? physical[0];
      const snatAddr = out?.addrs.find((a) => a.family === dst.family);
      return { outIface: out?.name ?? 'eth0', ...(snatAddr ? { snatAddr } : {}) };
    });
  }

  /**
   * The link between two nodes: with IPIP/VXLAN the tunnel devices and the sender's tunnel IP
   * (SEMANTICS.md §1.3, I5); without, the interface pair whose addresses share the longest prefix
   * (most likely the same subnet).
   */
  private link(from: NodeInfo, to: NodeInfo): Route {
    return this.routes.get(from, '\u0000link', to.id, () => {
      let best: { out: string; addr: Addr; in: string; score: number } | undefined;
      for (const fi of from.interfaces) {
        if (fi === from.tunnel) continue;
        for (const fa of fi.addrs) {
          for (const ti of to.interfaces) {
            if (ti === to.tunnel) continue;
            for (const ta of ti.addrs) {
              const score = commonPrefixLength(fa, ta);
              if (score >= 0 && (!best || score > best.score)) {
                best = { out: fi.name, addr: fa, in: ti.name, score };
              }
            }
          }
        }
      }
      if (this.encapsulated && from.tunnel && to.tunnel) {
        const snatAddr = from.tunnel.addrs[0] ?? best?.addr;
        return {
          outIface: from.tunnel.name,
          ...(snatAddr ? { snatAddr } : {}),
          next: { node: to, inIface: to.tunnel.name },
        };
      }
      if (best) {
        return { outIface: best.out, snatAddr: best.addr, next: { node: to, inIface: best.in } };
      }
      return {
        outIface: from.interfaces[0]?.name ?? 'eth0',
        next: { node: to, inIface: to.interfaces[0]?.name ?? 'eth0' },
      };
    });
  }
}

/** Builds a simulator for a design and a resource bundle (parse once, then simulate many flows). */
export function createSimulator(
  design: Design,
  resources: readonly Resource[],
  options: SimulateOptions = {},
): Simulator {
  return new Simulator(design, resources, options);
}

/** Simulates one flow: one result per eligible backend unless the flow pins one. */
export function simulateFlow(
  design: Design,
  resources: readonly Resource[],
  flow: Flow,
  options: SimulateOptions = {},
): SimulationResult[] {
  return new Simulator(design, resources, options).simulate(flow);
}
