/**
 * Tiers and staged policies (Calico ≥ 3.29 and ≥ 3.30, DATAPLANES.md §5): what the importer keeps
 * of them. A design has no tier of its own to set (the generator writes its policies in the tier
 * `external-access`), so a Tier is recognised and reported; a staged policy is read as the policy
 * it would become when promoted, and a file whose every policy is staged gives a design that writes
 * staged policies.
 */
import type { ResourceProblem } from '../calico/validateResources';
import { validateResource } from '../calico/validateResources';
import { field, isObj, str, type ImportContext, type Located } from './context';
import { OWN_TIER, enforcedKind, isManagedByApp, isStagedKind } from './ownership';

/** Reports every Tier; returns the names of the tiers the app's policies live in. */
export function readTiers(tiers: readonly Located[], ctx: ImportContext): Set<string> {
  const own = new Set<string>([OWN_TIER]);
  for (const tier of tiers) {
    const spec = field(tier.value, 'spec');
    const order = field(spec, 'order');
    const params = {
      name: tier.name,
      // Calico orders a tier without `order` after every other (DATAPLANES.md §5).
      order: typeof order === 'number' ? order : '—',
      // A tier's end denies unless it says otherwise.
      action: str(field(spec, 'defaultAction')) ?? 'Deny',
    };
    if (tier.name === OWN_TIER || isManagedByApp(tier)) {
      own.add(tier.name);
      ctx.add('mapped', 'import.mapped.tier', params, { resource: tier });
    } else {
      ctx.add('ignored', 'import.ignored.tier', params, { resource: tier });
    }
  }
  return own;
}

/**
 * The policies to read (a staged deletion is not one), reporting each staged one; `staged` when
 * every policy of the file is staged.
 */
export function readStaged(
  policies: readonly Located[],
  ctx: ImportContext,
): { policies: Located[]; staged: boolean } {
  const kept: Located[] = [];
  let stagedCount = 0;
  for (const policy of policies) {
    if (!isStagedKind(policy.kind)) {
      kept.push(policy);
      continue;
    }
    const params = { kind: policy.kind, name: policy.name };
    if (field(field(policy.value, 'spec'), 'stagedAction') === 'Delete') {
      ctx.add('ignored', 'import.ignored.stagedDelete', params, { resource: policy });
      continue;
    }
    stagedCount++;
    kept.push(policy);
    ctx.add(
      'mapped',
      'import.policy.staged',
      { ...params, enforced: enforcedKind(policy.kind) },
      { resource: policy },
    );
  }
  const staged = stagedCount > 0 && stagedCount === kept.length;
  if (staged) ctx.add('mapped', 'import.mapped.staged', {});
  else if (stagedCount > 0) {
    ctx.add('assumed', 'import.assumed.stagedMixed', { staged: stagedCount, total: kept.length });
  }
  return { policies: kept, staged };
}

/**
 * The problems of a Tier or a staged policy when the validator reports only that it does not know
 * the kind: a staged policy is then checked as the policy it would become (the same spec, plus
 * `stagedAction`), and a Tier is taken as it is, since nothing of the design depends on it. Other
 * documents keep the validator's problems.
 */
export function problemsOfNewKinds(
  value: unknown,
  kind: string,
  problems: readonly ResourceProblem[],
): ResourceProblem[] {
  const unknownKindOnly = problems.length > 0 && problems.every((p) => p.path === 'kind');
  if (!unknownKindOnly) return [...problems];
  if (kind === 'Tier') return [];
  if (!isStagedKind(kind) || !isObj(value)) return [...problems];
  const spec = field(value, 'spec');
  const enforcedSpec = isObj(spec)
    ? Object.fromEntries(Object.entries(spec).filter(([k]) => k !== 'stagedAction'))
    : spec;
  const doc = problems[0]?.doc ?? 0;
  const line = problems[0]?.line;
  return validateResource({ ...value, kind: enforcedKind(kind), spec: enforcedSpec }, doc).map(
    (p) => ({ ...p, kind, ...(line !== undefined ? { line } : {}) }),
  );
}
