/**
 * Share links arriving: the one the page was opened with (decided in chooseStartDesign before the
 * first render) and any pasted into the address bar later (`hashchange`). A link that does not
 * open is explained, and the design on screen stays as it was. After a link is read, the fragment
 * is removed from the address (history.replaceState), so a reload opens the autosave, not the
 * link again over later edits; "Share" makes a fresh link at any time.
 */
import { useEffect, useRef } from 'react';
import type { Translate } from '../../i18n/t';
import type { Design } from '../../model/design';
import type { Problem } from '../../model/problem';
import { decodeDesign } from '../../permalink/permalink';
import { STORAGE_KEYS } from '../../state/persistence';
import { usePreferencesState, useT } from '../../state/preferences';
import type { StartChoice, StartNotice } from '../../state/startDesign';
import { whenIdle } from '../canvas/whenIdle';
import { useTour } from '../tour/TourContext';
import { describeProblems } from './describeProblems';
import { useNotify, type Notice } from './Notices';
import type { ReplaceReason } from './useReplaceDesign';

/** Removes the fragment from the address bar without a reload or a history entry. */
export function clearFragment(): void {
  if (!window.location.hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** What the user is told about a link that did not open, in the language of `t`. */
export function linkFailedNotice(problems: readonly Problem[], t: Translate): Notice {
  return {
    severity: 'error',
    title: t('ui.share.link.failed.title'),
    // A link that unpacked to a design which is not valid is not damaged: say what it is.
    text: problems.some((p) => p.messageId.startsWith('permalink.'))
      ? t('ui.share.link.failed.text')
      : t('ui.share.link.invalid.text'),
    lines: describeProblems(problems, t),
  };
}

/** The start-up notices in one message (an error first). */
export function startNotice(notices: readonly StartNotice[], t: Translate): Notice | undefined {
  const parts = notices.map((n): Notice => {
    if (n.kind === 'linkFailed') return linkFailedNotice(n.problems, t);
    return {
      severity: 'warning',
      title: t('ui.share.link.savedCorrupt.title'),
      text: t('ui.share.link.savedCorrupt.text', { key: STORAGE_KEYS.corrupt }),
      lines: describeProblems(n.problems, t),
    };
  });
  const [first, ...rest] = parts;
  if (!first) return undefined;
  return {
    ...first,
    lines: [
      ...(first.lines ?? []),
      ...rest.flatMap((p) => [
        p.title ? t('ui.share.notice.titleAndText', { title: p.title, text: p.text }) : p.text,
        ...(p.lines ?? []),
      ]),
    ],
  };
}

export function useLinkOpener(
  start: StartChoice | undefined,
  request: (design: Design, reason: ReplaceReason) => void,
): void {
  const notify = useNotify();
  const t = useT();
  const tour = useTour();
  const { tourSeen } = usePreferencesState();
  const startHandled = useRef(false);

  useEffect(() => {
    if (!start || startHandled.current) return;
    startHandled.current = true;
    if (start.askToReplace) request(start.askToReplace, 'link');
    const notice =
      startNotice(start.notices, t) ??
      (start.source === 'link'
        ? {
            severity: 'info' as const,
            text: t('ui.share.link.opened', { name: start.design.name || t('ui.share.untitled') }),
            // A first visit through a link skips the tour (TourProvider); it is offered instead.
            ...(tourSeen
              ? {}
              : { action: { label: t('ui.share.link.tour'), onClick: tour.start } }),
          }
        : undefined);
    // Once the design is drawn: the notice's entrance animation measures the page, which in the
    // first commit would make the browser lay out the whole canvas one extra time before it is
    // shown (~150 ms for a 200-element design). Not cancelled: it is said once.
    if (notice) whenIdle(() => notify(notice), 300);
  }, [start, notify, request, t, tour, tourSeen]);

  useEffect(() => {
    const onHashChange = () => {
      const { hash } = window.location;
      if (hash.length <= 1) return;
      clearFragment();
      const r = decodeDesign(hash);
      if (r.ok) request(r.design, 'link');
      else notify(linkFailedNotice(r.problems, t));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [notify, request, t]);
}
