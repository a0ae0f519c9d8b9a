import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Design } from '../model/design';
import { emptyDesign, guideExample } from '../model/examples';
import { useStore } from '../state/hooks';
import { useT } from '../state/preferences';
import type { StartChoice } from '../state/startDesign';
import { useKeeper } from '../state/useKeeper';
import { lazyChunk } from '../ui/boundary/lazyChunk';
import { PanelBoundary } from '../ui/boundary/PanelBoundary';
import { DesignCanvas } from '../ui/canvas/DesignCanvas';
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

// The inspector's forms (react-hook-form, the format's zod schemas, MUI's inputs) are not part of
// the main chunk: their chunk is requested as this module loads and shows as soon as it is in, so
// the canvas and the YAML do not wait for it to download and evaluate.
const Inspector = lazyChunk(() => import('../ui/inspector/Inspector').then((m) => m.Inspector), {
  start: true,
});

// The importer brings Calico's schemas and their validator: loaded when the dialog first opens.
const ImportDialog = lazyChunk(() =>
  import('../ui/share/ImportDialog').then((m) => m.ImportDialog),
);

/** Nothing on the canvas yet: the guidance card shows. */
function isEmpty(design: Design): boolean {
  return (
    !design.nodes.length && !design.services.length && !design.clients.length && !design.pods.length
  );
}

type Pending =
  | { kind: 'delete'; what: PendingDelete }
  | { kind: 'replace'; design: Design; reason: ReplaceReason }
  | null;

function EmptyCanvas({ onExample }: { onExample: () => void }) {
  const t = useT();
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
        {t('ui.app.empty.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('ui.app.empty.body')}
      </Typography>
      <Button variant="outlined" size="small" onClick={onExample}>
        {t('ui.app.empty.example')}
      </Button>
    </Paper>
  );
}

/** The designer. `start` is what main.tsx decided to open on (a link, the autosave, the example). */
export function App({ start }: { start?: StartChoice }) {
  const t = useT();
  const store = useStore();
  // Only whether the design is empty: the shell, its menus and dialogs need not re-render on
  // every edit (the canvas, inspector and output subscribe to what they show).
  const empty = useSyncExternalStore(store.subscribe, () => isEmpty(store.getState().design));
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
          title: t('ui.app.notSaved.title'),
          text: t('ui.app.notSaved.text'),
        }),
      ),
    [keeper, notify, t],
  );

  const confirm = () => {
    if (pending?.kind === 'delete') actions.remove();
    if (pending?.kind === 'replace') replaceNow(pending.design, pending.reason);
    setPending(null);
  };
  const question = pending?.kind === 'replace' ? replaceQuestion(pending.reason, t) : undefined;

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
          aria-label={t('ui.app.canvas')}
          sx={{ flex: 1, minWidth: 0, position: 'relative' }}
        >
          {empty && <EmptyCanvas onExample={() => requestReplace(guideExample, 'example')} />}
          <PanelBoundary area="canvas">
            <DesignCanvas />
          </PanelBoundary>
        </Box>
        <Box
          component="aside"
          aria-label={t('ui.app.inspector')}
          data-tour="inspector"
          sx={{
            width: { xs: 300, xl: 360 },
            flexShrink: 0,
            borderLeft: 1,
            borderColor: 'divider',
            overflow: 'auto',
          }}
        >
          <PanelBoundary area="inspector">
            <Suspense fallback={null}>
              <Inspector />
            </Suspense>
          </PanelBoundary>
        </Box>
        <Box
          component="aside"
          aria-label={t('ui.app.output')}
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
          <PanelBoundary area="output">
            <OutputPanel />
          </PanelBoundary>
        </Box>
      </Box>
      <ConfirmDialog
        open={pending !== null}
        title={question?.title ?? t('ui.app.delete.title')}
        lines={
          pending?.kind === 'delete'
            ? pending.what.summary.map((s) => t('ui.app.delete.line', { what: s }))
            : (question?.lines ?? [])
        }
        confirmLabel={question?.confirmLabel ?? t('ui.app.delete.confirm')}
        cancelLabel={question?.cancelLabel ?? t('ui.app.delete.cancel')}
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
        <PanelBoundary area="import" variant="dialog" onClose={() => setDialog(null)}>
          <Suspense fallback={null}>
            <ImportDialog
              open
              onClose={() => setDialog(null)}
              onUse={(imported) => requestReplace(imported, 'import')}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </Box>
  );
}
