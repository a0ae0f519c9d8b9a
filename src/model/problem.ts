import type { MessageParams } from '../i18n/format';
import type { MessageId } from '../i18n/en';

/** One thing wrong with a design, at a JSON path, as a message id the UI or CLI puts into words. */
export interface Problem {
  /** JSON path of the offending field, e.g. `services[1].clusterIP`; `` for the whole document. */
  path: string;
  messageId: MessageId;
  params: MessageParams;
}

/** Formats a path array as `a[0].b["x y"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg))
      out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}
