import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clusterDumpYaml,
  guideClusterObjects,
  kubectlJson,
  kubectlList,
  kubectlYaml,
} from '../../fixtures/clusterDump';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { guideExample } from '../model/examples';
import type { Design } from '../model/design';
import { ImportContext } from './context';
import { importDump, locate, objectsOf, type Imported } from './testdata/clusterDump';
import type { ImportItem } from './types';
import { withTopology } from './withTopology';

const dumpFile = (name: string) =>
  readFileSync(new URL(`../../fixtures/cluster-dump/${name}`, import.meta.url), 'utf8');
const KUBECTL_YAML = dumpFile('kubectl.yaml');
const KUBECTL_JSON = dumpFile('kubectl.json');
const CALICO = dumpFile('calico.yaml');

const ofId = (r: Imported, id: ImportItem['messageId']) =>
  r.items.filter((i) => i.messageId === id);
const say = (i: ImportItem) => formatMessage(en[i.messageId], i.params);

/** Nodes, Services and pods by name, as the "Done when" compares them. */
function topologyOf(d: Design) {
  const nodeName = new Map(d.nodes.map((n) => [n.id, n.name]));
  return {
    nodes: d.nodes.map((n) => ({ name: n.name, interfaces: n.interfaces })),
    services: d.services.map((s) => ({
      name: `${s.namespace}/${s.name}`,
      clusterIP: s.clusterIP,
      ports: s.ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })),
      selector: s.selector,
    })),
    pods: d.pods.map((p) => ({
      name: `${p.namespace}/${p.name}`,
      ip: p.ip,
      labels: p.labels,
      node: nodeName.get(p.node),
    })),
  };
}

const example = topologyOf(guideExample);

/** The cluster's own Services and pod-network pods, which the guide example leaves out. */
const SYSTEM_SERVICES = ['default/kubernetes', 'kube-system/kube-dns'];

