/**
 * Where the generated policies live and what marks them as this tool's: their own tier (Calico ≥
 * 3.29), ordered before `default` with `defaultAction: Pass`, so whatever they do not decide falls
 * through to the cluster's own policies untouched (reference/calico DATAPLANES.md §5.2); one label
 * on everything they own, so the whole policies part can be deleted to roll back; and one
 * GlobalNetworkSet per external client, so rules name clients and a client's addresses can change
 * without touching a policy.
 */
import { CLIENT_LABEL, MANAGED_BY_KEY, MANAGED_BY_VALUE, TIER_NAME } from '../calico/ownership';
import { dnsLabel, MAX_LABEL } from '../calico/resourceNames';
import { quoteSelectorValue } from '../calico/selector';
import type { GlobalNetworkSet, Tier } from '../calico/types';
import { calicoAtLeast, type Design } from '../model/design';
import type { Output, Placement } from './builder';
import { uniqueCidrs } from './common';

/** After the admin tiers (1 000), before `default` (1 000 000): DATAPLANES.md §5.2. */
export const TIER_ORDER = 10_000;
const CLIENT_SET_PREFIX = 'client-';

/** Whether the target Calico has tiers in open source (3.29+). */
export function hasTiers(design: Design): boolean {
  return calicoAtLeast(design.output.calicoVersion, '3.29');
}

/**
 * The run's placement: tier (where Calico has them, hardened profile), staged or not, the owner
 * label. The guide profile stays in the `default` tier, as the guide writes it: its in-cluster
 * step relies on the default tier's final Deny, which is also the gap a lint names (its backend
 * policies isolate the pods).
 */
export function placementFor(design: Design): Placement {
  return {
    tier: hasTiers(design) && design.output.profile === 'hardened' ? TIER_NAME : undefined,
    staged: design.output.staged,
    labels: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE },
  };
}

/** The Tier document, first in the file: the policies' names and `spec.tier` refer to it. */
export function addTier(out: Output, design: Design): void {
  if (!out.placement.tier) return;
  const tier: Tier = {
    apiVersion: 'projectcalico.org/v3',
    kind: 'Tier',
    metadata: { name: out.placement.tier, labels: out.labels },
    spec: { order: TIER_ORDER, defaultAction: 'Pass' },
  };
  out.add(tier, {
    messageId: 'explain.tier',
    params: { tier: out.placement.tier, order: TIER_ORDER, version: design.output.calicoVersion },
    facts: ['DP§5.2'],
  });
}

/**
 * One GlobalNetworkSet per client with addresses; returns the selector of each client's set by
 * client id. Names and labels come from the client's name only (an imported design gets new ids
 * and must give the same bytes), unique by construction.
 */
export function addClientNetworkSets(out: Output, design: Design): Map<string, string> {
  const selectors = new Map<string, string>();
  for (const client of design.clients) {
    const nets = uniqueCidrs(client.cidrs);
    if (!nets.length) continue;
    const name = out.uniqueName(
      'GlobalNetworkSet',
      undefined,
      `${CLIENT_SET_PREFIX}${dnsLabel(client.name).slice(0, MAX_LABEL - CLIENT_SET_PREFIX.length)}`,
      client.name,
    );
    const value = name.slice(CLIENT_SET_PREFIX.length);
    const set: GlobalNetworkSet = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'GlobalNetworkSet',
      metadata: { name, labels: { ...out.labels, [CLIENT_LABEL]: value } },
      spec: { nets },
    };
    out.add(set, {
      messageId: 'explain.networkSet',
      params: { client: client.name, cidrs: nets.join(', '), label: `${CLIENT_LABEL}=${value}` },
      elements: [client.id],
      facts: ['D-GNS'],
    });
    selectors.set(client.id, `${CLIENT_LABEL} == ${quoteSelectorValue(value)}`);
  }
  return selectors;
}
