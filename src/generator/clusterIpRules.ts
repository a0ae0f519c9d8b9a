/** The pre-DNAT Allow rules of one access edge, shared by both profiles. */
import type { EntityRule } from '../calico/types';
import type { Client, Service } from '../model/design';
import type { ExplainedRule } from './builder';
import { clusterIpNet, describePorts, rule, type PortGroup } from './common';

/**
 * One Allow per protocol: the client (its nets, or its network set) to the cluster IP on the
 * granted service ports. The rule sees the cluster IP and the service port because pre-DNAT runs
 * before kube-proxy's DNAT (SEMANTICS.md §1.2, §1.3). `nets` are the client's addresses of the
 * service's family, for the explanation.
 */
export function clusterIpAllowRules(
  client: Client,
  service: Service,
  nets: string[],
  groups: readonly PortGroup[],
  source: EntityRule = { nets },
): ExplainedRule[] {
  return groups.map((g) => ({
    rule: rule({
      action: 'Allow',
      protocol: g.protocol,
      source,
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
