/**
 * Which tiers exist and what each does at its end: the tiers Calico creates itself for the target
 * version, then the `Tier` documents of the resources (reference/calico DATAPLANES.md §5.2).
 */
import type { Resource } from '../calico/types';
import { calicoAtLeast, type CalicoVersion } from '../model/design';

export interface TierInfo {
  name: string;
  /** Tiers run in ascending order; a Tier without `order` runs last (+Infinity). */
  order: number;
  /** What happens when a tier that selected the endpoint reaches its end (SEMANTICS.md §2.3 b). */
  defaultAction: 'Deny' | 'Pass';
}

/** Tier name → facts. */
export type TierTable = ReadonlyMap<string, TierInfo>;

const DEFAULT_TIER: TierInfo = { name: 'default', order: 1_000_000, defaultAction: 'Deny' };

/**
 * The tiers Calico creates itself (DATAPLANES.md §5.2, C-TIERNAMES): `default` always; 3.29 adds
 * `adminnetworkpolicy` (1 000), 3.30 `baselineadminnetworkpolicy` (10 000 000), both with a fixed
 * default action Pass (tigera/docs PR #2416, the tiered-policy page before 3.32); 3.32 renames them
 * `kube-admin` and `kube-baseline`, still Pass. Their order and default action are fixed (CEL on
 * the Tier CRD), so a Tier document cannot change them.
 */
export function builtInTiers(version: CalicoVersion): TierInfo[] {
  const out = [DEFAULT_TIER];
  if (calicoAtLeast(version, '3.32')) {
    out.push({ name: 'kube-admin', order: 1_000, defaultAction: 'Pass' });
    out.push({ name: 'kube-baseline', order: 10_000_000, defaultAction: 'Pass' });
  } else if (calicoAtLeast(version, '3.29')) {
    out.push({ name: 'adminnetworkpolicy', order: 1_000, defaultAction: 'Pass' });
    if (calicoAtLeast(version, '3.30')) {
      out.push({ name: 'baselineadminnetworkpolicy', order: 10_000_000, defaultAction: 'Pass' });
    }
  }
  return out;
}

/**
 * The tier table for a resource bundle: built-in tiers first (fixed), then every `Tier` document
 * with its `order` (none: last) and `defaultAction` (none: Deny), as Calico's Tier spec defines
 * them since 3.29 (DATAPLANES.md §5.2, C-TIER).
 */
export function tierTable(resources: readonly Resource[], version: CalicoVersion): TierTable {
  const table = new Map<string, TierInfo>();
  for (const t of builtInTiers(version)) table.set(t.name, t);
  for (const r of resources) {
    if (r.kind !== 'Tier') continue;
    const name = r.metadata.name;
    if (table.has(name) && builtInTiers(version).some((t) => t.name === name)) continue;
    const spec = r.spec ?? {};
    table.set(name, {
      name,
      order: typeof spec.order === 'number' ? spec.order : Number.POSITIVE_INFINITY,
      defaultAction: spec.defaultAction === 'Pass' ? 'Pass' : 'Deny',
    });
  }
  return table;
}
