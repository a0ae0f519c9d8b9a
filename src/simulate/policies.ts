/**
 * Calico policies compiled once into a form a packet can be judged against quickly: selectors
 * parsed, rule selectors turned into IP sets, named ports into (IP, protocol, port) sets, every
 * policy placed in its tier and order. Evaluation follows SEMANTICS.md §2.2 (order), §2.3 (what
 * happens when nothing matches) and §3 (rule matching).
 */
import { matchSelector, parseSelector, type SelectorNode } from '../calico/selector';
import type {
  EntityRule,
  GlobalNetworkPolicy,
  NetworkPolicy,
  PortSpec,
  Resource,
  Rule,
  RuleProtocol,
} from '../calico/types';
import { assertNever } from '../model/assertNever';
import { isPortName } from '../model/names';
import { inAnyRange, toRange, type Addr, type Range } from '../net/range';
import {
  PROTOCOL_NUMBERS,
  type HepInfo,
  type NamedPort,
  type NetworkSetInfo,
  type PodInfo,
} from './cluster';
import { isKubernetesNetworkPolicy, kubernetesToCalico } from './kubernetesPolicy';
import type { TierInfo, TierTable } from './tiers';
import type { ReasonCode, ReasonParams, SimulationNote } from './types';

export type Direction = 'ingress' | 'egress';

/** Which Felix chain a policy list feeds (SEMANTICS.md §2.1: the four per-HEP lists). */
export type ChainKind = 'untracked' | 'preDNAT' | 'normal' | 'forward';

/** The packet as rules match it: post- or pre-DNAT depending on the stage. */
export interface Packet {
  src: Addr;
  dst: Addr;
  srcPort: number;
  dstPort: number;
  protocol: number;
}

type PortMatcher =
  { kind: 'range'; min: number; max: number } | { kind: 'named'; members: ReadonlySet<string> };

/** The addresses a rule selector picks: endpoint IPs (exact) and network-set CIDRs. */
interface AddressSet {
  ips: ReadonlySet<string>;
  nets: readonly Range[];
}

interface CompiledEntity {
  nets?: Range[];
  notNets?: Range[];
  selector?: AddressSet;
  notSelector?: AddressSet;
  ports?: PortMatcher[];
  notPorts?: PortMatcher[];
}

interface CompiledRule {
  action: 'Allow' | 'Deny' | 'Log' | 'Pass';
  protocol?: number;
  notProtocol?: number;
  ipVersion?: number;
  /** Families of every CIDR in the rule: Felix renders the rule only into those tables (§3). */
  families: ReadonlySet<number>;
  source: CompiledEntity;
  destination: CompiledEntity;
}

export interface CompiledPolicy {
  /** GNP name, or `namespace/name` for an NP: what the trace shows. */
  display: string;
  kind: 'GlobalNetworkPolicy' | 'NetworkPolicy';
  /** Set for a NetworkPolicy only. */
  namespace?: string;
  tier: TierInfo;
  order: number;
  tieKey: string;
  flavour: 'untracked' | 'preDNAT' | 'normal';
  applyOnForward: boolean;
  selector: SelectorNode;
  namespaceSelector?: SelectorNode;
  /** Undefined when `types` leaves that direction out. */
  ingress?: CompiledRule[];
  egress?: CompiledRule[];
}

/** The policies of one tier that apply to one endpoint in one direction, in order. */
export interface TierGroup {
  tier: TierInfo;
  policies: CompiledPolicy[];
}

/** The outcome of running an endpoint's tiers over a packet. */
export type PolicyOutcome =
  | { kind: 'allow' | 'deny'; policy: CompiledPolicy; ruleIndex: number }
  /** A tier selected the endpoint and nothing decided: its default action Deny (§2.3 b). */
  | { kind: 'endOfTier'; tier: string }
  /** No policy applies in this direction. */
  | { kind: 'none' }
  /** Every tier passed (Pass rule or Pass default), or nothing matched in untracked/pre-DNAT. */
  | { kind: 'fellThrough' };

