/**
 * "By existing policy": for each policy of the baseline, the flows whose verdict one of its rules
 * decides (from outside and in the cluster), the flows the end of a tier drops, and the policies
 * that decide nothing, the same view as the CLI's `audit` (src/simulate/audit.ts).
 */
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/t';
import {
  baselinePolicies,
  policyDecisions,
  type BaselinePolicy,
  type PolicyDecisions,
} from '../../simulate/audit';
import { describeReason } from '../../simulate/describeTrace';
import { flowOfLine, type InClusterLine } from '../../simulate/inClusterTable';
import {
  flowOfRow,
  type MatrixRow,
  type ReachabilityTable,
} from '../../simulate/reachabilityTable';
import type { Flow, SimulationResult } from '../../simulate/types';
import { useLocale, useT } from '../../state/preferences';
import { simulatorFor, type SimulationInputs } from '../../state/simulationTrace';
import { decidingResult, lineSentence } from './auditWords';
import { rowSentence } from './MatrixTable';

/** A flow of either list. */
export type DecidedFlow = { kind: 'cell'; row: MatrixRow } | { kind: 'line'; line: InClusterLine };

/** At most this many flows listed under a policy. */
const EXAMPLES_SHOWN = 5;

function decisionsOf(
  inputs: SimulationInputs,
  table: ReachabilityTable,
  lines: readonly InClusterLine[],
): PolicyDecisions<DecidedFlow> {
  const simulator = simulatorFor(inputs);
  const flows: DecidedFlow[] = [];
  for (const i of table.leaksFirstOrder()) flows.push({ kind: 'cell', row: table.row(i) });
  for (const line of lines) flows.push({ kind: 'line', line });
  const resultOf = (f: DecidedFlow): SimulationResult => {
    const final = f.kind === 'cell' ? f.row.final : f.line.final;
    // Only a drop with no rule needs its trace (to tell the end of a tier from the rest).
    if (final.policy !== undefined || final.verdict === 'allowed') return { final, hops: [] };
    const flow: Flow = f.kind === 'cell' ? flowOfRow(f.row) : flowOfLine(f.line);
    return decidingResult(simulator.simulate(flow)) ?? { final, hops: [] };
  };
  const baseline = inputs.design.baseline?.resources ?? [];
  return policyDecisions(baselinePolicies(baseline, simulator.notes), flows, resultOf, (f) =>
    f.kind === 'cell' ? f.row.mismatch : f.line.mismatch,
  );
}

function flowSentence(f: DecidedFlow, t: Translate): string {
  return f.kind === 'cell' ? rowSentence(f.row, t) : lineSentence(f.line, t);
}

function idleReason(p: BaselinePolicy, t: Translate, locale: Locale): string | undefined {
  if (p.staged) return t('ui.audit.policies.staged');
  return p.note ? describeReason(p.note.reason, p.note.params, locale) : undefined;
}

function Examples({ flows, onOpen }: { flows: DecidedFlow[]; onOpen: (f: DecidedFlow) => void }) {
  const t = useT();
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {flows.slice(0, EXAMPLES_SHOWN).map((f) => {
        const sentence = flowSentence(f, t);
        const mismatch = f.kind === 'cell' ? f.row.mismatch : f.line.mismatch;
        return (
          <li key={f.kind === 'cell' ? `c${f.row.index}` : `l${f.line.index}`}>
            <Link
              component="button"
              type="button"
              variant="body2"
              onClick={() => onOpen(f)}
              sx={{ textAlign: 'left', fontSize: 12, color: mismatch ? 'warning.dark' : undefined }}
            >
              {sentence}
            </Link>
          </li>
        );
      })}
    </Box>
  );
}

export function PolicyDecisionsView({
  inputs,
  table,
  lines,
  onOpen,
}: {
  inputs: SimulationInputs;
  table: ReachabilityTable;
  lines: readonly InClusterLine[];
  onOpen: (flow: DecidedFlow) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { deciding, endOfTier, idle } = useMemo(
    () => decisionsOf(inputs, table, lines),
    [inputs, table, lines],
  );
  const count = (n: number) => (n === 1 ? 'one' : 'other');
  return (
    <Box
      role="region"
      aria-label={t('ui.audit.policies.label')}
      sx={{
        flex: 1,
        minHeight: 0,
        overflow: 'auto',
        px: 1.5,
        pb: 2,
        display: 'grid',
        gap: 1.5,
        alignContent: 'start',
      }}
    >
      {deciding.length === 0 && endOfTier.length === 0 && (
        <Alert severity="info">{t('ui.audit.policies.none')}</Alert>
      )}
      {deciding.map((d) => (
        <Box key={d.policy.resource} component="section" aria-label={d.policy.display}>
          <Typography variant="subtitle2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {d.policy.display}{' '}
            <Box
              component="span"
              sx={{ fontFamily: 'inherit', color: 'text.secondary', fontWeight: 400 }}
            >
              · {t('ui.audit.policies.tier', { tier: d.policy.tier })}
            </Box>
          </Typography>
          <Typography variant="body2">
            {t(`ui.audit.policies.counts.${count(d.allowed + d.denied)}`, {
              count: d.allowed + d.denied,
              allowed: d.allowed,
              denied: d.denied,
            })}
            {d.mismatches > 0 && (
              <Box component="span" sx={{ color: 'warning.dark', fontWeight: 700 }}>
                {' '}
                <WarningAmberIcon
                  fontSize="inherit"
                  aria-hidden
                  sx={{ verticalAlign: 'middle' }}
                />{' '}
                {t('ui.audit.policies.mismatches', { count: d.mismatches })}
              </Box>
            )}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {d.rules.map((r) => (
              <Typography component="li" variant="caption" key={`${r.stage}-${r.ruleIndex}`}>
                {t('ui.audit.policies.rule', {
                  rule: r.ruleIndex,
                  stage: r.stage,
                  allowed: r.allowed,
                  denied: r.denied,
                })}
              </Typography>
            ))}
          </Box>
          <Examples flows={d.examples} onOpen={onOpen} />
        </Box>
      ))}
      {endOfTier.map((e) => (
        <Box key={e.tier} component="section" aria-label={e.tier}>
          <Typography variant="subtitle2">
            {t(`ui.audit.policies.endOfTier.${count(e.denied)}`, { tier: e.tier, count: e.denied })}
            {e.mismatches > 0 && (
              <Box component="span" sx={{ color: 'warning.dark' }}>
                {' · '}
                {t('ui.audit.policies.mismatches', { count: e.mismatches })}
              </Box>
            )}
          </Typography>
          <Examples flows={e.examples} onOpen={onOpen} />
        </Box>
      ))}
      {idle.length > 0 && (
        <Box component="section" aria-label={t('ui.audit.policies.idle')}>
          <Typography variant="subtitle2">{t('ui.audit.policies.idle')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {idle.map((p) => {
              const why = idleReason(p, t, locale);
              return (
                <Typography component="li" variant="body2" key={p.resource}>
                  <Box component="span" sx={{ fontFamily: 'monospace' }}>
                    {p.display}
                  </Box>{' '}
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    · {t('ui.audit.policies.tier', { tier: p.tier })}
                    {why && ` · ${why}`}
                  </Box>
                </Typography>
              );
            })}
          </Box>
        </Box>
      )}
    </Box>
  );
}
