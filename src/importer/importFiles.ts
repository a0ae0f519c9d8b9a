/**
 * What people have → a design: one or more files (or a pasted text, or stdin) of Calico and
 * Kubernetes YAML or JSON, each with its name for the report. Pure and total: it never throws,
 * and refuses oversized input and YAML alias bombs before anything walks the documents.
 *
 * 1. Each file is parsed once (scanYaml); every document is accounted for in the report, with its
 *    file and line: Lists and bare sequences give their objects, and what is not an object, a
 *    template placeholder or calicoctl's v2 format is said so (readDocuments.ts).
 * 2. Each object is sorted: the cluster's topology (Nodes, Pods, EndpointSlices, IPPools,
 *    Namespaces) for withTopology; Calico resources and Services judged as Calico would
 *    (rejected ones are not read); policy-related resources (BASELINE_KINDS and Kubernetes
 *    NetworkPolicies) kept verbatim as the design's baseline, what the cluster runs now, and
 *    also read as the policy they are (buildDesign.ts); the rest ignored.
 * 3. A single file this app wrote, unchanged since, gives the design its header carries
 *    (restoreDesign.ts), with the file's resources as the baseline; its edges are the user's own.
 *    Otherwise the design is built from the resources, its access edges marked inferred.
 */
import { validateResource, type ResourceProblem } from '../calico/validateResources';
import { duplicateResources } from '../calico/duplicateResources';
import {
  BASELINE_KINDS,
  MAX_BASELINE_RESOURCES,
  baselineResourceSchema,
  type Baseline,
  type BaselineResource,
  type Design,
} from '../model/design';
import { validateDesign } from '../model/validateDesign';
import { readDesignHeader } from '../permalink/designHeader';
import { isPlainText } from '../text/plainText';
import { HEADER, buildDesign, type Buckets } from './buildDesign';
import { ImportContext, objectKey, type Located } from './context';
import { problemsOfNewKinds } from './policyKinds';
import { objectsOfFile, type FoundObject } from './readDocuments';
import { restoreDesign } from './restoreDesign';
import { lineIn, scanYaml, type Segment, type YamlScan } from './scanYaml';
import type { ImportFile, ImportItem, ImportOptions, ImportResult } from './types';

/**
 * Input over this many characters in all (64 Mi) is refused before parsing. A kubectl dump of a
 * 200-node cluster with 3,000 pods is 15–25 MB of YAML; this leaves room for two of them with
 * calicoctl's lists beside, and keeps a browser tab's memory bounded.
 */
export const MAX_IMPORT_LENGTH = 64 * 1024 * 1024;
/** More YAML aliases than this are refused (Kubernetes manifests rarely use any). */
export const MAX_ALIASES = 100;
/** Aliases may add at most this many values when expanded. */
export const MAX_ALIAS_GROWTH = 100_000;

/** The kinds the importer reads into a design (besides keeping them in the baseline). */
const READ_KINDS = new Set([
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'HostEndpoint',
  'BGPConfiguration',
  'GlobalNetworkSet',
  'Tier',
]);
/** Calico kinds the validator judges; other baseline kinds are kept as they are. */
const JUDGED_KINDS = new Set([...READ_KINDS, 'NetworkSet', 'KubeControllersConfiguration']);
const BASELINE = new Set<string>(BASELINE_KINDS);
/** The topology a dump holds: withTopology reads it. */
const TOPOLOGY: Readonly<Record<string, readonly string[]>> = {
  Node: ['v1'],
  Pod: ['v1'],
  Namespace: ['v1'],
  EndpointSlice: ['discovery.k8s.io/v1'],
  IPPool: ['projectcalico.org/v3'],
};

const PASTED = 'pasted text';

/** Imports files into a design; `design` is undefined when nothing could be built. Never throws. */
export function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  const names = files.map((f) => (f.name === '' ? undefined : f.name));
  try {
    return run(files, names, options);
  } catch (e) {
    // Defensive: a file must never crash the app. Reaching this is a bug to report.
    const ctx = new ImportContext(undefined, names);
    ctx.add('rejected', 'import.internal', { detail: e instanceof Error ? e.message : String(e) });
    return { design: undefined, report: { items: ctx.items } };
  }
}

