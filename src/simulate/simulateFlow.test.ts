/**
 * Scenario tests written from reference/calico/SEMANTICS.md, one per behaviour, each naming its
 * section. Resources are hand-written YAML (testResources.ts or inline), never generator output.
 */
import type { Resource } from '../calico/types';
import type { Design } from '../model/design';
import { guideExample, guideExampleInput } from '../model/examples';
import { describeTrace } from './describeTrace';
import { createSimulator, simulateFlow } from './simulateFlow';
import {
  guideAllowClusterIpsYaml,
  guideDesign,
  guideHostEndpointsYaml,
  guideHostTrafficAsPrintedYaml,
  guideHostTrafficYaml,
  guidePodPoliciesYaml,
  guideProfileYaml,
  hardenedProfileYaml,
  loadResources,
} from './testResources';
import {
  SimulationInputError,
  type Flow,
  type SimulateOptions,
  type SimulationResult,
  type StageId,
  type StageRecord,
} from './types';

const office = '50.60.1.2';
const stranger = '9.9.9.9';

function flow(over: Partial<Flow> = {}): Flow {
  return {
    src: office,
    dst: '10.20.30.40',
    port: 80,
    protocol: 'TCP',
    via: { node: 'node-1', iface: 'eth0' },
    ...over,
  };
}

function run(
  yaml: string | Resource[],
  f: Flow,
  options: SimulateOptions = {},
  design: Design = guideExample,
): SimulationResult[] {
  return simulateFlow(design, typeof yaml === 'string' ? loadResources(yaml) : yaml, f, options);
}

/** Exactly one result (the flow pins a backend or is not DNAT'd). */
function one(
  yaml: string | Resource[],
  f: Flow,
  options: SimulateOptions = {},
  design: Design = guideExample,
): SimulationResult {
  const results = run(yaml, f, options, design);
  expect(results).toHaveLength(1);
  const [r] = results;
  if (!r) throw new Error('no result');
  return r;
}

/** The record of one stage on one node; fails the test when the trace never reached it. */
function at(r: SimulationResult, node: string, stage: StageId): StageRecord {
  const s = r.hops.find((h) => h.node === node)?.stages.find((x) => x.stage === stage);
  if (!s) throw new Error(`no ${stage} on ${node}:\n${describeTrace(r).join('\n')}`);
  return s;
}

function stagesOf(r: SimulationResult, node: string): StageId[] {
  return r.hops.find((h) => h.node === node)?.stages.map((s) => s.stage) ?? [];
}

