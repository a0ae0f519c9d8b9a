/**
 * Tier (Calico ≥ 3.29, DATAPLANES.md §5.2). The CRD schema checks `order` (a number) and
 * `defaultAction` (Deny or Pass); this adds what Calico's Go validator (validateTier) and the
 * CRD's CEL rules say beyond it:
 *   - the name is a DNS label (no dot: policy names use it to separate tier and name), ≤ 63;
 *   - the built-in tiers keep their fixed order, and from 3.32 their fixed default action
 *     (`default` Deny; `kube-admin`, `kube-baseline` Pass). An absent defaultAction is the CRD's
 *     default, Deny.
 */
import { calicoAtLeast, type CalicoVersion } from '../versions';
import type { Findings, Obj } from './toolkit';

export interface BuiltInTier {
  name: string;
  order: number;
  /** Fixed by the CRD's CEL rules (3.32+); free before. */
  defaultAction?: 'Deny' | 'Pass';
}

/** The tiers Calico creates itself, by release (tier.go and names/policy.go at each tag). */
export function builtInTiers(version: CalicoVersion): readonly BuiltInTier[] {
  if (!calicoAtLeast(version, '3.29')) return [];
  if (calicoAtLeast(version, '3.32')) {
    return [
      { name: 'kube-admin', order: 1_000, defaultAction: 'Pass' },
      { name: 'default', order: 1_000_000, defaultAction: 'Deny' },
      { name: 'kube-baseline', order: 10_000_000, defaultAction: 'Pass' },
    ];
  }
  const tiers: BuiltInTier[] = [
    { name: 'adminnetworkpolicy', order: 1_000 },
    { name: 'default', order: 1_000_000 },
  ];
  if (calicoAtLeast(version, '3.30')) {
    tiers.push({ name: 'baselineadminnetworkpolicy', order: 10_000_000 });
  }
  return tiers;
}

const TIER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkTier(name: unknown, spec: Obj, version: CalicoVersion, out: Findings): void {
  if (typeof name === 'string' && name !== '' && (name.length > 63 || !TIER_NAME.test(name))) {
    out.error(['metadata', 'name'], 'validate.tier.name', { name });
  }
  const builtIn = builtInTiers(version).find((t) => t.name === name);
  if (builtIn === undefined) return;
  if (spec['order'] !== builtIn.order) {
    out.error(['spec', 'order'], 'validate.tier.builtInOrder', {
      name: builtIn.name,
      order: builtIn.order,
    });
  }
  const action = spec['defaultAction'] ?? 'Deny';
  if (builtIn.defaultAction !== undefined && action !== builtIn.defaultAction) {
    out.error(['spec', 'defaultAction'], 'validate.tier.builtInDefaultAction', {
      name: builtIn.name,
      action: builtIn.defaultAction,
    });
  }
}
