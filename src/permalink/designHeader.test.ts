import { describe, expect, it } from 'vitest';
import { guideExample } from '../model/examples';
import { designHeaderLines, digestResources, readDesignHeader } from './designHeader';

const resources = [
  { kind: 'GlobalNetworkPolicy', metadata: { name: 'a' }, spec: { order: 100, selector: 'x' } },
];

describe('design header', () => {
  it('reads back the design and the digest it wrote', () => {
    const design = guideExample;
    const text = `${designHeaderLines(design, resources)
      .map((l) => `# ${l}`)
      .join('\n')}\n---\nkind: GlobalNetworkPolicy\n`;
    const header = readDesignHeader(text);
    expect(header?.line).toBe(1);
    expect(header?.design).toEqual({ ok: true, design });
    expect(header?.digest).toBe(digestResources(resources));
  });

  it('digests key order away but not values', () => {
    const reordered = [
      { spec: { selector: 'x', order: 100 }, metadata: { name: 'a' }, kind: 'GlobalNetworkPolicy' },
    ];
    expect(digestResources(reordered)).toBe(digestResources(resources));
    const edited = [{ ...resources[0], spec: { order: 101, selector: 'x' } }];
    expect(digestResources(edited)).not.toBe(digestResources(resources));
    expect(digestResources(resources)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('finds nothing in a file without the lines, or after the first document starts', () => {
    expect(readDesignHeader('# a comment\n---\nkind: X\n')).toBeUndefined();
    const late = `kind: X\n# ${designHeaderLines(guideExample, resources)[0]}\n`;
    expect(readDesignHeader(late)).toBeUndefined();
  });

  it('reports a damaged payload instead of throwing', () => {
    const header = readDesignHeader('# cipd-design: v1z:@@@\n');
    expect(header?.design.ok).toBe(false);
  });
});
