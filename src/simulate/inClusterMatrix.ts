/**
 * In-cluster reachability: flows with no external party (pod → pod, pod → cluster IP, node →
 * node, node → pod, pod → node), each judged twice: with the given resources, and with none at
 * all (the cluster before any policy). The policies must leave every such flow as it was, except
 * where the design restricts it on purpose with a Service's `inCluster` (issue #12, "the
 * principle"). Pure and deterministic.
 *
 * Bounded for big designs by sampling endpoints whose verdicts cannot differ under the design's
 * own policies (see `sample*` below): sources are one pod per (node, namespace); destination pods
 * one per (node, namespace, labels), since selectors see only labels and namespaces and routing only
 * the node; node destinations are at most NODE_PEERS nodes after the source, in design order.
 */
import type { Resource } from '../calico/types';
import type { Design, Service } from '../model/design';
import type { Addr } from '../net/range';
import { endpointsOf, type Endpoint, type NodeInfo, type PodInfo } from './cluster';
import type { Verdict } from './reachabilityMatrix';
import { createSimulator, type Simulator } from './simulateFlow';
import {
  SimulationInputError,
  type Flow,
  type FlowProtocol,
  type SimulateOptions,
  type SimulationNote,
  type SimulationResult,
} from './types';

/** What a row tests. */
export type InClusterKind =
  'podToPod' | 'podToTargetPort' | 'podToClusterIP' | 'nodeToNode' | 'nodeToPod' | 'podToNode';

export interface InClusterRow {
  /** Position in generation order: the tie-break after sorting. */
  index: number;
  kind: InClusterKind;
  /** A pod's `namespace/name` or a node's name. */
  from: string;
  /** A pod's `namespace/name`, a node's name or a Service's `namespace/name`. */
  to: string;
  dst: string;
  port: number;
  protocol: FlowProtocol;
  /** The verdict with the resources; for a cluster IP, denied when any backend is denied. */
  actual: Verdict;
  /** The verdict with no resources at all. */
  baseline: Verdict;
  expected: Verdict;
  /** The Service whose `inCluster` made `expected` differ from the baseline. */
  restrictedBy?: { service: string; inCluster: 'sameNamespace' | 'none' };
  mismatch: boolean;
  /** The deciding result with the resources (the first denied backend, else the first). */
  result: SimulationResult;
}

export interface InClusterSummary {
  rows: number;
  mismatches: number;
  unexpectedlyAllowed: number;
  unexpectedlyDenied: number;
}

export interface InClusterMatrix {
  /** Mismatches first, then generation order. */
  rows: InClusterRow[];
  summary: InClusterSummary;
  /** The port no Service uses, for the pod → pod rows. */
  probePort: number;
  notes: SimulationNote[];
}

/** The kubelet's port: what the API server uses to reach every node (logs, exec). */
export const KUBELET_PORT = 10250;

/** The first candidate for a port no Service uses: CoreDNS's metrics port, as in issue #12. */
const PROBE_PORT = 9153;

/** How many other nodes each node (or sampled pod) is paired with. */
const NODE_PEERS = 8;

/** The first port from 9153 up that no Service port or numeric target port uses. */
export function probePortOf(design: Design): number {
  const used = new Set<number>();
  for (const s of design.services) {
    for (const p of s.ports) {
      used.add(p.port);
      if (typeof p.targetPort === 'number') used.add(p.targetPort);
    }
  }
  let port = PROBE_PORT;
  while (used.has(port)) port++;
  return port;
}

interface Probe {
  kind: InClusterKind;
  from: string;
  to: string;
  flow: Flow;
  /** Pod source, for the `inCluster` expectations and to skip a pod's own backend. */
  sourcePod?: PodInfo;
  /** Design services whose `inCluster` applies to this destination and port. */
  restricting: Service[];
}

