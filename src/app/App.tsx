import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '../model/design';
import { emptyDesign, guideExample } from '../model/examples';
import { useDesign, useStore } from '../state/hooks';
import type { StartChoice } from '../state/startDesign';
import { useKeeper } from '../state/useKeeper';
import { DesignCanvas } from '../ui/canvas/DesignCanvas';
import { Inspector } from '../ui/inspector/Inspector';
import { OutputPanel } from '../ui/output/OutputPanel';
import { ExamplesDialog } from '../ui/share/ExamplesDialog';
import { useNotify } from '../ui/share/Notices';
import { useLinkOpener } from '../ui/share/useLinkOpener';
import {
  needsAsking,
  replaceQuestion,
  useReplaceDesign,
  type ReplaceReason,
} from '../ui/share/useReplaceDesign';
import { ConfirmDialog } from '../ui/shell/ConfirmDialog';
import { Palette } from '../ui/shell/Palette';
import { TopBar } from '../ui/shell/TopBar';
import { useDesignActions, type PendingDelete } from '../ui/shell/useDesignActions';
import { useShortcuts } from '../ui/shell/useShortcuts';

// The importer brings Calico's schemas and their validator: loaded when the dialog first opens.
const ImportDialog = lazy(() =>
  import('../ui/share/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

type Pending =
  | { kind: 'delete'; what: PendingDelete }
  | { kind: 'replace'; design: Design; reason: ReplaceReason }
  | null;

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

/** The designer. `start` is what main.tsx decided to open on (a link, the autosave, the example). */
export function App({ start }: { start?: StartChoice }) {
  const design = useDesign();
  const store = useStore();
  const keeper = useKeeper();
  const notify = useNotify();
  const actions = useDesignActions();
  const replaceNow = useReplaceDesign();
  const [pending, setPending] = useState<Pending>(null);
  const [dialog, setDialog] = useState<'import' | 'examples' | null>(null);
  const canvas = useRef<HTMLElement>(null);

  const askDelete = useCallback(() => {
    const what = actions.pendingDelete();
    if (what) setPending({ kind: 'delete', what });
  }, [actions]);
  useShortcuts(actions, askDelete, pending !== null || dialog !== null);

  /** Replaces the whole design, asking first when that would push out someone's work. */
  const requestReplace = useCallback(
    (next: Design, reason: ReplaceReason) => {
      setDialog(null);
      if (needsAsking(reason, store.getState().design, next))
        setPending({ kind: 'replace', design: next, reason });
      else replaceNow(next, reason);
    },
    [store, replaceNow],
  );
  useLinkOpener(start, requestReplace);

  useEffect(
    () =>
      keeper.onProblem(() =>
        notify({
          severity: 'warning',
          title: 'Changes are not being saved',
          text: "This browser's storage is full or switched off, so the design lives only in this tab. Use “Download design (JSON)” in the design menu to keep it.",
        }),
      ),
    [keeper, notify],
  );

  const empty =
    !design.nodes.length &&
    !design.services.length &&
    !design.clients.length &&
    !design.pods.length;
  const confirm = () => {
    if (pending?.kind === 'delete') actions.remove();
    if (pending?.kind === 'replace') replaceNow(pending.design, pending.reason);
    setPending(null);
  };
  const question = pending?.kind === 'replace' ? replaceQuestion(pending.reason) : undefined;

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <TopBar
        canvas={canvas}
        actions={{
          onNew: () => requestReplace(emptyDesign, 'new'),
          onExamples: () => setDialog('examples'),
          onImport: () => setDialog('import'),
          onRestorePrevious: (previous) => requestReplace(previous, 'previous'),
        }}
      />
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Palette actions={actions} onDelete={askDelete} />
        <Box
          ref={canvas}
          component="main"
          aria-label="Canvas"
          sx={{ flex: 1, minWidth: 0, position: 'relative' }}
        >
          {empty && <EmptyCanvas onExample={() => requestReplace(guideExample, 'example')} />}
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
        title={question?.title ?? 'Delete?'}
        lines={
          pending?.kind === 'delete'
            ? pending.what.summary.map((s) => `Removes ${s}`)
            : (question?.lines ?? [])
        }
        confirmLabel={question?.confirmLabel ?? 'Delete'}
        cancelLabel={question?.cancelLabel ?? 'Cancel'}
        confirmColor={
          pending?.kind === 'replace' && pending.reason === 'link' ? 'primary' : 'error'
        }
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
      <ExamplesDialog
        open={dialog === 'examples'}
        onClose={() => setDialog(null)}
        onOpen={(example) => requestReplace(example, 'example')}
      />
      {dialog === 'import' && (
        <Suspense fallback={null}>
          <ImportDialog
            open
            onClose={() => setDialog(null)}
            onUse={(imported) => requestReplace(imported, 'import')}
          />
        </Suspense>
      )}
    </Box>
  );
}
