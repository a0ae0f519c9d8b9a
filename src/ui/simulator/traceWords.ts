/**
 * Plain English for the simulator's codes in the UI: stage names, stage verdicts, and one-line
 * summaries of a result. Reason texts come from src/simulate/reasonMessages.en.ts.
 */
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
export const STAGE_LABEL: Record<StageId, string> = {
  untracked: 'untracked host policy (raw)',
  preDNAT: 'pre-DNAT host policy (mangle)',
  serviceNAT: 'kube-proxy DNAT',
  hostEndpointInput: 'host endpoint policy, to the host (INPUT)',
  workloadEgress: 'pod egress policy',
  hostEndpointForwardIngress: 'host endpoint forward policy, in',
  workloadIngress: 'pod ingress policy',
  hostEndpointForwardEgress: 'host endpoint forward policy, out',
  serviceLoopPrevention: 'service loop prevention',
  postrouting: 'kube-proxy masquerade (POSTROUTING)',
};

export const STAGE_VERDICT_WORD: Record<StageVerdict, string> = {
  allow: 'Allow',
  deny: 'Deny',
  'pass-through': 'Pass through',
  'default-deny': 'Default deny',
  'default-allow': 'Default allow',
  'failsafe-allow': 'Failsafe allow',
  'skipped-already-accepted': 'Skipped',
  'not-applicable': 'Not applicable',
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

/** `Allowed` / `Denied`. */
export function verdictWord(v: 'allowed' | 'denied'): string {
  return v === 'allowed' ? 'Allowed' : 'Denied';
}

/** The reason of one stage in words, with its policy and rule filled in. */
export function stageReason(s: StageRecord): string {
  return describeReason(s.reason, {
    ...(s.policy === undefined ? {} : { policy: s.policy }),
    ...(s.ruleIndex === undefined ? {} : { ruleIndex: s.ruleIndex }),
    ...s.params,
  });
}

/** `allow-cluster-ips, ingress rule 0` (or just the policy when no rule decided). */
export function ruleName(r: { stage: StageId; policy?: string; ruleIndex?: number }): string {
  if (r.policy === undefined) return '';
  if (r.ruleIndex === undefined) return r.policy;
  return `${r.policy}, ${ruleDirection(r.stage)} rule ${r.ruleIndex}`;
}

/** Where and by what a verdict was reached: `on node-2 at workloadIngress by allow-x, ingress rule 1`. */
export function decidedBy(f: FinalVerdict): string {
  const by = f.policy === undefined ? '' : ` by ${ruleName(f)}`;
  return `on ${f.node} at ${f.stage}${by}`;
}

/** One sentence per result, for the live region: `Allowed: default/pod-a2, on node-2 at …`. */
export function resultSentence(r: SimulationResult): string {
  const who = r.backend === undefined ? '' : ` to ${r.backend}`;
  return `${verdictWord(r.final.verdict)}${who}, decided ${decidedBy(r.final)}`;
}

/** `office (50.60.0.1)` or `anyone else (203.0.113.1)`. */
export function sourceName(s: MatrixSource): string {
  return s.kind === 'client' ? `${s.name} (${s.ip})` : `anyone else (${s.ip})`;
}
