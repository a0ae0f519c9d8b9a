import { addrInRange, commonPrefixLength, inAnyRange, inRange, toAddr, toRange } from './range';

describe('toAddr', () => {
  it('keys an address by its canonical text, however it was written', () => {
    expect(toAddr('FD00:0::0A')?.text).toBe('fd00::a');
    expect(toAddr('10.0.0.1')?.text).toBe('10.0.0.1');
    expect(toAddr('10.0.0.1/32')).toBeUndefined();
  });
});

describe('toRange', () => {
  it('spans the whole network, host bits masked away as Felix does', () => {
    const r = toRange('10.20.30.40/24')!;
    expect(r.text).toBe('10.20.30.40/24');
    expect(addrInRange(r, 0n).text).toBe('10.20.30.0');
    expect(addrInRange(r, r.last - r.first).text).toBe('10.20.30.255');
    expect(inRange(r, toAddr('10.20.30.255')!)).toBe(true);
    expect(inRange(r, toAddr('10.20.31.0')!)).toBe(false);
  });

  it('holds one address at /32 and /128, and every address of its family at /0', () => {
    expect(inRange(toRange('10.0.0.1/32')!, toAddr('10.0.0.1')!)).toBe(true);
    expect(inRange(toRange('10.0.0.1/32')!, toAddr('10.0.0.2')!)).toBe(false);
    expect(inRange(toRange('fd00::1/128')!, toAddr('fd00::1')!)).toBe(true);
    expect(inRange(toRange('0.0.0.0/0')!, toAddr('255.255.255.255')!)).toBe(true);
    expect(inRange(toRange('::/0')!, toAddr('10.0.0.1')!)).toBe(false);
  });

  it('needs a slash, as Calico’s validator does', () => {
    expect(toRange('10.0.0.1')).toBeUndefined();
  });

  it('finds an address in any of several ranges', () => {
    const ranges = [toRange('10.0.0.0/8')!, toRange('fd00::/8')!];
    expect(inAnyRange(ranges, toAddr('fd12::1')!)).toBe(true);
    expect(inAnyRange(ranges, toAddr('11.0.0.1')!)).toBe(false);
  });
});

describe('commonPrefixLength', () => {
  it('counts the leading bits two addresses share', () => {
    expect(commonPrefixLength(toAddr('10.0.0.1')!, toAddr('10.0.0.1')!)).toBe(32);
    expect(commonPrefixLength(toAddr('10.0.0.0')!, toAddr('10.0.0.1')!)).toBe(31);
    expect(commonPrefixLength(toAddr('10.0.0.0')!, toAddr('138.0.0.0')!)).toBe(0);
    expect(commonPrefixLength(toAddr('fd00::')!, toAddr('fd00::8000')!)).toBe(112);
    expect(commonPrefixLength(toAddr('10.0.0.1')!, toAddr('::1')!)).toBe(-1);
  });
});