/** Staged kinds (Calico ≥ 3.30) and the raw Kubernetes-shaped one, which this type union lacks. */
const STAGED_KINDS: ReadonlySet<string> = new Set([
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
]);

/** A tier no Tier document defines: where Calico would refuse the policy, we guess `default`'s. */
function guessedTier(name: string): TierInfo {
  return { name, order: 1_000_000, defaultAction: 'Deny' };
}

/** What a rule selector can pick: an endpoint (IPs, named ports) or a network set (CIDRs). */
interface Member {
  labels: Readonly<Record<string, string>>;
  ips: readonly Addr[];
  nets: readonly Range[];
  ports: readonly NamedPort[];
  /** Undefined for a HostEndpoint or a GlobalNetworkSet (not namespaced). */
  namespace?: string;
  namespaceLabels?: Readonly<Record<string, string>>;
}

class Rejected extends Error {
  constructor(
    readonly reason: ReasonCode,
    readonly params: ReasonParams,
  ) {
    super(reason);
  }
}

/** Parses a selector once per distinct text. */
export class SelectorCache {
  private readonly cache = new Map<string, SelectorNode | null>();

  /** The parsed selector, or undefined when Calico would reject the text. */
  get(text: string): SelectorNode | undefined {
    let hit = this.cache.get(text);
    if (hit === undefined) {
      const r = parseSelector(text);
      hit = r.ok ? r.selector : null;
      this.cache.set(text, hit);
    }
    return hit ?? undefined;
  }
}

function protocolOf(p: RuleProtocol | undefined, field: string): number | undefined {
  if (p === undefined) return undefined;
  if (typeof p === 'number') {
    if (Number.isInteger(p) && p >= 1 && p <= 255) return p;
  } else if (typeof p === 'string') {
    if (/^[0-9]+$/.test(p)) {
      const n = Number(p);
      if (n >= 1 && n <= 255) return n;
    }
    const n = PROTOCOL_NUMBERS[p.toLowerCase()];
    if (n !== undefined) return n;
  }
  throw new Rejected('rejectedProtocol', { field, value: String(p) });
}

function parsePort(spec: PortSpec, field: string): { min: number; max: number } | string {
  const bad = (): never => {
    throw new Rejected('rejectedPorts', { field, value: String(spec) });
  };
  if (typeof spec === 'number') {
    return Number.isInteger(spec) && spec >= 0 && spec <= 65535 ? { min: spec, max: spec } : bad();
  }
  if (typeof spec !== 'string') return bad();
  const single = /^([0-9]+)$/.exec(spec);
  if (single) {
    const n = Number(single[1]);
    return n <= 65535 ? { min: n, max: n } : bad();
  }
  const range = /^([0-9]+):([0-9]+)$/.exec(spec);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min <= max && max <= 65535 ? { min, max } : bad();
  }
  return isPortName(spec) ? spec : bad();
}

function ranges(list: readonly string[] | undefined, field: string): Range[] | undefined {
  if (list === undefined) return undefined;
  return list.map((text) => {
    // A bare IP (no /len) or a commented-out inline note fails here, as in Calico (§0, §3).
    const r = typeof text === 'string' ? toRange(text) : undefined;
    if (!r) throw new Rejected('rejectedCidr', { field, value: String(text) });
    return r;
  });
}

/** Compiles policies against a fixed universe of endpoints (for rule selectors and named ports). */
export class PolicyCompiler {
  private readonly podMembers: Member[];
  private readonly hepMembers: Member[];
  private readonly globalSetMembers: Member[];
  private readonly namespacedSetMembers: Member[];

