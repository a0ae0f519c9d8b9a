/**
 * Tier documents, staged policies and network sets (DATAPLANES.md §5.1, §5.2; SEMANTICS.md §3),
 * observed as a user would: the verdict of one flow and the notes the simulator leaves.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { createSimulator } from './simulateFlow';
import { guideDesign, loadResources } from './testResources';
import type { Flow } from './types';

/** pod-b1 (node-1) → pod-a2 (node-2) on a port no Service targets. */
const podToPod9153: Flow = {
  dst: '192.168.2.10',
  port: 9153,
  protocol: 'TCP',
  via: { pod: 'default/pod-b1' },
};

/** An external client straight to pod-a1 on its own node: the pod sees the client address. */
const officeToPodA1: Flow = {
  src: '50.60.1.2',
  dst: '192.168.1.10',
  port: 80,
  protocol: 'TCP',
  via: { node: 'node-1', iface: 'eth0' },
};

function run(yaml: string, flow: Flow, design: Design = guideDesign()) {
  const sim = createSimulator(design, loadResources(yaml));
  const [r] = sim.simulate(flow);
  return { verdict: r?.final.verdict, final: r?.final, notes: sim.notes, result: r };
}

/** A backend policy in `tier` allowing only the office on port 80. */
function backendPolicy(tier?: string, name = 'backend-a'): string {
  return `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: ${tier ? `${tier}.` : ''}${name}}
spec:
  ${tier ? `tier: ${tier}` : ''}
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    source: {nets: [50.60.0.0/16]}
    destination: {ports: [80]}
`;
}

function tierDoc(name: string, spec: string): string {
  return `
apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: ${name}}
spec: ${spec}
---`;
}

describe('Tier documents (DATAPLANES.md §5.2)', () => {
  it('a tier without a Tier document is guessed as default (Deny) and said so', () => {
    const r = run(backendPolicy('external-access'), podToPod9153);
    expect(r.verdict).toBe('denied');
    expect(r.notes.map((n) => n.reason)).toEqual(['unknownTier']);
  });

  it('defaultAction Pass: what the tier does not decide falls through to the profile', () => {
    const yaml =
      tierDoc('external-access', '{order: 10000, defaultAction: Pass}') +
      backendPolicy('external-access');
    const r = run(yaml, podToPod9153);
    expect(r.verdict).toBe('allowed');
    expect(r.result?.hops.at(-1)?.stages.find((s) => s.stage === 'workloadIngress')?.reason).toBe(
      'profileAllows',
    );
    expect(r.notes).toEqual([]);
  });

  it('a Tier without defaultAction ends in Deny, with no note', () => {
    const yaml = tierDoc('external-access', '{order: 10000}') + backendPolicy('external-access');
    const r = run(yaml, podToPod9153);
    expect(r.verdict).toBe('denied');
    expect(r.notes).toEqual([]);
  });

  it("the Tier's order places its policies before or after the default tier", () => {
    const denyAll = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-all}
spec:
  selector: all()
  types: [Ingress]
  ingress: [{action: Deny}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: early.allow-9153}
spec:
  tier: early
  selector: all()
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [9153]}}]
`;
    expect(run(tierDoc('early', '{order: 100}') + denyAll, podToPod9153).final).toMatchObject({
      verdict: 'allowed',
      policy: 'early.allow-9153',
    });
    expect(run(tierDoc('early', '{order: 2000000}') + denyAll, podToPod9153).final).toMatchObject({
      verdict: 'denied',
      policy: 'deny-all',
    });
  });

  it('built-in tiers follow the target version: kube-admin exists from 3.32 on', () => {
    const yaml = backendPolicy('kube-admin');
    const v332 = run(yaml, podToPod9153, guideDesign({ output: { calicoVersion: '3.32' } }));
    expect(v332.verdict).toBe('allowed');
    expect(v332.notes).toEqual([]);
    const v331 = run(yaml, podToPod9153, guideDesign({ output: { calicoVersion: '3.31' } }));
    expect(v331.verdict).toBe('denied');
    expect(v331.notes.map((n) => n.reason)).toEqual(['unknownTier']);
    const anp = run(
      backendPolicy('adminnetworkpolicy'),
      podToPod9153,
      guideDesign({ output: { calicoVersion: '3.30' } }),
    );
    expect(anp.verdict).toBe('allowed');
  });

  it("a Tier document cannot change a built-in tier's default action", () => {
    const yaml = tierDoc('default', '{order: 1000000, defaultAction: Pass}') + backendPolicy();
    expect(run(yaml, podToPod9153).verdict).toBe('denied');
  });
});

describe('staged policies never enforce (DATAPLANES.md §5.1)', () => {
  const stagedDeny = (kind: string, ns = '') => `
