/**
 * The `hardened` profile: the guide's intent, written so that it holds under Calico's actual
 * behaviour (reference/calico/SEMANTICS.md §4): an external client reaches a service port if and
 * only if an access edge grants it, whichever node it enters and whichever backend kube-proxy picks,
 * with or without SNAT, in both modes; the nodes stay reachable; nothing else from outside reaches a
 * pod or a NodePort. And nothing else changes: every Deny is limited to sources outside the cluster
 * (or to a restriction the design makes, `inCluster`), the host policy admits the cluster's own
 * sources first, and the backend policies end in their tier's Pass, so in-cluster flows meet the
 * cluster's own policies exactly as before (DATAPLANES.md §5.2).
 */
import type { Client, Design, Service } from '../model/design';
import { effectiveTrafficPolicy } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { clusterIpAllowRules } from './clusterIpRules';
import { inClusterRestrictions } from './inCluster';
import { nodePortDenies } from './nodePortDenies';
import { hasTiers } from './placement';
import { hostAllowPortRules, hostInClusterRules } from './hostRules';
import { externalSources } from './sources';
import {
  byFamily,
  netsForService,
  describePorts,
  dnsLabelName,
  portGroups,
  PROTOCOLS,
  rule,
  serviceSlugs,
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

/** Adds the hardened profile's policies, in apply order; `clientSets`: each client's set selector. */
export function addHardenedPolicies(
  out: Output,
  design: Design,
  clientSets: ReadonlyMap<string, string>,
): void {
  addAllowClusterIps(out, design, clientSets);
  addDenyUnlistedExternal(out, design);
  addHostAccess(out, design);
  addHostEgress(out, design);
  // Without tiers a policy that selects the pods puts them behind the default tier's final Deny:
  // every in-cluster flow to a port it does not list would stop. The pre-DNAT and host policies
  // already decide for external traffic, so the backend policies are left out (lints.ts says so).
  if (!hasTiers(design)) return;
  const slugs = serviceSlugs(design);
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  const edgesByService = new Map<string, Design['access']>();
  for (const edge of design.access) {
    const edges = edgesByService.get(edge.service);
    if (edges) edges.push(edge);
    else edgesByService.set(edge.service, [edge]);
  }
  for (const s of design.services) {
    addBackends(
      out,
      design,
      s,
      slugs.get(s.id) ?? s.name,
      clients,
      clientSets,
      edgesByService.get(s.id) ?? [],
    );
  }
}

/** Pre-DNAT Allows: one per access edge, protocol and family, always with the granted ports. */
function addAllowClusterIps(
  out: Output,
  design: Design,
  clientSets: ReadonlyMap<string, string>,
): void {
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  const services = new Map(design.services.map((s) => [s.id, s]));
  const rules: ExplainedRule[] = [];
  for (const edge of design.access) {
    const client = clients.get(edge.client);
    const service = services.get(edge.service);
    const selector = client && clientSets.get(client.id);
    if (!client || !service || !selector) continue;
    // The set holds every address of the client; a rule to a cluster IP of one family matches
    // only that family's, so one rule serves all (none when the client has no address of it).
    const nets = netsForService(client, service).flat();
    if (!nets.length) continue;
    const groups = portGroups(service, edge.ports);
    rules.push(...clusterIpAllowRules(client, service, nets, groups, { selector }));
    rules.push(...remoteBackendRules(out, design, client, service, nets, groups, selector));
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
  clientSet: string,
): ExplainedRule[] {
  if (
    effectiveTrafficPolicy(design, service) !== 'Cluster' ||
    !Object.keys(service.selector).length
  )
    return [];
  return groups.map((g) => ({
    rule: rule({
      action: 'Allow',
      protocol: g.protocol,
      source: { selector: clientSet },
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
  }));
}

/**
 * Pre-DNAT Denies, ordered after the allows: pre-DNAT has no default drop (§2.3 c), so without
 * them an unmatched packet carries on to the pods (§4.1). Each is limited to sources outside the
 * cluster: a node's or a pod's own traffic to these addresses is not this policy's to decide.
 */
function addDenyUnlistedExternal(out: Output, design: Design): void {
  const nodes = out.selectors.nodes(design);
  const range = design.cluster.nodePortRange;
  const external = new Map(externalSources(out, design).map((e) => [e.family, e.source]));
  const rules: ExplainedRule[] = [];
  for (const [family, nets] of byFamily(design.cluster.serviceCidrs)) {
    const source = external.get(family) ?? { notSelector: nodes };
    rules.push({
      rule: rule({ action: 'Deny', ipVersion: family, source, destination: { nets } }),
      why: {
        messageId: 'explain.rule.denyClusterIps',
        params: { cidrs: nets.join(', ') },
        facts: ['§2.3', '§4'],
      },
    });
  }
  rules.push(
    ...nodePortDenies(out, design, range, { selector: nodes }, 'explain.rule.denyNodePorts', [
      '§1.1',
      '§2.1',
      '§2.3',
      'D2',
    ]),
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
 * Traffic to the nodes themselves, as `hostAccess` says for sources outside the cluster. Once a
 * HostEndpoint exists, Calico denies what no policy allows to the host, failsafe ports aside
 * (§2.3 a, §2.5). No destination selector: this policy only ever sees traffic that terminates on
 * the node, whatever address it used.
 */
function addHostAccess(out: Output, design: Design): void {
  const access = design.cluster.hostAccess;
  const rules = hostInClusterRules(out, design);
  if (access.mode === 'allExceptNodePorts') {
    const range = design.cluster.nodePortRange;
    for (const protocol of PROTOCOLS) {
      rules.push({
        rule: rule({ action: 'Deny', protocol, destination: { ports: [range] } }),
        why: {
          messageId: 'explain.rule.hostDenyNodePortRange',
          params: { protocol, range },
          facts: ['§0', '§1.1'],
        },
      });
    }
    rules.push({
      rule: rule({ action: 'Allow' }),
      why: { messageId: 'explain.rule.hostAllowRest', facts: ['§2.3', 'D11'] },
    });
  } else {
    rules.push(...hostAllowPortRules(access));
    rules.push({
      rule: rule({ action: 'Deny' }),
      why: { messageId: 'explain.rule.hostDenyRest', facts: ['§2.3', '§2.5'] },
    });
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
 * The policy on one service's pods, in the tier: the granted clients on the granted target ports
 * (a same-node backend sees the client's address when kube-proxy does not masquerade, §1.3, §1.4),
 * every other source outside the cluster denied, and the design's own in-cluster restriction.
 * Everything else, the nodes' and pods' traffic above all, reaches the end of the tier and passes
 * to the cluster's own policies, which decide as they did before.
 */
function addBackends(
  out: Output,
  design: Design,
  service: Service,
  slug: string,
  clients: ReadonlyMap<string, Client>,
  clientSets: ReadonlyMap<string, string>,
  edges: Design['access'],
): void {
  if (!Object.keys(service.selector).length) return;
  const svc = `${service.namespace}/${service.name}`;
  const rules: ExplainedRule[] = [];
  for (const edge of edges) {
    const client = clients.get(edge.client);
    const selector = client && clientSets.get(client.id);
    if (!client || !selector) continue;
    const nets = netsForService(client, service).flat();
    if (!nets.length) continue;
    for (const g of portGroups(service, edge.ports)) {
      rules.push({
        rule: rule({
          action: 'Allow',
          protocol: g.protocol,
          source: { selector },
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
  for (const { family, source } of externalSources(out, design)) {
    rules.push({
      rule: rule({ action: 'Deny', ipVersion: family, source }),
      why: {
        messageId: 'explain.rule.backendDenyExternal',
        params: { service: svc, family: `IPv${family}` },
        elements: [service.id],
        facts: ['§1.3', '§4'],
      },
    });
  }
  rules.push(...inClusterRestrictions(out, design, service));
  out.globalPolicy(
    dnsLabelName('allow-backends', slug),
    { order: ORDER.backends, selector: out.selectors.podsOf(service), types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId: 'explain.gnp.backends',
      params: { service: svc, clusterIP: service.clusterIP },
      elements: [service.id],
      facts: ['§1.3', '§1.4', '§2.3', 'DP§5.2'],
    },
  );
}
