/**
 * `npm run bench`: prints timings (median and 95th percentile of many runs). Speed targets live
 * here, never in timed tests. Issue #3's target: the 20-node design generates in under 5 ms, and
 * growth to ten times that is close to linear.
 */
import { TWENTY_NODES, scaleDesign, type Scale } from '../fixtures/scaleDesign';
import { generate } from '../src/generator/generate';
import { guideExample } from '../src/model/examples';
import { designSchema, type Design } from '../src/model/design';

function measure(label: string, fn: () => void, minRuns = 30, minMs = 1500): void {
  for (let i = 0; i < 5; i++) fn(); // warm up the JIT
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  console.log(
    `${label.padEnd(48)} median ${at(0.5).toFixed(3).padStart(9)} ms   p95 ${at(0.95).toFixed(3).padStart(9)} ms   (${times.length} runs)`,
  );
}

const times10 = (s: Scale): Scale => ({
  nodes: s.nodes * 10,
  services: s.services * 10,
  pods: s.pods * 10,
  clients: s.clients * 10,
  edges: s.edges * 10,
});

const designs: [string, Design][] = [
  ['guide example', guideExample],
  [
    '20 nodes / 40 svc / 120 pods / 30 clients / 80 edges',
    designSchema.parse(scaleDesign(TWENTY_NODES)),
  ],
  ['x10: 200 / 400 / 1200 / 300 / 800', designSchema.parse(scaleDesign(times10(TWENTY_NODES)))],
];

console.log(
  'generate(design): cross-field checks + resources + explanations + lints + YAML (bundled with esbuild, run in node)',
);
for (const [label, design] of designs) {
  for (const profile of ['hardened', 'guide'] as const) {
    measure(`${label} [${profile}]`, () => {
      const r = generate(design, { profile });
      if (!r.ok) throw new Error(`${label} does not generate`);
    });
  }
}
