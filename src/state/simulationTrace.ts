/**
 * The traffic simulator's view of the app, without React: what the simulator runs on (the design
 * and the resources of its last good generation), the "Test traffic" form as data (`FlowDraft`)
 * and the flow it stands for, the generated rule behind a stage's policy and rule index, and the
 * packet's path on the canvas (`TraceOverlay`). Results are derived here, never stored. Problems
 * and the path's labels are data (codes and names), put into words in the reader's language by
 * describeTraceProblem, segmentLabel and pathDescription.
 */
import type { Resource } from '../calico/types';
import type { GeneratedDocument } from '../generator/types';
import { assertNever } from '../model/assertNever';
import type { Design, Service } from '../model/design';
import { podsOfService } from '../model/query';
import { parseIp } from '../net/ip';
import type { Locale } from '../i18n/locale';
import { translator, type Translate } from '../i18n/t';
import { describeReason } from '../simulate/describeTrace';
import { anyoneElseAddress, representative } from '../simulate/reachabilityMatrix';
import type { MatrixRow } from '../simulate/reachabilityTable';
import { createSimulator, type Simulator } from '../simulate/simulateFlow';
import {
  SimulationInputError,
  type Flow,
  type FlowProtocol,
  type ReasonCode,
  type ReasonParams,
  type SimulateOptions,
  type SimulationNote,
  type SimulationResult,
  type StageId,
} from '../simulate/types';
import type { Generation, GoodGeneration } from './store';

// ---------------------------------------------------------------------------------------------
// What the simulator runs on

/** The design and generated resources a simulation uses, with the knobs. */
export interface SimulationInputs {
  design: Design;
  documents: GeneratedDocument[];
  resources: Resource[];
  options: SimulateOptions;
  /** True when the design has errors and this is the last design that generated. */
  stale: boolean;
}

/** The design each good generation came from: a stale generation simulates its own design. */
const goodDesigns = new WeakMap<GoodGeneration, Design>();
const resourcesOf = new WeakMap<GoodGeneration, Resource[]>();

/**
 * The simulator's inputs for a generation: its last good YAML's resources with the design that
 * produced them, or undefined when nothing has generated yet. `kubeProxyMasquerade` is the knob
 * of SEMANTICS.md §1.3–§1.4; failsafe ports come from the design (§2.5).
 */
export function simulationInputsOf(
  generation: Generation,
  kubeProxyMasquerade: boolean,
): SimulationInputs | undefined {
  const { current, lastGood } = generation;
  if (current.ok) goodDesigns.set(current, generation.design);
  if (!lastGood) return undefined;
  let resources = resourcesOf.get(lastGood);
  if (!resources) {
    resources = lastGood.documents.map((d) => d.resource);
    resourcesOf.set(lastGood, resources);
  }
  const design = goodDesigns.get(lastGood) ?? generation.design;
  const failsafe = design.cluster.failsafeInboundHostPorts;
  return {
    design,
    documents: lastGood.documents,
    resources,
    options: {
      kubeProxyMasquerade,
      ...(failsafe === undefined ? {} : { failsafeInboundHostPorts: failsafe }),
    },
    stale: !current.ok,
  };
}

let simulatorCache: { key: readonly unknown[]; simulator: Simulator } | undefined;

/** One simulator per design, resources and knobs (building one costs ~30 ms on 20 nodes). */
export function simulatorFor(inputs: SimulationInputs): Simulator {
  const key = [
    inputs.design,
    inputs.resources,
    inputs.options.kubeProxyMasquerade,
    inputs.options.failsafeInboundHostPorts,
  ];
  if (simulatorCache && simulatorCache.key.every((k, i) => k === key[i])) {
    return simulatorCache.simulator;
  }
  const simulator = createSimulator(inputs.design, inputs.resources, inputs.options);
  simulatorCache = { key, simulator };
  return simulator;
}

