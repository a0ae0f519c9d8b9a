/**
 * Calico's label-selector language: tokenizer, parser, evaluator and canonical printer.
 *
 * This mirrors libcalico-go's `lib/selector` (tokenizer.go, parser.go, ast.go) as described in
 * ../shared/calico/SELECTORS.md. Where Calico's behaviour is surprising, the comment cites the
 * section that records it, so a reader can tell a Calico fact from a choice made here.
 */

/** A parsed selector; the shape follows Calico's AST nodes (SELECTORS.md §3, §4). */
export type SelectorNode =
  | { kind: 'all' }
  | { kind: 'global' }
  | { kind: 'has'; label: string }
  | {
      kind: 'eq' | 'neq' | 'contains' | 'startsWith' | 'endsWith';
      label: string;
      value: string;
    }
  /** `values` are sorted (code-point order, which is Go's byte order) and de-duplicated. */
  | { kind: 'in' | 'notIn'; label: string; values: string[] }
  | { kind: 'not'; operand: SelectorNode }
  | { kind: 'and' | 'or'; operands: SelectorNode[] };

/** Why a selector was rejected; `offset` is the UTF-16 index in the input where it went wrong. */
export interface SelectorParseError {
  message: string;
  offset: number;
}

/** The outcome of {@link parseSelector}. */
export type SelectorParseResult =
  { ok: true; selector: SelectorNode } | { ok: false; error: SelectorParseError };

/** Longest label key the tokenizer accepts (SELECTORS.md §1: 513 characters is rejected). */
const MAX_LABEL_LENGTH = 512;

type TokenKind =
  | 'label'
  | 'string'
  | 'lbrace'
  | 'rbrace'
  | 'comma'
  | 'eq'
  | 'neq'
  | 'not'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'startsWith'
  | 'endsWith'
  | 'all'
  | 'global'
  | 'has'
  | 'lparen'
  | 'rparen'
  | 'and'
  | 'or'
  | 'eof';

interface Token {
  kind: TokenKind;
  /** The label name, string-literal contents or `has(...)` label; empty for other kinds. */
  value: string;
  /** Index in the input of the token's first character (the input length for `eof`). */
  offset: number;
}

