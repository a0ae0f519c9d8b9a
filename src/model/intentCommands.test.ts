import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands';
import type { Design } from './design';
import { guideExample } from './examples';

const inferred: Design = {
  ...guideExample,
  access: guideExample.access.map((a) => ({ ...a, inferred: true as const })),
};

describe('intent commands', () => {
  it('Confirm drops the inferred mark of that edge only', () => {
    const next = applyCommand(inferred, {
      type: 'confirmAccess',
      client: 'office',
      service: 'svc-a',
    });
    expect(next.access).toEqual([
      { client: 'office', service: 'svc-a' },
      { client: 'partner', service: 'svc-b', inferred: true },
    ]);
    expect(applyCommand(next, { type: 'confirmAccess', client: 'office', service: 'svc-a' })).toBe(
      next,
    );
  });

  it('any edit of an inferred edge drops the mark', () => {
    const next = applyCommand(inferred, {
      type: 'updateAccess',
      access: { client: 'partner', service: 'svc-b', ports: [443], inferred: true },
    });
    expect(next.access[1]).toEqual({ client: 'partner', service: 'svc-b', ports: [443] });
  });

  it('"nobody outside should reach" a Service removes every edge to it, inferred ones too', () => {
    const next = applyCommand(inferred, { type: 'closeService', service: 'svc-b' });
    expect(next.access).toEqual([{ client: 'office', service: 'svc-a', inferred: true }]);
    expect(applyCommand(next, { type: 'closeService', service: 'svc-b' })).toBe(next);
  });

  it('sets and forgets the baseline', () => {
    const baseline = { resources: [], sources: ['adopted'] };
    const set = applyCommand(guideExample, { type: 'setBaseline', baseline });
    expect(set.baseline).toBe(baseline);
    const forgotten = applyCommand(set, { type: 'setBaseline', baseline: undefined });
    expect('baseline' in forgotten).toBe(false);
    expect(applyCommand(forgotten, { type: 'setBaseline', baseline: undefined })).toBe(forgotten);
  });
});
