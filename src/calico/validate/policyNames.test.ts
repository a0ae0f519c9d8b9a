/**
 * Tiers and policy names by target Calico release (DATAPLANES.md §5.2, VALIDATION.md §1.4), on
 * documents shaped like the generator's policies part.
 */
import { CALICO_VERSIONS, type CalicoVersion } from '../versions';
import { errorsOf, validateYaml, type ResourceProblem } from '../validateResources';

const TIER = `apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: external-access
  labels:
    app.kubernetes.io/managed-by: clusterip-policy-designer
spec:
  order: 10000
  defaultAction: Pass
`;

function policy(name: string, tier?: string, kind = 'GlobalNetworkPolicy'): string {
  return `apiVersion: projectcalico.org/v3
kind: ${kind}
metadata:
  name: ${name}
${kind.endsWith('NetworkPolicy') && !kind.endsWith('GlobalNetworkPolicy') ? '  namespace: shop\n' : ''}spec:
${tier === undefined ? '' : `  tier: ${tier}\n`}  order: 100
  selector: app == 'web'
  types:
    - Ingress
  ingress:
    - action: Allow
      protocol: TCP
      source:
        nets:
          - 50.60.0.0/16
      destination:
        ports:
          - 80
`;
}

const stream = (...docs: string[]) => docs.join('---\n');

function check(text: string, calicoVersion: CalicoVersion) {
  return validateYaml(text, { calicoVersion }).problems;
}

function show(problems: readonly ResourceProblem[]): string {
  return problems.map((p) => `${p.line ?? '?'} ${p.path}: ${p.message}`).join('\n');
}

const TIERED = CALICO_VERSIONS.filter((v) => v >= '3.29');
const UNTIERED = CALICO_VERSIONS.filter((v) => v < '3.29');

describe('a policy in its own tier, named <tier>.<name>', () => {
  it.each(TIERED)('is valid in Calico %s, with its Tier in the same file', (v) => {
    const problems = check(stream(TIER, policy('external-access.allow-x', 'external-access')), v);
    expect(problems, show(problems)).toEqual([]);
  });

  it.each(UNTIERED)('is refused by Calico %s: no Tier kind, no tier field, no dot', (v) => {
    const text = stream(TIER, policy('external-access.allow-x', 'external-access'));
    const problems = check(text, v);
    expect(problems.map((p) => [p.doc, p.path, p.messageId])).toEqual([
      [0, 'kind', 'validate.kind.tooNew'],
      [1, 'metadata.name', 'validate.policyName.dotTooOld'],
      [1, 'spec.tier', 'validate.tier.fieldTooOld'],
    ]);
    expect(problems[0]?.message).toBe(
      `Tier needs Calico 3.29 or newer; the target is Calico ${v}, which refuses it as an unknown resource type`,
    );
    // Each problem is on the line of the field it is about.
    expect(problems.map((p) => p.line)).toEqual([2, 14, 16]);
  });

  it('is valid in Calico 3.28 without tier and prefix, as the generator writes it there', () => {
    expect(check(policy('allow-x'), '3.28')).toEqual([]);
  });
});

describe('a policy in a non-default tier without the prefix', () => {
  const text = stream(TIER, policy('allow-x', 'external-access'));

  it.each(['3.29', '3.30', '3.31'] as const)(
    'is refused by Calico %s, with the name to use',
    (v) => {
      const problems = check(text, v);
      expect(problems).toMatchObject([
        {
          doc: 1,
          line: 14,
          kind: 'GlobalNetworkPolicy',
          name: 'allow-x',
          path: 'metadata.name',
          messageId: 'validate.policyName.needsTierPrefix',
          params: { suggestion: 'external-access.allow-x', tier: 'external-access' },
        },
      ]);
      expect(problems[0]?.severity).toBeUndefined();
      expect(problems[0]?.message).toContain('e.g. "external-access.allow-x"');
    },
  );

  it('is accepted by Calico 3.32', () => {
    expect(check(text, '3.32')).toEqual([]);
  });

  it('is accepted by default: the newest release is the target when none is named', () => {
    expect(validateYaml(text).problems).toEqual([]);
  });
});

describe('a name whose prefix names another tier than spec.tier', () => {
  const text = stream(TIER, policy('external-access.allow-x', 'default'));

  it.each(['3.29', '3.30', '3.31'] as const)('is refused by Calico %s', (v) => {
    expect(check(text, v)).toMatchObject([
      {
        doc: 1,
        path: 'metadata.name',
        messageId: 'validate.policyName.wrongTier',
        params: { prefix: 'external-access', tier: 'default' },
      },
    ]);
  });

  it('is accepted by Calico 3.32 with a warning, which is not an error', () => {
    const problems = check(text, '3.32');
    expect(problems).toMatchObject([
      { doc: 1, line: 14, path: 'metadata.name', severity: 'warning' },
    ]);
    expect(problems[0]?.message).toMatch(/misleads a reader, and Calico 3\.29 to 3\.31 refuse it/);
    expect(errorsOf(problems)).toEqual([]);
  });

  it('counts a missing spec.tier as the default tier', () => {
    expect(check(policy('external-access.allow-x'), '3.30')).toMatchObject([
      { path: 'metadata.name', messageId: 'validate.policyName.wrongTier' },
    ]);
  });
});

describe('the default tier', () => {
  it.each(TIERED)('takes a bare name or default.<name> in Calico %s', (v) => {
    expect(check(stream(policy('allow-x'), policy('default.allow-y', 'default')), v)).toEqual([]);
  });

  it('leaves names Calico converts alone (knp.default., ossg.)', () => {
    const problems = check(policy('ossg.default.sg-1', undefined, 'NetworkPolicy'), '3.31');
    expect(problems.map((p) => p.messageId ?? p.message)).toEqual([
      "names starting with 'ossg.default.' are reserved for OpenStack security groups",
    ]);
  });
});

describe('the same rules for every policy kind', () => {
  it.each(['NetworkPolicy', 'StagedGlobalNetworkPolicy', 'StagedNetworkPolicy'])(
    '%s: prefix required in 3.31, optional in 3.32',
    (kind) => {
      const text = stream(TIER, policy('allow-x', 'external-access', kind));
      expect(check(text, '3.31').map((p) => p.messageId)).toEqual([
        'validate.policyName.needsTierPrefix',
      ]);
      expect(check(text, '3.32')).toEqual([]);
    },
  );
});
