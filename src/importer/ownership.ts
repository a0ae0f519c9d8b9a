/**
 * How this app marks what it writes (issue #12): one label on every resource of the policies part,
 * a label naming each client's GlobalNetworkSet, and the tier its policies live in (Calico ≥ 3.29).
 * The importer reads them to tell the app's own resources from anyone else's.
 */
import {
  CLIENT_LABEL,
  MANAGED_BY_KEY as MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  TIER_NAME as OWN_TIER,
} from '../calico/ownership';
import { field, stringMap, type Located } from './context';

export { CLIENT_LABEL, MANAGED_BY_LABEL, MANAGED_BY_VALUE, OWN_TIER };

/** The resource carries this app's managed-by label. */
export function isManagedByApp(resource: Located): boolean {
  const labels = stringMap(field(field(resource.value, 'metadata'), 'labels'));
  return Object.hasOwn(labels, MANAGED_BY_LABEL) && labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}

/** The label pairs a resource carries for its own sake: without this app's managed-by label. */
export function withoutManagedBy(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).filter(([k, v]) => k !== MANAGED_BY_LABEL || v !== MANAGED_BY_VALUE),
  );
}

/** Staged kinds (Calico ≥ 3.30) and the enforced kind each is read as. */
const ENFORCED: Readonly<Record<string, string>> = {
  StagedGlobalNetworkPolicy: 'GlobalNetworkPolicy',
  StagedNetworkPolicy: 'NetworkPolicy',
};

/** The enforced kind of a staged policy kind; any other kind as it is. */
export function enforcedKind(kind: string): string {
  return Object.hasOwn(ENFORCED, kind) ? (ENFORCED[kind] ?? kind) : kind;
}

/** True for StagedGlobalNetworkPolicy and StagedNetworkPolicy. */
export function isStagedKind(kind: string): boolean {
  return enforcedKind(kind) !== kind;
}

/**
 * A policy's name without its tier's prefix: Calico 3.29–3.31 require `<tier>.<name>` for a
 * policy outside the default tier (DATAPLANES.md §5), so `external-access.allow-cluster-ips` is
 * the app's `allow-cluster-ips`.
 */
export function nameInTier(policy: Located): string {
  const tier = field(field(policy.value, 'spec'), 'tier');
  if (typeof tier !== 'string' || tier === '' || tier === 'default') return policy.name;
  return policy.name.startsWith(`${tier}.`) ? policy.name.slice(tier.length + 1) : policy.name;
}
