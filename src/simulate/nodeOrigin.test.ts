/**
 * Traffic a node's host starts (`via: {fromNode}`): kube-proxy DNAT in OUTPUT, the normal egress
 * policy of the HEP on the way out (outbound failsafe first), host → local pod never policed
 * (DATAPLANES.md §1.4), then the destination node as for any arriving packet.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from './simulateFlow';
import { guideDesign, guideHostEndpointsYaml, loadResources } from './testResources';
import { SimulationInputError, type Flow, type SimulationResult } from './types';

function simulate(yaml: string, flow: Flow): SimulationResult[] {
  return createSimulator(guideDesign(), loadResources(yaml)).simulate(flow);
}

function stagesOf(r: SimulationResult | undefined): string[] {
  return (r?.hops ?? []).flatMap((h) =>
    h.stages.map((s) => `${h.node}:${s.stage}:${s.verdict ?? '-'}:${s.reason}`),
  );
}

const fromNode1 = (dst: string, port: number): Flow => ({
  dst,
  port,
  protocol: 'TCP',
  via: { fromNode: 'node-1' },
});

const denyAllToSvcA = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-all-a}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress: [{action: Deny}]
`;

const hostPolicies = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host}
spec:
  selector: k8s-role == 'node'
  types: [Ingress, Egress]
  ingress: [{action: Allow, source: {selector: "k8s-role == 'node'"}}]
  egress: [{action: Allow}]
---`;

describe('node-origin flows', () => {
  it('without resources a node reaches a remote pod, sending from its own address', () => {
    const [r] = simulate('', fromNode1('192.168.2.10', 80));
    expect(r?.final.verdict).toBe('allowed');
    expect(r?.hops.map((h) => [h.node, h.in])).toEqual([
      ['node-1', 'host'],
      ['node-2', 'eth0'],
    ]);
    expect(r?.hops[1]?.stages.find((s) => s.stage === 'workloadIngress')?.sees?.src).toBe(
      '172.16.0.11',
    );
  });

  it('host → a pod on the same node is allowed whatever the pod policy says', () => {
    const [local] = simulate(denyAllToSvcA, fromNode1('192.168.1.10', 80));
    expect(local?.final.verdict).toBe('allowed');
    expect(stagesOf(local)).toContain(
      'node-1:hostEndpointOutput:default-allow:hostToLocalWorkload',
    );
    const [remote] = simulate(denyAllToSvcA, {
      ...fromNode1('192.168.1.10', 80),
      via: { fromNode: 'node-2' },
    });
    expect(remote?.final).toMatchObject({ verdict: 'denied', policy: 'deny-all-a' });
  });

  it('a HEP with no egress policy and no profile stops host traffic, except outbound failsafe', () => {
    const [kubelet] = simulate(guideHostEndpointsYaml, fromNode1('172.16.0.12', 10250));
    expect(kubelet?.final).toMatchObject({
      verdict: 'denied',
      node: 'node-1',
      stage: 'hostEndpointOutput',
    });
    expect(stagesOf(kubelet).at(-1)).toBe(
      'node-1:hostEndpointOutput:default-deny:hostEndpointNoEgressPolicy',
    );
    // 6443 is in both failsafe lists: out of node-1 and into node-2 before any policy.
    const [api] = simulate(guideHostEndpointsYaml, fromNode1('172.16.0.12', 6443));
    expect(api?.final.verdict).toBe('allowed');
    expect(stagesOf(api)).toEqual(
      expect.arrayContaining([
        'node-1:hostEndpointOutput:failsafe-allow:failsafeOutboundPort',
        'node-2:hostEndpointInput:failsafe-allow:failsafePort',
      ]),
    );
  });

  it('host egress Allow and an ingress Allow from nodes let kubelet through', () => {
    const [r] = simulate(hostPolicies + guideHostEndpointsYaml, fromNode1('172.16.0.12', 10250));
    expect(r?.final).toMatchObject({
      verdict: 'allowed',
      node: 'node-2',
      stage: 'hostEndpointInput',
      policy: 'host',
    });
  });

  it('a cluster IP is DNATed in OUTPUT: one result per backend, local one never policed', () => {
    const results = simulate(denyAllToSvcA, fromNode1('10.20.30.40', 80));
    expect(results.map((r) => [r.backend, r.final.verdict])).toEqual([
      ['default/pod-a1', 'allowed'],
      ['default/pod-a2', 'denied'],
    ]);
    expect(results[1]?.hops[0]?.stages[0]?.reason).toBe('dnatMarkMasquerade');
  });

  it('a node address of its own stays on the host', () => {
    const [r] = simulate(guideHostEndpointsYaml, fromNode1('172.16.0.11', 10250));
    expect(stagesOf(r).at(-1)).toBe('node-1:hostEndpointOutput:not-applicable:localDelivery');
  });

  it('an explicit source is kept; an unknown node is an input error', () => {
    const [r] = simulate('', { ...fromNode1('192.168.2.10', 80), src: '172.16.0.99' });
    expect(r?.hops[1]?.stages[0]?.sees?.src).toBe('172.16.0.99');
    expect(() =>
      simulate('', { ...fromNode1('192.168.2.10', 80), via: { fromNode: 'x' } }),
    ).toThrow(SimulationInputError);
  });
});
