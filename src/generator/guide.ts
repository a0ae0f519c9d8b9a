/**
 * The `guide` profile: exactly the recipe of Calico's guide "Apply policy to services exposed
 * externally as cluster IPs" (reference/seed/services-cluster-ips.zh.md), with the guide's names.
 * Its one repair is the `ingress:` key the guide's third policy lacks, without which Calico rejects
 * the policy (SEMANTICS.md §0). Its gaps are reported as lints (lints.ts), not fixed here.
 */
import type { PortSpec, Rule } from '../calico/types';
import type { Client, Design, Service } from '../model/design';
import { parsePortRange } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { clusterIpAllowRules } from './clusterIpRules';
import { hostAllowPortRules, hostInClusterRules } from './hostRules';
import { inClusterRules } from './inCluster';
import {
  byFamily,
  chunks,
  MAX_PORTS,
  netsForService,
  clusterIpNet,
  describePorts,
  dnsLabelName,
  portGroups,
  rule,
  serviceSlugs,
  servicesInMode,
  unique,
} from './common';

/** Adds the guide profile's policies, in apply order. */
export function addGuidePolicies(out: Output, design: Design): void {
  const clusterServices = servicesInMode(design, 'Cluster');
  const slugs = serviceSlugs(design);
  if (clusterServices.length) {
    addAllowClusterIps(out, design, clusterServices);
    addAllowToPods(out, design);
    addAllowTrafficHostEndpoints(out, design);
    for (const s of clusterServices) {
      addAllowNodes(out, design, s, slugs.get(s.id) ?? s.name);
      addInCluster(out, design, s, slugs.get(s.id) ?? s.name);
    }
  }
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  for (const s of servicesInMode(design, 'Local')) {
    const edges = design.access.filter((a) => a.service === s.id);
    addLocalPolicy(out, design, s, slugs.get(s.id) ?? s.name, clients, edges);
  }
}

function clientsAndServices(design: Design) {
  const clients = new Map(design.clients.map((c) => [c.id, c]));
  const services = new Map(design.services.map((s) => [s.id, s]));
  return { clients, services };
}

/** The guide's `allow-cluster-ips`: one pre-DNAT Allow per access edge to a Cluster-mode service. */
function addAllowClusterIps(out: Output, design: Design, clusterServices: Service[]): void {
  const { clients, services } = clientsAndServices(design);
  const inScope = new Set(clusterServices.map((s) => s.id));
  const rules: ExplainedRule[] = [];
  for (const edge of design.access) {
    const client = clients.get(edge.client);
    const service = services.get(edge.service);
    if (!client || !service || !inScope.has(service.id)) continue;
    for (const nets of netsForService(client, service)) {
      rules.push(...allowClientToClusterIp(client, service, nets, edge.ports));
    }
  }
  out.globalPolicy(
    'allow-cluster-ips',
    {
      selector: out.selectors.nodes(design),
      types: ['Ingress'],
      applyOnForward: true,
      preDNAT: true,
    },
    'ingress',
    rules,
    { messageId: 'explain.gnp.allowClusterIps', facts: ['§1.2', '§1.3', 'D1', 'D3'] },
  );
}

/** The guide's pre-DNAT Allows for one edge and one rule's worth of the client's nets. */
function allowClientToClusterIp(
  client: Client,
  service: Service,
  nets: string[],
  ports: readonly number[] | undefined,
): ExplainedRule[] {
  if (!ports) {
    return [
      {
        rule: rule({
          action: 'Allow',
          source: { nets },
          destination: { nets: [clusterIpNet(service)] },
        }),
        why: {
          messageId: 'explain.rule.allowClientAnyPort',
          params: {
            client: client.name,
            cidrs: nets.join(', '),
            service: `${service.namespace}/${service.name}`,
            clusterIP: service.clusterIP,
          },
          elements: [client.id, service.id],
          facts: ['§1.2', '§1.3', 'D3'],
        },
      },
    ];
  }
  return clusterIpAllowRules(client, service, nets, portGroups(service, ports));
}

/** The guide's `allow-to-pods`: pre-DNAT Allow to the pod CIDRs. */
function addAllowToPods(out: Output, design: Design): void {
  const rules: ExplainedRule[] = byFamily(design.cluster.podCidrs).map(([, nets]) => ({
    rule: rule({ action: 'Allow', destination: { nets } }),
    why: {
      messageId: 'explain.rule.allowToPods',
      params: { cidrs: nets.join(', ') },
      facts: ['§2.3'],
    },
  }));
  out.globalPolicy(
    'allow-to-pods',
    {
      selector: out.selectors.nodes(design),
      types: ['Ingress'],
      applyOnForward: true,
      preDNAT: true,
    },
    'ingress',
    rules,
    { messageId: 'explain.gnp.allowToPods', facts: ['§2.3', 'D1'] },
  );
}

