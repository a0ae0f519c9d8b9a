/** The pre-DNAT Allow rules of one access edge, shared by both profiles. */
import type { Client, Service } from '../model/design';
import type { ExplainedRule } from './builder';
import { clusterIpNet, describePorts, rule, type PortGroup } from './common';

/**
 * One Allow per protocol: the client's nets to the cluster IP on the granted service ports. The
 * rule sees the cluster IP and the service port because pre-DNAT runs before kube-proxy's DNAT
 * (SEMANTICS.md §1.2, §1.3).
 */
export function clusterIpAllowRules(
  client: Client,
  service: Service,
  nets: string[],
  groups: readonly PortGroup[],
): ExplainedRule[] {
  return groups.map((g) => ({
    rule: rule({
      action: 'Allow',
      protocol: g.protocol,
      source: { nets },
      destination: { nets: [clusterIpNet(service)], ports: g.ports },
    }),
    why: {
      messageId: 'explain.rule.allowClientToClusterIP',
      params: {
        client: client.name,
        cidrs: nets.join(', '),
        service: `${service.namespace}/${service.name}`,
        clusterIP: service.clusterIP,
        ports: describePorts([g], 'ports'),
      },
      elements: [client.id, service.id],
      facts: ['§1.2', '§1.3', 'D3'],
    },
  }));
}
