/** Small pure helpers shared by both output profiles. */
import { dnsLabel, serviceSlugs as slugsOf } from '../calico/resourceNames';
import { quoteSelectorValue, selectorFromLabels } from '../calico/selector';
import type { PortSpec, Rule } from '../calico/types';
import type { Client, Design, DesignNode, Protocol, Service } from '../model/design';
import { targetPortOf } from '../model/design';
import { formatCidr, formatIp, hostCidr, parseCidr, parseIp, type IpFamily } from '../net/ip';

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/**
 * Memo of strings derived from one string: generation derives the same few many times over.
 * Keyed by the whole input text, so no call can see what an earlier one asked; only strings are
 * kept, never arrays or objects that a caller could change; cleared past 10,000 entries.
 */
function stringMemo(derive: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = derive(key);
      if (memo.size > 10_000) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/** The selector every node HostEndpoint carries, e.g. `k8s-role == 'node'`. */
export function nodeSelector(design: Design): string {
  const { key, value } = design.cluster.nodeLabel;
  return selectorFromLabels({ [key]: value });
}

/**
 * The labels of a node's HostEndpoints: the node's own labels (so a user's policies can select
 * HostEndpoints by them, as they can auto HostEndpoints, SEMANTICS.md §2.4) plus the node label,
 * which wins on a clash because every generated node policy selects by it.
 */
export function nodeLabels(design: Design, node: DesignNode): Record<string, string> {
  const { key, value } = design.cluster.nodeLabel;
  // Entries, not a spread of the labels: see withRules in builder.ts.
  const entries = Object.entries(node.labels).filter(([k]) => k !== key);
  entries.push([key, value]);
  return Object.fromEntries(entries.sort(([a], [b]) => compareStrings(a, b)));
}

const hostNetOf = stringMemo((address: string) => {
  const ip = parseIp(address);
  return ip ? hostCidr(ip) : address;
});

/** `10.20.30.40/32`: Calico rule nets need a CIDR, never a bare IP (VALIDATION.md §5). */
export function clusterIpNet(service: Service): string {
  return hostNetOf(service.clusterIP);
}

/** Memo of address families: generation asks for the same few addresses many times. */
function familyMemo(parse: (text: string) => { family: IpFamily } | undefined) {
  const memo = new Map<string, IpFamily | 0>();
  return (text: string): IpFamily | undefined => {
    let family = memo.get(text);
    if (family === undefined) {
      family = parse(text)?.family ?? 0; // 0: not an address, remembered too
      if (memo.size > 50_000) memo.clear();
      memo.set(text, family);
    }
    return family || undefined;
  };
}

/** The family of an address, or undefined when the text is not one. */
export const familyOfIp = familyMemo(parseIp);

/** The family of a CIDR, or undefined when the text is not one. */
export const familyOfCidr = familyMemo(parseCidr);

/** Calico's limit on the entries of one rule's `nets` or `notNets` (VALIDATION.md §5). */
export const MAX_NETS = 256;
/** Calico's limit on the entries of one rule's `ports` or `notPorts` (VALIDATION.md §5). */
export const MAX_PORTS = 50;

/** `list` in consecutive pieces of at most `size` items; none for an empty list. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * CIDRs in canonical form, each once, in first-seen order. Calico refuses a rule whose `nets` list
 * one entry twice (a list-type set, VALIDATION.md §5); a design may (a client listing the same
 * network twice, or in two spellings of one IPv6 address), and is still valid.
 */
export function uniqueCidrs(cidrs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of cidrs) {
    const c = parseCidr(text);
    out.add(c ? formatCidr(c) : text);
  }
  return [...out];
}

/** Addresses in canonical form, each once (`expectedIPs` is a list-type set too, V§9). */
export function uniqueIps(ips: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of ips) {
    const ip = parseIp(text);
    out.add(ip ? formatIp(ip) : text);
  }
  return [...out];
}

/** CIDRs grouped by IP family (4 first): one Calico rule may hold only one family (VALIDATION.md §4). */
export function byFamily(cidrs: readonly string[]): [IpFamily, string[]][] {
  const out: [IpFamily, string[]][] = [];
  for (const family of [4, 6] as const) {
    const list = cidrs.filter((c) => familyOfCidr(c) === family);
    if (list.length) out.push([family, uniqueCidrs(list)]);
  }
  return out;
}

export interface PortGroup {
  protocol: Protocol;
  /** Service ports (pre-DNAT: what a rule on the cluster IP sees). */
  ports: number[];
  /** Target ports (post-DNAT: what a rule at the pod sees). */
  targets: PortSpec[];
}

/**
 * The service's ports (optionally only `only`), grouped by protocol in TCP, UDP, SCTP order, at
 * most MAX_PORTS to a group so that each group fits in one rule.
 */