describe('the guide profile (SEMANTICS.md §1.3, §2.3 c)', () => {
  it('§1.3: a listed client reaches a remote backend, which sees the ingress node address', () => {
    const r = one(guideProfileYaml, flow({ backend: 'default/pod-a2' }));
    expect(r.backend).toBe('default/pod-a2');
    expect(r.hops.map((h) => [h.node, h.in])).toEqual([
      ['node-1', 'eth0'],
      ['node-2', 'eth0'],
    ]);
    expect(at(r, 'node-1', 'preDNAT')).toMatchObject({
      verdict: 'allow',
      policy: 'allow-cluster-ips',
      ruleIndex: 0,
      reason: 'ruleMatched',
      sees: { src: office, dst: '10.20.30.40', port: 80, protocol: 'TCP' },
    });
    expect(at(r, 'node-1', 'serviceNAT')).toMatchObject({
      reason: 'dnatMarkMasquerade',
      params: { to: '192.168.2.10:80', service: 'default/svc-a' },
    });
    // Pre-DNAT Allow skips the ingress-side forward policy (§2.3 short-cuts).
    expect(at(r, 'node-1', 'hostEndpointForwardIngress').verdict).toBe('skipped-already-accepted');
    expect(at(r, 'node-1', 'postrouting')).toMatchObject({
      reason: 'snatMasquerade',
      params: { address: '172.16.0.11' },
    });
    expect(at(r, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'allow',
      policy: 'allow-nodes-svc-a',
      ruleIndex: 0,
      sees: { src: '172.16.0.11', dst: '192.168.2.10', port: 80 },
    });
    expect(r.final).toEqual({
      verdict: 'allowed',
      node: 'node-2',
      stage: 'workloadIngress',
      policy: 'allow-nodes-svc-a',
      ruleIndex: 0,
    });
  });

  it('§2.3 c + §1.3: pre-DNAT has no default drop, so an unlisted client reaches a remote backend', () => {
    const r = one(guideProfileYaml, flow({ src: stranger, backend: 'default/pod-a2' }));
    expect(at(r, 'node-1', 'preDNAT')).toMatchObject({
      verdict: 'pass-through',
      reason: 'preDnatNoDefaultDrop',
    });
    // Not accepted by pre-DNAT, so the forward ingress policy runs; none applies: allowed (§2.3 a).
    expect(at(r, 'node-1', 'hostEndpointForwardIngress')).toMatchObject({
      verdict: 'default-allow',
      reason: 'noForwardPolicy',
    });
    // After SNAT the pod sees node-1's address, and "allow from nodes" admits it.
    expect(r.final).toMatchObject({
      verdict: 'allowed',
      node: 'node-2',
      policy: 'allow-nodes-svc-a',
    });
  });

  it('§1.3: a listed client is dropped when its backend is on the ingress node (pod sees the client)', () => {
    const r = one(guideProfileYaml, flow({ backend: 'default/pod-a1' }));
    expect(r.hops).toHaveLength(1);
    expect(at(r, 'node-1', 'workloadIngress')).toMatchObject({
      verdict: 'default-deny',
      reason: 'endOfTier',
      params: { tier: 'default' },
      sees: { src: office, dst: '192.168.1.10' },
    });
    expect(r.final).toEqual({ verdict: 'denied', node: 'node-1', stage: 'workloadIngress' });
  });

  it('§1.3: without a pinned backend there is one result per endpoint, in design order', () => {
    const results = run(guideProfileYaml, flow());
    expect(results.map((r) => [r.backend, r.final.verdict])).toEqual([
      ['default/pod-a1', 'denied'],
      ['default/pod-a2', 'allowed'],
    ]);
    // Stages before kube-proxy are one decision, shared by both results.
    expect(results[0]?.hops[0]?.stages[1]).toBe(results[1]?.hops[0]?.stages[1]);
  });

  it('§0 + §2.3 a: the third policy as printed is rejected, so the host is closed but failsafe', () => {
    const yaml = [guideHostEndpointsYaml, guideHostTrafficAsPrintedYaml].join('---\n');
    const sim = createSimulator(guideExample, loadResources(yaml));
    expect(sim.notes).toContainEqual({
      resource: 'GlobalNetworkPolicy/allow-traffic-hostendpoints',
      reason: 'rejectedTypes',
      params: { field: 'spec.types' },
    });
    const [web] = sim.simulate(flow({ dst: '172.16.0.11', port: 8080 }));
    expect(web?.final).toEqual({ verdict: 'denied', node: 'node-1', stage: 'hostEndpointInput' });
    expect(web && at(web, 'node-1', 'hostEndpointInput').reason).toBe('hostEndpointNoPolicy');
    const [ssh] = sim.simulate(flow({ dst: '172.16.0.11', port: 22 }));
    expect(ssh && at(ssh, 'node-1', 'hostEndpointInput').verdict).toBe('failsafe-allow');
  });

  it('§0: the third policy with `ingress:` restored is normal host policy that spares NodePorts', () => {
    const yaml = [guideHostEndpointsYaml, guideHostTrafficYaml].join('---\n');
    const web = one(yaml, flow({ dst: '172.16.0.11', port: 8080 }));
    expect(web.final).toEqual({
      verdict: 'allowed',
      node: 'node-1',
      stage: 'hostEndpointInput',
      policy: 'allow-traffic-hostendpoints',
      ruleIndex: 0,
    });
    const dns = one(yaml, flow({ dst: '172.16.0.11', port: 53, protocol: 'UDP' }));
    expect(dns.final).toMatchObject({ verdict: 'allowed', ruleIndex: 1 });
    const nodePort = one(yaml, flow({ dst: '172.16.0.11', port: 30080 }));
    expect(at(nodePort, 'node-1', 'hostEndpointInput')).toMatchObject({
      verdict: 'default-deny',
      reason: 'endOfTier',
    });
    // Normal (non-forward) host policy does not touch forwarded traffic (§0, §2.3 a).
    const toPod = one(yaml, flow({ dst: '192.168.1.10', port: 30080 }));
    expect(toPod.final.verdict).toBe('allowed');
    expect(at(toPod, 'node-1', 'hostEndpointForwardIngress').reason).toBe('noForwardPolicy');
  });
});

