/**
 * The reachability matrix: every client (and "anyone else") × every service port × every entry
 * node and interface × every backend kube-proxy may pick, simulated and compared with what the
 * design's access edges intend. Pure and deterministic; `iterateReachability` yields one batch per
 * entry so a worker can report progress.
 */
import type { Resource } from '../calico/types';
import type { Design, Service } from '../model/design';
import { cidrContainsIp, parseCidr, parseIp } from '../net/ip';
import { addrInRange, inAnyRange, toAddr, toRange, type Range } from '../net/range';
import { createSimulator, type Simulator } from './simulateFlow';
import type { FlowProtocol, SimulateOptions, SimulationNote, SimulationResult } from './types';

export type Verdict = 'allowed' | 'denied';

/** Who sends: a design client (one representative address per CIDR) or anyone else. */
export type MatrixSource =
  | { kind: 'client'; client: string; name: string; cidr: string; ip: string }
  | { kind: 'anyone'; ip: string };

export interface ReachabilityCell {
  /** Position in generation order: the deterministic tie-break after sorting. */
  index: number;
  source: MatrixSource;
  /** Design service id. */
  service: string;
  /** `namespace/name`. */
  serviceName: string;
  port: number;
  protocol: FlowProtocol;
  /** Entry node name and interface. */
  node: string;
  iface: string;
  backend?: string;
  /** False when BGPConfiguration does not advertise the cluster IP: nothing reaches the node. */
  advertised: boolean;
  intended: Verdict;
  simulated: Verdict;
  /**
   * True when kube-proxy found no (eligible) backend: nothing can answer, whatever the policy says.
   * Such a cell is never a mismatch; the design's lints already say the service has no pod.
   */
  noBackend: boolean;
  mismatch: boolean;
  result: SimulationResult;
}

export interface ReachabilitySummary {
  cells: number;
  allowed: number;
  denied: number;
  mismatches: number;
  unexpectedlyAllowed: number;
  unexpectedlyDenied: number;
}

export interface ReachabilityMatrix {
  /** Mismatches first, then generation order. */
  cells: ReachabilityCell[];
  summary: ReachabilitySummary;
  /** The address used for "anyone else" (IPv4; IPv6 when some service is IPv6). */
  anyoneElse: string[];
  notes: SimulationNote[];
}

/** One entry point's cells, with progress counted in entry points. */
export interface ReachabilityStep {
  cells: ReachabilityCell[];
  done: number;
  total: number;
}

export interface ReachabilityOptions extends SimulateOptions {
  /** Called after every entry point (source × service port × node interface). */
  onProgress?: (done: number, total: number) => void;
}

/** Documentation ranges first (RFC 5737 / RFC 3849), so the address reads as "nobody in particular". */
const ANYONE_V4 = ['203.0.113.0/24', '198.51.100.0/24', '192.0.2.0/24'];
const ANYONE_V6 = ['2001:db8:ffff::/48', '2001:db8::/32'];

/**
 * A deterministic address outside every client CIDR, pod CIDR, service CIDR and node address: the
 * first free host of the documentation ranges, then of 100.64.0.0/10 (IPv6: 2001:db8::/32).
 */
export function anyoneElseAddress(design: Design, family: 4 | 6 = 4): string {
  const taken: Range[] = [];
  for (const text of [
    ...design.cluster.podCidrs,
    ...design.cluster.serviceCidrs,
    ...design.clients.flatMap((c) => c.cidrs),
  ]) {
    const r = toRange(text);
    if (r) taken.push(r);
  }
  const nodeAddrs = new Set<string>();
  for (const n of design.nodes) {
    for (const i of n.interfaces) for (const ip of i.ips) nodeAddrs.add(toAddr(ip)?.text ?? ip);
    if (n.tunnelIP !== undefined) nodeAddrs.add(toAddr(n.tunnelIP)?.text ?? n.tunnelIP);
  }
  const pools = family === 4 ? [...ANYONE_V4, '100.64.0.0/10'] : ANYONE_V6;
  for (const text of pools) {
    const pool = toRange(text);
    if (!pool) continue;
    const size = pool.last - pool.first;
    // Step through the pool a /24 (or /120) at a time, trying host .1 of each, then every host.
    for (const step of [256n, 1n]) {
      for (let off = 1n; off < size && off <= 1n << 20n; off += step) {
        const a = addrInRange(pool, off);
        if (!inAnyRange(taken, a) && !nodeAddrs.has(a.text)) return a.text;
      }
    }
  }
  return family === 4 ? '203.0.113.1' : '2001:db8::1';
}

