/**
 * Kubernetes NetworkPolicies (`networking.k8s.io/v1`) as Calico enforces them: Calico's
 * kube-controllers and Felix turn each into a Calico NetworkPolicy named `knp.default.<name>` in
 * the `default` tier, order 1000, selecting the pods of its namespace (libcalico-go
 * `lib/backend/k8s/conversion`, K8sNetworkPolicyToCalico). A running cluster's baseline often holds
 * them; without this the simulator would read their Kubernetes-shaped spec as a Calico one.
 */
import type { EntityRule, NetworkPolicy, PortSpec, Rule } from '../calico/types';

/** The prefix Calico gives a converted Kubernetes NetworkPolicy's name. */
export const KNP_PREFIX = 'knp.default.';

/** Calico's order for every converted Kubernetes NetworkPolicy. */
const KNP_ORDER = 1000;

/** Calico's workload endpoints carry this label; converted pod selectors require it. */
const ORCHESTRATOR_K8S = "projectcalico.org/orchestrator == 'k8s'";

interface Shaped {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: unknown;
  spec?: unknown;
}

/** True for a `networking.k8s.io/v1` NetworkPolicy (whatever the type system calls it). */
export function isKubernetesNetworkPolicy(r: Shaped): boolean {
  return r.apiVersion === 'networking.k8s.io/v1' && r.kind === 'NetworkPolicy';
}

function record(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : {};
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function quote(v: unknown): string {
  return `'${String(v).replace(/'/g, '')}'`;
}

/**
 * A Kubernetes LabelSelector as a Calico selector: matchLabels as `k == 'v'`, matchExpressions
 * In/NotIn/Exists/DoesNotExist; empty selects everything. An unknown operator gives a selector
 * Calico's parser refuses, so the simulator reports the policy instead of guessing.
 */
export function labelSelectorToCalico(selector: unknown): string {
  const sel = record(selector);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(record(sel.matchLabels))) parts.push(`${k} == ${quote(v)}`);
  for (const e of list(sel.matchExpressions)) {
    const x = record(e);
    const key = String(x.key ?? '');
    const values = `{${list(x.values).map(quote).join(', ')}}`;
    switch (x.operator) {
      case 'In':
        parts.push(`${key} in ${values}`);
        break;
      case 'NotIn':
        parts.push(`${key} not in ${values}`);
        break;
      case 'Exists':
        parts.push(`has(${key})`);
        break;
      case 'DoesNotExist':
        parts.push(`!has(${key})`);
        break;
      default:
        parts.push(`operator ${String(x.operator)}`);
    }
  }
  return parts.length ? parts.join(' && ') : 'all()';
}

function podSelector(selector: unknown): string {
  const s = labelSelectorToCalico(selector);
  return s === 'all()' ? ORCHESTRATOR_K8S : `${s} && ${ORCHESTRATOR_K8S}`;
}

/** One peer (`from`/`to` entry) as the entity a Calico rule matches; `{}` matches anything. */
function peerEntity(peer: unknown): EntityRule {
  const p = record(peer);
  const block = record(p.ipBlock);
  if (typeof block.cidr === 'string') {
    const except = list(block.except).map(String);
    return { nets: [block.cidr], ...(except.length ? { notNets: except } : {}) };
  }
  const out: EntityRule = {};
  if (p.podSelector !== undefined) out.selector = podSelector(p.podSelector);
  if (p.namespaceSelector !== undefined) {
    out.namespaceSelector = labelSelectorToCalico(p.namespaceSelector);
    out.selector ??= ORCHESTRATOR_K8S;
  }
  return out;
}

/** Ports grouped by protocol (TCP when absent): one Calico rule per protocol, as Calico writes. */
function portGroups(ports: unknown[]): { protocol: 'TCP' | 'UDP' | 'SCTP'; ports: PortSpec[] }[] {
  const groups = new Map<string, PortSpec[]>();
  const bare = new Set<string>();
  for (const raw of ports) {
    const p = record(raw);
    const protocol = typeof p.protocol === 'string' ? p.protocol.toUpperCase() : 'TCP';
    const list = groups.get(protocol) ?? [];
    groups.set(protocol, list);
    if (p.port === undefined) bare.add(protocol);
    else if (typeof p.endPort === 'number') list.push(`${String(p.port)}:${p.endPort}`);
    else if (typeof p.port === 'number' || typeof p.port === 'string') list.push(p.port);
  }
  return [...groups].map(([protocol, specs]) => ({
    protocol: protocol as 'TCP' | 'UDP' | 'SCTP',
    // A port entry without a port opens the whole protocol.
    ports: bare.has(protocol) ? [] : specs,
  }));
}

/** One Kubernetes rule as Calico Allow rules: each peer × each protocol group. */
function rulesOf(k8sRule: unknown, ingress: boolean): Rule[] {
  const r = record(k8sRule);
  const peersRaw = ingress ? r.from : r.to;
  const peers = list(peersRaw).length ? list(peersRaw).map(peerEntity) : [{}];
  const groups = portGroups(list(r.ports));
  const out: Rule[] = [];
  for (const peer of peers) {
    if (groups.length === 0) {
      out.push({ action: 'Allow', ...(ingress ? { source: peer } : { destination: peer }) });
      continue;
    }
    for (const g of groups) {
      const ports = g.ports.length ? { ports: g.ports } : {};
      out.push(
        ingress
          ? { action: 'Allow', protocol: g.protocol, source: peer, destination: ports }
          : { action: 'Allow', protocol: g.protocol, destination: { ...peer, ...ports } },
      );
    }
  }
  return out;
}

/** The Calico NetworkPolicy Calico enforces for a Kubernetes NetworkPolicy. */
export function kubernetesToCalico(r: Shaped): NetworkPolicy {
  const meta = record(r.metadata);
  const spec = record(r.spec);
  const policyTypes = list(spec.policyTypes).map(String);
  const egress = list(spec.egress);
  // Without policyTypes Kubernetes means Ingress, plus Egress when egress rules are given.
  const types = policyTypes.length
    ? policyTypes
    : ['Ingress', ...(egress.length ? ['Egress'] : [])];
  return {
    apiVersion: 'projectcalico.org/v3',
    kind: 'NetworkPolicy',
    metadata: {
      name: `${KNP_PREFIX}${String(meta.name ?? '')}`,
      namespace: typeof meta.namespace === 'string' ? meta.namespace : 'default',
    },
    spec: {
      tier: 'default',
      order: KNP_ORDER,
      selector: podSelector(spec.podSelector),
      types: types as ('Ingress' | 'Egress')[],
      ingress: list(spec.ingress).flatMap((x) => rulesOf(x, true)),
      egress: egress.flatMap((x) => rulesOf(x, false)),
    },
  };
}
