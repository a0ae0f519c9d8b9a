import fc from 'fast-check';
import { arbitraryDesign } from '../../fixtures/arbitraryDesign';
import { validateResource } from '../calico/validateResources';
import { describeProblem, validateDesign } from '../model/validateDesign';
import { generate } from './generate';

describe('generate, for random valid designs', () => {
  it('builds only valid designs (the arbitrary itself)', () => {
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const r = validateDesign(input);
        if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('emits Calico-valid documents, the same bytes twice, and an explanation for every rule', () => {
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const checked = validateDesign(input);
        if (!checked.ok) return;
        const r = generate(checked.design);
        if (!r.ok) throw new Error('a valid design must generate');
        const again = generate(structuredClone(checked.design));
        expect(again.ok && again.yaml).toBe(r.yaml);
        for (const doc of r.documents) {
          expect(validateResource(doc.resource), doc.key).toEqual([]);
          const spec = doc.resource.spec as { ingress?: unknown[]; egress?: unknown[] };
          const explained = new Set(
            r.explanations.filter((e) => e.resource === doc.key).map((e) => e.rulePath),
          );
          expect(explained.has(''), doc.key).toBe(true);
          (spec.ingress ?? []).forEach((_, i) =>
            expect(explained.has(`spec.ingress[${i}]`)).toBe(true),
          );
          (spec.egress ?? []).forEach((_, i) =>
            expect(explained.has(`spec.egress[${i}]`)).toBe(true),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
