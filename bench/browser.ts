/**
 * `npm run bench:browser`: the designer in Debian's Chromium, on the 20-node design and the
 * 200-node / 3,000-pod design of issue #13 (drawn grouped). Prints the time to first render (navigation to the first frame with every canvas element visible, every
 * edge drawn and the YAML's first line) and, over many inspector edits, the time from a keystroke
 * in a field to the updated YAML on screen (median and 95th percentile).
 * Issue #4's targets: first render under 1.5 s; edit-to-YAML under 100 ms at the 95th percentile.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TWENTY_NODES, clusterDesign200, scaleDesign } from '../fixtures/scaleDesign';
import { designSchema, type Design } from '../src/model/design';
import { podsOfService } from '../src/model/query';
import { isLargeDesign, nodeGroups, podGroups, serviceOfPods } from '../src/ui/canvas/groups';
import { encodeDesign } from '../src/permalink/permalink';

// BENCH_PORT: two checkouts on one machine can measure at once.
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const EDITS = 60;
const LOADS = 9;
/** Pinned like the e2e tests: the loop finds fields by their English names; light colours. */
const CONTEXT = {
  viewport: { width: 1920, height: 1080 },
  locale: 'en-US',
  colorScheme: 'light',
} as const;
/**
 * Runs in the page before its scripts: the user has seen the guided tour, so it does not open over
 * the designer (the bench measures a returning user, as e2e/fixtures.ts does; the tour's dialog
 * would also keep the edit loop from the inspector). Plain source text, like EDIT_LOOP.
 */
const SEEN_TOUR = `try { localStorage.setItem('clusterip-designer:v1:tour-seen', 'yes'); } catch {}`;

/**
 * Runs in the page before its scripts: checks at every frame whether the design is drawn (every
 * element in the DOM and not hidden, as React Flow hides one it has not sized yet; every access
 * edge's line and label; every service → pod link; a YAML line), and notes the time at the start
 * of the next frame, once that one has been painted. Timed in the page: the harness's own round
 * trips would add 0.1–0.2 s that no user waits for (they are printed alongside).
 */
