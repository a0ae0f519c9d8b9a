/**
 * A cluster dump's topology merged into the design the policy reading built (importYaml's
 * candidate): nodes by name (Node objects give labels, addresses and tunnel addresses; the
 * HostEndpoints already gave the interfaces they name), pods from Pods or EndpointSlices, the pod
 * CIDRs and encapsulation from IPPools, and the service CIDR from the cluster IPs when no
 * BGPConfiguration or rule named it. Everything the dump does not state is reported as assumed;
 * an assumption of the policy reading that the dump settles is withdrawn from the report.
 *
 * With no Node, Pod, EndpointSlice or IPPool among the documents the candidate is returned as it
 * is: a file of policies alone imports exactly as before.
 */
import type { MessageId } from '../i18n/en';
import type { DesignInput } from '../model/design';
import { isInterfaceName } from '../model/names';
import { cidrContainsIp, parseCidr, parseIp, type Ip } from '../net/ip';
import type { ImportContext, Located } from './context';
import { readTopology, type Encapsulation, type IpPool, type Topology } from './readTopology';
import { POD_CIDR_PREFIX, coveringCidrs, hostNets, serviceCidrsOf } from './topologyCidrs';
import { NodeBook } from './topologyNodes';
import { podsOfDump } from './topologyPods';
import type { ImportOptions } from './types';

const DEFAULT_INTERFACE = 'eth0';
const DEFAULT_NODE_LABEL = { key: 'k8s-role', value: 'node' };

/** True when the report holds a file-level item `id` (an assumption of the policy reading). */
function has(ctx: ImportContext, id: MessageId): boolean {
  return ctx.items.some((i) => i.messageId === id && i.kind === undefined);
}

