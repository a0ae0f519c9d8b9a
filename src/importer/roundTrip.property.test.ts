/**
 * Issue #12, "Done when": importing the app's own policies part gives back the identical design,
 * for every fixture and 200 random designs; a hand-edited export imports from its resources, and
 * the report says so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { arbitraryDesign } from '../../fixtures/arbitraryDesign';
import { generate } from '../generator/generate';
import { designSchema, type Design } from '../model/design';
import { describeProblem, parseDesignJson } from '../model/validateDesign';
import { canonicalJson } from '../permalink/canonicalJson';
import { importYaml } from './importYaml';
import { designOnly } from './testdata/designOnly';
import type { ImportResult } from './types';

const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname;
const fixtureNames = readdirSync(fixturesRoot).filter((n) =>
  existsSync(join(fixturesRoot, n, 'design.json')),
);

function fixtureDesign(name: string): Design {
  const parsed = parseDesignJson(readFileSync(join(fixturesRoot, name, 'design.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
  return parsed.design;
}

function policiesPart(design: Design): string {
  const r = generate(design, { part: 'policies' });
  if (!r.ok) throw new Error('the design must generate');
  return r.yaml;
}

const ids = (r: ImportResult) => r.report.items.map((i) => i.messageId);

/** The same design, as JSON: deep-equal, and the same bytes once keys are in one order. */
function expectIdentical(result: Design | undefined, design: Design): void {
  // The file's resources come back as the baseline too; the design itself is identical.
  const imported = result && designOnly(result);
  expect(imported).toEqual(design);
  expect(canonicalJson(imported)).toBe(canonicalJson(design));
}

/**
 * One port of the file changed by hand (the first port a rule lists, one up), or, in a file whose
 * rules list no port, the first address of a network set or rule (one network up).
 */
function editOnePort(yaml: string): string {
  const port = yaml.replace(
    /(\n {6}ports:\n {6}- )([0-9]+)\n/,
    (_m, head: string, n: string) => `${head}${Number(n) === 65535 ? 65534 : Number(n) + 1}\n`,
  );
  if (port !== yaml) return port;
  return yaml.replace(/(\n {2,6}- )([0-9]+)(\.[0-9.]+\/[0-9]+\n)/, (_m, head, octet, tail) => {
    const next = Number(octet) === 223 ? 222 : Number(octet) + 1;
    return `${head as string}${next}${tail as string}`;
  });
}

describe.each(fixtureNames)('the policies part of fixture %s', (name) => {
  const design = fixtureDesign(name);
  const yaml = policiesPart(design);

  it('imports as the identical design JSON, restored from its header', () => {
    const r = importYaml(yaml);
    expectIdentical(r.design, design);
    // Besides the restore, each resource is said to be kept (the baseline) or part of the design.
    expect(ids(r).filter((i) => i !== 'import.kept' && i !== 'import.header.object')).toEqual([
      'import.header.restored',
    ]);
  });

  it('edited by hand (one port changed), imports from its resources, and the report says so', () => {
    const edited = editOnePort(yaml);
    expect(edited).not.toBe(yaml);
    const r = importYaml(edited);
    expect(ids(r)).toContain('import.header.edited');
    expect(ids(r)).not.toContain('import.header.restored');
    expect(r.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
    expect(r.design).toBeDefined();
    expect(r.design).not.toEqual(design);
  });
});

describe('the policies part of random designs', { timeout: 300_000 }, () => {
  it('imports as the identical design JSON, for 200 designs', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const design = designSchema.parse(input);
        const r = generate(design, { part: 'policies' });
        if (!r.ok) return;
        expectIdentical(importYaml(r.yaml).design, design);
        checked++;
      }),
      { numRuns: 200 },
    );
    // Designs with errors generate nothing; most random designs must still be checked.
    expect(checked).toBeGreaterThan(150);
  });
});
