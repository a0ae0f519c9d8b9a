import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { arbitraryDesign } from '../../fixtures/arbitraryDesign';
import { uniqueCidrs } from '../generator/common';
import { generate } from '../generator/generate';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { designSchema, type Design } from '../model/design';
import { guideExample } from '../model/examples';
import { formatCidr, parseCidr } from '../net/ip';
import { designOnly } from './testdata/designOnly';
import { importYaml } from './importYaml';
import { GUIDE_AS_PRINTED } from './testdata/guideAsPrinted';
import type { ImportResult } from './types';

const SEVERITIES = new Set(['mapped', 'ignored', 'rejected', 'assumed', 'kept']);

/** Every item names a known message, fills all of its placeholders, and has a sane line. */
function expectWellFormed(r: ImportResult): void {
  for (const item of r.report.items) {
    expect(SEVERITIES.has(item.severity)).toBe(true);
    expect(Number.isInteger(item.line) && item.line >= 0).toBe(true);
    expect(Object.hasOwn(en, item.messageId)).toBe(true);
    for (const [, key] of en[item.messageId].matchAll(/\{(\w+)\}/g)) {
      expect(item.params, `${item.messageId} needs {${key}}`).toHaveProperty(key as string);
    }
    expect(typeof formatMessage(en[item.messageId], item.params)).toBe('string');
  }
  if (r.design) expect(designSchema.safeParse(r.design).success).toBe(true);
  // The importer skips what a design cannot hold; it never builds an invalid design.
  expect(r.report.items.filter((i) => i.messageId === 'import.designInvalid')).toEqual([]);
}

const canonical = (cidr: string) => {
  const c = parseCidr(cidr);
  return c ? formatCidr(c) : cidr;
};

const familyOf = (cidrOrIp: string) =>
  parseCidr(cidrOrIp)?.family ?? (cidrOrIp.includes(':') ? 6 : 4);

/**
 * Two limits of reading a design back from its YAML, both documented in importYaml.ts: an access
 * edge whose client has no CIDR of the service's family writes no client rule (the generator
 * lints it), and two clients with the same CIDRs of one family read back as one. The same CIDRs:
 * the same networks, as the rules list them (each once, canonical).
 */
function roundTrips(d: Design): boolean {
  const mismatched = d.access.some((a) => {
    const client = d.clients.find((c) => c.id === a.client);
    const service = d.services.find((s) => s.id === a.service);
    return !client?.cidrs.some((c) => familyOf(c) === familyOf(service?.clusterIP ?? ''));
  });
  const sets = d.clients.flatMap((c) =>
    [4, 6]
      .map((f) =>
        [...new Set(c.cidrs.filter((x) => familyOf(x) === f).map(canonical))].sort().join(),
      )
      .filter(Boolean),
  );
  return !mismatched && new Set(sets).size === sets.length;
}

/** Each access edge as "client CIDRs > cluster IP". */
const edgeKeys = (d: Design) =>
  d.access
    .map((a) => {
      const cidrs = uniqueCidrs(d.clients.find((c) => c.id === a.client)?.cidrs ?? []);
      const ip = d.services.find((s) => s.id === a.service)?.clusterIP;
      return `${[...cidrs].sort().join(',')} > ${ip ?? ''}`;
    })
    .sort();