/** The address standing for a client CIDR: its first usable host (the network itself for /31+). */
export function representative(cidr: string): string | undefined {
  const r = toRange(cidr);
  if (!r) return undefined;
  return addrInRange(r, r.last - r.first >= 3n ? 1n : 0n).text;
}

/** One entry point: a source, a service port, a node and an interface it arrives on. */
export interface Entry {
  source: MatrixSource;
  service: Service;
  port: Service['ports'][number];
  node: string;
  iface: string;
}

export function familyOf(ip: string): 4 | 6 | undefined {
  return toAddr(ip)?.family;
}

/** Who sends, in generation order, and the addresses used for anyone else (one per family). */
export function planSources(design: Design): { sources: MatrixSource[]; anyone: string[] } {
  const families = new Set<4 | 6>();
  for (const s of design.services) {
    const f = familyOf(s.clusterIP);
    if (f) families.add(f);
  }
  const anyoneByFamily = new Map<4 | 6, string>();
  for (const f of [4, 6] as const)
    if (families.has(f)) anyoneByFamily.set(f, anyoneElseAddress(design, f));
  const sources: MatrixSource[] = [];
  for (const c of design.clients) {
    for (const cidr of c.cidrs) {
      const ip = representative(cidr);
      if (ip) sources.push({ kind: 'client', client: c.id, name: c.name, cidr, ip });
    }
  }
  for (const ip of anyoneByFamily.values()) sources.push({ kind: 'anyone', ip });
  return { sources, anyone: [...anyoneByFamily.values()] };
}

/** The interfaces external traffic arrives on: addressed, physical ones (not the tunnel device). */
export function entryInterfaces(node: Simulator['nodes'][number]): string[] {
  return node.interfaces.filter((i) => i !== node.tunnel && i.addrs.length > 0).map((i) => i.name);
}

/** The matrix's entry points, in generation order, and the addresses used for anyone else. */
export function plan(design: Design, sim: Simulator): { entries: Entry[]; anyone: string[] } {
  const { sources, anyone } = planSources(design);
  const entries: Entry[] = [];
  for (const source of sources) {
    const srcFamily = familyOf(source.ip);
    for (const service of design.services) {
      if (familyOf(service.clusterIP) !== srcFamily) continue;
      for (const port of service.ports) {
        for (const node of sim.entryNodes(service.clusterIP, port.port, port.protocol)) {
          for (const iface of entryInterfaces(node))
            entries.push({ source, service, port, node: node.id, iface });
        }
      }
    }
  }
  return { entries, anyone };
}

/** Intended reachability: client id → service id → allowed ports (undefined: every port). */
export type Intent = Map<string, Map<string, Set<number> | undefined>>;

export function intentOf(design: Design): Intent {
  const intent: Intent = new Map();
  for (const a of design.access) {
    let byService = intent.get(a.client);
    if (!byService) {
      byService = new Map();
      intent.set(a.client, byService);
    }
    const seen = byService.has(a.service);
    const prev = byService.get(a.service);
    // Several edges for one pair add up; an edge without ports opens every port.
    if (a.ports === undefined || (seen && prev === undefined)) byService.set(a.service, undefined);
    else byService.set(a.service, new Set([...(prev ?? []), ...a.ports]));
  }
  return intent;
}

/**
 * Allowed iff an access edge joins a client to the service with no ports or this port, where the
 * client is any client whose CIDRs hold the source address: the network cannot tell overlapping
 * clients apart, so a grant to one is a grant to the shared addresses.
 */
