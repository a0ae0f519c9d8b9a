/**
 * A tiny tokenizer for the YAML our emitter writes (src/calico/toYaml.ts): block mappings and
 * sequences, plain or quoted scalars, full-line comments and `---`. It colours; it does not parse,
 * and any line it does not understand comes back as one plain token, so nothing is ever lost.
 */

export type YamlTokenType =
  'comment' | 'docStart' | 'key' | 'punct' | 'string' | 'quoted' | 'number' | 'literal' | 'space';

export interface YamlToken {
  type: YamlTokenType;
  text: string;
}

const QUOTED = /^(?:'(?:[^']|'')*'|"(?:[^"\\]|\\.)*")/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const LITERAL = /^(?:true|false|null|~)$/;
const FLOW_EMPTY = /^(?:\[\]|\{\})$/;

function scalarType(text: string): YamlTokenType {
  if (QUOTED.test(text)) return 'quoted';
  if (FLOW_EMPTY.test(text)) return 'punct';
  if (LITERAL.test(text)) return 'literal';
  if (NUMBER.test(text)) return 'number';
  return 'string';
}

/** A scalar with an optional trailing ` # comment` (a plain scalar cannot contain ` #`). */
function pushScalar(out: YamlToken[], text: string): void {
  const quoted = QUOTED.exec(text);
  const cut = quoted ? text.indexOf(' #', quoted[0].length) : text.indexOf(' #');
  const value = cut < 0 ? text : text.slice(0, cut);
  if (value) out.push({ type: scalarType(value), text: value });
  if (cut >= 0) out.push({ type: 'comment', text: text.slice(cut) });
}

/** The key of a `key: value` or `key:` entry at the start of `rest`, if there is one. */
function keyAt(rest: string): string | undefined {
  const quoted = QUOTED.exec(rest);
  if (quoted) {
    return /^:(?:\s|$)/.test(rest.slice(quoted[0].length)) ? quoted[0] : undefined;
  }
  const m = /^([^\s#'"][^#]*?):(?:\s|$)/.exec(rest);
  return m?.[1];
}

/** The tokens of one line; their texts concatenate back to the line. */
export function tokenizeYamlLine(line: string): YamlToken[] {
  if (/^---(?:\s|$)/.test(line)) return [{ type: 'docStart', text: line }];
  const out: YamlToken[] = [];
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  if (indent) out.push({ type: 'space', text: indent });
  let rest = line.slice(indent.length);
  let dash = /^-(?:\s+|$)/.exec(rest);
  while (dash) {
    out.push({ type: 'punct', text: '-' });
    if (dash[0].length > 1) out.push({ type: 'space', text: dash[0].slice(1) });
    rest = rest.slice(dash[0].length);
    dash = /^-(?:\s+|$)/.exec(rest);
  }
  if (!rest) return out;
  if (rest.startsWith('#')) {
    out.push({ type: 'comment', text: rest });
    return out;
  }
  const key = keyAt(rest);
  if (key === undefined) {
    pushScalar(out, rest);
    return out;
  }
  out.push({ type: 'key', text: key }, { type: 'punct', text: ':' });
  rest = rest.slice(key.length + 1);
  const gap = /^\s*/.exec(rest)?.[0] ?? '';
  if (gap) out.push({ type: 'space', text: gap });
  rest = rest.slice(gap.length);
  if (rest.startsWith('#')) out.push({ type: 'comment', text: rest });
  else if (rest) pushScalar(out, rest);
  return out;
}

/**
 * Every line of a YAML text, tokenized; a final newline does not make an extra empty line. With a
 * `cache`, an unchanged line yields the very same token array, so a memoised line skips rendering.
 */
export function tokenizeYaml(yaml: string, cache?: Map<string, YamlToken[]>): YamlToken[][] {
  const lines = yaml.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (!cache) return lines.map(tokenizeYamlLine);
  // Bounded: a session of edits must not grow it without end.
  if (cache.size > 50_000) cache.clear();
  return lines.map((line) => {
    let tokens = cache.get(line);
    if (!tokens) {
      tokens = tokenizeYamlLine(line);
      cache.set(line, tokens);
    }
    return tokens;
  });
}
