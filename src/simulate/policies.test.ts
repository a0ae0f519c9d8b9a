/**
 * Rule matching (SEMANTICS.md §3) and policy validity, observed through the simulator: a probe
 * policy with one Allow rule selects pod-a1; the flow is allowed iff the rule matched (otherwise
 * the default tier ends in Deny, §2.3 b).
 */
import { guideExample, guideExampleInput } from '../model/examples';
import { createSimulator } from './simulateFlow';
import { guideDesign, guideHostEndpointsYaml, loadResources } from './testResources';
import type { Flow } from './types';

function probe(rule: string, header = ''): string {
  return `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: probe}
spec:
  selector: k8s-svc == 'svc-a'
  ${header}
  ingress:
  - ${rule}
`;
}

const toPodA1: Flow = {
  src: '50.60.1.2',
  dst: '192.168.1.10',
  port: 8080,
  protocol: 'TCP',
  via: { node: 'node-1', iface: 'eth0' },
};

function verdict(yaml: string, over: Partial<Flow> = {}, design = guideExample): string {
  const [r] = createSimulator(design, loadResources(yaml)).simulate({ ...toPodA1, ...over });
  return r?.final.verdict ?? 'none';
}

function matches(rule: string, over: Partial<Flow> = {}): boolean {
  return verdict(probe(rule), over) === 'allowed';
}

describe('rule matching (SEMANTICS.md §3)', () => {
  it('§3: port ranges "a:b" are inclusive; notPorts needs no element to match', () => {
    const range = "{action: Allow, protocol: TCP, destination: {ports: ['8000:8080']}}";
    expect(matches(range)).toBe(true);
    expect(matches(range, { port: 8081 })).toBe(false);
    const not = "{action: Allow, protocol: TCP, destination: {notPorts: ['30000:32767', 22]}}";
    expect(matches(not)).toBe(true);
    expect(matches(not, { port: 30000 })).toBe(false);
    expect(matches(not, { port: 22 })).toBe(false);
  });

  it('§3: nets match on any element, notNets on none; criteria are ANDed', () => {
    const nets =
      '{action: Allow, source: {nets: [10.0.0.0/8, 50.60.0.0/16], notNets: [50.60.1.0/24]}}';
    expect(matches(nets, { src: '50.60.2.1' })).toBe(true);
    expect(matches(nets, { src: '10.1.1.1' })).toBe(true);
    expect(matches(nets, { src: '50.60.1.9' })).toBe(false);
    const and = '{action: Allow, protocol: UDP, source: {nets: [50.60.0.0/16]}}';
    expect(matches(and)).toBe(false);
    expect(matches(and, { protocol: 'UDP' })).toBe(true);
  });

  it('§3: protocols by name or number, and notProtocol', () => {
    expect(matches('{action: Allow, protocol: 6}')).toBe(true);
    expect(matches('{action: Allow, protocol: tcp}')).toBe(true);
    expect(matches('{action: Allow, notProtocol: TCP}')).toBe(false);
    expect(matches('{action: Allow, notProtocol: TCP}', { protocol: 'SCTP' })).toBe(true);
  });

  it('§3: notSelector also matches off-cluster addresses; selector "!X" only known endpoints', () => {
    const notSel = "{action: Allow, source: {notSelector: k8s-svc == 'svc-b'}}";
    expect(matches(notSel, { src: '9.9.9.9' })).toBe(true);
    const bang = '{action: Allow, source: {selector: "!has(k8s-svc)"}}';
    expect(matches(bang, { src: '9.9.9.9' })).toBe(false);
    // pod-b1 (192.168.1.11) carries k8s-svc, so neither form admits it.
    const fromB1: Partial<Flow> = { src: undefined, via: { pod: 'default/pod-b1' } };
    expect(matches(notSel, fromB1)).toBe(false);
    expect(matches(bang, fromB1)).toBe(false);
  });

  it('§3: one IP family per rule: an IPv6 rule never matches an IPv4 packet', () => {
    expect(matches('{action: Allow, ipVersion: 6}')).toBe(false);
    expect(matches("{action: Allow, source: {notNets: ['2001:db8::/32']}}")).toBe(false);
    expect(matches("{action: Allow, source: {notNets: ['192.0.2.0/24']}}")).toBe(true);
  });

  it('§3 (C18): host bits that reach Felix are masked away', () => {
    expect(matches('{action: Allow, source: {nets: [50.60.9.9/16]}}', { src: '50.60.200.1' })).toBe(
      true,
    );
  });

  it('§2.2: Log records and continues to the next rule', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: probe}
spec:
  selector: k8s-svc == 'svc-a'
  ingress: [{action: Log}, {action: Deny, protocol: UDP}, {action: Allow}]
`;
    const [r] = createSimulator(guideExample, loadResources(yaml)).simulate(toPodA1);
    expect(r?.final).toMatchObject({ verdict: 'allowed', ruleIndex: 2 });
  });

  it('§3: named ports on a HEP resolve to its expectedIPs', () => {
    const heps = guideHostEndpointsYaml.replace(
      'spec: {node: node-1,',
      'spec: {ports: [{name: kubelet, port: 10250, protocol: TCP}], node: node-1,',
    );
    const yaml = `${heps}---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: kubelet}
spec:
  selector: k8s-role == 'node'
  ingress:
  - action: Allow
    protocol: TCP
    destination: {selector: k8s-role == 'node', ports: [kubelet]}
`;
    expect(verdict(yaml, { dst: '172.16.0.11', port: 10250 })).toBe('allowed');
    expect(verdict(yaml, { dst: '172.16.0.11', port: 10251 })).toBe('denied');
  });

  it('§2.1: `types` defaults to Egress when only egress rules exist', () => {
    const yaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: egress-only}
spec:
  selector: k8s-svc == 'svc-a'
  egress: [{action: Deny}]
`;
    // Ingress to pod-a1 is untouched; its own egress is denied.
    expect(verdict(yaml)).toBe('allowed');
    const out: Partial<Flow> = {
      src: undefined,
      dst: '192.168.2.11',
      via: { pod: 'default/pod-a1' },
    };
    expect(verdict(yaml, out)).toBe('denied');
  });

  it('§2.1: a GNP namespaceSelector narrows it to pods of matching namespaces', () => {
    const design = guideDesign({
      pods: guideExampleInput.pods.map((p) =>
        p.id === 'pod-a1' ? { ...p, namespace: 'shop' } : p,
      ),
    });
    const yaml = probe('{action: Deny}', "namespaceSelector: projectcalico.org/name == 'shop'");
    expect(verdict(yaml, {}, design)).toBe('denied');
    expect(verdict(yaml, { dst: '192.168.2.10' }, design)).toBe('allowed');
  });
});