// ---------------------------------------------------------------------------------------------
// The "Test traffic" form as data

export type DraftSource =
  { kind: 'client'; client: string } | { kind: 'address' } | { kind: 'pod'; pod: string };

export type DraftDestination =
  | { kind: 'service'; service: string }
  | { kind: 'node'; node: string; ip: string }
  | { kind: 'pod'; pod: string };

/** What the user chose in the Test traffic panel (view state: not in the design, not undone). */
export interface FlowDraft {
  source: DraftSource;
  /** The source address of a client or of any address; editable. A pod sends from its IP. */
  srcAddress: string;
  destination: DraftDestination;
  /** A service port, as `port/protocol`. */
  servicePort: string;
  /** Port and protocol for a node address or a pod IP. */
  port: string;
  protocol: FlowProtocol;
  /** Entry node id and interface, for a source outside the cluster. */
  entryNode: string;
  entryIface: string;
  /** Pod id kube-proxy must pick; empty for every backend. */
  backend: string;
}

/** `80/TCP`. */
export function portKey(port: number, protocol: string): string {
  return `${port}/${protocol}`;
}

/** The first usable address of a client (what the matrix uses for it too). */
export function clientAddress(design: Design, clientId: string): string {
  const cidr = design.clients.find((c) => c.id === clientId)?.cidrs[0];
  return (cidr && representative(cidr)) ?? '';
}

function firstNodeAddress(design: Design): DraftDestination | undefined {
  for (const n of design.nodes) {
    for (const i of n.interfaces) {
      const ip = i.ips[0];
      if (ip) return { kind: 'node', node: n.id, ip };
    }
  }
  return undefined;
}

function sourceExists(design: Design, s: DraftSource): boolean {
  switch (s.kind) {
    case 'client':
      return design.clients.some((c) => c.id === s.client);
    case 'pod':
      return design.pods.some((p) => p.id === s.pod);
    case 'address':
      return true;
  }
}

function destinationExists(design: Design, d: DraftDestination): boolean {
  switch (d.kind) {
    case 'service':
      return design.services.some((s) => s.id === d.service);
    case 'node':
      return design.nodes.some(
        (n) => n.id === d.node && n.interfaces.some((i) => i.ips.includes(d.ip)),
      );
    case 'pod':
      return design.pods.some((p) => p.id === d.pod && p.ip !== undefined);
  }
}

function serviceOf(design: Design, d: DraftDestination): Service | undefined {
  return d.kind === 'service' ? design.services.find((s) => s.id === d.service) : undefined;
}

/** The service a draft sends to, if any. */
export function draftService(design: Design, draft: FlowDraft): Service | undefined {
  return serviceOf(design, draft.destination);
}

/**
 * A draft whose every reference exists in the design: missing clients, pods, services, nodes,
 * interfaces and backends fall back to the first that exists (or to "any address"), so a draft
 * survives any edit of the design. Returns the same object when nothing had to change.
 */