describe('pre-DNAT Deny and ordering (SEMANTICS.md §2.2, §2.3 c, §4 item 1)', () => {
  const denyOrdered = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: drop-other-cluster-ip-traffic}
spec:
  selector: k8s-role == 'node'
  order: 20
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Deny
    destination: {nets: [10.20.30.0/24]}
`;

  it('§2.2: a Deny with an order sorts before allows without one, and drops listed clients', () => {
    const yaml = [guideHostEndpointsYaml, guideAllowClusterIpsYaml, denyOrdered].join('---\n');
    const r = one(yaml, flow({ backend: 'default/pod-a2' }));
    expect(r.final).toEqual({
      verdict: 'denied',
      node: 'node-1',
      stage: 'preDNAT',
      policy: 'drop-other-cluster-ip-traffic',
      ruleIndex: 0,
    });
  });

  it('§4 item 1: with ordered allows before the Deny, listed clients pass and others are dropped', () => {
    const r = one(hardenedProfileYaml, flow({ backend: 'default/pod-a2' }));
    expect(r.final.verdict).toBe('allowed');
    expect(at(r, 'node-1', 'preDNAT').policy).toBe('allow-cluster-ips');
    const other = run(hardenedProfileYaml, flow({ src: stranger }));
    // Dropped before kube-proxy: no backend is ever chosen.
    expect(other).toHaveLength(1);
    expect(other[0]?.backend).toBeUndefined();
    expect(other[0]?.final).toMatchObject({
      verdict: 'denied',
      stage: 'preDNAT',
      policy: 'deny-cluster-ips',
    });
    // The hardened pod policy also admits the client for the node-local backend (§4 item 2).
    expect(one(hardenedProfileYaml, flow({ backend: 'default/pod-a1' })).final).toMatchObject({
      verdict: 'allowed',
      node: 'node-1',
      policy: 'allow-svc-a',
      ruleIndex: 1,
    });
  });
});

describe('failsafe ports (SEMANTICS.md §2.5)', () => {
  const denyAllClusterIps = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-cluster-ips}
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Deny
    destination: {nets: [10.20.30.0/24]}
`;
  const withSshService = guideDesign({
    services: guideExampleInput.services.map((s) =>
      s.id === 'svc-a'
        ? { ...s, ports: [...s.ports, { name: 'ssh', port: 22, protocol: 'TCP' }] }
        : s,
    ),
  });
  const yaml = [guideHostEndpointsYaml, denyAllClusterIps].join('---\n');

  it('§2.5 (code): TCP 22 to a cluster IP skips pre-DNAT policy, Deny included', () => {
    const r = one(
      yaml,
      flow({ src: stranger, port: 22, backend: 'default/pod-a2' }),
      {},
      withSshService,
    );
    expect(at(r, 'node-1', 'preDNAT')).toMatchObject({
      verdict: 'failsafe-allow',
      reason: 'failsafePort',
      params: { protocol: 'TCP', port: 22 },
    });
    expect(r.final.verdict).toBe('allowed');
    // The same client on port 80 meets the Deny.
    const web = one(yaml, flow({ src: stranger, port: 80 }), {}, withSshService);
    expect(web.final).toMatchObject({ verdict: 'denied', stage: 'preDNAT' });
  });

  it('§2.5: `failsafeInboundHostPorts: []` disables failsafe, so the Deny applies to TCP 22', () => {
    const r = one(
      yaml,
      flow({ src: stranger, port: 22 }),
      { failsafeInboundHostPorts: [] },
      withSshService,
    );
    expect(r.final).toMatchObject({
      verdict: 'denied',
      stage: 'preDNAT',
      policy: 'deny-cluster-ips',
    });
  });

  it('§2.5: a failsafe entry with a net only admits sources inside it', () => {
    const options: SimulateOptions = {
      failsafeInboundHostPorts: [{ protocol: 'tcp', port: 22, net: '10.0.0.0/8' }],
    };
    const outside = one(
      guideHostEndpointsYaml,
      flow({ src: stranger, dst: '172.16.0.11', port: 22 }),
      options,
    );
    expect(outside.final).toMatchObject({ verdict: 'denied', stage: 'hostEndpointInput' });
    const inside = one(
      guideHostEndpointsYaml,
      flow({ src: '10.1.2.3', dst: '172.16.0.11', port: 22 }),
      options,
    );
    expect(at(inside, 'node-1', 'hostEndpointInput')).toMatchObject({
      verdict: 'failsafe-allow',
      params: { net: '10.0.0.0/8' },
    });
  });

  it('§2.5: forward chains have no failsafe, so an apply-on-forward Deny drops TCP 22 to a pod', () => {
    const denyForward = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-forwarded}
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  ingress:
  - action: Deny
`;
    const r = one(
      [guideHostEndpointsYaml, denyForward].join('---\n'),
      flow({ dst: '192.168.2.10', port: 22 }),
    );
    expect(at(r, 'node-1', 'preDNAT').reason).toBe('noPolicySelects');
    // No untracked policy selects the endpoint: the stage does not apply, as the others say it
    // (issue #16: it read "pass through", as if something had been evaluated).
    expect(at(r, 'node-1', 'untracked')).toMatchObject({
      verdict: 'not-applicable',
      reason: 'noPolicySelects',
    });
    expect(r.final).toEqual({
      verdict: 'denied',
      node: 'node-1',
      stage: 'hostEndpointForwardIngress',
      policy: 'deny-forwarded',
      ruleIndex: 0,
    });
  });
});

describe('host endpoints and interfaces (SEMANTICS.md §2.1, §2.4, §3)', () => {
  it('§3: a HEP without expectedIPs adds no address, so "source.selector k8s-role == node" matches nothing', () => {
    const hepsWithoutIps = guideHostEndpointsYaml.replace(/, expectedIPs: \[[0-9.]+\]/g, '');
    const yaml = [hepsWithoutIps, guideAllowClusterIpsYaml, guidePodPoliciesYaml].join('---\n');
    const r = one(yaml, flow({ backend: 'default/pod-a2' }));
    expect(at(r, 'node-1', 'preDNAT').verdict).toBe('allow');
    expect(at(r, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'default-deny',
      reason: 'endOfTier',
      sees: { src: '172.16.0.11' },
    });
    expect(r.final).toMatchObject({ verdict: 'denied', node: 'node-2' });
  });

  it('§2.4 / §4 item 5: traffic entering on an interface without a HEP bypasses HEP policy', () => {
    const design = guideDesign({
      nodes: guideExampleInput.nodes.map((n) =>
        n.id === 'node-1'
          ? { ...n, interfaces: [...n.interfaces, { name: 'eth1', ips: ['203.0.113.11'] }] }
          : n,
      ),
    });
    const r = one(
      hardenedProfileYaml,
      flow({ src: stranger, via: { node: 'node-1', iface: 'eth1' }, backend: 'default/pod-a2' }),
      {},
      design,
    );
    for (const s of ['untracked', 'preDNAT', 'hostEndpointForwardIngress'] as const) {
      expect(at(r, 'node-1', s)).toMatchObject({
        verdict: 'not-applicable',
        reason: 'noHostEndpoint',
      });
    }
    // The pre-DNAT Deny never ran; the pod admits node-1's address after SNAT.
    expect(at(r, 'node-1', 'hostEndpointForwardEgress').verdict).toBe('default-allow');
    expect(r.final).toMatchObject({ verdict: 'allowed', node: 'node-2' });
  });

  it('§2.1 (C6): a named HEP beats `*`; of two named HEPs the alphabetically first wins', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: b-eth0, labels: {role: b}}
spec: {node: node-1, interfaceName: eth0}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: a-by-ip, labels: {role: a}}
spec: {node: node-1, expectedIPs: [172.16.0.11]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: all, labels: {role: wildcard}}
spec: {node: node-1, interfaceName: '*'}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-wildcard}
spec:
  selector: role == 'wildcard'
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress: [{action: Deny}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-a}
spec:
  selector: role == 'a'
  types: [Ingress]
  ingress: [{action: Allow}]
`;
    // a-by-ip (bound through expectedIPs) sorts before b-eth0 and wins eth0; `*` is not used.
    const r = one(yaml, flow({ dst: '172.16.0.11', port: 8080 }));
    expect(at(r, 'node-1', 'preDNAT').reason).toBe('noPolicySelects');
    expect(r.final).toMatchObject({ verdict: 'allowed', policy: 'allow-a' });
  });

  it('§2.4: a `*` HEP sees traffic sent by a local pod, and its pre-DNAT Deny applies', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-1-all, labels: {k8s-role: node}}
