/**
 * The trace of one flow of the audit's lists (an in-cluster flow, or a flow a policy decides),
 * recomputed on demand in this thread, with the existing policy's deciding rule named first.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Flow } from '../../simulate/types';
import { useT } from '../../state/preferences';
import { simulatorFor, type SimulationInputs } from '../../state/simulationTrace';
import { decidingResult, decisionLine } from './auditWords';
import { TraceView, type ShowRule } from './TraceView';

export interface OpenFlow {
  title: string;
  flow: Flow;
}

export function FlowTraceDialog({
  open,
  inputs,
  runningNow,
  onClose,
  onShowRule,
}: {
  open: OpenFlow | undefined;
  inputs: SimulationInputs;
  /** Name the existing policy's deciding rule above the trace. */
  runningNow: boolean;
  onClose: () => void;
  onShowRule: ShowRule;
}) {
  const t = useT();
  const results = useMemo(
    () => (open ? simulatorFor(inputs).simulate(open.flow) : []),
    [open, inputs],
  );
  return (
    <Dialog open={open !== undefined} onClose={onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle sx={{ fontSize: 17, pb: 0.5, wordBreak: 'break-word' }}>
        {open?.title}
      </DialogTitle>
      {open && (
        <DialogContent dividers>
          {runningNow && (
            <Typography variant="body2" role="note" sx={{ mb: 1, fontWeight: 600 }}>
              {decisionLine(decidingResult(results), t)}
            </Typography>
          )}
          <TraceView results={results} documents={inputs.documents} onShowRule={onShowRule} />
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={onClose} variant="contained" sx={{ textTransform: 'none' }}>
          {t('ui.audit.trace.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
