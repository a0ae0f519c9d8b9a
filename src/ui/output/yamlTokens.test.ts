import { generate } from '../../generator/generate';
import { guideExample } from '../../model/examples';
import { tokenizeYaml, tokenizeYamlLine, type YamlToken } from './yamlTokens';

const typed = (tokens: YamlToken[]) =>
  tokens.filter((x) => x.type !== 'space').map((x) => `${x.type}:${x.text}`);

describe('tokenizeYamlLine', () => {
  it('splits keys, punctuation and scalars by kind', () => {
    expect(typed(tokenizeYamlLine('  name: allow-cluster-ips'))).toEqual([
      'key:name',
      'punct::',
      'string:allow-cluster-ips',
    ]);
    expect(typed(tokenizeYamlLine('  order: 100'))).toEqual(['key:order', 'punct::', 'number:100']);
    expect(typed(tokenizeYamlLine('  preDNAT: true'))).toEqual([
      'key:preDNAT',
      'punct::',
      'literal:true',
    ]);
    expect(typed(tokenizeYamlLine("      - '30000:32767'"))).toEqual([
      'punct:-',
      "quoted:'30000:32767'",
    ]);
    expect(typed(tokenizeYamlLine('  - action: Allow'))).toEqual([
      'punct:-',
      'key:action',
      'punct::',
      'string:Allow',
    ]);
    expect(typed(tokenizeYamlLine('  ingress:'))).toEqual(['key:ingress', 'punct::']);
    expect(typed(tokenizeYamlLine('      - 10.20.30.40/32'))).toEqual([
      'punct:-',
      'string:10.20.30.40/32',
    ]);
    expect(typed(tokenizeYamlLine("  selector: k8s-role == 'node'"))).toEqual([
      'key:selector',
      'punct::',
      "string:k8s-role == 'node'",
    ]);
    expect(typed(tokenizeYamlLine("  'a: b': 'x # y' # note"))).toEqual([
      "key:'a: b'",
      'punct::',
      "quoted:'x # y'",
      'comment: # note',
    ]);
    expect(typed(tokenizeYamlLine('  labels: {}'))).toEqual(['key:labels', 'punct::', 'punct:{}']);
    expect(typed(tokenizeYamlLine('# GlobalNetworkPolicy x'))).toEqual([
      'comment:# GlobalNetworkPolicy x',
    ]);
    expect(typed(tokenizeYamlLine('---'))).toEqual(['docStart:---']);
  });

  it('loses no character of any generated line', () => {
    for (const profile of ['hardened', 'guide'] as const) {
      const r = generate(guideExample, { profile });
      if (!r.ok) throw new Error('guide example must generate');
      const lines = r.yaml.split('\n').slice(0, -1);
      const tokens = tokenizeYaml(r.yaml);
      expect(tokens.map((line) => line.map((x) => x.text).join(''))).toEqual(lines);
    }
  });

  it('returns the same tokens for an unchanged line when given a cache', () => {
    const cache = new Map<string, YamlToken[]>();
    const a = tokenizeYaml('a: 1\nb: 2\n', cache);
    const b = tokenizeYaml('a: 1\nb: 3\n', cache);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[1]);
  });
});