export function normalizeDraft(draft: FlowDraft | undefined, design: Design): FlowDraft {
  const firstClient = design.clients[0];
  let source = draft?.source;
  let srcAddress = draft?.srcAddress;
  if (!source || !sourceExists(design, source)) {
    source = firstClient ? { kind: 'client', client: firstClient.id } : { kind: 'address' };
    srcAddress = undefined;
  }
  if (srcAddress === undefined) {
    srcAddress =
      source.kind === 'client' ? clientAddress(design, source.client) : anyoneElseAddress(design);
  }
  let destination = draft?.destination;
  if (!destination || !destinationExists(design, destination)) {
    const firstService = design.services[0];
    const firstPod = design.pods.find((p) => p.ip !== undefined);
    destination = firstService
      ? { kind: 'service', service: firstService.id }
      : (firstNodeAddress(design) ??
        (firstPod ? { kind: 'pod', pod: firstPod.id } : { kind: 'service', service: '' }));
  }
  const service = serviceOf(design, destination);
  let servicePort = draft?.servicePort ?? '';
  if (service && !service.ports.some((p) => portKey(p.port, p.protocol) === servicePort)) {
    const p = service.ports[0];
    servicePort = p ? portKey(p.port, p.protocol) : '';
  }
  let entryNode = draft?.entryNode ?? '';
  const node = design.nodes.find((n) => n.id === entryNode) ?? design.nodes[0];
  entryNode = node?.id ?? '';
  let entryIface = draft?.entryIface ?? '';
  if (!node?.interfaces.some((i) => i.name === entryIface)) {
    entryIface = node?.interfaces[0]?.name ?? '';
  }
  let backend = draft?.backend ?? '';
  if (backend && !(service && podsOfService(design, service).some((p) => p.id === backend))) {
    backend = '';
  }
  const next: FlowDraft = {
    source,
    srcAddress,
    destination,
    servicePort,
    port: draft?.port ?? '80',
    protocol: draft?.protocol ?? 'TCP',
    entryNode,
    entryIface,
    backend,
  };
  return draft && JSON.stringify(draft) === JSON.stringify(next) ? draft : next;
}

/**
 * Why a draft is not a flow yet (the first six), or why the simulator refused the flow (an unknown
 * node or pod, a bad address): a code with what the words need, never a sentence.
 */
export type TraceProblem =
  | { kind: 'nothingToSendTo' }
  | { kind: 'choosePort'; service: string }
  | { kind: 'badPort' }
  | { kind: 'sourcePodWithoutIp' }
  | { kind: 'badSourceAddress' }
  | { kind: 'noEntry' }
  | { kind: 'simulation'; reason: ReasonCode; params: ReasonParams };

/** A problem in words, in one language (`t` and `locale` of the same one). */
export function describeTraceProblem(problem: TraceProblem, t: Translate, locale: Locale): string {
  switch (problem.kind) {
    case 'nothingToSendTo':
      return t('ui.simulator.problem.nothingToSendTo');
    case 'choosePort':
      return t('ui.simulator.problem.choosePort', { service: problem.service });
    case 'badPort':
      return t('ui.simulator.problem.badPort');
    case 'sourcePodWithoutIp':
      return t('ui.simulator.problem.sourcePodWithoutIp');
    case 'badSourceAddress':
      return t('ui.simulator.problem.badSourceAddress');
    case 'noEntry':
      return t('ui.simulator.problem.noEntry');
    case 'simulation':
      return describeReason(problem.reason, problem.params, locale);
    default:
      return assertNever(problem, 'trace problem');
  }
}

/** The flow a draft stands for, or why it is not one yet. */
export function flowOfDraft(
  design: Design,
  draft: FlowDraft,
): { ok: true; flow: Flow } | { ok: false; problem: TraceProblem } {
  let dst: string;
  let port: number;
  let protocol: FlowProtocol;
  const d = draft.destination;
  if (d.kind === 'service') {
    const service = design.services.find((s) => s.id === d.service);
    if (!service) return { ok: false, problem: { kind: 'nothingToSendTo' } };
    const p = service.ports.find((x) => portKey(x.port, x.protocol) === draft.servicePort);
    if (!p) return { ok: false, problem: { kind: 'choosePort', service: service.name } };
    dst = service.clusterIP;
    port = p.port;
    protocol = p.protocol;
  } else {
    if (d.kind === 'node') dst = d.ip;
    else dst = design.pods.find((p) => p.id === d.pod)?.ip ?? '';
    port = Number(draft.port);
    protocol = draft.protocol;
    if (!/^[0-9]+$/.test(draft.port) || port < 1 || port > 65535) {
      return { ok: false, problem: { kind: 'badPort' } };
    }
  }
  let flow: Flow;
  if (draft.source.kind === 'pod') {
    const podId = draft.source.pod;
    const pod = design.pods.find((p) => p.id === podId);
    if (!pod?.ip) return { ok: false, problem: { kind: 'sourcePodWithoutIp' } };
    flow = { dst, port, protocol, via: { pod: pod.id } };
  } else {
    if (!parseIp(draft.srcAddress.trim())) {
      return { ok: false, problem: { kind: 'badSourceAddress' } };
    }
    if (!draft.entryNode || !draft.entryIface) {
      return { ok: false, problem: { kind: 'noEntry' } };
    }
    flow = {
      src: draft.srcAddress.trim(),
      dst,
      port,
      protocol,
      via: { node: draft.entryNode, iface: draft.entryIface },
    };
  }
  if (d.kind === 'service' && draft.backend) {
    const pod = design.pods.find((p) => p.id === draft.backend);
    if (pod) flow.backend = `${pod.namespace}/${pod.name}`;
  }
  return { ok: true, flow };
}

