/**
 * Minimal IP / CIDR parsing with Go `net.ParseIP` / `net.ParseCIDR` semantics, for the Calico
 * validator. src/calico may not import src/model (lint arrows), so this is a small local copy of the
 * parsing half of src/model/net.ts; keep the two in step.
 */

export type IpFamily = 4 | 6;

export interface ParsedIp {
  family: IpFamily;
  value: bigint;
}

export interface ParsedCidr extends ParsedIp {
  prefix: number;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Go ≥ 1.17 rejects octets with leading zeros (they used to mean octal elsewhere).
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  const all = [...head, ...tail];
  const words: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const g = all[i] ?? '';
    if (g.includes('.')) {
      // An embedded IPv4 address may only stand last (`::ffff:1.2.3.4`).
      if (i !== all.length - 1) return undefined;
      const v4 = parseIPv4(g);
      if (v4 === undefined) return undefined;
      words.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      words.push(parseInt(g, 16));
    }
  }
  if (halves.length === 2) {
    if (words.length > 7) return undefined;
    const headWords = head.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
    words.splice(headWords, 0, ...new Array<number>(8 - words.length).fill(0));
  } else if (words.length !== 8) {
    return undefined;
  }
  return words.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}

/** Parses a plain IPv4 or IPv6 address (no prefix, no zone); undefined when it is not one. */
export function parseIp(text: string): ParsedIp | undefined {
  if (text === '' || text.trim() !== text) return undefined;
  if (text.includes(':')) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIPv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

/** Parses `addr/prefix` (a slash is required, host bits are allowed); undefined otherwise. */
export function parseCidr(text: string): ParsedCidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  // Go's ParseCIDR reads the prefix with dtoi, which tolerates leading zeros.
  if (!ip || !/^[0-9]{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > bitsOf(ip.family)) return undefined;
  return { ...ip, prefix };
}

/** Address width of a family: 32 or 128. */
export function bitsOf(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}

/** True when bits beyond the prefix are set, e.g. `1.2.3.4/16` (VALIDATION.md §5 "strictly masked"). */
export function hasHostBits(c: ParsedCidr): boolean {
  const hostBits = BigInt(bitsOf(c.family) - c.prefix);
  return (c.value & ((1n << hostBits) - 1n)) !== 0n;
}

/** The same network with its host bits cleared, as text: `1.2.3.4/16` → `1.2.0.0/16`. */
export function networkText(c: ParsedCidr): string {
  const hostBits = BigInt(bitsOf(c.family) - c.prefix);
  const value = (c.value >> hostBits) << hostBits;
  if (c.family === 4) {
    const octets = [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn));
    return `${octets.join('.')}/${c.prefix}`;
  }
  const words: string[] = [];
  for (let i = 7; i >= 0; i--) words.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of two or more zero words (RFC 5952).
  const joined = `:${words.join(':')}:`;
  const runs = joined.match(/(:0)+:/g) ?? [];
  const longest = runs.filter((r) => r.length >= 5).sort((a, b) => b.length - a.length)[0];
  const text = longest ? joined.replace(longest, '::') : joined;
  return `${text.replace(/^:(?!:)/, '').replace(/(?<!:):$/, '')}/${c.prefix}`;
}
