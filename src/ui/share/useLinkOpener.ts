/**
 * Share links arriving: the one the page was opened with (decided in chooseStartDesign before the
 * first render) and any pasted into the address bar later (`hashchange`). A link that does not
 * open is explained, and the design on screen stays as it was. After a link is read, the fragment
 * is removed from the address (history.replaceState), so a reload opens the autosave, not the
 * link again over later edits; "Share" makes a fresh link at any time.
 */
import { useEffect, useRef } from 'react';
import type { Design } from '../../model/design';
import type { Problem } from '../../model/problem';
import { decodeDesign } from '../../permalink/permalink';
import { STORAGE_KEYS } from '../../state/persistence';
import type { StartChoice, StartNotice } from '../../state/startDesign';
import { describeProblems } from './describeProblems';
import { useNotify, type Notice } from './Notices';
import type { ReplaceReason } from './useReplaceDesign';

/** Removes the fragment from the address bar without a reload or a history entry. */
export function clearFragment(): void {
  if (!window.location.hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** What the user is told about a link that did not open. */
export function linkFailedNotice(problems: readonly Problem[]): Notice {
  return {
    severity: 'error',
    title: 'The link did not open',
    text: 'It is damaged or incomplete, or was made by a newer version of this app. Your own design is open, unchanged.',
    lines: describeProblems(problems),
  };
}

/** The start-up notices in one message (an error first). */
export function startNotice(notices: readonly StartNotice[]): Notice | undefined {
  const parts = notices.map((n): Notice => {
    if (n.kind === 'linkFailed') return linkFailedNotice(n.problems);
    return {
      severity: 'warning',
      title: 'Your autosaved design could not be read',
      text: `It was set aside (its text is kept in this browser's storage under "${STORAGE_KEYS.corrupt}") and the guide's example opened instead.`,
      lines: describeProblems(n.problems),
    };
  });
  const [first, ...rest] = parts;
  if (!first) return undefined;
  return {
    ...first,
    lines: [
      ...(first.lines ?? []),
      ...rest.flatMap((p) => [`${p.title ?? ''} ${p.text}`.trim(), ...(p.lines ?? [])]),
    ],
  };
}

export function useLinkOpener(
  start: StartChoice | undefined,
  request: (design: Design, reason: ReplaceReason) => void,
): void {
  const notify = useNotify();
  const startHandled = useRef(false);

  useEffect(() => {
    if (!start || startHandled.current) return;
    startHandled.current = true;
    const notice = startNotice(start.notices);
    if (notice) notify(notice);
    else if (start.source === 'link')
      notify({
        severity: 'info',
        text: `Opened the shared design “${start.design.name || 'untitled'}”`,
      });
    if (start.askToReplace) request(start.askToReplace, 'link');
  }, [start, notify, request]);

  useEffect(() => {
    const onHashChange = () => {
      const { hash } = window.location;
      if (hash.length <= 1) return;
      clearFragment();
      const r = decodeDesign(hash);
      if (r.ok) request(r.design, 'link');
      else notify(linkFailedNotice(r.problems));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [notify, request]);
}