describe.each([
  ['YAML', KUBECTL_YAML],
  ['JSON', KUBECTL_JSON],
])('the guide example dumped with kubectl (%s) and calicoctl', (_, kubectl) => {
  const r = importDump([kubectl, CALICO]);
  const got = topologyOf(r.design);

  it("imports the example's nodes, Services and pods", () => {
    expect(got.nodes).toEqual(example.nodes);
    expect(got.services.filter((s) => !SYSTEM_SERVICES.includes(s.name))).toEqual(example.services);
    for (const pod of example.pods) expect(got.pods).toContainEqual(pod);
  });

  it('keeps the kubernetes and DNS Services, and the pods on the pod network', () => {
    expect(got.services.filter((s) => SYSTEM_SERVICES.includes(s.name))).toEqual([
      {
        name: 'default/kubernetes',
        clusterIP: '10.20.30.1',
        ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
        selector: {},
      },
      {
        name: 'kube-system/kube-dns',
        clusterIP: '10.20.30.10',
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
          { name: 'metrics', port: 9153, protocol: 'TCP' },
        ],
        selector: { 'k8s-app': 'kube-dns' },
      },
    ]);
    expect(got.pods.map((p) => p.name).filter((n) => !n.startsWith('default/'))).toEqual([
      'kube-system/calico-kube-controllers-2wbgtnlr42-dht92',
      'kube-system/coredns-q9sdvdzr87-4sbkp',
      'kube-system/coredns-q9sdvdzr87-pp2n4',
    ]);
  });

  it('takes the CIDRs from the IPPool and the cluster IPs, and the interfaces from the HostEndpoints', () => {
    expect(r.design.cluster).toMatchObject({
      podCidrs: guideExample.cluster.podCidrs,
      serviceCidrs: guideExample.cluster.serviceCidrs,
      encapsulation: 'None',
      nodeLabel: guideExample.cluster.nodeLabel,
    });
    expect(ofId(r, 'import.mapped.ipPool').map(say)).toEqual([
      'IPPool default-ipv4-ippool: pod CIDR 192.168.0.0/16, encapsulation None',
    ]);
    // The HostEndpoints name the interfaces: nothing about them is assumed.
    expect(ofId(r, 'import.assumed.defaultInterface')).toEqual([]);
    expect(ofId(r, 'import.mapped.kubeNodeWithHep').map((i) => i.name)).toEqual([
      'node-1',
      'node-2',
    ]);
  });

  it("keeps the nodes' own labels and drops the ones Kubernetes sets on every node", () => {
    expect(r.design.nodes.map((n) => n.labels)).toEqual([
      {
        'kubernetes.io/hostname': 'node-1',
        'node-role.kubernetes.io/control-plane': '',
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      },
      { 'kubernetes.io/hostname': 'node-2' },
    ]);
    expect(ofId(r, 'import.ignored.automaticNodeLabels')[0]?.params.labels).toBe(
      'beta.kubernetes.io/arch=amd64, beta.kubernetes.io/os=linux, kubernetes.io/arch=amd64, kubernetes.io/os=linux',
    );
  });

  it('says the host-network pods are their nodes, and that the EndpointSlices are not needed', () => {
    expect(ofId(r, 'import.ignored.hostNetworkPod').map((i) => i.name)).toEqual([
      'calico-node-9ml59',
      'calico-node-qzdp9',
      'etcd-node-1',
      'kube-apiserver-node-1',
      'kube-proxy-2hwf8',
      'kube-proxy-7qcl4',
    ]);
    expect(ofId(r, 'import.ignored.endpointSliceWithPods')).toHaveLength(4);
  });

  it('reports the service CIDR as assumed, and withdraws the guesses the dump settles', () => {
    expect(ofId(r, 'import.assumed.serviceCidrCovering').map(say)).toEqual([
      'no BGPConfiguration names the service CIDR: 10.20.30.0/24 assumed, the smallest range (at least a /24, or /112 for IPv6) that holds every cluster IP',
    ]);
    for (const settled of ['import.assumed.serviceCidrsHosts', 'import.assumed.podCidrs'] as const)
      expect(ofId(r, settled)).toEqual([]);
  });

  it('accounts for every topology object in the report', () => {
    const objects = locate(objectsOf(kubectl, CALICO)).filter((o) =>
      ['Node', 'Pod', 'EndpointSlice', 'IPPool'].includes(o.kind),
    );
    expect(objects).toHaveLength(2 + 13 + 4 + 1);
    const unaccounted = objects.filter(
      (o) => !r.items.some((i) => i.kind === o.kind && i.name === o.name),
    );
    expect(unaccounted.map((o) => `${o.kind} ${o.name}`)).toEqual([]);
  });
});

describe('the guide example dumped with kubectl alone', () => {
  const r = importDump([KUBECTL_YAML]);

  it('puts each InternalIP on the default interface, and asks to confirm its name', () => {
    expect(topologyOf(r.design).nodes).toEqual(example.nodes);
    expect(ofId(r, 'import.assumed.defaultInterface').map(say)).toEqual([
      'no HostEndpoint names the interfaces of 2 nodes (node-1, node-2): their addresses are put on interface "eth0". Confirm the name: the HostEndpoints the output writes use it',
    ]);
    expect(ofId(r, 'import.mapped.kubeNode')[0]?.params).toMatchObject({
      ips: '172.16.0.11',
      calico: '172.16.0.11/24',
    });
  });

  it("assumes the pod CIDR from the nodes' podCIDRs, at least a /16", () => {
    expect(r.design.cluster.podCidrs).toEqual(['192.168.0.0/16']);
    expect(ofId(r, 'import.assumed.podCidrsFromNodes')[0]?.params).toEqual({
      cidrs: '192.168.0.0/16',
      count: 2,
    });
  });

  it('uses the interface name the user gives, and refuses one Linux would not', () => {
    const ens = importDump([KUBECTL_YAML], { defaultInterface: 'ens3' });
    expect(ens.design.nodes.map((n) => n.interfaces[0]?.name)).toEqual(['ens3', 'ens3']);
    const bad = importDump([KUBECTL_YAML], { defaultInterface: 'no such name' });
    expect(bad.design.nodes.map((n) => n.interfaces[0]?.name)).toEqual(['eth0', 'eth0']);
    expect(ofId(bad, 'import.ignored.interfaceName')).toHaveLength(1);
  });
});