  constructor(
    pods: readonly PodInfo[],
    heps: readonly HepInfo[],
    networkSets: readonly NetworkSetInfo[],
    private readonly selectors: SelectorCache,
    private readonly tiers: TierTable,
  ) {
    this.podMembers = pods.map((p) => ({
      labels: p.labels,
      ips: p.ip ? [p.ip] : [],
      nets: [],
      ports: p.ports,
      namespace: p.namespace,
      namespaceLabels: p.namespaceLabels,
    }));
    // A HEP contributes its expectedIPs, each as a /32; without them it contributes nothing (§3).
    this.hepMembers = heps.map((h) => ({
      labels: h.labels,
      ips: h.expectedIPs,
      nets: [],
      ports: h.ports,
    }));
    const sets = networkSets.map((n): Member => ({
      labels: n.labels,
      ips: [],
      nets: n.nets,
      ports: [],
      ...(n.namespace === undefined ? {} : { namespace: n.namespace }),
      ...(n.namespaceLabels === undefined ? {} : { namespaceLabels: n.namespaceLabels }),
    }));
    this.globalSetMembers = sets.filter((m) => m.namespace === undefined);
    this.namespacedSetMembers = sets.filter((m) => m.namespace !== undefined);
  }

  /**
   * Every enforced policy in the bundle, valid ones compiled and sorted, rejected ones as notes.
   * Staged policies are read and left out: they never enforce, and a tier whose only policies
   * for an endpoint are staged ends in pass, exactly as if it did not select the endpoint
   * (DATAPLANES.md §5.1, C-EP "all of the policies in a tier are staged").
   */
  compileAll(resources: readonly Resource[], notes: SimulationNote[]): CompiledPolicy[] {
    const out: CompiledPolicy[] = [];
    const unknownTiers = new Set<string>();
    for (const raw of resources) {
      // Kubernetes NetworkPolicies are enforced as Calico's converted `knp.default.*` policies.
      const r: Resource = isKubernetesNetworkPolicy(raw) ? kubernetesToCalico(raw) : raw;
      // The stream may hold kinds the Resource union does not name (read from any YAML).
      const kind: string = r.kind;
      if (STAGED_KINDS.has(kind)) {
        const ns = 'namespace' in r.metadata ? r.metadata.namespace : undefined;
        notes.push({
          resource:
            ns === undefined ? `${kind}/${r.metadata.name}` : `${kind}/${ns}/${r.metadata.name}`,
          reason: 'stagedNotEnforced',
        });
        continue;
      }
      if (r.kind !== 'GlobalNetworkPolicy' && r.kind !== 'NetworkPolicy') continue;
      const resource =
        r.kind === 'NetworkPolicy'
          ? `NetworkPolicy/${r.metadata.namespace ?? 'default'}/${r.metadata.name}`
          : `GlobalNetworkPolicy/${r.metadata.name}`;
      try {
        const p = this.compile(r);
        if (!this.tiers.has(p.tier.name) && !unknownTiers.has(p.tier.name)) {
          unknownTiers.add(p.tier.name);
          notes.push({ resource, reason: 'unknownTier', params: { tier: p.tier.name } });
        }
        out.push(p);
      } catch (e) {
        if (!(e instanceof Rejected)) throw e;
        notes.push({ resource, reason: e.reason, params: e.params });
      }
    }
    return out.sort(comparePolicies);
  }

