/**
 * JSON with a stable key order, so that one design always encodes to one link whatever order its
 * objects were built in (a form edit, a file, a migration). Keys are sorted by code point at every
 * level; array order is kept, since it is meaningful (nodes, rules, ports).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => sortKeys(v) ?? null);
  if (typeof value !== 'object') return undefined;
  const keys = Object.keys(value).sort((a, b) => {
    if (a === b) return 0;
    return a < b ? -1 : 1;
  });
  const entries: [string, Json][] = [];
  for (const key of keys) {
    const v = sortKeys((value as Record<string, unknown>)[key]);
    if (v !== undefined) entries.push([key, v]);
  }
  // fromEntries defines own properties, so a layout key "__proto__" stays a plain key.
  return Object.fromEntries(entries);
}

/** `JSON.stringify` with object keys sorted at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value) ?? null);
}
