/**
 * The `hardened` profile: the guide's intent, written so that it holds under Calico's actual
 * behaviour (reference/calico/SEMANTICS.md §4): an external client reaches a service port if and
 * only if an access edge grants it, whichever node it enters and whichever backend kube-proxy picks,
 * with or without SNAT, in both modes; the nodes stay reachable; nothing else from outside reaches a
 * pod or a NodePort.
 */
import type { Client, Design, Service } from '../model/design';
import { effectiveTrafficPolicy } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { clusterIpAllowRules } from './clusterIpRules';
import { inClusterRules } from './inCluster';
import { sctpNodePortDenies } from './sctpNodePorts';
import {
  byFamily,
  chunks,
  MAX_PORTS,
  netsForService,
  describePorts,
  dnsLabelName,
  portGroups,
  rule,
  serviceSlugs,
  unique,
  type PortGroup,
} from './common';

/**
 * Explicit orders. A policy without `order` sorts after every policy that has one (§2.2), so each
 * generated policy has one: pre-DNAT allows before the pre-DNAT denies, and the backend policies
 * early enough to come before a user's own catch-all policies (which usually have higher orders).
 */
export const ORDER = {
  preDnatAllow: 100,
  preDnatDeny: 200,
  hostAccess: 300,
  hostEgress: 300,
  backends: 400,
} as const;

/** Adds the hardened profile's policies, in apply order. */
export function addHardenedPolicies(out: Output, design: Design): void {
  addAllowClusterIps(out, design);
  addDenyUnlistedExternal(out, design);
  addHostAccess(out, design);
  addHostEgress(out, design);
  const slugs = serviceSlugs(design);
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  const edgesByService = new Map<string, Design['access']>();
  for (const edge of design.access) {
    const edges = edgesByService.get(edge.service);
    if (edges) edges.push(edge);
    else edgesByService.set(edge.service, [edge]);
  }
  for (const s of design.services) {
    addBackends(out, design, s, slugs.get(s.id) ?? s.name, clients, edgesByService.get(s.id) ?? []);
  }
}

/** Pre-DNAT Allows: one per access edge, protocol and family, always with the granted ports. */
function addAllowClusterIps(out: Output, design: Design): void {
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  const services = new Map(design.services.map((s) => [s.id, s]));
  const rules: ExplainedRule[] = [];
  for (const edge of design.access) {
    const client = clients.get(edge.client);
    const service = services.get(edge.service);
    if (!client || !service) continue;
    const groups = portGroups(service, edge.ports);
    for (const nets of netsForService(client, service)) {
      rules.push(...clusterIpAllowRules(client, service, nets, groups));
      rules.push(...remoteBackendRules(out, design, client, service, nets, groups));
    }
  }
  out.globalPolicy(
    'allow-cluster-ips',
    {
      order: ORDER.preDnatAllow,
      selector: out.selectors.nodes(design),
      types: ['Ingress'],
      applyOnForward: true,
      preDNAT: true,
    },
    'ingress',
    rules,
    { messageId: 'explain.gnp.hardenedAllowClusterIps', facts: ['§1.2', '§1.3', '§2.2', 'D3'] },
  );
}

/**
 * Without kube-proxy masquerading (SEMANTICS.md §1.4, last row) a Cluster-mode flow to a backend
 * on another node arrives there with the client's own address and the pod's: it cannot be told
 * from direct pod access, so the granted client may reach the service's pods on the granted target
 * ports, and nothing more, before the deny below.
 */
function remoteBackendRules(
  out: Output,
  design: Design,
  client: Client,
  service: Service,
  nets: string[],
  groups: readonly PortGroup[],
): ExplainedRule[] {
  if (
    effectiveTrafficPolicy(design, service) !== 'Cluster' ||
    !Object.keys(service.selector).length
  )
    return [];
  const rules: ExplainedRule[] = [];
  for (const g of groups) {
    rules.push({
      rule: rule({
        action: 'Allow',
        protocol: g.protocol,
        source: { nets },
        destination: { selector: out.selectors.podsOf(service), ports: g.targets },
      }),
      why: {
        messageId: 'explain.rule.allowClientToRemoteBackend',
        params: {
          client: client.name,
          cidrs: nets.join(', '),
          service: `${service.namespace}/${service.name}`,
          ports: describePorts([g], 'targets'),
        },
        elements: [client.id, service.id],
        facts: ['§1.3', '§1.4'],
      },
    });
  }
  return rules;
}

