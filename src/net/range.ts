/**
 * Addresses as the simulator handles them: parsed once, compared as integers, keyed by their
 * canonical text (so `10.0.0.1` and a set member written the same way meet in a Set).
 */
import { bitsOf, formatIp, networkOf, parseCidr, parseIp, type IpFamily } from './ip';

/** A parsed address with its canonical text. */
export interface Addr {
  family: IpFamily;
  value: bigint;
  text: string;
}

/** A CIDR as an inclusive integer range. Host bits are masked away, as Felix does (SEMANTICS §3). */
export interface Range {
  family: IpFamily;
  first: bigint;
  last: bigint;
  /** The CIDR as it was written. */
  text: string;
}

/** Parses an address; undefined when the text is not one. */
export function toAddr(text: string): Addr | undefined {
  const ip = parseIp(text);
  return ip ? { family: ip.family, value: ip.value, text: formatIp(ip) } : undefined;
}

/** Parses a CIDR (a slash is required, as Calico's validator requires); undefined otherwise. */
export function toRange(text: string): Range | undefined {
  const c = parseCidr(text);
  if (!c) return undefined;
  const first = networkOf(c).value;
  const size = 1n << BigInt(bitsOf(c.family) - c.prefix);
  return { family: c.family, first, last: first + size - 1n, text };
}

/** True when the range holds the address. */
export function inRange(r: Range, a: Addr): boolean {
  return r.family === a.family && a.value >= r.first && a.value <= r.last;
}

/** True when any of the ranges holds the address. */
export function inAnyRange(ranges: readonly Range[], a: Addr): boolean {
  for (const r of ranges) if (inRange(r, a)) return true;
  return false;
}

/** The address `offset` above the range's first address. */
export function addrInRange(r: Range, offset: bigint): Addr {
  const ip = { family: r.family, value: r.first + offset };
  return { ...ip, text: formatIp(ip) };
}

/** Length of the common bit prefix of two same-family addresses (-1 across families). */
export function commonPrefixLength(a: Addr, b: Addr): number {
  if (a.family !== b.family) return -1;
  let x = a.value ^ b.value;
  let n = bitsOf(a.family);
  while (x > 0n) {
    x >>= 1n;
    n--;
  }
  return n;
}
