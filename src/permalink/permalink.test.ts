import { readFileSync } from 'node:fs';
import { designSchema, type Design } from '../model/design';
import { guideExample } from '../model/examples';
import { describeProblem } from '../model/validateDesign';
import { canonicalJson } from './canonicalJson';
import { migrateDesign, type Migration } from '../model/migrate';
import {
  MAX_FRAGMENT_LENGTH,
  PERMALINK_WARN_LENGTH,
  decodeDesign,
  encodeDesign,
  permalinkLength,
  type DecodeResult,
} from './permalink';
import LZString from 'lz-string';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/permalinks/${name}`, import.meta.url), 'utf8');

/** The link of the guide example as it was encoded when format v1 shipped. Never regenerate it. */
const FROZEN_V1 = fixture('guide-example-v1.txt').trim();
/** The design that link carried, frozen with it. */
const FROZEN_V1_DESIGN = designSchema.parse({
  ...(JSON.parse(fixture('guide-example-v1.json')) as object),
  version: 2,
});

function problemIds(r: DecodeResult): string[] {
  return r.ok ? [] : r.problems.map((p) => p.messageId);
}

function messages(r: DecodeResult): string[] {
  return r.ok ? [] : r.problems.map(describeProblem);
}

function decoded(r: DecodeResult): Design {
  if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
  return r.design;
}

const lz = (text: string) => `v1z:${LZString.compressToEncodedURIComponent(text)}`;

describe('encodeDesign / decodeDesign', () => {
  it('round-trips the guide example, layout included', () => {
    const withLayout: Design = { ...guideExample, layout: { 'svc-a': { x: 320, y: 80 } } };
    expect(decoded(decodeDesign(encodeDesign(withLayout)))).toEqual(withLayout);
  });

  it('encodes one design to one string, whatever order its keys were built in', () => {
    const reordered = JSON.parse(
      JSON.stringify(guideExample, Object.keys(guideExample).reverse()),
    ) as Design;
    const shuffled = { ...reordered, ...guideExample, cluster: { ...guideExample.cluster } };
    expect(encodeDesign(shuffled)).toBe(encodeDesign(guideExample));
    expect(encodeDesign(guideExample)).toMatch(/^v1z:[A-Za-z0-9+\-$]+$/);
  });

  it('still opens the frozen v1 link, with the settings added since at their defaults', () => {
    const design = decoded(decodeDesign(FROZEN_V1));
    expect(design).toEqual(FROZEN_V1_DESIGN);
    expect(design.output).toEqual({ profile: 'hardened', calicoVersion: '3.32', staged: false });
    // The design now carries the added settings, so its link is longer than the frozen one.
    expect(decoded(decodeDesign(encodeDesign(design)))).toEqual(design);
    expect(encodeDesign(design)).not.toBe(FROZEN_V1);
  });

  it('accepts a bare payload, "#payload", a full URL, line breaks and percent-encoding', () => {
    const link = encodeDesign(guideExample);
    for (const input of [
      link,
      `#${link}`,
      `https://example.org/designer/#${link}`,
      `http://localhost:5173/?x=1#${link}`,
      `  ${link.slice(0, 100)}\n${link.slice(100)}  `,
      `#${link.replace(':', '%3A')}`,
    ]) {
      expect(decoded(decodeDesign(input)), input.slice(0, 40)).toEqual(guideExample);
    }
  });

  it('reports the permalink length and a warning threshold', () => {
    expect(permalinkLength(guideExample)).toBe(encodeDesign(guideExample).length);
    expect(permalinkLength(guideExample)).toBeLessThan(PERMALINK_WARN_LENGTH);
  });
});

