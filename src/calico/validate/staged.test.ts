/** Staged policies (Calico ≥ 3.30): the rules of their enforced kind, plus stagedAction. */
import type { CalicoVersion } from '../versions';
import { validateYaml } from '../validateResources';

function staged(kind: string, spec: string, name = 'external-access.allow-x'): string {
  const namespace = kind === 'StagedNetworkPolicy' ? '  namespace: shop\n' : '';
  return `apiVersion: projectcalico.org/v3
kind: ${kind}
metadata:
  name: ${name}
${namespace}spec:
${spec}`;
}

const RULES = `  tier: external-access
  order: 100
  selector: app == 'web'
  ingress:
    - action: Allow
      protocol: TCP
      source:
        selector: clusterip-policy-designer/client == 'office'
      destination:
        ports:
          - 80
`;

const TIER = `apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: external-access
spec:
  order: 10000
  defaultAction: Pass
---
`;

const check = (text: string, calicoVersion?: CalicoVersion) =>
  validateYaml(TIER + text, calicoVersion ? { calicoVersion } : {}).problems.filter(
    (p) => p.doc > 0,
  );

describe.each(['StagedGlobalNetworkPolicy', 'StagedNetworkPolicy'])('%s', (kind) => {
  it('accepts what the generator stages', () => {
    expect(check(staged(kind, RULES))).toEqual([]);
    expect(check(staged(kind, `${RULES}  stagedAction: Set\n`))).toEqual([]);
  });

  it('takes stagedAction from Set, Delete, Learn, Ignore (CRD enum)', () => {
    const problems = check(staged(kind, `${RULES}  stagedAction: Apply\n`));
    expect(problems).toMatchObject([{ path: 'spec.stagedAction' }]);
    expect(problems[0]?.message).toMatch(/Set, Delete, Learn, Ignore/);
  });

  it('checks the rules as its enforced kind does', () => {
    const bad = RULES.replace('          - 80\n', '          - 80\n    - action: allow\n');
    expect(check(staged(kind, bad))).toMatchObject([{ path: 'spec.ingress[1].action' }]);
    const host = RULES.replace('      protocol: TCP\n', '');
    expect(check(staged(kind, host))).toMatchObject([
      { path: 'spec.ingress[0].destination.ports' },
    ]);
  });

  it('with stagedAction Delete, holds nothing but the tier', () => {
    expect(check(staged(kind, '  tier: external-access\n  stagedAction: Delete\n'))).toEqual([]);
    const problems = check(staged(kind, `${RULES}  stagedAction: Delete\n`));
    expect(problems.map((p) => [p.path, p.messageId])).toEqual([
      ['spec.order', 'validate.staged.deleteWithSpec'],
      ['spec.selector', 'validate.staged.deleteWithSpec'],
      ['spec.ingress', 'validate.staged.deleteWithSpec'],
    ]);
  });

  it('exists from Calico 3.30', () => {
    expect(check(staged(kind, RULES), '3.30')).toEqual([]);
    expect(check(staged(kind, RULES), '3.29')).toMatchObject([
      { path: 'kind', messageId: 'validate.kind.tooNew', params: { since: '3.30' } },
    ]);
  });

  it('is another object than the enforced policy of the same name', () => {
    const enforced = staged(kind.replace('Staged', ''), RULES);
    expect(check(`${staged(kind, RULES)}---\n${enforced}`)).toEqual([]);
    expect(check(`${staged(kind, RULES)}---\n${staged(kind, RULES)}`)).toMatchObject([
      { doc: 2, path: 'metadata.name', message: expect.stringContaining('is also defined') },
    ]);
  });
});

describe('StagedGlobalNetworkPolicy', () => {
  it('follows the preDNAT rules of GlobalNetworkPolicy (DATAPLANES.md §5.1)', () => {
    const text = staged('StagedGlobalNetworkPolicy', `${RULES}  preDNAT: true\n`);
    expect(check(text)).toMatchObject([{ path: 'spec.applyOnForward' }]);
    const ok = staged(
      'StagedGlobalNetworkPolicy',
      `${RULES}  preDNAT: true\n  applyOnForward: true\n`,
    );
    expect(check(ok)).toEqual([]);
  });
});

describe('StagedNetworkPolicy', () => {
  it('has no preDNAT, as NetworkPolicy has none', () => {
    const text = staged('StagedNetworkPolicy', `${RULES}  preDNAT: true\n`);
    expect(check(text)).toMatchObject([{ path: 'spec.preDNAT' }]);
  });
});
