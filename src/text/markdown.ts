/**
 * Text put into Markdown as text: line breaks and other unsafe characters are written as escapes
 * (so the text stays inside its list item or heading), and every character that Markdown would
 * read as inline syntax gets a backslash (CommonMark §2.4 lets each ASCII punctuation character
 * be escaped): code spans, emphasis, links and images, raw HTML, entities, table cells and
 * strikethrough. The text is always written after other characters on its line, so line-start
 * syntax (`#`, `-`, `>`) cannot arise; a `#` is escaped anyway, for headings that end in one.
 */
import { toOneLine } from './plainText';

export function escapeMarkdown(s: string): string {
  return toOneLine(s)
    .replace(/[\\`*_[\]<|~#]/g, (c) => `\\${c}`)
    .replace(/&(?=[A-Za-z0-9#])/g, '\\&');
}