/** A dump of objects written inline, with the Services every test needs. */
function dumpOf(...objects: string[]): Imported {
  return importDump(objects);
}

const node = (name: string, body: string) => `
apiVersion: v1
kind: Node
metadata:
  name: ${name}
${body}`;

const service = `
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  clusterIP: 10.96.5.5
  ports: [{ name: http, port: 80, targetPort: 8080, protocol: TCP }]
  selector: { app: web }
`;

const pod = (name: string, nodeName: string, status: string, extra = '') => `
apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: shop, labels: { app: web } }
spec:
  nodeName: ${nodeName}
  containers: [{ name: web, image: nginx, ports: [{ name: http, containerPort: 8080 }] }]
${extra}
status: ${status}
`;

const w1 = node(
  'w1',
  'status: { addresses: [{ type: InternalIP, address: 10.0.0.1 }, { type: Hostname, address: w1 }] }',
);

describe('pods, and what is not one', () => {
  it('reads a running pod: address, labels, node, container ports', () => {
    const r = dumpOf(w1, service, pod('web-1', 'w1', '{ phase: Running, podIP: 10.244.1.5 }'));
    expect(r.design.pods).toEqual([
      {
        id: 'web-1',
        name: 'web-1',
        namespace: 'shop',
        labels: { app: 'web' },
        node: 'w1',
        ip: '10.244.1.5',
        ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
      },
    ]);
    expect(ofId(r, 'import.assumed.podCidrsFromPodIps')[0]?.params.cidrs).toBe('10.244.0.0/16');
  });

  it('skips a pending pod, and says so', () => {
    const r = dumpOf(
      w1,
      service,
      pod('web-1', 'w1', '{ phase: Running, podIP: 10.244.1.5 }'),
      pod('web-2', 'w1', '{ phase: Pending }'),
    );
    expect(r.design.pods.map((p) => p.name)).toEqual(['web-1']);
    expect(ofId(r, 'import.ignored.podNotRunning').map(say)).toEqual([
      'Pod shop/web-2 is Pending and has no address: not imported',
    ]);
  });

  it('adds, without addresses, a node a pod runs on that the dump lacks', () => {
    const r = dumpOf(w1, service, pod('web-1', 'w9', '{ phase: Running, podIP: 10.244.9.5 }'));
    expect(r.design.nodes.find((n) => n.name === 'w9')).toEqual({
      id: 'w9',
      name: 'w9',
      labels: {},
      interfaces: [],
    });
    expect(r.design.pods[0]?.node).toBe('w9');
    expect(ofId(r, 'import.assumed.podNodeMissing')).toHaveLength(1);
  });

  it('takes a host-network pod for its node', () => {
    const r = dumpOf(
      w1,
      service,
      pod('agent', 'w1', '{ phase: Running, podIP: 10.0.0.1 }', '  hostNetwork: true'),
    );
    expect(r.design.pods).toEqual([]);
    expect(ofId(r, 'import.ignored.hostNetworkPod').map(say)).toEqual([
      "Pod shop/agent runs in the host network of node w1: its traffic is the node's own, so it is not a pod of the design",
    ]);
  });
});

describe('EndpointSlices, when the dump has no Pod objects', () => {
  const slice = `
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-x7k2p
  namespace: shop
  labels: { kubernetes.io/service-name: web }
addressType: IPv4
endpoints:
- addresses: [10.244.1.5]
  conditions: { ready: true }
  nodeName: w1
  targetRef: { kind: Pod, name: web-5c9d-abcde, namespace: shop }
- addresses: [10.244.2.7]
  conditions: { ready: false }
  nodeName: w2
  targetRef: { kind: Pod, name: web-5c9d-fghij, namespace: shop }
ports: [{ name: http, port: 8080, protocol: TCP }]
`;
  const r = dumpOf(w1, service, slice);

  it("makes the ready backends pods, labelled with the Service's selector", () => {
    expect(r.design.pods).toEqual([
      {
        id: 'web-5c9d-abcde',
        name: 'web-5c9d-abcde',
        namespace: 'shop',
        labels: { app: 'web' },
        node: 'w1',
        ip: '10.244.1.5',
      },
    ]);
    expect(ofId(r, 'import.assumed.podFromEndpoint')).toHaveLength(1);
    expect(ofId(r, 'import.ignored.endpointNotReady').map((i) => i.path)).toEqual(['endpoints[1]']);
  });
});

