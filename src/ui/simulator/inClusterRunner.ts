/**
 * The in-cluster flows for the Reachability tab, computed in a module Web Worker
 * (src/workers/inClusterWorker.ts): seconds of work on a 20-node design. Without Worker support
 * (jsdom) they are computed in this thread after a timer tick.
 */
import { useEffect, useState } from 'react';
import {
  inClusterLines,
  type InClusterReply,
  type InClusterRequest,
} from '../../simulate/inClusterTable';
import type { SimulationInputs } from '../../state/simulationTrace';

export type InClusterState =
  | { status: 'running'; inputs: SimulationInputs }
  | { status: 'done'; inputs: SimulationInputs; reply: InClusterReply & { kind: 'done' } }
  | { status: 'error'; inputs: SimulationInputs; message: string };

function start(request: InClusterRequest, onReply: (reply: InClusterReply) => void): () => void {
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => {
      try {
        onReply(inClusterLines(request));
      } catch (error) {
        onReply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }
  const worker = new Worker(new URL('../../workers/inClusterWorker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<InClusterReply>) => {
    onReply(event.data);
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onReply({ kind: 'error', message: event.message || 'the in-cluster worker could not start' });
    worker.terminate();
  };
  worker.postMessage(request);
  return () => worker.terminate();
}

/** The in-cluster lines of these inputs (leaks first when asked), recomputed when they change. */
export function useInClusterLines(
  inputs: SimulationInputs | undefined,
  leaksFirst: boolean,
): InClusterState | undefined {
  const [state, setState] = useState<InClusterState | undefined>(undefined);
  useEffect(() => {
    if (!inputs) return;
    setState({ status: 'running', inputs });
    const request: InClusterRequest = {
      design: inputs.design,
      resources: inputs.resources,
      options: inputs.options,
      leaksFirst,
    };
    return start(request, (reply) =>
      setState(
        reply.kind === 'done'
          ? { status: 'done', inputs, reply }
          : { status: 'error', inputs, message: reply.message },
      ),
    );
  }, [inputs, leaksFirst]);
  return state?.inputs === inputs ? state : undefined;
}
