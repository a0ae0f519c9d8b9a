/**
 * The audit: what a running cluster's policy (the design's baseline) lets through today, judged
 * against the design's intent, with the same two matrices the generated output is judged by
 * (reachabilityMatrix, inClusterReachability). The intent is the access edges, inferred ones
 * included; a Service without edges means "nobody outside". Pure and deterministic.
 *
 * The baseline is read as Calico reads it: Kubernetes NetworkPolicies as their `knp.default.*`
 * conversions (the simulator does that, kubernetesPolicy.ts), FelixConfiguration `default`'s
 * failsafe ports and endpoint-to-host action as the knobs, KubeControllersConfiguration's
 * automatic HostEndpoints added per node.
 */
import type { HostEndpoint, Resource } from '../calico/types';
import type { BaselineResource, Design } from '../model/design';
import { inClusterReachability, type InClusterMatrix } from './inClusterMatrix';
import { isKubernetesNetworkPolicy, KNP_PREFIX } from './kubernetesPolicy';
import { reachabilityMatrix, type ReachabilityMatrix } from './reachabilityMatrix';
import type {
  EndpointToHostAction,
  FailsafePort,
  SimulateOptions,
  SimulationNote,
  SimulationResult,
  StageId,
  StageRecord,
} from './types';

export interface AuditOptions {
  /** As in the matrix: kube-proxy masquerades off-cluster sources (default true). */
  kubeProxyMasquerade?: boolean;
}

/** The simulator's input for the baseline: its resources and the knobs the cluster sets. */
export interface AuditInputs {
  resources: Resource[];
  options: SimulateOptions;
  /** What the audit read from the cluster's settings, as simulator notes. */
  notes: SimulationNote[];
}

/** One policy of the baseline, as the trace names it. */
export interface BaselinePolicy {
  /** The name a trace's `policy` carries: GNP name, or `namespace/name` (`knp.default.*` too). */
  display: string;
  /** `Kind/name` or `Kind/namespace/name`, as the baseline holds it. */
  resource: string;
  tier: string;
  /** Staged policies never decide anything (they only record). */
  staged: boolean;
  /** Why the simulator left it out or guessed (Calico rejects it, an unknown tier, staged). */
  note?: SimulationNote;
}

/** What one rule of a policy decided: how many flows, and the stage it ran in. */
export interface RuleDecision {
  ruleIndex: number;
  stage: StageId;
  allowed: number;
  denied: number;
}

/** The flows one baseline policy decides. */
export interface PolicyDecision<F> {
  policy: BaselinePolicy;
  allowed: number;
  denied: number;
  /** Of those, the flows not as intended. */
  mismatches: number;
  rules: RuleDecision[];
  /** The first flows it decides, mismatches first (at most `EXAMPLES`). */
  examples: F[];
}

/** Flows dropped at the end of a tier: a policy of it selected the endpoint, no rule decided. */
export interface TierDrop<F> {
  tier: string;
  denied: number;
  mismatches: number;
  examples: F[];
}

export interface PolicyDecisions<F> {
  /** Policies that decide at least one flow, in the baseline's order. */
  deciding: PolicyDecision<F>[];
  /** Per tier, the flows its end dropped (the isolation a selecting policy brings). */
  endOfTier: TierDrop<F>[];
  /** Policies that decide no flow at all (staged ones included). */
  idle: BaselinePolicy[];
}

export interface Audit {
  inputs: AuditInputs;
  /** Unexpectedly allowed first (who outside reaches what they should not), then cut off. */
  matrix: ReachabilityMatrix;
  inCluster: InClusterMatrix;
  policies: PolicyDecisions<AuditFlow>;
  /** Cells and in-cluster flows not as intended. */
  mismatches: number;
}

/** A matrix cell or an in-cluster row, as the per-policy view lists it. */
export type AuditFlow =
  | { kind: 'cell'; cell: ReachabilityMatrix['cells'][number] }
  | { kind: 'inCluster'; row: InClusterMatrix['rows'][number] };

/** How many flows each policy lists as examples. */
export const EXAMPLES = 20;

const POLICY_KINDS: ReadonlySet<string> = new Set([
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
]);

