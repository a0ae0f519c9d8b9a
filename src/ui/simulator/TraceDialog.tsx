/**
 * One matrix cell's trace, recomputed on demand in this thread (the worker sends no traces: they
 * would cost hundreds of megabytes on a large design). "Show on canvas" replays the cell in the
 * Test traffic tab, which draws its path.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Translate } from '../../i18n/t';
import { flowOfRow, type MatrixRow } from '../../simulate/reachabilityTable';
import { useT } from '../../state/preferences';
import { simulatorFor, type SimulationInputs } from '../../state/simulationTrace';
import { TraceView, type ShowRule } from './TraceView';
import { withNodes } from '../output/withNodes';
import { decidingResult, decisionLine } from './auditWords';
import { outcomeWord, sourceName } from './traceWords';

/** Where the cell enters, and intended against simulated; `{intended}`, `{simulated}` left open. */
function cellLine(row: MatrixRow, t: Translate): string {
  const entry = `${row.entry.node}/${row.entry.iface}`;
  if (row.backend === undefined) {
    return t(row.mismatch ? 'ui.simulator.cell.lineMismatch' : 'ui.simulator.cell.line', { entry });
  }
  return t(
    row.mismatch ? 'ui.simulator.cell.lineBackendMismatch' : 'ui.simulator.cell.lineBackend',
    { entry, backend: row.backend },
  );
}

export function TraceDialog({
  runningNow = false,
  row,
  inputs,
  onClose,
  onShowRule,
  onShowOnCanvas,
}: {
  /** Name the existing policy's deciding rule above the trace. */
  runningNow?: boolean;
  row: MatrixRow | undefined;
  inputs: SimulationInputs;
  onClose: () => void;
  onShowRule: ShowRule;
  onShowOnCanvas: (row: MatrixRow) => void;
}) {
  const t = useT();
  const results = useMemo(
    () => (row ? simulatorFor(inputs).simulate(flowOfRow(row)) : []),
    [row, inputs],
  );
  const title = row
    ? `${sourceName(row.source, t)} → ${row.target.serviceName} ${row.target.port}/${row.target.protocol}`
    : '';
  return (
    <Dialog open={row !== undefined} onClose={onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle sx={{ fontSize: 17, pb: 0.5, wordBreak: 'break-word' }}>{title}</DialogTitle>
      {row && (
        <DialogContent dividers>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {withNodes(cellLine(row, t), {
              intended: <b>{outcomeWord(row.intended, t)}</b>,
              simulated: <b>{outcomeWord(row.simulated, t)}</b>,
            })}
          </Typography>
          {runningNow && (
            <Typography variant="body2" role="note" sx={{ mb: 1, fontWeight: 600 }}>
              {decisionLine(decidingResult(results), t)}
            </Typography>
          )}
          {!row.advertised && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {t('ui.simulator.cell.notAdvertised')}
            </Alert>
          )}
          {row.noBackend && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {t('ui.simulator.cell.noBackend')}
            </Alert>
          )}
          <TraceView results={results} documents={inputs.documents} onShowRule={onShowRule} />
        </DialogContent>
      )}
      <DialogActions>
        {row && (
          <Button onClick={() => onShowOnCanvas(row)} sx={{ textTransform: 'none' }}>
            {t('ui.simulator.cell.showOnCanvas')}
          </Button>
        )}
        <Button onClick={onClose} variant="contained" sx={{ textTransform: 'none' }}>
          {t('ui.simulator.cell.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
