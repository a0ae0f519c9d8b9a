/**
 * An error boundary around one part of the app (the canvas, the inspector, an output view, the
 * simulator, …): when that part throws while it is drawn, or its lazily loaded code does not
 * download, the part says what failed in words and what the user can do, and the rest of the app
 * keeps working. Without it one exception blanks the whole page, and, the design being
 * autosaved, blanks it again on every reload.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { Component, useContext, useEffect, useId, type ReactNode } from 'react';
import { StoreContext } from '../../state/hooks';
import { useT } from '../../state/preferences';
import type { DesignStore } from '../../state/store';
import { KeeperContext } from '../../state/useKeeper';
import { downloadDesignJson } from '../share/download';
import { useReplaceDesign } from '../share/useReplaceDesign';
import { ChunkLoadError } from './lazyChunk';

/** The parts of the app that fail on their own; each has its name in the catalogue. */
export type BoundaryArea =
  'app' | 'canvas' | 'inspector' | 'output' | 'simulator' | 'trace' | 'tour' | 'import';

/** Parts drawn from the design: a change of the design may mend them, undo and restore may too. */
const FROM_DESIGN: ReadonlySet<BoundaryArea> = new Set([
  'app',
  'canvas',
  'inspector',
  'output',
  'simulator',
]);

/** Where the words go: in the part's place, as a strip over the canvas, or as a dialog. */
export type BoundaryVariant = 'panel' | 'overlay' | 'dialog';

interface BoundaryProps {
  area: BoundaryArea;
  variant?: BoundaryVariant;
  /** For a dialog: closes what the part was (the import dialog, the tour). */
  onClose?: () => void;
  children: ReactNode;
}

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';

/** Catches what its children throw while they render; React logs it to the console. */
export class PanelBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  /** Draws the children again (a failed chunk is downloaded afresh). */
  private retry = (): void => {
    const { error } = this.state;
    if (error instanceof ChunkLoadError) error.reload();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <BoundaryFallback
        area={this.props.area}
        variant={this.props.variant ?? 'panel'}
        error={error}
        onRetry={this.retry}
        onClose={this.props.onClose}
      />
    );
  }
}

/** Calls `retry` once the design differs from the one shown when the part failed. */
function useRetryOnDesignChange(store: DesignStore | null, retry: (() => void) | undefined): void {
  useEffect(() => {
    if (!store || !retry) return;
    const failedOn = store.getState().design;
    return store.subscribe(() => {
      if (store.getState().design !== failedOn) retry();
    });
  }, [store, retry]);
}

/** "Restore previous design", as the design menu does it (with a notice and Undo). */
function RestoreButton() {
  const t = useT();
  const keeper = useContext(KeeperContext);
  const replace = useReplaceDesign();
  const previous = keeper?.previous();
  if (!previous) return null;
  return (
    <Button
      size="small"
      variant="outlined"
      color="inherit"
      onClick={() => replace(previous, 'previous')}
    >
      {t('ui.boundary.restore')}
    </Button>
  );
}

interface FallbackProps {
  area: BoundaryArea;
  variant: BoundaryVariant;
  error: Error;
  onRetry: () => void;
  onClose: (() => void) | undefined;
}

/** What the user sees instead of a part that failed: what, why, and what to do. */
function BoundaryFallback({ area, variant, error, onRetry, onClose }: FallbackProps) {
  const t = useT();
  const titleId = useId();
  const store = useContext(StoreContext);
  const keeper = useContext(KeeperContext);
  const chunk = error instanceof ChunkLoadError;
  // A chunk that did not download does not come back with the design: only Try again fetches it.
  const fromDesign = FROM_DESIGN.has(area) && !chunk;
  useRetryOnDesignChange(store, fromDesign ? onRetry : undefined);

  const title = t(chunk ? 'ui.boundary.chunk' : 'ui.boundary.crashed', {
    area: t(`ui.boundary.area.${area}`),
  });
  const text = chunk
    ? t('ui.boundary.chunk.text')
    : t(area === 'app' ? 'ui.boundary.crashed.appText' : 'ui.boundary.crashed.text');
  const canUndo = fromDesign && store !== null && store.getState().past.length > 0;

  const words = (
    <>
      <Typography variant="body2">{text}</Typography>
      <Typography
        variant="body2"
        sx={{ mt: 0.75, fontFamily: MONO, fontSize: 12, overflowWrap: 'anywhere' }}
      >
        {t('ui.boundary.detail', { detail: error.message || error.name })}
      </Typography>
    </>
  );
  const actions = (
    <>
      <Button size="small" variant="outlined" color="inherit" onClick={onRetry}>
        {t('ui.boundary.retry')}
      </Button>
      {chunk && (
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          onClick={() => window.location.reload()}
        >
          {t('ui.boundary.reload')}
        </Button>
      )}
      {canUndo && (
        <Button size="small" variant="outlined" color="inherit" onClick={store.undo}>
          {t('ui.boundary.undo')}
        </Button>
      )}
      {fromDesign && keeper && <RestoreButton />}
      {area === 'app' && store && (
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          onClick={() => downloadDesignJson(store.getState().design)}
        >
          {t('ui.boundary.download')}
        </Button>
      )}
    </>
  );

  if (variant === 'dialog')
    return (
      <Dialog open onClose={onClose} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{words}</DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          {actions}
          {onClose && (
            <Button size="small" variant="contained" onClick={onClose}>
              {t('ui.boundary.close')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    );

  const alert = (
    <Alert severity="error" aria-labelledby={titleId} sx={{ m: 1 }}>
      <AlertTitle id={titleId}>{title}</AlertTitle>
      {words}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }}>{actions}</Box>
    </Alert>
  );
  if (variant === 'overlay')
    return (
      <Box
        sx={{
          position: 'absolute',
          top: 8,
          left: '50%',
          transform: 'translateX(-50%)',
          width: 'min(440px, calc(100% - 16px))',
          zIndex: 6,
        }}
      >
        {alert}
      </Box>
    );
  return <Box sx={{ overflow: 'auto', minHeight: 0, maxWidth: 760 }}>{alert}</Box>;
}
