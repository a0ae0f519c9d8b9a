/**
 * What exactly is wrong with a typed address, network or port range. The schema only says "not a
 * CIDR"; a person who typed `10.0.1.0/33` needs to hear that an IPv4 prefix is 0–32, and one who
 * typed `80:70` that the lower port comes first (issue #16). The format's messages and the
 * inspector's both come through here, so a field says the same thing wherever it is checked.
 */
import type { MessageId } from '../i18n/en';
import type { MessageParams } from '../i18n/format';
import { formatCidr, networkOf, parseCidr, parseIp } from '../net/ip';
import { toOneLine } from '../text/plainText';

export interface ValueProblem {
  messageId: MessageId;
  params: MessageParams;
}

/** Why `address` (the part before any `/`) is not an IP address; undefined when it is one. */
function addressProblem(address: string): ValueProblem | undefined {
  if (parseIp(address)) return undefined;
  if (address === '') return { messageId: 'net.address.empty', params: {} };
  if (/^[0-9.]+$/.test(address)) {
    const parts = address.split('.');
    if (parts.length !== 4 || parts.some((p) => p === '')) {
      return { messageId: 'net.ipv4.parts', params: { address } };
    }
    const big = parts.find((p) => Number(p) > 255);
    if (big !== undefined) return { messageId: 'net.ipv4.octet', params: { address, octet: big } };
    const padded = parts.find((p) => p.length > 1 && p.startsWith('0'));
    if (padded !== undefined) {
      return {
        messageId: 'net.ipv4.leadingZero',
        params: { address, octet: padded, plain: String(Number(padded)) },
      };
    }
  }
  if (address.includes(':')) return { messageId: 'net.ipv6.invalid', params: { address } };
  return { messageId: 'net.address.invalid', params: { address } };
}

/** Why a CIDR as typed is refused; undefined when the format accepts it. */
export function cidrProblem(value: string): ValueProblem | undefined {
  if (value !== value.trim()) return { messageId: 'net.spaces', params: { value: value.trim() } };
  const parsed = parseCidr(value);
  if (parsed && value.endsWith(`/${parsed.prefix}`)) {
    const network = networkOf(parsed);
    return network.value === parsed.value
      ? undefined
      : { messageId: 'net.cidr.hostBits', params: { value, network: formatCidr(network) } };
  }
  const slash = value.indexOf('/');
  if (slash < 0) {
    const ip = parseIp(value);
    if (ip) {
      return {
        messageId: 'net.cidr.noPrefix',
        params: { value, example: `${value}/${ip.family === 4 ? 32 : 128}` },
      };
    }
    return addressProblem(value) ?? { messageId: 'net.cidr.invalid', params: { value } };
  }
  const address = value.slice(0, slash);
  const prefix = value.slice(slash + 1);
  const bad = addressProblem(address);
  if (bad) return bad;
  const max = parseIp(address)?.family === 6 ? 128 : 32;
  if (!/^[0-9]+$/.test(prefix))
    return { messageId: 'net.cidr.prefixNotNumber', params: { prefix } };
  if (Number(prefix) > max) {
    return { messageId: 'net.cidr.prefixTooLong', params: { prefix: Number(prefix), max } };
  }
  // Only a prefix written with leading zeros is left: Calico reads `/08` as `/8` (VALIDATION.md §11.3).
  return {
    messageId: 'net.cidr.prefixLeadingZero',
    params: { written: prefix, prefix: Number(prefix) },
  };
}

/** Why an IP address as typed is refused; undefined when the format accepts it. */
export function ipProblem(value: string): ValueProblem | undefined {
  if (parseIp(value)) return undefined;
  if (value !== value.trim()) return { messageId: 'net.spaces', params: { value: value.trim() } };
  const slash = value.indexOf('/');
  if (slash >= 0 && parseIp(value.slice(0, slash))) {
    return { messageId: 'net.ip.hasPrefix', params: { value, address: value.slice(0, slash) } };
  }
  return addressProblem(value) ?? { messageId: 'net.ip.invalid', params: { value } };
}

/** Why a `lo:hi` port range as typed is refused; undefined when the format accepts it. */
export function portRangeProblem(value: string): ValueProblem | undefined {
  const m = /^\s*([0-9]+)\s*[:-]\s*([0-9]+)\s*$/.exec(value);
  if (!m) return { messageId: 'portRange.invalid', params: { value } };
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  const outside = [lo, hi].find((p) => p < 1 || p > 65535);
  if (outside !== undefined) return { messageId: 'portRange.bounds', params: { port: outside } };
  if (lo > hi) return { messageId: 'portRange.order', params: { value, fixed: `${hi}:${lo}` } };
  if (value !== `${lo}:${hi}`)
    return { messageId: 'portRange.form', params: { fixed: `${lo}:${hi}` } };
  return undefined;
}

/**
 * The precise problem behind one of the format's value message ids, for the text that was typed;
 * other ids (and inputs that are not text) come back as they are.
 */
export function preciseProblem(messageId: MessageId, input: unknown): ValueProblem | undefined {
  if (typeof input !== 'string') return undefined;
  const found = problemOf(messageId, input);
  return found && { ...found, params: shown(found.params) };
}

function problemOf(messageId: MessageId, input: string): ValueProblem | undefined {
  switch (messageId) {
    case 'net.cidr.invalid':
    case 'net.cidr.hostBits':
      return cidrProblem(input);
    case 'net.ip.invalid':
      return ipProblem(input);
    case 'portRange.invalid':
      return portRangeProblem(input);
    default:
      return undefined;
  }
}

/**
 * Parameters cut from what was typed, as a message may show them: on one line (a line break in a
 * value must not start a line of the CLI's report) and at most 80 characters.
 */
function shown(params: MessageParams): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(params)) {
    if (typeof v !== 'string') out[key] = v;
    else {
      const line = toOneLine(v);
      out[key] = line.length > 80 ? `${line.slice(0, 79)}…` : line;
    }
  }
  return out;
}
