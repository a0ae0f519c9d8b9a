import {
  formatHostPort,
  cidrContainsIp,
  cidrsOverlap,
  formatCidr,
  formatIp,
  hasHostBits,
  hostCidr,
  isStrictCidr,
  networkOf,
  parseCidr,
  parseIp,
} from './ip';

/** The canonical text of an address, or undefined when it does not parse. */
const canonical = (text: string) => {
  const ip = parseIp(text);
  return ip && formatIp(ip);
};

describe('parseIp', () => {
  it.each([
    '0.0.0.0',
    '10.20.30.40',
    '255.255.255.255',
    '::',
    '::1',
    '1::',
    'fd00::1',
    'FD00::A',
    '1:2:3:4:5:6:7::',
    '2001:db8::ffff:1.2.3.4',
    '::ffff:1.2.3.4',
    '1:2:3:4:5:6:1.2.3.4',
  ])('accepts %s', (s) => expect(parseIp(s)).toBeDefined());

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '1.2.3.4 ',
    ' 1.2.3.4',
    '1.2.3.4/32',
    'fd00:::1',
    'fd00::1::2',
    ':1::',
    '1:2:3:4:5:6:7:8:',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    '00001::',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:1.2.3.4',
    '::1.2.3.4:5',
    'x',
  ])('rejects %j', (s) => expect(parseIp(s)).toBeUndefined());

  it('rejects an IPv4 part before `::`, as Go does: it may only end the address', () => {
    expect(parseIp('1.2.3.4::')).toBeUndefined();
    expect(parseIp('1:1.2.3.4::')).toBeUndefined();
    expect(canonical('1::1.2.3.4')).toBe('1::102:304');
  });

  it('hands out values no caller can change for the next one', () => {
    const first = parseIp('10.0.0.1');
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseIp('10.0.0.1')).toEqual({ family: 4, value: 0x0a000001n });
  });
});

describe('formatIp: RFC 5952, as Go and so Calico print addresses', () => {
  it.each([
    ['2001:0db8:0:0:0:0:0:1', '2001:db8::1'], // §4.1: no leading zeros
    ['2001:DB8::A', '2001:db8::a'], // §4.3: lower case
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // §4.2.2: one zero group stays
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'], // §4.2.3: the longest run
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // §4.2.3: the first of equal runs
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['fd00:10:96::', 'fd00:10:96::'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['10.20.30.40', '10.20.30.40'],
  ])('%s → %s', (input, expected) => expect(canonical(input)).toBe(expected));
});

describe('parseCidr', () => {
  it('reads the prefix as Go’s ParseCIDR does: decimal digits, leading zeros allowed', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, value: 0x0a000000n, prefix: 8 });
    expect(parseCidr('10.0.0.0/08')?.prefix).toBe(8);
    expect(parseCidr('10.0.0.0/0008')?.prefix).toBe(8);
    expect(parseCidr('fd00::/0128')?.prefix).toBe(128);
  });

  it.each([
    '10.0.0.0',
    '10.0.0.0/',
    '10.0.0.0/33',
    '10.0.0.0/033',
    '10.0.0.0/+8',
    '10.0.0.0/-1',
    '10.0.0.0/8 ',
    '10.0.0.0/8/8',
    '10.0.0.0/99999999999999999999',
    'fd00::/129',
    '/8',
  ])('rejects %j', (s) => expect(parseCidr(s)).toBeUndefined());

  it('keeps the host bits as written; networkOf clears them', () => {
    const c = parseCidr('1.2.3.4/16');
    expect(c && formatCidr(c)).toBe('1.2.3.4/16');
    expect(c && formatCidr(networkOf(c))).toBe('1.2.0.0/16');
    const v6 = parseCidr('fd00:10:96::1/112');
    expect(v6 && formatCidr(networkOf(v6))).toBe('fd00:10:96::/112');
  });
});

describe('CIDRs', () => {
  it('tells strictly masked networks from ones with host bits (VALIDATION.md §5)', () => {
    expect(isStrictCidr('10.20.30.0/24')).toBe(true);
    expect(isStrictCidr('10.20.30.40/32')).toBe(true);
    expect(isStrictCidr('0.0.0.0/0')).toBe(true);
    expect(isStrictCidr('10.20.30.40/24')).toBe(false);
    expect(hasHostBits(parseCidr('1.2.3.4/16')!)).toBe(true);
    expect(hasHostBits(parseCidr('100.100.100.0/16')!)).toBe(true);
    expect(isStrictCidr('50.60.0.0/33')).toBe(false);
    expect(isStrictCidr('10.20.30.40')).toBe(false);
    expect(isStrictCidr('fd00:10:96::/112')).toBe(true);
    expect(isStrictCidr('fd00:10:96::1/112')).toBe(false);
  });

  it('answers containment and overlap, never across families', () => {
    const svc = parseCidr('10.20.30.0/24')!;
    expect(cidrContainsIp(svc, parseIp('10.20.30.41')!)).toBe(true);
    expect(cidrContainsIp(svc, parseIp('10.20.31.1')!)).toBe(false);
    expect(cidrContainsIp(svc, parseIp('::1')!)).toBe(false);
    expect(cidrContainsIp(parseCidr('::/0')!, parseIp('10.20.30.41')!)).toBe(false);
    expect(cidrsOverlap(parseCidr('10.0.0.0/8')!, svc)).toBe(true);
    expect(cidrsOverlap(parseCidr('11.0.0.0/8')!, svc)).toBe(false);
    expect(cidrsOverlap(parseCidr('0.0.0.0/0')!, parseCidr('::/0')!)).toBe(false);
  });

  it('writes a single address as /32 or /128, in canonical text', () => {
    expect(hostCidr(parseIp('10.20.30.40')!)).toBe('10.20.30.40/32');
    expect(hostCidr(parseIp('FD00:0:0:0:0:0:0:40')!)).toBe('fd00::40/128');
  });
});

describe('formatHostPort', () => {
  it('brackets an IPv6 address before its port, and only IPv6', () => {
    expect(formatHostPort('fd00:20::40', 80)).toBe('[fd00:20::40]:80');
    expect(formatHostPort('10.20.30.40', 80)).toBe('10.20.30.40:80');
  });
});
