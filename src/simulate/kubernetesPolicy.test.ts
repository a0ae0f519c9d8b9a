import { describe, expect, it } from 'vitest';
import { kubernetesToCalico, labelSelectorToCalico } from './kubernetesPolicy';

describe('Kubernetes NetworkPolicy as Calico enforces it', () => {
  it('writes label selectors as Calico selectors', () => {
    expect(labelSelectorToCalico({})).toBe('all()');
    expect(
      labelSelectorToCalico({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'team', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe("app == 'web' && tier in {'a', 'b'} && env not in {'dev'} && has(team) && !has(legacy)");
  });

  it('names it knp.default.<name> in the default tier, order 1000, selecting k8s pods', () => {
    const p = kubernetesToCalico({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'web', namespace: 'shop' },
      spec: {
        podSelector: { matchLabels: { app: 'web' } },
        ingress: [
          {
            from: [
              { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
              { namespaceSelector: { matchLabels: { team: 'a' } } },
            ],
            ports: [{ port: 80 }, { protocol: 'UDP', port: 53 }, { port: 8000, endPort: 8080 }],
          },
        ],
        egress: [{ to: [{ podSelector: {} }] }],
      },
    });
    expect(p.metadata).toEqual({ name: 'knp.default.web', namespace: 'shop' });
    expect(p.spec.tier).toBe('default');
    expect(p.spec.order).toBe(1000);
    expect(p.spec.selector).toBe("app == 'web' && projectcalico.org/orchestrator == 'k8s'");
    // No policyTypes: Ingress, and Egress because egress rules are given.
    expect(p.spec.types).toEqual(['Ingress', 'Egress']);
    expect(p.spec.ingress).toEqual([
      {
        action: 'Allow',
        protocol: 'TCP',
        source: { nets: ['10.0.0.0/8'], notNets: ['10.1.0.0/16'] },
        destination: { ports: [80, '8000:8080'] },
      },
      {
        action: 'Allow',
        protocol: 'UDP',
        source: { nets: ['10.0.0.0/8'], notNets: ['10.1.0.0/16'] },
        destination: { ports: [53] },
      },
      {
        action: 'Allow',
        protocol: 'TCP',
        source: {
          namespaceSelector: "team == 'a'",
          selector: "projectcalico.org/orchestrator == 'k8s'",
        },
        destination: { ports: [80, '8000:8080'] },
      },
      {
        action: 'Allow',
        protocol: 'UDP',
        source: {
          namespaceSelector: "team == 'a'",
          selector: "projectcalico.org/orchestrator == 'k8s'",
        },
        destination: { ports: [53] },
      },
    ]);
    expect(p.spec.egress).toEqual([
      { action: 'Allow', destination: { selector: "projectcalico.org/orchestrator == 'k8s'" } },
    ]);
  });

  it('keeps policyTypes as given: an Egress-only policy with no rules isolates egress only', () => {
    const p = kubernetesToCalico({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'no-egress', namespace: 'default' },
      spec: { podSelector: {}, policyTypes: ['Egress'] },
    });
    expect(p.spec.types).toEqual(['Egress']);
    expect(p.spec.ingress).toEqual([]);
    expect(p.spec.egress).toEqual([]);
  });
});
