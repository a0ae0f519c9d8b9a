/**
 * Puts a generation result into words with a message catalogue: the explanation file of the golden
 * fixtures and of the CLI. The UI renders the same structured data itself.
 */
import { en } from '../i18n/en';
import { formatMessage, type MessageParams } from '../i18n/format';
import type { Design } from '../model/design';
import { escapeMarkdown } from '../text/markdown';
import type { Explanation, GenerateResult, Lint } from './types';

type Catalogue = Readonly<Record<keyof typeof en, string>>;

/** One explanation in words. */
export function explanationText(e: Explanation, catalogue: Catalogue = en): string {
  return formatMessage(catalogue[e.messageId], e.params);
}

/** One lint in words. */
export function lintText(l: Lint, catalogue: Catalogue = en): string {
  return formatMessage(catalogue[l.messageId], l.params);
}

/** Parameters as Markdown text: names and values cannot turn into syntax or leave their line. */
function markdownParams(params: MessageParams): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    out[key] = typeof value === 'string' ? escapeMarkdown(value) : value;
  return out;
}

/** The whole explanation as Markdown: every resource, every rule, then the lints. */
export function explanationsToMarkdown(
  design: Design,
  result: Extract<GenerateResult, { ok: true }>,
  catalogue: Catalogue = en,
): string {
  const lines = [
    `# ${escapeMarkdown(design.name || 'design')}: what each rule does (profile ${escapeMarkdown(design.output.profile)})`,
    '',
  ];
  const facts = (e: Explanation) => (e.facts.length ? ` _(${e.facts.join(', ')})_` : '');
  for (const doc of result.documents) {
    lines.push(`## ${escapeMarkdown(doc.key)}`, '');
    for (const e of result.explanations.filter((x) => x.resource === doc.key)) {
      const text = formatMessage(catalogue[e.messageId], markdownParams(e.params)) + facts(e);
      lines.push(e.rulePath ? `- \`${e.rulePath}\`: ${text}` : text, ...(e.rulePath ? [] : ['']));
    }
    lines.push('');
  }
  lines.push('## Lints', '');
  if (!result.lints.length) lines.push('None.');
  for (const l of result.lints) {
    lines.push(
      `- ${l.severity} \`${l.code}\`: ${formatMessage(catalogue[l.messageId], markdownParams(l.params))} Fix: ${formatMessage(catalogue[l.fixId], markdownParams(l.params))}`,
    );
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
