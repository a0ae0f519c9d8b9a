/**
 * The importer off the main thread (a module Web Worker, bundled by Vite): a 20 MB kubectl dump
 * takes seconds to parse and map, and the page must stay responsive meanwhile. It receives the
 * files and options, and posts the result; the page cancels by terminating it.
 */
import { importFiles } from '../importer/importFiles';
import type { ImportRequest, ImportReply } from './importRunner';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files, options } = event.data;
  const reply: ImportReply = { kind: 'done', result: importFiles(files, options) };
  self.postMessage(reply);
};
