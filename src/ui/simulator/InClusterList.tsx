/**
 * The in-cluster flows (pod → pod, pod → cluster IP, node → node, node → pod, pod → node), each
 * judged against its verdict with no policy at all, unless a Service's inCluster restricts it:
 * what the CLI's `matrix` and `audit` print under the reachability table. Mismatches first; each
 * row opens its trace.
 */
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { Translate } from '../../i18n/t';
import { flowOfLine, type InClusterLine } from '../../simulate/inClusterTable';
import { useT } from '../../state/preferences';
import { expectationOf, lineSentence } from './auditWords';
import type { OpenFlow } from './FlowTraceDialog';
import type { InClusterState } from './inClusterRunner';
import { VerdictBadge } from './TraceView';

/** At most this many rows are drawn (the 20-node design has thousands). */
const SHOWN = 300;

/** The dialog's content for a line. */
export function openLine(line: InClusterLine, t: Translate): OpenFlow {
  return {
    title: `${t(`ui.audit.inCluster.kind.${line.kind}`)}: ${line.from} → ${line.to}`,
    flow: flowOfLine(line),
  };
}

function LineView({ line, onOpen }: { line: InClusterLine; onOpen: (l: InClusterLine) => void }) {
  const t = useT();
  return (
    <Box
      component="li"
      sx={(theme) => ({
        listStyle: 'none',
        px: 1,
        py: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        borderLeft: '4px solid transparent',
        ...(line.mismatch && {
          borderLeftColor: theme.palette.warning.main,
          bgcolor: alpha(theme.palette.warning.main, 0.1),
        }),
        display: 'grid',
        gridTemplateColumns: '124px minmax(0, 1fr)',
        columnGap: 1,
        alignItems: 'center',
        fontSize: 13,
      })}
    >
      <Box
        component="button"
        type="button"
        aria-label={t('ui.audit.inCluster.open', { sentence: lineSentence(line, t) })}
        onClick={() => onOpen(line)}
        sx={{
          font: 'inherit',
          background: 'none',
          border: 0,
          p: 0,
          cursor: 'pointer',
          textAlign: 'left',
        }}
      >
        <VerdictBadge verdict={line.actual} />
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Box sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t(`ui.audit.inCluster.kind.${line.kind}`)}{' '}
          </Box>
          {line.from} → {line.to}{' '}
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {line.port}/{line.protocol}
          </Box>
        </Box>
        <Box
          sx={{
            color: line.mismatch ? 'warning.dark' : 'text.secondary',
            fontWeight: line.mismatch ? 700 : 400,
            display: 'flex',
            alignItems: 'center',
            gap: 0.25,
          }}
        >
          {line.mismatch && <WarningAmberIcon fontSize="inherit" aria-hidden />}
          {expectationOf(line, t)}
        </Box>
      </Box>
    </Box>
  );
}

export function InClusterList({
  state,
  mismatchesOnly,
  onOpen,
}: {
  state: InClusterState | undefined;
  mismatchesOnly: boolean;
  onOpen: (line: InClusterLine) => void;
}) {
  const t = useT();
  if (!state || state.status === 'running') {
    return (
      <Box sx={{ px: 1.5 }}>
        <LinearProgress aria-label={t('ui.audit.inCluster.computing')} />
        <Typography variant="caption">{t('ui.audit.inCluster.computing')}</Typography>
      </Box>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert severity="error" sx={{ mx: 1.5 }}>
        {t('ui.audit.inCluster.failed', { error: state.message })}
      </Alert>
    );
  }
  const { lines } = state.reply;
  const list = mismatchesOnly ? lines.filter((l) => l.mismatch) : lines;
  if (list.length === 0) {
    return (
      <Alert severity="success" sx={{ mx: 1.5 }}>
        {t('ui.audit.inCluster.allAsExpected')}
      </Alert>
    );
  }
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', borderTop: 1, borderColor: 'divider' }}>
      <Box component="ul" aria-label={t('ui.audit.inCluster.label')} sx={{ m: 0, p: 0 }}>
        {list.slice(0, SHOWN).map((line) => (
          <LineView key={line.index} line={line} onOpen={onOpen} />
        ))}
      </Box>
      {list.length > SHOWN && (
        <Typography variant="caption" sx={{ display: 'block', px: 1.5, py: 1 }}>
          {t('ui.audit.inCluster.more', { shown: SHOWN, count: list.length })}
        </Typography>
      )}
    </Box>
  );
}
