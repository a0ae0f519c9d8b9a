import { guideExample } from '../model/examples';
import {
  packReachability,
  type ReachabilityReply,
  type ReachabilityRequest,
} from '../simulate/reachabilityTable';
import { MatrixStore, type StartMatrix } from './simulationMatrix';
import { SimulationStore } from './simulationStore';
import { simulationInputsOf } from './simulationTrace';
import { DesignStore } from './store';

function inputsOf(store: DesignStore, masquerade = true) {
  const i = simulationInputsOf(store.getGeneration(), masquerade);
  if (!i) throw new Error('no generation');
  return i;
}

describe('SimulationStore', () => {
  it('shows a trace until the flow or the knob changes, or Clear path', () => {
    const design = new DesignStore(guideExample);
    const sim = new SimulationStore();
    const inputs = inputsOf(design);
    expect(sim.traceFor(inputs)).toBeUndefined();
    const draft = { ...sim.draftFor(guideExample), backend: 'pod-a2' };
    sim.show(draft);
    const outcome = sim.traceFor(inputs);
    expect(outcome?.ok && outcome.results[0]?.final.verdict).toBe('allowed');
    // Memoised: the canvas and the panel share one simulation.
    expect(sim.traceFor(inputsOf(design))).toBe(outcome);
    sim.setDraft({ ...draft, backend: 'pod-a1' });
    expect(sim.getState().shown).toBe(false);
    sim.show(sim.getState().draft ?? draft);
    sim.setKubeProxyMasquerade(false);
    expect(sim.getState()).toMatchObject({ shown: false, kubeProxyMasquerade: false });
    sim.show(draft);
    sim.clear();
    expect(sim.traceFor(inputs)).toBeUndefined();
    expect(sim.getState().draft).toBe(draft);
  });

  it('re-derives the trace when the design changes (profile switch)', () => {
    const design = new DesignStore(guideExample);
    const sim = new SimulationStore();
    sim.show({ ...sim.draftFor(guideExample), backend: 'pod-a1' });
    const hardened = sim.traceFor(inputsOf(design));
    design.dispatch({ type: 'setProfile', profile: 'guide' });
    const guide = sim.traceFor(inputsOf(design));
    expect(hardened?.ok && hardened.results[0]?.final.verdict).toBe('allowed');
    expect(guide?.ok && guide.results[0]?.final.verdict).toBe('denied');
  });
});

/** A runner driven by the test: replies go out when `flush` is called. */
function manualRunner() {
  const runs: { request: ReachabilityRequest; reply: (r: ReachabilityReply) => void }[] = [];
  const cancelled: number[] = [];
  const start: StartMatrix = (request, reply) => {
    const n = runs.push({ request, reply }) - 1;
    return { cancel: () => cancelled.push(n) };
  };
  const finish = (n: number) => {
    const run = runs[n];
    if (!run) throw new Error(`no run ${n}`);
    let done = 0;
    let total = 0;
    for (const batch of packReachability(run.request, (p) => p >= 10)) {
      done = batch.done;
      total = batch.total;
      run.reply({ kind: 'batch', batch });
    }
    run.reply({ kind: 'done', done, total });
  };
  return { start, runs, cancelled, finish };
}

describe('MatrixStore', () => {
  it('computes once per inputs, reports progress, keeps the finished table', () => {
    const design = new DesignStore(guideExample);
    const runner = manualRunner();
    let t = 0;
    const matrix = new MatrixStore(runner.start, () => (t += 50));
    const inputs = inputsOf(design);
    matrix.request(inputs);
    matrix.request(inputsOf(design)); // same inputs: no second run
    expect(runner.runs).toHaveLength(1);
    expect(matrix.getState().status).toBe('running');
    runner.finish(0);
    const s = matrix.getState();
    expect(s).toMatchObject({ status: 'done', done: 24, total: 24 });
    expect(s.finished?.table.summary).toMatchObject({ cells: 32, mismatches: 0 });
    expect(s.finished?.elapsedMs).toBe(50);
  });

  it('a new design replaces the run under way; late replies of the old run are ignored', () => {
    const design = new DesignStore(guideExample);
    const runner = manualRunner();
    const matrix = new MatrixStore(runner.start);
    matrix.request(inputsOf(design));
    design.dispatch({ type: 'setProfile', profile: 'guide' });
    matrix.request(inputsOf(design));
    expect(runner.cancelled).toEqual([0]);
    runner.finish(0);
    expect(matrix.getState().status).toBe('running');
    runner.finish(1);
    expect(matrix.getState().finished?.table.summary).toMatchObject({
      cells: 48,
      mismatches: 24,
      unexpectedlyAllowed: 16,
      unexpectedlyDenied: 8,
    });
  });

  it('Cancel stops the run and pauses automatic runs until Compute', () => {
    const design = new DesignStore(guideExample);
    const runner = manualRunner();
    const matrix = new MatrixStore(runner.start);
    matrix.request(inputsOf(design));
    matrix.cancel();
    expect(matrix.getState()).toMatchObject({ status: 'cancelled', paused: true });
    expect(runner.cancelled).toEqual([0]);
    design.dispatch({ type: 'setProfile', profile: 'guide' });
    matrix.request(inputsOf(design));
    expect(runner.runs).toHaveLength(1);
    matrix.compute(inputsOf(design));
    expect(runner.runs).toHaveLength(2);
    expect(matrix.getState().paused).toBe(false);
  });

  it('an error ends the run and says why', () => {
    const design = new DesignStore(guideExample);
    const matrix = new MatrixStore((_request, reply) => {
      reply({ kind: 'error', message: 'boom' });
      return { cancel: () => undefined };
    });
    matrix.request(inputsOf(design));
    expect(matrix.getState()).toMatchObject({ status: 'error', error: 'boom' });
  });
});