/** Removes the file-level items `ids`: assumptions the dump has settled otherwise. */
function withdraw(ctx: ImportContext, ...ids: MessageId[]): void {
  const kept = ctx.items.filter((i) => !(ids.includes(i.messageId) && i.kind === undefined));
  ctx.items.splice(0, ctx.items.length, ...kept);
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The addresses of the dump's pods, for the CIDRs when nothing else names them: its running pods,
 * else the pod endpoints of its EndpointSlices (where the pods will come from).
 */
function podIps(topology: Topology): Ip[] {
  const texts = topology.pods.length
    ? topology.pods.filter((p) => !p.hostNetwork && p.phase === 'Running').flatMap((p) => p.ips)
    : topology.slices.flatMap((s) =>
        s.endpoints.flatMap((e) => (e.targetKind === 'Pod' && e.address ? [e.address] : [])),
      );
  return texts.flatMap((t) => parseIp(t) ?? []);
}

/** Enabled pools, and disabled ones that pods still have addresses from; each reported. */
function poolsInUse(topology: Topology, ctx: ImportContext): IpPool[] {
  const ips = podIps(topology);
  return topology.pools.filter((p) => {
    const at = { resource: p.at, path: ['spec'] };
    const params = { name: p.at.name, cidr: p.cidr, encapsulation: p.encapsulation };
    const cidr = parseCidr(p.cidr);
    if (!p.disabled) ctx.add('mapped', 'import.mapped.ipPool', params, at);
    else if (cidr && ips.some((ip) => cidrContainsIp(cidr, ip)))
      ctx.add('mapped', 'import.mapped.ipPoolDisabledInUse', params, at);
    else {
      ctx.add('ignored', 'import.ignored.ipPoolDisabled', params, at);
      return false;
    }
    return true;
  });
}

/**
 * IPPools, when the dump has them, are the pod CIDRs. Without them, CIDRs a rule named stay; else
 * the smallest network (at least a /16) holding the nodes' podCIDRs, else the pods' addresses.
 */
function settlePodCidrs(
  current: readonly string[],
  pools: readonly IpPool[],
  topology: Topology,
  ctx: ImportContext,
): string[] {
  const assumed = has(ctx, 'import.assumed.podCidrs');
  if (pools.length) {
    const cidrs = [...new Set(pools.map((p) => p.cidr))];
    if (assumed) withdraw(ctx, 'import.assumed.podCidrs');
    else if (!same(current, cidrs))
      ctx.add('assumed', 'import.assumed.podCidrsPoolsWin', {
        named: current.join(', '),
        cidrs: cidrs.join(', '),
      });
    return cidrs;
  }
  if (!assumed) return [...current];
  const nodeNets = topology.nodes.flatMap((n) => n.podCidrs.flatMap((c) => parseCidr(c) ?? []));
  if (nodeNets.length) {
    const cidrs = coveringCidrs(nodeNets, POD_CIDR_PREFIX);
    withdraw(ctx, 'import.assumed.podCidrs');
    ctx.add('assumed', 'import.assumed.podCidrsFromNodes', {
      cidrs: cidrs.join(', '),
      count: topology.nodes.filter((n) => n.podCidrs.length).length,
    });
    return cidrs;
  }
  const ips = podIps(topology);
  if (ips.length) {
    const cidrs = coveringCidrs(hostNets(ips), POD_CIDR_PREFIX);
    withdraw(ctx, 'import.assumed.podCidrs');
    ctx.add('assumed', 'import.assumed.podCidrsFromPodIps', { cidrs: cidrs.join(', ') });
    return cidrs;
  }
  return [...current];
}

/** The IPPools' encapsulation; without pools, the kind of tunnel address Calico gave the nodes. */
function settleEncapsulation(
  current: Encapsulation | undefined,
  pools: readonly IpPool[],
  topology: Topology,
  ctx: ImportContext,
): Encapsulation | undefined {
  if (pools.length) {
    withdraw(ctx, 'import.assumed.encapsulation');
    const tunnelled = pools.filter((p) => p.encapsulation !== 'None');
    const modes = [...new Set(tunnelled.map((p) => p.encapsulation))];
    const [first] = tunnelled;
    if (!first) {
      ctx.add('mapped', 'import.mapped.encapsulation', {
        encapsulation: 'None',
        names: pools.map((p) => p.at.name).join(', '),
      });
      return 'None';
    }
    if (modes.length > 1)
      ctx.add('assumed', 'import.assumed.encapsulationMixed', {
        modes: modes.join(', '),
        encapsulation: first.encapsulation,
        name: first.at.name,
      });
    else
      ctx.add('mapped', 'import.mapped.encapsulation', {
        encapsulation: first.encapsulation,
        names: tunnelled.map((p) => p.at.name).join(', '),
      });
    return first.encapsulation;
  }
  const tunnel = topology.nodes
    .flatMap((n) => n.tunnels)
    .find((t) => t.annotation.includes('IPIP') || t.annotation.includes('VXLAN'));
  if (
    !tunnel ||
    (current !== undefined && current !== 'None' && !has(ctx, 'import.assumed.encapsulation'))
  )
    return current;
  const encapsulation = tunnel.annotation.includes('IPIP') ? 'IPIP' : 'VXLAN';
  withdraw(ctx, 'import.assumed.encapsulation');
  ctx.add('assumed', 'import.assumed.encapsulationFromTunnels', {
    encapsulation,
    annotation: tunnel.annotation,
  });
  return encapsulation;
}

/**
 * The service CIDRs from the cluster IPs, when the policy reading could only guess them (each
 * cluster IP on its own, or Kubernetes' default): a dump holds every Service of the cluster.
 */
function settleServiceCidrs(
  current: readonly string[],
  services: NonNullable<DesignInput['services']>,
  ctx: ImportContext,
): string[] {
  const guessed =
    has(ctx, 'import.assumed.serviceCidrsHosts') || has(ctx, 'import.assumed.serviceCidrsDefault');
  const ips = services.flatMap((s) => parseIp(s.clusterIP) ?? []);
  if (!guessed || !ips.length) return [...current];
  withdraw(
    ctx,
    'import.assumed.serviceCidrsHosts',
    'import.assumed.serviceCidrsDefault',
    'import.assumed.clusterIpOutside',
  );
  const { cidrs, conventional } = serviceCidrsOf(ips);
  ctx.add(
    'assumed',
    conventional ? 'import.assumed.serviceCidrKubeadm' : 'import.assumed.serviceCidrCovering',
    { cidrs: cidrs.join(', ') },
  );
  return cidrs;
}

/** The interface name a node's addresses go on when no HostEndpoint names one. */
function interfaceName(options: ImportOptions, ctx: ImportContext): string {
  const asked = options.defaultInterface;
  if (asked === undefined || isInterfaceName(asked)) return asked ?? DEFAULT_INTERFACE;
  ctx.add('ignored', 'import.ignored.interfaceName', { iface: asked, used: DEFAULT_INTERFACE });
  return DEFAULT_INTERFACE;
}

/** The candidate design with the dump's topology merged in (see the file comment). */
export function withTopology(
  candidate: DesignInput,
  docs: readonly Located[],
  ctx: ImportContext,
  options: ImportOptions,
): DesignInput {
  const topology = readTopology(docs, ctx);
  const { nodes: kubeNodes, pods, slices, pools } = topology;
  if (!kubeNodes.length && !pods.length && !slices.length && !pools.length) return candidate;
  const services = candidate.services ?? [];
  ctx.ids.reserve(
    [
      ...(candidate.nodes ?? []),
      ...services,
      ...(candidate.pods ?? []),
      ...(candidate.clients ?? []),
    ].map((e) => e.id),
  );
  const used = poolsInUse(topology, ctx);
  const cluster = candidate.cluster;
  const podCidrs = settlePodCidrs(cluster.podCidrs, used, topology, ctx);
  const encapsulation = settleEncapsulation(cluster.encapsulation, used, topology, ctx);
  const book = new NodeBook(candidate.nodes ?? [], ctx, cluster.nodeLabel ?? DEFAULT_NODE_LABEL);
  book.mergeKubeNodes(kubeNodes, interfaceName(options, ctx));
  const designPods = podsOfDump(topology, candidate.pods ?? [], services, podCidrs, book, ctx);
  return {
    ...candidate,
    cluster: {
      ...cluster,
      podCidrs,
      serviceCidrs: settleServiceCidrs(cluster.serviceCidrs, services, ctx),
      ...(encapsulation !== undefined ? { encapsulation } : {}),
    },
    nodes: book.nodes,
    pods: designPods,
  };
}
