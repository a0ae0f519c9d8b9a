/**
 * Where the reachability matrix is computed: a module Web Worker (src/workers/matrixWorker.ts,
 * bundled by Vite; relative URLs keep it working under any sub-path). Without Worker support (jsdom
 * in unit tests) it runs in this thread in slices between timer ticks, through the same packer.
 */
import { packReachability, type ReachabilityReply } from '../../simulate/reachabilityTable';
import type { MatrixRun, StartMatrix } from '../../state/simulationMatrix';

/** The error a worker that never started reports; the panel shows it in the reader's language. */
export const WORKER_FAILED = 'the matrix worker could not start';

/** Cells per slice in the fallback: small enough to keep the page responsive. */
const SLICE_CELLS = 500;

/** Computes in this thread, one slice per timer tick. */
export const startMatrixInThread: StartMatrix = (request, onReply) => {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const batches = packReachability(request, (pending) => pending >= SLICE_CELLS);
  let done = 0;
  let total = 0;
  const step = () => {
    if (cancelled) return;
    try {
      const next = batches.next();
      if (next.done) {
        onReply({ kind: 'done', done, total });
        return;
      }
      done = next.value.done;
      total = next.value.total;
      onReply({ kind: 'batch', batch: next.value });
      timer = setTimeout(step, 0);
    } catch (error) {
      onReply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  timer = setTimeout(step, 0);
  return {
    cancel: () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
};

/** Computes in a module Web Worker; `cancel` terminates it. */
export const startMatrixWorker: StartMatrix = (request, onReply): MatrixRun => {
  if (typeof Worker === 'undefined') return startMatrixInThread(request, onReply);
  const worker = new Worker(new URL('../../workers/matrixWorker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<ReachabilityReply>) => {
    onReply(event.data);
    if (event.data.kind !== 'batch') worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onReply({ kind: 'error', message: event.message || WORKER_FAILED });
    worker.terminate();
  };
  worker.postMessage(request);
  return { cancel: () => worker.terminate() };
};
