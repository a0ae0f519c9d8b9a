import {
  dnsLabel,
  dnsSubdomain,
  MAX_LABEL,
  MAX_SLUG,
  MAX_SUBDOMAIN,
  SERVICE_POLICY_PREFIXES,
  serviceSlugs,
  shortHash,
} from './resourceNames';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function slugsOf(...keys: string[]): string[] {
  const services = keys.map((key, i) => {
    const [namespace = '', name = ''] = key.split('/');
    return { id: `s${i}`, namespace, name };
  });
  const slugs = serviceSlugs(services);
  return services.map((s) => slugs.get(s.id) ?? '');
}

describe('dnsLabel', () => {
  it('lower-cases and turns runs of other characters into one dash, none at the ends', () => {
    expect(dnsLabel('Allow--Backends_Web.')).toBe('allow-backends-web');
    expect(dnsLabel('***')).toBe('x');
  });

  it('cuts a long name to 63 characters with a hash of the whole name', () => {
    const long = `allow-backends-${'a'.repeat(70)}`;
    const cut = dnsLabel(long);
    expect(cut).toHaveLength(MAX_LABEL);
    expect(cut).toBe(`${long.slice(0, 55)}-${shortHash(long)}`);
    // Two names that differ only after the cut stay apart.
    expect(dnsLabel(`${long}b`)).not.toBe(cut);
    expect(dnsLabel(`${long}b`).slice(0, 55)).toBe(cut.slice(0, 55));
  });
});

describe('dnsSubdomain', () => {
  it('keeps a HostEndpoint name of a 251-character node within 253 characters, still valid', () => {
    const node = `${'n'.repeat(62)}.${'o'.repeat(62)}.${'d'.repeat(62)}.${'e'.repeat(62)}`;
    expect(node).toHaveLength(251);
    const name = dnsSubdomain(`${node}-eth0`);
    expect(name.length).toBeLessThanOrEqual(MAX_SUBDOMAIN);
    expect(name).toMatch(SUBDOMAIN);
    expect(name).toBe(`${node.slice(0, 245)}-${shortHash(`${node}-eth0`)}`);
    expect(dnsSubdomain(`${node}-eth1`)).not.toBe(name);
  });

  it('makes every dot-separated part start and end with a letter or digit', () => {
    expect(dnsSubdomain('Node_1.-x-.eth0')).toBe('node-1.x.eth0');
    expect(dnsSubdomain('a..b')).toBe('a.b');
    expect(dnsSubdomain('a.b.c-eth0.100')).toMatch(SUBDOMAIN);
  });
});

describe('serviceSlugs', () => {
  it('gives three services whose names would read alike three different policy names', () => {
    const slugs = slugsOf('default/prod-web', 'prod/web', 'dev/web');
    expect(new Set(slugs).size).toBe(3);
    // `dev/web` reads as before; the two that would both read `prod-web` carry a hash.
    expect(slugs[2]).toBe('dev-web');
    expect(slugs[0]).toBe(`default-prod-web-${shortHash('default/prod-web')}`);
    expect(slugs[1]).toBe(`prod-web-${shortHash('prod/web')}`);
  });

  it('uses the bare name when no other service has it, the namespace when one does', () => {
    expect(slugsOf('shop/web', 'shop/api')).toEqual(['web', 'api']);
    expect(slugsOf('a/web', 'b/web')).toEqual(['a-web', 'b-web']);
  });

  it('tells apart names that differ only by a doubled dash', () => {
    expect(slugsOf('a/x--y', 'b/x-y')).toEqual(['a-x-y', 'b-x-y']);
    expect(slugsOf('a/x--y', 'a/x-y')).toEqual([
      `a-x-y-${shortHash('a/x--y')}`,
      `a-x-y-${shortHash('a/x-y')}`,
    ]);
  });

  it('keeps 63-character names in 63-character namespaces short enough for every policy name', () => {
    const ns = (c: string) => c.repeat(63);
    const name = `s${'e'.repeat(62)}`;
    const slugs = slugsOf(
      `${ns('a')}/${name}`,
      `${ns('b')}/${name}`,
      `${ns('a')}/t${'e'.repeat(62)}`,
    );
    expect(new Set(slugs).size).toBe(3);
    for (const slug of slugs) {
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
      for (const prefix of SERVICE_POLICY_PREFIXES) {
        // Room for the `-NNN` of a policy split in parts (builder.ts).
        const name = `${prefix}-${slug}-999`;
        expect(name.length, name).toBeLessThanOrEqual(MAX_LABEL);
        expect(name).toMatch(DNS_LABEL);
      }
    }
  });

  it('stays unique when a service is named like the hashed slug of another', () => {
    const hashed = `default-prod-web-${shortHash('default/prod-web')}`;
    const slugs = slugsOf('default/prod-web', 'prod/web', 'dev/web', `other/${hashed}`);
    expect(new Set(slugs).size).toBe(4);
    expect(slugs[0]).toBe(hashed);
    expect(slugs[3]).toBe(`${hashed}-2`);
  });

  it('stays unique when two hashes collide (a pair found by search)', () => {
    // FNV-1a gives payments/…-4pf8 and payments/…-lrj6 the same hash, and the slugs are cut
    // before the part where the names differ.
    const a = 'payments/settlement-reconciliation-worker-queue-4pf8';
    const b = 'payments/settlement-reconciliation-worker-queue-lrj6';
    expect(shortHash(a)).toBe(shortHash(b));
    const first = `settlement-reconciliation-worker-q-${shortHash(a)}`;
    expect(slugsOf(a, b)).toEqual([first, `${first.slice(0, MAX_SLUG - 2)}-2`]);
  });
});