// ---------------------------------------------------------------------------------------------
// From a stage to the generated rule

/** The direction of the rule list a stage evaluates (SEMANTICS.md §1.2: 4b ii and iv are egress). */
export function ruleDirection(stage: StageId): 'ingress' | 'egress' {
  return stage === 'workloadEgress' || stage === 'hostEndpointForwardEgress' ? 'egress' : 'ingress';
}

/** How the simulator names a policy: a GNP by name, a namespaced policy as `namespace/name`. */
function policyDisplay(doc: GeneratedDocument): string | undefined {
  const { kind, metadata } = doc.resource;
  if (kind === 'GlobalNetworkPolicy') return metadata.name;
  if (kind === 'NetworkPolicy') return `${metadata.namespace ?? 'default'}/${metadata.name}`;
  return undefined;
}

/** The generated resource and rule path behind a stage's policy and rule index. */
export function ruleRefOf(
  decided: { stage: StageId; policy?: string; ruleIndex?: number },
  documents: readonly GeneratedDocument[],
): { resource: string; rulePath: string } | undefined {
  if (decided.policy === undefined) return undefined;
  const doc = documents.find((d) => policyDisplay(d) === decided.policy);
  if (!doc) return undefined;
  const rulePath =
    decided.ruleIndex === undefined
      ? ''
      : `spec.${ruleDirection(decided.stage)}[${decided.ruleIndex}]`;
  return { resource: doc.key, rulePath };
}

// ---------------------------------------------------------------------------------------------
// Running a draft

export type TraceOutcome =
  | {
      ok: true;
      flow: Flow;
      results: SimulationResult[];
      notes: SimulationNote[];
      overlay: TraceOverlay;
    }
  | { ok: false; problem: TraceProblem };

