/**
 * Policies → the parts of a design they express. A rule is recognised by its shape, never by the
 * policy's name, so hand-written policies map as well as this app's own; names only break ties
 * between services that share a selector. The shapes are the ones src/generator writes (both
 * profiles) and the guide prints:
 *
 * on the nodes, pre-DNAT (SEMANTICS.md §1.2, §2.3):
 *   Allow  source.nets → destination.nets [host CIDRs] (+protocol, ports)   access edges
 *   Allow  destination.nets                                                 the pod CIDRs
 *   Deny   destination.nets                                                 the service CIDRs (hardened)
 *   Deny   protocol, destination {selector: nodes, ports: [range]}          the NodePort range (hardened)
 *   Deny   source {notNets, notSelector: nodes}, destination.nets          the pod CIDRs (hardened)
 *   Allow  source.nets → destination {selector: a service's pods, ports}   follows from an access
 *                                                                           edge (hardened, §1.4)
 * on the nodes, normal host policy (§2.3 a):
 *   Allow  protocol, destination {[selector: nodes], notPorts: [range]}      host access: all but NodePorts
 *   Deny   protocol, destination {[selector: nodes], ports: [range]}        ditto (hardened)
 *   Allow                                                                   ditto (hardened)
 *   Allow  protocol, destination {[selector: nodes], ports: [n…]}           host access: only these
 *   egress Allow                                                            the nodes' own egress
 * on a Service's pods (GlobalNetworkPolicy or NetworkPolicy):
 *   Allow  protocol, source.selector: nodes, destination.ports              nodes → backends
 *   Allow  protocol, source.nets = a pod CIDR family, destination.ports    in-cluster: all pods
 *   Allow  protocol, source.selector: namespace == ns, destination.ports   in-cluster: same namespace
 *   Allow  protocol, source.nets, destination.ports [target ports]         a client (Local mode)
 */
import type { HostAccess, Protocol } from '../model/design';
import { parsePortRange } from '../model/design';
import { bitsOf, cidrsOverlap, formatCidr, parseCidr, parseIp, type Ip } from '../net/ip';
import { field, list, setKeys, str, stringList, type ImportContext, type Located } from './context';
import { SERVICE_POLICY_PREFIXES, serviceSlugs, shortHash } from '../calico/resourceNames';
import {
  clientSourcesOf,
  describeSource,
  sourceKey,
  type ClientSource,
  type NetworkSetDraft,
} from './clientSources';
import { dnsLabelName } from './names';
import { enforcedKind, nameInTier } from './ownership';
import { ipKey, type ServiceDraft } from './readServices';
import type { Segment } from './scanYaml';
import { labelsOfSelector, sameLabels } from './selectorLabels';
import { parseSelector, printSelector } from '../calico/selector';

export interface NodeLabel {
  key: string;
  value: string;
}

/** An access edge being imported; its client is settled from `set`, else `cidrs`, at the end. */
export interface EdgeDraft {
  cidrs: string[];
  /** The GlobalNetworkSet the rule selected the client by. */
  set?: NetworkSetDraft;
  service: ServiceDraft;
  /** A rule granted every port (no protocol, no ports). */
  anyPort: boolean;
  ports: Set<number>;
  /** Came from a pre-DNAT rule that named protocol or ports: the guide profile keeps the list. */
  listed: boolean;
  /** Where the first rule granting it is, for the report. */
  at: { resource: Located; path: Segment[] };
}

