import fc from 'fast-check';
import { dump, load, YAML11_SCHEMA } from 'js-yaml';
import { resourceToYaml, toYamlStreamWithSpans } from './toYaml';
import type { Resource } from './types';

const asResource = (v: unknown) => v as Resource;

describe('resourceToYaml', () => {
  it('writes kubectl-style YAML', () => {
    const yaml = resourceToYaml(
      asResource({
        apiVersion: 'projectcalico.org/v3',
        kind: 'GlobalNetworkPolicy',
        metadata: { name: 'x', labels: { 'example.com/role': 'true' } },
        spec: {
          order: 100,
          selector: "k8s-role == 'node'",
          types: ['Ingress'],
          preDNAT: true,
          ingress: [{ action: 'Allow', destination: { ports: [80, '30000:32767', '1:20'] } }],
        },
      }),
    );
    expect(yaml).toBe(
      [
        'apiVersion: projectcalico.org/v3',
        'kind: GlobalNetworkPolicy',
        'metadata:',
        '  name: x',
        '  labels:',
        "    example.com/role: 'true'",
        'spec:',
        '  order: 100',
        "  selector: k8s-role == 'node'",
        '  types:',
        '  - Ingress',
        '  preDNAT: true',
        '  ingress:',
        '  - action: Allow',
        '    destination:',
        '      ports:',
        '      - 80',
        "      - '30000:32767'",
        "      - '1:20'",
        '',
      ].join('\n'),
    );
  });

  it.each([
    'yes',
    'on',
    'off',
    'null',
    '~',
    '0777',
    '0x1f',
    '1:20',
    '1e3',
    '.5',
    '2026-11-27',
    '',
    ' a',
    '- a',
    '#x',
    'a: b',
    '08',
    '1_0',
  ])('quotes %j so that YAML 1.1 readers keep it a string', (s) => {
    const yaml = resourceToYaml(asResource({ v: s }));
    expect(yaml.startsWith("v: '")).toBe(true);
    expect(load(yaml, { schema: YAML11_SCHEMA })).toEqual({ v: s });
  });

  it('round-trips any JSON-like resource through YAML 1.1 and 1.2 readers', () => {
    const key = fc.string({ minLength: 1, maxLength: 8 });
    const leaf = fc.oneof(
      fc.string({ maxLength: 12, unit: 'binary' }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('30000:32767', '10.20.30.40/32', 'yes', '0.5'),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(fc.oneof(leaf, tie('obj')), { maxLength: 4 }),
        tie('obj'),
      ),
      obj: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (obj) => {
        const yaml = resourceToYaml(asResource(obj));
        expect(load(yaml)).toEqual(obj);
        expect(load(yaml, { schema: YAML11_SCHEMA })).toEqual(obj);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back exactly like js-yaml own dump of the same object', () => {
    const obj = { a: [{ b: 'x', c: [1, 2] }], d: {}, e: [] };
    expect(load(resourceToYaml(asResource(obj)))).toEqual(load(dump(obj)));
  });
});

describe('toYamlStreamWithSpans', () => {
  it('gives the lines of each document and of each rule', () => {
    const policy = asResource({
      kind: 'GlobalNetworkPolicy',
      metadata: { name: 'p' },
      spec: {
        selector: 'all()',
        ingress: [{ action: 'Allow', source: { nets: ['10.0.0.0/8'] } }, { action: 'Deny' }],
      },
    });
    const bgp = asResource({ kind: 'BGPConfiguration', metadata: { name: 'default' } });
    const { text, spans } = toYamlStreamWithSpans(
      ['head'],
      [
        { comment: ['p'], resource: policy },
        { comment: ['b'], resource: bgp },
      ],
    );
    expect(text.split('\n')).toEqual([
      '# head',
      '---',
      '# p',
      'kind: GlobalNetworkPolicy',
      'metadata:',
      '  name: p',
      'spec:',
      '  selector: all()',
      '  ingress:',
      '  - action: Allow',
      '    source:',
      '      nets:',
      '      - 10.0.0.0/8',
      '  - action: Deny',
      '---',
      '# b',
      'kind: BGPConfiguration',
      'metadata:',
      '  name: default',
      '',
    ]);
    expect(spans).toEqual([
      {
        start: 3,
        end: 14,
        rules: [
          { rulePath: 'spec.ingress[0]', start: 10, end: 13 },
          { rulePath: 'spec.ingress[1]', start: 14, end: 14 },
        ],
      },
      { start: 16, end: 19, rules: [] },
    ]);
  });
});