/**
 * Pre-DNAT Denies, ordered after the allows: pre-DNAT has no default drop (§2.3 c), so without
 * them an unmatched packet carries on to the pods (§4.1).
 */
function addDenyUnlistedExternal(out: Output, design: Design): void {
  const nodes = out.selectors.nodes(design);
  const range = design.cluster.nodePortRange;
  const rules: ExplainedRule[] = [];
  for (const [, nets] of byFamily(design.cluster.serviceCidrs)) {
    rules.push({
      rule: rule({ action: 'Deny', destination: { nets } }),
      why: {
        messageId: 'explain.rule.denyClusterIps',
        params: { cidrs: nets.join(', ') },
        facts: ['§2.3', '§4'],
      },
    });
  }
  for (const protocol of ['TCP', 'UDP'] as const) {
    rules.push({
      rule: rule({ action: 'Deny', protocol, destination: { selector: nodes, ports: [range] } }),
      why: {
        messageId: 'explain.rule.denyNodePorts',
        params: { protocol, range },
        facts: ['§2.1', '§2.3', 'D2'],
      },
    });
  }
  rules.push(
    ...sctpNodePortDenies(
      out,
      design,
      range,
      { selector: nodes },
      'explain.rule.denySctpNodePorts',
      ['§1.1', '§2.3', 'D2'],
    ),
  );
  for (const [, nets] of byFamily(design.cluster.podCidrs)) {
    rules.push({
      rule: rule({
        action: 'Deny',
        source: { notNets: nets, notSelector: nodes },
        destination: { nets },
      }),
      why: {
        messageId: 'explain.rule.denyDirectToPods',
        params: { cidrs: nets.join(', ') },
        facts: ['§2.3', '§3'],
      },
    });
  }
  out.globalPolicy(
    'deny-unlisted-external',
    {
      order: ORDER.preDnatDeny,
      selector: nodes,
      types: ['Ingress'],
      applyOnForward: true,
      preDNAT: true,
    },
    'ingress',
    rules,
    { messageId: 'explain.gnp.denyUnlistedExternal', facts: ['§2.2', '§2.3', '§4', 'D20'] },
  );
}

/**
 * Traffic to the nodes themselves, as `hostAccess` says. Once a HostEndpoint exists, Calico denies
 * what no policy allows to the host, failsafe ports aside (§2.3 a, §2.5). No destination selector:
 * this policy only ever sees traffic that terminates on the node, whatever address it used.
 */
function addHostAccess(out: Output, design: Design): void {
  const access = design.cluster.hostAccess;
  const rules: ExplainedRule[] = [];
  if (access.mode === 'allExceptNodePorts') {
    const range = design.cluster.nodePortRange;
    for (const protocol of ['TCP', 'UDP'] as const) {
      rules.push({
        rule: rule({ action: 'Deny', protocol, destination: { ports: [range] } }),
        why: {
          messageId: 'explain.rule.hostDenyNodePortRange',
          params: { protocol, range },
          facts: ['§0'],
        },
      });
    }
    rules.push(
      ...sctpNodePortDenies(out, design, range, {}, 'explain.rule.hostDenySctpNodePortRange', [
        '§0',
        '§1.1',
      ]),
    );
    rules.push({
      rule: rule({ action: 'Allow' }),
      why: { messageId: 'explain.rule.hostAllowRest', facts: ['§2.3', 'D11'] },
    });
  } else {
    for (const [protocol, ports] of [
      ['TCP', access.tcp],
      ['UDP', access.udp],
    ] as const) {
      for (const part of chunks(unique(ports), MAX_PORTS)) {
        rules.push({
          rule: rule({ action: 'Allow', protocol, destination: { ports: part } }),
          why: {
            messageId: 'explain.rule.hostAllowPorts',
            params: { protocol, ports: part.join(', ') },
            facts: ['§2.3', '§2.5'],
          },
        });
      }
    }
  }
  out.globalPolicy(
    'allow-traffic-hostendpoints',
    { order: ORDER.hostAccess, selector: out.selectors.nodes(design), types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId:
        access.mode === 'only'
          ? 'explain.gnp.hostAccessOnly'
          : 'explain.gnp.hostAccessAllExceptNodePorts',
      facts: ['§0', '§2.3', '§2.5', 'D11'],
    },
  );
}

