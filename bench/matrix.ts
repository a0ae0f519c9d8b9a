/**
 * `npx tsx bench/matrix.ts`: how long the reachability matrix takes and how many cells it has, for
 * the guide's example and the 20-node design, each generated with both profiles and simulated
 * over its own YAML (kube-proxy masquerade on, as the app starts). Also the packed size the
 * worker transfers, against the JSON the cells with their traces would be.
 */
import { TWENTY_NODES, scaleDesign } from '../fixtures/scaleDesign';
import { generate } from '../src/generator/generate';
import { designSchema, type Design } from '../src/model/design';
import { guideExample } from '../src/model/examples';
import { reachabilityMatrix } from '../src/simulate/reachabilityMatrix';
import { ReachabilityTable, packReachability } from '../src/simulate/reachabilityTable';

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const designs: [string, Design][] = [
  ['guide example', guideExample],
  ['20 nodes / 40 svc / 120 pods / 30 clients', designSchema.parse(scaleDesign(TWENTY_NODES))],
];

console.log('reachabilityMatrix(design, its own generated resources), node, one thread');
for (const [label, base] of designs) {
  for (const profile of ['hardened', 'guide'] as const) {
    const design: Design = { ...base, output: { ...base.output, profile } };
    const generated = generate(design);
    if (!generated.ok) throw new Error(`${label} does not generate`);
    const resources = generated.documents.map((d) => d.resource);
    const small = label === 'guide example';
    const runs = small ? 20 : 3;
    const times: number[] = [];
    let summary;
    let traceBytes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      const m = reachabilityMatrix(design, resources);
      const t = performance.now() - t0;
      if (i > 0) times.push(t); // the first run warms the JIT
      summary = m.summary;
      if (i === 0 && small) traceBytes = JSON.stringify(m.cells).length;
    }
    const t0 = performance.now();
    const table = new ReachabilityTable();
    let packed = 0;
    for (const b of packReachability({ design, resources, options: {} }, (n) => n >= 4096)) {
      packed += b.cells.byteLength + JSON.stringify(b.added).length;
      table.append(b);
    }
    const packMs = performance.now() - t0;
    const s = summary;
    if (!s) throw new Error('no summary');
    console.log(
      `${`${label} [${profile}]`.padEnd(54)} ${s.cells.toString().padStart(7)} cells` +
        ` ${s.mismatches.toString().padStart(7)} mismatches` +
        `   matrix median ${median(times).toFixed(1).padStart(8)} ms (${runs} runs)` +
        `   packed ${packMs.toFixed(0).padStart(5)} ms, ${(packed / 1024).toFixed(0)} kB` +
        (traceBytes ? `   (cells with traces as JSON: ${(traceBytes / 1024).toFixed(0)} kB)` : ''),
    );
  }
}
