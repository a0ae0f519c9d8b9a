/** Saving files from the browser: a Blob and a temporary `<a download>`; no server involved. */
import type { Design } from '../../model/design';
import { fileBaseName } from '../../text/fileName';

/** Offers a Blob as a download under a file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not now: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers text as a download; the bytes are the string's UTF-8, nothing added. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** The file name of the design document: `<name>.design.json`. */
export function designFileName(design: Design): string {
  return `${fileBaseName(design.name)}.design.json`;
}

/** Offers the design document (two-space JSON, docs/design-format.md) for download. */
export function downloadDesignJson(design: Design): string {
  const name = designFileName(design);
  downloadText(name, `${JSON.stringify(design, null, 2)}\n`, 'application/json');
  return name;
}
