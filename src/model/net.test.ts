import {
  cidrContainsIp,
  cidrsOverlap,
  formatHostPort,
  formatIp,
  hasHostBits,
  isStrictCidr,
  parseCidr,
  parseIp,
} from './net';

describe('parseIp', () => {
  it.each([
    '0.0.0.0',
    '10.20.30.40',
    '255.255.255.255',
    '::',
    '::1',
    'fd00::1',
    '2001:db8::ffff:1.2.3.4',
  ])('accepts %s', (s) => expect(parseIp(s)).toBeDefined());
  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '1.2.3.4 ',
    'fd00:::1',
    '1:2:3:4:5:6:7:8:9',
    'x',
  ])('rejects %j', (s) => expect(parseIp(s)).toBeUndefined());
  it('prints IPv6 in RFC 5952 form', () => {
    expect(formatIp(parseIp('2001:0db8:0:0:0:0:0:1')!)).toBe('2001:db8::1');
    expect(formatIp(parseIp('fd00:10:96::')!)).toBe('fd00:10:96::');
  });
});

describe('CIDRs', () => {
  it('tells strictly masked networks from ones with host bits', () => {
    expect(isStrictCidr('10.20.30.0/24')).toBe(true);
    expect(isStrictCidr('10.20.30.40/32')).toBe(true);
    expect(isStrictCidr('10.20.30.40/24')).toBe(false);
    expect(hasHostBits(parseCidr('1.2.3.4/16')!)).toBe(true);
    expect(isStrictCidr('50.60.0.0/33')).toBe(false);
    expect(isStrictCidr('10.20.30.40')).toBe(false);
    expect(isStrictCidr('fd00:10:96::/112')).toBe(true);
  });
  it('answers containment and overlap', () => {
    const svc = parseCidr('10.20.30.0/24')!;
    expect(cidrContainsIp(svc, parseIp('10.20.30.41')!)).toBe(true);
    expect(cidrContainsIp(svc, parseIp('10.20.31.1')!)).toBe(false);
    expect(cidrContainsIp(svc, parseIp('::1')!)).toBe(false);
    expect(cidrsOverlap(parseCidr('10.0.0.0/8')!, svc)).toBe(true);
    expect(cidrsOverlap(parseCidr('11.0.0.0/8')!, svc)).toBe(false);
  });
});

describe('formatHostPort', () => {
  it('brackets an IPv6 address before its port, and only IPv6', () => {
    expect(formatHostPort('fd00:20::40', 80)).toBe('[fd00:20::40]:80');
    expect(formatHostPort('10.20.30.40', 80)).toBe('10.20.30.40:80');
  });
});
