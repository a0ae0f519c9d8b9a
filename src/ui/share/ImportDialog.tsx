/**
 * "Import YAML…": paste Calico/Kubernetes YAML or upload a file, preview what the importer makes
 * of it (a report with a line for every document and rule: mapped, assumed, ignored or rejected,
 * the way Calico would reject it), then use the design. Replacing is one undo step, and the design
 * it replaces is kept for "Restore previous design".
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { importYaml, MAX_IMPORT_LENGTH } from '../../importer/importYaml';
import type { ImportResult } from '../../importer/types';
import type { Design } from '../../model/design';
import { useT } from '../../state/preferences';
import { summaryOf } from './designSummary';
import { ImportReportTable, SeverityBadge, SEVERITIES, severityLook } from './ImportReportTable';

const visuallyHidden = {
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  height: 1,
  overflow: 'hidden',
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
} as const;

/** A file the importer would refuse anyway is not read into the page. */
function refusedUnread(size: number): ImportResult {
  return {
    design: undefined,
    report: {
      items: [
        {
          severity: 'rejected',
          line: 0,
          messageId: 'import.tooLarge',
          params: { size, max: MAX_IMPORT_LENGTH },
        },
      ],
    },
  };
}

export function ImportDialog(props: {
  open: boolean;
  onClose: () => void;
  onUse: (design: Design) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [result, setResult] = useState<ImportResult | undefined>();

  const edit = (next: string) => {
    setText(next);
    setResult(undefined);
  };

  const preview = (input = text) => setResult(importYaml(input));

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_IMPORT_LENGTH) {
      setText('');
      setResult(refusedUnread(file.size));
      return;
    }
    const content = await file.text();
    setText(content);
    preview(content);
  };

  const use = () => {
    if (!result?.design) return;
    props.onUse(result.design);
  };

  const counts = new Map(SEVERITIES.map((s) => [s, 0]));
  for (const item of result?.report.items ?? [])
    counts.set(item.severity, (counts.get(item.severity) ?? 0) + 1);

  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="import-title"
      fullWidth
      maxWidth="lg"
    >
      <DialogTitle id="import-title">{t('ui.share.import.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('ui.share.import.intro')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5 }}>
          <Button component="label" variant="outlined" size="small" startIcon={<UploadFileIcon />}>
            {t('ui.share.import.upload')}
            <Box
              component="input"
              type="file"
              accept=".yaml,.yml,text/yaml,application/yaml,text/plain"
              onChange={(e: ChangeEvent<HTMLInputElement>) => void upload(e)}
              sx={visuallyHidden}
            />
          </Button>
          {fileName && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {fileName}
            </Typography>
          )}
        </Box>
        <TextField
          label={t('ui.share.import.field')}
          value={text}
          onChange={(e) => edit(e.target.value)}
          multiline
          minRows={result ? 3 : 12}
          maxRows={result ? 4 : 20}
          fullWidth
          placeholder={'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n…'}
          slotProps={{
            htmlInput: {
              spellCheck: false,
              style: { fontFamily: 'ui-monospace, "Noto Sans Mono", monospace', fontSize: 13 },
            },
          }}
        />
        {result && (
          <Box sx={{ mt: 2 }} role="region" aria-label={t('ui.share.import.preview.region')}>
            {result.design ? (
              <Alert severity="success" sx={{ mb: 1 }}>
                {t('ui.share.import.preview.design', {
                  name: result.design.name || t('ui.share.untitled'),
                  summary: summaryOf(result.design, t),
                })}
              </Alert>
            ) : (
              <Alert severity="error" sx={{ mb: 1 }}>
                {t('ui.share.import.preview.none')}
              </Alert>
            )}
            <Box sx={{ display: 'flex', gap: 2, mb: 1, flexWrap: 'wrap' }}>
              {SEVERITIES.map((s) => (
                <SeverityBadge key={s} severity={s}>
                  {t(severityLook(s).count, { count: counts.get(s) ?? 0 })}
                </SeverityBadge>
              ))}
            </Box>
            <ImportReportTable items={result.report.items} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {result?.design && (
          <Typography variant="caption" sx={{ mr: 'auto', ml: 1, color: 'text.secondary' }}>
            {t('ui.share.import.replaces')}
          </Typography>
        )}
        <Button onClick={props.onClose}>{t('ui.share.action.cancel')}</Button>
        <Button
          onClick={() => preview()}
          disabled={!text.trim()}
          variant={result ? 'text' : 'contained'}
        >
          {t('ui.share.import.preview')}
        </Button>
        <Button onClick={use} disabled={!result?.design} variant="contained">
          {t('ui.share.import.use')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
