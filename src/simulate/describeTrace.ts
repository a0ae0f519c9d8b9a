/** A simulation result as English lines, for tests and the CLI (the UI uses the i18n catalogue). */
import { formatMessage } from '../i18n/format';
import { simulateReasonsEn, simulateTraceEn } from './reasonMessages.en';
import type { ReachabilitySummary } from './reachabilityMatrix';
import type { ReasonCode, ReasonParams, SimulationResult, StageRecord } from './types';

/** The English text of one reason code with its params. */
export function describeReason(reason: ReasonCode, params: ReasonParams = {}): string {
  return formatMessage(simulateReasonsEn[reason], params);
}

function describeStage(s: StageRecord): string {
  const message = describeReason(s.reason, {
    ...(s.policy === undefined ? {} : { policy: s.policy }),
    ...(s.ruleIndex === undefined ? {} : { ruleIndex: s.ruleIndex }),
    ...s.params,
  });
  const params = {
    stage: s.stage,
    src: s.sees?.src ?? '?',
    dst: s.sees?.dst ?? '?',
    port: s.sees?.port ?? '?',
    protocol: s.sees?.protocol ?? '?',
    message,
    ...(s.verdict === undefined ? {} : { verdict: s.verdict }),
  };
  return formatMessage(
    s.verdict === undefined ? simulateTraceEn.stage : simulateTraceEn.stageVerdict,
    params,
  );
}

/** English lines: one per hop header and stage, then the backend and the final verdict. */
export function describeTrace(result: SimulationResult): string[] {
  const lines: string[] = [];
  for (const hop of result.hops) {
    lines.push(formatMessage(simulateTraceEn.hop, { node: hop.node, in: hop.in }));
    for (const s of hop.stages) lines.push(describeStage(s));
  }
  if (result.backend !== undefined) {
    lines.push(formatMessage(simulateTraceEn.backend, { backend: result.backend }));
  }
  const f = result.final;
  const params = {
    verdict: f.verdict,
    node: f.node,
    stage: f.stage,
    ...(f.policy === undefined ? {} : { policy: f.policy }),
    ...(f.ruleIndex === undefined ? {} : { ruleIndex: f.ruleIndex }),
  };
  lines.push(
    formatMessage(
      f.policy === undefined ? simulateTraceEn.final : simulateTraceEn.finalPolicy,
      params,
    ),
  );
  return lines;
}

/**
 * The matrix summary in one English line: `48 cells, 24 mismatches: 16 unexpectedly allowed,
 * 8 unexpectedly denied` (`0 mismatches` alone when there are none). `n` formats numbers.
 */
export function describeReachabilitySummary(
  s: ReachabilitySummary,
  n: (value: number) => string = String,
): string {
  const cells = `${n(s.cells)} ${s.cells === 1 ? 'cell' : 'cells'}`;
  const head = `${cells}, ${n(s.mismatches)} ${s.mismatches === 1 ? 'mismatch' : 'mismatches'}`;
  if (s.mismatches === 0) return head;
  return `${head}: ${n(s.unexpectedlyAllowed)} unexpectedly allowed, ${n(s.unexpectedlyDenied)} unexpectedly denied`;
}
