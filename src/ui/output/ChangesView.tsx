/**
 * The cluster-changes part, read as a list: for each object the user owns that the design needs
 * changed (a Service, the BGPConfiguration), what the change does, its side effects, the exact
 * `kubectl patch` command with a copy button, and the merge patch as YAML. The words come from the
 * generator as message ids, so they follow the UI's language; the command and patch never do.
 */
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { resourceToYaml } from '../../calico/toYaml';
import type { Resource } from '../../calico/types';
import type { ClusterChange } from '../../generator/clusterChanges';
import { useT } from '../../state/preferences';
import { copyText } from '../share/clipboard';

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';

const codeSx = {
  m: 0,
  p: 1,
  fontFamily: MONO,
  fontSize: 12.5,
  lineHeight: '18px',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  bgcolor: 'action.hover',
  borderRadius: 1,
} as const;

/** The change list of the YAML tab's "Cluster changes" part. */
export function ChangesView({
  changes,
  stale,
}: {
  changes: readonly ClusterChange[];
  stale: boolean;
}) {
  const t = useT();
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const copy = (command: string) =>
    void copyText(command).then((ok) =>
      setNotice(t(ok ? 'ui.output.changes.commandCopied' : 'ui.output.yaml.noClipboard')),
    );
  return (
    <Box
      role="region"
      aria-label={t('ui.output.changes.region')}
      tabIndex={0}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 1.5, py: 1, opacity: stale ? 0.6 : 1 }}
    >
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
        {changes.map((change) => (
          <ChangeItem key={change.key} change={change} onCopy={copy} />
        ))}
      </Box>
      <Snackbar
        open={notice !== undefined}
        autoHideDuration={2500}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        onClose={() => setNotice(undefined)}
        message={notice}
      />
    </Box>
  );
}

function ChangeItem({
  change,
  onCopy,
}: {
  change: ClusterChange;
  onCopy: (command: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  const copyLabel = t('ui.output.changes.copyCommand', { change: change.key });
  return (
    <Box
      component="li"
      aria-labelledby={headingId}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25, minWidth: 0 }}
    >
      <Typography
        id={headingId}
        component="h3"
        variant="subtitle2"
        sx={{ fontFamily: MONO, overflowWrap: 'anywhere' }}
      >
        {change.key}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t(change.what.messageId, change.what.params)}
      </Typography>
      {change.effects.length > 0 && (
        <>
          <Typography variant="overline" component="h4" sx={{ display: 'block', mt: 0.5 }}>
            {t('ui.output.changes.effects')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {change.effects.map((effect) => (
              <Typography
                component="li"
                variant="body2"
                key={effect.messageId}
                sx={{ color: 'text.secondary' }}
              >
                {t(effect.messageId, effect.params)}
              </Typography>
            ))}
          </Box>
        </>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', mt: 0.75 }}>
        <Typography variant="overline" component="h4" sx={{ flex: 1 }}>
          {t('ui.output.changes.command')}
        </Typography>
        <Tooltip title={copyLabel}>
          <IconButton size="small" aria-label={copyLabel} onClick={() => onCopy(change.command)}>
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Box component="pre" sx={codeSx}>
        <code>{change.command}</code>
      </Box>
      <Typography variant="overline" component="h4" sx={{ display: 'block', mt: 0.75 }}>
        {t('ui.output.changes.patch')}
      </Typography>
      <Box component="pre" sx={codeSx}>
        <code>{resourceToYaml(change.patch as unknown as Resource)}</code>
      </Box>
    </Box>
  );
}
