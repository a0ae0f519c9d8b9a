/**
 * IPv4 / IPv6 addresses and CIDRs as exact integers, so containment and overlap are arithmetic.
 * The one copy of this maths: every layer imports it, and it imports nothing. Text is read as Go's
 * `net.ParseIP` / `net.ParseCIDR` read it (Calico's validator and Felix parse with them), and
 * written as Go prints it: RFC 5952 for IPv6.
 */

export type IpFamily = 4 | 6;

export interface Ip {
  readonly family: IpFamily;
  readonly value: bigint;
}

export interface Cidr {
  readonly family: IpFamily;
  /** The address as written: host bits may be set (see `hasHostBits`, `networkOf`). */
  readonly value: bigint;
  readonly prefix: number;
}

const V4_BITS = 32;
const V6_BITS = 128;

/** Address width of a family: 32 or 128. */
export function bitsOf(family: IpFamily): number {
  return family === 4 ? V4_BITS : V6_BITS;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    // Go ≥ 1.17 rejects octets with leading zeros (other readers take them for octal).
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return BigInt(value);
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  const words: number[] = [];
  const readGroups = (groups: readonly string[], last: boolean): boolean => {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] ?? '';
      if (g.includes('.')) {
        // An embedded IPv4 address ends the text (`::ffff:1.2.3.4`), never precedes a `::`.
        if (!last || i !== groups.length - 1) return false;
        const v4 = parseIPv4(g);
        if (v4 === undefined) return false;
        words.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return false;
        words.push(parseInt(g, 16));
      }
    }
    return true;
  };
  if (!readGroups(head, halves.length === 1)) return undefined;
  const headWords = words.length;
  if (!readGroups(tail, true)) return undefined;
  if (halves.length === 2) {
    // `::` stands for at least one zero group.
    if (words.length > 7) return undefined;
    words.splice(headWords, 0, ...new Array<number>(8 - words.length).fill(0));
  } else if (words.length !== 8) {
    return undefined;
  }
  return words.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}

/*
 * Parsed addresses by their text: a design asks for the same few addresses many times. Keyed by
 * the text alone and holding frozen values, it answers every call as a fresh parse would.
 */
const ipMemo = new Map<string, Ip | undefined>();

/** Parses a plain IPv4 or IPv6 address (no prefix, no zone); undefined when the text is not one. */
export function parseIp(text: string): Ip | undefined {
  if (ipMemo.has(text)) return ipMemo.get(text);
  const ip = parseIpUncached(text);
  if (ipMemo.size > 50_000) ipMemo.clear();
  ipMemo.set(text, ip);
  return ip;
}

function parseIpUncached(text: string): Ip | undefined {
  if (text === '' || text.trim() !== text) return undefined;
  if (text.includes(':')) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : Object.freeze({ family: 6, value });
  }
  const value = parseIPv4(text);
  return value === undefined ? undefined : Object.freeze({ family: 4, value });
}

/**
 * Parses `addr/prefix`; a slash is required and host bits are allowed (see `isStrictCidr`). The
 * prefix is read as Go's `ParseCIDR` reads it, digits with any leading zeros: `10.0.0.0/08` is
 * `10.0.0.0/8` to Calico, though it prints `/8` (the design format asks for that form).
 */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^[0-9]+$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > bitsOf(ip.family)) return undefined;
  return { family: ip.family, value: ip.value, prefix };
}

function computeMask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return (all >> BigInt(prefix)) ^ all;
}

/**
 * Every network mask, computed once: containment checks run per service × CIDR and per rule ×
 * address, and building a BigInt mask each time was most of a large import's time.
 */
const MASKS: Readonly<Record<IpFamily, readonly bigint[]>> = {
  4: Array.from({ length: 33 }, (_, p) => computeMask(4, p)),
  6: Array.from({ length: 129 }, (_, p) => computeMask(6, p)),
};

function mask(family: IpFamily, prefix: number): bigint {
  return MASKS[family][prefix] ?? computeMask(family, prefix);
}

/** The CIDR with its host bits cleared: `1.2.3.4/16` → `1.2.0.0/16`. */
export function networkOf(c: Cidr): Cidr {
  return { ...c, value: c.value & mask(c.family, c.prefix) };
}

/** True when bits beyond the prefix are set, which Calico's `net` check rejects (VALIDATION.md §5). */
export function hasHostBits(c: Cidr): boolean {
  return networkOf(c).value !== c.value;
}

/** True when the address lies in the CIDR's network (never across families). */
export function cidrContainsIp(c: Cidr, ip: Ip): boolean {
  if (c.family !== ip.family) return false;
  const m = mask(c.family, c.prefix);
  return (ip.value & m) === (c.value & m);
}

/** True when the two networks share an address (never across families). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const m = mask(a.family, Math.min(a.prefix, b.prefix));
  return (a.value & m) === (b.value & m);
}

/**
 * Canonical text of an address, as Go and so Calico print it: a dotted quad, or RFC 5952 IPv6
 * (lower case, no leading zeros, `::` for the longest run of two or more zero groups, the first
 * run on a tie).
 */
export function formatIp(ip: Ip): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join('.');
  }
  const words = [];
  for (let i = 7; i >= 0; i--) words.push(Number((ip.value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** `addr/prefix` with the address in canonical text (host bits as they are; see `networkOf`). */
export function formatCidr(c: Cidr): string {
  return `${formatIp({ family: c.family, value: c.value })}/${c.prefix}`;
}

/** `ip/32` or `ip/128`: the single-address CIDR Calico rules need (a bare IP is rejected there). */
export function hostCidr(ip: Ip): string {
  return `${formatIp(ip)}/${bitsOf(ip.family)}`;
}

/** True when the text is an IPv4 or IPv6 address. */
export function isIp(text: string): boolean {
  return parseIp(text) !== undefined;
}

/** A CIDR with zero host bits: the only form Calico accepts in rule `nets`. */
export function isStrictCidr(text: string): boolean {
  const c = parseCidr(text);
  return c !== undefined && !hasHostBits(c);
}

/**
 * `10.20.30.40:80`, `[fd00:20::40]:80`: an address with a port, IPv6 in brackets (RFC 3986 §3.2.2),
 * since `fd00:20::40:80` is itself one IPv6 address.
 */
export function formatHostPort(address: string, port: number | string): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
