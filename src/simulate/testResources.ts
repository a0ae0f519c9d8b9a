/**
 * Hand-written Calico resources for the simulator's tests, written from the guide
 * (reference/seed/services-cluster-ips.zh.md) and SEMANTICS.md, never from src/generator: the
 * simulator must judge YAML on its own terms. Used only by *.test.ts files.
 */
import { loadAll } from 'js-yaml';
import type { Resource } from '../calico/types';
import { designSchema, type Design, type DesignInput } from '../model/design';
import { guideExampleInput } from '../model/examples';

/** Parses a multi-document YAML string into resources (tests trust their own YAML). */
export function loadResources(yaml: string): Resource[] {
  return loadAll(yaml).filter((d): d is Resource => typeof d === 'object' && d !== null);
}

/** The guide example with some top-level fields replaced, defaults filled in. */
export function guideDesign(overrides: Partial<DesignInput> = {}): Design {
  return designSchema.parse({ ...guideExampleInput, ...overrides });
}

/** HostEndpoints for the guide's two nodes: named eth0, labelled, with their eth0 address. */
export const guideHostEndpointsYaml = `
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata:
  name: node-1-eth0
  labels: {k8s-role: node}
spec: {node: node-1, interfaceName: eth0, expectedIPs: [172.16.0.11]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata:
  name: node-2-eth0
  labels: {k8s-role: node}
spec: {node: node-2, interfaceName: eth0, expectedIPs: [172.16.0.12]}
`;

/** The guide's pre-DNAT allow for the two cluster IPs, as printed (no order, no deny). */
export const guideAllowClusterIpsYaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-cluster-ips
spec:
  selector: k8s-role == 'node'
  types:
  - Ingress
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Allow
    source:
      nets: [50.60.0.0/16]
    destination:
      nets: [10.20.30.40/32]
  - action: Allow
    source:
      nets: [70.80.90.0/24]
    destination:
      nets: [10.20.30.41/32]
`;

/** The guide's pre-DNAT allow to the pod CIDR. */
export const guideAllowToPodsYaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-to-pods
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Allow
    destination:
      nets: [192.168.0.0/16]
`;

/** The guide's third policy with its missing `ingress:` restored (SEMANTICS.md §0). */
export const guideHostTrafficYaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-traffic-hostendpoints
spec:
  selector: k8s-role == 'node'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    destination:
      selector: k8s-role == 'node'
      notPorts: ["30000:32767"]
  - action: Allow
    protocol: UDP
    destination:
      selector: k8s-role == 'node'
      notPorts: ["30000:32767"]
`;

/** The guide's third policy exactly as printed: rules directly under `types` (SEMANTICS.md §0). */
export const guideHostTrafficAsPrintedYaml = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-traffic-hostendpoints
spec:
  selector: k8s-role == 'node'
  types:
  - Ingress
  - action: Allow
    protocol: TCP
    destination:
      selector: k8s-role == 'node'
      notPorts: ["30000:32767"]
`;

/** The guide's step-3 pod policies: admit node addresses on the service ports. */
export const guidePodPoliciesYaml = ['svc-a', 'svc-b']
  .map(
    (svc) => `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-nodes-${svc}
spec:
  selector: k8s-svc == '${svc}'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    source:
      selector: k8s-role == 'node'
    destination:
      ports: [80, 443]
  - action: Allow
    protocol: UDP
    source:
      selector: k8s-role == 'node'
    destination:
      ports: [80, 443]
`,
  )
  .join('---\n');

/** The guide's Cluster-mode recipe, repaired only where it cannot load (SEMANTICS.md §0). */
export const guideProfileYaml = [
  guideHostEndpointsYaml,
  guideAllowClusterIpsYaml,
  guideAllowToPodsYaml,
  guideHostTrafficYaml,
  guidePodPoliciesYaml,
].join('---\n');

/**
 * The same recipe with the additions SEMANTICS.md §4 asks for: ordered allows, an explicit
 * pre-DNAT Deny for the service CIDR ordered after them, and pod policy that also admits the
 * client CIDRs (node-local backends see the client address, §1.3).
 */
export const hardenedProfileYaml = [
  guideHostEndpointsYaml,
  `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-cluster-ips}
spec:
  selector: k8s-role == 'node'
  order: 10
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Allow
    protocol: TCP
    source: {nets: [50.60.0.0/16]}
    destination: {nets: [10.20.30.40/32], ports: [80, 443]}
  - action: Allow
    protocol: TCP
    source: {nets: [70.80.90.0/24]}
    destination: {nets: [10.20.30.41/32], ports: [80, 443]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-cluster-ips}
spec:
  selector: k8s-role == 'node'
  order: 20
  types: [Ingress]
  applyOnForward: true
  preDNAT: true
  ingress:
  - action: Deny
    destination: {nets: [10.20.30.0/24]}
`,
  guideHostTrafficYaml,
  ...[
    ['svc-a', '50.60.0.0/16'],
    ['svc-b', '70.80.90.0/24'],
  ].map(
    ([svc, client]) => `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-${svc}}
spec:
  selector: k8s-svc == '${svc}'
  order: 100
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    source: {selector: k8s-role == 'node'}
    destination: {ports: [80, 443]}
  - action: Allow
    protocol: TCP
    source: {nets: ['${client}']}
    destination: {ports: [80, 443]}
`,
  ),
].join('---\n');
