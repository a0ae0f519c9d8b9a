/**
 * Tabs of one browser share the autosave. When another tab of the designer saves a different
 * design, this notice tells this tab and asks which design to go on with. Until the user answers,
 * this tab saves nothing (DesignKeeper), so the notice stays until then: it has no close button,
 * and no other notice replaces it. Either answer keeps the design it sets aside, as the previous
 * design (and, for loading, as an Undo step).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { useKeeper } from '../../state/useKeeper';
import { useNotify } from './Notices';

export function OtherTabNotice() {
  const keeper = useKeeper();
  const store = useStore();
  const notify = useNotify();
  const t = useT();
  useEffect(() => keeper.watchOtherTabs(window), [keeper]);
  const other = useSyncExternalStore(keeper.subscribeOtherTab, keeper.otherTabDesign);
  if (!other) return null;

  const name = other.name || t('ui.share.untitled');
  const load = () => {
    keeper.loadOtherTab();
    notify({
      severity: 'success',
      text: t('ui.share.otherTab.loaded', { name }),
      action: { label: t('ui.share.replace.undo'), onClick: store.undo },
    });
  };
  const keep = () => {
    keeper.keepThisTab();
    notify({ severity: 'info', text: t('ui.share.otherTab.kept', { name }) });
  };

  return (
    <Alert
      severity="warning"
      variant="outlined"
      // Over the canvas's top-left corner, below the top bar and beside the palette: the inspector
      // and the output stay usable (the canvas can be panned from under it). The widths are those
      // of the inspector and output columns (App.tsx), with a margin.
      sx={{
        position: 'fixed',
        top: 64,
        left: 64,
        width: {
          xs: 'max(320px, min(480px, calc(100vw - 780px)))',
          xl: 'max(320px, min(480px, calc(100vw - 1060px)))',
        },
        zIndex: 'snackbar',
        bgcolor: 'background.paper',
        boxShadow: 6,
      }}
    >
      <AlertTitle>{t('ui.share.otherTab.title')}</AlertTitle>
      <Typography variant="body2">{t('ui.share.otherTab.text', { name })}</Typography>
      <Typography variant="body2" sx={{ mt: 0.5, color: 'text.secondary' }}>
        {t('ui.share.otherTab.keepHint')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" size="small" onClick={load}>
          {t('ui.share.otherTab.load')}
        </Button>
        <Button variant="outlined" size="small" onClick={keep}>
          {t('ui.share.otherTab.keep')}
        </Button>
      </Stack>
    </Alert>
  );
}
