/**
 * crdSchemas.json is generated, never edited by hand: rebuilt from the CRDs vendored in
 * reference/calico/crds/, it must come out byte for byte as committed. A hand edit (a loosened
 * pattern, a dropped `additionalProperties: false`) would quietly change what the validator accepts.
 */
import { readFileSync } from 'node:fs';
import { buildCrdSchemas, OUT_FILE } from '../../scripts/crdSchemas';

it('crdSchemas.json is what scripts/extractCrdSchemas.ts builds from the vendored CRDs', async () => {
  expect(await buildCrdSchemas()).toBe(readFileSync(OUT_FILE, 'utf8'));
});