  private compile(r: GlobalNetworkPolicy | NetworkPolicy): CompiledPolicy {
    const spec = r.spec ?? {};
    const isGnp = r.kind === 'GlobalNetworkPolicy';
    const gnp = isGnp ? (spec as GlobalNetworkPolicy['spec']) : undefined;
    const namespace = isGnp ? undefined : (r.metadata.namespace ?? 'default');
    const name = r.metadata.name;
    const preDNAT = gnp?.preDNAT === true;
    const doNotTrack = gnp?.doNotTrack === true;
    const applyOnForward = gnp?.applyOnForward === true;
    // Calico rejects these combinations (SEMANTICS.md §3, policy-level validation).
    if ((preDNAT && doNotTrack) || ((preDNAT || doNotTrack) && !applyOnForward)) {
      throw new Rejected('rejectedFlags', {
        preDNAT: String(preDNAT),
        doNotTrack: String(doNotTrack),
      });
    }
    const types = this.typesOf(spec.types, spec.ingress, spec.egress);
    if (preDNAT && (types.egress || (spec.egress ?? []).length > 0)) {
      throw new Rejected('rejectedPreDnatEgress', {});
    }
    const selector = this.selectorOrReject(spec.selector ?? 'all()', 'spec.selector');
    const nsText = gnp?.namespaceSelector;
    const namespaceSelector =
      nsText === undefined || nsText === ''
        ? undefined
        : this.selectorOrReject(nsText, 'spec.namespaceSelector');
    const tierName = spec.tier === undefined || spec.tier === '' ? 'default' : spec.tier;
    const tier = this.tiers.get(tierName) ?? guessedTier(tierName);
    const order = typeof spec.order === 'number' ? spec.order : Number.POSITIVE_INFINITY;
    const compileRules = (rules: Rule[] | undefined, dir: Direction): CompiledRule[] =>
      (rules ?? []).map((rule, i) => this.compileRule(rule, namespace, `spec.${dir}[${i}]`));
    return {
      display: namespace === undefined ? name : `${namespace}/${name}`,
      kind: r.kind,
      ...(namespace === undefined ? {} : { namespace }),
      tier,
      order,
      // PolKVLess breaks order ties on name, then namespace, then kind (SEMANTICS.md §2.2, C2).
      tieKey: `${name}/${namespace ?? ''}/${r.kind}`,
      flavour: flavourOf(preDNAT, doNotTrack),
      applyOnForward,
      selector,
      ...(namespaceSelector ? { namespaceSelector } : {}),
      ...(types.ingress ? { ingress: compileRules(spec.ingress, 'ingress') } : {}),
      ...(types.egress ? { egress: compileRules(spec.egress, 'egress') } : {}),
    };
  }

  /** `types`, or its default: Ingress, plus Egress when egress rules exist (SEMANTICS.md §2.1). */
  private typesOf(
    types: unknown,
    ingress: Rule[] | undefined,
    egress: Rule[] | undefined,
  ): { ingress: boolean; egress: boolean } {
    if (types === undefined || types === null) {
      const hasIn = (ingress ?? []).length > 0;
      const hasOut = (egress ?? []).length > 0;
      return { ingress: hasIn || !hasOut, egress: hasOut };
    }
    // The guide's third policy puts rules under `types` (SEMANTICS.md §0): the API server rejects
    // the object, so it never exists in the cluster.
    if (!Array.isArray(types) || !types.every((t) => t === 'Ingress' || t === 'Egress')) {
      throw new Rejected('rejectedTypes', { field: 'spec.types' });
    }
    return { ingress: types.includes('Ingress'), egress: types.includes('Egress') };
  }

  private selectorOrReject(text: unknown, field: string): SelectorNode {
    const sel = typeof text === 'string' ? this.selectors.get(text) : undefined;
    if (!sel) throw new Rejected('rejectedSelector', { field, value: String(text) });
    return sel;
  }

  private compileRule(rule: Rule, namespace: string | undefined, field: string): CompiledRule {
    const action = typeof rule.action === 'string' ? normaliseAction(rule.action) : undefined;
    if (!action) throw new Rejected('rejectedAction', { field, value: String(rule.action) });
    const protocol = protocolOf(rule.protocol, `${field}.protocol`);
    const notProtocol = protocolOf(rule.notProtocol, `${field}.notProtocol`);
    const source = this.compileEntity(rule.source, namespace, protocol, `${field}.source`);
    const destination = this.compileEntity(
      rule.destination,
      namespace,
      protocol,
      `${field}.destination`,
    );
    const families = new Set<number>();
    for (const e of [source, destination]) {
      for (const r of [...(e.nets ?? []), ...(e.notNets ?? [])]) families.add(r.family);
    }
    return {
      action,
      ...(protocol === undefined ? {} : { protocol }),
      ...(notProtocol === undefined ? {} : { notProtocol }),
      ...(rule.ipVersion === undefined ? {} : { ipVersion: rule.ipVersion }),
      families,
      source,
      destination,
    };
  }