describe('dual stack', () => {
  const r = dumpOf(
    node(
      'w1',
      `  annotations:
    projectcalico.org/IPv4Address: 10.0.0.1/24
    projectcalico.org/IPv6Address: fd00:10::1/64
status:
  addresses: [{ type: InternalIP, address: 10.0.0.1 }, { type: InternalIP, address: "fd00:10::1" }]`,
    ),
    `
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  clusterIP: 10.96.5.5
  clusterIPs: [10.96.5.5, "fd00:96::5"]
  ipFamilies: [IPv4, IPv6]
  ipFamilyPolicy: RequireDualStack
  ports: [{ port: 80, protocol: TCP }]
  selector: { app: web }
`,
    pod(
      'web-1',
      'w1',
      '{ phase: Running, podIP: 10.244.1.5, podIPs: [{ ip: 10.244.1.5 }, { ip: "fd00:244::5" }] }',
    ),
    `
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: v4 }
spec: { cidr: 10.244.0.0/16, vxlanMode: CrossSubnet }
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: v6 }
spec: { cidr: "fd00:244::/48" }
`,
  );

  it('keeps both families of the node and pools; one address per Service and pod', () => {
    expect(r.design.nodes[0]?.interfaces).toEqual([
      { name: 'eth0', ips: ['10.0.0.1', 'fd00:10::1'] },
    ]);
    expect(r.design.cluster.podCidrs).toEqual(['10.244.0.0/16', 'fd00:244::/48']);
    expect(r.design.services[0]?.clusterIP).toBe('10.96.5.5');
    expect(r.design.pods[0]?.ip).toBe('10.244.1.5');
    expect(ofId(r, 'import.ignored.secondClusterIP')[0]?.params.clusterIP).toBe('fd00:96::5');
    expect(ofId(r, 'import.ignored.podSecondIp')[0]?.params.ip).toBe('fd00:244::5');
    expect(r.design.cluster.encapsulation).toBe('VXLAN');
  });
});

describe('IPPools', () => {
  const pool = (name: string, spec: string) =>
    `\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: { name: ${name} }\nspec: ${spec}\n`;

  it.each([
    ['{ cidr: 10.244.0.0/16, ipipMode: Always }', 'IPIP'],
    ['{ cidr: 10.244.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never }', 'IPIP'],
    ['{ cidr: 10.244.0.0/16, vxlanMode: Always }', 'VXLAN'],
    ['{ cidr: 10.244.0.0/16, ipipMode: Never, vxlanMode: Never }', 'None'],
  ])('%s → encapsulation %s', (spec, encapsulation) => {
    expect(dumpOf(w1, service, pool('p', spec)).design.cluster.encapsulation).toBe(encapsulation);
  });

  it('leaves out a disabled pool no pod uses', () => {
    const r = dumpOf(
      w1,
      service,
      pool('new', '{ cidr: 10.245.0.0/16 }'),
      pool('old', '{ cidr: 10.244.0.0/16, disabled: true }'),
    );
    expect(r.design.cluster.podCidrs).toEqual(['10.245.0.0/16']);
    expect(ofId(r, 'import.ignored.ipPoolDisabled')).toHaveLength(1);
  });
});

