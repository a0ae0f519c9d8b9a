/**
 * The reachability matrix computed once per class of equivalent entry nodes. In a real cluster
 * most nodes are alike: same interfaces, same HostEndpoint policies, addresses every rule treats
 * alike, the same link to every other node. Such nodes judge a flow from outside the same way,
 * up to their names, so one representative per class is simulated and its verdicts are given to
 * every member. What differs per member is only which backend is local to it: a backend on the
 * entry node itself is simulated on that node.
 *
 * The rows are the full matrix's cells without their traces, identical cell by cell (index,
 * verdicts, mismatch, deciding rule); `fixtures/matrixClasses.test.ts` holds that on every fixture,
 * example and random design. The groups are the summarised form a table can show for a cluster of
 * hundreds of nodes without listing millions of cells.
 */
import type { Resource } from '../calico/types';
import type { Design } from '../model/design';
import type { Service } from '../model/design';
import {
  clientsContaining,
  entryInterfaces,
  familyOf,
  intendedVerdict,
  intentOf,
  plan,
  planSources,
  type Entry,
  type MatrixSource,
  type ReachabilityCell,
  type ReachabilitySummary,
  type Verdict,
} from './reachabilityMatrix';
import { createSimulator, type Simulator } from './simulateFlow';
import type {
  FinalVerdict,
  FlowProtocol,
  SimulateOptions,
  SimulationNote,
  SimulationResult,
} from './types';

/** A cell without its trace: what a table lists, counts and re-simulates on demand. */
export interface ReachabilityRow extends Omit<ReachabilityCell, 'result'> {
  final: FinalVerdict;
}

/** Nodes that judge a flow from outside alike; `members` are node ids in design order. */
export interface NodeClass {
  id: number;
  members: string[];
}

/** The entry node of a group's deciding stage when it is the node the flow entered. */
export type GroupFinal = Omit<FinalVerdict, 'node'> & { node?: string };

/**
 * Cells of one source × service port × node class × interface with the same outcome: same
 * verdicts, same deciding stage and rule (`final.node` absent: decided on the entry node).
 */
export interface ReachabilityGroup {
  /** Position of the first cell's entry point in generation order. */
  index: number;
  source: MatrixSource;
  service: string;
  serviceName: string;
  port: number;
  protocol: FlowProtocol;
  nodeClass: number;
  /** Entry nodes of the class this service port is steered to (node names). */
  nodes: string[];
  iface: string;
  advertised: boolean;
  intended: Verdict;
  simulated: Verdict;
  noBackend: boolean;
  mismatch: boolean;
  final: GroupFinal;
  /** How many cells of the full matrix this group stands for. */
  cells: number;
  /** The backends (`namespace/name`) with this outcome, in endpoint order. */
  backends: string[];
}

export interface GroupedReachability {
  classes: NodeClass[];
  /** Mismatches first, then generation order. */
  groups: ReachabilityGroup[];
  /** Counts over every cell, as the full matrix's summary. */
  summary: ReachabilitySummary;
  anyoneElse: string[];
  notes: SimulationNote[];
}

/** One entry point's rows, with progress counted in entry points. */
export interface ReachabilityRowStep {
  rows: ReachabilityRow[];
  done: number;
  total: number;
}

/** A result as a row needs it, and who produced it (to rename the entry node). */
interface Outcome {
  backend?: string;
  verdict: Verdict;
  noBackend: boolean;
  final: FinalVerdict;
  /** Name of the node the simulation entered. */
  producer: string;
}

function outcomeOf(result: SimulationResult, producer: string): Outcome {
  const decided = result.hops.at(-1)?.stages.at(-1);
  const o: Outcome = {
    verdict: result.final.verdict,
    noBackend:
      result.backend === undefined &&
      (decided?.reason === 'noEndpoints' || decided?.reason === 'noLocalEndpoints'),
    final: result.final,
    producer,
  };
  if (result.backend !== undefined) o.backend = result.backend;
  return o;
}

/**
 * Classes of nodes: equal entry keys (interfaces, HostEndpoint policy lists, addresses as policy
 * sees them) and the same link to every other node. A node whose links differ by peer stays alone.
 */
