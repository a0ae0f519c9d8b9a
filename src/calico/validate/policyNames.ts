/**
 * The rules that depend on the target Calico release (DATAPLANES.md §5, VALIDATION.md §1.4):
 * which kinds exist, whether a policy may name a tier, and how its name must carry that tier.
 *   - ≤ 3.28: no tiers in open-source Calico. The policy types have no `tier` field (calicoctl's
 *     strict decode refuses it) and GNP/NP names hold no dot (regexes at tag v3.28.0).
 *   - 3.29–3.31: a policy in tier `t` is named `t.<name>`; in `default`, a bare name or
 *     `default.<name>` (ValidateTieredPolicyName, libcalico-go/lib/names/policy.go at v3.31.0).
 *   - 3.32: that check is gone (PR #11232); a bare name is accepted in any tier. A prefix that
 *     names another tier is accepted too, so it is only a warning there: it misleads a reader and
 *     the same file fails on 3.29–3.31.
 */
import { calicoAtLeast, type CalicoVersion } from '../versions';
import { isSet, type Findings, type Obj, type PolicyKind } from './toolkit';

/** The first release that has each kind; kinds not listed exist in every supported release. */
const KIND_SINCE: Readonly<Record<string, CalicoVersion>> = {
  Tier: '3.29',
  StagedGlobalNetworkPolicy: '3.30',
  StagedNetworkPolicy: '3.30',
};

const TIERS_SINCE: CalicoVersion = '3.29';
const PREFIX_OPTIONAL_SINCE: CalicoVersion = '3.32';

/**
 * Names Calico generates for converted policies (Kubernetes, admin network policies, OpenStack):
 * already "formatted", so exempt from the tier-prefix rule (policyNameIsFormatted).
 */
const FORMATTED_PREFIXES = [
  'knp.default.',
  'kanp.adminnetworkpolicy.',
  'kbanp.baselineadminnetworkpolicy.',
  'ossg.',
];

/** A kind the target release does not have: refused as an unknown resource type. */
export function checkKindVersion(kind: string, version: CalicoVersion, out: Findings): void {
  const since = KIND_SINCE[kind];
  if (since !== undefined && !calicoAtLeast(version, since)) {
    out.error(['kind'], 'validate.kind.tooNew', { kind, since, version });
  }
}

/** The policy's `spec.tier` and its name, against the target release. */
export function checkPolicyNameAndTier(
  kind: PolicyKind,
  name: unknown,
  spec: Obj,
  version: CalicoVersion,
  out: Findings,
): void {
  const tierField = spec['tier'];
  if (!calicoAtLeast(version, TIERS_SINCE)) {
    if (isSet(tierField)) out.error(['spec', 'tier'], 'validate.tier.fieldTooOld', { version });
    // NetworkPolicy's reserved `knp.default.` / `ossg.default.` names are reported on their own.
    const reserved = kind === 'NetworkPolicy' && /^(knp|ossg)\.default\./.test(String(name));
    if (typeof name === 'string' && name.includes('.') && !reserved) {
      out.error(['metadata', 'name'], 'validate.policyName.dotTooOld', { name, version });
    }
    return;
  }
  if (typeof name !== 'string' || FORMATTED_PREFIXES.some((p) => name.startsWith(p))) return;
  const tier = typeof tierField === 'string' && tierField !== '' ? tierField : 'default';
  const dot = name.indexOf('.');
  const prefixOptional = calicoAtLeast(version, PREFIX_OPTIONAL_SINCE);
  if (dot < 0) {
    if (tier !== 'default' && !prefixOptional) {
      out.error(['metadata', 'name'], 'validate.policyName.needsTierPrefix', {
        name,
        tier,
        version,
        suggestion: `${tier}.${name}`,
      });
    }
    return;
  }
  const prefix = name.slice(0, dot);
  if (prefix === tier) return;
  const params = { name, prefix, tier, version };
  if (prefixOptional) out.warn(['metadata', 'name'], 'validate.policyName.otherTier', params);
  else out.error(['metadata', 'name'], 'validate.policyName.wrongTier', params);
}
