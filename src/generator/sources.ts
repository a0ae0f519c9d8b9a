/**
 * "Outside the cluster" and "inside the cluster" as rule sources. The generated policies decide
 * who outside the cluster reaches what and change nothing else: every Deny they write is limited
 * to external sources (or to a restriction the design makes on purpose), and host policies admit
 * in-cluster sources first.
 */
import type { EntityRule } from '../calico/types';
import type { Design } from '../model/design';
import { hostCidr, parseIp, type IpFamily } from '../net/ip';
import type { Output } from './builder';
import { byFamily, familyOfIp } from './common';

/** The IP families the cluster uses: its pod CIDRs and its nodes' addresses. */
function clusterFamilies(design: Design): IpFamily[] {
  const families = new Set<IpFamily>(byFamily(design.cluster.podCidrs).map(([f]) => f));
  for (const n of design.nodes) {
    for (const ip of [...n.interfaces.flatMap((i) => i.ips), n.tunnelIP ?? '']) {
      const family = familyOfIp(ip);
      if (family) families.add(family);
    }
  }
  return ([4, 6] as const).filter((f) => families.has(f));
}

/**
 * Node addresses no HostEndpoint lists, as host CIDRs by family: the tunnel address of a node
 * with no interfaces in the design (it gets no HostEndpoint) or of a cluster without
 * encapsulation (HostEndpoints list tunnel addresses only with it, resources.ts). A node selector
 * cannot resolve them, so rules name them.
 */
export function unlistedNodeNets(design: Design): Map<IpFamily, string[]> {
  const encapsulated = design.cluster.encapsulation !== 'None';
  const out = new Map<IpFamily, string[]>();
  for (const n of design.nodes) {
    if (!n.tunnelIP || (encapsulated && n.interfaces.length)) continue;
    const ip = parseIp(n.tunnelIP);
    if (!ip) continue;
    const list = out.get(ip.family) ?? [];
    const net = hostCidr(ip);
    if (!list.includes(net)) list.push(net);
    out.set(ip.family, list);
  }
  return out;
}

/**
 * Per IP family: neither a node (HostEndpoint expectedIPs, tunnel addresses included, and the
 * node addresses no HostEndpoint lists) nor a pod (the pod CIDRs of that family). A rule using it
 * carries `ipVersion`, since one rule's `notNets` hold one family (VALIDATION.md §4).
 */
export function externalSources(
  out: Output,
  design: Design,
): { family: IpFamily; source: EntityRule }[] {
  const notSelector = out.selectors.nodes(design);
  const pods = new Map(byFamily(design.cluster.podCidrs));
  const unlisted = unlistedNodeNets(design);
  return clusterFamilies(design).map((family) => {
    const notNets = [...(pods.get(family) ?? []), ...(unlisted.get(family) ?? [])];
    return { family, source: notNets.length ? { notNets, notSelector } : { notSelector } };
  });
}

/** The cluster's own sources: the nodes (by their HostEndpoints) and the pod CIDRs, per family. */
export function inClusterSources(
  out: Output,
  design: Design,
): { what: 'nodes' | 'pods'; source: EntityRule; cidrs?: string }[] {
  return [
    { what: 'nodes' as const, source: { selector: out.selectors.nodes(design) } },
    ...byFamily(design.cluster.podCidrs).map(([, nets]) => ({
      what: 'pods' as const,
      source: { nets },
      cidrs: nets.join(', '),
    })),
  ];
}