function nodeClasses(design: Design, sim: Simulator): NodeClass[] {
  const byKey = new Map<string, NodeClass>();
  const classes: NodeClass[] = [];
  for (const n of design.nodes) {
    let key = sim.entryKey(n.id);
    if (!key.startsWith('#')) {
      const links = new Set<string>();
      for (const m of design.nodes) if (m.id !== n.id) links.add(sim.linkKey(n.id, m.id));
      key = links.size <= 1 ? `${key} ${[...links].join('')}` : `#${n.id}`;
    }
    let c = byKey.get(key);
    if (!c) {
      c = { id: classes.length, members: [] };
      byKey.set(key, c);
      classes.push(c);
    }
    c.members.push(n.id);
  }
  return classes;
}

/** Entry nodes of one service port that receive on one interface, split by class. */
interface Bucket {
  iface: string;
  /** Position of the bucket's first entry point among the service port's. */
  offset: number;
  classes: { nodeClass: NodeClass; nodes: string[]; names: string[]; set: Set<string> }[];
}

/** The matrix over node classes: simulations are memoised per class, rows derived per cell. */
class ClassedMatrix {
  readonly sim: Simulator;
  readonly sources: MatrixSource[];
  readonly anyone: string[];
  readonly classes: NodeClass[];
  private readonly classOf = new Map<string, NodeClass>();
  private readonly nameOf = new Map<string, string>();
  private readonly podNode = new Map<string, string>();
  private readonly intent;
  private readonly clientsOf;
  private readonly clientsByIp = new Map<string, string[]>();
  private readonly memo = new Map<string, Outcome[]>();
  private readonly pinned = new Map<string, Outcome>();

  constructor(design: Design, resources: readonly Resource[], options: SimulateOptions) {
    this.sim = createSimulator(design, resources, options);
    const { sources, anyone } = planSources(design);
    this.sources = sources;
    this.anyone = anyone;
    this.classes = nodeClasses(design, this.sim);
    for (const c of this.classes) for (const m of c.members) this.classOf.set(m, c);
    for (const n of design.nodes) this.nameOf.set(n.id, n.name);
    for (const p of this.sim.pods) if (!this.podNode.has(p.key)) this.podNode.set(p.key, p.nodeId);
    this.intent = intentOf(design);
    this.clientsOf = clientsContaining(design);
  }

  /** The service port's entry points grouped by interface and class, in generation order. */
  buckets(service: Service, port: Service['ports'][number]): { total: number; list: Bucket[] } {
    const byIface = new Map<string, Bucket>();
    let total = 0;
    for (const node of this.sim.entryNodes(service.clusterIP, port.port, port.protocol)) {
      const c = this.classOf.get(node.id);
      if (!c) throw new Error(`node ${node.id} has no class`);
      for (const iface of entryInterfaces(node)) {
        let b = byIface.get(iface);
        if (!b) {
          b = { iface, offset: total, classes: [] };
          byIface.set(iface, b);
        }
        let part = b.classes.find((x) => x.nodeClass === c);
        if (!part) {
          part = { nodeClass: c, nodes: [], names: [], set: new Set() };
          b.classes.push(part);
        }
        part.nodes.push(node.id);
        part.names.push(node.name);
        part.set.add(node.id);
        total++;
      }
    }
    return { total, list: [...byIface.values()] };
  }

  /** Memo key of an entry point with its node replaced by its class. */
  private base(e: Entry, c: NodeClass): string {
    return `${e.source.ip}|${e.service.clusterIP}|${e.port.port}|${e.port.protocol}|${c.id}|${e.iface}`;
  }

  private run(e: Entry, node: string, backend?: string): Outcome[] {
    const flow = {
      src: e.source.ip,
      dst: e.service.clusterIP,
      port: e.port.port,
      protocol: e.port.protocol,
      via: { node, iface: e.iface },
      ...(backend === undefined ? {} : { backend }),
    };
    const producer = this.nameOf.get(node) ?? node;
    return this.sim.simulate(flow).map((r) => outcomeOf(r, producer));
  }

  private pinnedRun(key: string, e: Entry, node: string, backend: string): Outcome {
    let o = this.pinned.get(key);
    if (!o) {
      o = this.run(e, node, backend)[0];
      if (!o) throw new Error('a pinned flow has one result');
      this.pinned.set(key, o);
    }
    return o;
  }

