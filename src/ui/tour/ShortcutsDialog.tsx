/** The help menu's list of keyboard shortcuts (src/ui/tour/shortcuts.ts), keys as on the keyboard. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Fragment, useId } from 'react';
import { useT } from '../../state/preferences';
import { SHORTCUTS } from './shortcuts';

/** One key cap. */
function Key({ name }: { name: string }) {
  return (
    <Box
      component="kbd"
      sx={{
        display: 'inline-block',
        minWidth: 24,
        px: 0.75,
        py: 0.125,
        border: 1,
        borderColor: 'divider',
        borderBottomWidth: 2,
        borderRadius: 1,
        bgcolor: 'action.hover',
        color: 'text.primary',
        fontFamily: 'inherit',
        fontSize: 13,
        lineHeight: 1.5,
        textAlign: 'center',
      }}
    >
      {name}
    </Box>
  );
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('ui.tour.shortcuts.title')}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 1 }}>{t('ui.tour.shortcuts.intro')}</DialogContentText>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('ui.tour.shortcuts.keys')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('ui.tour.shortcuts.action')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUTS.map((s) => (
              <TableRow key={s.action}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {s.keys.map((combo, i) => (
                    <Fragment key={combo.join('+')}>
                      {i > 0 && ` ${t('ui.tour.shortcuts.or')} `}
                      {combo.map((k, j) => (
                        <Fragment key={k}>
                          {j > 0 && '+'}
                          <Key name={k} />
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </TableCell>
                <TableCell>{t(s.action)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('ui.tour.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