describe('links that do not open say why', () => {
  const link = encodeDesign(guideExample);

  it.each([
    ['', 'permalink.empty'],
    ['#', 'permalink.empty'],
    ['   ', 'permalink.empty'],
    ['https://example.org/designer/', 'permalink.empty'],
    ['v1z:', 'permalink.empty'],
    ['N4IghgxhCmDOsgFwG1QQDYEtoDsAuSIA9gGYmYwgA', 'permalink.noCodec'],
    ['pako:eNpVj01v', 'permalink.unknownCodec'],
    ['v9z:N4IghgxhCmDOsgFwG1QQDYEtoDsAuSIA9gGYmYwgA', 'permalink.newerVersion'],
    ['v2:abc', 'permalink.newerVersion'],
    ['v1z:abc*def', 'permalink.badCharacter'],
    ['v1z:<script>alert(1)</script>', 'permalink.badCharacter'],
    ['v1z:A', 'permalink.corrupt'],
  ])('%j → %s', (input, id) => {
    expect(problemIds(decodeDesign(input))).toEqual([id]);
  });

  it('a truncated link is "truncated or damaged"', () => {
    for (const cut of [10, link.length / 2, link.length - 3]) {
      const r = decodeDesign(link.slice(0, Math.floor(cut)));
      expect(problemIds(r)).toEqual(['permalink.corrupt']);
      if (!r.ok) expect(r.problems.map(describeProblem).join()).toMatch(/truncated or damaged/);
    }
  });

  it('a tampered link is refused, or opens only as a valid design', () => {
    let refused = 0;
    for (let i = 4; i < link.length; i += 7) {
      const c = link[i] === 'A' ? 'B' : 'A';
      const r = decodeDesign(link.slice(0, i) + c + link.slice(i + 1));
      if (!r.ok) refused++;
      else expect(designSchema.safeParse(r.design).success).toBe(true);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('names the bad character and its position', () => {
    const r = decodeDesign(`v1z:AB!C`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.params).toMatchObject({ char: '!', position: 7 });
  });

  it('a design of a newer format inside a v1 envelope is refused as newer', () => {
    const r = decodeDesign(lz(JSON.stringify({ ...guideExample, version: 3 })));
    expect(problemIds(r)).toEqual(['design.version.newer']);
  });

  it('JSON that is not a design object, and text that is not JSON', () => {
    expect(problemIds(decodeDesign(lz('[1,2]')))).toEqual(['permalink.notJson']);
    expect(problemIds(decodeDesign(lz('"design"')))).toEqual(['permalink.notJson']);
    expect(problemIds(decodeDesign(lz('hello')))).toEqual(['permalink.notJson']);
    expect(problemIds(decodeDesign(lz('{"version":1,')))).toEqual(['permalink.corrupt']);
  });

  it("returns the design's own validation problems, each at its path", () => {
    const bad = { ...guideExample, clients: [{ id: 'x', name: 'x', cidrs: ['1.2.3.4/8'] }] };
    const r = decodeDesign(lz(JSON.stringify(bad)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(describeProblem)).toContain(
        'clients[0].cidrs[0]: 1.2.3.4/8 has host bits set (the network is 1.0.0.0/8)',
      );
    }
  });

  it('refuses an over-long fragment before decompressing it', () => {
    const huge = `v1z:${'A'.repeat(MAX_FRAGMENT_LENGTH)}`;
    const t0 = performance.now();
    expect(problemIds(decodeDesign(huge))).toEqual(['permalink.tooLong']);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('stops a decompression bomb at the size limit, fast', () => {
    // 100,000 codes that each repeat the previous entry plus one character: a 280 kB link that
    // lz-string's own decoder would unpack to five billion characters.
    const bomb = `v1z:${lzwBomb(100_000)}`;
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const t0 = performance.now();
    const r = decodeDesign(bomb);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(messages(r)).toEqual([
      'the design in the link unpacks to more than 5242880 characters; it is refused',
    ]);
  });

  it('a link whose "+" became spaces (a query string, a mail client) still opens', () => {
    expect(FROZEN_V1).toContain('+');
    expect(decoded(decodeDesign(FROZEN_V1.replaceAll('+', ' ')))).toEqual(FROZEN_V1_DESIGN);
  });

  it('names the format of a foreign link; only a higher version number is "newer"', () => {
    const unknown = (codec: string) =>
      `unknown link format "${codec}": this app reads "v1z:" links`;
    expect(messages(decodeDesign('v1:abc'))).toEqual([unknown('v1')]);
    expect(messages(decodeDesign('v0z:abc'))).toEqual([unknown('v0z')]);
    expect(messages(decodeDesign('v2z:abc'))).toEqual([
      'the link format "v2z" comes from a newer release of this app; this one reads "v1z:" links',
    ]);
    // A long tag is cut, so the message stays readable.
    expect(messages(decodeDesign(`${'x'.repeat(100)}:abc`))).toEqual([unknown('x'.repeat(40))]);
  });

  it('says what the JSON was when it is not a design object', () => {
    const notADesign = (what: string) =>
      `the link unpacks to something that is not a design (${what})`;
    expect(messages(decodeDesign(lz('[1,2]')))).toEqual([notADesign('a JSON list')]);
    expect(messages(decodeDesign(lz('"design"')))).toEqual([notADesign('a JSON string')]);
    expect(messages(decodeDesign(lz('42')))).toEqual([notADesign('a JSON number')]);
  });

  it('gives the length and the limit of an over-long link', () => {
    const huge = `v1z:${'A'.repeat(MAX_FRAGMENT_LENGTH)}`;
    expect(messages(decodeDesign(huge))).toEqual([
      `the link is ${huge.length} characters long; links over ${MAX_FRAGMENT_LENGTH} characters are refused unread`,
    ]);
  });
});

/**
 * A payload in lz-string's bit format whose every code is "the entry being defined", so entry n
 * is n+1 characters long: the output grows with the square of the code count.
 */
function lzwBomb(codes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  let char = 0;
  let used = 0;
  const write = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++) {
      char = (char << 1) | ((value >> i) & 1);
      if (++used === 6) {
        out += alphabet[char];
        char = 0;
        used = 0;
      }
    }
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let n = 0; n < codes; n++) {
    write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  if (used > 0) out += alphabet[char << (6 - used)];
  return out;
}

describe('script-like text is data, not markup', () => {
  // The UI renders every design string as text (React text nodes, never innerHTML), so these
  // must come back unchanged: the codec neither escapes nor strips them.
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(document.cookie)</script>',
    "javascript:alert('x')",
    '{{constructor.constructor("alert(1)")()}}',
    'evil" --- # $(id) `id` emoji 🧪 ${x}',
  ];

  it.each(payloads)('%j survives in every text field', (evil) => {
    const design: Design = {
      ...guideExample,
      name: evil,
      clients: guideExample.clients.map((c) => ({ ...c, name: evil })),
      layout: { [evil]: { x: 1, y: 2 } },
    };
    const back = decoded(decodeDesign(encodeDesign(design)));
    expect(back.name).toBe(evil);
    expect(back.clients.map((c) => c.name)).toEqual([evil, evil]);
    expect(Object.keys(back.layout).sort()).toEqual(Object.keys(design.layout).sort());
    expect(back).toEqual(design);
  });

  it('a link whose design name ends the YAML comment opens nothing and names the field', () => {
    // The link of issue #19: the name ends the header comment and starts a Namespace document.
    const evil = 'evil"\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: pwned\n#';
    const r = decodeDesign(lz(JSON.stringify({ ...guideExample, name: evil })));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map(describeProblem)).toEqual([
      'name: holds a character a name cannot hold (U+000A, character 6): line breaks, control characters and bidirectional overrides could change what the YAML and its comments say',
    ]);
  });

  it.each([
    ['a bidirectional override', '\u202eevil'],
    ['a NUL', 'a\u0000b'],
    ['a line separator', 'a\u2028b'],
    ['a C1 control', 'a\u0085b'],
  ])('refuses %s in client names and layout keys, at their paths', (_what, evil) => {
    const design = {
      ...guideExample,
      clients: guideExample.clients.map((c, i) => (i === 1 ? { ...c, name: evil } : c)),
      layout: { [evil]: { x: 1, y: 2 } },
    };
    const r = decodeDesign(lz(JSON.stringify(design)));
    expect(r.ok ? [] : r.problems.map((p) => `${p.path} ${p.messageId}`).sort()).toEqual([
      'clients[1].name name.unsafeText',
      `layout[${JSON.stringify(evil)}] name.unsafeText`,
    ]);
  });

  it('refuses script text where the format allows none (ids, label values)', () => {
    const bad = {
      ...guideExample,
      services: [{ ...guideExample.services[0], selector: { app: '<b>x</b>' } }],
    };
    const r = decodeDesign(lz(JSON.stringify(bad)));
    expect(problemIds(r)).toContain('name.labelValue');
  });
});

describe('migrateDesign', () => {
  it('opens a version 1 design as version 2 with nothing else changed', () => {
    const { baseline: _none, ...v2 } = guideExample;
    expect(migrateDesign({ ...v2, version: 1 })).toEqual({ ok: true, value: v2 });
  });

  it('leaves a current design alone', () => {
    expect(migrateDesign(guideExample)).toEqual({ ok: true, value: guideExample });
  });

  it('runs a chain of migrations up to the current version', () => {
    const table: Migration[] = [
      { from: -1, migrate: (d) => ({ ...d, version: 0, note: 'a' }) },
      { from: 0, migrate: ({ note: _note, ...d }) => ({ ...d, version: 1 }) },
      { from: 1, migrate: (d) => ({ ...d, version: 2 }) },
    ];
    const r = migrateDesign({ ...guideExample, version: -1 }, table);
    expect(r).toEqual({ ok: true, value: guideExample });
  });

  it('turns a failing migration into a problem', () => {
    const table: Migration[] = [
      {
        from: 0,
        migrate: () => {
          throw new Error('boom');
        },
      },
    ];
    const r = migrateDesign({ version: 0 }, table);
    expect(r.ok ? [] : r.problems.map(describeProblem)).toEqual([
      'version: the design could not be upgraded from version 0: boom',
    ]);
  });

  it('refuses a migration that does not raise the version instead of looping', () => {
    const notRaised = [
      'version: the design could not be upgraded from version 0: the migration did not raise the version',
    ];
    for (const migrate of [
      (d: Record<string, unknown>) => ({ ...d }),
      (d: Record<string, unknown>) => ({ ...d, version: -1 }),
      () => null as unknown as Record<string, unknown>,
    ]) {
      const r = migrateDesign({ version: 0 }, [{ from: 0, migrate }]);
      expect(r.ok ? [] : r.problems.map(describeProblem)).toEqual(notRaised);
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    );
  });

  it('writes what JSON.stringify writes for values JSON cannot hold', () => {
    const odd = { b: NaN, a: undefined, c: [undefined, -Infinity, 0], d: () => 1 };
    expect(canonicalJson(odd)).toBe(JSON.stringify(odd));
    expect(canonicalJson(odd)).toBe('{"b":null,"c":[null,null,0]}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