describe('nodes', () => {
  it('keeps a node without an InternalIP, without addresses, and says so', () => {
    const r = dumpOf(
      node('w1', 'status: { addresses: [{ type: Hostname, address: w1 }] }'),
      service,
    );
    expect(r.design.nodes).toEqual([{ id: 'w1', name: 'w1', labels: {}, interfaces: [] }]);
    expect(ofId(r, 'import.assumed.nodeNoAddress')).toHaveLength(1);
  });

  it("takes Calico's address when there is no InternalIP, and its IPIP tunnel address", () => {
    const r = dumpOf(
      node(
        'w1',
        `  annotations:
    projectcalico.org/IPv4Address: 10.0.0.1/24
    projectcalico.org/IPv4IPIPTunnelAddr: 10.244.7.0
    projectcalico.org/IPv4WireguardInterfaceAddr: 10.244.7.1`,
      ),
      service,
    );
    expect(r.design.nodes[0]).toMatchObject({
      interfaces: [{ name: 'eth0', ips: ['10.0.0.1'] }],
      tunnelIP: '10.244.7.0',
    });
    expect(r.design.cluster.encapsulation).toBe('IPIP');
    expect(ofId(r, 'import.assumed.encapsulationFromTunnels')).toHaveLength(1);
    expect(ofId(r, 'import.ignored.nodeTunnelExtra')[0]?.params.ip).toBe('10.244.7.1');
  });
});

describe('the service CIDR', () => {
  it("is the BGPConfiguration's when the files have one", () => {
    const bgp = `
apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: { name: default }
spec: { serviceClusterIPs: [{ cidr: 10.96.0.0/16 }] }
`;
    const r = dumpOf(w1, service, bgp);
    expect(r.design.cluster.serviceCidrs).toEqual(['10.96.0.0/16']);
    expect(ofId(r, 'import.assumed.serviceCidrCovering')).toEqual([]);
    expect(ofId(r, 'import.assumed.serviceCidrKubeadm')).toEqual([]);
  });

  it("is kubeadm's default when it holds every cluster IP", () => {
    const r = dumpOf(w1, service);
    expect(r.design.cluster.serviceCidrs).toEqual(['10.96.0.0/12']);
    expect(ofId(r, 'import.assumed.serviceCidrKubeadm')).toHaveLength(1);
  });
});

describe('withTopology', () => {
  it('leaves the candidate as it was: a pod behind a Service gains its selector in a copy', () => {
    const candidate = structuredClone(guideExample);
    candidate.pods = candidate.pods.map((p) => ({ ...p, labels: {} }));
    const before = structuredClone(candidate);
    const withoutPods = locate(
      objectsOf(KUBECTL_YAML).filter((o) => (o as { kind?: string }).kind !== 'Pod'),
    );
    const out = withTopology(candidate, withoutPods, new ImportContext(undefined), {});
    expect(candidate).toEqual(before);
    expect(out.pods?.find((p) => p.name === 'pod-a1')?.labels).toEqual({ 'k8s-svc': 'svc-a' });
  });

  it('returns a design without topology objects as it is', () => {
    const ctx = new ImportContext(undefined);
    const design = guideExample;
    const docs = locate(objectsOf(service));
    expect(withTopology(design, docs, ctx, {})).toBe(design);
    expect(ctx.items).toEqual([]);
  });
});

describe('the generated cluster dump', () => {
  const size = { nodes: 7, pods: 40, services: 9 };
  const text = clusterDumpYaml(size);

  it('is the same text every time', () => {
    expect(clusterDumpYaml(size)).toBe(text);
  });

  it('imports to as many nodes, Services and pods as asked', () => {
    const r = importDump([text]);
    expect([r.design.nodes.length, r.design.services.length, r.design.pods.length]).toEqual([
      size.nodes,
      size.services,
      size.pods,
    ]);
    expect(r.design.cluster).toMatchObject({
      serviceCidrs: ['10.96.0.0/12'],
      encapsulation: 'IPIP',
    });
    expect(r.design.services.filter((s) => s.type === 'NodePort')).toHaveLength(1);
    expect(r.design.nodes.every((n) => n.tunnelIP !== undefined)).toBe(true);
  });
});

describe('the fixture files', () => {
  it('are what fixtures/clusterDump.ts writes, as their README says', () => {
    const list = kubectlList(guideClusterObjects());
    expect(KUBECTL_YAML).toBe(kubectlYaml(list));
    expect(KUBECTL_JSON).toBe(kubectlJson(list));
  });
});