function record(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : {};
}

/**
 * The baseline as the simulator's resources. The simulator reads every field defensively (a
 * baseline is verbatim cluster YAML), so the envelope-checked objects are handed over as they are.
 */
export function baselineResources(baseline: readonly BaselineResource[]): Resource[] {
  return baseline as unknown as Resource[];
}

/** Felix's failsafe list as the simulator takes it; an unreadable entry is skipped, as Felix does. */
function failsafeList(x: unknown): FailsafePort[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: FailsafePort[] = [];
  for (const e of x) {
    const r = record(e);
    const protocol = typeof r.protocol === 'string' ? r.protocol.toUpperCase() : 'TCP';
    if (typeof r.port !== 'number' || !['TCP', 'UDP', 'SCTP'].includes(protocol)) continue;
    out.push({
      protocol: protocol as FailsafePort['protocol'],
      port: r.port,
      ...(typeof r.net === 'string' ? { net: r.net } : {}),
    });
  }
  return out;
}

/** The knobs FelixConfiguration `default` sets (DATAPLANES.md: Felix settings), with notes. */
function felixKnobs(
  baseline: readonly BaselineResource[],
  notes: SimulationNote[],
): Pick<
  SimulateOptions,
  'failsafeInboundHostPorts' | 'failsafeOutboundHostPorts' | 'endpointToHostAction'
> {
  const out: ReturnType<typeof felixKnobs> = {};
  for (const r of baseline) {
    if (r.kind !== 'FelixConfiguration') continue;
    const name = r.metadata.name;
    if (name !== 'default') {
      if (name.startsWith('node.')) {
        notes.push({
          resource: `FelixConfiguration/${name}`,
          reason: 'felixPerNodeNotJudged',
          params: { node: name.slice('node.'.length) },
        });
      }
      continue;
    }
    const spec = record(r.spec);
    const set: string[] = [];
    const inbound = failsafeList(spec.failsafeInboundHostPorts);
    const outbound = failsafeList(spec.failsafeOutboundHostPorts);
    if (inbound) {
      out.failsafeInboundHostPorts = inbound;
      set.push('failsafeInboundHostPorts');
    }
    if (outbound) {
      out.failsafeOutboundHostPorts = outbound;
      set.push('failsafeOutboundHostPorts');
    }
    const action = spec.defaultEndpointToHostAction;
    if (action === 'Accept' || action === 'Drop' || action === 'Return') {
      out.endpointToHostAction = action satisfies EndpointToHostAction;
      set.push('defaultEndpointToHostAction');
    }
    if (set.length) {
      notes.push({
        resource: 'FelixConfiguration/default',
        reason: 'felixSettingsApplied',
        params: { settings: set.join(', ') },
      });
    }
  }
  return out;
}

/**
 * The HostEndpoints kube-controllers creates when `controllers.node.hostEndpoint.autoCreate` is
 * Enabled: `<node>-auto-hep`, every interface (`*`), the node's addresses as expectedIPs, the
 * node's labels, profile projectcalico-default-allow (Calico docs, "Automatic host endpoints").
 */
function autoHostEndpoints(
  design: Design,
  baseline: readonly BaselineResource[],
  notes: SimulationNote[],
): HostEndpoint[] {
  const kcc = baseline.find(
    (r) => r.kind === 'KubeControllersConfiguration' && r.metadata.name === 'default',
  );
  const hep = record(record(record(record(kcc?.spec).controllers).node).hostEndpoint);
  if (hep.autoCreate !== 'Enabled') return [];
  const taken = new Set(
    baseline.filter((r) => r.kind === 'HostEndpoint').map((r) => r.metadata.name),
  );
  const out: HostEndpoint[] = [];
  for (const n of design.nodes) {
    const name = `${n.name}-auto-hep`;
    if (taken.has(name)) continue;
    const ips = [...n.interfaces.flatMap((i) => i.ips), ...(n.tunnelIP ? [n.tunnelIP] : [])];
    out.push({
      apiVersion: 'projectcalico.org/v3',
      kind: 'HostEndpoint',
      metadata: {
        name,
        labels: { ...n.labels, 'projectcalico.org/created-by': 'calico-kube-controllers' },
      },
      spec: {
        node: n.name,
        interfaceName: '*',
        expectedIPs: ips,
        profiles: ['projectcalico-default-allow'],
      },
    });
  }
  notes.push({
    resource: 'KubeControllersConfiguration/default',
    reason: 'autoHostEndpoints',
    params: { count: out.length },
  });
  return out;
}