describe('policies Calico rejects are simulated as absent (SEMANTICS.md §0, §3)', () => {
  const rejected = (rule: string, header = '') => {
    const sim = createSimulator(guideExample, loadResources(probe(rule, header)));
    const [r] = sim.simulate(toPodA1);
    // The probe would deny if it existed; without it pod-a1 has no policy and is allowed.
    expect(r?.final.verdict).toBe('allowed');
    return sim.notes.map((n) => n.reason);
  };

  it('§3: a bare IP or an inline note in nets is an invalid CIDR', () => {
    expect(rejected('{action: Deny, source: {nets: [50.60.1.2]}}')).toEqual(['rejectedCidr']);
    expect(
      rejected("{action: Deny, destination: {nets: ['10.20.30.40/32  Cluster IP A']}}"),
    ).toEqual(['rejectedCidr']);
  });

  it('§3: ports need protocol TCP, UDP or SCTP', () => {
    expect(rejected('{action: Deny, destination: {ports: [80]}}')).toEqual(['rejectedPorts']);
    expect(rejected('{action: Deny, protocol: ICMP, destination: {ports: [80]}}')).toEqual([
      'rejectedPorts',
    ]);
  });

  it('§3: preDNAT needs applyOnForward and forbids egress; selectors must parse', () => {
    expect(rejected('{action: Deny}', 'preDNAT: true')).toEqual(['rejectedFlags']);
    expect(
      rejected('{action: Deny}', 'preDNAT: true\n  applyOnForward: true\n  types: [Egress]'),
    ).toEqual(['rejectedPreDnatEgress']);
    expect(rejected("{action: Deny, source: {selector: 'k8s-role =='}}")).toEqual([
      'rejectedSelector',
    ]);
    expect(rejected('{action: Reject}')).toEqual(['rejectedAction']);
  });
});
