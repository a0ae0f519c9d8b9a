/**
 * One simulated packet, read top to bottom: the verdict per backend, then every node it crossed
 * (and the interface it came in on), then every stage there: what the stage saw, what it did, the
 * policy rule that decided and why. A stage's rule is a link to that rule in the YAML. Shared by
 * the Test traffic tab and the reachability matrix's cell dialog.
 */
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import RemoveCircleOutlinedIcon from '@mui/icons-material/RemoveCircleOutlined';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GeneratedDocument } from '../../generator/types';
import { formatHostPort } from '../../net/ip';
import type { Hop, SimulationResult, StageRecord } from '../../simulate/types';
import { useLocale, useT } from '../../state/preferences';
import { ruleRefOf } from '../../state/simulationTrace';
import {
  STAGE_LABEL,
  STAGE_VERDICT_WORD,
  decidedBy,
  ruleName,
  stageReason,
  stageTone,
  verdictWord,
  type Tone,
} from './traceWords';

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';

export type ShowRule = (ref: { resource: string; rulePath: string }) => void;

const TONE_COLOR: Record<Tone, string> = {
  allow: 'success.main',
  deny: 'error.main',
  neutral: 'text.secondary',
};

function ToneIcon({ tone }: { tone: Tone }) {
  if (tone === 'allow') return <CheckCircleIcon fontSize="inherit" aria-hidden />;
  if (tone === 'deny') return <BlockIcon fontSize="inherit" aria-hidden />;
  return <RemoveCircleOutlinedIcon fontSize="inherit" aria-hidden />;
}

/** `✓ Allowed` / `⊘ Denied`: icon and word, never colour alone. */
export function VerdictBadge({
  verdict,
  size = 'body2',
}: {
  verdict: 'allowed' | 'denied';
  size?: 'body2' | 'subtitle1';
}) {
  const t = useT();
  const tone: Tone = verdict === 'allowed' ? 'allow' : 'deny';
  return (
    <Typography
      component="span"
      variant={size}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        fontWeight: 700,
        color: TONE_COLOR[tone],
        fontSize: size === 'subtitle1' ? 18 : undefined,
        whiteSpace: 'nowrap',
      }}
    >
      <ToneIcon tone={tone} />
      {verdictWord(verdict, t)}
    </Typography>
  );
}

function RuleLink({
  stage,
  documents,
  onShowRule,
}: {
  stage: StageRecord;
  documents: readonly GeneratedDocument[];
  onShowRule: ShowRule;
}) {
  const t = useT();
  const name = ruleName(stage, t);
  const ref = ruleRefOf(stage, documents);
  if (!ref) {
    return (
      <Typography variant="body2" component="div" sx={{ fontFamily: MONO, fontSize: 12 }}>
        {name}
      </Typography>
    );
  }
  return (
    <Link
      component="button"
      type="button"
      variant="body2"
      onClick={() => onShowRule(ref)}
      aria-label={t('ui.simulator.rule.show', { rule: name })}
      sx={{ fontFamily: MONO, fontSize: 12, textAlign: 'left', wordBreak: 'break-all' }}
    >
      {name}
    </Link>
  );
}