/** The baseline as the simulator's input: resources, cluster knobs, and what was read. */
export function auditInputs(design: Design, options: AuditOptions = {}): AuditInputs {
  const baseline = design.baseline?.resources ?? [];
  const notes: SimulationNote[] = [];
  const knobs = felixKnobs(baseline, notes);
  const failsafe = design.cluster.failsafeInboundHostPorts;
  return {
    resources: [...baselineResources(baseline), ...autoHostEndpoints(design, baseline, notes)],
    options: {
      kubeProxyMasquerade: options.kubeProxyMasquerade ?? true,
      // The cluster's own FelixConfiguration wins over what the design says it would set.
      ...(failsafe === undefined ? {} : { failsafeInboundHostPorts: failsafe }),
      ...knobs,
    },
    notes,
  };
}

/** The baseline's policies, in the order the baseline lists them. */
export function baselinePolicies(
  baseline: readonly BaselineResource[],
  notes: readonly SimulationNote[] = [],
): BaselinePolicy[] {
  const out: BaselinePolicy[] = [];
  for (const r of baseline) {
    if (!POLICY_KINDS.has(r.kind)) continue;
    const spec = record(r.spec);
    const ns = r.metadata.namespace;
    const knp = isKubernetesNetworkPolicy(r);
    const name = knp ? `${KNP_PREFIX}${r.metadata.name}` : r.metadata.name;
    const global = r.kind === 'GlobalNetworkPolicy' || r.kind === 'StagedGlobalNetworkPolicy';
    const namespace = ns ?? 'default';
    const display = global ? name : `${namespace}/${name}`;
    const resource = global
      ? `${r.kind}/${r.metadata.name}`
      : `${r.kind}/${namespace}/${r.metadata.name}`;
    const staged = r.kind.startsWith('Staged');
    // The simulator names a policy in its notes as it compiled it (a `knp.default.*` one too).
    const compiled = staged
      ? resource
      : `${global ? 'GlobalNetworkPolicy' : 'NetworkPolicy'}/${display}`;
    const note = notes.find((n) => n.resource === compiled);
    out.push({
      display,
      resource,
      tier: !knp && typeof spec.tier === 'string' && spec.tier !== '' ? spec.tier : 'default',
      staged,
      ...(note ? { note } : {}),
    });
  }
  return out;
}

/** The stage record that decided a result: the one its final verdict names. */
export function decidingRecord(result: SimulationResult): StageRecord | undefined {
  const f = result.final;
  let found: StageRecord | undefined;
  for (const hop of result.hops) {
    if (hop.node !== f.node) continue;
    for (const r of hop.stages) {
      if (r.stage === f.stage && r.policy === f.policy && r.ruleIndex === f.ruleIndex) found = r;
    }
  }
  return found;
}

/**
 * For each baseline policy, the flows whose deciding rule is one of its rules (a flow's final
 * verdict names the policy and rule that decided it); the flows dropped at the end of a tier no
 * rule decided (a policy selected the endpoint and nothing matched: Kubernetes' isolation), per
 * tier; and the policies that decide no flow.
 */
