/**
 * Free text the user types (a design's name, a client's name) travels into YAML comments, file
 * names, shell commands and Markdown. These characters could end a comment line, start a document
 * of their own, or make the text read differently from what it is: C0 and C1 controls, DEL, the
 * Unicode line and paragraph separators, the byte-order mark, bidirectional embeddings, overrides
 * and isolates (the "Trojan Source" characters), and lone UTF-16 surrogates.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this is for
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** The first character a name may not hold, as `U+000A` and its 0-based index; undefined if none. */
export function firstUnsafeChar(s: string): { codePoint: string; index: number } | undefined {
  const m = UNSAFE.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return { codePoint: `U+${code}`, index: m.index };
}

/** True when `s` holds no character that could break out of the line or reorder what is read. */
export function isPlainText(s: string): boolean {
  return !UNSAFE.test(s);
}

/**
 * `s` on one line, whatever it holds: every unsafe character is written as its escape
 * (`\u000a`), so the result can be put into a comment or a heading and stays there.
 */
export function toOneLine(s: string): string {
  return s.replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
