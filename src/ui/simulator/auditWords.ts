/** The audit's words for one flow: which existing policy and rule decided it, in the UI language. */
import type { Translate } from '../../i18n/t';
import { formatHostPort } from '../../net/ip';
import { decidingRecord } from '../../simulate/audit';
import type { InClusterLine } from '../../simulate/inClusterTable';
import type { SimulationResult } from '../../simulate/types';
import { outcomeWord } from './traceWords';

/** "Decided by the existing policy X, rule N (stage)", the end of a tier, or no policy at all. */
export function decisionLine(result: SimulationResult | undefined, t: Translate): string {
  const record = result && decidingRecord(result);
  if (record?.policy !== undefined) {
    return t('ui.audit.trace.decidedBy', {
      policy: record.policy,
      rule: record.ruleIndex ?? 0,
      stage: record.stage,
    });
  }
  if (record?.reason === 'endOfTier') {
    return t('ui.audit.trace.endOfTier', { tier: String(record.params?.tier ?? '') });
  }
  return t('ui.audit.trace.noPolicy');
}

/** The deciding result of a flow: the first denied one (what the matrix counts), else the first. */
export function decidingResult(results: readonly SimulationResult[]): SimulationResult | undefined {
  return results.find((r) => r.final.verdict === 'denied') ?? results[0];
}

/** What an in-cluster line expected, and why. */
export function expectationOf(line: InClusterLine, t: Translate): string {
  if (!line.mismatch) return t('ui.audit.inCluster.asExpected');
  const expected = outcomeWord(line.expected, t);
  return line.restrictedBy
    ? t('ui.audit.inCluster.restricted', {
        expected,
        setting: line.restrictedBy.inCluster,
        service: line.restrictedBy.service,
      })
    : t('ui.audit.inCluster.expected', { expected });
}

/** An in-cluster line in one sentence: its trace button's name. */
export function lineSentence(line: InClusterLine, t: Translate): string {
  return t('ui.audit.inCluster.sentence', {
    kind: t(`ui.audit.inCluster.kind.${line.kind}`),
    from: line.from,
    to: line.to,
    destination: `${formatHostPort(line.dst, line.port)}/${line.protocol}`,
    outcome: outcomeWord(line.actual, t),
    expectation: expectationOf(line, t),
  });
}