/** Simulates a draft over the inputs: results per backend and the path to draw, or a problem. */
export function traceOf(inputs: SimulationInputs, draft: FlowDraft): TraceOutcome {
  const built = flowOfDraft(inputs.design, draft);
  if (!built.ok) return built;
  try {
    const simulator = simulatorFor(inputs);
    const results = simulator.simulate(built.flow);
    return {
      ok: true,
      flow: built.flow,
      results,
      notes: simulator.notes,
      overlay: tracePathOf(inputs.design, draft, results),
    };
  } catch (error) {
    if (error instanceof SimulationInputError) {
      return {
        ok: false,
        problem: { kind: 'simulation', reason: error.reason, params: error.params },
      };
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The packet's path on the canvas

/** What a leg's label says: how the packet got onto it, or where it was dropped. */
export type SegmentNote =
  | { kind: 'enters'; node: string; iface: string }
  | { kind: 'fromPod'; pod: string }
  | { kind: 'dnat' }
  | { kind: 'denied'; stage: StageId; node: string };

/** One leg of the drawn path, between two canvas elements. */
export interface TraceSegment {
  from: string;
  to: string;
  status: 'allowed' | 'denied';
  note: SegmentNote;
  /** `note` in English (`segmentLabel` puts it into any language). */
  label: string;
}

/** The path in one sentence, as data: who sent, where it entered, to what, and each outcome. */
export interface PathSummary {
  /** The source's name, or the address of "any other address". */
  start: string;
  /** `node/interface` where an outside packet entered; absent for a pod source. */
  entry?: string;
  target: string;
  steps: { backend?: string; verdict: 'allowed' | 'denied' }[];
}

/** What the canvas draws for a trace (view state, derived from the shown flow). */
export interface TraceOverlay {
  verdict: 'allowed' | 'denied' | 'mixed';
  /** Element ids on the path: source, entry node, destination, backends and their nodes. */
  elements: string[];
  /** Element ids where a packet was dropped. */
  dropped: string[];
  segments: TraceSegment[];
  path: PathSummary;
  /** `path` in English, for assistive technology (`pathDescription` in any language). */
  description: string;
}

/** A leg's label in one language: `enters node-1/eth0`, `DNAT`, `Denied: preDNAT on node-1`. */
export function segmentLabel(note: SegmentNote, t: Translate): string {
  switch (note.kind) {
    case 'enters':
      return t('ui.simulator.path.enters', { node: note.node, iface: note.iface });
    case 'fromPod':
      return t('ui.simulator.path.fromPod', { pod: note.pod });
    case 'dnat':
      return t('ui.simulator.path.dnat');
    case 'denied':
      return t('ui.simulator.path.denied', { stage: note.stage, node: note.node });
    default:
      return assertNever(note, 'segment note');
  }
}

/** The path in one sentence, in one language: `Packet path: office via node-1/eth0 to svc-a; …`. */
export function pathDescription(path: PathSummary, t: Translate): string {
  const steps = path.steps
    .map((step) => {
      const outcome = t(
        step.verdict === 'allowed' ? 'ui.simulator.outcome.allowed' : 'ui.simulator.outcome.denied',
      );
      return step.backend === undefined
        ? t('ui.simulator.path.step', { outcome })
        : t('ui.simulator.path.stepBackend', { backend: step.backend, outcome });
    })
    .join(t('ui.simulator.path.separator'));
  const params = { start: path.start, target: path.target, steps };
  return path.entry === undefined
    ? t('ui.simulator.path.description', params)
    : t('ui.simulator.path.descriptionVia', { ...params, entry: path.entry });
}

/** The canvas reads `label` and `description`: English, as the rest of the state speaks. */
const english = translator('en');

/** Stages that run before the packet leaves the entry node's PREROUTING/first checks. */
const BEFORE_DNAT_TARGET = new Set<StageId>([
  'untracked',
  'preDNAT',
  'serviceNAT',
  'hostEndpointInput',
  'hostEndpointForwardIngress',
  'workloadEgress',
]);

function nodeIdByName(design: Design, name: string): string | undefined {
  return (design.nodes.find((n) => n.name === name) ?? design.nodes.find((n) => n.id === name))?.id;
}

function podIdByKey(design: Design, key: string): string | undefined {
  return design.pods.find((p) => `${p.namespace}/${p.name}` === key || p.id === key)?.id;
}

function nameOf(design: Design, id: string): string {
  const all = [...design.clients, ...design.services, ...design.nodes, ...design.pods];
  return all.find((x) => x.id === id)?.name ?? id;
}

/**
 * The path of a simulated flow as canvas elements: source (client or pod; for any other address
 * the entry node), the service or destination, each backend; the leg where a packet was dropped
 * is `denied`, earlier legs `allowed`, later legs not drawn.
 */
export function tracePathOf(
  design: Design,
  draft: FlowDraft,
  results: readonly SimulationResult[],
): TraceOverlay {
  const src = draft.source;
  const sourcePod = src.kind === 'pod' ? design.pods.find((p) => p.id === src.pod) : undefined;
  const entryNode = sourcePod ? sourcePod.node : draft.entryNode;
  const start = src.kind === 'client' ? src.client : (sourcePod?.id ?? entryNode);
  const d = draft.destination;
  let target: string;
  if (d.kind === 'service') target = d.service;
  else if (d.kind === 'node') target = d.node;
  else target = d.pod;
  const entryNote: SegmentNote = sourcePod
    ? { kind: 'fromPod', pod: sourcePod.name }
    : { kind: 'enters', node: nameOf(design, entryNode), iface: draft.entryIface };

  const elements = new Set<string>([start, entryNode, target]);
  const dropped = new Set<string>();
  const segments = new Map<string, TraceSegment>();
  const add = (from: string, to: string, status: TraceSegment['status'], note: SegmentNote) => {
    if (from === to) return;
    const key = `${from}->${to}`;
    const seen = segments.get(key);
    const segment = { from, to, status, note, label: segmentLabel(note, english) };
    if (!seen) segments.set(key, segment);
    else if (status === 'denied' && seen.status !== 'denied') segments.set(key, segment);
  };
  const steps: PathSummary['steps'] = [];
  for (const r of results) {
    const denied = r.final.verdict === 'denied';
    const first = r.hops[0];
    // Dropped on the entry node before the packet headed for its backend.
    const early = denied && r.final.node === first?.node && BEFORE_DNAT_TARGET.has(r.final.stage);
    const deniedNote: SegmentNote = { kind: 'denied', stage: r.final.stage, node: r.final.node };
    const backend = r.backend === undefined ? undefined : podIdByKey(design, r.backend);
    const backendNode = backend ? design.pods.find((p) => p.id === backend)?.node : undefined;
    if (backend) elements.add(backend);
    if (backendNode) elements.add(backendNode);
    if (d.kind === 'service' && backend && !early) {
      add(start, target, 'allowed', entryNote);
      add(target, backend, denied ? 'denied' : 'allowed', denied ? deniedNote : { kind: 'dnat' });
      if (denied) dropped.add(backend);
    } else {
      add(start, target, denied ? 'denied' : 'allowed', denied ? deniedNote : entryNote);
      if (denied) dropped.add(nodeIdByName(design, r.final.node) ?? target);
    }
    steps.push({
      ...(r.backend === undefined ? {} : { backend: r.backend }),
      verdict: r.final.verdict,
    });
  }
  const verdicts = new Set(results.map((r) => r.final.verdict));
  let verdict: TraceOverlay['verdict'] = 'mixed';
  if (verdicts.size === 1) verdict = verdicts.has('allowed') ? 'allowed' : 'denied';
  const path: PathSummary = {
    start: src.kind === 'address' ? draft.srcAddress : nameOf(design, start),
    ...(sourcePod ? {} : { entry: `${nameOf(design, entryNode)}/${draft.entryIface}` }),
    target: nameOf(design, target),
    steps,
  };
  return {
    verdict,
    elements: [...elements],
    dropped: [...dropped],
    segments: [...segments.values()],
    path,
    description: pathDescription(path, english),
  };
}

/** The Test traffic form set to one matrix cell's flow (to replay it and draw its path). */
export function draftOfRow(design: Design, row: MatrixRow): FlowDraft {
  const node = design.nodes.find((n) => n.name === row.entry.node || n.id === row.entry.node);
  return {
    source:
      row.source.kind === 'client'
        ? { kind: 'client', client: row.source.client }
        : { kind: 'address' },
    srcAddress: row.source.ip,
    destination: { kind: 'service', service: row.target.service },
    servicePort: portKey(row.target.port, row.target.protocol),
    port: String(row.target.port),
    protocol: row.target.protocol,
    entryNode: node?.id ?? row.entry.node,
    entryIface: row.entry.iface,
    backend: row.backend === undefined ? '' : (podIdByKey(design, row.backend) ?? ''),
  };
}
