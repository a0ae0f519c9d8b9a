/** The non-policy resources: Service manifests, HostEndpoints and the BGPConfiguration. */
import { dnsSubdomain, MAX_SUBDOMAIN } from '../calico/resourceNames';
import type { HostEndpoint, KubeService } from '../calico/types';
import type { Design, DesignNode, NodeInterface, Service } from '../model/design';
import { effectiveTrafficPolicy, targetPortOf } from '../model/design';
import type { Output } from './builder';
import { nodeLabels, sortedRecord, uniqueCidrs, uniqueIps } from './common';

/**
 * The Service with its cluster IP written out: the policies name that address, so Kubernetes must
 * not pick another (the guide's step 1). In Local mode Kubernetes accepts `externalTrafficPolicy`
 * only on a NodePort or LoadBalancer Service (SEMANTICS.md §1.1, K1), so the type is NodePort.
 */
export function addService(out: Output, design: Design, service: Service): void {
  const local = effectiveTrafficPolicy(design, service) === 'Local';
  const { clusterIP } = service;
  const selector = sortedRecord(service.selector);
  const ports = service.ports.map((p) => {
    const { name, port, protocol } = p;
    const targetPort = targetPortOf(p);
    return name !== undefined
      ? { name, port, targetPort, protocol }
      : { port, targetPort, protocol };
  });
  const manifest: KubeService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: service.name, namespace: service.namespace },
    spec: local
      ? { type: 'NodePort', clusterIP, externalTrafficPolicy: 'Local', selector, ports }
      : { type: 'ClusterIP', clusterIP, selector, ports },
  };
  out.add(manifest, {
    messageId: local ? 'explain.service.local' : 'explain.service.cluster',
    params: { service: `${service.namespace}/${service.name}`, clusterIP: service.clusterIP },
    elements: [service.id],
    facts: local ? ['§1.1', '§1.3', '§4'] : ['§1.1'],
  });
}

/**
 * A HostEndpoint's name: `<node>-<interface>` as a DNS-1123 subdomain. A node name may take all
 * 253 characters a name may have, so a longer one is cut and given a hash (VALIDATION.md §1.1);
 * Calico would refuse the HostEndpoint, and traffic entering that node would then come from an
 * address no HostEndpoint lists. Two that would read the same get a hash of node and interface
 * names.
 */
function hostEndpointName(out: Output, node: DesignNode, itf: NodeInterface): string {
  const wanted = dnsSubdomain(`${node.name}-${itf.name}`);
  // Names, not ids, in the hash: the output depends only on what the YAML says (an imported
  // design gets new ids and must give the same bytes).
  return out.uniqueName(
    'HostEndpoint',
    undefined,
    wanted,
    `${node.name}/${itf.name}`,
    MAX_SUBDOMAIN,
  );
}

/** Calico's built-in profile that allows everything (carried by automatic HostEndpoints). */
export const DEFAULT_ALLOW_PROFILE = 'projectcalico-default-allow';

/**
 * One HostEndpoint per node interface that receives cluster-IP traffic, labelled with the node
 * label so the policies select it. `expectedIPs` is what lets a rule's `selector` resolve the node
 * to addresses (§3); with `withTunnel`, the node's tunnel address is listed too, because an
 * encapsulating node SNATs forwarded traffic from it (§1.3, §4.3).
 */
export function addHostEndpoints(out: Output, design: Design, withTunnel: boolean): void {
  const tunnel = withTunnel && design.cluster.encapsulation !== 'None';
  for (const node of design.nodes) {
    for (const itf of node.interfaces) {
      const ips = uniqueIps([...itf.ips, ...(tunnel && node.tunnelIP ? [node.tunnelIP] : [])]);
      const spec: HostEndpoint['spec'] = { node: node.name, interfaceName: itf.name };
      if (ips.length) spec.expectedIPs = ips;
      // While only staged policies select a HostEndpoint, nothing enforces on it and the host
      // would fall to the HostEndpoint's default deny; the allow-all profile keeps host traffic
      // as it was until the policies are promoted (DATAPLANES.md §1.4, §5.1).
      if (out.placement.staged) spec.profiles = [DEFAULT_ALLOW_PROFILE];
      const hep: HostEndpoint = {
        apiVersion: 'projectcalico.org/v3',
        kind: 'HostEndpoint',
        metadata: {
          name: hostEndpointName(out, node, itf),
          labels: sortedRecord({ ...nodeLabels(design, node), ...out.labels }),
        },
        spec,
      };
      const withTunnelIp = tunnel && node.tunnelIP !== undefined;
      out.add(hep, {
        messageId: withTunnelIp ? 'explain.hep.tunnel' : 'explain.hep',
        params: {
          node: node.name,
          iface: itf.name,
          ips: itf.ips.join(', ') || '-',
          tunnelIP: node.tunnelIP ?? '',
          label: `${design.cluster.nodeLabel.key}=${design.cluster.nodeLabel.value}`,
        },
        elements: [node.id],
        facts: withTunnelIp ? ['§2.4', '§3', '§1.3'] : ['§2.4', '§3'],
      });
    }
  }
}

/** `BGPConfiguration default` advertising the service CIDRs (§1.1; only `default` may, V§10). */
export function addBgpConfiguration(out: Output, design: Design): void {
  const cidrs = uniqueCidrs(design.cluster.serviceCidrs);
  out.add(
    {
      apiVersion: 'projectcalico.org/v3',
      kind: 'BGPConfiguration',
      metadata: { name: 'default' },
      spec: { serviceClusterIPs: cidrs.map((cidr) => ({ cidr })) },
    },
    {
      messageId: 'explain.bgp',
      params: { cidrs: cidrs.join(', ') },
      elements: [],
      facts: ['§1.1', 'V§10'],
    },
  );
}