/**
 * The guide's `allow-traffic-hostendpoints`, with its missing `ingress:` restored (§0), and the
 * nodes and pods admitted first: "only these ports" must never cut the cluster's own traffic
 * (kubelet, tunnels, BGP), so no host-access setting can lock a node out.
 */
function addAllowTrafficHostEndpoints(out: Output, design: Design): void {
  const nodes = out.selectors.nodes(design);
  const access = design.cluster.hostAccess;
  const rules: ExplainedRule[] = hostInClusterRules(out, design);
  if (access.mode === 'allExceptNodePorts') {
    const range = design.cluster.nodePortRange;
    for (const protocol of ['TCP', 'UDP'] as const) {
      rules.push({
        rule: rule({
          action: 'Allow',
          protocol,
          destination: { selector: nodes, notPorts: [range] },
        }),
        why: {
          messageId: 'explain.rule.hostAllowExceptNodePorts',
          params: { protocol, range },
          facts: ['§0', '§2.3'],
        },
      });
    }
  } else {
    rules.push(...hostAllowPortRules(access, { selector: nodes }));
  }
  out.globalPolicy(
    'allow-traffic-hostendpoints',
    { selector: nodes, types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId: 'explain.gnp.guideHostAccess',
      facts: ['§0', '§2.3', 'D11'],
    },
  );
}

/**
 * The guide's `allow-nodes-<service>`: the service's pods accept its ports from the nodes, for TCP
 * and UDP as the guide prints it. The ports are the target ports, which is what a rule at the pod
 * sees after DNAT (§1.3); the guide's example has them equal to the service ports.
 */
function addAllowNodes(out: Output, design: Design, service: Service, slug: string): void {
  const allTargets: PortSpec[] = [];
  for (const g of portGroups(service)) allTargets.push(...g.targets);
  const protocols = unique(['TCP', 'UDP', ...service.ports.map((p) => p.protocol)] as const);
  const rules: ExplainedRule[] = protocols.flatMap((protocol) =>
    chunks(unique(allTargets), MAX_PORTS).map((targets) => ({
      rule: rule({
        action: 'Allow',
        protocol,
        source: { selector: out.selectors.nodes(design) },
        destination: { ports: targets },
      }),
      why: {
        messageId: 'explain.rule.allowNodesToService',
        params: {
          protocol,
          ports: targets.join(', '),
          service: `${service.namespace}/${service.name}`,
        },
        elements: [service.id],
        facts: ['§1.3', 'D1'],
      },
    })),
  );
  out.globalPolicy(
    dnsLabelName('allow-nodes', slug),
    { selector: out.selectors.of(service), types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId: 'explain.gnp.allowNodes',
      params: { service: `${service.namespace}/${service.name}` },
      elements: [service.id],
      facts: ['§1.3', '§2.3', 'D1'],
    },
  );
}

function addInCluster(out: Output, design: Design, service: Service, slug: string): void {
  const rules = inClusterRules(design, service);
  if (!rules.length) return;
  out.globalPolicy(
    dnsLabelName('allow-in-cluster', slug),
    { selector: out.selectors.of(service), types: ['Ingress'] },
    'ingress',
    rules,
    {
      messageId: 'explain.gnp.guideInCluster',
      params: { service: `${service.namespace}/${service.name}` },
      elements: [service.id],
      facts: ['D1'],
    },
  );
}

/** The guide's Local-mode recipe: a NetworkPolicy on the service's pods admitting its clients. */
function addLocalPolicy(
  out: Output,
  design: Design,
  service: Service,
  slug: string,
  clients: ReadonlyMap<string, Client>,
  edges: Design['access'],
): void {
  const svc = `${service.namespace}/${service.name}`;
  const rules: ExplainedRule[] = [];
  for (const edge of edges) {
    const client = clients.get(edge.client);
    if (!client) continue;
    for (const nets of netsForService(client, service)) {
      for (const g of portGroups(service, edge.ports)) {
        const r: Rule = rule({
          action: 'Allow',
          protocol: g.protocol,
          source: { nets },
          destination: { ports: g.targets },
        });
        rules.push({
          rule: r,
          why: {
            messageId: 'explain.rule.localAllowClient',
            params: {
              client: client.name,
              cidrs: nets.join(', '),
              service: svc,
              ports: describePorts([g], 'targets'),
            },
            elements: [client.id, service.id],
            facts: ['§1.1', '§4', 'D1'],
          },
        });
      }
    }
  }
  rules.push(...inClusterRules(design, service));
  out.namespacedPolicy(
    dnsLabelName('allow-external', slug),
    service.namespace,
    { selector: out.selectors.of(service), types: ['Ingress'] },
    rules,
    {
      messageId: 'explain.np.guideLocal',
      params: { service: svc },
      elements: [service.id],
      facts: ['§4', 'D1'],
    },
  );
}

/** The NodePort range as numbers, for lints. */
export function nodePortRangeOf(design: Design): { min: number; max: number } {
  return parsePortRange(design.cluster.nodePortRange) ?? { min: 30000, max: 32767 };
}
