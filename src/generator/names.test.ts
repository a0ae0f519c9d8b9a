/**
 * Policy names are DNS labels (`<tier>.<label>` in the hardened profile's tier) of at most 63
 * characters in all (VALIDATION.md §1.4). A name built from a
 * long service name is cut, and a hash of the whole name keeps it apart from another name that
 * is cut at the same place: without it, two services would write one policy and `kubectl apply`
 * would keep only the last.
 */
import { designSchema, type Design } from '../model/design';
import { guideExampleInput } from '../model/examples';
import { generate } from './generate';

// Two service names of 62 characters that share their first 55: a policy name built from either
// (`allow-…-<service>`) is cut inside the shared part.
const prefix = 'settlement-reconciliation-payments-gateway-europe-west-';
const longNames = { 'svc-a': `${prefix}primary`, 'svc-b': `${prefix}standby` };

const design: Design = designSchema.parse({
  ...guideExampleInput,
  services: guideExampleInput.services.map((s) => ({
    ...s,
    name: longNames[s.id as keyof typeof longNames],
  })),
});

/** The names of the policies each service caused, when no other service had a part in them. */
function policyNamesOf(profile: Design['output']['profile']): Record<string, string[]> {
  const r = generate(design, { profile });
  if (!r.ok) throw new Error('the design must generate');
  const out: Record<string, string[]> = {};
  for (const d of r.documents) {
    const services = d.elements.filter((id) => id in longNames);
    const [only] = services;
    if (!d.resource.kind.endsWith('NetworkPolicy') || services.length !== 1 || !only) continue;
    (out[only] ??= []).push(d.resource.metadata.name);
  }
  return out;
}

describe.each(['guide', 'hardened'] as const)('shortened policy names, %s profile', (profile) => {
  const names = policyNamesOf(profile);
  const a = names['svc-a'] ?? [];
  const b = names['svc-b'] ?? [];

  it('are cut to 63 characters, and keep a hash of the whole name as their last part', () => {
    expect(prefix).toHaveLength(55);
    expect(a.length).toBeGreaterThan(0);
    for (const name of [...a, ...b]) {
      expect(name.length, name).toBeLessThanOrEqual(63);
      // `<tier>.<name>`: the tier's prefix counts against the 63 characters.
      const tier = profile === 'hardened' ? 'external-access\\.' : '';
      expect(name, name).toMatch(new RegExp(`^${tier}[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9a-z]{7}$`));
    }
  });

  it('differ for two services whose names share the part that is kept', () => {
    expect(a.length).toBe(b.length);
    expect(a.filter((name) => b.includes(name))).toEqual([]);
    // Pair each policy of one service with its counterpart: equal up to the hash, which differs.
    const cut = (name: string) => name.slice(0, -8);
    expect(a.map(cut).sort()).toEqual(b.map(cut).sort());
  });
});
