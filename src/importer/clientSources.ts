/**
 * Clients: who outside the cluster a rule admits. A rule names a client either by its addresses
 * (`source.nets`, as the guide writes it) or by label (`source.selector`), selecting the
 * GlobalNetworkSets that hold its addresses, as this app writes it since issue #12: a set per
 * client, labelled `clusterip-policy-designer/client: <slug>`. Both read as the same kind of source.
 */
import { matchSelector, parseSelector } from '../calico/selector';
import { formatCidr, hostCidr, isStrictCidr, networkOf, parseCidr, parseIp } from '../net/ip';
import { field, str, stringList, stringMap, type ImportContext, type Located } from './context';
import { CLIENT_LABEL } from './ownership';

/** A GlobalNetworkSet read as a client. */
export interface NetworkSetDraft {
  resource: Located;
  /** The client's name: the client label's value, else the set's name. */
  name: string;
  cidrs: string[];
  labels: Record<string, string>;
}

/** Who a rule admits: addresses, and the set they come from when the rule selects one. */
export interface ClientSource {
  cidrs: string[];
  set?: NetworkSetDraft;
}

/**
 * A set's address as a design client holds it: a CIDR with no host bits. Calico takes a bare
 * address as its /32 (/128), and ignores host bits in a CIDR.
 */
function clientCidr(net: string): string | undefined {
  if (isStrictCidr(net)) return net;
  const cidr = parseCidr(net);
  if (cidr) return formatCidr(networkOf(cidr));
  const ip = parseIp(net);
  return ip ? hostCidr(ip) : undefined;
}

/** Every GlobalNetworkSet of the file, with the addresses a client can hold. */
export function readNetworkSets(sets: readonly Located[], ctx: ImportContext): NetworkSetDraft[] {
  const out: NetworkSetDraft[] = [];
  for (const resource of sets) {
    const labels = stringMap(field(field(resource.value, 'metadata'), 'labels'));
    const cidrs = [
      ...new Set(
        stringList(field(field(resource.value, 'spec'), 'nets')).flatMap(
          (n) => clientCidr(n) ?? [],
        ),
      ),
    ];
    if (!cidrs.length) {
      ctx.add('ignored', 'import.ignored.networkSetEmpty', { name: resource.name }, { resource });
      continue;
    }
    const label = Object.hasOwn(labels, CLIENT_LABEL) ? labels[CLIENT_LABEL] : undefined;
    out.push({ resource, name: label || resource.name, cidrs, labels });
  }
  return out;
}

/** How a source reads in the report: its set, or its addresses. */
export function describeSource(source: ClientSource): string {
  return source.set
    ? `GlobalNetworkSet ${source.set.resource.name} (${source.cidrs.join(', ')})`
    : source.cidrs.join(', ');
}

/**
 * The clients a rule's source names: `{nets}`, or `{selector}` selecting GlobalNetworkSets (one
 * source per set). Undefined for any other source; an empty list for a selector that selects no
 * set of the file.
 */
export function clientSourcesOf(
  source: unknown,
  keys: readonly string[],
  sets: readonly NetworkSetDraft[],
): ClientSource[] | undefined {
  if (keys.length !== 1) return undefined;
  if (keys[0] === 'nets') return [{ cidrs: stringList(field(source, 'nets')) }];
  if (keys[0] !== 'selector') return undefined;
  const parsed = parseSelector(str(field(source, 'selector')) ?? '');
  if (!parsed.ok) return undefined;
  return sets
    .filter((set) => matchSelector(parsed.selector, set.labels))
    .map((set) => ({ cidrs: set.cidrs, set }));
}

/** The key of a source in the edge book: its set, else its addresses as a set. */
export function sourceKey(source: ClientSource): string {
  return source.set
    ? `set:${source.set.resource.name}`
    : `nets:${[...new Set(source.cidrs)].sort().join(',')}`;
}
