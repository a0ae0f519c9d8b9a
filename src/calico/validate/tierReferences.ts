/**
 * The stream-wide tier check. Calico creates a policy only in a tier that exists (layer C of
 * VALIDATION.md §0: clientv3 Create looks the tier up first). A tier that is neither built in nor
 * defined in the same stream may still exist in the cluster, so this is a warning, not an error.
 */
import { calicoAtLeast, type CalicoVersion } from '../versions';
import { builtInTiers } from './tier';
import { Findings, get, isPolicyKind, type Finding } from './toolkit';

/** A warning at `spec.tier` of every policy whose tier the stream does not account for. */
export function unknownTierFindings(
  documents: readonly unknown[],
  version: CalicoVersion,
): { doc: number; finding: Finding }[] {
  // Before 3.29 `spec.tier` is itself refused, per document.
  if (!calicoAtLeast(version, '3.29')) return [];
  const known = new Set(builtInTiers(version).map((t) => t.name));
  for (const d of documents) {
    const name = get(get(d, 'metadata'), 'name');
    if (get(d, 'kind') === 'Tier' && typeof name === 'string') known.add(name);
  }
  const out: { doc: number; finding: Finding }[] = [];
  documents.forEach((d, doc) => {
    if (!isPolicyKind(get(d, 'kind'))) return;
    const tier = get(get(d, 'spec'), 'tier');
    if (typeof tier !== 'string' || tier === '' || known.has(tier)) return;
    const findings = new Findings();
    findings.warn(['spec', 'tier'], 'validate.tier.unknown', { tier, version });
    for (const finding of findings.list) out.push({ doc, finding });
  });
  return out;
}