apiVersion: projectcalico.org/v3
kind: ${kind}
metadata: {name: staged-deny${ns ? `, namespace: ${ns}` : ''}}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress: [{action: Deny}]
`;

  it('a StagedGlobalNetworkPolicy Deny drops nothing and is reported as read', () => {
    const r = run(stagedDeny('StagedGlobalNetworkPolicy'), podToPod9153);
    expect(r.verdict).toBe('allowed');
    expect(r.notes).toEqual([
      { resource: 'StagedGlobalNetworkPolicy/staged-deny', reason: 'stagedNotEnforced' },
    ]);
    expect(run(stagedDeny('GlobalNetworkPolicy'), podToPod9153).verdict).toBe('denied');
  });

  it('StagedNetworkPolicy and a raw StagedKubernetesNetworkPolicy are read and not enforced', () => {
    const k8s = `
apiVersion: projectcalico.org/v3
kind: StagedKubernetesNetworkPolicy
metadata: {name: k8s-deny, namespace: default}
spec: {podSelector: {}, policyTypes: [Ingress]}
---`;
    const r = run(k8s + stagedDeny('StagedNetworkPolicy', 'default'), podToPod9153);
    expect(r.verdict).toBe('allowed');
    expect(r.notes.map((n) => n.resource)).toEqual([
      'StagedKubernetesNetworkPolicy/default/k8s-deny',
      'StagedNetworkPolicy/default/staged-deny',
    ]);
  });

  it('a tier whose only policy for the pod is staged does not end in its default deny', () => {
    const yaml =
      tierDoc('strict', '{order: 100, defaultAction: Deny}') +
      stagedDeny('StagedGlobalNetworkPolicy').replace('spec:', 'spec:\n  tier: strict');
    expect(run(yaml, podToPod9153).verdict).toBe('allowed');
  });
});

describe('network sets in rule selectors (SEMANTICS.md §3)', () => {
  const sets = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: office, labels: {role: office}}
spec: {nets: [50.60.0.0/16]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: office-local, namespace: default, labels: {role: office-local}}
spec: {nets: [50.60.0.0/16]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: office-elsewhere, namespace: other, labels: {role: office-elsewhere}}
spec: {nets: [50.60.0.0/16]}
---`;
  const allowFrom = (kind: 'GlobalNetworkPolicy' | 'NetworkPolicy', source: string) => `
apiVersion: projectcalico.org/v3
kind: ${kind}
metadata: {name: allow-set${kind === 'NetworkPolicy' ? ', namespace: default' : ''}}
spec:
  selector: k8s-svc == 'svc-a'
  types: [Ingress]
  ingress: [{action: Allow, source: ${source}}]
`;
  const office = (yaml: string) => run(sets + yaml, officeToPodA1).verdict;
  const partner = (yaml: string) =>
    run(sets + yaml, { ...officeToPodA1, src: '70.80.90.1' }).verdict;

  it('a GlobalNetworkPolicy selector matches the addresses of a GlobalNetworkSet', () => {
    const yaml = allowFrom('GlobalNetworkPolicy', `{selector: "role == 'office'"}`);
    expect(office(yaml)).toBe('allowed');
    expect(partner(yaml)).toBe('denied');
  });

  it('notSelector leaves out the network set', () => {
    const yaml = allowFrom('GlobalNetworkPolicy', `{notSelector: "role == 'office'"}`);
    expect(office(yaml)).toBe('denied');
    expect(partner(yaml)).toBe('allowed');
  });

  it('a GlobalNetworkPolicy selector also reaches NetworkSets of any namespace', () => {
    const yaml = allowFrom('GlobalNetworkPolicy', `{selector: "role == 'office-elsewhere'"}`);
    expect(office(yaml)).toBe('allowed');
  });

  it("a NetworkPolicy selector ranges over its own namespace's NetworkSets only", () => {
    expect(office(allowFrom('NetworkPolicy', `{selector: "role == 'office-local'"}`))).toBe(
      'allowed',
    );
    expect(office(allowFrom('NetworkPolicy', `{selector: "role == 'office-elsewhere'"}`))).toBe(
      'denied',
    );
    expect(office(allowFrom('NetworkPolicy', `{selector: "role == 'office'"}`))).toBe('denied');
  });

  it('namespaceSelector global() reaches GlobalNetworkSets from a NetworkPolicy', () => {
    const yaml = allowFrom(
      'NetworkPolicy',
      `{namespaceSelector: global(), selector: "role == 'office'"}`,
    );
    expect(office(yaml)).toBe('allowed');
  });

  it('a namespaceSelector naming a namespace reaches its NetworkSets', () => {
    const yaml = allowFrom(
      'NetworkPolicy',
      `{namespaceSelector: "projectcalico.org/name == 'other'", selector: "role == 'office-elsewhere'"}`,
    );
    expect(office(yaml)).toBe('allowed');
  });

  it('a network set with an entry that is not a CIDR is rejected and matches nothing', () => {
    const bad = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: broken, labels: {role: broken}}
spec: {nets: [50.60.1.2]}
---`;
    const r = run(
      bad + allowFrom('GlobalNetworkPolicy', `{selector: "role == 'broken'"}`),
      officeToPodA1,
    );
    expect(r.verdict).toBe('denied');
    expect(r.notes.map((n) => [n.resource, n.reason])).toEqual([
      ['GlobalNetworkSet/broken', 'rejectedNetworkSet'],
    ]);
  });
});
