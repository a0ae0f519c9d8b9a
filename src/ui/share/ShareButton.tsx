/**
 * "Share": a link that reopens this exact design, layout included (the design travels in the URL
 * fragment, which browsers never send to a server). The link is always shown, in a dialog with
 * Copy, so the user sees what they are about to paste (issue #16: a toast alone never showed it).
 * A link of ordinary length is copied at once, and the dialog says so; one longer than
 * PERMALINK_WARN_LENGTH is not copied silently: many chat tools cut such links, so the dialog
 * warns and offers the design file instead. When the browser refuses the clipboard, the dialog
 * says to copy by hand.
 */
import ShareIcon from '@mui/icons-material/Share';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
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

/** Where copying stands: not tried (a long link waits for the user), done, or refused. */
type Copied = 'notYet' | 'copied' | 'refused';

export function ShareButton() {
  const store = useStore();
  const notify = useNotify();
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  // Kept after the dialog closes, so its text does not change while it fades out.
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState<Copied>('notYet');
  const close = () => setOpen(false);
  const long = link.length > PERMALINK_WARN_LENGTH;

  const copy = async (text: string) => {
    setCopied((await copyText(text)) ? 'copied' : 'refused');
  };

  const share = () => {
    const next = shareLinkOf(store.getState().design);
    setLink(next);
    setCopied('notYet');
    setOpen(true);
    if (next.length <= PERMALINK_WARN_LENGTH) void copy(next);
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
      <Dialog
        open={open}
        onClose={close}
        aria-labelledby="share-title"
        aria-describedby="share-status"
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id="share-title">
          {t(long ? 'ui.share.share.long.title' : 'ui.share.share.title')}
        </DialogTitle>
        <DialogContent>
          <div id="share-status" role="status">
            {long && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('ui.share.share.long.text', { length: link.length.toLocaleString(locale) })}
              </Alert>
            )}
            {copied === 'copied' && (
              <Alert severity="success" sx={{ mb: 2 }}>
                {t('ui.share.share.copied')}
              </Alert>
            )}
            {copied === 'refused' && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('ui.share.share.manual.text')}
              </Alert>
            )}
          </div>
          <TextField
            label={t('ui.share.share.manual.field')}
            value={link}
            fullWidth
            multiline
            maxRows={6}
            onFocus={(e) => e.target.select()}
            helperText={t('ui.share.share.privacy')}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('ui.share.action.close')}</Button>
          {long && <Button onClick={downloadJson}>{t('ui.share.share.long.downloadJson')}</Button>}
          <Button variant="contained" onClick={() => void copy(link)} autoFocus>
            {t(long ? 'ui.share.share.long.copyAnyway' : 'ui.share.share.copy')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