function run(
  files: readonly ImportFile[],
  names: readonly (string | undefined)[],
  options: ImportOptions,
): ImportResult {
  const outer = new ImportContext(undefined, names);
  const refuse = (): ImportResult => ({ design: undefined, report: { items: outer.items } });
  const texts = files.map((f) => (typeof f.text === 'string' ? f.text : ''));
  const size = texts.reduce((n, t) => n + t.length, 0);
  if (size > MAX_IMPORT_LENGTH) {
    outer.add('rejected', 'import.tooLarge', { size, max: MAX_IMPORT_LENGTH });
    return refuse();
  }
  const scans: YamlScan[] = texts.map((t) => scanYaml(t));
  const aliases = scans.reduce((n, s) => n + s.aliases, 0);
  if (aliases > MAX_ALIASES) {
    outer.add('rejected', 'import.tooManyAliases', { count: aliases, max: MAX_ALIASES });
    return refuse();
  }
  if (scans.reduce((n, s) => n + s.aliasGrowth, 0) > MAX_ALIAS_GROWTH) {
    outer.add('rejected', 'import.aliasGrowth', { max: MAX_ALIAS_GROWTH });
    return refuse();
  }
  if (!files.length) {
    outer.add('rejected', 'import.nothing', {});
    return refuse();
  }

  const ctx = new ImportContext(scans, names);
  const objects = texts.flatMap((text, file) =>
    objectsOfFile(text, scans[file] as YamlScan, file, ctx),
  );
  const sorted = sortObjects(objects, ctx);
  const baseline = keepBaseline(sorted.kept, files, ctx);

  let design: Design | undefined;
  const [only] = texts;
  const restored =
    texts.length === 1 && only !== undefined
      ? restoreDesign(only, scans[0]?.documents.map((d) => d.value) ?? [], ctx)
      : undefined;
  if (restored) {
    const checked = validateDesign({ ...restored, ...(baseline ? { baseline } : {}) });
    design = checked.ok ? checked.design : restored;
    for (const o of objects) {
      if (!ctx.reported.has(objectKey(o))) {
        ctx.add('mapped', 'import.header.object', { resource: describe(o) }, { resource: o });
      }
    }
  } else {
    noteHeadersOfSeveral(texts, ctx);
    design = buildDesign(
      sorted.buckets,
      { header: findHeader(texts), topology: sorted.topology, baseline, options },
      ctx,
    );
  }
  for (const o of objects) {
    if (ctx.reported.has(objectKey(o))) continue;
    if (sorted.topology.includes(o)) {
      ctx.add('ignored', 'import.ignored.topology', { resource: describe(o) }, { resource: o });
    } else {
      ctx.add('ignored', 'import.ignored.unused', { resource: describe(o) }, { resource: o });
    }
  }
  return { design, report: { items: inFileOrder(ctx.items, names) } };
}

function describe(o: Located): string {
  return o.name ? `${o.kind} ${o.name}` : o.kind;
}

interface Sorted {
  buckets: Buckets;
  topology: FoundObject[];
  /** Policy-related resources, valid, to keep in the baseline. */
  kept: FoundObject[];
}

/** Judges the objects as Calico would and files the valid ones by what becomes of them. */
function sortObjects(objects: readonly FoundObject[], ctx: ImportContext): Sorted {
  const buckets: Buckets = { services: [], policies: [], heps: [], bgp: [], sets: [], tiers: [] };
  const topology: FoundObject[] = [];
  const valid: FoundObject[] = [];
  for (const o of objects) {
    const { kind, apiVersion } = o;
    if (TOPOLOGY[kind]?.includes(apiVersion)) {
      topology.push(o);
      continue;
    }
    const k8sPolicy = apiVersion === 'networking.k8s.io/v1' && kind === 'NetworkPolicy';
    // A kind misspelt in case (`globalNetworkPolicy`) is judged, so the validator says what is wrong.
    const calico =
      apiVersion === 'projectcalico.org/v3' &&
      (BASELINE.has(kind) || [...JUDGED_KINDS].some((k) => k.toLowerCase() === kind.toLowerCase()));
    const service = apiVersion === 'v1' && kind.toLowerCase() === 'service';
    if (!k8sPolicy && !calico && !service) {
      // A Deployment, a ConfigMap, a BGPPeer is not wrong, just not part of a design.
      const resource = `${describe(o)} (${apiVersion})`;
      ctx.add('ignored', 'import.ignored.kind', { resource }, { resource: o });
      continue;
    }
    if (!k8sPolicy && (service || !BASELINE.has(kind) || JUDGED_KINDS.has(kind))) {
      const problems = problemsOfNewKinds(o.value, kind, validateResource(o.value, 0));
      if (problems.length) {
        reportProblems(o, problems, ctx);
        continue;
      }
    }
    valid.push(o);
  }
  // kubectl applies a stream object by object: of two with one identity only the last would
  // remain, but a dump never holds two, so the second is the odd one out.
  const duplicates = new Map(
    duplicateResources(valid.map((o) => o.value)).map((d) => [d.doc, d.first]),
  );
  const kept: FoundObject[] = [];
  valid.forEach((o, i) => {
    const first = duplicates.get(i);
    if (first !== undefined) {
      const other = valid[first] as FoundObject;
      ctx.add(
        'rejected',
        'import.duplicate',
        { resource: describe(o), other: where(other, ctx) },
        { resource: o, path: ['metadata', 'name'] },
      );
      return;
    }
    if (BASELINE.has(o.kind) || o.kind === 'NetworkPolicy') kept.push(o);
    if (o.apiVersion === 'v1') buckets.services.push(o);
    else if (!READ_KINDS.has(o.kind) || o.apiVersion !== 'projectcalico.org/v3') return;
    else if (o.kind === 'HostEndpoint') buckets.heps.push(o);
    else if (o.kind === 'BGPConfiguration') buckets.bgp.push(o);
    else if (o.kind === 'GlobalNetworkSet') buckets.sets.push(o);
    else if (o.kind === 'Tier') buckets.tiers.push(o);
    else buckets.policies.push(o);
  });
  return { buckets, topology, kept };
}

