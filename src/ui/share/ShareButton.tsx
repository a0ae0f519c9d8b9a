/**
 * "Share": copies a link that reopens this exact design, layout included (the design travels in
 * the URL fragment, which browsers never send to a server). A link longer than
 * PERMALINK_WARN_LENGTH is not copied silently: many chat tools cut such links, so the user is
 * offered the design file instead. When the browser refuses the clipboard, the link is shown to
 * copy by hand.
 */
import ShareIcon from '@mui/icons-material/Share';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { PERMALINK_WARN_LENGTH } from '../../permalink/permalink';
import { useStore } from '../../state/hooks';
import { useLocale, useT } from '../../state/preferences';
import { copyText } from './clipboard';
import { downloadDesignJson } from './download';
import { useNotify } from './Notices';
import { shareLinkOf } from './shareLink';

/** The open dialog: the long-link question, or the link to copy by hand. */
type Open = 'long' | 'manual' | null;

export function ShareButton() {
  const store = useStore();
  const notify = useNotify();
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState<Open>(null);
  // Kept after a dialog closes, so its text does not change while it fades out.
  const [link, setLink] = useState('');
  const close = () => setOpen(null);

  const copy = async (text: string) => {
    close();
    if (await copyText(text)) notify({ severity: 'success', text: t('ui.share.share.copied') });
    else setOpen('manual');
  };

  const share = () => {
    const next = shareLinkOf(store.getState().design);
    setLink(next);
    if (next.length > PERMALINK_WARN_LENGTH) setOpen('long');
    else void copy(next);
  };

  const downloadJson = () => {
    close();
    const name = downloadDesignJson(store.getState().design);
    notify({ severity: 'success', text: t('ui.share.share.downloaded', { name }) });
  };

  return (
    <>
      <Button
        color="inherit"
        size="small"
        variant="outlined"
        startIcon={<ShareIcon />}
        onClick={share}
        data-tour="share"
        sx={{ textTransform: 'none', whiteSpace: 'nowrap', borderColor: 'rgba(255,255,255,0.5)' }}
      >
        {t('ui.share.share.button')}
      </Button>
      <Dialog open={open === 'long'} onClose={close} aria-labelledby="share-long-title">
        <DialogTitle id="share-long-title">{t('ui.share.share.long.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('ui.share.share.long.text', { length: link.length.toLocaleString(locale) })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('ui.share.action.cancel')}</Button>
          <Button onClick={() => void copy(link)}>{t('ui.share.share.long.copyAnyway')}</Button>
          <Button variant="contained" onClick={downloadJson} autoFocus>
            {t('ui.share.share.long.downloadJson')}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog
        open={open === 'manual'}
        onClose={close}
        aria-labelledby="share-manual-title"
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id="share-manual-title">{t('ui.share.share.manual.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('ui.share.share.manual.text')}</DialogContentText>
          <TextField
            label={t('ui.share.share.manual.field')}
            value={link}
            fullWidth
            multiline
            maxRows={6}
            autoFocus
            onFocus={(e) => e.target.select()}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('ui.share.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
