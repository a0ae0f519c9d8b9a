/**
 * The reachability matrix's run state: which inputs it was computed for, progress, the packed
 * table, cancel. The computation itself happens elsewhere (a Web Worker in the app, see
 * src/ui/simulator/matrixRunner.ts), behind `StartMatrix`, so this stays testable without one.
 * View state: never saved; the table is derived from the design and dropped with it.
 */
import {
  ReachabilityTable,
  type ReachabilityReply,
  type ReachabilityRequest,
} from '../simulate/reachabilityTable';
import type { SimulationInputs } from './simulationTrace';

/** A running computation; `cancel` stops it for good. */
export interface MatrixRun {
  cancel(): void;
}

/** Starts computing a matrix; replies arrive through `onReply` until `done` or `error`. */
export type StartMatrix = (
  request: ReachabilityRequest,
  onReply: (reply: ReachabilityReply) => void,
) => MatrixRun;

export type MatrixStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface MatrixState {
  status: MatrixStatus;
  /** What the current (or last) run is for. */
  inputs: SimulationInputs | undefined;
  /** The table being filled, or the finished one. */
  table: ReachabilityTable | undefined;
  /** The last finished table and its inputs: shown while a new run is under way. */
  finished: { table: ReachabilityTable; inputs: SimulationInputs; elapsedMs: number } | undefined;
  done: number;
  total: number;
  error: string | undefined;
  /** After Cancel, changes of the design do not start a new run until the user asks. */
  paused: boolean;
  /** Bumped on every change: the table is mutable, so views key their memos on this. */
  version: number;
}

/** True when two inputs would give the same matrix. */
export function sameMatrixInputs(a: SimulationInputs | undefined, b: SimulationInputs): boolean {
  return (
    a !== undefined &&
    a.design === b.design &&
    a.resources === b.resources &&
    a.options.kubeProxyMasquerade === b.options.kubeProxyMasquerade &&
    a.options.failsafeInboundHostPorts === b.options.failsafeInboundHostPorts
  );
}

function requestOf(inputs: SimulationInputs): ReachabilityRequest {
  return { design: inputs.design, resources: inputs.resources, options: inputs.options };
}

export class MatrixStore {
  private state: MatrixState = {
    status: 'idle',
    inputs: undefined,
    table: undefined,
    finished: undefined,
    done: 0,
    total: 0,
    error: undefined,
    paused: false,
    version: 0,
  };
  private readonly listeners = new Set<() => void>();
  private run: MatrixRun | undefined;
  /** Identifies the current run; replies carrying another are stale. */
  private token: object | undefined;
  private startedAt = 0;

  constructor(
    private readonly start: StartMatrix,
    private readonly now: () => number = () => performance.now(),
  ) {}

  getState = (): MatrixState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<MatrixState>): void {
    this.state = { ...this.state, ...next, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /**
   * Computes the matrix for these inputs unless it is already computed or under way for them, or
   * the user cancelled (then only `compute` starts a run).
   */
  request = (inputs: SimulationInputs): void => {
    if (sameMatrixInputs(this.state.inputs, inputs) && this.state.status !== 'idle') return;
    if (this.state.paused) return;
    this.compute(inputs);
  };

  /** Starts a run now, replacing any run under way. */
  compute = (inputs: SimulationInputs): void => {
    this.run?.cancel();
    const table = new ReachabilityTable();
    this.startedAt = this.now();
    const token = {};
    this.token = token;
    const onReply = (reply: ReachabilityReply) => {
      // A reply from a run that was replaced or cancelled is ignored.
      if (this.token === token) this.receive(table, inputs, reply);
    };
    this.set({
      status: 'running',
      inputs,
      table,
      done: 0,
      total: 0,
      error: undefined,
      paused: false,
    });
    const run = this.start(requestOf(inputs), onReply);
    // A runner may finish before `start` returns (the in-thread one never does, but may).
    if (this.token === token && this.state.status === 'running') this.run = run;
  };

  private receive(table: ReachabilityTable, inputs: SimulationInputs, reply: ReachabilityReply) {
    switch (reply.kind) {
      case 'batch':
        table.append(reply.batch);
        this.set({ done: reply.batch.done, total: reply.batch.total });
        return;
      case 'done': {
        this.run = undefined;
        const elapsedMs = this.now() - this.startedAt;
        this.set({
          status: 'done',
          done: reply.done,
          total: reply.total,
          finished: { table, inputs, elapsedMs },
        });
        return;
      }
      case 'error':
        this.run?.cancel();
        this.run = undefined;
        this.set({ status: 'error', error: reply.message });
        return;
    }
  }

  /** Stops the run under way; the design's next changes wait for `compute`. */
  cancel = (): void => {
    if (this.state.status !== 'running') return;
    this.run?.cancel();
    this.run = undefined;
    this.token = undefined;
    this.set({ status: 'cancelled', paused: true });
  };

  /** Stops everything (the store is no longer shown anywhere). */
  dispose(): void {
    this.run?.cancel();
    this.run = undefined;
    this.token = undefined;
  }
}
