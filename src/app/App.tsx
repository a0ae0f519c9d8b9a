import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { guideExample } from '../model/examples';
import { useDesign } from '../state/hooks';
import { DesignCanvas } from '../ui/canvas/DesignCanvas';
import { Inspector } from '../ui/inspector/Inspector';
import { OutputPanel } from '../ui/output/OutputPanel';
import { ConfirmDialog } from '../ui/shell/ConfirmDialog';
import { Palette } from '../ui/shell/Palette';
import { TopBar } from '../ui/shell/TopBar';
import { useDesignActions, type PendingDelete } from '../ui/shell/useDesignActions';
import { useShortcuts } from '../ui/shell/useShortcuts';

type Pending =
  { kind: 'delete'; what: PendingDelete } | { kind: 'replace'; to: 'new' | 'example' } | null;

function EmptyCanvas({ onExample }: { onExample: () => void }) {
  return (
    <Paper
      variant="outlined"
      sx={{
        position: 'absolute',
        top: '30%',
        left: '50%',
        transform: 'translateX(-50%)',
        p: 3,
        maxWidth: 440,
        zIndex: 5,
      }}
    >
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        An empty design
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Add nodes, services, pods and external clients with the palette on the left (or the keys N,
        S, P and C). Then drag from a client&apos;s right edge to a service to grant it access. The
        Calico YAML and the reason for every rule appear on the right as you go.
      </Typography>
      <Button variant="outlined" size="small" onClick={onExample}>
        Open the guide&apos;s example
      </Button>
    </Paper>
  );
}

export function App() {
  const design = useDesign();
  const actions = useDesignActions();
  const [pending, setPending] = useState<Pending>(null);

  const askDelete = useCallback(() => {
    const what = actions.pendingDelete();
    if (what) setPending({ kind: 'delete', what });
  }, [actions]);
  useShortcuts(actions, askDelete, pending !== null);

  const empty =
    !design.nodes.length &&
    !design.services.length &&
    !design.clients.length &&
    !design.pods.length;
  const confirm = () => {
    if (pending?.kind === 'delete') actions.remove();
    if (pending?.kind === 'replace') {
      if (pending.to === 'new') actions.newDesign();
      else actions.loadDesign(guideExample);
    }
    setPending(null);
  };

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <TopBar
        onNew={() => setPending({ kind: 'replace', to: 'new' })}
        onOpenExample={() => setPending({ kind: 'replace', to: 'example' })}
      />
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Palette actions={actions} onDelete={askDelete} />
        <Box
          component="main"
          aria-label="Canvas"
          sx={{ flex: 1, minWidth: 0, position: 'relative' }}
        >
          {empty && <EmptyCanvas onExample={() => actions.loadDesign(guideExample)} />}
          <DesignCanvas />
        </Box>
        <Box
          component="aside"
          aria-label="Inspector"
          sx={{
            width: { xs: 300, xl: 360 },
            flexShrink: 0,
            borderLeft: 1,
            borderColor: 'divider',
            overflow: 'auto',
          }}
        >
          <Inspector />
        </Box>
        <Box
          component="aside"
          aria-label="Output"
          sx={{
            width: { xs: 400, xl: 620 },
            flexShrink: 0,
            borderLeft: 1,
            borderColor: 'divider',
            display: 'flex',
            flexDirection: 'column',
            minHeight: 0,
          }}
        >
          <OutputPanel />
        </Box>
      </Box>
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'delete' ? 'Delete?' : 'Replace the current design?'}
        lines={
          pending?.kind === 'delete'
            ? pending.what.summary.map((s) => `Removes ${s}`)
            : ['The current design is replaced. Undo (Ctrl+Z) brings it back.']
        }
        confirmLabel={pending?.kind === 'delete' ? 'Delete' : 'Replace'}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
    </Box>
  );
}