  /**
   * What a rule selector ranges over (SEMANTICS.md §3; Calico docs, "Calico automatic labels" and
   * the GlobalNetworkSet / NetworkSet reference pages): with a namespaceSelector, the pods and
   * NetworkSets of matching namespaces (`global()`: the non-namespaced HEPs and GlobalNetworkSets);
   * in a NetworkPolicy, the pods and NetworkSets of its namespace; in a GlobalNetworkPolicy,
   * "resources in any namespace and non-namespaced resources": every pod, HEP and network set.
   */
  private scope(namespaceSelector: string | undefined, namespace: string | undefined): Member[] {
    if (namespaceSelector !== undefined && namespaceSelector !== '') {
      const ns = this.selectorOrReject(namespaceSelector, 'namespaceSelector');
      if (ns.kind === 'global') return [...this.hepMembers, ...this.globalSetMembers];
      return [...this.podMembers, ...this.namespacedSetMembers].filter((m) =>
        matchSelector(ns, m.namespaceLabels ?? {}),
      );
    }
    if (namespace !== undefined) {
      return [...this.podMembers, ...this.namespacedSetMembers].filter(
        (m) => m.namespace === namespace,
      );
    }
    return [
      ...this.podMembers,
      ...this.hepMembers,
      ...this.globalSetMembers,
      ...this.namespacedSetMembers,
    ];
  }

  private compileEntity(
    e: EntityRule | undefined,
    namespace: string | undefined,
    protocol: number | undefined,
    field: string,
  ): CompiledEntity {
    if (!e) return {};
    const out: CompiledEntity = {};
    const nets = ranges(e.nets, `${field}.nets`);
    const notNets = ranges(e.notNets, `${field}.notNets`);
    if (nets) out.nets = nets;
    if (notNets) out.notNets = notNets;
    const hasSelector = e.selector !== undefined || e.namespaceSelector !== undefined;
    const needsScope =
      hasSelector ||
      e.notSelector !== undefined ||
      [...(e.ports ?? []), ...(e.notPorts ?? [])].some(
        (p) => typeof p === 'string' && isPortName(p),
      );
    const scope = needsScope ? this.scope(e.namespaceSelector, namespace) : [];
    const sel = this.selectorOrReject(e.selector ?? 'all()', `${field}.selector`);
    const notSel =
      e.notSelector === undefined
        ? undefined
        : this.selectorOrReject(e.notSelector, `${field}.notSelector`);
    const ipSet = (members: readonly Member[]): AddressSet => ({
      ips: new Set(members.flatMap((m) => m.ips.map((a) => a.text))),
      nets: members.flatMap((m) => m.nets),
    });
    const picked = scope.filter((m) => matchSelector(sel, m.labels));
    if (hasSelector) out.selector = ipSet(picked);
    if (notSel) out.notSelector = ipSet(scope.filter((m) => matchSelector(notSel, m.labels)));
    const named = notSel ? picked.filter((m) => !matchSelector(notSel, m.labels)) : picked;
    const ports = (list: PortSpec[] | undefined, f: string): PortMatcher[] | undefined => {
      if (list === undefined) return undefined;
      // Numeric ports need TCP, UDP or SCTP; so do named ones (SEMANTICS.md §3).
      if (protocol !== 6 && protocol !== 17 && protocol !== 132) {
        throw new Rejected('rejectedPorts', { field: f, value: 'protocol' });
      }
      return list.map((spec) => {
        const p = parsePort(spec, f);
        if (typeof p !== 'string') return { kind: 'range', ...p };
        return { kind: 'named', members: namedPortSet(named, p, protocol) };
      });
    };
    const p = ports(e.ports, `${field}.ports`);
    const np = ports(e.notPorts, `${field}.notPorts`);
    if (p) out.ports = p;
    if (np) out.notPorts = np;
    return out;
  }
}

/**
 * How every rule of these policies sees an address: two addresses with the same key match the
 * same nets, selector IP sets (endpoints and network sets) and named ports in every rule, so a
 * packet from one is judged exactly as one from the other. The reachability matrix uses it to treat
 * nodes that differ only in their addresses as one.
 */
