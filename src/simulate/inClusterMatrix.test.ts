/**
 * The in-cluster rows on hand-written resources: a policy that isolates backend pods is caught,
 * the same policy in a tier ending in Pass is not, a Deny limited to external sources changes
 * nothing, and a Service's `inCluster` turns the expectation to denied for the pods it names.
 */
import { describe, expect, it } from 'vitest';
import { guideExampleInput } from '../model/examples';
import { inClusterReachability, probePortOf } from './inClusterMatrix';
import { guideDesign, loadResources } from './testResources';

/** A backend policy allowing only the office on port 80, in the default tier or in `tier`. */
function backendPolicy(tier?: string): string {
  const head = tier
    ? `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: ${tier}}
spec: {order: 10000, defaultAction: Pass}
---
`
    : '';
  return `${head}apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: ${tier ? `${tier}.` : ''}backend-a}
spec:
  ${tier ? `tier: ${tier}` : ''}
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress:
  - {action: Allow, protocol: TCP, source: {nets: [50.60.0.0/16]}, destination: {ports: [80]}}
`;
}

/** Auto-HEP-like node endpoints: labelled, every node address, the allow-all profile. */
const nodeHeps = ['node-1', 'node-2']
  .map(
    (n, i) => `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: ${n}-all, labels: {k8s-role: node}}
spec: {node: ${n}, interfaceName: "*", expectedIPs: [172.16.0.1${i + 1}], profiles: [projectcalico-default-allow]}
---`,
  )
  .join('');

function mismatches(yaml: string, design = guideDesign()) {
  return inClusterReachability(design, loadResources(yaml)).rows.filter((r) => r.mismatch);
}

describe('in-cluster reachability', () => {
  it('no resources: every row is as expected, and each kind of flow is there', () => {
    const m = inClusterReachability(guideDesign(), []);
    expect(m.summary.mismatches).toBe(0);
    expect(new Set(m.rows.map((r) => r.kind))).toEqual(
      new Set([
        'podToPod',
        'podToTargetPort',
        'podToClusterIP',
        'nodeToNode',
        'nodeToPod',
        'podToNode',
      ]),
    );
    expect(m.rows.every((r) => r.actual === 'allowed')).toBe(true);
  });

  it('(a) a default-tier backend policy isolates its pods: pod → pod on 9153 is a mismatch', () => {
    const bad = mismatches(backendPolicy());
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((r) => r.actual === 'denied' && r.baseline === 'allowed')).toBe(true);
    expect(bad).toContainEqual(
      expect.objectContaining({
        kind: 'podToPod',
        from: 'default/pod-a1',
        to: 'default/pod-a2',
        port: 9153,
      }),
    );
    expect(bad[0]?.result.final).toMatchObject({ verdict: 'denied', stage: 'workloadIngress' });
  });

  it('(b) the same policy in a tier with defaultAction Pass changes no in-cluster flow', () => {
    expect(mismatches(backendPolicy('external-access'))).toEqual([]);
  });

  it('(c) a Deny limited to external sources changes no in-cluster flow', () => {
    const yaml = `${nodeHeps}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-external}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress:
  - {action: Allow, protocol: TCP, source: {nets: [50.60.0.0/16]}, destination: {ports: [80]}}
  - action: Deny
    source: {notNets: [192.168.0.0/16], notSelector: "k8s-role == 'node'"}
  - action: Pass
`;
    expect(mismatches(yaml)).toEqual([]);
    // Without the HEPs the node addresses are "external" too: node → pod is then denied.
    const noHeps = mismatches(yaml.replace(nodeHeps, ''));
    expect(noHeps.map((r) => r.kind)).toContain('nodeToPod');
  });

  it("inCluster 'none': every pod is expected to be denied on the service's ports, nodes not", () => {
    const design = guideDesign({
      services: guideExampleInput.services.map((s) =>
        s.id === 'svc-a' ? { ...s, inCluster: 'none' as const } : s,
      ),
    });
    const open = mismatches('', design);
    expect(open.length).toBeGreaterThan(0);
    expect(
      open.every(
        (r) =>
          (r.kind === 'podToClusterIP' || r.kind === 'podToTargetPort') &&
          r.actual === 'allowed' &&
          r.restrictedBy?.service === 'default/svc-a',
      ),
    ).toBe(true);
    const denyPods = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-pods}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress:
  - {action: Deny, protocol: TCP, source: {nets: [192.168.0.0/16]}, destination: {ports: [80, 443]}}
  - action: Pass
`;
    expect(mismatches(denyPods, design)).toEqual([]);
  });

  it("inCluster 'sameNamespace': only pods of other namespaces are expected to be denied", () => {
    const design = guideDesign({
      services: guideExampleInput.services.map((s) =>
        s.id === 'svc-a' ? { ...s, inCluster: 'sameNamespace' as const } : s,
      ),
      pods: [
        ...guideExampleInput.pods,
        {
          id: 'pod-x',
          name: 'pod-x',
          namespace: 'other',
          labels: {},
          node: 'node-1',
          ip: '192.168.1.20',
        },
      ],
    });
    const open = mismatches('', design);
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((r) => r.from))).toEqual(new Set(['other/pod-x']));
    expect(open.every((r) => r.restrictedBy?.inCluster === 'sameNamespace')).toBe(true);
  });

  it('the probe port is one no Service uses', () => {
    expect(probePortOf(guideDesign())).toBe(9153);
    const design = guideDesign({
      services: guideExampleInput.services.map((s) => ({
        ...s,
        ports: [...s.ports, { port: 9153, targetPort: 9154, protocol: 'TCP' as const }],
      })),
    });
    expect(probePortOf(design)).toBe(9155);
    const rows = inClusterReachability(design, []).rows.filter((r) => r.kind === 'podToPod');
    expect(rows.every((r) => r.port === 9155)).toBe(true);
  });

  it('a cluster-IP row is denied when any backend is', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-a2}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress:
  - {action: Deny, destination: {nets: [192.168.2.10/32]}}
  - action: Pass
`;
    const rows = inClusterReachability(guideDesign(), loadResources(yaml)).rows;
    const row = rows.find(
      (r) => r.kind === 'podToClusterIP' && r.from === 'default/pod-a1' && r.dst === '10.20.30.40',
    );
    expect(row).toMatchObject({ actual: 'denied', baseline: 'allowed', mismatch: true });
    expect(row?.result.backend).toBe('default/pod-a2');
  });
});