spec: {node: node-1, interfaceName: '*', expectedIPs: [172.16.0.11]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: pods-may-not-use-svc-b}
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Deny
    source: {nets: [192.168.0.0/16]}
    destination: {nets: [10.20.30.41/32]}
`;
    const r = one(yaml, {
      dst: '10.20.30.41',
      port: 80,
      protocol: 'TCP',
      via: { pod: 'default/pod-a1' },
    });
    expect(r.hops[0]?.in).toBe('veth:default/pod-a1');
    expect(r.final).toMatchObject({
      verdict: 'denied',
      stage: 'preDNAT',
      policy: 'pods-may-not-use-svc-b',
    });
    // svc-a is not denied: DNAT without masquerade (the source is in the cluster CIDR).
    const ok = one(yaml, {
      dst: '10.20.30.40',
      port: 80,
      protocol: 'TCP',
      via: { pod: 'default/pod-b1' },
      backend: 'default/pod-a2',
    });
    expect(at(ok, 'node-1', 'serviceNAT').reason).toBe('dnat');
    expect(at(ok, 'node-1', 'workloadEgress').reason).toBe('noPolicySelects');
    expect(at(ok, 'node-2', 'workloadIngress').sees?.src).toBe('192.168.1.11');
    expect(ok.final.verdict).toBe('allowed');
  });

  it('§2.4 (C5): a `*` HEP forward egress policy also applies on the way into a local pod', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-1-all, labels: {k8s-role: node}}
spec: {node: node-1, interfaceName: '*'}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: no-forward-out}
spec:
  selector: k8s-role == 'node'
  types: [Egress]
  applyOnForward: true
  egress: [{action: Deny, protocol: TCP, destination: {ports: [80]}}]
`;
    const r = one(yaml, flow({ dst: '192.168.1.10' }));
    expect(at(r, 'node-1', 'workloadIngress').verdict).toBe('default-allow');
    expect(r.final).toMatchObject({ verdict: 'denied', stage: 'hostEndpointForwardEgress' });
  });
});

