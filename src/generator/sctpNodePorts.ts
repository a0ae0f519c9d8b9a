/**
 * The SCTP NodePort denies of the hardened profile, for the pre-DNAT deny and the host-access
 * policy alike: SCTP Services get NodePorts too (a Local-mode Service is written as a NodePort
 * Service, SEMANTICS.md §1.1), and the profile closes NodePorts to traffic from outside; what
 * nodes and pods send each other over SCTP is left as it is.
 */
import type { EntityRule } from '../calico/types';
import type { MessageId } from '../i18n/en';
import type { Design } from '../model/design';
import type { IpFamily } from '../net/ip';
import type { ExplainedRule, Output } from './builder';
import { byFamily, familyOfIp, rule } from './common';
import type { FactRef } from './types';

/**
 * "Outside the cluster" as a rule source, per IP family: neither a node (HostEndpoint expectedIPs)
 * nor a pod (the pod CIDRs of that family). `ipVersion` keeps each rule to its family, since one
 * rule's `notNets` hold one family (VALIDATION.md §4). The SCTP NodePort denies use it: SCTP
 * Services get NodePorts too (a Local-mode Service is written as a NodePort Service, §1.1), and
 * this profile closes NodePorts to traffic from outside; what nodes and pods send each other over
 * SCTP is left as it is.
 */
function outsideSources(out: Output, design: Design): { family: IpFamily; source: EntityRule }[] {
  const notSelector = out.selectors.nodes(design);
  const pods = new Map(byFamily(design.cluster.podCidrs));
  const families = new Set<IpFamily>(pods.keys());
  for (const n of design.nodes) {
    for (const ip of [...n.interfaces.flatMap((i) => i.ips), n.tunnelIP ?? '']) {
      const family = familyOfIp(ip);
      if (family) families.add(family);
    }
  }
  return ([4, 6] as const)
    .filter((family) => families.has(family))
    .map((family) => {
      const notNets = pods.get(family);
      return { family, source: notNets ? { notNets, notSelector } : { notSelector } };
    });
}

/** One SCTP Deny per IP family from outside the cluster to the NodePort `range` at `destination`. */
export function sctpNodePortDenies(
  out: Output,
  design: Design,
  range: string,
  destination: EntityRule,
  messageId: MessageId,
  facts: FactRef[],
): ExplainedRule[] {
  return outsideSources(out, design).map(({ family, source }) => ({
    rule: rule({
      action: 'Deny',
      protocol: 'SCTP',
      ipVersion: family,
      source,
      destination: { ...destination, ports: [range] },
    }),
    why: { messageId, params: { family: `IPv${family}`, range }, facts },
  }));
}
