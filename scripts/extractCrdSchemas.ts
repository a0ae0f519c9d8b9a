/**
 * extractCrdSchemas — write `src/calico/crdSchemas.json` from Calico's CRDs vendored in
 * reference/calico/crds/ (what it does to them, and why: scripts/crdSchemas.ts).
 *
 * Run:  npx tsx scripts/extractCrdSchemas.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCrdSchemas, OUT_FILE } from './crdSchemas';

const text = await buildCrdSchemas();
const outPath = fileURLToPath(OUT_FILE);
writeFileSync(outPath, text);
console.log(`wrote ${outPath} (${Buffer.byteLength(text)} bytes)`);
