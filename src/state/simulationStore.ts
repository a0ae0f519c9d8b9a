/**
 * The traffic simulator's view state: the Test traffic form (`FlowDraft`), whether its trace is
 * shown (which also draws the packet's path on the canvas), and the kube-proxy masquerade knob.
 * Not part of the design: not undone, not saved, not shared. Results are derived from this state
 * and the store's generation (`traceFor`), never stored.
 */
import {
  normalizeDraft,
  traceOf,
  type FlowDraft,
  type SimulationInputs,
  type TraceOutcome,
} from './simulationTrace';
import type { Design } from '../model/design';

export interface SimulationState {
  /** Undefined until the user touches the form: the design's defaults then. */
  draft: FlowDraft | undefined;
  /** True after "Simulate", until the flow changes or "Clear path". */
  shown: boolean;
  /** SEMANTICS.md §1.3–§1.4: kube-proxy masquerades off-cluster sources to cluster IPs. */
  kubeProxyMasquerade: boolean;
}

export class SimulationStore {
  private state: SimulationState = { draft: undefined, shown: false, kubeProxyMasquerade: true };
  private readonly listeners = new Set<() => void>();
  private memo: { inputs: SimulationInputs; draft: FlowDraft; outcome: TraceOutcome } | undefined;

  getState = (): SimulationState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<SimulationState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** The draft with every reference resolved against the design. */
  draftFor(design: Design): FlowDraft {
    return normalizeDraft(this.state.draft, design);
  }

  /** Replaces the draft: the flow changed, so the shown trace and its path go. */
  setDraft = (draft: FlowDraft): void => {
    if (JSON.stringify(draft) === JSON.stringify(this.state.draft)) return;
    this.set({ draft, shown: false });
  };

  setKubeProxyMasquerade = (on: boolean): void => {
    if (on === this.state.kubeProxyMasquerade) return;
    this.set({ kubeProxyMasquerade: on, shown: false });
  };

  /** Shows the trace of a draft (and its path on the canvas). */
  show = (draft: FlowDraft): void => {
    if (this.state.shown && draft === this.state.draft) return;
    this.set({ draft, shown: true });
  };

  /** Hides the trace and the path; the form keeps its values. */
  clear = (): void => {
    if (this.state.shown) this.set({ shown: false });
  };

  /** The outcome of the shown trace over some inputs, memoised (the canvas and panel share it). */
  traceFor(inputs: SimulationInputs | undefined): TraceOutcome | undefined {
    if (!this.state.shown || !inputs) return undefined;
    const draft = this.draftFor(inputs.design);
    const m = this.memo;
    if (m && m.inputs.design === inputs.design && m.draft === draft) {
      const same =
        m.inputs.resources === inputs.resources &&
        m.inputs.options.kubeProxyMasquerade === inputs.options.kubeProxyMasquerade &&
        m.inputs.options.failsafeInboundHostPorts === inputs.options.failsafeInboundHostPorts;
      if (same) return m.outcome;
    }
    const outcome = traceOf(inputs, draft);
    this.memo = { inputs, draft, outcome };
    return outcome;
  }
}
