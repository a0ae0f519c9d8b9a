/** Calico's own defaults that policy reasoning depends on. */

/**
 * Felix's default `failsafeInboundHostPorts` (SEMANTICS.md §2.5, C7): accepted before any host
 * endpoint policy, and before pre-DNAT and untracked policy whatever the destination.
 */
export const DEFAULT_FAILSAFE_INBOUND: readonly { protocol: 'TCP' | 'UDP'; port: number }[] = [
  { protocol: 'TCP', port: 22 },
  { protocol: 'UDP', port: 68 },
  { protocol: 'TCP', port: 179 },
  { protocol: 'TCP', port: 2379 },
  { protocol: 'TCP', port: 2380 },
  { protocol: 'TCP', port: 5473 },
  { protocol: 'TCP', port: 6443 },
  { protocol: 'TCP', port: 6666 },
  { protocol: 'TCP', port: 6667 },
];

/** Felix's default `failsafeOutboundHostPorts` (SEMANTICS.md §2.5, C7): host egress before policy. */
export const DEFAULT_FAILSAFE_OUTBOUND: readonly { protocol: 'TCP' | 'UDP'; port: number }[] = [
  { protocol: 'UDP', port: 53 },
  { protocol: 'UDP', port: 67 },
  { protocol: 'TCP', port: 179 },
  { protocol: 'TCP', port: 2379 },
  { protocol: 'TCP', port: 2380 },
  { protocol: 'TCP', port: 5473 },
  { protocol: 'TCP', port: 6443 },
  { protocol: 'TCP', port: 6666 },
  { protocol: 'TCP', port: 6667 },
];
