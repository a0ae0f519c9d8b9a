/**
 * Names of generated resources. Policy names are DNS labels of at most 63 characters (the portable
 * choice, ../shared/calico/VALIDATION.md §1.4), HostEndpoint names DNS-1123 subdomains of at most
 * 253 (§1.1); a longer name is cut and given a hash of what it stood for. The generator names what
 * it writes with these, and the importer recomputes the same names to tie a policy to its service.
 */

/** The longest policy name the generator writes. */
export const MAX_LABEL = 63;
/** The longest name Kubernetes accepts for any object (a DNS-1123 subdomain). */
export const MAX_SUBDOMAIN = 253;

/** The per-service policy names are `<prefix>-<service slug>`. */
export const SERVICE_POLICY_PREFIXES = [
  'allow-backends',
  'allow-nodes',
  'allow-in-cluster',
  'allow-external',
] as const;

/**
 * Room left after the longest prefix for a split policy's `-NNN` suffix (builder.ts), so that even
 * the last part of a split per-service policy keeps within 63 characters.
 */
const SPLIT_SUFFIX_ROOM = 4;

/** The longest service slug: `allow-in-cluster-<slug>-NNN` still fits in 63 characters. */
export const MAX_SLUG =
  MAX_LABEL - Math.max(...SERVICE_POLICY_PREFIXES.map((p) => p.length)) - 1 - SPLIT_SUFFIX_ROOM;

/** FNV-1a, 32 bits, as 7 base-36 characters: a short, stable suffix for shortened names. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** `text` cut to leave room for `-<hash of key>`, then that suffix: at most `max` characters. */
export function withHash(text: string, max: number, key: string): string {
  const hash = shortHash(key);
  return `${text.slice(0, max - hash.length - 1).replace(/[-.]+$/, '')}-${hash}`;
}

/** `text` when it fits in `max` characters, else cut with a hash of `key` (default: `text`). */
export function fitWithHash(text: string, max: number, key = text): string {
  return text.length <= max ? text : withHash(text, max, key);
}

/**
 * A DNS label from free text: lower case, runs of anything but `a-z0-9` as one `-`, no `-` at the
 * ends, at most 63 characters (longer ones cut and given a hash of the whole).
 */
export function dnsLabel(text: string): string {
  const raw = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return fitWithHash(raw || 'x', MAX_LABEL);
}

/**
 * A DNS-1123 subdomain from free text: lower case, anything but `a-z0-9.-` as `-`, every
 * dot-separated part starting and ending alphanumeric, at most 253 characters (longer ones cut and
 * given a hash of the whole).
 */
export function dnsSubdomain(text: string): string {
  const raw = text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .split('.')
    .map((part) => part.replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('.');
  return fitWithHash(raw || 'x', MAX_SUBDOMAIN);
}

interface NamedService {
  id: string;
  name: string;
  namespace: string;
}

/**
 * The part of a per-service policy name that stands for the service (GlobalNetworkPolicy names are
 * cluster-wide): its name when no other service has that name, else `<namespace>-<name>`. Where
 * two services would still read the same (`default/prod-web` and `prod/web`), or the slug would be
 * longer than MAX_SLUG, it is cut and given a hash of `namespace/name`. Unique by construction: a
 * last pass numbers a slug that a hash collision, or a service named like another's hashed slug,
 * would make equal to one already given out.
 */
export function serviceSlugs(services: readonly NamedService[]): Map<string, string> {
  const counts = (list: readonly string[]) => {
    const n = new Map<string, number>();
    for (const x of list) n.set(x, (n.get(x) ?? 0) + 1);
    return n;
  };
  const plain = services.map((s) => dnsLabel(s.name));
  const qualified = services.map((s) => dnsLabel(`${s.namespace}-${s.name}`));
  const plainCount = counts(plain);
  const wanted = services.map((_, i) =>
    (plainCount.get(plain[i] ?? '') ?? 0) > 1 ? (qualified[i] ?? '') : (plain[i] ?? ''),
  );
  const wantedCount = counts(wanted);
  const taken = new Set<string>();
  const out = new Map<string, string>();
  services.forEach((s, i) => {
    const key = `${s.namespace}/${s.name}`;
    const want = wanted[i] ?? '';
    const first =
      (wantedCount.get(want) ?? 0) > 1
        ? withHash(qualified[i] ?? '', MAX_SLUG, key)
        : fitWithHash(want, MAX_SLUG, key);
    let slug = first;
    for (let n = 2; taken.has(slug); n++) slug = withNumber(first, n, MAX_SLUG);
    taken.add(slug);
    out.set(s.id, slug);
  });
  return out;
}

/** `text-n`, cut so that it fits in `max` characters. */
export function withNumber(text: string, n: number, max: number): string {
  const suffix = `-${n}`;
  return `${text.slice(0, max - suffix.length).replace(/[-.]+$/, '')}${suffix}`;
}
