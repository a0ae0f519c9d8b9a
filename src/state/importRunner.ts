/**
 * Where an import runs: a module Web Worker (importWorker.ts) in the browser, so the page keeps
 * answering while a large dump is read; in this thread where there is no Worker (jsdom in unit
 * tests). The user's design is not touched here: the dialog shows the result and waits.
 */
import { importFiles } from '../importer/importFiles';
import type { ImportFile, ImportOptions, ImportResult } from '../importer/types';

export interface ImportRequest {
  files: ImportFile[];
  options: ImportOptions;
}

export type ImportReply =
  { kind: 'done'; result: ImportResult } | { kind: 'error'; message: string };

export interface ImportRun {
  cancel(): void;
}

/** Starts an import; `onReply` is called once. */
export function startImport(
  request: ImportRequest,
  onReply: (reply: ImportReply) => void,
): ImportRun {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const timer = setTimeout(() => {
      if (!cancelled)
        onReply({ kind: 'done', result: importFiles(request.files, request.options) });
    }, 0);
    return {
      cancel: () => {
        cancelled = true;
        clearTimeout(timer);
      },
    };
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    onReply(event.data);
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onReply({ kind: 'error', message: event.message || 'the import worker could not start' });
    worker.terminate();
  };
  worker.postMessage(request);
  return { cancel: () => worker.terminate() };
}
