/**
 * The in-cluster flows off the main thread (they take seconds on a 20-node design): receives an
 * `InClusterRequest`, posts one `InClusterReply`. The page cancels by terminating the worker.
 */
import {
  inClusterLines,
  type InClusterRequest,
  type InClusterReply,
} from '../simulate/inClusterTable';

self.onmessage = (event: MessageEvent<InClusterRequest>) => {
  let reply: InClusterReply;
  try {
    reply = inClusterLines(event.data);
  } catch (error) {
    reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
