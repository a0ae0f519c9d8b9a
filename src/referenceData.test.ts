/**
 * The vendored reference data (reference/) is what reference/PROVENANCE.md says it is: every file
 * listed with its sha256, none missing, none unlisted. An editor that trims a trailing space or a
 * formatter that "fixes" the guide's YAML would otherwise change what the tests compare against.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../reference/', import.meta.url);
const provenance = readFileSync(new URL('PROVENANCE.md', root), 'utf8');

/** `| \`path\` | … | bytes | \`sha256\` |` rows of the table. */
const listed = [
  ...provenance.matchAll(/^\| `([^`]+)` +\|[^|]*\| (\d+) +\| `([0-9a-f]{64})` \|$/gm),
].map((m) => ({ path: m[1] ?? '', bytes: Number(m[2]), sha256: m[3] ?? '' }));

const onDisk = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name !== 'PROVENANCE.md')
  .map((d) => `${d.parentPath.slice(root.pathname.length)}/${d.name}`.replace(/^\//, ''))
  .sort();

describe('reference data', () => {
  it('lists every vendored file, and only those', () => {
    expect(onDisk.length).toBeGreaterThan(0);
    expect(listed.map((f) => f.path).sort()).toEqual(onDisk);
  });

  it.each(listed)('$path is byte for byte the copy PROVENANCE.md names', (f) => {
    const bytes = readFileSync(new URL(f.path, root));
    expect(bytes.length).toBe(f.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
  });
});
