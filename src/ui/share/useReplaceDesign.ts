/**
 * Replacing the whole design (new, example, import, share link, restore): when to ask first, what
 * the question says, and what the user is told after. Every replacement is one undo step, and the
 * design it pushes out is kept for "Restore previous design" (src/state/persistence.ts).
 */
import { useCallback } from 'react';
import { translator, type AnyMessageId, type Translate } from '../../i18n/t';
import type { Design } from '../../model/design';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
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

/**
 * The question in the language of `t`: pass the caller's useT(). English when `t` is left out
 * (kept so callers written before the translation still compile).
 */
export function replaceQuestion(
  reason: ReplaceReason,
  t: Translate = translator('en'),
): ReplaceQuestion {
  if (reason === 'link')
    return {
      title: t('ui.share.replace.link.title'),
      lines: [t('ui.share.replace.link.text')],
      confirmLabel: t('ui.share.replace.link.confirm'),
      cancelLabel: t('ui.share.replace.link.cancel'),
    };
  return {
    title: t('ui.share.replace.title'),
    lines: [t('ui.share.replace.text')],
    confirmLabel: t('ui.share.replace.confirm'),
    cancelLabel: t('ui.share.action.cancel'),
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

/** What the user is told after each kind of replacement ("New design" says nothing). */
const DONE: Record<ReplaceReason, AnyMessageId | undefined> = {
  new: undefined,
  example: 'ui.share.replace.done.example',
  import: 'ui.share.replace.done.import',
  link: 'ui.share.link.opened',
  previous: 'ui.share.replace.done.previous',
};

/** Replaces the design now, and says so with an Undo button. */
export function useReplaceDesign(): (design: Design, reason: ReplaceReason) => void {
  const store = useStore();
  const keeper = useKeeper();
  const notify = useNotify();
  const t = useT();
  return useCallback(
    (design, reason) => {
      const changed = !sameDesign(store.getState().design, design);
      keeper.replaceDesign(design);
      const done = DONE[reason];
      if (!done) return;
      const name = design.name || t('ui.share.untitled');
      notify({
        severity: 'success',
        text: changed ? t(done, { name }) : t('ui.share.replace.alreadyOpen', { name }),
        ...(changed ? { action: { label: t('ui.share.replace.undo'), onClick: store.undo } } : {}),
      });
    },
    [store, keeper, notify, t],
  );
}
