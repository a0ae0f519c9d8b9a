/**
 * The "Reachability" tab: every client (and anyone else) × every service port × every entry node
 * and interface × every backend, simulated over the design's own YAML and compared with what its
 * access edges intend. It recomputes in a Web Worker whenever the design or the knob changes while
 * the tab is open, shows progress, and can be cancelled; mismatches come first.
 */
import FilterListIcon from '@mui/icons-material/FilterList';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/t';
import { assertNever } from '../../model/assertNever';
import {
  describeInClusterSummary,
  describeReachabilitySummary,
} from '../../simulate/describeTrace';
import type { ReachabilitySummary } from '../../simulate/reachabilityMatrix';
import type { MatrixRow, ReachabilityTable } from '../../simulate/reachabilityTable';
import { useGeneration, useStore } from '../../state/hooks';
import { useLocale, useT } from '../../state/preferences';
import { runningNowOf } from '../../state/runningNow';
import { sameMatrixInputs, type MatrixState } from '../../state/simulationMatrix';
import { draftOfRow } from '../../state/simulationTrace';
import { EmptyOutput, FailedAlert, StaleAlert } from '../output/OutputNotice';
import { outputStateOf } from '../output/useOutput';
import { BaselineBar, type JudgeMode } from './BaselineBar';
import { FlowTraceDialog, type OpenFlow } from './FlowTraceDialog';
import { InClusterList, openLine } from './InClusterList';
import { useInClusterLines } from './inClusterRunner';
import { WORKER_FAILED } from './matrixRunner';
import { MatrixTable, rowSentence } from './MatrixTable';
import { useMatrixState, useSimulationInputs, useSimulationStores } from './simulationContext';
import { MasqueradeSwitch } from './TestTrafficPanel';
import { PolicyDecisionsView } from './PolicyDecisionsView';
import { TraceDialog } from './TraceDialog';
import type { ShowRule } from './TraceView';

/** Waits this long after an edit before recomputing, so typing does not start a run per key. */
const DEBOUNCE_MS = 250;

/** A count as the language writes numbers: `1,234`. */
function numberIn(locale: Locale): (n: number) => string {
  const tag = locale === 'en' ? 'en-US' : locale;
  return (n) => n.toLocaleString(tag);
}

/** `48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied`. */
export function summaryLine(s: ReachabilitySummary, locale: Locale): string {
  return describeReachabilitySummary(s, numberIn(locale), locale);
}

/** What the progress line says: computing, cancelled, done, failed or waiting. */
function statusLine(state: MatrixState, t: Translate, locale: Locale): string {
  const n = numberIn(locale);
  const plural = (count: number): 'one' | 'other' => (count === 1 ? 'one' : 'other');
  const progress = { done: n(state.done), total: n(state.total) };
  switch (state.status) {
    case 'running':
      return state.total > 0
        ? t(`ui.simulator.matrix.computing.${plural(state.done)}`, progress)
        : t('ui.simulator.matrix.computingStart');
    case 'cancelled':
      return t(`ui.simulator.matrix.cancelled.${plural(state.done)}`, progress);
    case 'done':
      if (!state.finished) return t('ui.simulator.matrix.waiting');
      return t(`ui.simulator.matrix.done.${plural(state.total)}`, {
        count: n(state.total),
        seconds: (state.finished.elapsedMs / 1000).toFixed(1),
      });
    case 'error': {
      let error = state.error ?? t('ui.simulator.matrix.unknownError');
      if (error === WORKER_FAILED) error = t('ui.simulator.matrix.workerFailed');
      return t('ui.simulator.matrix.failed', { error });
    }
    case 'idle':
      return t('ui.simulator.matrix.waiting');
    default:
      return assertNever(state.status, 'matrix status');
  }
}

/** Which list the tab shows: cells from outside, in-cluster flows, or by existing policy. */
type View = 'outside' | 'inCluster' | 'policies';

/**
 * Display order: mismatches first (running now: who reaches what they should not, then who is
 * cut off); optionally only them; optionally matching a text.
 */
function visibleRows(
  table: ReachabilityTable,
  mismatchesOnly: boolean,
  query: string,
  t: Translate,
  leaksFirst: boolean,
) {
  const order = leaksFirst ? table.leaksFirstOrder() : table.order();
  const base = mismatchesOnly ? order.subarray(0, table.summary.mismatches) : order;
  const q = query.trim().toLowerCase();
  if (!q) return base;
  const out: number[] = [];
  for (const i of base) if (rowSentence(table.row(i), t).toLowerCase().includes(q)) out.push(i);
  return Uint32Array.from(out);
}

