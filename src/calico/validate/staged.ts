/**
 * Staged policies (Calico ≥ 3.30, DATAPLANES.md §5.1): the spec of their enforced kind plus
 * `stagedAction` (the CRD's enum: Set, Delete, Learn, Ignore). `Delete` stages the removal of the
 * enforced policy of that name, so the spec must hold nothing but the tier
 * (validateStagedGlobalNetworkPolicy / validateStagedNetworkPolicy in validator.go: "Spec fields,
 * except Tier, should all be zero-value if stagedAction is Delete"); the other actions are checked
 * like the enforced kind.
 */
import { isSet, type Findings, type Obj } from './toolkit';

/** Go's zero value after decoding: absent, null, false or "". An empty list is not nil in Go. */
function isZero(value: unknown): boolean {
  return !isSet(value) || value === false || value === '';
}

/** `delete` when the spec stages a deletion (then the usual spec rules do not apply). */
export function checkStagedAction(spec: Obj, out: Findings): 'delete' | 'apply' {
  if (spec['stagedAction'] !== 'Delete') return 'apply';
  for (const [field, value] of Object.entries(spec)) {
    if (field === 'tier' || field === 'stagedAction' || isZero(value)) continue;
    out.error(['spec', field], 'validate.staged.deleteWithSpec', { field });
  }
  return 'delete';
}