  /**
   * The outcomes of one entry point, in the order the simulator gives them (one per backend, or
   * one without). Each is the class representative's, unless the backend sits on the entry node
   * or on the representative itself: then a member that stands in the same place is simulated.
   */
  outcomes(e: Entry): Outcome[] {
    if (this.sim.backendsLocalOnly(e.service.clusterIP, e.port.port, e.port.protocol)) {
      return this.run(e, e.node);
    }
    const c = this.classOf.get(e.node);
    if (!c) throw new Error(`node ${e.node} has no class`);
    const base = this.base(e, c);
    const repNode = c.members[0] ?? e.node;
    let rep = this.memo.get(base);
    if (!rep) {
      rep = this.run(e, repNode);
      this.memo.set(base, rep);
    }
    if (e.node === repNode) return rep;
    if (rep.length === 1 && rep[0]?.backend === undefined) return rep;
    return rep.map((o) => {
      const backend = o.backend;
      if (backend === undefined) return o;
      const at = this.podNode.get(backend);
      if (at === e.node) {
        // On its own node a backend is judged as every backend alike it on a node alike this one.
        const local = this.pinnedRun(
          `${base}|local|${this.sim.backendKey(backend)}`,
          e,
          e.node,
          backend,
        );
        return local.backend === backend ? local : { ...local, backend };
      }
      if (at !== repNode) return o;
      // The backend is local to the representative: any other member sees it as remote.
      const other = c.members.find((m) => m !== repNode) ?? e.node;
      return this.pinnedRun(`${base}|remote|${backend}`, e, other, backend);
    });
  }

  rowOf(e: Entry, o: Outcome, index: number, intended: Verdict, advertised: boolean) {
    const name = this.nameOf.get(e.node) ?? e.node;
    const simulated: Verdict = advertised ? o.verdict : 'denied';
    const final = o.final.node === o.producer ? { ...o.final, node: name } : o.final;
    const row: ReachabilityRow = {
      index,
      source: e.source,
      service: e.service.id,
      serviceName: `${e.service.namespace}/${e.service.name}`,
      port: e.port.port,
      protocol: e.port.protocol,
      node: name,
      iface: e.iface,
      ...(o.backend === undefined ? {} : { backend: o.backend }),
      advertised,
      intended,
      simulated,
      noBackend: o.noBackend,
      mismatch: !o.noBackend && intended !== simulated,
      final,
    };
    return row;
  }

  intended(e: Entry): Verdict {
    // The clients holding a source address, once per address: the matrix asks for few.
    const clientsOf = (ip: string) => {
      let ids = this.clientsByIp.get(ip);
      if (!ids) {
        ids = this.clientsOf(ip);
        this.clientsByIp.set(ip, ids);
      }
      return ids;
    };
    return intendedVerdict(this.intent, e, clientsOf);
  }

  nodeOfBackend(key: string): string | undefined {
    return this.podNode.get(key);
  }
}

/** Streams the matrix's rows one entry point at a time, in generation order. */
export function* iterateReachabilityRows(
  design: Design,
  resources: readonly Resource[],
  options: SimulateOptions = {},
): Generator<ReachabilityRowStep, void, undefined> {
  const m = new ClassedMatrix(design, resources, options);
  const { entries } = plan(design, m.sim);
  let index = 0;
  let done = 0;
  for (const e of entries) {
    const intended = m.intended(e);
    const advertised = m.sim.isAdvertised(e.service.clusterIP);
    const rows = m.outcomes(e).map((o) => m.rowOf(e, o, index++, intended, advertised));
    done++;
    yield { rows, done, total: entries.length };
  }
}

function finalKey(f: GroupFinal): string {
  return `${f.verdict}|${f.node ?? ''}|${f.stage}|${f.policy ?? ''}|${f.ruleIndex ?? ''}`;
}

function emptySummary(): ReachabilitySummary {
  return {
    cells: 0,
    allowed: 0,
    denied: 0,
    mismatches: 0,
    unexpectedlyAllowed: 0,
    unexpectedlyDenied: 0,
  };
}

/**
 * The matrix summarised: one group per source × service port × node class × interface × outcome,
 * with how many cells it stands for. Costs one simulation per class (plus one per backend that is
 * local to an entry node), not one per node, and never lists the cells.
 */
