/**
 * Names and ids for imported elements. The generated policy names are recomputed here so that a
 * policy of this app's own output can be tied back to its service by name when two services share
 * a selector. This mirrors `serviceSlugs` / `dnsLabelName` in src/generator/common.ts (the importer
 * may not import the generator); the round-trip test over every fixture catches any drift.
 */
import { isElementId } from '../model/names';

const MAX_NAME = 63;

/** FNV-1a, 32 bits, as 7 base-36 characters (as the generator's `shortHash`). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** A DNS label built from parts, cut to 63 characters with a hash (as the generator's). */
export function dnsLabelName(...parts: string[]): string {
  const raw = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (raw.length <= MAX_NAME) return raw || 'x';
  const hash = shortHash(raw);
  return `${raw.slice(0, MAX_NAME - hash.length - 1).replace(/-$/, '')}-${hash}`;
}

/** Each service's slug in policy names: its name, or `<ns>-<name>` when names repeat. */
export function serviceSlugs(
  services: readonly { id: string; name: string; namespace: string }[],
): Map<string, string> {
  const count = new Map<string, number>();
  for (const s of services) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return new Map(
    services.map((s) => [s.id, (count.get(s.name) ?? 0) > 1 ? `${s.namespace}-${s.name}` : s.name]),
  );
}

/** Hands out element ids, unique across every kind of element, from preferred names. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** `preferred` if it is a free, valid id; else a cleaned-up form with a numeric suffix. */
  allocate(preferred: string): string {
    let base = preferred;
    if (!isElementId(base)) {
      base = preferred.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
      if (base.length > 55) base = `${base.slice(0, 47)}-${shortHash(preferred)}`;
      if (!isElementId(base)) base = `x-${shortHash(preferred)}`;
    }
    let id = base;
    for (let n = 2; this.taken.has(id) || !isElementId(id); n++) {
      id = `${base.slice(0, 55)}-${n}`;
    }
    this.taken.add(id);
    return id;
  }
}