export function intendedVerdict(
  intent: Intent,
  e: Entry,
  clientsOf: (ip: string) => string[],
): Verdict {
  if (e.source.kind === 'anyone') return 'denied';
  for (const client of clientsOf(e.source.ip)) {
    const byService = intent.get(client);
    if (!byService?.has(e.service.id)) continue;
    const ports = byService.get(e.service.id);
    if (ports === undefined || ports.has(e.port.port)) return 'allowed';
  }
  return 'denied';
}

/** The ids of the clients whose CIDRs contain an address. */
export function clientsContaining(design: Design): (ip: string) => string[] {
  const parsed = design.clients.map((c) => ({
    id: c.id,
    cidrs: c.cidrs.flatMap((x) => parseCidr(x) ?? []),
  }));
  return (text) => {
    const ip = parseIp(text);
    return ip
      ? parsed.filter((c) => c.cidrs.some((x) => cidrContainsIp(x, ip))).map((c) => c.id)
      : [];
  };
}

/** Streams the matrix one entry point at a time (unsorted, in deterministic generation order). */
export function* iterateReachability(
  design: Design,
  resources: readonly Resource[],
  options: SimulateOptions = {},
): Generator<ReachabilityStep, void, undefined> {
  const sim = createSimulator(design, resources, options);
  yield* steps(design, sim, plan(design, sim).entries);
}

function* steps(
  design: Design,
  sim: Simulator,
  entries: readonly Entry[],
): Generator<ReachabilityStep, void, undefined> {
  const intent = intentOf(design);
  const clientsOf = clientsContaining(design);
  let index = 0;
  let done = 0;
  for (const e of entries) {
    const results = sim.simulate({
      src: e.source.ip,
      dst: e.service.clusterIP,
      port: e.port.port,
      protocol: e.port.protocol,
      via: { node: e.node, iface: e.iface },
    });
    const intended = intendedVerdict(intent, e, clientsOf);
    const advertised = sim.isAdvertised(e.service.clusterIP);
    const cells = results.map((result): ReachabilityCell => {
      const simulated: Verdict = advertised ? result.final.verdict : 'denied';
      const decided = result.hops.at(-1)?.stages.at(-1);
      const noBackend =
        result.backend === undefined &&
        (decided?.reason === 'noEndpoints' || decided?.reason === 'noLocalEndpoints');
      return {
        index: index++,
        source: e.source,
        service: e.service.id,
        serviceName: `${e.service.namespace}/${e.service.name}`,
        port: e.port.port,
        protocol: e.port.protocol,
        node: result.hops[0]?.node ?? e.node,
        iface: e.iface,
        ...(result.backend === undefined ? {} : { backend: result.backend }),
        advertised,
        intended,
        simulated,
        noBackend,
        mismatch: !noBackend && intended !== simulated,
        result,
      };
    });
    done++;
    yield { cells, done, total: entries.length };
  }
}

/** Counts of a set of cells. */
export function summarizeReachability(cells: readonly ReachabilityCell[]): ReachabilitySummary {
  const s: ReachabilitySummary = {
    cells: cells.length,
    allowed: 0,
    denied: 0,
    mismatches: 0,
    unexpectedlyAllowed: 0,
    unexpectedlyDenied: 0,
  };
  for (const c of cells) {
    if (c.simulated === 'allowed') s.allowed++;
    else s.denied++;
    if (c.mismatch) {
      s.mismatches++;
      if (c.simulated === 'allowed') s.unexpectedlyAllowed++;
      else s.unexpectedlyDenied++;
    }
  }
  return s;
}

/** The whole matrix, mismatches first, with a summary and the simulator's resource notes. */
export function reachabilityMatrix(
  design: Design,
  resources: readonly Resource[],
  options: ReachabilityOptions = {},
): ReachabilityMatrix {
  const sim = createSimulator(design, resources, options);
  const { entries, anyone } = plan(design, sim);
  const cells: ReachabilityCell[] = [];
  for (const step of steps(design, sim, entries)) {
    for (const c of step.cells) cells.push(c);
    options.onProgress?.(step.done, step.total);
  }
  cells.sort((a, b) => Number(b.mismatch) - Number(a.mismatch) || a.index - b.index);
  return { cells, summary: summarizeReachability(cells), anyoneElse: anyone, notes: sim.notes };
}