/** `file:line` (or `line N`) of an object, for a message that points at it. */
function where(o: Located, ctx: ImportContext): string {
  const scan = ctx.scanOf(o.file);
  const line = scan ? lineIn(scan, o.doc, o.prefix ?? []) : 0;
  const name = ctx.names[o.file ?? 0];
  return name !== undefined ? `${name}:${line}` : `line ${line}`;
}

/** The validator's problems of one object, each at its line. */
function reportProblems(o: FoundObject, problems: readonly ResourceProblem[], ctx: ImportContext) {
  for (const p of problems) {
    const resource = p.kind ? `${p.kind} ${p.name ?? ''}`.trim() : describe(o);
    ctx.add(
      'rejected',
      'import.rejected',
      { resource, at: p.path || 'the document', detail: p.message },
      { resource: o, path: segmentsOf(p.path) },
    );
  }
}

/** formatPath's text back into its segments: `spec.ingress[0]["a.b"]` → spec, ingress, 0, a.b. */
export function segmentsOf(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** The valid policy-related resources as the baseline, each reported as kept. */
function keepBaseline(
  kept: readonly FoundObject[],
  files: readonly ImportFile[],
  ctx: ImportContext,
): Baseline | undefined {
  const resources: BaselineResource[] = [];
  const sources = new Set<number>();
  for (const o of kept) {
    if (resources.length >= MAX_BASELINE_RESOURCES) {
      ctx.add('rejected', 'import.baselineFull', { max: MAX_BASELINE_RESOURCES }, { resource: o });
      continue;
    }
    // Plain data: no shared references from YAML aliases, no Date objects from timestamps.
    const plain: unknown = JSON.parse(JSON.stringify(o.value));
    const parsed = baselineResourceSchema.safeParse(plain);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ctx.add(
        'rejected',
        'import.notKept',
        { resource: describe(o), at: issue?.path.join('.') ?? '' },
        { resource: o, path: (issue?.path ?? []).filter((s) => typeof s !== 'symbol') },
      );
      continue;
    }
    resources.push(parsed.data);
    sources.add(o.file ?? 0);
    ctx.add('kept', 'import.kept', { resource: describe(o) }, { resource: o });
  }
  if (!resources.length) return undefined;
  return {
    resources,
    sources: [...sources].sort((a, b) => a - b).map((i) => sourceName(files[i]?.name ?? '')),
  };
}

/** A file's name as the baseline lists it: one line of plain text, at most 253 characters. */
function sourceName(name: string): string {
  const plain = [...name]
    .filter((ch) => isPlainText(ch))
    .join('')
    .trim();
  return plain.slice(0, 253) || PASTED;
}

/** The header comment this app writes, in the first file that has one. */
function findHeader(texts: readonly string[]) {
  for (let file = 0; file < texts.length; file++) {
    const text = texts[file] ?? '';
    const match = HEADER.exec(text.slice(0, 2000));
    if (match) return { file, line: text.slice(0, match.index).split('\n').length, match };
  }
  return undefined;
}

/** With several files, a file's own design (its header) cannot be the answer: say so. */
function noteHeadersOfSeveral(texts: readonly string[], ctx: ImportContext): void {
  if (texts.length < 2) return;
  texts.forEach((text, file) => {
    const header = readDesignHeader(text);
    if (header) ctx.addAt('ignored', 'import.header.notAlone', {}, { file, line: header.line });
  });
}

/** The report in input order: by file, then by line (items about a whole file after its lines). */
function inFileOrder(items: ImportItem[], names: readonly (string | undefined)[]): ImportItem[] {
  const order = new Map<string | undefined, number>();
  names.forEach((n, i) => {
    if (!order.has(n)) order.set(n, i);
  });
  const rank = (i: ImportItem) => order.get(i.file) ?? names.length;
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        rank(a.item) - rank(b.item) ||
        (a.item.line || Infinity) - (b.item.line || Infinity) ||
        a.i - b.i,
    )
    .map((x) => x.item);
}
