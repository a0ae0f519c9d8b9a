import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../state/preferences';

/** A yes/no question that says exactly what will happen. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  lines: string[];
  confirmLabel: string;
  cancelLabel?: string;
  /** `error` for what destroys (delete, replace), `primary` for what only opens something. */
  confirmColor?: 'error' | 'primary';
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog open={props.open} onClose={props.onClose} aria-labelledby="confirm-title">
      <DialogTitle id="confirm-title">{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {props.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{props.cancelLabel ?? t('ui.shell.confirm.cancel')}</Button>
        <Button
          onClick={props.onConfirm}
          color={props.confirmColor ?? 'error'}
          variant="contained"
          autoFocus
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