/** Thrown inside the tokenizer and parser, caught by {@link parseSelector}. */
class SelectorSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected selector node: ${JSON.stringify(value)}`);
}

// Only space and tab are whitespace; a newline or carriage return is an error (SELECTORS.md §1).
function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function skipBlanks(text: string, pos: number): number {
  let p = pos;
  while (isBlank(text[p])) p++;
  return p;
}

/** Label-key characters: `a-z A-Z 0-9 _ . / -` (SELECTORS.md §1). */
function isIdentifierChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (
    (c >= 'a' && c <= 'z') ||
    (c >= 'A' && c <= 'Z') ||
    (c >= '0' && c <= '9') ||
    c === '_' ||
    c === '.' ||
    c === '/' ||
    c === '-'
  );
}

/** Reads a label key at `pos`; an empty or over-long key is an error, as in `cutIdentifier`. */
function readIdentifier(text: string, pos: number): string {
  let end = pos;
  while (isIdentifierChar(text[end])) end++;
  if (end === pos) {
    const c = text[pos];
    throw new SelectorSyntaxError(
      c === undefined ? 'expected a label name' : `unexpected character ${JSON.stringify(c)}`,
      pos,
    );
  }
  if (end - pos > MAX_LABEL_LENGTH) {
    throw new SelectorSyntaxError(
      `label name is longer than ${MAX_LABEL_LENGTH} characters`,
      pos + MAX_LABEL_LENGTH,
    );
  }
  return text.slice(pos, end);
}

/**
 * Matches a keyword operator made of `words` at `pos`, with any spaces or tabs between the words
 * (so `starts with`, `startswith` and `starts   with` are all one operator) and a word boundary
 * after the last word (SELECTORS.md §1). Returns the index after the operator, or -1.
 */
function matchKeyword(text: string, pos: number, words: readonly string[]): number {
  let p = pos;
  for (const word of words) {
    if (!text.startsWith(word, p)) return -1;
    p += word.length;
    // Calico skips blanks after every word of a multi-word operator, the last one included
    // (cutMultiWordPrefixCheckBreak), but not after a one-word operator (cutPrefixCheckBreak).
    if (words.length > 1) p = skipBlanks(text, p);
  }
  return isIdentifierChar(text[p]) ? -1 : p;
}

/** Keyword operators allowed straight after a label, in the order Calico tries them. */
const KEYWORD_OPERATORS: readonly { words: readonly string[]; kind: TokenKind }[] = [
  { words: ['contains'], kind: 'contains' },
  { words: ['starts', 'with'], kind: 'startsWith' },
  { words: ['ends', 'with'], kind: 'endsWith' },
  { words: ['not', 'in'], kind: 'notIn' },
  { words: ['in'], kind: 'in' },
];

/**
 * Reads `name(` ... `)` with optional blanks inside the parentheses. The name and `(` must be
 * adjacent (SELECTORS.md §1), which the caller checked. Returns the index after `)`.
 */
function expectCloseParen(text: string, pos: number, name: string): number {
  const p = skipBlanks(text, pos);
  if (text[p] !== ')') throw new SelectorSyntaxError(`expected ')' to close ${name}(`, p);
  return p + 1;
}

/**
 * Splits the whole input into tokens, ending with `eof`. Like Calico, all of the input is
 * tokenized before parsing starts, so a lexical error anywhere wins over a grammar error.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const push = (kind: TokenKind, offset: number, value = ''): void => {
    tokens.push({ kind, value, offset });
  };
  for (;;) {
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (c === undefined) {
      push('eof', pos);
      return tokens;
    }
    const start = pos;
    switch (c) {
      case '(':
        push('lparen', start);
        pos++;
        break;
      case ')':
        push('rparen', start);
        pos++;
        break;
      case '{':
        push('lbrace', start);
        pos++;
        break;
      case '}':
        push('rbrace', start);
        pos++;
        break;
      case ',':
        push('comma', start);
        pos++;
        break;
      case '"':
      case "'": {
        // No escapes: the literal ends at the next matching quote (SELECTORS.md §1).
        const close = text.indexOf(c, start + 1);
        if (close === -1) throw new SelectorSyntaxError('unterminated string literal', start);
        push('string', start, text.slice(start + 1, close));
        pos = close + 1;
        break;
      }
      case '=':
        if (text[start + 1] !== '=') throw new SelectorSyntaxError("expected '=='", start);
        push('eq', start);
        pos += 2;
        break;
      case '!':
        if (text[start + 1] === '=') {
          push('neq', start);
          pos += 2;
        } else {
          push('not', start);
          pos++;
        }
        break;
      case '&':
        if (text[start + 1] !== '&') throw new SelectorSyntaxError("expected '&&'", start);
        push('and', start);
        pos += 2;
        break;
      case '|':
        if (text[start + 1] !== '|') throw new SelectorSyntaxError("expected '||'", start);
        push('or', start);
        pos += 2;
        break;
      default:
        pos = tokenizeWord(text, start, tokens);
    }
  }
}

/** Tokenizes a keyword operator, `has(…)`, `all()`, `global()` or a label starting at `pos`. */
function tokenizeWord(text: string, pos: number, tokens: Token[]): number {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'label') {
    // Keyword operators are only recognised straight after a label, so `contains` or `in` are
    // legal label names elsewhere (SELECTORS.md §1).
    for (const op of KEYWORD_OPERATORS) {
      const end = matchKeyword(text, pos, op.words);
      if (end >= 0) {
        tokens.push({ kind: op.kind, value: '', offset: pos });
        return end;
      }
    }
    throw new SelectorSyntaxError(
      `expected an operator after label ${JSON.stringify(last.value)}`,
      pos,
    );
  }
  if (text.startsWith('has(', pos)) {
    const labelStart = skipBlanks(text, pos + 'has('.length);
    const label = readIdentifier(text, labelStart);
    const end = expectCloseParen(text, labelStart + label.length, 'has');
    tokens.push({ kind: 'has', value: label, offset: pos });
    return end;
  }
  if (text.startsWith('all(', pos)) {
    tokens.push({ kind: 'all', value: '', offset: pos });
    return expectCloseParen(text, pos + 'all('.length, 'all');
  }
  if (text.startsWith('global(', pos)) {
    tokens.push({ kind: 'global', value: '', offset: pos });
    return expectCloseParen(text, pos + 'global('.length, 'global');
  }
  const label = readIdentifier(text, pos);
  tokens.push({ kind: 'label', value: label, offset: pos });
  return pos + label.length;
}

function describeToken(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'end of selector';
    case 'label':
      return `label ${JSON.stringify(t.value)}`;
    case 'string':
      return `string ${JSON.stringify(t.value)}`;
    case 'has':
      return `has(${t.value})`;
    default:
      return `'${TOKEN_TEXT[t.kind]}'`;
  }
}

const TOKEN_TEXT: Record<TokenKind, string> = {
  label: 'label',
  string: 'string',
  lbrace: '{',
  rbrace: '}',
  comma: ',',
  eq: '==',
  neq: '!=',
  not: '!',
  in: 'in',
  notIn: 'not in',
  contains: 'contains',
  startsWith: 'starts with',
  endsWith: 'ends with',
  all: 'all()',
  global: 'global()',
  has: 'has()',
  lparen: '(',
  rparen: ')',
  and: '&&',
  or: '||',
  eof: 'end of selector',
};

/**
 * Compares strings by code point, which equals Go's byte-wise comparison of UTF-8 strings. UTF-16
 * code units order the same way until a surrogate meets a unit above it (U+1F600 against U+FFFF),
 * so units are compared directly and only a difference at a surrogate goes point by point.
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return compareByIterators(a, b);
    return x - y;
  }
  return a.length - b.length;
}

function compareByIterators(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done === true) return cb.done === true ? 0 : -1;
    if (cb.done === true) return 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

/** Sorts and de-duplicates set members, like `ConvertToStringSetInPlace` (SELECTORS.md §4). */
function toStringSet(values: readonly string[]): string[] {
  const sorted = [...values].sort(compareCodePoints);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** Recursive-descent parser over the token list (grammar in SELECTORS.md §2). */
class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The token `ahead` places on; past the end it is the final `eof`. */
  private peek(ahead = 0): Token {
    const t = this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
    if (t === undefined) throw new Error('tokenizer produced no eof token');
    return t;
  }

  private fail(message: string, t: Token): never {
    throw new SelectorSyntaxError(message, t.offset);
  }

  parseRoot(): SelectorNode {
    if (this.peek().kind === 'eof') return { kind: 'all' };
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'eof')
      this.fail(`unexpected ${describeToken(rest)} at end of selector`, rest);
    return node;
  }

  // Calico keeps each `||` (and `&&`) chain as one n-ary node and unwraps a chain of one, so
  // `a && b && c` is a single 3-operand group that prints as `(a && b && c)` (parser.go, §4).
  private parseOr(): SelectorNode {
    const operands = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      this.pos++;
      operands.push(this.parseAnd());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'or', operands };
  }

  private parseAnd(): SelectorNode {
    const operands = [this.parseOperation()];
    while (this.peek().kind === 'and') {
      this.pos++;
      operands.push(this.parseOperation());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'and', operands };
  }

  // Leading `!`s collapse to one flag, so an even count cancels out and `!` covers only the next
  // operation (SELECTORS.md §2).
  private parseOperation(): SelectorNode {
    let negated = false;
    while (this.peek().kind === 'not') {
      negated = !negated;
      this.pos++;
    }
    const node = this.parseAtom();
    return negated ? { kind: 'not', operand: node } : node;
  }

  private parseAtom(): SelectorNode {
    const t = this.peek();
    switch (t.kind) {
      case 'has':
        this.pos++;
        return { kind: 'has', label: t.value };
      case 'all':
        this.pos++;
        return { kind: 'all' };
      case 'global':
        this.pos++;
        return { kind: 'global' };
      case 'label':
        this.pos++;
        return this.parseComparison(t.value);
      case 'lparen': {
        this.pos++;
        const inner = this.parseOr();
        const close = this.peek();
        if (close.kind !== 'rparen')
          this.fail(`expected ')' but found ${describeToken(close)}`, close);
        this.pos++;
        return inner;
      }
      default:
        return this.fail(`unexpected ${describeToken(t)}`, t);
    }
  }

  /** After a label: an operator and its string or set literal (no label-versus-label forms). */
  private parseComparison(label: string): SelectorNode {
    const op = this.peek();
    switch (op.kind) {
      case 'eq':
      case 'neq':
      case 'contains':
      case 'startsWith':
      case 'endsWith': {
        this.pos++;
        const value = this.expectString(op);
        return { kind: op.kind, label, value };
      }
      case 'in':
      case 'notIn': {
        this.pos++;
        return { kind: op.kind, label, values: this.parseSet(op) };
      }
      default:
        return this.fail(
          `expected an operator after label ${JSON.stringify(label)}, found ${describeToken(op)}`,
          op,
        );
    }
  }

  private expectString(op: Token): string {
    const t = this.peek();
    if (t.kind !== 'string') {
      this.fail(
        `expected a quoted string after '${TOKEN_TEXT[op.kind]}' but found ${describeToken(t)}`,
        t,
      );
    }
    this.pos++;
    return t.value;
  }

  // `{` [string {`,` string} [`,`]] `}`: empty sets and a trailing comma are accepted, as in
  // parser.go's loop (SELECTORS.md §2).
  private parseSet(op: Token): string[] {
    const open = this.peek();
    if (open.kind !== 'lbrace') {
      this.fail(
        `expected '{' after '${TOKEN_TEXT[op.kind]}' but found ${describeToken(open)}`,
        open,
      );
    }
    this.pos++;
    const values: string[] = [];
    while (this.peek().kind === 'string') {
      values.push(this.peek().value);
      this.pos++;
      if (this.peek().kind !== 'comma') break;
      this.pos++;
    }
    const close = this.peek();
    if (close.kind !== 'rbrace') this.fail(`expected '}' but found ${describeToken(close)}`, close);
    this.pos++;
    return toStringSet(values);
  }
}

/** Parses a Calico selector; empty or blank (spaces/tabs only) text means `all()`. */
export function parseSelector(text: string): SelectorParseResult {
  try {
    const selector = new Parser(tokenize(text)).parseRoot();
    return { ok: true, selector };
  } catch (e) {
    if (e instanceof SelectorSyntaxError) {
      return { ok: false, error: { message: e.message, offset: e.offset } };
    }
    throw e;
  }
}

/** True if Calico would accept `text` as a selector. */
export function isValidSelector(text: string): boolean {
  return parseSelector(text).ok;
}

function labelValue(labels: Readonly<Record<string, string>>, key: string): string | undefined {
  // Own keys only, so `has(constructor)` does not see Object.prototype.
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** Evaluates a selector against a label map, byte-exact and case-sensitive (SELECTORS.md §3). */
export function matchSelector(
  sel: SelectorNode,
  labels: Readonly<Record<string, string>>,
): boolean {
  switch (sel.kind) {
    case 'all':
    case 'global':
      // global() evaluates like all(); it only means something structurally (SELECTORS.md §3).
      return true;
    case 'has':
      return labelValue(labels, sel.label) !== undefined;
    case 'eq':
    case 'contains':
    case 'startsWith':
    case 'endsWith': {
      const v = labelValue(labels, sel.label);
      if (v === undefined) return false;
      if (sel.kind === 'eq') return v === sel.value;
      if (sel.kind === 'contains') return v.includes(sel.value);
      return sel.kind === 'startsWith' ? v.startsWith(sel.value) : v.endsWith(sel.value);
    }
    case 'neq': {
      // An absent label is "not equal" (SELECTORS.md §3).
      const v = labelValue(labels, sel.label);
      return v === undefined || v !== sel.value;
    }
    case 'in': {
      const v = labelValue(labels, sel.label);
      return v !== undefined && sel.values.includes(v);
    }
    case 'notIn': {
      // An absent label is "not in" any set (SELECTORS.md §3).
      const v = labelValue(labels, sel.label);
      return v === undefined || !sel.values.includes(v);
    }
    case 'not':
      return !matchSelector(sel.operand, labels);
    case 'and':
      return sel.operands.every((op) => matchSelector(op, labels));
    case 'or':
      return sel.operands.some((op) => matchSelector(op, labels));
    default:
      return assertNever(sel);
  }
}

/** The canonical printer's quoting: double quotes unless the value has one (SELECTORS.md §4). */
function quoteCanonical(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

const BINARY_OPERATOR_TEXT = {
  eq: '==',
  neq: '!=',
  contains: 'contains',
  startsWith: 'starts with',
  endsWith: 'ends with',
} as const;

/**
 * Prints Calico's canonical `String()` form (SELECTORS.md §4). Output of a parsed selector
 * re-parses to itself; a hand-built tree whose value holds both quote kinds cannot.
 */
export function printSelector(sel: SelectorNode): string {
  switch (sel.kind) {
    case 'all':
      return 'all()';
    case 'global':
      return 'global()';
    case 'has':
      return `has(${sel.label})`;
    case 'eq':
    case 'neq':
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      return `${sel.label} ${BINARY_OPERATOR_TEXT[sel.kind]} ${quoteCanonical(sel.value)}`;
    case 'in':
    case 'notIn': {
      // Sorted again so a hand-built node prints as Calico would print it after parsing.
      const members = toStringSet(sel.values).map(quoteCanonical).join(', ');
      return `${sel.label} ${sel.kind === 'in' ? 'in' : 'not in'} {${members}}`;
    }
    case 'not':
      // No space and no added parentheses: `!a == "b"` (SELECTORS.md §4).
      return `!${printSelector(sel.operand)}`;
    case 'and':
    case 'or': {
      // Every group is parenthesised, even at the top level, and never flattened (§4).
      if (sel.operands.length === 0) throw new Error(`cannot print an empty '${sel.kind}' group`);
      const joiner = sel.kind === 'and' ? ' && ' : ' || ';
      return `(${sel.operands.map(printSelector).join(joiner)})`;
    }
    default:
      return assertNever(sel);
  }
}

/**
 * Quotes one value as a selector string literal: single quotes unless the value contains one, then
 * double quotes. Throws if it contains both, which no literal can hold (SELECTORS.md §1).
 */
export function quoteSelectorValue(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new Error(
    `label value ${JSON.stringify(value)} has both ' and ", which no selector literal can hold`,
  );
}

/** A whole label key of `isIdentifierChar` characters, tested in one go: keys are written often. */
const LABEL_KEY = /^[a-zA-Z0-9_./-]+$/;

function isSelectorLabelKey(key: string): boolean {
  return key.length <= MAX_LABEL_LENGTH && LABEL_KEY.test(key);
}

/**
 * Builds `key == 'value' && key2 == 'value2'` from labels (sorted by key), quoting per Calico's
 * rules: single quotes unless the value contains a single quote, then double quotes. Empty labels
 * => 'all()'. Throws if a value contains both quote kinds (Calico cannot express it) or a key is
 * not a selector label name (SELECTORS.md §1).
 */
export function selectorFromLabels(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels).sort(([a], [b]) => compareCodePoints(a, b));
  if (entries.length === 0) return 'all()';
  return entries
    .map(([key, value]) => {
      if (!isSelectorLabelKey(key)) {
        throw new Error(`label key ${JSON.stringify(key)} cannot be written in a Calico selector`);
      }
      return `${key} == ${quoteSelectorValue(value)}`;
    })
    .join(' && ');
}