/** One pod per (node, namespace), in design order. */
function samplePodSources(pods: readonly PodInfo[]): PodInfo[] {
  const seen = new Set<string>();
  return pods.filter((p) => {
    const key = `${p.nodeId}\u0000${p.namespace}`;
    if (!p.ip || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function labelKey(p: PodInfo): string {
  return `${p.nodeId}\u0000${p.namespace}\u0000${JSON.stringify(Object.entries(p.podLabels).sort())}`;
}

/**
 * One pod per (node, namespace, labels) and `extra` key: policy selectors and routes cannot tell
 * such pods apart.
 */
function samplePodTargets<T extends { pod: PodInfo }>(
  items: readonly T[],
  extra: (it: T) => string = () => '',
): T[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const key = `${labelKey(it.pod)}\u0000${extra(it)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The node itself, then up to NODE_PEERS nodes after it in design order (wrapping round). */
function peersOf(nodes: readonly NodeInfo[], i: number, self: boolean): NodeInfo[] {
  const out: NodeInfo[] = [];
  const n = nodes.length;
  for (let k = self ? 0 : 1; k <= Math.min(n - 1, NODE_PEERS); k++) {
    const node = nodes[(i + k) % n];
    if (node) out.push(node);
  }
  return out;
}

function firstAddress(node: NodeInfo, family?: 4 | 6): Addr | undefined {
  for (const i of node.interfaces) {
    if (i === node.tunnel) continue;
    const a = i.addrs.find((x) => family === undefined || x.family === family);
    if (a) return a;
  }
  return undefined;
}

/** Every in-cluster probe of the design, in a fixed order. */
function probes(design: Design, sim: Simulator): { list: Probe[]; probePort: number } {
  const probePort = probePortOf(design);
  const list: Probe[] = [];
  const nodes = sim.nodes;
  const sources = samplePodSources(sim.pods);
  const designService = new Map(design.services.map((s) => [`${s.namespace}/${s.name}`, s]));
  const restricted = (s: Service | undefined): Service[] =>
    s && s.inCluster !== 'allPods' ? [s] : [];
  // Which restricting Services target (pod, port): a pod port several Services share counts once.
  const targets = new Map<string, { ep: Endpoint; protocol: FlowProtocol; by: Service[] }>();
  const clusterIps: { key: string; ip: Addr; port: number; protocol: FlowProtocol }[] = [];
  for (const s of sim.services) {
    const d = designService.get(s.key);
    for (const port of s.ports) {
      if (s.clusterIP) {
        clusterIps.push({ key: s.key, ip: s.clusterIP, port: port.port, protocol: port.protocol });
      }
      for (const ep of endpointsOf(s, port, sim.pods)) {
        const k = `${ep.ip.text}|${ep.port}|${port.protocol}`;
        const t = targets.get(k) ?? { ep, protocol: port.protocol, by: [] };
        t.by.push(...restricted(d));
        targets.set(k, t);
      }
    }
  }
  const targetList = samplePodTargets(
    [...targets.values()].map((t) => ({ ...t, pod: t.ep.pod })),
    (t) => `${t.ep.port}|${t.protocol}`,
  );
  const probeTargets = samplePodTargets(sim.pods.filter((p) => p.ip).map((pod) => ({ pod })));
  const serviceFor = (key: string) => restricted(designService.get(key));

  for (const src of sources) {
    const family = src.ip?.family;
    for (const { pod } of probeTargets) {
      if (pod === src || !pod.ip || pod.ip.family !== family) continue;
      list.push({
        kind: 'podToPod',
        from: src.key,
        to: pod.key,
        sourcePod: src,
        restricting: [],
        flow: { dst: pod.ip.text, port: probePort, protocol: 'TCP', via: { pod: src.key } },
      });
    }
    for (const t of targetList) {
      if (t.pod === src || t.ep.ip.family !== family) continue;
      list.push({
        kind: 'podToTargetPort',
        from: src.key,
        to: t.pod.key,
        sourcePod: src,
        restricting: t.by,
        flow: { dst: t.ep.ip.text, port: t.ep.port, protocol: t.protocol, via: { pod: src.key } },
      });
    }
    for (const c of clusterIps) {
      if (c.ip.family !== family) continue;
      list.push({
        kind: 'podToClusterIP',
        from: src.key,
        to: c.key,
        sourcePod: src,
        restricting: serviceFor(c.key),
        flow: { dst: c.ip.text, port: c.port, protocol: c.protocol, via: { pod: src.key } },
      });
    }
    const own = nodes.findIndex((n) => n.id === src.nodeId);
    for (const node of own < 0 ? [] : peersOf(nodes, own, true).slice(0, 2)) {
      const dst = firstAddress(node, family);
      if (!dst) continue;
      list.push({
        kind: 'podToNode',
        from: src.key,
        to: node.name,
        sourcePod: src,
        restricting: [],
        flow: { dst: dst.text, port: KUBELET_PORT, protocol: 'TCP', via: { pod: src.key } },
      });
    }
  }
  nodes.forEach((node, i) => {
    for (const peer of peersOf(nodes, i, false)) {
      const dst = firstAddress(peer);
      if (!dst) continue;
      list.push({
        kind: 'nodeToNode',
        from: node.name,
        to: peer.name,
        restricting: [],
        flow: { dst: dst.text, port: KUBELET_PORT, protocol: 'TCP', via: { fromNode: node.id } },
      });
    }
  });
  // Nodes reach a backend from its own node (kubelet probes) and from the next one or two.
  for (const t of targetList) {
    const at = nodes.findIndex((n) => n.id === t.pod.nodeId);
    for (const node of at < 0 ? [] : peersOf(nodes, at, true).slice(0, 3)) {
      list.push({
        kind: 'nodeToPod',
        from: node.name,
        to: t.pod.key,
        restricting: [],
        flow: {
          dst: t.ep.ip.text,
          port: t.ep.port,
          protocol: t.protocol,
          via: { fromNode: node.id },
        },
      });
    }
  }
  return { list, probePort };
}

/**
 * The verdict of a probe: for a cluster IP, denied when any backend is denied (some connections
 * would fail). A pod's own backend is left out: kube-proxy masquerades that hairpin to a node
 * address, so it is a flow from the node, not the pod. Undefined when nothing is left to judge.
 */
function judge(
  sim: Simulator,
  p: Probe,
): { verdict: Verdict; result: SimulationResult } | undefined {
  let results: SimulationResult[];
  try {
    results = sim.simulate(p.flow);
  } catch (e) {
    // A node without an address of the family: there is no such flow to judge.
    if (e instanceof SimulationInputError) return undefined;
    throw e;
  }
  const own = p.sourcePod?.key;
  const kept = results.filter((r) => own === undefined || r.backend !== own);
  const denied = kept.find((r) => r.final.verdict === 'denied');
  const result = denied ?? kept[0];
  return result ? { verdict: denied ? 'denied' : 'allowed', result } : undefined;
}

/** Pods outside the namespace (`sameNamespace`) or every pod (`none`) are meant to be denied. */
function restrictionOf(p: Probe): InClusterRow['restrictedBy'] {
  const src = p.sourcePod;
  if (!src || (p.kind !== 'podToTargetPort' && p.kind !== 'podToClusterIP')) return undefined;
  for (const s of p.restricting) {
    const key = `${s.namespace}/${s.name}`;
    if (s.inCluster === 'none') return { service: key, inCluster: 'none' };
    if (s.inCluster === 'sameNamespace' && src.namespace !== s.namespace) {
      return { service: key, inCluster: 'sameNamespace' };
    }
  }
  return undefined;
}

/** Counts of a set of rows. */
export function summarizeInCluster(rows: readonly InClusterRow[]): InClusterSummary {
  const s: InClusterSummary = {
    rows: rows.length,
    mismatches: 0,
    unexpectedlyAllowed: 0,
    unexpectedlyDenied: 0,
  };
  for (const r of rows) {
    if (!r.mismatch) continue;
    s.mismatches++;
    if (r.actual === 'allowed') s.unexpectedlyAllowed++;
    else s.unexpectedlyDenied++;
  }
  return s;
}

/**
 * Every sampled in-cluster flow, judged with the resources and with none; expected is the
 * no-resources verdict unless a Service's `inCluster` restricts the flow. Mismatches first.
 */
export function inClusterReachability(
  design: Design,
  resources: readonly Resource[],
  options: SimulateOptions = {},
): InClusterMatrix {
  const sim = createSimulator(design, resources, options);
  const before = createSimulator(design, [], options);
  const { list, probePort } = probes(design, sim);
  const rows: InClusterRow[] = [];
  for (const p of list) {
    const actual = judge(sim, p);
    const baseline = judge(before, p);
    if (!actual || !baseline) continue;
    const restrictedBy = restrictionOf(p);
    const expected: Verdict = restrictedBy ? 'denied' : baseline.verdict;
    rows.push({
      index: rows.length,
      kind: p.kind,
      from: p.from,
      to: p.to,
      dst: p.flow.dst,
      port: p.flow.port,
      protocol: p.flow.protocol,
      actual: actual.verdict,
      baseline: baseline.verdict,
      expected,
      ...(restrictedBy ? { restrictedBy } : {}),
      mismatch: actual.verdict !== expected,
      result: actual.result,
    });
  }
  rows.sort((a, b) => Number(b.mismatch) - Number(a.mismatch) || a.index - b.index);
  return { rows, summary: summarizeInCluster(rows), probePort, notes: sim.notes };
}
