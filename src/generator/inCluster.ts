/** In-cluster access to a service's pods, shared by both profiles. */
import type { Design, Service } from '../model/design';
import type { ExplainedRule } from './builder';
import { byFamily, describePorts, namespaceSelector, portGroups, rule } from './common';

/**
 * In-cluster rules for one service's pods, by `inCluster`: every pod (the pod CIDRs), the pods of
 * its namespace, or none (the guide's optional step 4). In-cluster sources are not masqueraded, so
 * the backend sees the pod's own address (SEMANTICS.md §1.3).
 */
export function inClusterRules(design: Design, service: Service): ExplainedRule[] {
  const svc = `${service.namespace}/${service.name}`;
  const groups = portGroups(service);
  const out: ExplainedRule[] = [];
  if (service.inCluster === 'allPods') {
    for (const [, nets] of byFamily(design.cluster.podCidrs)) {
      for (const g of groups) {
        out.push({
          rule: rule({
            action: 'Allow',
            protocol: g.protocol,
            source: { nets },
            destination: { ports: g.targets },
          }),
          why: {
            messageId: 'explain.rule.inClusterAllPods',
            params: { service: svc, cidrs: nets.join(', '), ports: describePorts([g], 'targets') },
            elements: [service.id],
            facts: ['§1.3', '§2.3'],
          },
        });
      }
    }
  } else if (service.inCluster === 'sameNamespace') {
    for (const g of groups) {
      out.push({
        rule: rule({
          action: 'Allow',
          protocol: g.protocol,
          source: { selector: namespaceSelector(service.namespace) },
          destination: { ports: g.targets },
        }),
        why: {
          messageId: 'explain.rule.inClusterSameNamespace',
          params: {
            service: svc,
            namespace: service.namespace,
            ports: describePorts([g], 'targets'),
          },
          elements: [service.id],
          facts: ['§2.3', 'D27'],
        },
      });
    }
  }
  return out;
}
