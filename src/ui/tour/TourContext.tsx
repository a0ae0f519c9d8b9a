/**
 * The guided first visit's owner: it opens the tour by itself until the user has finished or
 * skipped it once (remembered in the preferences, src/state/preferences.ts), and lets the help menu
 * replay it with `useTour().start()`. It also owns the glossary, which the help menu and the
 * inspector's mode hints open with `useTour().showGlossary(query)`.
 */
import {
  createContext,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { usePreferences, usePreferencesState } from '../../state/preferences';
import { lazyChunk } from '../boundary/lazyChunk';
import { PanelBoundary } from '../boundary/PanelBoundary';
import { GlossaryDialog } from './GlossaryDialog';

// Returning users never see the tour unless they ask: it stays out of the first page load.
const GuidedTour = lazyChunk(() => import('./GuidedTour').then((m) => m.GuidedTour));

export interface TourControls {
  /** Opens the tour at its first step (again). */
  start(): void;
  /** Opens the glossary, its search filled in with `query` (empty: every term). */
  showGlossary(query?: string): void;
}

const TourContext = createContext<TourControls>({
  start: () => undefined,
  showGlossary: () => undefined,
});

/** The tour's controls; outside a TourProvider `start` does nothing. */
export function useTour(): TourControls {
  return useContext(TourContext);
}

/**
 * Wraps the app: renders its children and, over them, the tour when it is due or asked for.
 * `autoStart` false keeps a due tour from opening by itself: someone who opens a shared link came
 * to read that design, and the tour's example would cover it (the link's notice offers the tour).
 */
export function TourProvider({
  children,
  autoStart = true,
}: {
  children: ReactNode;
  autoStart?: boolean;
}) {
  const preferences = usePreferences();
  const { tourSeen } = usePreferencesState();
  const [replaying, setReplaying] = useState(false);
  // Each start is a fresh tour from step one, even if one is showing.
  const [run, setRun] = useState(0);

  const start = useCallback(() => {
    setRun((r) => r + 1);
    setReplaying(true);
  }, []);
  // Finished or skipped, it is seen: it does not open by itself again.
  const end = useCallback(() => {
    preferences.markTourSeen();
    setReplaying(false);
  }, [preferences]);
  // Each opening is a fresh dialog (`run` is its key), its search filled in as asked.
  const [glossary, setGlossary] = useState({ open: false, query: '', run: 0 });
  const showGlossary = useCallback((query = '') => {
    setGlossary((g) => ({ open: true, query, run: g.run + 1 }));
  }, []);
  const closeGlossary = useCallback(() => setGlossary((g) => ({ ...g, open: false })), []);
  const controls = useMemo(() => ({ start, showGlossary }), [start, showGlossary]);

  return (
    <TourContext.Provider value={controls}>
      {children}
      <GlossaryDialog
        key={glossary.run}
        open={glossary.open}
        query={glossary.query}
        onClose={closeGlossary}
      />
      {(replaying || (autoStart && !tourSeen)) && (
        <PanelBoundary key={run} area="tour" variant="dialog" onClose={end}>
          <Suspense fallback={null}>
            <GuidedTour open onEnd={end} />
          </Suspense>
        </PanelBoundary>
      )}
    </TourContext.Provider>
  );
}
