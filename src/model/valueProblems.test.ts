import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { cidrProblem, ipProblem, portRangeProblem, type ValueProblem } from './valueProblems';
import { describeProblem, validateDesign } from './validateDesign';
import { guideExampleInput } from './examples';

const words = (p: ValueProblem | undefined) =>
  p ? formatMessage(en[p.messageId], p.params) : 'accepted';

describe('what exactly is wrong with a typed network', () => {
  it.each([
    ['10.0.1.0/33', 'the prefix length /33 is too long: it is 0–32 for this address family'],
    ['fd00::/129', 'the prefix length /129 is too long: it is 0–128 for this address family'],
    ['10.0.1.256/32', '256 in 10.0.1.256 is above 255: each number of an IPv4 address is 0–255'],
    ['10.0.1/24', '"10.0.1" is not an IPv4 address: it has four numbers 0–255 separated by dots'],
    ['10.0.01.0/24', 'write 01 in 10.0.01.0 as 1: Calico refuses numbers with leading zeros'],
    ['10.0.1.7', '10.0.1.7 is an address, not a network: add the prefix length, e.g. 10.0.1.7/32'],
    ['10.0.0.0/08', 'write the prefix length as /8, not /08'],
    ['10.0.0.0/x', 'the prefix length after "/" must be a number, not "x"'],
    ['10.20.30.40/24', '10.20.30.40/24 has host bits set (the network is 10.20.30.0/24)'],
    [' 10.0.0.0/24', 'remove the spaces around "10.0.0.0/24"'],
    ['fd00::zz/64', '"fd00::zz" is not an IPv6 address'],
    ['web/24', '"web" is not an IPv4 or IPv6 address'],
    ['/24', 'the address is missing before the "/"'],
    ['10.0.0.0/24', 'accepted'],
    ['fd00:10::/64', 'accepted'],
  ])('%s', (typed, expected) => {
    expect(words(cidrProblem(typed))).toContain(expected);
  });
});

describe('what exactly is wrong with a typed address or port range', () => {
  it.each([
    ['10.0.0.300', '300 in 10.0.0.300 is above 255'],
    ['10.0.0.3/32', '10.0.0.3/32 is a network: an address has no "/" prefix (write 10.0.0.3)'],
    ['10.0.0.3', 'accepted'],
  ])('address %s', (typed, expected) => {
    expect(words(ipProblem(typed))).toContain(expected);
  });

  it.each([
    ['80:70', '"80:70" has the higher port first: write it as "70:80"'],
    ['30000:70000', 'port 70000 is outside 1–65535'],
    ['0:10', 'port 0 is outside 1–65535'],
    ['30000-32767', 'write the range as "30000:32767"'],
    ['30000', 'not a port range: "30000"'],
    ['30000:32767', 'accepted'],
  ])('range %s', (typed, expected) => {
    expect(words(portRangeProblem(typed))).toContain(expected);
  });

  it('a design file gets the same precise words at the field', () => {
    const r = validateDesign({
      ...guideExampleInput,
      cluster: { ...guideExampleInput.cluster, podCidrs: ['10.0.1.0/33'], nodePortRange: '80:70' },
    });
    expect(r.ok ? [] : r.problems.map(describeProblem)).toEqual([
      'cluster.podCidrs[0]: the prefix length /33 is too long: it is 0–32 for this address family',
      'cluster.nodePortRange: "80:70" has the higher port first: write it as "70:80"',
    ]);
  });
});