const WATCH_DRAWN = (elements: number, edges: number, links: number) => `(() => {
  const drawn = () => {
    const nodes = document.querySelectorAll('.react-flow__node');
    if (nodes.length < ${elements}) return false;
    for (const n of nodes) if (n.style.visibility === 'hidden') return false;
    return document.querySelectorAll('.canvas-access-path').length >= ${edges} &&
      document.querySelectorAll('.canvas-chip').length >= ${edges} &&
      document.querySelectorAll('.canvas-links > path').length >= ${links} &&
      document.querySelector('[data-line]') !== null;
  };
  const poll = () => {
    if (drawn()) requestAnimationFrame(() => { window.__firstRender = performance.now(); });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Runs in the page: edits the client's CIDR back and forth, timing keystroke → YAML on screen. */
const EDIT_LOOP = `(async () => {
  const region = document.querySelector('[aria-label="Generated YAML"]');
  const cidr = [...document.querySelectorAll('[aria-label="Inspector"] input')].find((i) => /\\/\\d+$/.test(i.value));
  if (!region || !cidr) throw new Error('inspector or YAML not found');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  for (let i = 0; i < EDITS; i++) {
    const value = i % 2 === 0 ? '100.64.0.0/25' : '100.64.0.0/24';
    const t0 = performance.now();
    setter.call(cidr, value);
    cidr.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (region.textContent.includes('- ' + value) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(r));
    out.push(performance.now() - t0);
  }
  return out;
})()`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * What the canvas draws for a design: every element, or for a large one its group cards (a card
 * per node group or lone node, per Service's pods there, or the pod itself when alone); the access
 * edges; a selector link per Service and card holding its pods.
 */
function drawnCounts(design: Design): { elements: number; edges: number; links: number } {
  const edges = design.access.length;
  if (!isLargeDesign(design)) {
    return {
      elements:
        design.nodes.length + design.services.length + design.pods.length + design.clients.length,
      edges,
      links: design.services.reduce((n, s) => n + podsOfService(design, s).length, 0),
    };
  }
  const services = serviceOfPods(design);
  const grouped = nodeGroups(design);
  const inGroup = new Set(grouped.flatMap((g) => g.members.map((n) => n.id)));
  const scopes = [
    ...grouped.map((g) => ({ id: g.id, on: new Set(g.members.map((n) => n.id)) })),
    ...design.nodes
      .filter((n) => !inGroup.has(n.id))
      .map((n) => ({ id: n.id, on: new Set([n.id]) })),
  ];
  const cardOf = new Map<string, string>();
  let cards = 0;
  for (const scope of scopes) {
    const pods = design.pods.filter((p) => scope.on.has(p.node));
    for (const g of podGroups(scope.id, pods, services)) {
      cards++;
      for (const p of g.members) cardOf.set(p.id, g.members.length > 1 ? g.id : p.id);
    }
  }
  const links = design.services.reduce(
    (n, s) => n + new Set(podsOfService(design, s).map((p) => cardOf.get(p.id))).size,
    0,
  );
  return {
    elements: design.clients.length + design.services.length + scopes.length + cards,
    edges,
    links,
  };
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

async function main(): Promise<void> {
  // Its own process group, so that stopping it stops the vite process npx starts too.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    await waitForServer(base);
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: [
        '--headless',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const design = designSchema.parse(scaleDesign(TWENTY_NODES));
    const firstRender = async (label: string, d: Design, loads: number) => {
      const { elements, edges, links } = drawnCounts(d);
      const renders: number[] = [];
      const seen: number[] = [];
      for (let run = 0; run < loads; run++) {
        const context = await browser.newContext(CONTEXT);
        await context.addInitScript(SEEN_TOUR);
        await context.addInitScript(WATCH_DRAWN(elements, edges, links));
        const page = await context.newPage();
        await page.goto(`${base}#${encodeDesign(d)}`);
        await page.waitForFunction(() => '__firstRender' in window, undefined, {
          timeout: 120_000,
        });
        seen.push(await page.evaluate(() => performance.now()));
        renders.push((await page.evaluate('window.__firstRender')) as number);
        await context.close();
      }
      renders.sort((a, b) => a - b);
      seen.sort((a, b) => a - b);
      console.log(
        `${label}: first render, ${elements} elements, ${edges} edges and ${links} links (navigation → first frame with all drawn, timed in the page): median ${quantile(renders, 0.5).toFixed(0)} ms, max ${renders.at(-1)?.toFixed(0)} ms (${renders.length} loads; seen by the harness at median ${quantile(seen, 0.5).toFixed(0)} ms)`,
      );
    };
    await firstRender('20-node design', design, LOADS);
    await firstRender('200-node design (grouped)', designSchema.parse(clusterDesign200()), 5);
    const elements =
      design.nodes.length + design.services.length + design.pods.length + design.clients.length;

    const context = await browser.newContext(CONTEXT);
    await context.addInitScript(SEEN_TOUR);
    const page = await context.newPage();
    await page.goto(`${base}#${encodeDesign(design)}`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length >= n,
      elements,
    );
    // At the zoom that fits 210 elements, edges pass over the small nodes: send the click itself.
    await page.getByRole('group', { name: /^External client client 0:/ }).dispatchEvent('click');
    const field = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('textbox', { name: 'CIDR 1', exact: true });
    await field.waitFor();
    // Plain source text: the tsx loader would add helpers to a function that the page lacks.
    const times = (await page.evaluate(EDIT_LOOP.replace('EDITS', String(EDITS)))) as number[];
    times.sort((a, b) => a - b);
    console.log(
      `edit → YAML on screen (client CIDR, ${EDITS} edits): median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    );
    await browser.close();
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

await main();
