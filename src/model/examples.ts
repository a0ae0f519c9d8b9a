/**
 * Example designs. `guideExample` is the scenario of Calico's guide "Apply policy to services
 * exposed externally as cluster IPs" (../shared/seed/services-cluster-ips.zh.md): two nodes, two
 * services 10.20.30.40 and 10.20.30.41 on ports 80/443, clients 50.60.0.0/16 and 70.80.90.0/24,
 * pod CIDR 192.168.0.0/16. Target ports equal the service ports, as the guide's pod policy assumes.
 */
import { designSchema, type Design, type DesignInput } from './design';

const webPorts = () => [
  { name: 'http', port: 80, targetPort: 80, protocol: 'TCP' as const },
  { name: 'https', port: 443, targetPort: 443, protocol: 'TCP' as const },
];

export const guideExampleInput = {
  version: 1,
  name: 'Calico guide example',
  cluster: {
    podCidrs: ['192.168.0.0/16'],
    serviceCidrs: ['10.20.30.0/24'],
    nodePortRange: '30000:32767',
    nodeLabel: { key: 'k8s-role', value: 'node' },
    encapsulation: 'None',
    trafficPolicy: 'Cluster',
    hostAccess: { mode: 'allExceptNodePorts' },
  },
  nodes: [
    {
      id: 'node-1',
      name: 'node-1',
      labels: {},
      interfaces: [{ name: 'eth0', ips: ['172.16.0.11'] }],
    },
    {
      id: 'node-2',
      name: 'node-2',
      labels: {},
      interfaces: [{ name: 'eth0', ips: ['172.16.0.12'] }],
    },
  ],
  services: [
    {
      id: 'svc-a',
      name: 'svc-a',
      namespace: 'default',
      clusterIP: '10.20.30.40',
      ports: webPorts(),
      selector: { 'k8s-svc': 'svc-a' },
      inCluster: 'allPods',
    },
    {
      id: 'svc-b',
      name: 'svc-b',
      namespace: 'default',
      clusterIP: '10.20.30.41',
      ports: webPorts(),
      selector: { 'k8s-svc': 'svc-b' },
      inCluster: 'allPods',
    },
  ],
  pods: [
    {
      id: 'pod-a1',
      name: 'pod-a1',
      namespace: 'default',
      labels: { 'k8s-svc': 'svc-a' },
      node: 'node-1',
      ip: '192.168.1.10',
    },
    {
      id: 'pod-a2',
      name: 'pod-a2',
      namespace: 'default',
      labels: { 'k8s-svc': 'svc-a' },
      node: 'node-2',
      ip: '192.168.2.10',
    },
    {
      id: 'pod-b1',
      name: 'pod-b1',
      namespace: 'default',
      labels: { 'k8s-svc': 'svc-b' },
      node: 'node-1',
      ip: '192.168.1.11',
    },
    {
      id: 'pod-b2',
      name: 'pod-b2',
      namespace: 'default',
      labels: { 'k8s-svc': 'svc-b' },
      node: 'node-2',
      ip: '192.168.2.11',
    },
  ],
  clients: [
    { id: 'office', name: 'office', cidrs: ['50.60.0.0/16'] },
    { id: 'partner', name: 'partner', cidrs: ['70.80.90.0/24'] },
  ],
  access: [
    { client: 'office', service: 'svc-a' },
    { client: 'partner', service: 'svc-b' },
  ],
  output: { profile: 'hardened' },
  layout: {},
} satisfies DesignInput;

/** The guide's example, with every default filled in. */
export const guideExample: Design = designSchema.parse(guideExampleInput);

/** An empty design: the guide's cluster settings, no elements. */
export const emptyDesign: Design = designSchema.parse({
  version: 1,
  name: 'Untitled design',
  cluster: { podCidrs: ['192.168.0.0/16'], serviceCidrs: ['10.96.0.0/12'] },
});
