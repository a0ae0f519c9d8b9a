/** Tier documents (Calico ≥ 3.29): schema, name, and the built-in tiers of each release. */
import type { CalicoVersion } from '../versions';
import { validateYaml } from '../validateResources';

function tier(name: string, spec: string): string {
  return `apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: ${name}
spec:
${spec}`;
}

const check = (text: string, calicoVersion?: CalicoVersion) =>
  validateYaml(text, calicoVersion ? { calicoVersion } : {}).problems;

describe('Tier', () => {
  it("accepts the generator's tier: order 10000, defaultAction Pass", () => {
    expect(check(tier('external-access', '  order: 10000\n  defaultAction: Pass\n'))).toEqual([]);
  });

  it('takes Deny or Pass as defaultAction, nothing else (CRD enum)', () => {
    const problems = check(tier('t', '  order: 1\n  defaultAction: Allow\n'));
    expect(problems).toMatchObject([{ line: 7, path: 'spec.defaultAction' }]);
    expect(problems[0]?.message).toMatch(/Pass, Deny/);
  });

  it('takes a number as order', () => {
    expect(check(tier('t', '  order: first\n'))).toMatchObject([{ path: 'spec.order' }]);
    expect(check(tier('t', '  order: 10.5\n'))).toEqual([]);
  });

  it('refuses a field the CRD does not have', () => {
    expect(check(tier('t', '  order: 1\n  action: Pass\n'))).toMatchObject([
      { path: 'spec.action' },
    ]);
  });

  it('takes a DNS label as name: no dot, at most 63 characters (validateTier)', () => {
    expect(check(tier('a.b', '  order: 1\n'))).toMatchObject([
      { path: 'metadata.name', messageId: 'validate.tier.name' },
    ]);
    expect(check(tier('x'.repeat(64), '  order: 1\n'))).toMatchObject([
      { path: 'metadata.name', messageId: 'validate.tier.name' },
    ]);
    expect(check(tier('x'.repeat(63), '  order: 1\n'))).toEqual([]);
  });

  describe('built-in tiers, as the CRD CEL rules say (3.32)', () => {
    it('default: order 1000000, defaultAction Deny (absent means Deny)', () => {
      expect(check(tier('default', '  order: 1000000\n'))).toEqual([]);
      expect(check(tier('default', '  order: 1000000\n  defaultAction: Pass\n'))).toMatchObject([
        {
          path: 'spec.defaultAction',
          message: 'the built-in tier "default" must have defaultAction Deny',
        },
      ]);
      expect(check(tier('default', '  order: 100\n'))).toMatchObject([
        { path: 'spec.order', message: 'the built-in tier "default" must have order 1000000' },
      ]);
    });

    it.each([
      ['kube-admin', 1000],
      ['kube-baseline', 10000000],
    ])('%s: order %d, defaultAction Pass, written out', (name, order) => {
      expect(check(tier(name, `  order: ${order}\n  defaultAction: Pass\n`))).toEqual([]);
      expect(check(tier(name, `  order: ${order}\n`))).toMatchObject([
        { path: 'spec.defaultAction', messageId: 'validate.tier.builtInDefaultAction' },
      ]);
    });
  });

  it('knows the built-in tiers of each release', () => {
    // kube-admin is an ordinary tier name before 3.32; adminnetworkpolicy is fixed before it.
    expect(check(tier('kube-admin', '  order: 5\n'), '3.31')).toEqual([]);
    expect(check(tier('adminnetworkpolicy', '  order: 5\n'), '3.29')).toMatchObject([
      { path: 'spec.order', params: { order: 1000 } },
    ]);
    expect(check(tier('baselineadminnetworkpolicy', '  order: 5\n'), '3.29')).toEqual([]);
    expect(check(tier('baselineadminnetworkpolicy', '  order: 5\n'), '3.30')).toMatchObject([
      { path: 'spec.order', params: { order: 10000000 } },
    ]);
    // Before 3.32 the default tier's action is free.
    expect(check(tier('default', '  order: 1000000\n  defaultAction: Pass\n'), '3.31')).toEqual([]);
  });

  it.each(['3.26', '3.27', '3.28'] as const)('does not exist in Calico %s', (v) => {
    expect(check(tier('external-access', '  order: 10000\n'), v)).toMatchObject([
      { line: 2, path: 'kind', messageId: 'validate.kind.tooNew', params: { since: '3.29' } },
    ]);
  });

  it('has its own identity in a stream: two Tiers of one name clash', () => {
    const one = tier('external-access', '  order: 10000\n');
    expect(check(`${one}---\n${one}`)).toMatchObject([
      { doc: 1, line: 11, path: 'metadata.name', message: expect.stringMatching(/^Tier /) },
    ]);
  });
});