describe('untracked policy (SEMANTICS.md §1.2 row 1, §2.3, §2.4)', () => {
  const untracked = (action: 'Allow' | 'Deny', iface = 'eth0') => `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-1-hep, labels: {k8s-role: node}}
spec: {node: node-1, interfaceName: '${iface}', expectedIPs: [172.16.0.11]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: untracked-${action.toLowerCase()}}
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  doNotTrack: true
  ingress: [{action: ${action}, source: {nets: [50.60.0.0/16]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: pods-deny-office}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress: [{action: Deny, source: {nets: [50.60.0.0/16]}}, {action: Allow}]
`;

  it('§2.3: an untracked Deny drops the packet in raw, before anything else', () => {
    const r = one(untracked('Deny'), flow());
    expect(r.final).toMatchObject({
      verdict: 'denied',
      stage: 'untracked',
      policy: 'untracked-deny',
    });
    expect(r.hops[0]?.stages).toHaveLength(1);
  });

  it('§1.2: an untracked Allow skips pre-DNAT but also NAT, so a cluster IP meets loop prevention', () => {
    const r = one(untracked('Allow'), flow());
    expect(at(r, 'node-1', 'preDNAT')).toMatchObject({
      verdict: 'skipped-already-accepted',
      params: { by: 'untracked' },
    });
    expect(at(r, 'node-1', 'serviceNAT').reason).toBe('untrackedSkipsNat');
    expect(r.final).toEqual({ verdict: 'denied', node: 'node-1', stage: 'serviceLoopPrevention' });
    expect(at(r, 'node-1', 'serviceLoopPrevention').params).toEqual({ cidr: '10.20.30.0/24' });
  });

  it('§2.3: an untracked Allow never skips workload policy', () => {
    const r = one(untracked('Allow'), flow({ dst: '192.168.1.10' }));
    expect(at(r, 'node-1', 'hostEndpointForwardIngress').verdict).toBe('skipped-already-accepted');
    expect(r.final).toMatchObject({
      verdict: 'denied',
      stage: 'workloadIngress',
      policy: 'pods-deny-office',
    });
  });

  it('§2.4: untracked policy is ignored on a `*` HEP', () => {
    const r = one(untracked('Deny', '*'), flow({ backend: 'default/pod-a2' }));
    expect(at(r, 'node-1', 'untracked')).toMatchObject({
      verdict: 'not-applicable',
      reason: 'untrackedIgnoredOnWildcard',
    });
    expect(r.final.verdict).toBe('allowed');
  });
});

describe('ports: named, post-DNAT (SEMANTICS.md §1.3, §3)', () => {
  const design = guideDesign({
    pods: guideExampleInput.pods.map((p) =>
      p.id === 'pod-a2' ? { ...p, ports: [{ name: 'web', containerPort: 8080 }] } : p,
    ),
  });
  const service = (targetPort: string | number) => `
apiVersion: v1
kind: Service
metadata: {name: svc-a, namespace: default}
spec:
  clusterIP: 10.20.30.40
  selector: {k8s-svc: svc-a}
  ports: [{name: http, port: 80, targetPort: ${JSON.stringify(targetPort)}, protocol: TCP}]
`;
  const podPolicy = (ports: string) => `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: pod-ports}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: ${ports}}}]
`;

  it('§1.3: pre-DNAT rules see the service port, pod policy sees the targetPort', () => {
    const wrong = one(
      [service(8080), podPolicy('[80]')].join('---\n'),
      flow({ backend: 'default/pod-a2' }),
      {},
      design,
    );
    expect(at(wrong, 'node-1', 'serviceNAT').params).toMatchObject({ to: '192.168.2.10:8080' });
    expect(at(wrong, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'default-deny',
      sees: { port: 8080 },
    });
    const right = one(
      [service(8080), podPolicy('[8080]')].join('---\n'),
      flow({ backend: 'default/pod-a2' }),
      {},
      design,
    );
    expect(right.final).toMatchObject({ verdict: 'allowed', policy: 'pod-ports' });
  });

  it('§3: a named targetPort and a named rule port resolve per pod', () => {
    const yaml = [service('web'), podPolicy('[web]')].join('---\n');
    // Only pod-a2 declares the port "web", so it is the only endpoint (Kubernetes semantics).
    const results = run(yaml, flow(), {}, design);
    expect(results.map((r) => r.backend)).toEqual(['default/pod-a2']);
    const [r] = results;
    expect(r && at(r, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'allow',
      sees: { dst: '192.168.2.10', port: 8080 },
    });
    // Straight to the pod on 8080 from outside: the named port matches there too.
    expect(
      one(podPolicy('[web]'), flow({ dst: '192.168.2.10', port: 8080 }), {}, design).final.verdict,
    ).toBe('allowed');
    // pod-a1 has no port "web": the same rule does not match it.
    expect(
      one(podPolicy('[web]'), flow({ dst: '192.168.1.10', port: 8080 }), {}, design).final.verdict,
    ).toBe('denied');
  });

  it('§3: a named targetPort matches a container port by name and protocol', () => {
    // Both pods declare a port "web", pod-a1 over UDP, pod-a2 over TCP: each service port reaches
    // only the pod whose "web" speaks its protocol, on that pod's number.
    const web: Record<string, { protocol: 'TCP' | 'UDP'; containerPort: number }> = {
      'pod-a1': { protocol: 'UDP', containerPort: 9053 },
      'pod-a2': { protocol: 'TCP', containerPort: 8080 },
    };
    const webBoth = guideDesign({
      pods: guideExampleInput.pods.map((p) => {
        const port = web[p.id];
        return port ? { ...p, ports: [{ name: 'web', ...port }] } : p;
      }),
    });
    const targets = (protocol: 'TCP' | 'UDP') =>
      run(
        service('web').replace('protocol: TCP', `protocol: ${protocol}`),
        flow({ protocol }),
        {},
        webBoth,
      ).map((r) => [r.backend, at(r, 'node-1', 'serviceNAT').params?.['to']]);
    expect(targets('UDP')).toEqual([['default/pod-a1', '192.168.1.10:9053']]);
    expect(targets('TCP')).toEqual([['default/pod-a2', '192.168.2.10:8080']]);
  });
});

