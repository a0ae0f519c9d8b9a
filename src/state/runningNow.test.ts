import { generate } from '../generator/generate';
import { guideExample } from '../model/examples';
import { adoptedBaseline, runningNowOf } from './runningNow';
import type { SimulationInputs } from './simulationTrace';

function proposedOf(profile: 'guide' | 'hardened'): SimulationInputs {
  const r = generate(guideExample, { profile });
  if (!r.ok) throw new Error('the guide example generates');
  return {
    design: guideExample,
    documents: r.documents,
    resources: r.documents.map((d) => d.resource),
    options: { kubeProxyMasquerade: false },
    stale: false,
  };
}

describe('running now', () => {
  it('is nothing without a baseline', () => {
    expect(runningNowOf(proposedOf('hardened'))).toBeUndefined();
  });

  it('simulates the adopted policies part, with the same knob, naming no generated rule', () => {
    const proposed = proposedOf('guide');
    const baseline = adoptedBaseline(proposed, 'guide-example.calico.yaml');
    expect(baseline.resources.map((r) => r.metadata.name)).toEqual(
      proposed.resources.map((r) => r.metadata.name),
    );
    const withBaseline = { ...proposed, design: { ...guideExample, baseline } };
    const now = runningNowOf(withBaseline);
    expect(now?.inputs.resources.map((r) => r.metadata.name)).toEqual(
      proposed.resources.map((r) => r.metadata.name),
    );
    expect(now?.inputs.options.kubeProxyMasquerade).toBe(false);
    expect(now?.inputs.documents).toEqual([]);
    // The same proposed inputs give the same object: the matrix is not recomputed.
    expect(runningNowOf(withBaseline)).toBe(now);
  });
});