export function addressViewer(policies: readonly CompiledPolicy[]): (ip: Addr) => string {
  const nets = new Set<readonly Range[]>();
  const sets = new Set<AddressSet>();
  const named = new Set<ReadonlySet<string>>();
  const entity = (e: CompiledEntity) => {
    if (e.nets) nets.add(e.nets);
    if (e.notNets) nets.add(e.notNets);
    if (e.selector) sets.add(e.selector);
    if (e.notSelector) sets.add(e.notSelector);
    for (const m of [...(e.ports ?? []), ...(e.notPorts ?? [])])
      if (m.kind === 'named') named.add(m.members);
  };
  for (const p of policies) {
    for (const r of [...(p.ingress ?? []), ...(p.egress ?? [])]) {
      entity(r.source);
      entity(r.destination);
    }
  }
  const netLists = [...nets];
  const setList = [...sets];
  // Named-port members by address: the (protocol, port) pairs an address carries in each set.
  const namedByIp = [...named].map((members) => {
    const byIp = new Map<string, string[]>();
    for (const key of members) {
      const cut = key.indexOf('|');
      const ip = key.slice(0, cut);
      byIp.set(ip, [...(byIp.get(ip) ?? []), key.slice(cut + 1)]);
    }
    return byIp;
  });
  return (ip) => {
    let key = '';
    for (const list of netLists) key += inAnyRange(list, ip) ? '1' : '0';
    for (const s of setList) key += inAddressSet(s, ip) ? '1' : '0';
    for (const byIp of namedByIp) key += `|${(byIp.get(ip.text) ?? []).sort().join(',')}`;
    return key;
  };
}

/** Named ports resolve per endpoint to (IP, protocol, port) triples (SEMANTICS.md §3, C17). */
function namedPortSet(members: readonly Member[], name: string, protocol: number): Set<string> {
  const out = new Set<string>();
  for (const m of members) {
    for (const np of m.ports) {
      if (np.name !== name || np.protocol !== protocol) continue;
      for (const ip of m.ips) out.add(namedPortKey(ip.text, protocol, np.port));
    }
  }
  return out;
}

function namedPortKey(ip: string, protocol: number, port: number): string {
  return `${ip}|${protocol}|${port}`;
}

/** Which of the per-HEP lists a GNP feeds (SEMANTICS.md §2.1, C1). */
function flavourOf(preDNAT: boolean, doNotTrack: boolean): CompiledPolicy['flavour'] {
  if (doNotTrack) return 'untracked';
  return preDNAT ? 'preDNAT' : 'normal';
}

