/**
 * Lazily loaded parts of the app (React.lazy over a dynamic `import()`), made to survive a chunk
 * that does not download: a network blip, or a redeploy that removed the old hashed file while the
 * page was open. A failed load is tried once more; if that fails too, the part's error boundary
 * (PanelBoundary) says so in words and offers to try again or reload the page.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A lazily loaded chunk that did not download, on the first try nor on the second. `reload` makes
 * the next render download it afresh (the boundary's "Try again").
 */
export class ChunkLoadError extends Error {
  constructor(
    cause: unknown,
    readonly reload: () => void = () => undefined,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** The wait before the second try: long enough for a dropped connection to come back. */
export const CHUNK_RETRY_DELAY_MS = 500;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `first` (a load already under way) or a new load; on failure, after a pause, one more. */
async function loadTwice<T>(load: () => Promise<T>, first: Promise<T> | undefined): Promise<T> {
  try {
    return await (first ?? load());
  } catch {
    await wait(CHUNK_RETRY_DELAY_MS);
    return load();
  }
}

/**
 * `React.lazy` for a component in a chunk of its own, tried twice. React.lazy alone keeps a failed
 * load for good; the ChunkLoadError's `reload` swaps in a fresh one, and browsers fetch a module
 * again once its fetch failed. Only on request: swapping at once would have React's own re-render
 * after an error start another download, and with a file gone for good, another, without end.
 * `start: true` requests the chunk as this module loads, not at the first render.
 */
export function lazyChunk<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { start?: boolean } = {},
): ComponentType<P> {
  let early: Promise<ComponentType<P>> | undefined;
  if (options.start) {
    early = load();
    // Failing before the first render is not an unhandled rejection: that render hears of it.
    early.catch(() => undefined);
  }
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => {
      const first = early;
      early = undefined;
      try {
        return { default: await loadTwice(load, first) };
      } catch (error) {
        throw new ChunkLoadError(error, () => {
          current = fresh();
        });
      }
    });
  let current = fresh();
  function LazyChunk(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return LazyChunk;
}