export function portGroups(service: Service, only?: readonly number[]): PortGroup[] {
  const groups: PortGroup[] = [];
  for (const protocol of PROTOCOLS) {
    let group: PortGroup | undefined;
    for (const p of service.ports) {
      if (p.protocol !== protocol || (only && !only.includes(p.port))) continue;
      if (group?.ports.length === MAX_PORTS) {
        groups.push(group);
        group = undefined;
      }
      group ??= { protocol, ports: [], targets: [] };
      const target = targetPortOf(p);
      if (!group.ports.includes(p.port)) group.ports.push(p.port);
      if (!group.targets.includes(target)) group.targets.push(target);
    }
    if (group) groups.push(group);
  }
  return groups;
}

export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** `80/TCP, 443/TCP`, for explanations. */
export function describePorts(groups: readonly PortGroup[], which: 'ports' | 'targets'): string {
  let text = '';
  for (const g of groups) {
    for (const p of g[which]) text += `${text ? ', ' : ''}${p}/${g.protocol}`;
  }
  return text;
}

/** `a == 'x'`: the Service's own selector, as the guide writes it (every namespace). */
export function serviceSelector(service: Service): string {
  return selectorFromLabels(service.selector);
}

/** `a == 'x' && projectcalico.org/namespace == 'ns'`: a Service's pods, in its namespace only. */
export function podsOfServiceSelector(service: Service): string {
  // Object.assign, not a spread: see withRules in builder.ts.
  const labels = Object.assign({}, service.selector, {
    'projectcalico.org/namespace': service.namespace,
  });
  return selectorFromLabels(labels);
}

/**
 * The selectors one generation run writes again and again (a policy names a service's pods once
 * per rule), each written once. A run makes its own (`Output.selectors`) and the design cannot
 * change while it runs, so keying by object is safe here; nothing reaches the next run, which
 * gets the selectors of a design changed in place since.
 */
export class Selectors {
  private readonly own = new Map<Service, string>();
  private readonly pods = new Map<Service, string>();
  private node: { design: Design; selector: string } | undefined;

  /** `nodeSelector`, once per run. */
  nodes(design: Design): string {
    if (this.node?.design !== design) this.node = { design, selector: nodeSelector(design) };
    return this.node.selector;
  }

  /** `serviceSelector`, once per Service and run. */
  of(service: Service): string {
    let selector = this.own.get(service);
    if (selector === undefined) {
      selector = serviceSelector(service);
      this.own.set(service, selector);
    }
    return selector;
  }

  /** `podsOfServiceSelector`, once per Service and run. */
  podsOf(service: Service): string {
    let selector = this.pods.get(service);
    if (selector === undefined) {
      selector = podsOfServiceSelector(service);
      this.pods.set(service, selector);
    }
    return selector;
  }
}

/** Selects every pod of one namespace (Calico labels each workload with its namespace). */
export function namespaceSelector(namespace: string): string {
  return `projectcalico.org/namespace == ${quoteSelectorValue(namespace)}`;
}

/**
 * A policy name: one DNS label without dots, at most 63 characters (VALIDATION.md §1.4, the
 * portable choice). Longer names are cut and given a hash of the full name, so they stay unique.
 */
export function dnsLabelName(...parts: string[]): string {
  return dnsLabelOf(parts.join('-'));
}

const dnsLabelOf = stringMemo(dnsLabel);

/** A rule with keys in Calico's documented order; undefined fields are left out. */
export function rule(r: Rule): Rule {
  const out: Rule = { action: r.action };
  if (r.protocol !== undefined) out.protocol = r.protocol;
  if (r.notProtocol !== undefined) out.notProtocol = r.notProtocol;
  if (r.ipVersion !== undefined) out.ipVersion = r.ipVersion;
  if (r.source && Object.keys(r.source).length) out.source = r.source;
  if (r.destination && Object.keys(r.destination).length) out.destination = r.destination;
  return out;
}

/** Services by effective mode, keeping design order. */
export function servicesInMode(design: Design, mode: 'Cluster' | 'Local'): Service[] {
  return design.services.filter((s) => (s.trafficPolicy ?? design.cluster.trafficPolicy) === mode);
}

/** The short name of each service in its policy names, unique by construction (resourceNames.ts). */
export function serviceSlugs(design: Design): Map<string, string> {
  return slugsOf(design.services);
}

/**
 * The client's CIDRs of the cluster IP's family, each once, in rules' worth of at most MAX_NETS:
 * none for a client of the other family, which cannot use the service; one rule holds one family
 * (VALIDATION.md §4).
 */
export function netsForService(client: Client, service: Service): string[][] {
  const family = familyOfIp(service.clusterIP);
  if (!family) return [];
  return chunks(uniqueCidrs(client.cidrs.filter((c) => familyOfCidr(c) === family)), MAX_NETS);
}

/** A copy with keys in sorted order: output never depends on the order a user typed labels in. */
export function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}

/** Byte-order comparison, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
