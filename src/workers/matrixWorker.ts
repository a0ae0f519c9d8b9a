/**
 * The reachability matrix off the main thread (a module Web Worker, bundled by Vite). It receives a
 * `ReachabilityRequest` (plain JSON: the design, its resources and the simulator's options), runs
 * the matrix, and posts packed batches about ten times a second, so the page shows progress and
 * never freezes. The page cancels by terminating the worker. Imports only the pure core.
 */
import {
  packReachability,
  type ReachabilityReply,
  type ReachabilityRequest,
} from '../simulate/reachabilityTable';

/** How often a batch goes out: often enough for a smooth progress bar, rarely enough to be cheap. */
const FLUSH_MS = 100;

function post(reply: ReachabilityReply): void {
  const transfer = reply.kind === 'batch' ? [reply.batch.cells.buffer] : [];
  self.postMessage(reply, { transfer });
}

self.onmessage = (event: MessageEvent<ReachabilityRequest>) => {
  try {
    let last = performance.now();
    let done = 0;
    let total = 0;
    // The first batch goes out at once, so the page learns the total straight away.
    let first = true;
    const flush = () => {
      const now = performance.now();
      if (!first && now - last < FLUSH_MS) return false;
      first = false;
      last = now;
      return true;
    };
    for (const batch of packReachability(event.data, flush)) {
      done = batch.done;
      total = batch.total;
      post({ kind: 'batch', batch });
    }
    post({ kind: 'done', done, total });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