export function ReachabilityPanel({
  onShowRule,
  onShowOnCanvas,
}: {
  onShowRule: ShowRule;
  /** Switches to the Test traffic tab, where a replayed cell is shown. */
  onShowOnCanvas: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const store = useStore();
  const generation = useGeneration();
  const output = useMemo(() => outputStateOf(generation), [generation]);
  const { matrix, trace } = useSimulationStores();
  const state = useMatrixState();
  const proposed = useSimulationInputs();
  const [chosenMode, setMode] = useState<JudgeMode | undefined>(undefined);
  const runningNow = useMemo(() => (proposed ? runningNowOf(proposed) : undefined), [proposed]);
  // With a baseline, the tab opens on what the cluster runs now.
  const mode: JudgeMode = runningNow && chosenMode !== 'proposed' ? 'runningNow' : 'proposed';
  const judgingNow = mode === 'runningNow';
  const inputs = judgingNow ? runningNow?.inputs : proposed;
  const [chosenView, setView] = useState<View>('outside');
  const view = chosenView === 'policies' && !judgingNow ? 'outside' : chosenView;
  const [openFlow, setOpenFlow] = useState<OpenFlow | undefined>(undefined);

  // Compute for the current inputs: at once when the tab opens, then after edits settle.
  const opening = useRef(true);
  useEffect(() => {
    if (!inputs) return;
    const timer = setTimeout(
      () => {
        opening.current = false;
        matrix.request(inputs);
      },
      opening.current ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [inputs, matrix]);

  const finished = state.finished;
  // Two workers at once would halve the matrix's speed on a small machine: the in-cluster flows
  // start once the matrix for these inputs is done, or at once when the user asks for them.
  const matrixDone =
    finished !== undefined && inputs !== undefined && sameMatrixInputs(finished.inputs, inputs);
  const inCluster = useInClusterLines(
    matrixDone || view !== 'outside' ? inputs : undefined,
    judgingNow,
  );
  const table = finished?.table;
  const [choice, setChoice] = useState<{ table: ReachabilityTable; only: boolean } | undefined>();
  const mismatchesOnly =
    table && choice?.table === table ? choice.only : (table?.summary.mismatches ?? 0) > 0;
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () => (table ? visibleRows(table, mismatchesOnly, query, t, judgingNow) : new Uint32Array(0)),
    [table, mismatchesOnly, query, t, judgingNow],
  );
  const [open, setOpen] = useState<MatrixRow | undefined>(undefined);

  if (output.kind === 'empty') return <EmptyOutput />;
  if (output.kind === 'failed' || !inputs || !proposed) {
    return <FailedAlert errors={output.kind === 'failed' ? output.errors : []} />;
  }

  const running = state.status === 'running';
  const current = finished !== undefined && sameMatrixInputs(finished.inputs, inputs);
  let progress = running ? 0 : 100;
  if (state.total > 0) progress = (100 * state.done) / state.total;
  const status = statusLine(state, t, locale);

  const showRule: ShowRule = (ref) => {
    setOpen(undefined);
    store.select({ kind: 'rule', resource: ref.resource, rulePath: ref.rulePath });
    onShowRule(ref);
  };

  return (
    <Box
      role="region"
      aria-label={t('ui.simulator.matrix.region')}
      sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Box sx={{ px: 1.5, pt: 1, pb: 1, display: 'grid', gap: 0.75 }}>
        {inputs.stale && output.kind === 'ready' && (
          <StaleAlert errors={output.errors} showing={t('ui.simulator.matrix.showing')} />
        )}
        <BaselineBar
          proposed={proposed}
          mode={mode}
          onMode={(next) => {
            setMode(next);
            setOpenFlow(undefined);
          }}
        />
        <MasqueradeSwitch />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <LinearProgress
            variant="determinate"
            value={progress}
            aria-label={t('ui.simulator.matrix.progress')}
            color={state.status === 'done' ? 'success' : 'primary'}
            sx={{ flex: 1, height: 6, borderRadius: 3 }}
          />
          {running ? (
            <Button size="small" onClick={matrix.cancel} sx={{ textTransform: 'none', py: 0 }}>
              {t('ui.simulator.matrix.cancel')}
            </Button>
          ) : (
            (state.status === 'cancelled' || state.status === 'error' || !current) && (
              <Button
                size="small"
                onClick={() => matrix.compute(inputs)}
                sx={{ textTransform: 'none', py: 0 }}
              >
                {t('ui.simulator.matrix.compute')}
              </Button>
            )
          )}
        </Box>
        <Typography variant="caption" sx={{ color: 'text.secondary', mt: -0.5 }}>
          {status}
          {finished && !current && ` · ${t('ui.simulator.matrix.earlier')}`}
        </Typography>
        <Typography
          role="status"
          aria-label={t('ui.simulator.matrix.summary')}
          variant="body2"
          sx={{ fontWeight: 600, minHeight: 20 }}
        >
          {table ? summaryLine(table.summary, locale) : ''}

          {table && table.noBackend > 0 && (
            <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
              {' '}
              {t(
                table.noBackend === 1
                  ? 'ui.simulator.matrix.noBackend.one'
                  : 'ui.simulator.matrix.noBackend.other',
                { count: numberIn(locale)(table.noBackend) },
              )}
            </Box>
          )}
        </Typography>
        <Typography
          role="status"
          aria-label={t('ui.audit.inCluster.summary')}
          variant="body2"
          sx={{ fontWeight: 600, mt: -0.5 }}
        >
          {inCluster?.status === 'done'
            ? describeInClusterSummary(inCluster.reply.summary, numberIn(locale), locale)
            : ''}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_e, next: View | null) => next && setView(next)}
          aria-label={t('ui.audit.view.label')}
        >
          <ToggleButton value="outside" sx={{ textTransform: 'none', py: 0.25 }}>
            {t('ui.audit.view.outside')}
          </ToggleButton>
          <ToggleButton value="inCluster" sx={{ textTransform: 'none', py: 0.25 }}>
            {t('ui.audit.view.inCluster')}
          </ToggleButton>
          {judgingNow && (
            <ToggleButton value="policies" sx={{ textTransform: 'none', py: 0.25 }}>
              {t('ui.audit.view.policies')}
            </ToggleButton>
          )}
        </ToggleButtonGroup>
        {table && view !== 'policies' && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <FormControlLabel
              control={
                <Switch
                  size="small"
                  checked={mismatchesOnly}
                  onChange={(_e, only) => setChoice({ table, only })}
                />
              }
              label={t('ui.simulator.matrix.mismatchesOnly')}
              slotProps={{ typography: { variant: 'body2', noWrap: true } }}
              sx={{ ml: 0, mr: 0, gap: 0.5, flex: 'none' }}
            />
            <TextField
              size="small"
              label={t('ui.simulator.matrix.filter')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              sx={{ flex: 1, minWidth: 0 }}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <FilterListIcon fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
          </Box>
        )}
      </Box>
      {view === 'inCluster' && (
        <InClusterList
          state={inCluster}
          mismatchesOnly={table ? mismatchesOnly : false}
          onOpen={(line) => setOpenFlow(openLine(line, t))}
        />
      )}
      {view === 'policies' && table && current && inCluster?.status === 'done' && (
        <PolicyDecisionsView
          inputs={inputs}
          table={table}
          lines={inCluster.reply.lines}
          onOpen={(f) => (f.kind === 'cell' ? setOpen(f.row) : setOpenFlow(openLine(f.line, t)))}
        />
      )}
      {view === 'policies' && !(table && current && inCluster?.status === 'done') && (
        <Typography variant="caption" sx={{ px: 1.5 }}>
          {t('ui.audit.policies.computing')}
        </Typography>
      )}
      {view === 'outside' && table && rows.length === 0 && (
        <Alert severity={mismatchesOnly && !query ? 'success' : 'info'} sx={{ mx: 1.5 }}>
          {t(
            mismatchesOnly && !query
              ? 'ui.simulator.matrix.allAsIntended'
              : 'ui.simulator.matrix.noMatch',
          )}
        </Alert>
      )}
      {view === 'outside' && table && rows.length > 0 && (
        <Box
          sx={{
            flex: 1,
            minHeight: 0,
            display: 'flex',
            flexDirection: 'column',
            opacity: current ? 1 : 0.55,
          }}
        >
          <MatrixTable table={table} rows={rows} version={state.version} onOpen={setOpen} />
        </Box>
      )}
      <FlowTraceDialog
        open={openFlow}
        inputs={inputs}
        runningNow={judgingNow}
        onClose={() => setOpenFlow(undefined)}
        onShowRule={showRule}
      />
      {finished && (
        <TraceDialog
          runningNow={judgingNow}
          row={open}
          inputs={finished.inputs}
          onClose={() => setOpen(undefined)}
          onShowRule={showRule}
          onShowOnCanvas={(row) => {
            setOpen(undefined);
            trace.show(draftOfRow(finished.inputs.design, row));
            onShowOnCanvas();
          }}
        />
      )}
    </Box>
  );
}
