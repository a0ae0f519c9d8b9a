import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import type { BaselineResource, Design, Profile } from '../model/design';
import { guideExample } from '../model/examples';
import { auditBaseline, auditInputs } from './audit';

/** The resources the generator writes for the guide example's policies part, in one profile. */
function generated(profile: Profile): BaselineResource[] {
  const r = generate(guideExample, { profile });
  if (!r.ok) throw new Error('the guide example generates');
  // The generator's resources are projectcalico.org/v3 objects of baseline kinds.
  return r.documents.map((d) => d.resource as unknown as BaselineResource);
}

function withBaseline(design: Design, resources: BaselineResource[]): Design {
  return { ...design, baseline: { resources, sources: ['test'] } };
}

const pod = (ns: string, name: string) => ({ namespace: ns, name });

describe('auditBaseline', () => {
  it("reports the guide recipe's leaks: outsiders reach what they should not, first, with node and backend", () => {
    const audit = auditBaseline(withBaseline(guideExample, generated('guide')));
    expect(audit.matrix.summary.unexpectedlyAllowed).toBeGreaterThan(0);
    expect(audit.mismatches).toBeGreaterThan(0);
    const first = audit.matrix.cells[0];
    expect(first?.mismatch).toBe(true);
    expect(first?.simulated).toBe('allowed');
    expect(first?.intended).toBe('denied');
    expect(first?.node).toMatch(/^node-/);
    expect(first?.backend).toMatch(/^default\/pod-/);
    // The deciding rule is the existing policy's.
    expect(first?.result.final.policy).toBe('allow-nodes-svc-b');
    // Every unexpectedly allowed cell comes before every unexpectedly denied one.
    const ranks = audit.matrix.cells.map((c) => {
      if (!c.mismatch) return 2;
      return c.simulated === 'allowed' ? 0 : 1;
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The guide's backend policies isolate the pods: pods are cut off inside the cluster.
    expect(audit.inCluster.summary.unexpectedlyDenied).toBeGreaterThan(0);
    expect(audit.inCluster.rows[0]?.mismatch).toBe(true);
  });

  it("is clean when the cluster runs the app's hardened output", () => {
    const audit = auditBaseline(withBaseline(guideExample, generated('hardened')));
    expect(audit.mismatches).toBe(0);
    expect(audit.matrix.summary.cells).toBeGreaterThan(0);
    expect(audit.inCluster.summary.rows).toBeGreaterThan(0);
  });

  it('counts inferred edges as intent', () => {
    const design: Design = {
      ...guideExample,
      access: guideExample.access.map((a) => ({ ...a, inferred: true as const })),
    };
    expect(auditBaseline(withBaseline(design, generated('hardened'))).mismatches).toBe(0);
  });

  it('takes a Service without access edges to mean nobody outside may reach it', () => {
    const design: Design = {
      ...guideExample,
      access: guideExample.access.filter((a) => a.service !== 'svc-b'),
    };
    const audit = auditBaseline(withBaseline(design, generated('hardened')));
    const leaks = audit.matrix.cells.filter((c) => c.mismatch);
    expect(leaks.length).toBeGreaterThan(0);
    expect(leaks.every((c) => c.serviceName === 'default/svc-b' && c.simulated === 'allowed')).toBe(
      true,
    );
  });

  it('lists per policy the flows it decides, and the policies that decide none', () => {
    const audit = auditBaseline(withBaseline(guideExample, generated('guide')));
    const leaking = audit.policies.deciding.find((d) => d.policy.display === 'allow-nodes-svc-b');
    expect(leaking?.allowed).toBeGreaterThan(0);
    expect(leaking?.rules).toEqual([
      expect.objectContaining({ ruleIndex: 0, stage: 'workloadIngress' }),
    ]);
    // Mismatches lead the examples.
    const [example] = leaking?.examples ?? [];
    expect(example?.kind === 'cell' && example.cell.mismatch).toBe(true);
    expect(audit.policies.idle.map((p) => p.display)).toContain('allow-to-pods');
    const decided = audit.policies.deciding.reduce((n, d) => n + d.allowed + d.denied, 0);
    expect(decided).toBeLessThanOrEqual(audit.matrix.cells.length + audit.inCluster.rows.length);
  });
});

describe('the running cluster read as Calico reads it', () => {
  it('enforces a Kubernetes NetworkPolicy as knp.default.<name>: it isolates the pods it selects', () => {
    const denyAll = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: pod('default', 'default-deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    } as unknown as BaselineResource;
    const audit = auditBaseline(withBaseline(guideExample, [...generated('hardened'), denyAll]));
    const cut = audit.inCluster.rows.filter((r) => r.mismatch);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((r) => r.actual === 'denied')).toBe(true);
    // No rule of it matches: the default tier's end drops what it selects.
    const dropped = audit.policies.endOfTier.find((d) => d.tier === 'default');
    expect(dropped?.denied).toBeGreaterThanOrEqual(cut.length);
    const idle = audit.policies.idle.find((p) => p.display === 'default/knp.default.default-deny');
    expect(idle?.resource).toBe('NetworkPolicy/default/default-deny');
  });

  it('lets through what a Kubernetes NetworkPolicy allows, by pod selector and port', () => {
    const allowB = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: pod('default', 'svc-b-from-a'),
      spec: {
        podSelector: { matchLabels: { 'k8s-svc': 'svc-b' } },
        ingress: [
          {
            from: [
              {
                podSelector: {
                  matchExpressions: [{ key: 'k8s-svc', operator: 'In', values: ['svc-a'] }],
                },
              },
            ],
            ports: [{ port: 80 }],
          },
        ],
      },
    } as unknown as BaselineResource;
    const audit = auditBaseline(withBaseline(guideExample, [...generated('hardened'), allowB]));
    const toB = audit.inCluster.rows.filter(
      (r) =>
        r.kind === 'podToTargetPort' &&
        r.to.startsWith('default/pod-b') &&
        r.from.startsWith('default/pod-a'),
    );
    expect(toB.find((r) => r.port === 80)?.actual).toBe('allowed');
    expect(toB.find((r) => r.port === 80)?.result.final.policy).toBe(
      'default/knp.default.svc-b-from-a',
    );
    expect(toB.find((r) => r.port === 443)?.actual).toBe('denied');
  });

  it("uses FelixConfiguration default's failsafe ports and says so", () => {
    const felix = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'FelixConfiguration',
      metadata: { name: 'default' },
      spec: {
        failsafeInboundHostPorts: [{ protocol: 'TCP', port: 22 }],
        failsafeOutboundHostPorts: [],
      },
    } as unknown as BaselineResource;
    const perNode = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'FelixConfiguration',
      metadata: { name: 'node.node-1' },
      spec: {},
    } as unknown as BaselineResource;
    const inputs = auditInputs(withBaseline(guideExample, [felix, perNode]));
    expect(inputs.options.failsafeInboundHostPorts).toEqual([{ protocol: 'TCP', port: 22 }]);
    expect(inputs.options.failsafeOutboundHostPorts).toEqual([]);
    expect(inputs.notes.map((n) => n.reason)).toEqual([
      'felixSettingsApplied',
      'felixPerNodeNotJudged',
    ]);
  });

  it("adds kube-controllers' automatic HostEndpoints, which put every node under host policy", () => {
    const kcc = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'KubeControllersConfiguration',
      metadata: { name: 'default' },
      spec: { controllers: { node: { hostEndpoint: { autoCreate: 'Enabled' } } } },
    } as unknown as BaselineResource;
    const inputs = auditInputs(withBaseline(guideExample, [kcc]));
    const heps = inputs.resources.filter((r) => r.kind === 'HostEndpoint');
    expect(heps.map((h) => h.metadata.name)).toEqual(['node-1-auto-hep', 'node-2-auto-hep']);
    expect(inputs.notes).toEqual([
      expect.objectContaining({ reason: 'autoHostEndpoints', params: { count: 2 } }),
    ]);
    const off = { ...kcc, spec: {} } as unknown as BaselineResource;
    expect(auditInputs(withBaseline(guideExample, [off])).resources).toEqual([off]);
  });
});
