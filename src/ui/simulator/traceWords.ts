/**
 * The simulator's codes in words for the UI, in the current language: stage names, stage verdicts,
 * and one-line summaries of a result. Each takes the translate function (and, for reason texts,
 * the locale) of the language to speak. Reason texts come from src/simulate/reasonMessages.ts.
 */
import type { Locale } from '../../i18n/locale';
import type { AnyMessageId, Translate } from '../../i18n/t';
import { describeReason } from '../../simulate/describeTrace';
import type { MatrixSource } from '../../simulate/reachabilityMatrix';
import type {
  FinalVerdict,
  SimulationResult,
  StageId,
  StageRecord,
  StageVerdict,
} from '../../simulate/types';
import { ruleDirection } from '../../state/simulationTrace';

/** What each stage of SEMANTICS.md §1.2 is, in a few words. */
export const STAGE_LABEL: Readonly<Record<StageId, AnyMessageId>> = {
  untracked: 'ui.simulator.stage.untracked',
  preDNAT: 'ui.simulator.stage.preDNAT',
  serviceNAT: 'ui.simulator.stage.serviceNAT',
  hostEndpointInput: 'ui.simulator.stage.hostEndpointInput',
  hostEndpointOutput: 'ui.simulator.stage.hostEndpointOutput',
  workloadEgress: 'ui.simulator.stage.workloadEgress',
  hostEndpointForwardIngress: 'ui.simulator.stage.hostEndpointForwardIngress',
  workloadIngress: 'ui.simulator.stage.workloadIngress',
  hostEndpointForwardEgress: 'ui.simulator.stage.hostEndpointForwardEgress',
  serviceLoopPrevention: 'ui.simulator.stage.serviceLoopPrevention',
  postrouting: 'ui.simulator.stage.postrouting',
};

export const STAGE_VERDICT_WORD: Readonly<Record<StageVerdict, AnyMessageId>> = {
  allow: 'ui.simulator.stageVerdict.allow',
  deny: 'ui.simulator.stageVerdict.deny',
  'pass-through': 'ui.simulator.stageVerdict.passThrough',
  'default-deny': 'ui.simulator.stageVerdict.defaultDeny',
  'default-allow': 'ui.simulator.stageVerdict.defaultAllow',
  'failsafe-allow': 'ui.simulator.stageVerdict.failsafeAllow',
  'skipped-already-accepted': 'ui.simulator.stageVerdict.skipped',
  'not-applicable': 'ui.simulator.stageVerdict.notApplicable',
};

export type Tone = 'allow' | 'deny' | 'neutral';

/** Whether a stage verdict accepted, dropped, or did neither. */
export function stageTone(v: StageVerdict | undefined): Tone {
  switch (v) {
    case 'allow':
    case 'default-allow':
    case 'failsafe-allow':
      return 'allow';
    case 'deny':
    case 'default-deny':
      return 'deny';
    default:
      return 'neutral';
  }
}

/** `Allowed` / `Denied`: the verdict as a badge says it. */
export function verdictWord(v: 'allowed' | 'denied', t: Translate): string {
  return t(v === 'allowed' ? 'ui.simulator.verdict.allowed' : 'ui.simulator.verdict.denied');
}

/** `allowed` / `denied`: the verdict inside a sentence. */
export function outcomeWord(v: 'allowed' | 'denied', t: Translate): string {
  return t(v === 'allowed' ? 'ui.simulator.outcome.allowed' : 'ui.simulator.outcome.denied');
}

/** The reason of one stage in words, with its policy and rule filled in. */
export function stageReason(s: StageRecord, locale: Locale): string {
  return describeReason(
    s.reason,
    {
      ...(s.policy === undefined ? {} : { policy: s.policy }),
      ...(s.ruleIndex === undefined ? {} : { ruleIndex: s.ruleIndex }),
      ...s.params,
    },
    locale,
  );
}

/** `allow-cluster-ips, ingress rule 0` (or just the policy when no rule decided). */
export function ruleName(
  r: { stage: StageId; policy?: string; ruleIndex?: number },
  t: Translate,
): string {
  if (r.policy === undefined) return '';
  if (r.ruleIndex === undefined) return r.policy;
  const id =
    ruleDirection(r.stage) === 'egress' ? 'ui.simulator.rule.egress' : 'ui.simulator.rule.ingress';
  return t(id, { policy: r.policy, index: r.ruleIndex });
}

/** Where and by what a verdict was reached: `on node-2 at workloadIngress by allow-x, ingress rule 1`. */
export function decidedBy(f: FinalVerdict, t: Translate): string {
  const params = { node: f.node, stage: f.stage };
  if (f.policy === undefined) return t('ui.simulator.decision.at', params);
  return t('ui.simulator.decision.by', { ...params, rule: ruleName(f, t) });
}

/** One sentence per result, for the live region: `Allowed to default/pod-a2, decided on node-2 at …`. */
export function resultSentence(r: SimulationResult, t: Translate): string {
  const params = { verdict: verdictWord(r.final.verdict, t), decision: decidedBy(r.final, t) };
  if (r.backend === undefined) return t('ui.simulator.result.sentence', params);
  return t('ui.simulator.result.sentenceBackend', { ...params, backend: r.backend });
}

/** `office (50.60.0.1)` or `anyone else (203.0.113.1)`. */
export function sourceName(s: MatrixSource, t: Translate): string {
  return s.kind === 'client'
    ? `${s.name} (${s.ip})`
    : t('ui.simulator.source.anyoneElseAt', { ip: s.ip });
}