function normaliseAction(a: string): CompiledRule['action'] | undefined {
  switch (a.toLowerCase()) {
    case 'allow':
      return 'Allow';
    case 'deny':
      return 'Deny';
    case 'log':
      return 'Log';
    case 'pass':
      return 'Pass';
    default:
      return undefined;
  }
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Tier order, tier name, policy order (missing = last), then name (SEMANTICS.md §2.2, C2). */
export function comparePolicies(a: CompiledPolicy, b: CompiledPolicy): number {
  if (a.tier.order !== b.tier.order) return a.tier.order < b.tier.order ? -1 : 1;
  if (a.tier.name !== b.tier.name) return compareCodePoints(a.tier.name, b.tier.name);
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return compareCodePoints(a.tieKey, b.tieKey);
}

/**
 * Whether a policy selects a pod: an NP only in its own namespace; a GNP with a namespaceSelector
 * only in matching namespaces (SEMANTICS.md §2.1).
 */
export function selectsPod(p: CompiledPolicy, pod: PodInfo): boolean {
  if (p.namespace !== undefined && p.namespace !== pod.namespace) return false;
  if (p.namespaceSelector && !matchSelector(p.namespaceSelector, pod.namespaceLabels)) return false;
  return matchSelector(p.selector, pod.labels);
}

/** Whether a policy selects a HostEndpoint: GNPs only, never NPs (SEMANTICS.md §2.1). */
export function selectsHep(p: CompiledPolicy, hep: HepInfo): boolean {
  // A GNP narrowed to namespaces reaches only namespaced endpoints, which a HEP is not.
  if (p.kind !== 'GlobalNetworkPolicy' || p.namespaceSelector) return false;
  return matchSelector(p.selector, hep.labels);
}

/** Whether a policy belongs to the list Felix builds for this chain (SEMANTICS.md §2.1, C1). */
export function feedsChain(p: CompiledPolicy, chain: ChainKind): boolean {
  switch (chain) {
    case 'untracked':
      return p.flavour === 'untracked';
    case 'preDNAT':
      return p.flavour === 'preDNAT';
    case 'normal':
      return p.flavour === 'normal';
    case 'forward':
      return p.flavour === 'normal' && p.applyOnForward;
    default:
      return assertNever(chain, 'chain');
  }
}

/** Groups an already-sorted policy list into tiers, keeping only policies with that direction. */
export function groupByTier(sorted: readonly CompiledPolicy[], dir: Direction): TierGroup[] {
  const groups: TierGroup[] = [];
  for (const p of sorted) {
    if (p[dir] === undefined) continue;
    const last = groups[groups.length - 1];
    if (last && last.tier.name === p.tier.name) last.policies.push(p);
    else groups.push({ tier: p.tier, policies: [p] });
  }
  return groups;
}

function portMatches(m: PortMatcher, ip: Addr, protocol: number, port: number): boolean {
  return m.kind === 'range'
    ? port >= m.min && port <= m.max
    : m.members.has(namedPortKey(ip.text, protocol, port));
}

function inAddressSet(s: AddressSet, ip: Addr): boolean {
  return s.ips.has(ip.text) || (s.nets.length > 0 && inAnyRange(s.nets, ip));
}

function entityMatches(e: CompiledEntity, ip: Addr, port: number, protocol: number): boolean {
  if (e.nets && !inAnyRange(e.nets, ip)) return false;
  if (e.notNets && inAnyRange(e.notNets, ip)) return false;
  if (e.selector && !inAddressSet(e.selector, ip)) return false;
  if (e.notSelector && inAddressSet(e.notSelector, ip)) return false;
  if (e.ports && !e.ports.some((m) => portMatches(m, ip, protocol, port))) return false;
  if (e.notPorts && e.notPorts.some((m) => portMatches(m, ip, protocol, port))) return false;
  return true;
}

/** All criteria of a rule must match; lists match on any element, not-lists on none (§3). */
export function ruleMatches(rule: CompiledRule, pkt: Packet): boolean {
  if (rule.ipVersion !== undefined && rule.ipVersion !== pkt.src.family) return false;
  if (rule.families.size > 0 && !rule.families.has(pkt.src.family)) return false;
  if (rule.protocol !== undefined && rule.protocol !== pkt.protocol) return false;
  if (rule.notProtocol !== undefined && rule.notProtocol === pkt.protocol) return false;
  return (
    entityMatches(rule.source, pkt.src, pkt.srcPort, pkt.protocol) &&
    entityMatches(rule.destination, pkt.dst, pkt.dstPort, pkt.protocol)
  );
}

/**
 * Runs an endpoint's tiers over a packet (SEMANTICS.md §2.2, §2.3): first Allow/Deny decides; Log
 * continues; Pass leaves the tier. A tier that reaches its end without Pass applies its default
 * action, but only in normal and forward chains: untracked and pre-DNAT tiers end in Pass (C1, C3).
 */
export function evaluateTiers(
  groups: readonly TierGroup[],
  dir: Direction,
  chain: ChainKind,
  pkt: Packet,
): PolicyOutcome {
  if (groups.length === 0) return { kind: 'none' };
  const endOfTierDrops = chain === 'normal' || chain === 'forward';
  for (const group of groups) {
    let passed = false;
    policies: for (const policy of group.policies) {
      const rules = policy[dir] ?? [];
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (!rule || !ruleMatches(rule, pkt)) continue;
        switch (rule.action) {
          case 'Allow':
            return { kind: 'allow', policy, ruleIndex: i };
          case 'Deny':
            return { kind: 'deny', policy, ruleIndex: i };
          case 'Pass':
            passed = true;
            break policies;
          case 'Log':
            break;
          default:
            return assertNever(rule.action, 'rule action');
        }
      }
    }
    if (!passed && endOfTierDrops && group.tier.defaultAction === 'Deny') {
      return { kind: 'endOfTier', tier: group.tier.name };
    }
  }
  return { kind: 'fellThrough' };
}
