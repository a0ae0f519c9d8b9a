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
import { flowOfRow, type MatrixRow } from '../../simulate/reachabilityTable';
import { simulatorFor, type SimulationInputs } from '../../state/simulationTrace';
import { TraceView, type ShowRule } from './TraceView';
import { sourceName } from './traceWords';

export function TraceDialog({
  row,
  inputs,
  onClose,
  onShowRule,
  onShowOnCanvas,
}: {
  row: MatrixRow | undefined;
  inputs: SimulationInputs;
  onClose: () => void;
  onShowRule: ShowRule;
  onShowOnCanvas: (row: MatrixRow) => void;
}) {
  const results = useMemo(
    () => (row ? simulatorFor(inputs).simulate(flowOfRow(row)) : []),
    [row, inputs],
  );
  const title = row
    ? `${sourceName(row.source)} → ${row.target.serviceName} ${row.target.port}/${row.target.protocol}`
    : '';
  return (
    <Dialog open={row !== undefined} onClose={onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle sx={{ fontSize: 17, pb: 0.5, wordBreak: 'break-word' }}>{title}</DialogTitle>
      {row && (
        <DialogContent dividers>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Enters {row.entry.node}/{row.entry.iface}
            {row.backend === undefined ? '' : `, backend ${row.backend}`}. Intended:{' '}
            <b>{row.intended}</b>; simulated: <b>{row.simulated}</b>
            {row.mismatch ? ' (a mismatch).' : '.'}
          </Typography>
          {!row.advertised && (
            <Alert severity="info" sx={{ mb: 1 }}>
              BGP does not advertise this cluster IP (BGPConfiguration serviceClusterIPs), so no
              packet reaches a node; the trace shows what would happen if one did.
            </Alert>
          )}
          {row.noBackend && (
            <Alert severity="info" sx={{ mb: 1 }}>
              The service has no backend for this port: nothing can answer, whatever the policy
              says. Such a cell never counts as a mismatch.
            </Alert>
          )}
          <TraceView results={results} documents={inputs.documents} onShowRule={onShowRule} />
        </DialogContent>
      )}
      <DialogActions>
        {row && (
          <Button onClick={() => onShowOnCanvas(row)} sx={{ textTransform: 'none' }}>
            Show on canvas
          </Button>
        )}
        <Button onClick={onClose} variant="contained" sx={{ textTransform: 'none' }}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