describe('Local mode and the kubeProxyMasquerade knob (SEMANTICS.md §1.3, §1.4)', () => {
  const local = guideDesign({ cluster: { ...guideExampleInput.cluster, trafficPolicy: 'Local' } });

  it('§1.4 row 3 (knob on, default): Local changes nothing for a cluster IP; remote backends see the node', () => {
    const results = run(guideProfileYaml, flow(), {}, local);
    expect(results.map((r) => r.backend)).toEqual(['default/pod-a1', 'default/pod-a2']);
    const remote = results[1];
    expect(remote && at(remote, 'node-2', 'workloadIngress').sees?.src).toBe('172.16.0.11');
  });

  it('§1.4 row 2 (knob off): only the local backend is eligible and it sees the client', () => {
    const options = { kubeProxyMasquerade: false };
    const results = run(hardenedProfileYaml, flow(), options, local);
    expect(results.map((r) => r.backend)).toEqual(['default/pod-a1']);
    const [r] = results;
    expect(r && at(r, 'node-1', 'serviceNAT').reason).toBe('dnat');
    expect(r && at(r, 'node-1', 'workloadIngress').sees?.src).toBe(office);
    expect(r && at(r, 'node-1', 'postrouting').reason).toBe('noSnatKnobOff');
    expect(r?.final).toMatchObject({ verdict: 'allowed', policy: 'allow-svc-a', ruleIndex: 1 });
    const pinned = one(guideProfileYaml, flow({ backend: 'default/pod-a2' }), options, local);
    expect(at(pinned, 'node-1', 'serviceNAT')).toMatchObject({
      verdict: 'deny',
      reason: 'backendNotEligible',
    });
    const noLocal = guideDesign({
      cluster: { ...guideExampleInput.cluster, trafficPolicy: 'Local' },
      pods: guideExampleInput.pods.filter((p) => p.id !== 'pod-a1'),
    });
    expect(one(guideProfileYaml, flow(), options, noLocal).final).toEqual({
      verdict: 'denied',
      node: 'node-1',
      stage: 'serviceNAT',
    });
  });

  it('§1.4 last row (knob off, Cluster): a remote backend sees the client, and replies bypass node-1', () => {
    const r = one(guideProfileYaml, flow({ backend: 'default/pod-a2' }), {
      kubeProxyMasquerade: false,
    });
    expect(at(r, 'node-1', 'postrouting').reason).toBe('noSnatReplyBypass');
    expect(at(r, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'default-deny',
      sees: { src: office },
    });
  });
});

describe('encapsulation (SEMANTICS.md §1.3, §1.4, §4 item 3)', () => {
  const encapsulated = (encapsulation: 'IPIP' | 'VXLAN') =>
    guideDesign({
      cluster: { ...guideExampleInput.cluster, encapsulation },
      nodes: guideExampleInput.nodes.map((n, i) => ({ ...n, tunnelIP: `192.168.${i + 1}.1` })),
    });

  it('§1.3: with IPIP the remote node sees the tunnel IP, entering on tunl0', () => {
    const r = one(guideProfileYaml, flow({ backend: 'default/pod-a2' }), {}, encapsulated('IPIP'));
    expect(at(r, 'node-1', 'postrouting').params).toEqual({ address: '192.168.1.1' });
    expect(r.hops[1]?.in).toBe('tunl0');
    // The guide's HEPs list only eth0 addresses and bind only eth0 (§4 item 3).
    expect(at(r, 'node-2', 'preDNAT').reason).toBe('noHostEndpoint');
    expect(at(r, 'node-2', 'workloadIngress')).toMatchObject({
      verdict: 'default-deny',
      sees: { src: '192.168.1.1' },
    });
  });

  it('§4 item 3: expectedIPs that include the tunnel IP let "allow from nodes" match (VXLAN)', () => {
    const heps = guideHostEndpointsYaml
      .replace('[172.16.0.11]', '[172.16.0.11, 192.168.1.1]')
      .replace('[172.16.0.12]', '[172.16.0.12, 192.168.2.1]');
    const r = one(
      [heps, guidePodPoliciesYaml].join('---\n'),
      flow({ backend: 'default/pod-a2' }),
      {},
      encapsulated('VXLAN'),
    );
    expect(r.hops[1]?.in).toBe('vxlan.calico');
    expect(r.final).toMatchObject({ verdict: 'allowed', policy: 'allow-nodes-svc-a' });
  });
});

