/**
 * Which design the app opens on, decided once at start-up from the URL fragment and the autosave:
 * a share link first, else the autosaved design, else the guide's example. A link never silently
 * overwrites the user's own work: when the autosave holds changed work that differs from the
 * link, the caller asks first. A link that does not open leaves the user's design untouched and
 * says why. Pure: the caller reads `location.hash` and the storage, and acts on the answer.
 */
import type { Design } from '../model/design';
import { emptyDesign, guideExample, localExample, mixedExample } from '../model/examples';
import type { Problem } from '../model/problem';
import { canonicalJson } from '../permalink/canonicalJson';
import { decodeDesign } from '../permalink/permalink';
import type { SavedDesign } from './persistence';

/** True when two designs are the same document (key order aside), layout included. */
export function sameDesign(a: Design, b: Design): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

const PRISTINE = [emptyDesign, guideExample, localExample, mixedExample].map(canonicalJson);

/** True for a design nobody has worked on: a built-in example or the empty design, unchanged. */
export function isPristine(design: Design): boolean {
  return PRISTINE.includes(canonicalJson(design));
}

/** Something to tell the user at start-up, as data; the UI puts it into words. */
export type StartNotice =
  /** The URL fragment held a link that does not open; the design shown is the user's own. */
  | { kind: 'linkFailed'; problems: Problem[] }
  /** The autosave did not read back; its text was kept under another key. */
  | { kind: 'savedCorrupt'; problems: Problem[] };

export interface StartChoice {
  /** The design the store opens on. */
  design: Design;
  source: 'link' | 'saved' | 'example';
  notices: StartNotice[];
  /** A linked design that would replace changed work: open it only if the user says yes. */
  askToReplace?: Design;
}

/** The fragment without its `#`; empty when the URL has none. */
function fragmentOf(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/** Decides the start design: link → autosave → the guide's example. */
export function chooseStartDesign(input: { hash: string; saved: SavedDesign }): StartChoice {
  const { saved } = input;
  const notices: StartNotice[] = [];
  if (saved.kind === 'corrupt') notices.push({ kind: 'savedCorrupt', problems: saved.problems });
  const own: Pick<StartChoice, 'design' | 'source'> =
    saved.kind === 'ok'
      ? { design: saved.design, source: 'saved' }
      : { design: guideExample, source: 'example' };

  const fragment = fragmentOf(input.hash);
  if (fragment.trim() === '') return { ...own, notices };

  const linked = decodeDesign(fragment);
  if (!linked.ok)
    return { ...own, notices: [...notices, { kind: 'linkFailed', problems: linked.problems }] };
  if (saved.kind === 'ok' && !isPristine(saved.design) && !sameDesign(saved.design, linked.design))
    return { ...own, notices, askToReplace: linked.design };
  return { design: linked.design, source: 'link', notices };
}