function StageItem({
  stage,
  decided,
  documents,
  onShowRule,
}: {
  stage: StageRecord;
  decided: boolean;
  documents: readonly GeneratedDocument[];
  onShowRule: ShowRule;
}) {
  const t = useT();
  const locale = useLocale();
  const tone = stageTone(stage.verdict);
  const quiet = stage.verdict === 'not-applicable';
  const sees = stage.sees;
  return (
    <Box
      component="li"
      data-stage={stage.stage}
      data-decided={decided || undefined}
      sx={{
        listStyle: 'none',
        px: 1,
        py: 0.75,
        borderLeft: 3,
        borderColor: decided ? TONE_COLOR[tone] : 'divider',
        bgcolor: decided ? 'action.hover' : undefined,
        opacity: quiet ? 0.65 : 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', columnGap: 1, flexWrap: 'wrap' }}>
        <Typography
          variant="body2"
          component="span"
          sx={{ fontFamily: MONO, fontWeight: 700, fontSize: 12.5, flex: 'none' }}
        >
          {stage.stage}
        </Typography>
        <Typography
          variant="caption"
          component="span"
          noWrap
          sx={{ color: 'text.secondary', flex: '1 1 0', minWidth: 0 }}
        >
          {t(STAGE_LABEL[stage.stage])}
        </Typography>
        <Typography
          variant="caption"
          component="span"
          sx={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 0.25,
            flex: 'none',
            ml: 'auto',
            fontWeight: 600,
            color: TONE_COLOR[tone],
          }}
        >
          <ToneIcon tone={tone} />
          {t(
            stage.verdict === undefined
              ? 'ui.simulator.stage.nat'
              : STAGE_VERDICT_WORD[stage.verdict],
          )}
        </Typography>
      </Box>
      {sees && (
        <Typography
          variant="caption"
          component="div"
          sx={{ fontFamily: MONO, color: 'text.secondary', wordBreak: 'break-all' }}
        >
          {t('ui.simulator.stage.sees', {
            src: sees.src,
            to: formatHostPort(sees.dst, sees.port),
            protocol: sees.protocol,
          })}
        </Typography>
      )}
      {stage.policy !== undefined && (
        <RuleLink stage={stage} documents={documents} onShowRule={onShowRule} />
      )}
      <Typography variant="body2" sx={{ fontSize: 13 }}>
        {decided && (
          <Box component="span" sx={{ fontWeight: 700 }}>
            {t('ui.simulator.stage.decidedHere')}{' '}
          </Box>
        )}
        {stageReason(stage, locale)}
      </Typography>
    </Box>
  );
}

function HopView({
  hop,
  index,
  result,
  documents,
  onShowRule,
}: {
  hop: Hop;
  index: number;
  result: SimulationResult;
  documents: readonly GeneratedDocument[];
  onShowRule: ShowRule;
}) {
  const t = useT();
  const f = result.final;
  const heading = t('ui.simulator.hop.heading', { number: index + 1, node: hop.node, in: hop.in });
  return (
    <Box component="section" aria-label={heading} sx={{ mt: 1 }}>
      <Typography
        variant="subtitle2"
        component="h4"
        sx={{ fontSize: 13.5, mb: 0.5, wordBreak: 'break-all' }}
      >
        {hop.node}
        <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
          {' · '}
          {t('ui.simulator.hop.enteredVia', { in: hop.in })}
        </Box>
      </Typography>
      <Box
        component="ol"
        sx={{ m: 0, p: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 0.25 }}
      >
        {hop.stages.map((s, i) => (
          <StageItem
            key={i}
            stage={s}
            decided={hop.node === f.node && s.stage === f.stage && s.verdict !== undefined}
            documents={documents}
            onShowRule={onShowRule}
          />
        ))}
      </Box>
    </Box>
  );
}

function Hops(props: {
  result: SimulationResult;
  documents: readonly GeneratedDocument[];
  onShowRule: ShowRule;
}) {
  return (
    <>
      {props.result.hops.map((hop, i) => (
        <HopView key={i} hop={hop} index={i} {...props} />
      ))}
    </>
  );
}

/** The decision in one line under the badge. */
function DecisionLine({ result }: { result: SimulationResult }) {
  const t = useT();
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary', wordBreak: 'break-word' }}>
      {t('ui.simulator.decision.line', { decision: decidedBy(result.final, t) })}
    </Typography>
  );
}

/** Every result of a flow: one per backend kube-proxy may pick (or the one pinned). */
export function TraceView({
  results,
  documents,
  onShowRule,
}: {
  results: readonly SimulationResult[];
  documents: readonly GeneratedDocument[];
  onShowRule: ShowRule;
}) {
  const t = useT();
  const [only] = results;
  if (results.length === 1 && only) {
    return (
      <Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <VerdictBadge verdict={only.final.verdict} size="subtitle1" />
          {only.backend !== undefined && (
            <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
              {t('ui.simulator.backend', { backend: only.backend })}
            </Typography>
          )}
        </Box>
        <DecisionLine result={only} />
        <Hops result={only} documents={documents} onShowRule={onShowRule} />
      </Box>
    );
  }
  return (
    <Box>
      {results.map((r, i) => (
        <Accordion
          key={r.backend ?? i}
          defaultExpanded={i === 0}
          disableGutters
          variant="outlined"
          slotProps={{ transition: { unmountOnExit: true } }}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ minHeight: 40 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
              <VerdictBadge verdict={r.final.verdict} />
              <Typography variant="body2" noWrap>
                {r.backend === undefined
                  ? t('ui.simulator.noBackend')
                  : t('ui.simulator.backend', { backend: r.backend })}
              </Typography>
            </Box>
          </AccordionSummary>
          <AccordionDetails sx={{ pt: 0, px: 1.5 }}>
            <DecisionLine result={r} />
            <Hops result={r} documents={documents} onShowRule={onShowRule} />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}