describe('defaults when nothing matches (SEMANTICS.md §2.3)', () => {
  it('§2.3 a: a HEP with no apply-on-forward policy lets forwarded traffic through', () => {
    const yaml = [guideHostEndpointsYaml, guideHostTrafficYaml].join('---\n');
    const r = one(yaml, flow({ src: stranger, backend: 'default/pod-a2' }));
    expect(at(r, 'node-1', 'hostEndpointForwardIngress').verdict).toBe('default-allow');
    expect(at(r, 'node-1', 'hostEndpointForwardEgress').verdict).toBe('default-allow');
    expect(at(r, 'node-2', 'workloadIngress').reason).toBe('noPolicySelects');
    expect(r.final).toEqual({ verdict: 'allowed', node: 'node-2', stage: 'workloadIngress' });
  });

  it('§2.3 b: an apply-on-forward policy that selects the HEP but does not match ends its tier in Deny', () => {
    const yaml = `${guideHostEndpointsYaml}---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: forward-only-office}
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  ingress: [{action: Allow, source: {nets: [50.60.0.0/16]}}]
`;
    const r = one(yaml, flow({ src: stranger, backend: 'default/pod-a2' }));
    expect(at(r, 'node-1', 'hostEndpointForwardIngress')).toMatchObject({
      verdict: 'default-deny',
      reason: 'endOfTier',
    });
  });

  it('§2.3 a: INPUT to a HEP without normal policy is denied; an allow-all profile flips it', () => {
    const closed = one(guideHostEndpointsYaml, flow({ dst: '172.16.0.11', port: 8080 }));
    expect(at(closed, 'node-1', 'hostEndpointInput')).toMatchObject({
      verdict: 'default-deny',
      reason: 'hostEndpointNoPolicy',
      params: { hostEndpoint: 'node-1-eth0' },
    });
    const open = guideHostEndpointsYaml.replace(
      'spec: {node: node-1,',
      'spec: {profiles: [projectcalico-default-allow], node: node-1,',
    );
    expect(
      at(one(open, flow({ dst: '172.16.0.11', port: 8080 })), 'node-1', 'hostEndpointInput'),
    ).toMatchObject({
      verdict: 'default-allow',
      reason: 'profileAllows',
      params: { profile: 'projectcalico-default-allow' },
    });
  });

  it('§2.3 a: a pod with no policy is allowed; a pod → own-host packet follows DefaultEndpointToHostAction', () => {
    const toPod = one('', {
      dst: '192.168.2.10',
      port: 80,
      protocol: 'TCP',
      via: { pod: 'default/pod-a1' },
    });
    expect(stagesOf(toPod, 'node-1')).toEqual([
      'untracked',
      'preDNAT',
      'serviceNAT',
      'hostEndpointForwardIngress',
      'workloadEgress',
      'workloadIngress',
      'hostEndpointForwardEgress',
      'serviceLoopPrevention',
      'postrouting',
    ]);
    expect(toPod.final).toEqual({ verdict: 'allowed', node: 'node-2', stage: 'workloadIngress' });
    const toHost = {
      dst: '172.16.0.11',
      port: 10250,
      protocol: 'TCP',
      via: { pod: 'default/pod-a1' },
    } as const;
    expect(one('', toHost).final).toMatchObject({ verdict: 'allowed', stage: 'hostEndpointInput' });
    expect(one('', toHost, { endpointToHostAction: 'Drop' }).final).toMatchObject({
      verdict: 'denied',
      stage: 'hostEndpointInput',
    });
  });
});

describe('service loop prevention (SEMANTICS.md §1.2 row 4b v)', () => {
  it("§1.2: a cluster IP on a port no service has is not DNAT'd and is dropped", () => {
    const r = one(guideProfileYaml, flow({ port: 8080 }));
    expect(at(r, 'node-1', 'serviceNAT')).toMatchObject({
      verdict: 'not-applicable',
      reason: 'servicePortNotFound',
      params: { service: 'default/svc-a' },
    });
    expect(r.final).toEqual({ verdict: 'denied', node: 'node-1', stage: 'serviceLoopPrevention' });
  });

  it('§1.2 (D25): the dropped ranges are the advertised ones in BGPConfiguration', () => {
    const bgp = `
apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: {name: default}
spec:
  serviceClusterIPs: [{cidr: 10.96.0.0/12}]
`;
    const sim = createSimulator(guideExample, loadResources(bgp));
    expect(sim.isAdvertised('10.20.30.40')).toBe(false);
    const [r] = sim.simulate(flow({ port: 8080 }));
    expect(r?.final.verdict).toBe('allowed');
    expect(r && at(r, 'node-1', 'serviceLoopPrevention').verdict).toBe('pass-through');
  });
});

describe('NetworkPolicy scoping (SEMANTICS.md §2.1, §3)', () => {
  const design = guideDesign({
    pods: [
      ...guideExampleInput.pods,
      {
        id: 'tool',
        name: 'tool',
        namespace: 'team-a',
        labels: { role: 'client' },
        node: 'node-1',
        ip: '192.168.1.50',
      },
    ],
  });
  const np = (rule: string) => `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: clients-only, namespace: default}
spec:
  selector: k8s-svc == 'svc-a'
  ingress: [{action: Allow, source: ${rule}}]
`;
  const fromTool: Flow = {
    dst: '192.168.2.10',
    port: 80,
    protocol: 'TCP',
    via: { pod: 'team-a/tool' },
  };

  it('§3: an NP rule selector ranges over its own namespace only', () => {
    const r = one(np("{selector: role == 'client'}"), fromTool, {}, design);
    expect(r.final).toMatchObject({ verdict: 'denied', stage: 'workloadIngress' });
    expect(at(r, 'node-2', 'workloadIngress').reason).toBe('endOfTier');
  });

  it('§3: namespaceSelector widens an NP rule to other namespaces', () => {
    const r = one(
      np("{selector: role == 'client', namespaceSelector: projectcalico.org/name == 'team-a'}"),
      fromTool,
      {},
      design,
    );
    expect(r.final).toMatchObject({
      verdict: 'allowed',
      policy: 'default/clients-only',
      ruleIndex: 0,
    });
  });

  it('§2.1: an NP selects only pods of its namespace and never a HEP', () => {
    const yaml = `${guideHostEndpointsYaml}---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: deny-everything, namespace: team-a}
spec:
  selector: all()
  types: [Ingress]
  ingress: [{action: Deny}]
`;
    // The team-a policy neither touches default pods nor the node's HEP (INPUT stays closed by default).
    expect(one(yaml, flow({ dst: '192.168.1.10' }), {}, design).final.verdict).toBe('allowed');
    expect(
      at(
        one(yaml, flow({ dst: '172.16.0.11', port: 8080 }), {}, design),
        'node-1',
        'hostEndpointInput',
      ).reason,
    ).toBe('hostEndpointNoPolicy');
  });
});

