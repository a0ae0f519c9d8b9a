/**
 * The pod and service CIDRs a cluster dump does not state, inferred from the addresses it does:
 * the smallest network holding all of them, widened to the size clusters are given (a guess that
 * is too narrow would leave addresses of the cluster outside the policy's reach).
 */
import {
  bitsOf,
  cidrContainsIp,
  formatCidr,
  networkOf,
  parseCidr,
  type Cidr,
  type Ip,
  type IpFamily,
} from '../net/ip';

/** kubeadm's default service CIDR: taken when it holds every IPv4 cluster IP. */
export const KUBEADM_SERVICE_CIDR = '10.96.0.0/12';

/** The widest prefix a guess is widened to, per family: pods, services. */
export const POD_CIDR_PREFIX: Readonly<Record<IpFamily, number>> = { 4: 16, 6: 48 };
export const SERVICE_CIDR_PREFIX: Readonly<Record<IpFamily, number>> = { 4: 24, 6: 112 };

/** The smallest network holding every given network (all of one family), at most `/widest`. */
function covering(nets: readonly Cidr[], widest: number): Cidr | undefined {
  const [first] = nets;
  if (!first) return undefined;
  const bits = bitsOf(first.family);
  let prefix = Math.min(widest, ...nets.map((n) => n.prefix));
  const differs = (n: Cidr) =>
    networkOf({ ...n, prefix }).value !== networkOf({ ...first, prefix }).value;
  while (prefix > 0 && nets.some(differs)) prefix--;
  return networkOf({ family: first.family, value: first.value, prefix: Math.min(prefix, bits) });
}

/** Per family, IPv4 first: the smallest network holding the networks, at least `/prefixOf[family]`. */
export function coveringCidrs(
  nets: readonly Cidr[],
  prefixOf: Readonly<Record<IpFamily, number>>,
): string[] {
  return ([4, 6] as const).flatMap((family) => {
    const c = covering(
      nets.filter((n) => n.family === family),
      prefixOf[family],
    );
    return c ? [formatCidr(c)] : [];
  });
}

/** Addresses as single-address networks, for `coveringCidrs`. */
export function hostNets(ips: readonly Ip[]): Cidr[] {
  return ips.map((ip) => ({ family: ip.family, value: ip.value, prefix: bitsOf(ip.family) }));
}

/**
 * The service CIDRs of a cluster from its cluster IPs: kubeadm's default when it holds every IPv4
 * one, else (and for IPv6) the smallest network holding them, at least a /24 (/112).
 */
export function serviceCidrsOf(clusterIps: readonly Ip[]): {
  cidrs: string[];
  conventional: boolean;
} {
  const v4 = clusterIps.filter((ip) => ip.family === 4);
  const kubeadm = parseCidr(KUBEADM_SERVICE_CIDR);
  const conventional =
    kubeadm !== undefined && v4.length > 0 && v4.every((ip) => cidrContainsIp(kubeadm, ip));
  const rest = conventional ? clusterIps.filter((ip) => ip.family === 6) : clusterIps;
  const cidrs = coveringCidrs(hostNets(rest), SERVICE_CIDR_PREFIX);
  return { cidrs: conventional ? [KUBEADM_SERVICE_CIDR, ...cidrs] : cidrs, conventional };
}
