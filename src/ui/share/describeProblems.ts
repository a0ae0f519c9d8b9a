/** Problems from the core (message ids) in words, one line each, with the field they concern. */
import type { Translate } from '../../i18n/t';
import type { Problem } from '../../model/problem';

/** At most this many lines; the rest are counted. A bad link can carry hundreds of problems. */
const MAX_LINES = 6;

/** The problems in the language of `t` (the caller's useT()), so they follow the UI's language. */
export function describeProblems(problems: readonly Problem[], t: Translate): string[] {
  const lines = problems.slice(0, MAX_LINES).map((p) => {
    const message = t(p.messageId, p.params);
    if (!p.path) return message;
    // The design's own name sits at the top of the JSON: "name" alone reads like any name.
    const path = p.path === 'name' ? t('ui.share.problems.designName') : p.path;
    return t('ui.share.problems.line', { path, message });
  });
  if (problems.length > MAX_LINES)
    lines.push(t('ui.share.problems.more', { count: problems.length - MAX_LINES }));
  return lines;
}