export function policyDecisions<F>(
  policies: readonly BaselinePolicy[],
  flows: Iterable<F>,
  resultOf: (flow: F) => SimulationResult,
  isMismatch: (flow: F) => boolean = () => false,
): PolicyDecisions<F> {
  const byDisplay = new Map<string, PolicyDecision<F>>();
  for (const p of policies) {
    if (p.staged || byDisplay.has(p.display)) continue;
    byDisplay.set(p.display, {
      policy: p,
      allowed: 0,
      denied: 0,
      mismatches: 0,
      rules: [],
      examples: [],
    });
  }
  const tiers = new Map<string, TierDrop<F>>();
  const mismatched = new Map<object, F[]>();
  const keep = (holder: { examples: F[]; mismatches: number }, flow: F) => {
    if (isMismatch(flow)) {
      holder.mismatches++;
      const list = mismatched.get(holder) ?? [];
      if (list.length < EXAMPLES) list.push(flow);
      mismatched.set(holder, list);
    } else if (holder.examples.length < EXAMPLES) holder.examples.push(flow);
  };
  for (const flow of flows) {
    const result = resultOf(flow);
    const f = result.final;
    if (f.policy === undefined) {
      const r = f.verdict === 'denied' ? decidingRecord(result) : undefined;
      const tier = r?.reason === 'endOfTier' ? r.params?.tier : undefined;
      if (tier === undefined) continue;
      const drop = tiers.get(String(tier)) ?? {
        tier: String(tier),
        denied: 0,
        mismatches: 0,
        examples: [],
      };
      tiers.set(drop.tier, drop);
      drop.denied++;
      keep(drop, flow);
      continue;
    }
    const d = byDisplay.get(f.policy);
    if (!d) continue;
    const allowed = f.verdict === 'allowed';
    if (allowed) d.allowed++;
    else d.denied++;
    const ruleIndex = f.ruleIndex ?? -1;
    let rule = d.rules.find((r) => r.ruleIndex === ruleIndex && r.stage === f.stage);
    if (!rule) {
      rule = { ruleIndex, stage: f.stage, allowed: 0, denied: 0 };
      d.rules.push(rule);
    }
    if (allowed) rule.allowed++;
    else rule.denied++;
    keep(d, flow);
  }
  const lead = <H extends { examples: F[] }>(h: H): H => {
    h.examples = [...(mismatched.get(h) ?? []), ...h.examples].slice(0, EXAMPLES);
    return h;
  };
  const deciding: PolicyDecision<F>[] = [];
  const idle: BaselinePolicy[] = [];
  for (const p of policies) {
    const d = p.staged ? undefined : byDisplay.get(p.display);
    if (d && d.policy === p && d.allowed + d.denied > 0) {
      d.rules.sort((a, b) => a.ruleIndex - b.ruleIndex || a.stage.localeCompare(b.stage));
      deciding.push(lead(d));
    } else idle.push(p);
  }
  return { deciding, endOfTier: [...tiers.values()].map(lead), idle };
}

/** Unexpectedly allowed first, then unexpectedly denied, then the rest; generation order within. */
function mismatchRank(m: { mismatch: boolean; allowed: boolean }): number {
  if (!m.mismatch) return 2;
  return m.allowed ? 0 : 1;
}

/** Runs both matrices on the baseline against the design's intent. */
export function auditBaseline(design: Design, options: AuditOptions = {}): Audit {
  const inputs = auditInputs(design, options);
  const matrix = reachabilityMatrix(design, inputs.resources, inputs.options);
  matrix.cells.sort(
    (a, b) =>
      mismatchRank({ mismatch: a.mismatch, allowed: a.simulated === 'allowed' }) -
        mismatchRank({ mismatch: b.mismatch, allowed: b.simulated === 'allowed' }) ||
      a.index - b.index,
  );
  const inCluster = inClusterReachability(design, inputs.resources, inputs.options);
  inCluster.rows.sort(
    (a, b) =>
      mismatchRank({ mismatch: a.mismatch, allowed: a.actual === 'allowed' }) -
        mismatchRank({ mismatch: b.mismatch, allowed: b.actual === 'allowed' }) ||
      a.index - b.index,
  );
  const flows: AuditFlow[] = [
    ...matrix.cells.map((cell): AuditFlow => ({ kind: 'cell', cell })),
    ...inCluster.rows.map((row): AuditFlow => ({ kind: 'inCluster', row })),
  ];
  const policies = policyDecisions(
    baselinePolicies(design.baseline?.resources ?? [], matrix.notes),
    flows,
    (f) => (f.kind === 'cell' ? f.cell.result : f.row.result),
    (f) => (f.kind === 'cell' ? f.cell.mismatch : f.row.mismatch),
  );
  return {
    inputs,
    matrix,
    inCluster,
    policies,
    mismatches: matrix.summary.mismatches + inCluster.summary.mismatches,
  };
}
