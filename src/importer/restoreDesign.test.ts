import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../generator/generate';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import type { Design } from '../model/design';
import { guideExample } from '../model/examples';
import { describeProblem, parseDesignJson } from '../model/validateDesign';
import { designHeaderLines } from '../permalink/designHeader';
import { importYaml } from './importYaml';
import { designOnly } from './testdata/designOnly';
import type { ImportItem, ImportResult } from './types';

const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname;
const fixtureNames = readdirSync(fixturesRoot).filter((n) =>
  existsSync(join(fixturesRoot, n, 'design.json')),
);

function fixtureDesign(name: string): Design {
  const parsed = parseDesignJson(readFileSync(join(fixturesRoot, name, 'design.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
  return parsed.design;
}

/**
 * A policy file that carries its design: the two header lines (src/permalink/designHeader.ts),
 * digesting the resources the generator emitted, on the first lines, whatever other comments the
 * generator writes around them.
 */
function exported(design: Design): string {
  const r = generate(design);
  if (!r.ok) throw new Error('the design must generate');
  const lines = designHeaderLines(
    design,
    r.documents.map((d) => d.resource),
  );
  const rest = r.yaml.replace(/^# cipd-(?:design|digest): .*\n/gm, '');
  return `${lines.map((l) => `# ${l}`).join('\n')}\n${rest}`;
}

const ids = (r: ImportResult) => r.report.items.map((i) => i.messageId);
const item = (r: ImportResult, id: ImportItem['messageId']) =>
  r.report.items.find((i) => i.messageId === id);
const words = (i: ImportItem | undefined) => (i ? formatMessage(en[i.messageId], i.params) : '');

/** The guide example with what only a design holds: moved elements and a renamed client. */
const decorated: Design = {
  ...guideExample,
  clients: guideExample.clients.map((c, i) => (i === 0 ? { ...c, name: 'office (Berlin)' } : c)),
  layout: { [guideExample.nodes[0]?.id ?? 'node-1']: { x: 120, y: -40 } },
};

describe.each(fixtureNames)('a file exported from fixture %s', (name) => {
  const design = fixtureDesign(name);
  const r = importYaml(exported(design));

  it('imports as the exact design that was exported, and says it was restored', () => {
    expect(r.design && designOnly(r.design)).toEqual(design);
    // The edges are the user's own, not read from rules; the file's resources are the baseline.
    expect(r.design?.access.filter((a) => a.inferred)).toEqual([]);
    expect(r.design?.baseline?.resources.length).toBe(
      ids(r).filter((i) => i === 'import.kept').length,
    );
    expect(ids(r).filter((i) => i !== 'import.kept' && i !== 'import.header.object')).toEqual([
      'import.header.restored',
    ]);
    expect(item(r, 'import.header.restored')?.line).toBe(1);
    expect(words(item(r, 'import.header.restored'))).toContain(
      `${design.pods.length} pods, ${design.clients.length} clients`,
    );
  });
});

describe('what the resources cannot hold', () => {
  it('comes back from the header: pods, layout, client names', () => {
    const r = importYaml(exported(decorated));
    expect(r.design && designOnly(r.design)).toEqual(decorated);
    expect(r.design?.pods.length).toBeGreaterThan(0);
  });

  it('comes back when kubectl-style empty documents or line endings differ', () => {
    const text = exported(decorated)
      .replace(/\n---\n/, '\n---\n---\n')
      .replace(/\n/g, '\r\n');
    const design = importYaml(text).design;
    expect(design && designOnly(design)).toEqual(decorated);
  });
});

describe('a file edited after export', () => {
  const original = exported(decorated);
  // One port of one rule removed by hand: the office may now reach svc-a on 80 only, not 443.
  const edited = original.replace('      - 80\n      - 443\n', '      - 80\n');

  it('is a real edit of the resources, not of a comment', () => {
    expect(edited).not.toBe(original);
  });

  it('imports from its resources, and the report says the design was rebuilt and what is lost', () => {
    const r = importYaml(edited);
    const said = item(r, 'import.header.edited');
    expect(said?.severity).toBe('ignored');
    expect(said?.line).toBe(1);
    expect(words(said)).toMatch(
      /edited after export.*rebuilt from its resources: pods, the layout/,
    );
    expect(ids(r)).not.toContain('import.header.restored');
    expect(r.design).toBeDefined();
    expect(r.design?.pods).toEqual([]);
    expect(r.design?.layout).toEqual({});
    expect(r.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
    // The edit itself is what the resources now say: the office reaches svc-a on 80 alone.
    const office = r.design?.clients.find((c) => c.cidrs.includes('50.60.0.0/16'));
    const svcA = r.design?.services.find((s) => s.clusterIP === '10.20.30.40');
    const edge = r.design?.access.find((a) => a.client === office?.id && a.service === svcA?.id);
    expect(edge?.ports ?? svcA?.ports.map((p) => p.port)).toEqual([80]);
  });

  it('imports from its resources when a comment other than the header changed, too', () => {
    // Comments are not resources: editing one keeps the digest, so the design is still restored.
    const commented = original.replace(/^# GlobalNetworkPolicy .*$/m, '# mine now');
    expect(commented).not.toBe(original);
    const design = importYaml(commented).design;
    expect(design && designOnly(design)).toEqual(decorated);
  });
});

describe('a header the importer cannot use', () => {
  const original = exported(decorated);

  it('a damaged payload: says why it does not open, and imports from the resources', () => {
    const damaged = original.replace(/^# cipd-design: v1z:(.{20})/, '# cipd-design: v1z:@@@');
    const r = importYaml(damaged);
    const said = item(r, 'import.header.undecodable');
    expect(said?.params).toEqual({ count: 1 });
    const why = r.report.items.filter((i) => i.messageId.startsWith('permalink.'));
    expect(why.map((i) => [i.line, i.messageId])).toEqual([[1, 'permalink.badCharacter']]);
    expect(r.design?.pods).toEqual([]);
  });

  it('a design from a newer release: says so, and imports from the resources', () => {
    const newer = original.replace(/^# cipd-design: v1z:/, '# cipd-design: v9z:');
    const r = importYaml(newer);
    expect(ids(r)).toContain('import.header.undecodable');
    expect(ids(r)).toContain('permalink.newerVersion');
    expect(r.design?.services.length).toBeGreaterThan(0);
  });

  it('no digest line: cannot tell an edit, so imports from the resources', () => {
    const r = importYaml(original.replace(/^# cipd-digest: .*\n/m, ''));
    expect(item(r, 'import.header.noDigest')?.severity).toBe('ignored');
    expect(r.design?.pods).toEqual([]);
  });

  it('a file without the lines: imports from the resources, and says nothing of a header', () => {
    const r = importYaml(original.split('\n').slice(2).join('\n'));
    expect(ids(r).filter((id) => id.startsWith('import.header.'))).toEqual([]);
    expect(r.design?.pods).toEqual([]);
  });
});