export function groupedReachability(
  design: Design,
  resources: readonly Resource[],
  options: SimulateOptions = {},
): GroupedReachability {
  const m = new ClassedMatrix(design, resources, options);
  const groups: ReachabilityGroup[] = [];
  const layouts = new Map<Service['ports'][number], { total: number; list: Bucket[] }>();
  let index = 0;
  for (const source of m.sources) {
    const family = familyOf(source.ip);
    for (const service of design.services) {
      if (familyOf(service.clusterIP) !== family) continue;
      for (const port of service.ports) {
        let layout = layouts.get(port);
        if (!layout) {
          layout = m.buckets(service, port);
          layouts.set(port, layout);
        }
        for (const b of layout.list) {
          groupBucket(m, groups, { source, service, port, bucket: b, index: index + b.offset });
        }
        index += layout.total;
      }
    }
  }
  groups.sort((a, b) => Number(b.mismatch) - Number(a.mismatch) || a.index - b.index);
  const summary = emptySummary();
  for (const g of groups) {
    summary.cells += g.cells;
    if (g.simulated === 'allowed') summary.allowed += g.cells;
    else summary.denied += g.cells;
    if (g.mismatch) {
      summary.mismatches += g.cells;
      if (g.simulated === 'allowed') summary.unexpectedlyAllowed += g.cells;
      else summary.unexpectedlyDenied += g.cells;
    }
  }
  return { classes: m.classes, groups, summary, anyoneElse: m.anyone, notes: m.sim.notes };
}

/** The groups of one source × service port × interface, per class of its entry nodes. */
function groupBucket(
  m: ClassedMatrix,
  groups: ReachabilityGroup[],
  at: {
    source: MatrixSource;
    service: Service;
    port: Service['ports'][number];
    bucket: Bucket;
    index: number;
  },
): void {
  const { source, service, port, bucket, index } = at;
  const entry = (node: string): Entry => ({ source, service, port, node, iface: bucket.iface });
  const first = entry(bucket.classes[0]?.nodes[0] ?? '');
  const intended = m.intended(first);
  const advertised = m.sim.isAdvertised(service.clusterIP);
  const localOnly = m.sim.backendsLocalOnly(service.clusterIP, port.port, port.protocol);
  for (const part of bucket.classes) {
    const byOutcome = new Map<string, ReachabilityGroup>();
    const add = (e: Entry, o: Outcome, cells: number) => {
      if (cells === 0) return;
      const row = m.rowOf(e, o, index, intended, advertised);
      const final: GroupFinal = { verdict: row.final.verdict, stage: row.final.stage };
      if (o.final.node !== o.producer) final.node = row.final.node;
      if (row.final.policy !== undefined) final.policy = row.final.policy;
      if (row.final.ruleIndex !== undefined) final.ruleIndex = row.final.ruleIndex;
      const key = `${row.simulated}|${row.noBackend}|${finalKey(final)}`;
      let g = byOutcome.get(key);
      if (!g) {
        g = {
          index,
          source,
          service: service.id,
          serviceName: row.serviceName,
          port: port.port,
          protocol: port.protocol,
          nodeClass: part.nodeClass.id,
          nodes: part.names,
          iface: bucket.iface,
          advertised,
          intended,
          simulated: row.simulated,
          noBackend: row.noBackend,
          mismatch: row.mismatch,
          final,
          cells: 0,
          backends: [],
        };
        byOutcome.set(key, g);
      }
      g.cells += cells;
      if (o.backend !== undefined && !g.backends.includes(o.backend)) g.backends.push(o.backend);
    };
    const [firstNode, secondNode] = part.nodes;
    if (localOnly || firstNode === undefined) {
      for (const node of part.nodes) {
        const e = entry(node);
        for (const o of m.outcomes(e)) add(e, o, 1);
      }
    } else {
      // Per backend: every member sees it as remote except the one node it runs on.
      const a = entry(firstNode);
      const outA = m.outcomes(a);
      let b: { e: Entry; out: Outcome[] } | undefined;
      outA.forEach((o, i) => {
        const backend = o.backend;
        if (backend === undefined) {
          add(a, o, part.nodes.length);
          return;
        }
        const home = m.nodeOfBackend(backend);
        const local = home !== undefined && part.set.has(home);
        const remoteCells = part.nodes.length - (local ? 1 : 0);
        if (home !== firstNode) add(a, o, remoteCells);
        else if (secondNode !== undefined) {
          b ??= { e: entry(secondNode), out: m.outcomes(entry(secondNode)) };
          const r = b.out[i];
          if (r) add(b.e, r, remoteCells);
        }
        if (local && home !== undefined) {
          const he = entry(home);
          const own = home === firstNode ? o : m.outcomes(he)[i];
          if (own) add(he, own, 1);
        }
      });
    }
    for (const g of byOutcome.values()) groups.push(g);
  }
}