describe('tiers, order and name (SEMANTICS.md §2.2)', () => {
  const gnp = (name: string, extra: string, action: string) => `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: ${name}}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ${extra}
  ingress: [{action: ${action}}]
`;
  const to = flow({ dst: '192.168.1.10' });

  it('§2.2: equal orders are broken by name; a missing order sorts last', () => {
    const yaml = [
      gnp('b-allow', 'order: 10', 'Allow'),
      gnp('a-deny', 'order: 10', 'Deny'),
      gnp('0-first', '', 'Allow'),
    ].join('---\n');
    expect(one(yaml, to).final).toMatchObject({ verdict: 'denied', policy: 'a-deny' });
  });

  it('§2.2: Pass leaves the tier; a later tier then decides, and the end of the last tier denies', () => {
    const yaml = [
      gnp('pass-all', 'order: 1', 'Pass'),
      gnp('deny-in-default', 'order: 2', 'Deny'),
      gnp('allow-in-security', 'tier: security\n  order: 1', 'Allow'),
    ].join('---\n');
    const sim = createSimulator(guideExample, loadResources(yaml));
    expect(sim.notes).toContainEqual({
      resource: 'GlobalNetworkPolicy/allow-in-security',
      reason: 'unknownTier',
      params: { tier: 'security' },
    });
    // default (1 000 000) and security (assumed 1 000 000) tie on order: "default" < "security".
    expect(sim.simulate(to)[0]?.final).toMatchObject({
      verdict: 'allowed',
      policy: 'allow-in-security',
    });
  });

  it('§2.2: kube-admin (order 1000) runs before default; a Pass through every tier falls to the pod profile', () => {
    const yaml = [
      gnp('admin-pass', 'tier: kube-admin', 'Pass'),
      gnp('default-pass', '', 'Pass'),
    ].join('---\n');
    const r = one(yaml, to);
    expect(at(r, 'node-1', 'workloadIngress')).toMatchObject({
      verdict: 'default-allow',
      reason: 'profileAllows',
      params: { profile: 'kns.default' },
    });
    const denyAdmin = [
      gnp('admin-deny', 'tier: kube-admin', 'Deny'),
      gnp('default-allow', 'order: 1', 'Allow'),
    ].join('---\n');
    expect(one(denyAdmin, to).final).toMatchObject({ verdict: 'denied', policy: 'admin-deny' });
  });
});

describe('memoisation (results are shared, read-only data)', () => {
  it('§1.3: after SNAT every client looks alike, so the remote hop is one shared object', () => {
    const sim = createSimulator(guideExample, loadResources(guideProfileYaml));
    const [a] = sim.simulate(flow({ backend: 'default/pod-a2' }));
    const [b] = sim.simulate(flow({ src: stranger, backend: 'default/pod-a2' }));
    expect(a?.hops[1]).toBe(b?.hops[1]);
    expect(a?.hops[0]).not.toBe(b?.hops[0]);
    // A fresh simulator gives an equal (not identical) result: memoisation never changes answers.
    expect(
      simulateFlow(
        guideExample,
        loadResources(guideProfileYaml),
        flow({ backend: 'default/pod-a2' }),
      ),
    ).toEqual([a]);
  });
});

describe('input errors and trace text', () => {
  it('reports unknown nodes and pods as codes', () => {
    const bad = (f: Flow) => () => run(guideProfileYaml, f);
    expect(bad(flow({ via: { node: 'node-9', iface: 'eth0' } }))).toThrow(SimulationInputError);
    expect(bad(flow({ backend: 'default/nope' }))).toThrow(
      expect.objectContaining({ reason: 'unknownPod' }),
    );
    expect(bad(flow({ dst: '10.20.30.400' }))).toThrow(
      expect.objectContaining({ reason: 'invalidAddress' }),
    );
  });

  it('describeTrace fills every placeholder', () => {
    const lines = run(guideProfileYaml, flow()).flatMap((r) => describeTrace(r));
    expect(lines.join('\n')).not.toMatch(/\{\w+\}/);
    expect(lines).toContain(
      'allowed at node-2, stage workloadIngress, by allow-nodes-svc-a rule 0',
    );
    expect(lines).toContain('node-1, entering on eth0:');
  });
});
