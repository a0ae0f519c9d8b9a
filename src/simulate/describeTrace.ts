/**
 * A simulation result as lines of text, for tests, the CLI and the UI: English unless told
 * otherwise (the templates of every language are in reasonMessages.ts).
 */
import { formatMessage } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { formatHostPort } from '../net/ip';
import {
  simulateReasons,
  simulateSummaries,
  simulateTraceLines,
  simulateVerdicts,
} from './reasonMessages';
import type { InClusterSummary } from './inClusterMatrix';
import type { ReachabilitySummary } from './reachabilityMatrix';
import type { ReasonCode, ReasonParams, SimulationResult, StageRecord } from './types';

/** The text of one reason code with its params. */
export function describeReason(
  reason: ReasonCode,
  params: ReasonParams = {},
  locale: Locale = 'en',
): string {
  return formatMessage(simulateReasons[locale][reason], params);
}

function describeStage(s: StageRecord, locale: Locale): string {
  const lines = simulateTraceLines[locale];
  const message = describeReason(
    s.reason,
    {
      ...(s.policy === undefined ? {} : { policy: s.policy }),
      ...(s.ruleIndex === undefined ? {} : { ruleIndex: s.ruleIndex }),
      ...s.params,
    },
    locale,
  );
  const params = {
    stage: s.stage,
    src: s.sees?.src ?? '?',
    to: s.sees ? formatHostPort(s.sees.dst, s.sees.port) : '?',
    protocol: s.sees?.protocol ?? '?',
    message,
    ...(s.verdict === undefined ? {} : { verdict: simulateVerdicts[locale][s.verdict] }),
  };
  return formatMessage(s.verdict === undefined ? lines.stage : lines.stageVerdict, params);
}

/**
 * One line per hop header and stage, then the backend and the final verdict.
 */
export function describeTrace(result: SimulationResult, locale: Locale = 'en'): string[] {
  const lines = simulateTraceLines[locale];
  const out: string[] = [];
  for (const hop of result.hops) {
    out.push(formatMessage(lines.hop, { node: hop.node, in: hop.in }));
    for (const s of hop.stages) out.push(describeStage(s, locale));
  }
  if (result.backend !== undefined) {
    out.push(formatMessage(lines.backend, { backend: result.backend }));
  }
  const f = result.final;
  const params = {
    verdict: simulateVerdicts[locale][f.verdict],
    node: f.node,
    stage: f.stage,
    ...(f.policy === undefined ? {} : { policy: f.policy }),
    ...(f.ruleIndex === undefined ? {} : { ruleIndex: f.ruleIndex }),
  };
  out.push(formatMessage(f.policy === undefined ? lines.final : lines.finalPolicy, params));
  return out;
}

/**
 * The matrix summary in one line: `48 cells, 24 mismatches: 16 unexpectedly allowed,
 * 8 unexpectedly denied` (`0 mismatches` alone when there are none). `n` formats numbers.
 */
export function describeReachabilitySummary(
  s: ReachabilitySummary,
  n: (value: number) => string = String,
  locale: Locale = 'en',
): string {
  const w = simulateSummaries[locale];
  const cells = formatMessage(s.cells === 1 ? w.cellsOne : w.cellsOther, { count: n(s.cells) });
  return summaryLine(cells, s, n, locale);
}

/**
 * The in-cluster summary in one line: `34 in-cluster flows, 6 mismatches: 0 unexpectedly
 * allowed, 6 unexpectedly denied` (`0 mismatches` alone when there are none).
 */
export function describeInClusterSummary(
  s: InClusterSummary,
  n: (value: number) => string = String,
  locale: Locale = 'en',
): string {
  const w = simulateSummaries[locale];
  const flows = formatMessage(s.rows === 1 ? w.flowsOne : w.flowsOther, { count: n(s.rows) });
  return summaryLine(flows, s, n, locale);
}

function summaryLine(
  cells: string,
  s: { mismatches: number; unexpectedlyAllowed: number; unexpectedlyDenied: number },
  n: (value: number) => string,
  locale: Locale,
): string {
  const w = simulateSummaries[locale];
  const mismatches = formatMessage(s.mismatches === 1 ? w.mismatchesOne : w.mismatchesOther, {
    count: n(s.mismatches),
  });
  const head = formatMessage(w.head, { cells, mismatches });
  if (s.mismatches === 0) return head;
  return formatMessage(w.detail, {
    head,
    allowed: n(s.unexpectedlyAllowed),
    denied: n(s.unexpectedlyDenied),
  });
}
