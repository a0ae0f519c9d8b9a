/** Problems from the core (message ids) in words, one line each, with the field they concern. */
import { t } from '../../i18n/t';
import type { Problem } from '../../model/problem';

/** At most this many lines; the rest are counted. A bad link can carry hundreds of problems. */
const MAX_LINES = 6;

export function describeProblems(problems: readonly Problem[]): string[] {
  const lines = problems
    .slice(0, MAX_LINES)
    .map((p) => (p.path ? `${p.path}: ${t(p.messageId, p.params)}` : t(p.messageId, p.params)));
  if (problems.length > MAX_LINES) lines.push(`…and ${problems.length - MAX_LINES} more`);
  return lines;
}
