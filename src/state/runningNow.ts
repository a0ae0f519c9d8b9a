/**
 * "Running now": the simulator's inputs for what the cluster enforces today, the design's baseline
 * read as Calico reads it (src/simulate/audit.ts), judged against the same design's intent. And the
 * other way round: the generated policies part as a baseline ("adopt as running now"). View state
 * only; the baseline itself lives in the design.
 */
import { baselineResourceSchema, type Baseline, type BaselineResource } from '../model/design';
import { auditInputs } from '../simulate/audit';
import type { SimulationNote } from '../simulate/types';
import type { SimulationInputs } from './simulationTrace';

export interface RunningNow {
  inputs: SimulationInputs;
  /** What the audit read from the cluster's settings (failsafe ports, automatic HostEndpoints). */
  notes: SimulationNote[];
}

const cache = new WeakMap<SimulationInputs, RunningNow>();

/**
 * The inputs for the baseline of the proposed inputs' design, with the same knob; one object per
 * proposed inputs object, so the matrix store sees the same inputs until something changes.
 */
export function runningNowOf(proposed: SimulationInputs): RunningNow | undefined {
  const { design } = proposed;
  if (!design.baseline) return undefined;
  const hit = cache.get(proposed);
  if (hit) return hit;
  const audit = auditInputs(design, {
    kubeProxyMasquerade: proposed.options.kubeProxyMasquerade ?? true,
  });
  const value: RunningNow = {
    // No generated documents: a trace names the existing policy's rule, with no YAML to open.
    inputs: { ...proposed, documents: [], resources: audit.resources, options: audit.options },
    notes: audit.notes,
  };
  cache.set(proposed, value);
  return value;
}

/** The generated policies part as the baseline: what the cluster runs once it is applied. */
export function adoptedBaseline(proposed: SimulationInputs, source: string): Baseline {
  const resources: BaselineResource[] = [];
  for (const r of proposed.resources) {
    const parsed = baselineResourceSchema.safeParse(r);
    if (parsed.success) resources.push(parsed.data);
  }
  return { resources, sources: [source] };
}
