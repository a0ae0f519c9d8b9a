import { generate } from '../generator/generate';
import { guideExample } from '../model/examples';
import { inClusterReachability } from './inClusterMatrix';
import { flowOfLine, inClusterLines } from './inClusterTable';
import { createSimulator } from './simulateFlow';

describe('inClusterLines', () => {
  const r = generate(guideExample, { profile: 'guide' });
  if (!r.ok) throw new Error('the guide example generates');
  const resources = r.documents.map((d) => d.resource);

  it('says what inClusterReachability says, without traces', () => {
    const reply = inClusterLines({ design: guideExample, resources, options: {} });
    const m = inClusterReachability(guideExample, resources);
    if (reply.kind !== 'done') throw new Error(reply.message);
    expect(reply.summary).toEqual(m.summary);
    expect(reply.lines.map((l) => [l.from, l.to, l.port, l.actual, l.final])).toEqual(
      m.rows.map((x) => [x.from, x.to, x.port, x.actual, x.result.final]),
    );
    expect(JSON.stringify(reply)).not.toContain('"hops"');
  });

  it('re-simulates a line to its verdict', () => {
    const reply = inClusterLines({
      design: guideExample,
      resources,
      options: {},
      leaksFirst: true,
    });
    if (reply.kind !== 'done') throw new Error(reply.message);
    const sim = createSimulator(guideExample, resources);
    for (const line of reply.lines) {
      const results = sim.simulate(flowOfLine(line));
      const verdict = results.some((x) => x.final.verdict === 'denied') ? 'denied' : 'allowed';
      // A pod's own backend is a hairpin the matrix leaves out; every other flow agrees.
      if (line.kind !== 'podToClusterIP') expect(verdict).toBe(line.actual);
    }
  });
});
