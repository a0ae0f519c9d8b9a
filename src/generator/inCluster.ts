/** In-cluster access to a service's pods: the guide's Allows, the hardened profile's Denies. */
import type { Design, Service } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { unlistedNodeNets } from './sources';
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

/**
 * The hardened profile's in-cluster restriction of one service's pods, by `inCluster`: nothing
 * for every pod (their traffic passes to the cluster's own policies), a Deny on the target ports
 * for pods of other namespaces, or for every pod. Node addresses are exempt, tunnel addresses
 * included (they sit in the pod CIDRs): a masqueraded external flow arrives from them (§1.3).
 */
export function inClusterRestrictions(
  out: Output,
  design: Design,
  service: Service,
): ExplainedRule[] {
  if (service.inCluster === 'allPods') return [];
  const svc = `${service.namespace}/${service.name}`;
  const nodes = out.selectors.nodes(design);
  const exempt =
    service.inCluster === 'sameNamespace'
      ? `${namespaceSelector(service.namespace)} || ${nodes}`
      : nodes;
  const rules: ExplainedRule[] = [];
  // Tunnel addresses sit in the pod CIDRs; those no HostEndpoint lists are named here.
  const unlisted = unlistedNodeNets(design);
  for (const [family, nets] of byFamily(design.cluster.podCidrs)) {
    const notNets = unlisted.get(family);
    for (const g of portGroups(service)) {
      rules.push({
        rule: rule({
          action: 'Deny',
          protocol: g.protocol,
          source: notNets ? { nets, notNets, notSelector: exempt } : { nets, notSelector: exempt },
          destination: { ports: g.targets },
        }),
        why: {
          messageId:
            service.inCluster === 'sameNamespace'
              ? 'explain.rule.inClusterDenyOtherNamespaces'
              : 'explain.rule.inClusterDenyPods',
          params: {
            service: svc,
            namespace: service.namespace,
            cidrs: nets.join(', '),
            ports: describePorts([g], 'targets'),
          },
          elements: [service.id],
          facts: ['§1.3', '§2.3', 'D27'],
        },
      });
    }
  }
  return rules;
}
