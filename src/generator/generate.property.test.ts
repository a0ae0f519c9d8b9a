import fc from 'fast-check';
import { arbitraryDesign } from '../../fixtures/arbitraryDesign';
import { validateYaml } from '../calico/validateResources';
import { describeProblem, validateDesign } from '../model/validateDesign';
import { generate } from './generate';

/**
 * Shrinking a failing design runs the generator and the validator thousands of times: bound the
 * whole run, so that a failure is reported (with its seed and the smallest design found so far)
 * before the test's own timeout ends it without one.
 */
const bounded = { plugins: [fc.interruptAfterTimeLimit(90_000)] };

describe('generate, for random valid designs', { timeout: 120_000 }, () => {
  it('builds only valid designs (the arbitrary itself)', () => {
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const r = validateDesign(input);
        if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
      }),
      { numRuns: 200, ...bounded },
    );
  });

  it('emits a YAML stream Calico and kubectl take whole, the same bytes twice, every rule explained', () => {
    fc.assert(
      fc.property(arbitraryDesign, (input) => {
        const checked = validateDesign(input);
        if (!checked.ok) return;
        const r = generate(checked.design);
        if (!r.ok) throw new Error('a valid design must generate');
        const again = generate(structuredClone(checked.design));
        expect(again.ok && again.yaml).toBe(r.yaml);
        // The whole stream, as `kubectl apply -f` reads it: every document valid on its own, and
        // no two naming the same object.
        const stream = validateYaml(r.yaml);
        expect(
          stream.problems.map(
            (p) => `${p.line ?? '?'} ${p.kind ?? ''}/${p.name ?? ''} ${p.path}: ${p.message}`,
          ),
        ).toEqual([]);
        expect(stream.documents).toEqual(r.documents.map((d) => d.resource));
        for (const doc of r.documents) {
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
      { numRuns: 200, ...bounded },
    );
  });
});