/** What the policies say about the cluster, besides the access edges. */
export interface PolicyFacts {
  podCidrs: string[];
  serviceCidrsDenied: string[];
  nodePortRange?: string;
  /** A pre-DNAT deny of the hardened profile's kind exists. */
  hardened: boolean;
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const PROTOCOL_NUMBERS: Readonly<Record<number, Protocol>> = { 6: 'TCP', 17: 'UDP', 132: 'SCTP' };
/** Rule fields that never change what a rule matches here. */
const NEUTRAL_RULE_FIELDS = new Set(['metadata', 'ipVersion']);
const NAMESPACE_LABEL = 'projectcalico.org/namespace';

/** A rule's parts: its action, protocol (null: one a design has no word for), and field names. */
interface RuleShape {
  action: string;
  protocol: Protocol | undefined | null;
  /** Rule fields besides action, protocol, source, destination and the neutral ones. */
  extra: string[];
  source: unknown;
  destination: unknown;
  src: string[];
  dst: string[];
}

function shapeOf(rule: unknown): RuleShape {
  const raw = field(rule, 'protocol');
  let protocol: Protocol | undefined | null = null;
  if (raw === undefined || raw === null) protocol = undefined;
  else if (typeof raw === 'number') protocol = PROTOCOL_NUMBERS[raw] ?? null;
  else if (typeof raw === 'string') {
    const upper = raw.toUpperCase();
    protocol = PROTOCOLS.find((p) => p === upper) ?? null;
  }
  const source = field(rule, 'source');
  const destination = field(rule, 'destination');
  return {
    action: str(field(rule, 'action')) ?? '',
    protocol,
    extra: setKeys(rule).filter(
      (k) =>
        !['action', 'protocol', 'source', 'destination'].includes(k) && !NEUTRAL_RULE_FIELDS.has(k),
    ),
    source,
    destination,
    src: setKeys(source),
    dst: setKeys(destination),
  };
}

/** True when `keys` holds every `required` key and nothing outside `allowed`. */
function keysAre(
  keys: readonly string[],
  required: readonly string[],
  allowed: readonly string[] = [],
): boolean {
  return (
    required.every((k) => keys.includes(k)) &&
    keys.every((k) => required.includes(k) || allowed.includes(k))
  );
}

interface PortSet {
  numbers: number[];
  ranges: { min: number; max: number; text: string }[];
  names: string[];
}

function portSet(v: unknown): PortSet {
  const out: PortSet = { numbers: [], ranges: [], names: [] };
  for (const p of list(v)) {
    if (typeof p === 'number') out.numbers.push(p);
    else if (typeof p === 'string') {
      const range = parsePortRange(p);
      if (/^[0-9]+$/.test(p)) out.numbers.push(Number(p));
      else if (range) out.ranges.push({ ...range, text: p });
      else out.names.push(p);
    }
  }
  return out;
}

function inPortSet(port: number | string, set: PortSet): boolean {
  if (typeof port === 'string') return set.names.includes(port);
  return set.numbers.includes(port) || set.ranges.some((r) => port >= r.min && port <= r.max);
}

/** The single `lo:hi` range of a port list, as the NodePort range is written. */
function singleRange(v: unknown): string | undefined {
  const ports = list(v);
  const [only] = ports;
  return ports.length === 1 && typeof only === 'string' && parsePortRange(only) ? only : undefined;
}

function isSelector(v: unknown, labels: Readonly<Record<string, string>>): boolean {
  const parsed = labelsOfSelector(str(v));
  return parsed !== undefined && sameLabels(parsed, labels);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** A /32 or /128: one address, as a rule names a cluster IP. */
function hostAddress(cidr: string): Ip | undefined {
  const c = parseCidr(cidr);
  return c && c.prefix === bitsOf(c.family) ? { family: c.family, value: c.value } : undefined;
}

function describePortList(ports: readonly { port: number; protocol: Protocol }[]): string {
  return ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
}

/** The access edges, one per client CIDR set and service. */
export class EdgeBook {
  readonly edges: EdgeDraft[] = [];
  private readonly byKey = new Map<string, EdgeDraft>();

  static key(source: ClientSource, service: ServiceDraft): string {
    return `${sourceKey(source)}|${service.id}`;
  }

  find(source: ClientSource, service: ServiceDraft): EdgeDraft | undefined {
    return this.byKey.get(EdgeBook.key(source, service));
  }

  grant(
    source: ClientSource,
    service: ServiceDraft,
    ports: readonly number[] | 'any',
    listed: boolean,
    at: EdgeDraft['at'],
  ): void {
    const key = EdgeBook.key(source, service);
    let edge = this.byKey.get(key);
    if (!edge) {
      edge = {
        cidrs: [...new Set(source.cidrs)],
        ...(source.set ? { set: source.set } : {}),
        service,
        anyPort: false,
        ports: new Set(),
        listed,
        at,
      };
      this.byKey.set(key, edge);
      this.edges.push(edge);
    }
    if (ports === 'any') edge.anyPort = true;
    else for (const p of ports) edge.ports.add(p);
    edge.listed ||= listed;
  }
}

/** Finds services by cluster IP, making one up for an address no Service has. */
export class ServiceIndex {
  private readonly byIp = new Map<string, ServiceDraft>();

  constructor(
    readonly services: ServiceDraft[],
    private readonly ctx: ImportContext,
  ) {
    for (const s of services) this.byIp.set(ipKey(s.ip), s);
  }

  forAddress(ip: Ip, at: { resource: Located; path: Segment[] }): ServiceDraft {
    const known = this.byIp.get(ipKey(ip));
    if (known) return known;
    const text = formatCidr({ ...ip, prefix: bitsOf(ip.family) }).replace(/\/[0-9]+$/, '');
    let name = dnsLabelName('svc', text.replace(/[.:]/g, '-'));
    // `fd00::1` and `fd00:0:…:1` fold to one name; a real Service may hold it too.
    const taken = (n: string) =>
      this.services.some((s) => s.namespace === 'default' && s.name === n);
    if (taken(name)) name = dnsLabelName('svc', text.replace(/[.:]/g, '-'), shortHash(text));
    const draft: ServiceDraft = {
      id: this.ctx.ids.allocate(name),
      name,
      namespace: 'default',
      clusterIP: text,
      ip,
      ports: [],
      selector: {},
      local: false,
      synthesized: true,
      podPolicies: 0,
      inClusterAll: false,
      inClusterNamespace: false,
    };
    this.services.push(draft);
    this.byIp.set(ipKey(ip), draft);
    this.ctx.add(
      'assumed',
      'import.assumed.serviceFromRule',
      { clusterIP: text, id: draft.id },
      at,
    );
    return draft;
  }

  /** Adds a port a rule names to a made-up service. */
  addPort(service: ServiceDraft, port: number, protocol: Protocol): void {
    if (!service.ports.some((p) => p.port === port && p.protocol === protocol)) {
      service.ports.push({ port, protocol });
    }
  }
}

/** Reads node policies and pod policies into facts and access edges. */
export class PolicyReader {
  readonly facts: PolicyFacts = { podCidrs: [], serviceCidrsDenied: [], hardened: false };
  readonly edges = new EdgeBook();
  /** Pod CIDRs read off in-cluster rules, when no node policy names them. */
  readonly learnedPodCidrs: string[] = [];
  private readonly nodeSelector: Record<string, string>;
  /** The services the last access rule granted, and to whom: the next rule may name their pods. */
  private lastAccess:
    | {
        sources: string;
        services: ServiceDraft[];
        protocol: RuleShape['protocol'];
        ports: unknown[];
      }
    | undefined;
  private hostIngress = {
    policies: 0,
    exceptRange: false,
    denyRange: false,
    allowAll: false,
    tcp: [] as (number | string)[],
    udp: [] as (number | string)[],
  };

  constructor(
    private readonly ctx: ImportContext,
    private readonly services: ServiceIndex,
    nodeLabel: NodeLabel,
    private readonly sets: readonly NetworkSetDraft[] = [],
    /** Tiers the app writes its policies in: a policy's `spec.tier` naming one is expected. */
    private readonly ownTiers: ReadonlySet<string> = new Set(),
  ) {
    this.nodeSelector = { [nodeLabel.key]: nodeLabel.value };
  }

  /** True when a GlobalNetworkPolicy's selector is exactly the node label. */
  selectsNodes(policy: Located): boolean {
    return (
      enforcedKind(policy.kind) === 'GlobalNetworkPolicy' &&
      isSelector(field(field(policy.value, 'spec'), 'selector') ?? 'all()', this.nodeSelector)
    );
  }

  private rules(
    policy: Located,
    direction: 'ingress' | 'egress',
  ): { rule: unknown; path: Segment[] }[] {
    return list(field(field(policy.value, 'spec'), direction)).map((rule, i) => ({
      rule,
      path: ['spec', direction, i],
    }));
  }

  private reportPolicyFields(policy: Located, kept: readonly string[]): void {
    const spec = field(policy.value, 'spec');
    for (const key of setKeys(spec)) {
      if (kept.includes(key)) continue;
      const v = field(spec, key);
      if (key === 'tier' && (v === 'default' || (typeof v === 'string' && this.ownTiers.has(v))))
        continue;
      // A staged policy that would be set as it reads is read as it reads (import.policy.staged).
      if (key === 'stagedAction' && v === 'Set') continue;
      if (v === false) continue;
      this.ctx.add(
        'ignored',
        'import.ignored.field',
        { field: `spec.${key}` },
        {
          resource: policy,
          path: ['spec', key],
        },
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // Node policies

  /** A policy on the nodes: pre-DNAT rules, or host access and egress. */
  readNodePolicy(policy: Located): void {
    const spec = field(policy.value, 'spec');
    const preDNAT = field(spec, 'preDNAT') === true;
    if (
      field(spec, 'doNotTrack') === true ||
      (!preDNAT && field(spec, 'applyOnForward') === true)
    ) {
      this.ctx.add(
        'ignored',
        'import.ignored.policyShape',
        { kind: policy.kind, name: policy.name },
        {
          resource: policy,
        },
      );
      return;
    }
    this.reportPolicyFields(policy, [
      'selector',
      'types',
      'ingress',
      'egress',
      'order',
      'preDNAT',
      'applyOnForward',
    ]);
    if (preDNAT) {
      this.ctx.add('mapped', 'import.policy.preDnat', { name: policy.name }, { resource: policy });
      for (const { rule, path } of this.rules(policy, 'ingress'))
        this.readPreDnatRule(policy, rule, path);
      return;
    }
    const types = stringList(field(spec, 'types'));
    const ingress = this.rules(policy, 'ingress');
    const egress = this.rules(policy, 'egress');
    const hasIngressType = types.length ? types.includes('Ingress') : true;
    if (hasIngressType) {
      this.hostIngress.policies++;
      this.ctx.add(
        'mapped',
        'import.policy.hostAccess',
        { name: policy.name },
        { resource: policy },
      );
      for (const { rule, path } of ingress) this.readHostRule(policy, rule, path);
    }
    if (egress.length || types.includes('Egress')) {
      this.ctx.add(
        'mapped',
        'import.policy.hostEgress',
        { name: policy.name },
        { resource: policy },
      );
      for (const { rule, path } of egress) {
        const s = shapeOf(rule);
        const allowAll =
          s.action === 'Allow' &&
          s.protocol === undefined &&
          !s.extra.length &&
          !s.src.length &&
          !s.dst.length;
        const at = { resource: policy, path };
        if (allowAll) this.ctx.add('mapped', 'import.mapped.hostEgress', {}, at);
        else this.ctx.add('ignored', 'import.ignored.egressRule', {}, at);
      }
    }
  }

  private readPreDnatRule(policy: Located, rule: unknown, path: Segment[]): void {
    const s = shapeOf(rule);
    const at = { resource: policy, path };
    const nets = stringList(field(s.destination, 'nets'));
    const recognised = s.extra.length === 0 && s.protocol !== null;
    const clients = clientSourcesOf(s.source, s.src, this.sets);
    if (recognised && s.action === 'Allow' && clients && keysAre(s.dst, ['nets'], ['ports'])) {
      if (!clients.length) this.reportNoSet(s, at);
      const granted = new Set<ServiceDraft>();
      for (const source of clients)
        for (const g of this.readAccessRule(source, s, at)) granted.add(g);
      this.lastAccess = {
        sources: clients.map(sourceKey).join('|'),
        services: [...granted],
        protocol: s.protocol,
        ports: list(field(s.destination, 'ports')),
      };
      return;
    }
    // An external source (issue #12) limits a Deny to outside the cluster; the deny of direct
    // traffic to the pods has one too, and is told apart by its addresses (below).
    const unsourced =
      !s.src.length ||
      (s.action === 'Deny' &&
        this.isExternalSource(s) &&
        !sameSet(stringList(field(s.source, 'notNets')), nets));
    if (recognised && s.protocol === undefined && unsourced && keysAre(s.dst, ['nets'])) {
      if (s.action === 'Allow' && !s.src.length) {
        this.addPodCidrs(nets);
        this.ctx.add('mapped', 'import.mapped.podCidrs', { cidrs: nets.join(', ') }, at);
        return;
      }
      if (s.action === 'Deny') {
        this.facts.hardened = true;
        for (const n of nets)
          if (!this.facts.serviceCidrsDenied.includes(n)) this.facts.serviceCidrsDenied.push(n);
        this.ctx.add('mapped', 'import.mapped.denyServices', { cidrs: nets.join(', ') }, at);
        return;
      }
    }
    const range = singleRange(field(s.destination, 'ports'));
    if (
      this.isSctpNodePortDeny(s) &&
      keysAre(s.dst, ['selector', 'ports']) &&
      isSelector(field(s.destination, 'selector'), this.nodeSelector) &&
      range
    ) {
      this.facts.hardened = true;
      this.setRange(range);
      this.ctx.add('mapped', 'import.mapped.denyNodePorts', { protocol: 'SCTP', range }, at);
      return;
    }
    if (
      recognised &&
      s.action === 'Deny' &&
      (s.protocol === 'TCP' || s.protocol === 'UDP') &&
      unsourced &&
      keysAre(s.dst, ['selector', 'ports']) &&
      isSelector(field(s.destination, 'selector'), this.nodeSelector) &&
      range
    ) {
      this.facts.hardened = true;
      this.setRange(range);
      this.ctx.add('mapped', 'import.mapped.denyNodePorts', { protocol: s.protocol, range }, at);
      return;
    }
    const notNets = stringList(field(s.source, 'notNets'));
    if (
      recognised &&
      s.action === 'Deny' &&
      s.protocol === undefined &&
      keysAre(s.src, ['notNets', 'notSelector']) &&
      isSelector(field(s.source, 'notSelector'), this.nodeSelector) &&
      keysAre(s.dst, ['nets']) &&
      sameSet(notNets, nets)
    ) {
      this.facts.hardened = true;
      this.addPodCidrs(nets);
      this.ctx.add('mapped', 'import.mapped.denyDirect', { cidrs: nets.join(', ') }, at);
      return;
    }
    if (
      recognised &&
      s.action === 'Allow' &&
      clients?.length &&
      keysAre(s.dst, ['selector'], ['ports'])
    ) {
      // The hardened profile also admits a granted client straight to the service's pods, for a
      // data plane that does not masquerade (SEMANTICS.md §1.4): it follows from the access edge.
      const selected = this.servicesSelectedBy(field(s.destination, 'selector'), undefined);
      if (!selected.length) selected.push(...this.learnSelector(clients, s, at));
      const followed = clients.flatMap((source) => {
        const service = selected.find((c) => this.edges.find(source, c));
        return service ? [{ source, service }] : [];
      });
      if (followed.length === clients.length) {
        for (const { source, service } of followed) {
          this.ctx.add(
            'mapped',
            'import.mapped.backendClient',
            { cidrs: describeSource(source), service: service.id },
            at,
          );
        }
        return;
      }
    }
    this.ctx.add('ignored', 'import.ignored.ruleShape', {}, at);
  }

  /**
   * A service made up from a cluster IP has no selector; the hardened profile's next rule admits
   * the same clients to its pods by their selector (SEMANTICS.md §1.4), which gives it one. The
   * policies part of issue #12 holds no Service, so this is where its pods are known from.
   */
  private learnSelector(
    clients: readonly ClientSource[],
    s: RuleShape,
    at: { resource: Located; path: Segment[] },
  ): ServiceDraft[] {
    const last = this.lastAccess;
    const [service] = last?.services ?? [];
    const text = str(field(s.destination, 'selector')) ?? '';
    const labels = labelsOfSelector(text);
    if (
      !service ||
      last?.services.length !== 1 ||
      last.sources !== clients.map(sourceKey).join('|') ||
      !service.synthesized ||
      Object.keys(service.selector).length ||
      !labels
    )
      return [];
    const { [NAMESPACE_LABEL]: namespace, ...podLabels } = labels;
    if (!Object.keys(podLabels).length) return [];
    service.selector = podLabels;
    if (namespace !== undefined) service.namespace = namespace;
    // The pods rule lists the target ports in the order the cluster-IP rule lists the ports.
    const targets = list(field(s.destination, 'ports'));
    if (last.protocol === s.protocol && targets.length === last.ports.length) {
      last.ports.forEach((port, i) => {
        const target = targets[i];
        const p = service.ports.find((x) => x.port === port && x.protocol === s.protocol);
        if (p && typeof target === 'number' && target !== port) p.targetPort = target;
      });
    }
    this.ctx.add(
      'assumed',
      'import.assumed.serviceSelector',
      { service: service.id, selector: text, namespace: service.namespace },
      at,
    );
    return [service];
  }

  private reportNoSet(s: RuleShape, at: { resource: Located; path: Segment[] }): void {
    this.ctx.add(
      'ignored',
      'import.ignored.selectorNoSet',
      { selector: str(field(s.source, 'selector')) ?? '' },
      at,
    );
  }

  /** `Allow` a client `→ cluster IP(s)`: one access edge per destination address. */
  private readAccessRule(
    source: ClientSource,
    s: RuleShape,
    at: { resource: Located; path: Segment[] },
  ): ServiceDraft[] {
    const protocol = s.protocol;
    const touched: ServiceDraft[] = [];
    if (protocol === null) return touched;
    const who = describeSource(source);
    const destinations = stringList(field(s.destination, 'nets'));
    const addresses = destinations.map(hostAddress);
    if (addresses.some((a) => a === undefined)) {
      this.ctx.add('ignored', 'import.ignored.ruleRange', { nets: destinations.join(', ') }, at);
      return touched;
    }
    const hasPorts =
      field(s.destination, 'ports') !== undefined && field(s.destination, 'ports') !== null;
    const ports = portSet(field(s.destination, 'ports'));
    for (const ip of addresses) {
      if (!ip) continue;
      const service = this.services.forAddress(ip, at);
      touched.push(service);
      if (protocol === undefined) {
        this.edges.grant(source, service, 'any', false, at);
        this.ctx.add(
          'mapped',
          'import.mapped.accessAnyPort',
          { cidrs: who, service: service.id },
          at,
        );
        continue;
      }
      if (service.synthesized) {
        for (const n of ports.numbers) this.services.addPort(service, n, protocol);
        const dropped = [...ports.ranges.map((r) => r.text), ...ports.names];
        if (dropped.length) {
          this.ctx.add(
            'ignored',
            'import.ignored.rulePortsUnknown',
            { ports: dropped.join(', '), service: service.id },
            at,
          );
        }
        if (!hasPorts || !ports.numbers.length) {
          this.edges.grant(source, service, 'any', false, at);
          this.ctx.add(
            'mapped',
            'import.mapped.accessAnyPort',
            { cidrs: who, service: service.id },
            at,
          );
          continue;
        }
        this.edges.grant(source, service, ports.numbers, true, at);
        this.ctx.add(
          'mapped',
          'import.mapped.access',
          {
            cidrs: who,
            service: service.id,
            ports: ports.numbers.map((n) => `${n}/${protocol}`).join(', '),
          },
          at,
        );
        continue;
      }
      const matched = service.ports.filter(
        (p) => p.protocol === protocol && (!hasPorts || inPortSet(p.port, ports)),
      );
      const unmatched = hasPorts
        ? [
            ...ports.numbers.filter((n) => !matched.some((p) => p.port === n)).map(String),
            ...ports.names,
          ]
        : [];
      if (unmatched.length) {
        this.ctx.add(
          'ignored',
          'import.ignored.rulePortsUnknown',
          { ports: unmatched.join(', '), service: service.id },
          at,
        );
      }
      if (!matched.length) continue;
      this.edges.grant(
        source,
        service,
        matched.map((p) => p.port),
        true,
        at,
      );
      this.ctx.add(
        'mapped',
        'import.mapped.access',
        { cidrs: who, service: service.id, ports: describePortList(matched) },
        at,
      );
    }
    return touched;
  }

  private readHostRule(policy: Located, rule: unknown, path: Segment[]): void {
    const s = shapeOf(rule);
    const at = { resource: policy, path };
    const h = this.hostIngress;
    const sctpRange = singleRange(field(s.destination, 'ports'));
    if (this.isSctpNodePortDeny(s) && keysAre(s.dst, ['ports']) && sctpRange) {
      h.denyRange = true;
      this.setRange(sctpRange);
      this.ctx.add(
        'mapped',
        'import.mapped.hostDenyRange',
        { protocol: 'SCTP', range: sctpRange },
        at,
      );
      return;
    }
    if (s.action === 'Allow' && this.readHostInCluster(s, at)) return;
    // Since issue #12, host access limits external sources only: the same rules, for them.
    const external = s.src.length > 0 && this.isExternalSource(s);
    if (s.extra.length || (s.src.length && !external) || s.protocol === null) {
      this.ctx.add('ignored', 'import.ignored.ruleShape', {}, at);
      return;
    }
    if (s.action === 'Allow' && s.protocol === undefined && !s.dst.length) {
      h.allowAll = true;
      this.ctx.add('mapped', 'import.mapped.hostAllowAll', {}, at);
      return;
    }
    // The end of "only these ports": bare since issue #12 (in-cluster sources were admitted first).
    if (s.action === 'Deny' && s.protocol === undefined && !s.dst.length) {
      this.ctx.add('mapped', 'import.mapped.hostDenyRest', {}, at);
      return;
    }
    const tcpOrUdp = s.protocol === 'TCP' || s.protocol === 'UDP' ? s.protocol : undefined;
    const selectorOk =
      !s.dst.includes('selector') ||
      isSelector(field(s.destination, 'selector'), this.nodeSelector);
    const notRange = singleRange(field(s.destination, 'notPorts'));
    const range = singleRange(field(s.destination, 'ports'));
    if (
      tcpOrUdp &&
      selectorOk &&
      s.action === 'Allow' &&
      keysAre(s.dst, ['notPorts'], ['selector']) &&
      notRange
    ) {
      h.exceptRange = true;
      this.setRange(notRange);
      this.ctx.add(
        'mapped',
        'import.mapped.hostAllowExcept',
        { protocol: tcpOrUdp, range: notRange },
        at,
      );
      return;
    }
    // SCTP too: since issue #12 the host policy admits in-cluster sources first, so its SCTP
    // deny needs no source of its own.
    const denied = s.protocol === 'SCTP' ? s.protocol : tcpOrUdp;
    if (
      denied &&
      selectorOk &&
      s.action === 'Deny' &&
      keysAre(s.dst, ['ports'], ['selector']) &&
      range
    ) {
      h.denyRange = true;
      this.setRange(range);
      this.ctx.add('mapped', 'import.mapped.hostDenyRange', { protocol: denied, range }, at);
      return;
    }
    const ports = portSet(field(s.destination, 'ports'));
    if (
      tcpOrUdp &&
      selectorOk &&
      s.action === 'Allow' &&
      keysAre(s.dst, ['ports'], ['selector']) &&
      (ports.numbers.length || ports.ranges.length) &&
      !ports.names.length
    ) {
      const into = tcpOrUdp === 'TCP' ? h.tcp : h.udp;
      // Ranges (`"10250:10259"`) as a design holds them, since issue #12.
      const listed = [...ports.numbers, ...ports.ranges.map((r) => r.text)];
      for (const n of listed) if (!into.includes(n)) into.push(n);
      this.ctx.add(
        'mapped',
        'import.mapped.hostAllowPorts',
        { protocol: tcpOrUdp, ports: listed.join(', ') },
        at,
      );
      return;
    }
    this.ctx.add('ignored', 'import.ignored.ruleShape', {}, at);
  }

  /**
   * `source: {notNets: [pod CIDRs], notSelector: <nodes>}`: from outside the cluster, neither a
   * node nor a pod. Every Deny of the app's tier is limited to such sources (issue #12), so that no
   * in-cluster flow is decided by it.
   */
  private isExternalSource(s: RuleShape): boolean {
    return (
      keysAre(s.src, ['notSelector'], ['notNets']) &&
      isSelector(field(s.source, 'notSelector'), this.nodeSelector)
    );
  }

  /** The host policy's first rules: the nodes and the pods always reach the nodes. */
  private readHostInCluster(s: RuleShape, at: { resource: Located; path: Segment[] }): boolean {
    if (s.extra.length || s.protocol !== undefined || s.dst.length) return false;
    const nodes =
      keysAre(s.src, ['selector']) && isSelector(field(s.source, 'selector'), this.nodeSelector);
    const pods =
      keysAre(s.src, ['nets']) && this.isPodCidrFamily(stringList(field(s.source, 'nets')));
    if (!nodes && !pods) return false;
    const who = nodes
      ? (str(field(s.source, 'selector')) ?? '')
      : stringList(field(s.source, 'nets')).join(', ');
    this.ctx.add('mapped', 'import.mapped.hostInCluster', { sources: who }, at);
    return true;
  }

  /**
   * The hardened profile's SCTP NodePort denies (pre-DNAT and host): one per IP family, from
   * anything that is neither a node nor (by `notNets`) a pod; the destination is checked by the caller.
   */
  private isSctpNodePortDeny(s: RuleShape): boolean {
    return (
      s.action === 'Deny' &&
      s.protocol === 'SCTP' &&
      !s.extra.length &&
      keysAre(s.src, ['notSelector'], ['notNets']) &&
      isSelector(field(s.source, 'notSelector'), this.nodeSelector)
    );
  }

  private setRange(range: string): void {
    if (this.facts.nodePortRange === undefined) this.facts.nodePortRange = range;
  }

  private addPodCidrs(nets: readonly string[]): void {
    for (const n of nets) if (!this.facts.podCidrs.includes(n)) this.facts.podCidrs.push(n);
  }

  /** Host access from every host policy read; undefined when there was none. */
  settleHostAccess(): HostAccess | undefined {
    const h = this.hostIngress;
    if (!h.policies) return undefined;
    if (h.exceptRange || h.allowAll) {
      if (!h.exceptRange && !h.denyRange)
        this.ctx.add('assumed', 'import.assumed.hostAllowAll', {});
      return { mode: 'allExceptNodePorts' };
    }
    return { mode: 'only', tcp: h.tcp, udp: h.udp };
  }

  // -------------------------------------------------------------------------------------------
  // Pod policies

  /** The services whose pods a selector names: their selector, in the namespace it names. */
  private servicesSelectedBy(selector: unknown, namespace: string | undefined): ServiceDraft[] {
    const labels = labelsOfSelector(str(selector) ?? 'all()');
    if (!labels) return [];
    const { [NAMESPACE_LABEL]: selectedNs, ...podLabels } = labels;
    if (selectedNs !== undefined && namespace !== undefined && selectedNs !== namespace) return [];
    const ns = selectedNs ?? namespace;
    return this.services.services.filter(
      (s) => sameLabels(s.selector, podLabels) && (ns === undefined || s.namespace === ns),
    );
  }

  /** The service whose pods a policy selects, by selector; by generated name on a tie. */
  serviceOfPolicy(policy: Located): ServiceDraft | undefined {
    const spec = field(policy.value, 'spec');
    const policyNs =
      enforcedKind(policy.kind) === 'NetworkPolicy'
        ? (str(field(field(policy.value, 'metadata'), 'namespace')) ?? 'default')
        : undefined;
    const candidates = this.servicesSelectedBy(field(spec, 'selector'), policyNs);
    if (candidates.length <= 1) return candidates[0];
    const slugs = serviceSlugs(this.services.services);
    const byName = candidates.filter((s) => {
      const slug = slugs.get(s.id) ?? s.name;
      return SERVICE_POLICY_PREFIXES.some(
        (prefix) => dnsLabelName(prefix, slug) === nameInTier(policy),
      );
    });
    const chosen = byName.length === 1 ? byName[0] : candidates[0];
    if (byName.length !== 1 && chosen) {
      this.ctx.add(
        'assumed',
        'import.assumed.ambiguousPolicy',
        { services: candidates.map((s) => s.id).join(', '), service: chosen.id },
        { resource: policy },
      );
    }
    return chosen;
  }

  /**
   * A policy on the pods of a service. `clientsAtPods`: client rules here are access edges (the
   * guide's Local mode), not a copy of the pre-DNAT edges (the hardened backends policy).
   */
  readPodPolicy(policy: Located, service: ServiceDraft, clientsAtPods: boolean): void {
    const spec = field(policy.value, 'spec');
    if (
      field(spec, 'doNotTrack') === true ||
      field(spec, 'preDNAT') === true ||
      field(spec, 'applyOnForward') === true
    ) {
      this.ctx.add(
        'ignored',
        'import.ignored.policyShape',
        { kind: policy.kind, name: policy.name },
        { resource: policy },
      );
      return;
    }
    service.podPolicies++;
    const tier = field(spec, 'tier');
    if (typeof tier === 'string' && this.ownTiers.has(tier)) service.passTier = true;
    this.reportPolicyFields(policy, ['selector', 'types', 'ingress', 'egress', 'order']);
    this.ctx.add(
      'mapped',
      'import.policy.pods',
      { name: policy.name, service: service.id },
      { resource: policy },
    );
    const ingress = this.rules(policy, 'ingress');
    if (!this.facts.podCidrs.length) this.learnPodCidrs(policy, service, ingress);
    for (const { rule, path } of ingress)
      this.readPodRule(policy, service, rule, path, clientsAtPods);
    for (const { path } of this.rules(policy, 'egress')) {
      this.ctx.add('ignored', 'import.ignored.egressRule', {}, { resource: policy, path });
    }
  }

  private readPodRule(
    policy: Located,
    service: ServiceDraft,
    rule: unknown,
    path: Segment[],
    clientsAtPods: boolean,
  ): void {
    const s = shapeOf(rule);
    const at = { resource: policy, path };
    if (s.action === 'Deny' && this.readBackendDeny(service, s, at)) return;
    if (
      s.action !== 'Allow' ||
      s.extra.length ||
      s.protocol === null ||
      !keysAre(s.dst, [], ['ports'])
    ) {
      this.ctx.add('ignored', 'import.ignored.ruleShape', {}, at);
      return;
    }
    const selector = field(s.source, 'selector');
    if (keysAre(s.src, ['selector']) && isSelector(selector, this.nodeSelector)) {
      this.ctx.add('mapped', 'import.mapped.nodesToBackends', { service: service.id }, at);
      return;
    }
    if (
      keysAre(s.src, ['selector']) &&
      isSelector(selector, { [NAMESPACE_LABEL]: service.namespace })
    ) {
      service.inClusterNamespace = true;
      this.ctx.add(
        'mapped',
        'import.mapped.inClusterSameNamespace',
        { service: service.id, namespace: service.namespace },
        at,
      );
      return;
    }
    const clients = clientSourcesOf(s.source, s.src, this.sets);
    if (!clients) {
      this.ctx.add('ignored', 'import.ignored.ruleShape', {}, at);
      return;
    }
    if (!clients.length) {
      this.reportNoSet(s, at);
      return;
    }
    const nets = stringList(field(s.source, 'nets'));
    if (s.src.includes('nets') && this.isPodCidrFamily(nets)) {
      service.inClusterAll = true;
      this.ctx.add('mapped', 'import.mapped.inClusterAllPods', { service: service.id }, at);
      return;
    }
    // Destination ports at the pod are target ports (after DNAT, SEMANTICS.md §1.3).
    const hasPorts = s.dst.includes('ports');
    const targets = portSet(field(s.destination, 'ports'));
    const granted = service.ports.filter(
      (p) =>
        (s.protocol === undefined || p.protocol === s.protocol) &&
        (!hasPorts || inPortSet(p.targetPort ?? p.port, targets)),
    );
    if (!granted.length) {
      this.ctx.add(
        'ignored',
        'import.ignored.rulePortsUnknown',
        { ports: list(field(s.destination, 'ports')).map(String).join(', '), service: service.id },
        at,
      );
      return;
    }
    for (const source of clients) {
      const cidrs = describeSource(source);
      if (clientsAtPods) {
        this.edges.grant(
          source,
          service,
          granted.map((p) => p.port),
          false,
          at,
        );
        this.ctx.add(
          'mapped',
          'import.mapped.access',
          { cidrs, service: service.id, ports: describePortList(granted) },
          at,
        );
      } else if (this.edges.find(source, service)) {
        this.ctx.add('mapped', 'import.mapped.backendClient', { cidrs, service: service.id }, at);
      } else {
        this.ctx.add('ignored', 'import.ignored.podClient', { cidrs, service: service.id }, at);
      }
    }
  }

  /**
   * The Denies of a backend policy in the app's tier (issue #12): every other external source, and
   * the in-cluster restriction, `{nets: pod CIDRs, notSelector: <nodes>}` (no pod) or
   * `{…, notSelector: <namespace> || <nodes>}` (no pod of another namespace) on the target ports.
   */
  private readBackendDeny(
    service: ServiceDraft,
    s: RuleShape,
    at: { resource: Located; path: Segment[] },
  ): boolean {
    if (s.extra.length || s.protocol === null) return false;
    if (s.protocol === undefined && !s.dst.length && this.isExternalSource(s)) {
      this.ctx.add('mapped', 'import.mapped.backendDenyExternal', { service: service.id }, at);
      return true;
    }
    if (
      !keysAre(s.src, ['nets', 'notSelector']) ||
      !keysAre(s.dst, [], ['ports']) ||
      !this.isPodCidrFamily(stringList(field(s.source, 'nets')))
    )
      return false;
    const exempt = parseSelector(str(field(s.source, 'notSelector')) ?? '');
    if (!exempt.ok) return false;
    const parts = exempt.selector.kind === 'or' ? exempt.selector.operands : [exempt.selector];
    const labels = parts.map((p) => labelsOfSelector(printSelector(p)));
    const nodes = labels.filter((l) => l && sameLabels(l, this.nodeSelector)).length;
    const namespace = { [NAMESPACE_LABEL]: service.namespace };
    const own = labels.filter((l) => l && sameLabels(l, namespace)).length;
    if (nodes !== 1 || parts.length !== 1 + own || own > 1) return false;
    service.restriction = own ? 'sameNamespace' : 'none';
    this.ctx.add(
      'mapped',
      own ? 'import.mapped.inClusterSameNamespace' : 'import.mapped.inClusterNone',
      { service: service.id, namespace: service.namespace },
      at,
    );
    return true;
  }

  /** True when `nets` is exactly the pod CIDRs of one family (how in-cluster rules are written). */
  private isPodCidrFamily(nets: readonly string[]): boolean {
    const family = parseCidr(nets[0] ?? '')?.family;
    if (!family) return false;
    const known = this.facts.podCidrs.length ? this.facts.podCidrs : this.learnedPodCidrs;
    const pods = known.filter((c) => parseCidr(c)?.family === family);
    return pods.length > 0 && sameSet(pods, nets);
  }

  /**
   * When no node policy names the pod CIDRs (the guide profile with only Local-mode services),
   * they can still be read off a pod policy: source nets of the other IP family than the service's
   * cluster IP cannot be a client of it, so they are the pods of that family (the in-cluster
   * rules); the run of rules beside them (after IPv4, before IPv6) with the same protocols and ports is
   * the other family's.
   */
  private learnPodCidrs(
    policy: Located,
    service: ServiceDraft,
    rules: readonly { rule: unknown; path: Segment[] }[],
  ): void {
    const runs: { nets: string[]; family: number; pattern: string[]; path: Segment[] }[] = [];
    for (const { rule, path } of rules) {
      const s = shapeOf(rule);
      const nets = keysAre(s.src, ['nets']) ? stringList(field(s.source, 'nets')) : [];
      const family = parseCidr(nets[0] ?? '')?.family ?? 0;
      const step = `${String(s.protocol)}|${JSON.stringify(field(s.destination, 'ports') ?? null)}`;
      const last = runs[runs.length - 1];
      if (last && nets.length && sameSet(last.nets, nets)) last.pattern.push(step);
      else runs.push({ nets, family, pattern: [step], path });
    }
    runs.forEach((run, i) => {
      if (!run.nets.length || !run.family || run.family === service.ip.family) return;
      // In-cluster rules come IPv4 first (byFamily), so the partner run follows an IPv4 run and
      // precedes an IPv6 one.
      const learned = [run];
      const other = run.family === 4 ? runs[i + 1] : runs[i - 1];
      if (
        other &&
        other.family === service.ip.family &&
        other.pattern.join() === run.pattern.join()
      )
        learned.push(other);
      for (const r of learned.sort((a, b) => a.family - b.family)) {
        if (r.nets.every((n) => this.learnedPodCidrs.includes(n))) continue;
        for (const n of r.nets) if (!this.learnedPodCidrs.includes(n)) this.learnedPodCidrs.push(n);
        this.ctx.add(
          'assumed',
          'import.assumed.podCidrsFromPods',
          { cidrs: r.nets.join(', ') },
          {
            resource: policy,
            path: r.path,
          },
        );
      }
    });
  }
}

/** The first of `cidrs` that holds the address `ip`, if any. */
export function cidrHolding(cidrs: readonly string[], ip: string): string | undefined {
  const addr = parseIp(ip);
  if (!addr) return undefined;
  return cidrs.find((c) => {
    const parsed = parseCidr(c);
    return parsed !== undefined && cidrsOverlap(parsed, { ...addr, prefix: bitsOf(addr.family) });
  });
}
