/** Policies whose tier the stream does not account for: a warning, since the cluster may hold it. */
import { errorsOf, validateResources, validateYaml } from '../validateResources';

const policy = (tier: string, name = `${tier}.allow-x`) => ({
  apiVersion: 'projectcalico.org/v3',
  kind: 'GlobalNetworkPolicy',
  metadata: { name },
  spec: { tier, selector: "app == 'web'" },
});

const tier = (name: string) => ({
  apiVersion: 'projectcalico.org/v3',
  kind: 'Tier',
  metadata: { name },
  spec: { order: 10000, defaultAction: 'Pass' },
});

describe('a policy in a tier the stream does not define', () => {
  it('is a warning, at spec.tier, with its line', () => {
    const text = `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: external-access.allow-x
spec:
  tier: external-access
  selector: app == 'web'
`;
    const { problems } = validateYaml(text);
    expect(problems).toEqual([
      {
        doc: 0,
        line: 6,
        kind: 'GlobalNetworkPolicy',
        name: 'external-access.allow-x',
        path: 'spec.tier',
        message:
          'tier "external-access" is not built into Calico 3.32 and no Tier in this file defines it: Calico refuses the policy unless the tier already exists in the cluster',
        messageId: 'validate.tier.unknown',
        params: { tier: 'external-access', version: '3.32' },
        severity: 'warning',
      },
    ]);
    expect(errorsOf(problems)).toEqual([]);
  });

  it('is nothing when a Tier in the stream defines it, before or after the policy', () => {
    expect(validateResources([tier('external-access'), policy('external-access')])).toEqual([]);
    expect(validateResources([policy('external-access'), tier('external-access')])).toEqual([]);
  });

  it("is nothing for the release's built-in tiers", () => {
    expect(validateResources([policy('kube-admin')])).toEqual([]);
    expect(validateResources([policy('default', 'allow-x')])).toEqual([]);
    expect(validateResources([policy('adminnetworkpolicy')], { calicoVersion: '3.29' })).toEqual(
      [],
    );
    expect(validateResources([policy('kube-admin')], { calicoVersion: '3.31' })).toMatchObject([
      { path: 'spec.tier', severity: 'warning' },
    ]);
  });

  it('covers every policy kind', () => {
    const staged = { ...policy('ops'), kind: 'StagedNetworkPolicy' };
    const withNs = { ...staged, metadata: { name: 'ops.allow-x', namespace: 'shop' } };
    expect(validateResources([withNs])).toMatchObject([
      { kind: 'StagedNetworkPolicy', path: 'spec.tier', messageId: 'validate.tier.unknown' },
    ]);
  });
});
