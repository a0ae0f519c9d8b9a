/**
 * The reachability matrix in a compact, transferable form. The 20-node design has ~50–150k cells,
 * each with a trace of a dozen stages: as objects that is hundreds of megabytes, and structured
 * clone between a worker and the page copies all of it. Here a cell is six integers in an
 * `Int32Array` (transferred, not copied) pointing into small tables of the distinct sources,
 * service ports, entry points, backends and final verdicts; a trace is recomputed on demand
 * (`flowOfRow`). Pure and deterministic, so the worker and the page share it.
 */
import type { Resource } from '../calico/types';
import type { Design } from '../model/design';
import { iterateReachabilityRows, type ReachabilityRow } from './reachabilityClasses';
import type { MatrixSource, ReachabilitySummary, Verdict } from './reachabilityMatrix';
import type { FinalVerdict, Flow, FlowProtocol, SimulateOptions } from './types';

/** A service port as the matrix lists it. */
export interface MatrixTarget {
  /** Design service id. */
  service: string;
  /** `namespace/name`. */
  serviceName: string;
  clusterIP: string;
  port: number;
  protocol: FlowProtocol;
}

/** Where the packet enters the cluster: a node (name or id, as the trace names it) and interface. */
export interface MatrixEntryPoint {
  node: string;
  iface: string;
}

/** One cell without its trace: enough to list, count, filter and re-simulate it. */
export interface MatrixRow {
  /** Position in generation order. */
  index: number;
  source: MatrixSource;
  target: MatrixTarget;
  entry: MatrixEntryPoint;
  backend?: string;
  advertised: boolean;
  intended: Verdict;
  simulated: Verdict;
  noBackend: boolean;
  mismatch: boolean;
  final: FinalVerdict;
}

/** Values first seen in a batch, appended to the receiver's tables in this order. */
export interface MatrixTablesDelta {
  sources: MatrixSource[];
  targets: MatrixTarget[];
  entries: MatrixEntryPoint[];
  backends: string[];
  finals: FinalVerdict[];
}

/** A batch of packed cells with the table entries they introduce and the progress so far. */
export interface ReachabilityBatch {
  added: MatrixTablesDelta;
  /** `CELL_STRIDE` integers per cell, see `Column`. */
  cells: Int32Array;
  /** Entry points (source × service port × node interface) simulated so far, and in all. */
  done: number;
  total: number;
}

/** What the page asks the matrix worker for: plain JSON. */
export interface ReachabilityRequest {
  design: Design;
  resources: Resource[];
  options: SimulateOptions;
}

/** What the matrix worker posts back. */
export type ReachabilityReply =
  | { kind: 'batch'; batch: ReachabilityBatch }
  | { kind: 'done'; done: number; total: number }
  | { kind: 'error'; message: string };

/** Integers per packed cell. */
export const CELL_STRIDE = 6;

/** Offsets inside a packed cell (the backend column holds -1 when there is no backend). */
const Column = { Source: 0, Target: 1, Entry: 2, Backend: 3, Final: 4, Flags: 5 } as const;
type Column = (typeof Column)[keyof typeof Column];

const INTENDED_ALLOWED = 1;
const SIMULATED_ALLOWED = 2;
const MISMATCH = 4;
const NO_BACKEND = 8;
const ADVERTISED = 16;

/** Interns values by a key: each distinct value gets the next index and is reported once. */
class Interner<T> {
  private readonly index = new Map<string, number>();
  private pending: T[] = [];

