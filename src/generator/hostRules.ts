/** Rules every host policy shares, in both profiles: the cluster's own sources, the listed ports. */
import type { Design } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { chunks, MAX_PORTS, rule, unique } from './common';
import { inClusterSources } from './sources';

/**
 * The in-cluster Allows every host policy starts with: the nodes (kubelet, the API server's
 * calls, tunnels, BGP) and the pods reach the nodes whatever `hostAccess` says, so no setting can
 * cut the cluster's own traffic. Shared with the guide profile.
 */
export function hostInClusterRules(out: Output, design: Design): ExplainedRule[] {
  return inClusterSources(out, design).map(({ what, source, cidrs }): ExplainedRule => ({
    rule: rule({ action: 'Allow', source }),
    why:
      what === 'nodes'
        ? {
            messageId: 'explain.rule.hostAllowNodes',
            params: { label: `${design.cluster.nodeLabel.key}=${design.cluster.nodeLabel.value}` },
            facts: ['§2.3', '§3'],
          }
        : {
            messageId: 'explain.rule.hostAllowPods',
            params: { cidrs: cidrs ?? '' },
            facts: ['§2.3'],
          },
  }));
}

/** The listed TCP and UDP ports and ranges of "only these ports", at most MAX_PORTS to a rule. */
export function hostAllowPortRules(
  access: Extract<Design['cluster']['hostAccess'], { mode: 'only' }>,
  destination: { selector?: string } = {},
): ExplainedRule[] {
  const rules: ExplainedRule[] = [];
  for (const [protocol, ports] of [
    ['TCP', access.tcp],
    ['UDP', access.udp],
  ] as const) {
    for (const part of chunks(unique(ports), MAX_PORTS)) {
      rules.push({
        rule: rule({ action: 'Allow', protocol, destination: { ...destination, ports: part } }),
        why: {
          messageId: 'explain.rule.hostAllowPorts',
          params: { protocol, ports: part.join(', ') },
          facts: ['§2.3', '§2.5'],
        },
      });
    }
  }
  return rules;
}
