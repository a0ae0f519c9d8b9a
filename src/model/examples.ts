/**
 * Example designs. `guideExample` is the scenario of Calico's guide "Apply policy to services
 * exposed externally as cluster IPs" (reference/seed/services-cluster-ips.zh.md): two nodes, two
 * services 10.20.30.40 and 10.20.30.41 on ports 80/443, clients 50.60.0.0/16 and 70.80.90.0/24,
 * pod CIDR 192.168.0.0/16. Target ports equal the service ports, as the guide's pod policy assumes.
 */
import { designSchema, type Design, type DesignInput } from './design';

const webPorts = () => [
  { name: 'http', port: 80, targetPort: 80, protocol: 'TCP' as const },
  { name: 'https', port: 443, targetPort: 443, protocol: 'TCP' as const },
];

export const guideExampleInput = {
  version: 2,
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

/** Same design as fixtures/local-mode/design.json. */
export const localExampleInput = {
  version: 2,
  name: 'local mode shop',
  cluster: {
    podCidrs: ['10.244.0.0/16'],
    serviceCidrs: ['10.96.0.0/16'],
    trafficPolicy: 'Local',
  },
  nodes: [
    {
      id: 'w1',
      name: 'worker-1',
      interfaces: [
        {
          name: 'ens3',
          ips: ['192.0.2.21'],
        },
      ],
    },
    {
      id: 'w2',
      name: 'worker-2',
      interfaces: [
        {
          name: 'ens3',
          ips: ['192.0.2.22'],
        },
      ],
    },
  ],
  services: [
    {
      id: 'shop',
      name: 'shop',
      namespace: 'shop',
      clusterIP: '10.96.10.10',
      ports: [
        {
          name: 'http',
          port: 80,
          targetPort: 8080,
        },
        {
          name: 'admin',
          port: 9000,
          targetPort: 'admin',
        },
      ],
      selector: {
        app: 'shop',
      },
      inCluster: 'sameNamespace',
    },
  ],
  pods: [
    {
      id: 'shop-1',
      name: 'shop-1',
      namespace: 'shop',
      labels: {
        app: 'shop',
      },
      node: 'w1',
      ip: '10.244.1.5',
      ports: [
        {
          name: 'http',
          containerPort: 8080,
        },
        {
          name: 'admin',
          containerPort: 9090,
        },
      ],
    },
    {
      id: 'shop-2',
      name: 'shop-2',
      namespace: 'shop',
      labels: {
        app: 'shop',
      },
      node: 'w2',
      ip: '10.244.2.5',
      ports: [
        {
          name: 'http',
          containerPort: 8080,
        },
        {
          name: 'admin',
          containerPort: 9090,
        },
      ],
    },
  ],
  clients: [
    {
      id: 'customers',
      name: 'customers',
      cidrs: ['198.51.100.0/24'],
    },
    {
      id: 'ops',
      name: 'ops team',
      cidrs: ['203.0.113.0/28', '2001:db8:a::/48'],
    },
  ],
  access: [
    {
      client: 'customers',
      service: 'shop',
      ports: [80],
    },
    {
      client: 'ops',
      service: 'shop',
    },
  ],
  output: {
    profile: 'hardened',
  },
  layout: {},
} satisfies DesignInput;

/** Local mode: one service in its own namespace with externalTrafficPolicy Local (so a NodePort Service); a named target port; an IPv6 client range. */
export const localExample: Design = designSchema.parse(localExampleInput);

/** Same design as fixtures/mixed/design.json. */
export const mixedExampleInput = {
  version: 2,
  name: 'mixed modes',
  cluster: {
    podCidrs: ['192.168.0.0/16'],
    serviceCidrs: ['10.20.30.0/24', '10.20.40.0/24'],
    nodePortRange: '30000:32767',
    nodeLabel: {
      key: 'example.com/role',
      value: 'k8s-node',
    },
    trafficPolicy: 'Cluster',
    hostAccess: {
      mode: 'only',
      tcp: [22, 10250],
      udp: [],
    },
  },
  nodes: [
    {
      id: 'n1',
      name: 'n1.example.com',
      labels: {
        zone: 'a',
      },
      interfaces: [
        {
          name: 'eth0',
          ips: ['172.16.0.11'],
        },
      ],
    },
    {
      id: 'n2',
      name: 'n2.example.com',
      labels: {
        zone: 'b',
      },
      interfaces: [
        {
          name: 'eth0',
          ips: ['172.16.0.12'],
        },
      ],
    },
  ],
  services: [
    {
      id: 'web',
      name: 'web',
      namespace: 'frontend',
      clusterIP: '10.20.30.40',
      ports: [
        {
          name: 'http',
          port: 80,
          targetPort: 8080,
        },
        {
          name: 'https',
          port: 443,
          targetPort: 8443,
        },
      ],
      selector: {
        app: 'web',
        tier: 'front',
      },
      inCluster: 'allPods',
    },
    {
      id: 'dns',
      name: 'dns',
      namespace: 'infra',
      clusterIP: '10.20.40.53',
      ports: [
        {
          name: 'dns-udp',
          port: 53,
          protocol: 'UDP',
        },
        {
          name: 'dns-tcp',
          port: 53,
          protocol: 'TCP',
        },
      ],
      selector: {
        app: 'dns',
      },
      trafficPolicy: 'Local',
      inCluster: 'none',
    },
  ],
  pods: [
    {
      id: 'web-1',
      name: 'web-1',
      namespace: 'frontend',
      labels: {
        app: 'web',
        tier: 'front',
      },
      node: 'n1',
      ip: '192.168.1.10',
    },
    {
      id: 'web-2',
      name: 'web-2',
      namespace: 'frontend',
      labels: {
        app: 'web',
        tier: 'front',
      },
      node: 'n2',
      ip: '192.168.2.10',
    },
    {
      id: 'dns-1',
      name: 'dns-1',
      namespace: 'infra',
      labels: {
        app: 'dns',
      },
      node: 'n2',
      ip: '192.168.2.53',
    },
  ],
  clients: [
    {
      id: 'office',
      name: 'office',
      cidrs: ['50.60.0.0/16'],
    },
    {
      id: 'partner',
      name: 'partner',
      cidrs: ['70.80.90.0/24'],
    },
    {
      id: 'branch',
      name: 'branch',
      cidrs: ['100.64.0.0/10'],
    },
  ],
  access: [
    {
      client: 'office',
      service: 'web',
    },
    {
      client: 'partner',
      service: 'web',
      ports: [443],
    },
    {
      client: 'branch',
      service: 'dns',
    },
  ],
  output: {
    profile: 'hardened',
  },
  layout: {},
} satisfies DesignInput;

/** A mixed design: a Cluster-mode web service and a Local-mode UDP/TCP DNS service side by side, a custom node label, host access limited to SSH and the kubelet, two service CIDRs. */
export const mixedExample: Design = designSchema.parse(mixedExampleInput);

/** An empty design: the guide's cluster settings, no elements. */
export const emptyDesign: Design = designSchema.parse({
  version: 2,
  name: 'Untitled design',
  cluster: { podCidrs: ['192.168.0.0/16'], serviceCidrs: ['10.96.0.0/12'] },
});
