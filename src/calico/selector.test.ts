import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { SelectorNode } from './selector';
import {
  isValidSelector,
  matchSelector,
  parseSelector,
  printSelector,
  quoteSelectorValue,
  selectorFromLabels,
} from './selector';

/** Parses or fails the test with the parser's message, so a broken case says why. */
function parse(text: string): SelectorNode {
  const r = parseSelector(text);
  if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${r.error.message} at ${r.error.offset}`);
  return r.selector;
}

function canonical(text: string): string {
  return printSelector(parse(text));
}

function errorOffset(text: string): number | undefined {
  const r = parseSelector(text);
  return r.ok ? undefined : r.error.offset;
}

// ---------------------------------------------------------------------------------------------
// Vectors extracted from Calico's own tests (../shared/calico/SELECTORS.md §5), vendored byte for
// byte in reference/ (see reference/PROVENANCE.md). Read from disk and checked for shape: it is
// data from outside, not code the type checker has seen.

interface Vector {
  selector: string;
  labels: Record<string, string> | null;
  matches: boolean | null;
  parseError: boolean;
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string')
  );
}

function toVector(v: unknown, i: number): Vector {
  if (typeof v !== 'object' || v === null) throw new Error(`vector ${i} is not an object`);
  const { selector, labels, matches, parseError } = v as Record<string, unknown>;
  if (
    typeof selector !== 'string' ||
    !(labels === null || isStringRecord(labels)) ||
    !(matches === null || typeof matches === 'boolean') ||
    typeof parseError !== 'boolean'
  ) {
    throw new Error(`vector ${i} has an unexpected shape: ${JSON.stringify(v)}`);
  }
  return { selector, labels, matches, parseError };
}

const rawVectors: unknown = JSON.parse(
  readFileSync(new URL('../../reference/calico/selector-vectors.json', import.meta.url), 'utf8'),
);
if (!Array.isArray(rawVectors)) throw new Error('selector-vectors.json is not an array');
const vectors = rawVectors.map(toVector);

describe('Calico selector vectors (SELECTORS.md §5)', () => {
  it('has the 76 vectors the doc describes', () => {
    expect(vectors).toHaveLength(76);
    expect(vectors.filter((v) => v.parseError)).toHaveLength(10);
    expect(vectors.filter((v) => v.matches === true)).toHaveLength(12);
    expect(vectors.filter((v) => v.matches === false)).toHaveLength(17);
  });

  it.each(vectors.map((v, i) => ({ i, ...v })))(
    '#$i $selector',
    ({ selector, labels, matches, parseError }) => {
      const r = parseSelector(selector);
      expect(r.ok).toBe(!parseError);
      expect(isValidSelector(selector)).toBe(!parseError);
      if (!r.ok) return;
      // Calico's tests also check that the canonical form re-parses and matches the same way.
      const reparsed = parse(printSelector(r.selector));
      expect(printSelector(reparsed)).toBe(printSelector(r.selector));
      if (labels !== null && matches !== null) {
        expect(matchSelector(r.selector, labels)).toBe(matches);
        expect(matchSelector(reparsed, labels)).toBe(matches);
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Canonical form (SELECTORS.md §4).

describe('printSelector canonical form (SELECTORS.md §4)', () => {
  // parser_test.go canonicalisationTests, as tabled in §4.
  const canonicalisation: [string, string][] = [
    ['', 'all()'],
    [' all() ', 'all()'],
    [' (all() )', 'all()'],
    ['! (has( b)||! has(a ))', '!(has(b) || !has(a))'],
    ['! (a == "b"&&! c != "d")', '!(a == "b" && !c != "d")'],
    [`a == "'"`, `a == "'"`],
    [`a == '"'`, `a == '"'`],
    [`a contains '"'`, `a contains '"'`],
    [`a startswith '"'`, `a starts with '"'`],
    [`a endswith "'"`, `a ends with "'"`],
    [`a!='"'`, `a != '"'`],
    ['a in {"d", "a", "b"}', 'a in {"a", "b", "d"}'],
    ['a in {"z", "z", "x", "y", "x", "a"}', 'a in {"a", "x", "y", "z"}'],
  ];

  // The Visitor table of parser_test.go, with its `visited/` label prefix taken off.
  const visitor: [string, string][] = [
    [`k == 'v'`, 'k == "v"'],
    [`k != 'v'`, 'k != "v"'],
    [`k contains 'v'`, 'k contains "v"'],
    [`k starts with 'v'`, 'k starts with "v"'],
    [`k ends with 'v'`, 'k ends with "v"'],
    [`k == 'v' && x == 'y'`, '(k == "v" && x == "y")'],
    [`k == 'v' || has(x)`, '(k == "v" || has(x))'],
    [`!(k == 'v')`, '!k == "v"'],
    [`k in {'v'}`, 'k in {"v"}'],
    [`k not in {'v'}`, 'k not in {"v"}'],
    [
      `!(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'}))`,
      '!(!((k == "v" && has(t)) || all()) && a in {"b", "c"})',
    ],
  ];

  it.each([...canonicalisation, ...visitor])('%j prints as %j and round-trips', (input, want) => {
    expect(canonical(input)).toBe(want);
    expect(canonical(want)).toBe(want);
  });

  it('keeps an unbracketed chain as one n-ary group, as parser.go builds it', () => {
    expect(parse(`a == 'x' && b == 'y' && c == 'z'`)).toEqual({
      kind: 'and',
      operands: [
        { kind: 'eq', label: 'a', value: 'x' },
        { kind: 'eq', label: 'b', value: 'y' },
        { kind: 'eq', label: 'c', value: 'z' },
      ],
    });
    expect(canonical(`a == 'x' && b == 'y' && c == 'z'`)).toBe(
      '(a == "x" && b == "y" && c == "z")',
    );
    expect(canonical('has(a) || has(b) || has(c)')).toBe('(has(a) || has(b) || has(c))');
  });

  it('does not flatten bracketed groups', () => {
    expect(canonical(`(a == 'x' && b == 'y') && c == 'z'`)).toBe(
      '((a == "x" && b == "y") && c == "z")',
    );
    expect(canonical(`a == 'x' && (b == 'y' && c == 'z')`)).toBe(
      '(a == "x" && (b == "y" && c == "z"))',
    );
  });

  it('binds && tighter than ||', () => {
    expect(canonical('has(a) || has(b) && has(c) || has(d)')).toBe(
      '(has(a) || (has(b) && has(c)) || has(d))',
    );
  });

  it('applies ! to the single following operation only', () => {
    expect(parse(`!a == 'x' && b == 'y'`)).toEqual({
      kind: 'and',
      operands: [
        { kind: 'not', operand: { kind: 'eq', label: 'a', value: 'x' } },
        { kind: 'eq', label: 'b', value: 'y' },
      ],
    });
    expect(canonical('!!has(a)')).toBe('has(a)');
    expect(canonical('!! ! has(a)')).toBe('!has(a)');
  });

  it('prints global(), empty sets, not-in and empty literals', () => {
    expect(canonical(' global( ) ')).toBe('global()');
    expect(canonical('a in {}')).toBe('a in {}');
    expect(canonical(`a not in {'b', "a"}`)).toBe('a not in {"a", "b"}');
    expect(canonical(`a == ''`)).toBe('a == ""');
    expect(canonical(`a in {'"', "'"}`)).toBe(`a in {'"', "'"}`);
  });

  it('sorts set members by code point, which is Go byte order', () => {
    // UTF-16 order would put U+1F600 (a surrogate pair) before U+FFFF; UTF-8 bytes do not.
    expect(parse(`a in {'\u{1F600}', '\uFFFF', 'b', 'B'}`)).toEqual({
      kind: 'in',
      label: 'a',
      values: ['B', 'b', '\uFFFF', '\u{1F600}'],
    });
    // A prefix first; pairs among themselves, and against text they share a first unit with.
    expect(
      parse(`a in {'ab', 'a', '\u{1F601}', '\u{1F600}x', '\u{1F600}', '\uE000', 'abc'}`),
    ).toEqual({
      kind: 'in',
      label: 'a',
      values: ['a', 'ab', 'abc', '\uE000', '\u{1F600}', '\u{1F600}x', '\u{1F601}'],
    });
  });

  it('sorts and de-duplicates a hand-built set when printing', () => {
    expect(printSelector({ kind: 'in', label: 'a', values: ['c', 'a', 'c'] })).toBe(
      'a in {"a", "c"}',
    );
  });

  it('refuses to print an empty group, which Calico never builds', () => {
    expect(() => printSelector({ kind: 'or', operands: [] })).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Lexical rules and grammar edges (SELECTORS.md §1, §2).

describe('parseSelector lexical rules (SELECTORS.md §1)', () => {
  it.each([
    ['newline between tokens', `a == 'b'\n&& c == 'd'`],
    ['trailing newline', `a == 'b'\n`],
    ['carriage return', `a == 'b'\r\n`],
    ['lone newline', '\n'],
    ['has with a space before (', 'has (a)'],
    ['empty has()', 'has()'],
    ['unclosed has(', 'has(foo'],
    ['unclosed all(', 'all('],
    ['all with an argument', 'all(a)'],
    ['single =', `a = 'b'`],
    ['single &', `has(a) & has(b)`],
    ['single |', `has(a) | has(b)`],
    ['trailing tokens', `a == "b" a`],
    ['bare label', 'b'],
    ['label then blanks', 'a '],
    ['label == label', 'b == b'],
    ['label starts with label', 'b starts with b'],
    ['label ends with label', 'b ends with b'],
    ['two labels', 'a b'],
    ['lone !', '!'],
    ['dangling &&', 'has(foo) &&'],
    ['dangling ||', `foo == "bar" ||`],
    ['!= with no value', 'foo != ||'],
    ['in without braces', 'foo in ""'],
    ['unterminated double-quoted literal', '"FOO'],
    ['mismatched quotes', `"FOO'`],
    ['unterminated single-quoted literal', `'FOO`],
    ['lone (', '('],
    ['lone )', ')'],
    ['keyword with no word boundary: inf', `a inf {'x'}`],
    ['keyword with no word boundary: ends withs', `a ends withs 'x'`],
    ['keyword glued to the label', `labelcontains "v"`],
    ['colon after label', `kubernetes.io/hostname: == 'x'`],
    ['plain words', 'this is not valid selector syntax'],
    ['set without closing brace', `a in {'x'`],
    ['set with a leading comma', `a in {,}`],
    ['set members without a comma', `a in {'x' 'y'}`],
    ['non-ASCII label', `ä == 'x'`],
    ['label of 513 characters', `${'a'.repeat(513)} == 'x'`],
    ['has() label of 513 characters', `has(${'a'.repeat(513)})`],
  ])('rejects %s', (_name, text) => {
    expect(parseSelector(text).ok).toBe(false);
    expect(isValidSelector(text)).toBe(false);
  });

  it.each([
    ['spaces and tabs as whitespace', `\t a == 'b'\t&&\thas(c) `, '(a == "b" && has(c))'],
    ['blanks inside has()', 'has( foo\t)', 'has(foo)'],
    ['blanks inside all()', 'all( )', 'all()'],
    ['startswith', `a startswith 'x'`, 'a starts with "x"'],
    ['starts, spaces and a tab, with', `a starts  \t with 'x'`, 'a starts with "x"'],
    ['endswith', `a endswith 'x'`, 'a ends with "x"'],
    ['notin', `a notin {'x'}`, 'a not in {"x"}'],
    ['not   in', `a not   in {'x'}`, 'a not in {"x"}'],
    ['keyword followed by a quote', `label contains"value"`, 'label contains "value"'],
    ['in followed by a brace', `a in{'x'}`, 'a in {"x"}'],
    ['no blanks at all', `a=='b'&&!has(c)||d!="e"`, '((a == "b" && !has(c)) || d != "e")'],
    [
      'keyword words as label names',
      `contains == 'x' && in in {'y'}`,
      '(contains == "x" && in in {"y"})',
    ],
    ['startswith as a label name', 'has(startswith)', 'has(startswith)'],
    ['all the label characters', 'has(calico/k8s_NS-.1/role)', 'has(calico/k8s_NS-.1/role)'],
    ['a trailing comma in a set', `a in {'x', 'y',}`, 'a in {"x", "y"}'],
    ['an empty set', 'a not in {}', 'a not in {}'],
    ['a newline inside a literal', `a == 'x\ny'`, 'a == "x\ny"'],
    ['non-ASCII inside a literal', `a == 'ä'`, 'a == "ä"'],
    ['blank-only input', ' \t ', 'all()'],
    ['label of 512 characters', `${'a'.repeat(512)} == 'x'`, `${'a'.repeat(512)} == "x"`],
  ])('accepts %s', (_name, text, want) => {
    expect(canonical(text)).toBe(want);
  });
});

describe('parse error offsets', () => {
  it.each([
    // [input, offset, why]
    [`a == 'b'\n`, 8, 'the newline'],
    ['has (a)', 4, 'the ( after the label "has"'],
    ['has()', 4, 'where the label should be'],
    ['has(foo', 7, 'where ) should be'],
    [`a == 'b`, 5, 'the opening quote of the unterminated literal'],
    [`a = 'b'`, 2, 'the lone ='],
    [`has(a) & has(b)`, 7, 'the lone &'],
    [`a == b`, 5, 'the label where a string should be'],
    [`a inf {'x'}`, 2, 'the word that is not an operator'],
    [`a == "b" a`, 9, 'the trailing label'],
    ['has(foo) &&', 11, 'the end of the input'],
    [`(a == "foo"`, 11, 'the end, where ) is missing'],
    [`foo in ""`, 7, 'the string where { should be'],
    [`a in {'x' 'y'}`, 10, 'the second member, where } or , should be'],
    ['()', 1, 'the ) where an operation should be'],
    [`${'a'.repeat(513)} == 'x'`, 512, 'the 513th label character'],
  ])('%j fails at %i (%s)', (text, offset) => {
    expect(errorOffset(text)).toBe(offset);
  });

  it('reports a lexical error before an earlier grammar error, as Calico tokenizes first', () => {
    expect(errorOffset('b == b %')).toBe(7);
  });

  it('gives a readable message', () => {
    const r = parseSelector(`a == b`);
    expect(r).toEqual({
      ok: false,
      error: { message: `expected a quoted string after '==' but found label "b"`, offset: 5 },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Matching (SELECTORS.md §3).

describe('matchSelector (SELECTORS.md §3)', () => {
  const absent = {};
  const present = { k: 'abc' };
  it.each([
    ['has(k)', false, true],
    [`k == 'abc'`, false, true],
    [`k == 'ABC'`, false, false],
    [`k != 'abc'`, true, false],
    [`k != 'x'`, true, true],
    [`k in {'abc', 'x'}`, false, true],
    [`k in {}`, false, false],
    [`k not in {'abc'}`, true, false],
    [`k not in {}`, true, true],
    [`k contains 'b'`, false, true],
    [`k contains ''`, false, true],
    [`k starts with 'ab'`, false, true],
    [`k starts with 'bc'`, false, false],
    [`k ends with 'bc'`, false, true],
    [`k ends with 'ab'`, false, false],
    ['all()', true, true],
    ['global()', true, true],
  ])('%s: absent %s, present with "abc" %s', (text, whenAbsent, whenPresent) => {
    const sel = parse(text);
    expect(matchSelector(sel, absent)).toBe(whenAbsent);
    expect(matchSelector(sel, present)).toBe(whenPresent);
  });

  it('ignores inherited properties of the label object', () => {
    expect(matchSelector(parse('has(constructor)'), {})).toBe(false);
    expect(matchSelector(parse('toString != "x"'), {})).toBe(true);
    expect(matchSelector(parse('has(constructor)'), { constructor: 'x' })).toBe(true);
  });

  it('treats an empty value as present', () => {
    expect(matchSelector(parse('has(k)'), { k: '' })).toBe(true);
    expect(matchSelector(parse(`k == ''`), { k: '' })).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Building selectors from labels.

describe('quoteSelectorValue and selectorFromLabels', () => {
  it('prefers single quotes, falling back to double quotes', () => {
    expect(quoteSelectorValue('web')).toBe(`'web'`);
    expect(quoteSelectorValue('')).toBe(`''`);
    expect(quoteSelectorValue('say "hi"')).toBe(`'say "hi"'`);
    expect(quoteSelectorValue(`it's`)).toBe(`"it's"`);
    expect(() => quoteSelectorValue(`it's "x"`)).toThrow(/both/);
  });

  it('builds an && chain sorted by key', () => {
    expect(selectorFromLabels({})).toBe('all()');
    expect(selectorFromLabels({ app: 'web' })).toBe(`app == 'web'`);
    expect(selectorFromLabels({ tier: 'front', app: 'web', 'app.kubernetes.io/name': 'x' })).toBe(
      `app == 'web' && app.kubernetes.io/name == 'x' && tier == 'front'`,
    );
  });

  it('round-trips values with quotes through parse and match', () => {
    const labels = { a: `it's`, b: 'say "hi"', c: '', d: 'x && y || !z' };
    const text = selectorFromLabels(labels);
    expect(text).toBe(`a == "it's" && b == 'say "hi"' && c == '' && d == 'x && y || !z'`);
    const sel = parse(text);
    expect(matchSelector(sel, labels)).toBe(true);
    expect(matchSelector(sel, { ...labels, extra: 'ok' })).toBe(true);
    expect(matchSelector(sel, { ...labels, a: 'its' })).toBe(false);
  });

  it('throws where Calico cannot express the labels', () => {
    expect(() => selectorFromLabels({ a: `'"` })).toThrow(/both/);
    expect(() => selectorFromLabels({ 'bad key': 'x' })).toThrow(/label key/);
    expect(() => selectorFromLabels({ '': 'x' })).toThrow(/label key/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties.

const labelKeyArb = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789./_-'.split('')),
  minLength: 1,
  maxLength: 12,
});

/** Values that a selector literal can hold: anything but both quote kinds at once. */
const labelValueArb = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(`'`, `"`, ' ', '\t', '\n', '&', '|', '!', '(', ')', '{', '}', ',', '='),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  })
  .filter((v) => !(v.includes(`'`) && v.includes(`"`)));

const labelsArb = fc.dictionary(labelKeyArb, labelValueArb, { maxKeys: 6 });

/**
 * Trees that Calico's parser can build: groups have at least two operands and `not` never wraps
 * `not` (leading `!`s collapse), so printing then parsing gives the same tree back.
 */
const { node: selectorArb } = fc.letrec<{ node: SelectorNode; operand: SelectorNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<SelectorNode>({ kind: 'all' }),
    fc.constant<SelectorNode>({ kind: 'global' }),
    labelKeyArb.map((label): SelectorNode => ({ kind: 'has', label })),
    fc
      .tuple(
        fc.constantFrom('eq', 'neq', 'contains', 'startsWith', 'endsWith' as const),
        labelKeyArb,
        labelValueArb,
      )
      .map(([kind, label, value]): SelectorNode => ({ kind, label, value })),
    fc
      .tuple(
        fc.constantFrom('in', 'notIn' as const),
        labelKeyArb,
        fc.uniqueArray(labelValueArb, { maxLength: 4 }),
      )
      .map(([kind, label, values]): SelectorNode => ({
        kind,
        label,
        // Go sorts by UTF-8 bytes; Buffer.compare checks the parser's code-point sort.
        values: [...values].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
      })),
    tie('operand')
      .filter((operand) => operand.kind !== 'not')
      .map((operand): SelectorNode => ({ kind: 'not', operand })),
    fc
      .tuple(
        fc.constantFrom('and', 'or' as const),
        fc.array(tie('operand'), { minLength: 2, maxLength: 4 }),
      )
      .map(([kind, operands]): SelectorNode => ({ kind, operands })),
  ),
  operand: tie('node'),
}));

describe('properties', () => {
  it('a selector built from labels matches those labels and prints stably', () => {
    fc.assert(
      fc.property(labelsArb, (labels) => {
        const sel = parse(selectorFromLabels(labels));
        expect(matchSelector(sel, labels)).toBe(true);
        const printed = printSelector(sel);
        expect(printSelector(parse(printed))).toBe(printed);
      }),
    );
  });

  it('printSelector output re-parses to an equal print, tree and verdict', () => {
    fc.assert(
      fc.property(selectorArb, labelsArb, (sel, labels) => {
        const printed = printSelector(sel);
        const reparsed = parse(printed);
        expect(reparsed).toEqual(sel);
        expect(printSelector(reparsed)).toBe(printed);
        expect(matchSelector(reparsed, labels)).toBe(matchSelector(sel, labels));
      }),
    );
  });
});
