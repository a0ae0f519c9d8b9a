/**
 * `npx tsx bench/permalink.ts` (or bundle it like bench/run.ts): permalink lengths and decode
 * times for the guide example and the 20-node design. Self-contained; prints, asserts nothing.
 */
import { TWENTY_NODES, scaleDesign } from '../fixtures/scaleDesign';
import { designSchema, type Design } from '../src/model/design';
import { guideExample } from '../src/model/examples';
import {
  PERMALINK_WARN_LENGTH,
  decodeDesign,
  encodeDesign,
  permalinkLength,
} from '../src/permalink/permalink';

function median(
  fn: () => void,
  minRuns = 50,
  minMs = 1000,
): { median: number; p95: number; runs: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: times.length };
}

const designs: [string, Design][] = [
  ['guide example', guideExample],
  [
    '20 nodes / 40 svc / 120 pods / 30 clients / 80 edges',
    designSchema.parse(scaleDesign(TWENTY_NODES)),
  ],
];

console.log(
  `permalink: fragment length (warning above ${PERMALINK_WARN_LENGTH}), encode and decode time`,
);
for (const [label, design] of designs) {
  const link = encodeDesign(design);
  const json = JSON.stringify(design).length;
  const enc = median(() => encodeDesign(design));
  const dec = median(() => {
    if (!decodeDesign(link).ok) throw new Error(`${label}: its own link does not open`);
  });
  console.log(
    `${label.padEnd(54)} ${String(permalinkLength(design)).padStart(6)} chars (JSON ${json})   ` +
      `encode median ${enc.median.toFixed(3)} ms   decode median ${dec.median.toFixed(3)} ms, p95 ${dec.p95.toFixed(3)} ms (${dec.runs} runs)`,
  );
}