describe('importYaml, for random valid designs', { timeout: 120_000 }, () => {
  it('reads generated YAML without its design back into the same clients and access, and again into itself', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const design = designSchema.parse(input);
        fc.pre(roundTrips(design) && design.output.profile === 'hardened');
        const first = generate(design);
        if (!first.ok) return;
        // The resources alone, as in a file edited after export.
        const r = importYaml(first.yaml.replace(/^# cipd-design: .*$/m, '#'));
        expectWellFormed(r);
        expect(r.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
        const rebuilt = r.design;
        // A network set holds each network once, in canonical form.
        const nets = (d: Design) => d.clients.map((c) => uniqueCidrs(c.cidrs));
        expect(rebuilt && nets(rebuilt)).toEqual(nets(design));
        expect(rebuilt && edgeKeys(rebuilt)).toEqual(edgeKeys(design));
        const again = rebuilt && generate(rebuilt);
        const second = again?.ok
          ? importYaml(again.yaml.replace(/^# cipd-design: .*$/m, '#'))
          : undefined;
        expect(second?.design && designOnly(second.design)).toEqual(rebuilt && designOnly(rebuilt));
        checked++;
      }),
      { numRuns: 60, endOnFailure: true },
    );
    expect(checked).toBeGreaterThan(20);
  });
});

const fixtureYaml = [
  ...['guide-example', 'local-mode', 'mixed', 'ipip'].flatMap((name) => {
    const d = designSchema.parse(
      JSON.parse(
        readFileSync(new URL(`../../fixtures/${name}/design.json`, import.meta.url), 'utf8'),
      ),
    );
    return (['hardened', 'guide'] as const).flatMap((profile) => {
      const r = generate(d, { profile });
      return r.ok ? [r.yaml] : [];
    });
  }),
  readFileSync(new URL('./testdata/hand-written.yaml', import.meta.url), 'utf8'),
  GUIDE_AS_PRINTED,
];

const KINDS = [
  'Service',
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'HostEndpoint',
  'BGPConfiguration',
  'Deployment',
];
const fragment = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    "k8s-role == 'node'",
    'all()',
    '10.20.30.40/32',
    '50.60.0.0/16',
    '192.168.0.0/16',
    '30000:32767',
    'TCP',
    'Allow',
    'Deny',
    80,
    true,
  ),
);
/** Documents shaped like the resources the importer reads, with random contents. */
const resourceLike = fc.record({
  apiVersion: fc.constantFrom('v1', 'projectcalico.org/v3', 'apps/v1'),
  kind: fc.constantFrom(...KINDS),
  metadata: fc.record({ name: fc.constantFrom('a', 'default', 'allow-cluster-ips', 'svc-a') }),
  spec: fc.record(
    {
      selector: fragment,
      preDNAT: fc.boolean(),
      applyOnForward: fc.boolean(),
      clusterIP: fc.constantFrom('10.20.30.40', 'None', '', 'fd00::1'),
      ports: fc.array(fc.record({ port: fragment, protocol: fragment, targetPort: fragment })),
      node: fragment,
      interfaceName: fragment,
      expectedIPs: fc.array(fragment),
      serviceClusterIPs: fc.array(fc.record({ cidr: fragment })),
      ingress: fc.array(
        fc.record(
          {
            action: fc.constantFrom('Allow', 'Deny', 'Pass'),
            protocol: fragment,
            source: fc.record(
              { nets: fc.array(fragment), selector: fragment },
              { requiredKeys: [] },
            ),
            destination: fc.record(
              { nets: fc.array(fragment), ports: fc.array(fragment), selector: fragment },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['action'] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: [] },
  ),
});

function mutate(text: string, at: number, kind: number, insert: string): string {
  const i = at % Math.max(1, text.length);
  const lines = text.split('\n');
  const l = at % Math.max(1, lines.length);
  switch (kind % 6) {
    case 0:
      return text.slice(0, i) + insert + text.slice(i + 1);
    case 1:
      return text.slice(0, i);
    case 2:
      return [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
    case 3:
      return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
    case 4:
      return text.slice(0, i) + insert + text.slice(i);
    default:
      return [
        ...lines.slice(0, l),
        `${' '.repeat(kind % 5)}${lines[l] ?? ''}`,
        ...lines.slice(l + 1),
      ].join('\n');
  }
}

describe('importYaml never throws', { timeout: 120_000 }, () => {
  const times: number[] = [];
  let runs = 0;
  const timed = (yaml: string) => {
    const t0 = performance.now();
    const r = importYaml(yaml);
    times.push(performance.now() - t0);
    runs++;
    expectWellFormed(r);
  };

  afterAll(() => {
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
    // Reported, not asserted: speed targets belong in benchmarks.
    console.info(
      `importYaml on ${runs} fuzzed inputs: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    );
  });

  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
        timed,
      ),
      { numRuns: 1000 },
    );
  });

  it('on random values dumped as YAML, one or several documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }), resourceLike), {
          minLength: 1,
          maxLength: 4,
        }),
        (docs) => {
          timed(docs.map((d) => dump(d)).join('---\n'));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('on mutated and truncated real files', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtureYaml),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(
          ':',
          '-',
          ' ',
          '\n',
          '#',
          '&a',
          '*a',
          '"',
          "'",
          '[',
          '{',
          '0',
          'x',
          '\t',
          '---\n',
        ),
        (yaml, at, kind, insert) => timed(mutate(yaml, at, kind, insert)),
      ),
      { numRuns: 800 },
    );
  });

  it('on the guide example with every rule field mutated', () => {
    const r = generate(guideExample, { profile: 'guide' });
    if (!r.ok) throw new Error('the guide example must generate');
    const lines = r.yaml.split('\n');
    const values = ['Deny', '0.0.0.0/0', 'UDP', 'has(x)', '[]', '{}', 'null', '65536', '1:2'];
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l] ?? '';
      const m = /^(\s*(?:- )?[A-Za-z]+: ).+$/.exec(line);
      if (!m) continue;
      for (const v of values)
        timed([...lines.slice(0, l), `${m[1]}${v}`, ...lines.slice(l + 1)].join('\n'));
    }
  });
});
