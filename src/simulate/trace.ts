/** Building blocks of a trace: stage records, the final verdict, and a small memo. */
import type { PodInfo } from './cluster';
import type {
  FinalVerdict,
  Hop,
  PacketView,
  ReasonCode,
  ReasonParams,
  SimulationResult,
  StageId,
  StageRecord,
  StageVerdict,
} from './types';

/** One stage's record. Records are shared between results, so callers never mutate them. */
export function record(
  stage: StageId,
  verdict: StageVerdict | undefined,
  reason: ReasonCode,
  sees: PacketView,
  extra?: { policy?: string; ruleIndex?: number; params?: ReasonParams },
): StageRecord {
  // Built field by field (no spreads): the matrix creates hundreds of thousands of these. The
  // assertion only lets `reason` be set after `sees`, in the key order the CLI prints.
  const r = { stage } as StageRecord;
  if (verdict !== undefined) r.verdict = verdict;
  if (extra?.policy !== undefined) r.policy = extra.policy;
  if (extra?.ruleIndex !== undefined) r.ruleIndex = extra.ruleIndex;
  r.sees = sees;
  r.reason = reason;
  if (extra?.params !== undefined) r.params = extra.params;
  return r;
}

/** True when the stage dropped the packet. */
export function isDenial(r: StageRecord): boolean {
  return r.verdict === 'deny' || r.verdict === 'default-deny';
}

function isAccepting(v: StageVerdict | undefined): boolean {
  return (
    v === 'allow' ||
    v === 'default-allow' ||
    v === 'failsafe-allow' ||
    v === 'skipped-already-accepted'
  );
}

/**
 * The verdict of a finished trace. Denied: the stage that dropped it (always the last). Allowed:
 * the last explicit Allow rule, else the last stage that accepted by default, else the last stage.
 */
export function finalOf(hops: readonly Hop[], denied: boolean): FinalVerdict {
  let last: { node: string; stage: StageRecord } | undefined;
  let allow: typeof last;
  let accepting: typeof last;
  for (const hop of hops) {
    for (const stage of hop.stages) {
      last = { node: hop.node, stage };
      if (stage.verdict === 'allow') allow = last;
      if (isAccepting(stage.verdict)) accepting = last;
    }
  }
  const chosen = denied ? last : (allow ?? accepting ?? last);
  if (!chosen) throw new Error('empty trace');
  const s = chosen.stage;
  const f: FinalVerdict = {
    verdict: denied ? 'denied' : 'allowed',
    node: chosen.node,
    stage: s.stage,
  };
  if (s.policy !== undefined) f.policy = s.policy;
  if (s.ruleIndex !== undefined) f.ruleIndex = s.ruleIndex;
  return f;
}

/** The hops from some node on, for one backend choice. */
export interface Tail {
  hops: Hop[];
  denied: boolean;
  backend?: PodInfo;
}

/** A finished tail as the public result. */
export function toResult(t: Tail): SimulationResult {
  const r: SimulationResult = { final: finalOf(t.hops, t.denied), hops: t.hops };
  if (t.backend) r.backend = t.backend.key;
  return r;
}

/**
 * A three-level memo keyed by an object and two strings. No key string is built per lookup, and
 * the strings passed are long-lived (packet keys, constants), whose hashes V8 caches.
 */
export class Memo<K extends object, V> {
  private readonly map = new Map<K, Map<string, Map<string, V>>>();

  /** The cached value, made on first request. */
  get(a: K, b: string, c: string, make: () => V): V {
    let m1 = this.map.get(a);
    if (!m1) {
      m1 = new Map();
      this.map.set(a, m1);
    }
    let m2 = m1.get(b);
    if (!m2) {
      m2 = new Map();
      m1.set(b, m2);
    }
    let v = m2.get(c);
    if (v === undefined) {
      v = make();
      m2.set(c, v);
    }
    return v;
  }
}
