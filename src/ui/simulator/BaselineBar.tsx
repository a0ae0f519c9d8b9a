/**
 * What the Reachability tab judges: "Running now" (the design's baseline, what the cluster
 * enforces today) or "Proposed" (the generated policies), each against the same access edges; and
 * the baseline's two actions, adopt the proposed policies as running now, or forget it. Both are
 * design commands, so Undo takes them back.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { yamlFileName } from '../../generator/generate';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { adoptedBaseline } from '../../state/runningNow';
import type { SimulationInputs } from '../../state/simulationTrace';

export type JudgeMode = 'runningNow' | 'proposed';

export function BaselineBar({
  proposed,
  mode,
  onMode,
}: {
  /** The generated policies and the design they came from. */
  proposed: SimulationInputs;
  mode: JudgeMode;
  onMode: (mode: JudgeMode) => void;
}) {
  const t = useT();
  const store = useStore();
  const { design } = proposed;
  const baseline = design.baseline;
  const file = yamlFileName(design);
  const adopt = () => {
    store.dispatch({ type: 'setBaseline', baseline: adoptedBaseline(proposed, file) });
    onMode('runningNow');
  };
  let hint = t('ui.audit.mode.noBaseline');
  if (baseline) {
    hint =
      mode === 'runningNow'
        ? t('ui.audit.mode.runningNowHint', {
            count: baseline.resources.length,
            sources: baseline.sources.join(', ') || '—',
          })
        : t('ui.audit.mode.proposedHint');
  }
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {baseline && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={mode}
            onChange={(_e, next: JudgeMode | null) => next && onMode(next)}
            aria-label={t('ui.audit.mode.label')}
          >
            <ToggleButton value="runningNow" sx={{ textTransform: 'none', py: 0.25 }}>
              {t('ui.audit.mode.runningNow')}
            </ToggleButton>
            <ToggleButton value="proposed" sx={{ textTransform: 'none', py: 0.25 }}>
              {t('ui.audit.mode.proposed')}
            </ToggleButton>
          </ToggleButtonGroup>
        )}
        <Tooltip describeChild title={t('ui.audit.baseline.adoptHint', { file })}>
          <span>
            <Button
              size="small"
              onClick={adopt}
              disabled={proposed.stale}
              sx={{ textTransform: 'none', py: 0 }}
            >
              {t('ui.audit.baseline.adopt')}
            </Button>
          </span>
        </Tooltip>
        {baseline && (
          <Tooltip describeChild title={t('ui.audit.baseline.forgetHint')}>
            <Button
              size="small"
              onClick={() => {
                store.dispatch({ type: 'setBaseline', baseline: undefined });
                onMode('proposed');
              }}
              sx={{ textTransform: 'none', py: 0 }}
            >
              {t('ui.audit.baseline.forget')}
            </Button>
          </Tooltip>
        )}
      </Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {hint}
      </Typography>
    </Box>
  );
}
