/**
 * "Import YAML…": paste Calico/Kubernetes YAML, or pick or drop several files at once (a kubectl
 * dump and calicoctl's lists together), preview what the importer makes of them (a report with a
 * line for every document and rule, with its file: mapped, kept, assumed, ignored or rejected),
 * then use the design. The import runs in a Web Worker (src/state/importRunner.ts) so a large dump
 * leaves the page responsive; the user's design is untouched until "Use this design". Replacing
 * is one undo step, and the design it replaces is kept for "Restore previous design".
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { MAX_IMPORT_LENGTH } from '../../importer/importYaml';
import type { ImportFile, ImportResult } from '../../importer/types';
import type { Design } from '../../model/design';
import { startImport, type ImportRun } from '../../state/importRunner';
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

/** The only item of a result that was not computed: a refusal, or a worker that failed. */
function single(item: ImportResult['report']['items'][number]): ImportResult {
  return { design: undefined, report: { items: [item] } };
}

/** Files the importer would refuse anyway are not read into the page. */
function refusedUnread(size: number): ImportResult {
  return single({
    severity: 'rejected',
    line: 0,
    messageId: 'import.tooLarge',
    params: { size, max: MAX_IMPORT_LENGTH },
  });
}

/** True when the report says a node interface name was assumed: the user confirms or changes it. */
function assumesInterface(result: ImportResult): boolean {
  return result.report.items.some(
    (i) => i.severity === 'assumed' && /interface/i.test(i.messageId),
  );
}

export function ImportDialog(props: {
  open: boolean;
  onClose: () => void;
  onUse: (design: Design) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [result, setResult] = useState<ImportResult | undefined>();
  const [running, setRunning] = useState(false);
  const [iface, setIface] = useState('');
  const run = useRef<ImportRun | undefined>(undefined);
  useEffect(() => () => run.current?.cancel(), []);

  const edit = (next: string) => {
    setText(next);
    setResult(undefined);
  };

  const preview = (input: { text: string; files: ImportFile[] }, defaultInterface: string) => {
    const all = [...input.files, ...(input.text.trim() ? [{ name: '', text: input.text }] : [])];
    run.current?.cancel();
    setRunning(true);
    const name = defaultInterface.trim();
    run.current = startImport(
      { files: all, options: name ? { defaultInterface: name } : {} },
      (reply) => {
        setRunning(false);
        setResult(
          reply.kind === 'done'
            ? reply.result
            : single({
                severity: 'rejected',
                line: 0,
                messageId: 'import.internal',
                params: { detail: reply.message },
              }),
        );
      },
    );
  };

  const readFiles = async (list: FileList | null | undefined) => {
    const picked = [...(list ?? [])];
    if (!picked.length) return;
    const size = picked.reduce((n, f) => n + f.size, 0);
    if (size > MAX_IMPORT_LENGTH) {
      setFiles([]);
      setResult(refusedUnread(size));
      return;
    }
    const read = await Promise.all(
      picked.map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    setFiles(read);
    preview({ text, files: read }, iface);
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    await readFiles(input.files);
    input.value = '';
  };

  const drop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    void readFiles(e.dataTransfer.files);
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
      <DialogContent
        dividers
        onDragOver={(e: DragEvent<HTMLElement>) => e.preventDefault()}
        onDrop={drop}
      >
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('ui.share.import.intro')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1.5 }}>
          <Button component="label" variant="outlined" size="small" startIcon={<UploadFileIcon />}>
            {t('ui.share.import.upload')}
            <Box
              component="input"
              type="file"
              multiple
              accept=".yaml,.yml,.json,text/yaml,application/yaml,application/json,text/plain"
              onChange={(e: ChangeEvent<HTMLInputElement>) => void upload(e)}
              sx={visuallyHidden}
            />
          </Button>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {files.length ? files.map((f) => f.name).join(', ') : t('ui.share.import.drop')}
          </Typography>
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
        {running && (
          <Box sx={{ mt: 2 }} role="status">
            <Typography variant="body2">{t('ui.share.import.running')}</Typography>
            <LinearProgress aria-label={t('ui.share.import.running')} />
          </Box>
        )}
        {result && !running && (
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
            {assumesInterface(result) && (
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
                <TextField
                  size="small"
                  label={t('ui.share.import.interface')}
                  value={iface}
                  onChange={(e) => setIface(e.target.value)}
                  placeholder="eth0"
                />
                <Button size="small" onClick={() => preview({ text, files }, iface)}>
                  {t('ui.share.import.interface.apply')}
                </Button>
              </Box>
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
          onClick={() => preview({ text, files }, iface)}
          disabled={(!text.trim() && !files.length) || running}
          variant={result ? 'text' : 'contained'}
        >
          {t('ui.share.import.preview')}
        </Button>
        <Button onClick={use} disabled={!result?.design || running} variant="contained">
          {t('ui.share.import.use')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
