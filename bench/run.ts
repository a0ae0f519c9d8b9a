/**
 * `npm run bench`: prints timings (median and 95th percentile of many runs). Speed targets live
 * here, never in timed tests. Issue #3's target: the 20-node design generates in under 5 ms, and
 * growth to ten times that is close to linear.
 */
import {
  CLUSTER_200,
  TWENTY_NODES,
  clusterDesign200,
  scaleDesign,
  type Scale,
} from '../fixtures/scaleDesign';
import type { Resource } from '../src/calico/types';
import { clusterDumpYaml } from '../fixtures/clusterDump';
import { importFiles } from '../src/importer/importFiles';
import { generate } from '../src/generator/generate';
import { guideExample } from '../src/model/examples';
import { designSchema, type Design } from '../src/model/design';
import { groupedReachability } from '../src/simulate/reachabilityClasses';
import { iterateReachability, reachabilityMatrix } from '../src/simulate/reachabilityMatrix';

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

/** Median of a few runs (after one to warm the JIT): matrices take seconds, not microseconds. */
function few(label: string, runs: number, fn: () => string): void {
  fn();
  const times: number[] = [];
  let said = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    said = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(
    `${label.padEnd(60)} median ${median.toFixed(0).padStart(7)} ms (${runs} runs)  ${said}`,
  );
}

/**
 * The full matrix streamed for a while, its total time extrapolated from the entry points done:
 * on the 200-node design it has millions of cells, more than a run can keep in memory.
 */
function streamed(label: string, design: Design, resources: Resource[], budgetMs: number): void {
  const t0 = performance.now();
  let done = 0;
  let total = 0;
  let cells = 0;
  for (const step of iterateReachability(design, resources)) {
    done = step.done;
    total = step.total;
    cells += step.cells.length;
    if (performance.now() - t0 > budgetMs) break;
  }
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(60)} ~${((ms * total) / done / 1000).toFixed(0).padStart(6)} s  (extrapolated: ${done} of ${total} entry points, ${cells} cells, in ${(ms / 1000).toFixed(1)} s)`,
  );
}

const cluster200 = designSchema.parse(clusterDesign200());
console.log(
  `\nreachability: the full matrix with traces (one simulation per entry node, as before) vs grouped over classes of equivalent nodes (reachabilityClasses.ts)`,
);
for (const [label, base, full] of [
  ['20 nodes / 40 svc / 120 pods', designs[1]?.[1], true],
  [
    `${CLUSTER_200.nodes} nodes / ${CLUSTER_200.services} svc / ${CLUSTER_200.pods} pods`,
    cluster200,
    false,
  ],
] as const) {
  if (!base) continue;
  for (const profile of ['hardened', 'guide'] as const) {
    const design: Design = { ...base, output: { ...base.output, profile } };
    const g = generate(design);
    if (!g.ok) throw new Error(`${label} does not generate`);
    const resources = g.documents.map((d) => d.resource);
    if (full) {
      few(`${label} [${profile}] full matrix`, 3, () => {
        const m = reachabilityMatrix(design, resources);
        return `${m.summary.cells} cells`;
      });
    } else {
      streamed(`${label} [${profile}] full matrix`, design, resources, 20_000);
    }
    few(`${label} [${profile}] grouped`, 3, () => {
      const m = groupedReachability(design, resources);
      return `${m.summary.cells} cells in ${m.groups.length} groups, ${m.classes.length} node classes`;
    });
  }
}

// Issue #13: a cluster's dump as `kubectl get nodes,services,pods,endpointslices -A -o yaml`
// prints it, imported whole (parsing, mapping, topology, validation); and a List of Services alone
// (one /32 per Service as the service networks), where the mapping used to grow quadratically.
console.log('\nImport of a cluster dump (issue #13)');
const dump200 = clusterDumpYaml({ nodes: 200, pods: 3000, services: 300 });
few(`kubectl dump, 200 nodes / 3,000 pods / 300 Services`, 3, () => {
  const r = importFiles([{ name: 'dump.yaml', text: dump200 }]);
  return `${(dump200.length / 1e6).toFixed(1)} MB → ${r.design?.nodes.length ?? 0} nodes, ${r.design?.pods.length ?? 0} pods`;
});
const manyServices = (n: number) =>
  `apiVersion: v1\nitems:\n${Array.from(
    { length: n },
    (_, i) =>
      `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: svc-${i}\n    namespace: default\n  spec:\n    clusterIP: 10.96.${(i >> 8) & 255}.${i & 255}\n    ports:\n    - port: 80\n      protocol: TCP\n    selector:\n      app: svc-${i}\n`,
  ).join('')}kind: List\n`;
for (const n of [2000, 8000]) {
  const text = manyServices(n);
  few(`a List of ${n.toLocaleString('en')} Services`, 3, () => {
    const r = importFiles([{ name: 'services.yaml', text }]);
    return `${r.design?.services.length ?? 0} services`;
  });
}
