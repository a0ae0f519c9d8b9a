/**
 * The in-cluster flows in a form a worker can post: each row without its trace (a trace is
 * recomputed on demand with `flowOfLine`), so the page lists thousands of rows cheaply. Pure.
 */
import type { Resource } from '../calico/types';
import type { Design } from '../model/design';
import { inClusterReachability, type InClusterRow, type InClusterSummary } from './inClusterMatrix';
import type { FinalVerdict, Flow, SimulateOptions } from './types';

/** One in-cluster row without its trace. */
export type InClusterLine = Omit<InClusterRow, 'result'> & { final: FinalVerdict };

/** What the page asks for (plain JSON, like the matrix request). */
export interface InClusterRequest {
  design: Design;
  resources: Resource[];
  options: SimulateOptions;
  /** Who is cut off after who gets through: the audit's order. */
  leaksFirst?: boolean;
}

export type InClusterReply =
  | { kind: 'done'; lines: InClusterLine[]; summary: InClusterSummary }
  | { kind: 'error'; message: string };

/** Unexpectedly allowed, then unexpectedly denied, then as expected; generation order within. */
function rank(l: InClusterLine): number {
  if (!l.mismatch) return 2;
  return l.actual === 'allowed' ? 0 : 1;
}

/** Every sampled in-cluster flow, judged; mismatches first. */
export function inClusterLines(request: InClusterRequest): InClusterReply {
  const m = inClusterReachability(request.design, request.resources, request.options);
  const lines = m.rows.map(({ result, ...rest }): InClusterLine => ({
    ...rest,
    final: result.final,
  }));
  if (request.leaksFirst) lines.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return { kind: 'done', lines, summary: m.summary };
}

const FROM_POD = new Set<InClusterLine['kind']>([
  'podToPod',
  'podToTargetPort',
  'podToClusterIP',
  'podToNode',
]);

/** The flow that re-simulates a line (every backend, for a cluster IP). */
export function flowOfLine(line: InClusterLine): Flow {
  return {
    dst: line.dst,
    port: line.port,
    protocol: line.protocol,
    via: FROM_POD.has(line.kind) ? { pod: line.from } : { fromNode: line.from },
  };
}
