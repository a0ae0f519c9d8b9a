/**
 * "Export": the generated YAML in its parts (the policies, the cluster changes, or both in one
 * file), a copy of the policies, and the diagram as SVG or PNG for reviews. YAML is offered only
 * when the current design generates: the panel may show the last good YAML marked out of date,
 * but a file handed on must match the design it is named after.
 */
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import ImageIcon from '@mui/icons-material/ImageOutlined';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useCallback, useState, useSyncExternalStore, type RefObject } from 'react';
import { generate, yamlFileName, type OutputPart } from '../../generator/generate';
import type { GenerateResult } from '../../generator/types';
import type { AnyMessageId } from '../../i18n/t';
import { assertNever } from '../../model/assertNever';
import type { Design } from '../../model/design';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { copyText } from './clipboard';
import { fileBaseName } from '../../text/fileName';
import { downloadBlob, downloadText } from './download';
import { renderDiagram, type DiagramFormat } from './exportDiagram';
import { useNotify } from './Notices';

/** The files Export offers, one per part of the output. */
const DOWNLOADS: readonly { part: OutputPart; label: AnyMessageId }[] = [
  { part: 'policies', label: 'ui.share.export.policies' },
  { part: 'changes', label: 'ui.share.export.changes' },
  { part: 'all', label: 'ui.share.export.all' },
];

/**
 * The YAML of one part. The store's generation holds the policies and the cluster changes; the
 * one-file stream is generated on demand, only when asked for.
 */
function yamlOfPart(
  part: OutputPart,
  design: Design,
  current: Extract<GenerateResult, { ok: true }>,
): string | undefined {
  switch (part) {
    case 'policies':
      return current.yaml;
    case 'changes':
      return current.changesYaml;
    case 'all': {
      const all = generate(design, { part: 'all' });
      return all.ok ? all.yaml : undefined;
    }
    default:
      return assertNever(part, 'output part');
  }
}

export function ExportMenu({ canvas }: { canvas: RefObject<HTMLElement | null> }) {
  const store = useStore();
  const notify = useNotify();
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  // The menu follows the design only while it is open: closed, it need not re-render on every
  // edit (the top bar stays still while the user types).
  const subscribe = useCallback(
    (onChange: () => void) => (open ? store.subscribe(onChange) : () => undefined),
    [open, store],
  );
  const { design } = useSyncExternalStore(subscribe, store.getState);
  const { current } = store.getGeneration();
  const yaml = current.ok ? current.yaml : undefined;
  const close = () => setAnchor(null);

  const downloadYaml = (part: OutputPart) => {
    close();
    if (!current.ok) return;
    const text = yamlOfPart(part, design, current);
    if (text !== undefined) downloadText(yamlFileName(design, part), text, 'application/yaml');
  };

  const copyYaml = async () => {
    close();
    if (yaml === undefined) return;
    if (await copyText(yaml))
      notify({ severity: 'success', text: t('ui.share.export.yamlCopied') });
    else
      notify({
        severity: 'warning',
        text: t('ui.share.export.copyRefused'),
      });
  };

  const exportDiagram = async (format: DiagramFormat) => {
    close();
    const root = canvas.current;
    try {
      const blob = root ? await renderDiagram(root, format) : undefined;
      if (!blob) {
        notify({ severity: 'info', text: t('ui.share.export.emptyCanvas') });
        return;
      }
      downloadBlob(`${fileBaseName(design.name)}.diagram.${format}`, blob);
    } catch (e) {
      notify({
        severity: 'error',
        text: t('ui.share.export.diagramFailed', { format: format.toUpperCase() }),
        lines: [e instanceof Error ? e.message : String(e)],
      });
    }
  };

  const yamlReason = yaml === undefined ? t('ui.share.export.notGenerated') : undefined;
  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<FileDownloadIcon />}
        endIcon={<ArrowDropDownIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'export-menu' : undefined}
        sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
      >
        {t('ui.share.export.button')}
      </Button>
      <Menu id="export-menu" anchorEl={anchor} open={anchor !== null} onClose={close}>
        {DOWNLOADS.map(({ part, label }) => (
          <MenuItem key={part} onClick={() => downloadYaml(part)} disabled={yaml === undefined}>
            <ListItemIcon>
              <DescriptionIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={t(label)} secondary={yamlReason ?? yamlFileName(design, part)} />
          </MenuItem>
        ))}
        <MenuItem onClick={() => void copyYaml()} disabled={yaml === undefined}>
          <ListItemIcon>
            <ContentCopyIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('ui.share.export.copyYaml')} secondary={yamlReason} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => void exportDiagram('svg')}>
          <ListItemIcon>
            <ImageIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('ui.share.export.diagramSvg')} />
        </MenuItem>
        <MenuItem onClick={() => void exportDiagram('png')}>
          <ListItemIcon>
            <ImageIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('ui.share.export.diagramPng')} />
        </MenuItem>
      </Menu>
    </>
  );
}