/**
 * A HostEndpoint with no egress policy drops what the node itself sends, failsafe ports aside
 * (D11: "deny traffic to/from that endpoint"), which would cut nodes off from registries and
 * peers. One explicit Allow keeps the node's own traffic flowing; it does not apply to forwarded
 * traffic (no applyOnForward).
 */
function addHostEgress(out: Output, design: Design): void {
  out.globalPolicy(
    'allow-host-egress',
    { order: ORDER.hostEgress, selector: out.selectors.nodes(design), types: ['Egress'] },
    'egress',
    [
      {
        rule: rule({ action: 'Allow' }),
        why: { messageId: 'explain.rule.hostEgressAllowAll', facts: ['D11'] },
      },
    ],
    { messageId: 'explain.gnp.hostEgress', facts: ['§2.3', 'D11'] },
  );
}

/**
 * The policy on one service's pods. A same-node backend's policy sees the client's address, a
 * remote backend's sees the ingress node's (§1.3, §1.4): both must be admitted on the granted
 * ports. The pre-DNAT policies already stopped every ungranted client before SNAT hid it.
 */
function addBackends(
  out: Output,
  design: Design,
  service: Service,
  slug: string,
  clients: ReadonlyMap<string, Client>,
  edges: Design['access'],
): void {
  if (!Object.keys(service.selector).length) return;
  const svc = `${service.namespace}/${service.name}`;
  const rules: ExplainedRule[] = [];
  const granted: number[] = [];
  for (const edge of edges) {
    const client = clients.get(edge.client);
    if (!client) continue;
    const groups = portGroups(service, edge.ports);
    for (const g of groups) granted.push(...g.ports);
    for (const nets of netsForService(client, service)) {
      for (const g of groups) {
        rules.push({
          rule: rule({
            action: 'Allow',
            protocol: g.protocol,
            source: { nets },
            destination: { ports: g.targets },
          }),
          why: {
            messageId: 'explain.rule.backendAllowClient',
            params: {
              client: client.name,
              cidrs: nets.join(', '),
              service: svc,
              ports: describePorts([g], 'targets'),
            },
            elements: [client.id, service.id],
            facts: ['§1.3', '§1.4'],
          },
        });
      }
    }
  }
  const grantedGroups: PortGroup[] = granted.length ? portGroups(service, granted) : [];
  for (const g of grantedGroups) {
    rules.push({
      rule: rule({
        action: 'Allow',
        protocol: g.protocol,
        source: { selector: out.selectors.nodes(design) },
        destination: { ports: g.targets },
      }),
      why: {
        messageId: 'explain.rule.backendAllowNodes',
        params: { service: svc, ports: describePorts([g], 'targets') },
        elements: [service.id],
        facts: ['§1.3', '§1.4', '§3', '§4.2'],
      },
    });
  }
  rules.push(...inClusterRules(design, service));
  out.globalPolicy(
    dnsLabelName('allow-backends', slug),
    { order: ORDER.backends, selector: out.selectors.podsOf(service), types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId: rules.length ? 'explain.gnp.backends' : 'explain.gnp.backendsClosed',
      params: { service: svc, clusterIP: service.clusterIP },
      elements: [service.id],
      facts: ['§1.3', '§1.4', '§2.3'],
    },
  );
}