  id(value: T, key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(key, i);
      this.pending.push(value);
    }
    return i;
  }

  /** The values interned since the last call. */
  takeNew(): T[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

function sourceKey(s: MatrixSource): string {
  return s.kind === 'client' ? `c|${s.client}|${s.cidr}|${s.ip}` : `a|${s.ip}`;
}

function finalKey(f: FinalVerdict): string {
  return `${f.verdict}|${f.node}|${f.stage}|${f.policy ?? ''}|${f.ruleIndex ?? ''}`;
}

/** Packs cells as they are simulated (worker side). */
export class ReachabilityPacker {
  private readonly clusterIPs: Map<string, string>;
  private readonly sources = new Interner<MatrixSource>();
  private readonly targets = new Interner<MatrixTarget>();
  private readonly entries = new Interner<MatrixEntryPoint>();
  private readonly backends = new Interner<string>();
  private readonly finals = new Interner<FinalVerdict>();
  private buffer = new Int32Array(CELL_STRIDE * 1024);
  private length = 0;

  constructor(design: Design) {
    this.clusterIPs = new Map(design.services.map((s) => [s.id, s.clusterIP]));
  }

  /** Cells packed since the last batch. */
  get pending(): number {
    return this.length;
  }

  add(cell: ReachabilityRow): void {
    if ((this.length + 1) * CELL_STRIDE > this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    const o = this.length * CELL_STRIDE;
    const b = this.buffer;
    b[o + Column.Source] = this.sources.id(cell.source, sourceKey(cell.source));
    const targetKey = `${cell.service}|${cell.port}|${cell.protocol}`;
    b[o + Column.Target] = this.targets.id(
      {
        service: cell.service,
        serviceName: cell.serviceName,
        clusterIP: this.clusterIPs.get(cell.service) ?? '',
        port: cell.port,
        protocol: cell.protocol,
      },
      targetKey,
    );
    b[o + Column.Entry] = this.entries.id(
      { node: cell.node, iface: cell.iface },
      `${cell.node}|${cell.iface}`,
    );
    b[o + Column.Backend] =
      cell.backend === undefined ? -1 : this.backends.id(cell.backend, cell.backend);
    const f = cell.final;
    b[o + Column.Final] = this.finals.id(f, finalKey(f));
    b[o + Column.Flags] =
      (cell.intended === 'allowed' ? INTENDED_ALLOWED : 0) |
      (cell.simulated === 'allowed' ? SIMULATED_ALLOWED : 0) |
      (cell.mismatch ? MISMATCH : 0) |
      (cell.noBackend ? NO_BACKEND : 0) |
      (cell.advertised ? ADVERTISED : 0);
    this.length++;
  }

  /** The cells packed since the last batch, with the table entries they introduced. */
  take(done: number, total: number): ReachabilityBatch {
    const cells = this.buffer.slice(0, this.length * CELL_STRIDE);
    this.length = 0;
    return {
      added: {
        sources: this.sources.takeNew(),
        targets: this.targets.takeNew(),
        entries: this.entries.takeNew(),
        backends: this.backends.takeNew(),
        finals: this.finals.takeNew(),
      },
      cells,
      done,
      total,
    };
  }
}

/**
 * Simulates the matrix (once per class of equivalent entry nodes, reachabilityClasses.ts: the same
 * cells as the full matrix) and yields packed batches: one whenever `flush(cellsPending)` says so (the
 * worker flushes by time, tests by count), and a last one with whatever is left.
 */
export function* packReachability(
  request: ReachabilityRequest,
  flush: (cellsPending: number) => boolean,
): Generator<ReachabilityBatch, void, undefined> {
  const packer = new ReachabilityPacker(request.design);
  let done = 0;
  let total = 0;
  for (const step of iterateReachabilityRows(request.design, request.resources, request.options)) {
    for (const row of step.rows) packer.add(row);
    done = step.done;
    total = step.total;
    if (flush(packer.pending)) yield packer.take(done, total);
  }
  yield packer.take(done, total);
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

/** The receiving end (page side): appends batches, counts, sorts and decodes rows. */
export class ReachabilityTable {
  private readonly sources: MatrixSource[] = [];
  private readonly targets: MatrixTarget[] = [];
  private readonly entries: MatrixEntryPoint[] = [];
  private readonly backends: string[] = [];
  private readonly finals: FinalVerdict[] = [];
  private data = new Int32Array(0);
  private count = 0;
  private sorted: Uint32Array | undefined;
  private leaksSorted: Uint32Array | undefined;
  /** Counts, kept up to date as batches arrive. */
  readonly summary: ReachabilitySummary = emptySummary();
  /** Cells where kube-proxy found no backend (never mismatches). */
  noBackend = 0;
  done = 0;
  total = 0;

  get size(): number {
    return this.count;
  }

  append(batch: ReachabilityBatch): void {
    const a = batch.added;
    this.sources.push(...a.sources);
    this.targets.push(...a.targets);
    this.entries.push(...a.entries);
    this.backends.push(...a.backends);
    this.finals.push(...a.finals);
    const n = batch.cells.length / CELL_STRIDE;
    const need = (this.count + n) * CELL_STRIDE;
    if (need > this.data.length) {
      const bigger = new Int32Array(Math.max(need, this.data.length * 2));
      bigger.set(this.data.subarray(0, this.count * CELL_STRIDE));
      this.data = bigger;
    }
    this.data.set(batch.cells, this.count * CELL_STRIDE);
    const s = this.summary;
    for (let i = 0; i < n; i++) {
      const flags = batch.cells[i * CELL_STRIDE + Column.Flags] ?? 0;
      const allowed = (flags & SIMULATED_ALLOWED) !== 0;
      s.cells++;
      if (allowed) s.allowed++;
      else s.denied++;
      if (flags & MISMATCH) {
        s.mismatches++;
        if (allowed) s.unexpectedlyAllowed++;
        else s.unexpectedlyDenied++;
      }
      if (flags & NO_BACKEND) this.noBackend++;
    }
    this.count += n;
    this.done = batch.done;
    this.total = batch.total;
    this.sorted = undefined;
    this.leaksSorted = undefined;
  }

  /** Cell `i` in generation order. */
  row(i: number): MatrixRow {
    if (i < 0 || i >= this.count) throw new RangeError(`no cell ${i}`);
    const o = i * CELL_STRIDE;
    const d = this.data;
    const at = <T>(list: readonly T[], column: Column): T => {
      const v = list[d[o + column] ?? -1];
      if (v === undefined) throw new Error(`cell ${i}: bad table index in column ${column}`);
      return v;
    };
    const flags = d[o + Column.Flags] ?? 0;
    const backend = d[o + Column.Backend] ?? -1;
    const row: MatrixRow = {
      index: i,
      source: at(this.sources, Column.Source),
      target: at(this.targets, Column.Target),
      entry: at(this.entries, Column.Entry),
      advertised: (flags & ADVERTISED) !== 0,
      intended: flags & INTENDED_ALLOWED ? 'allowed' : 'denied',
      simulated: flags & SIMULATED_ALLOWED ? 'allowed' : 'denied',
      noBackend: (flags & NO_BACKEND) !== 0,
      mismatch: (flags & MISMATCH) !== 0,
      final: at(this.finals, Column.Final),
    };
    if (backend >= 0) row.backend = this.backends[backend] ?? '';
    return row;
  }

  /** True when cell `i` is a mismatch (cheap: no decoding). */
  isMismatch(i: number): boolean {
    return ((this.data[i * CELL_STRIDE + Column.Flags] ?? 0) & MISMATCH) !== 0;
  }

  /** Cell indices, mismatches first, then generation order (as `reachabilityMatrix` sorts). */
  order(): Uint32Array {
    if (this.sorted) return this.sorted;
    const out = new Uint32Array(this.count);
    let k = 0;
    for (let i = 0; i < this.count; i++) if (this.isMismatch(i)) out[k++] = i;
    for (let i = 0; i < this.count; i++) if (!this.isMismatch(i)) out[k++] = i;
    this.sorted = out;
    return out;
  }

  /**
   * The audit's order (src/simulate/audit.ts): who reaches what they should not, then who is cut
   * off, then the cells as intended; generation order within each.
   */
  leaksFirstOrder(): Uint32Array {
    if (this.leaksSorted) return this.leaksSorted;
    const out = new Uint32Array(this.count);
    const rank = (i: number): number => {
      const flags = this.data[i * CELL_STRIDE + Column.Flags] ?? 0;
      if (!(flags & MISMATCH)) return 2;
      return flags & SIMULATED_ALLOWED ? 0 : 1;
    };
    let k = 0;
    for (const wanted of [0, 1, 2]) {
      for (let i = 0; i < this.count; i++) if (rank(i) === wanted) out[k++] = i;
    }
    this.leaksSorted = out;
    return out;
  }
}

/** The flow that re-simulates one row's cell (pinned to its backend, when it has one). */
export function flowOfRow(row: MatrixRow): Flow {
  const flow: Flow = {
    src: row.source.ip,
    dst: row.target.clusterIP,
    port: row.target.port,
    protocol: row.target.protocol,
    via: { node: row.entry.node, iface: row.entry.iface },
  };
  if (row.backend !== undefined) flow.backend = row.backend;
  return flow;
}
