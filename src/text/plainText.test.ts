import { escapeMarkdown } from './markdown';
import { fileBaseName } from './fileName';
import { firstUnsafeChar, isPlainText, toOneLine } from './plainText';
import { shellQuote } from './shellQuote';

describe('plain text', () => {
  it.each([
    ['line feed', 'a\nb', 'U+000A'],
    ['carriage return', 'a\rb', 'U+000D'],
    ['NUL', 'a\u0000', 'U+0000'],
    ['DEL', 'a\u007f', 'U+007F'],
    ['C1 next line', 'a\u0085', 'U+0085'],
    ['line separator', 'a\u2028', 'U+2028'],
    ['paragraph separator', 'a\u2029', 'U+2029'],
    ['right-to-left override', 'a\u202e', 'U+202E'],
    ['left-to-right embedding', 'a\u202a', 'U+202A'],
    ['first-strong isolate', 'a\u2068', 'U+2068'],
    ['pop directional isolate', 'a\u2069', 'U+2069'],
    ['byte-order mark', '\ufeffa', 'U+FEFF'],
    ['lone high surrogate', 'a\ud800b', 'U+D800'],
    ['lone low surrogate', 'a\udc00', 'U+DC00'],
  ])('refuses a %s and names it', (_what, s, codePoint) => {
    expect(isPlainText(s)).toBe(false);
    expect(firstUnsafeChar(s)?.codePoint).toBe(codePoint);
  });

  it('accepts what people name things with: punctuation, quotes, CJK, emoji', () => {
    for (const s of [
      'Partner A (Paris)',
      'evil" --- # $(x) `y` <script>',
      '生产集群',
      'prod 🚀',
      '',
    ])
      expect(isPlainText(s)).toBe(true);
    expect(firstUnsafeChar('ab\ncd')?.index).toBe(2);
  });

  it('writes any text on one line, escaping what could end it', () => {
    const line = toOneLine('evil"\n---\napiVersion: v1\r\u2028\u202e#');
    expect(line).not.toMatch(/[\n\r\u2028\u202e]/);
    expect(line).toBe('evil"\\u000a---\\u000aapiVersion: v1\\u000d\\u2028\\u202e#');
    expect(toOneLine('plain text')).toBe('plain text');
  });
});

describe('shell quoting', () => {
  it('leaves safe words alone and single-quotes the rest', () => {
    expect(shellQuote('design.calico.yaml')).toBe('design.calico.yaml');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$(rm -rf /)')).toBe("'$(rm -rf /)'");
    expect(shellQuote('`id`;x\ny')).toBe("'`id`;x\ny'");
    expect(shellQuote('')).toBe("''");
  });
});

describe('Markdown escaping', () => {
  it('escapes inline syntax and keeps the text on its line', () => {
    expect(escapeMarkdown('a_b*c`d[e](f)<g>|h~i#j\\k')).toBe(
      'a\\_b\\*c\\`d\\[e\\](f)\\<g>\\|h\\~i\\#j\\\\k',
    );
    expect(escapeMarkdown('x\n# y')).toBe('x\\\\u000a\\# y');
    expect(escapeMarkdown('&amp; && b')).toBe('\\&amp; && b');
    expect(escapeMarkdown('partner-a 10.0.0.0/8')).toBe('partner-a 10.0.0.0/8');
  });
});

describe('file names', () => {
  it.each([
    ['Guide example', 'guide-example'],
    ['../../etc/passwd', 'etc-passwd'],
    ['evil"\n---\nkind: Namespace', 'evil-kind-namespace'],
    ['生产', 'design'],
    ['', 'design'],
    ['.hidden', 'hidden'],
    ['a_b c', 'a-b-c'],
    ['x'.repeat(200), 'x'.repeat(80)],
  ])('%j → %s', (name, base) => {
    expect(fileBaseName(name)).toBe(base);
    expect(fileBaseName(name)).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });
});
