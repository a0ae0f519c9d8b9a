/**
 * Replacing the whole design (new, example, import, share link, restore): when to ask first, what
 * the question says, and what the user is told after. Every replacement is one undo step, and the
 * design it pushes out is kept for "Restore previous design" (src/state/persistence.ts).
 */
import { useCallback } from 'react';
import type { Design } from '../../model/design';
import { useStore } from '../../state/hooks';
import { isPristine, sameDesign } from '../../state/startDesign';
import { useKeeper } from '../../state/useKeeper';
import { useNotify } from './Notices';

export type ReplaceReason = 'new' | 'example' | 'import' | 'link' | 'previous';

/** The question asked before a replacement, in words. */
export interface ReplaceQuestion {
  title: string;
  lines: string[];
  confirmLabel: string;
  cancelLabel: string;
}

const KEEP_LINE =
  'The current design is replaced. Undo (Ctrl+Z) brings it back, and so does “Restore previous design” in the design menu.';

export function replaceQuestion(reason: ReplaceReason): ReplaceQuestion {
  if (reason === 'link')
    return {
      title: 'Open the shared design?',
      lines: [
        'Your current design is kept: you can bring it back with Undo, or from “Restore previous design” in the design menu.',
      ],
      confirmLabel: 'Open shared design',
      cancelLabel: 'Keep my design',
    };
  return {
    title: 'Replace the current design?',
    lines: [KEEP_LINE],
    confirmLabel: 'Replace',
    cancelLabel: 'Cancel',
  };
}

/**
 * Whether to ask before `next` replaces `current`. "New design" always asks (it empties the
 * canvas); restoring never does (it swaps, so nothing is pushed out); the others ask when the
 * current design is someone's work, not an untouched example.
 */
export function needsAsking(reason: ReplaceReason, current: Design, next: Design): boolean {
  if (sameDesign(current, next) || reason === 'previous') return false;
  if (reason === 'new') return true;
  return !isPristine(current);
}

const DONE: Record<ReplaceReason, string | undefined> = {
  new: undefined,
  example: 'Opened the example',
  import: 'Imported',
  link: 'Opened the shared design',
  previous: 'Restored',
};

/** Replaces the design now, and says so with an Undo button. */
export function useReplaceDesign(): (design: Design, reason: ReplaceReason) => void {
  const store = useStore();
  const keeper = useKeeper();
  const notify = useNotify();
  return useCallback(
    (design, reason) => {
      const changed = !sameDesign(store.getState().design, design);
      keeper.replaceDesign(design);
      const done = DONE[reason];
      if (!done) return;
      const name = design.name || 'untitled';
      notify({
        severity: 'success',
        text: changed ? `${done} “${name}”` : `“${name}” is already open`,
        ...(changed ? { action: { label: 'Undo', onClick: store.undo } } : {}),
      });
    },
    [store, keeper, notify],
  );
}
