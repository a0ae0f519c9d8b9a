/**
 * Calico / Kubernetes YAML → a design, with a report on every document and rule: what mapped into
 * which design element, what has no place in a design, what Calico would reject, and what had to be
 * assumed. Pure and total: it never throws, and refuses oversized input and YAML alias bombs
 * before anything walks the documents.
 *
 * Inputs: this app's own output (both profiles), the guide's YAML, and hand-written files with
 * Services, GlobalNetworkPolicies, NetworkPolicies (and their staged kinds), HostEndpoints,
 * GlobalNetworkSets, Tiers and a BGPConfiguration.
 *
 * - the design in the header (restoreDesign.ts): a file of this app whose resources still digest
 *   to what its header says is exactly what was exported; its design is the answer, whole.
 *   Everything below is for every other file, including an exported one edited since.
 * - services: from Services (cluster IP, ports, selector, namespace; externalTrafficPolicy Local →
 *   Local mode). A cluster IP that only a pre-DNAT rule names becomes a service of its own, named
 *   after the address, with the ports the rules name (80/TCP when they name none) and no selector.
 * - nodes: from HostEndpoints (spec.node, interfaceName, expectedIPs; labels without the node
 *   label). An expected IP inside a pod CIDR the file names is the node's tunnel address, and
 *   encapsulation IPIP is assumed (VXLAN gives the same YAML).
 * - clients: every GlobalNetworkSet, named by its `clusterip-policy-designer/client` label
 *   (clientSources.ts); a rule selecting sets by label admits those clients.
 * - access edges and clients: from pre-DNAT Allow rules (source nets → a cluster IP, with ports);
 *   for the guide profile's Local-mode services, from Allow rules with source nets on the
 *   service's pods (target ports mapped back to service ports). One client per distinct CIDR set,
 *   ids `client-1`, `client-2`… in order of appearance, named after their CIDRs. An edge that
 *   grants every port of its service is written without `ports`, except in the guide profile when
 *   the pre-DNAT rules listed them (the guide writes those two cases differently).
 * - cluster.serviceCidrs: the BGPConfiguration's serviceClusterIPs; else the CIDRs the hardened
 *   deny names; else each cluster IP's own /32 (/128). The smallest choice: it advertises exactly
 *   the addresses the file protects, where a covering CIDR would advertise other services too.
 *   With none of those, Kubernetes' default 10.96.0.0/12. A cluster IP outside every CIDR adds its
 *   own /32. All but the first are reported as assumed.
 * - cluster.podCidrs: the pre-DNAT allow to pods (guide) or the deny of direct traffic to pods
 *   (hardened); else 192.168.0.0/16, reported as assumed.
 * - the NodePort range, host access and node label from the host and pre-DNAT policies; global
 *   traffic policy Local when every service is Local, with per-service overrides otherwise.
 * - output.profile: hardened when a pre-DNAT deny of the hardened kind exists; guide when other
 *   policies do; else the header's profile; else hardened.
 * - name, and the target Calico: from the header comment this app writes (`from the design
 *   "<name>" (profile: …, Calico 3.32)`).
 * - tiers and staged policies (policyKinds.ts): a Tier is reported; a staged policy is read as the
 *   policy it would become; output.staged when every policy is staged.
 *
 * What a design has no place for is reported as ignored, never dropped silently: other kinds
 * (Deployments, NetworkSets…), Service types and fields, policy orders and other tiers, rules of
 * shapes a design never writes. Pods are not read (a design's pods come from the canvas, or the
 * header).
 */
import type { Baseline, DesignInput } from '../model/design';
import {
  CALICO_VERSIONS,
  NEWEST_CALICO,
  calicoAtLeast,
  type CalicoVersion,
  type Cluster,
  type Design,
  type Profile,
  type ServicePort,
} from '../model/design';
import {
  bitsOf,
  cidrContainsIp,
  formatCidr,
  hostCidr,
  networkOf,
  parseCidr,
  type Cidr,
} from '../net/ip';
import { describeProblem, validateDesign } from '../model/validateDesign';
import { firstUnsafeChar } from '../text/plainText';
import { ImportContext, field, list, setKeys, str, type Located } from './context';
import { chooseNodeLabel, readNodes } from './readNodes';
import { readNetworkSets } from './clientSources';
import { readStaged, readTiers } from './policyKinds';
import { PolicyReader, ServiceIndex } from './readPolicies';
import { readServices, type ServiceDraft } from './readServices';
import { settleClients } from './settleClients';
import type { ImportOptions } from './types';
import { withTopology } from './withTopology';

const DEFAULT_POD_CIDR = '192.168.0.0/16';
const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
const DEFAULT_NODE_PORT_RANGE = '30000:32767';

/** The header's first line; since issue #12 it also names the target Calico (and staged output). */
export const HEADER =
  /^# Generated by ClusterIP Policy Designer from the design "(.*)" \(profile: (guide|hardened)(?:, Calico ([0-9]+\.[0-9]+))?(?:, staged)?\)\.\r?$/m;

/** The documents to read, by kind. */
export interface Buckets {
  services: Located[];
  policies: Located[];
  heps: Located[];
  bgp: Located[];
  sets: Located[];
  tiers: Located[];
}

/** What buildDesign reads besides the buckets. */
export interface BuildInput {
  /** The header comment this app writes, when a file has one: its file and line, and its match. */
  header: { file: number; line: number; match: RegExpExecArray } | undefined;
  /** Nodes, Pods, EndpointSlices, IPPools, Namespaces: for withTopology. */
  topology: readonly Located[];
  /** The policy-related resources found, kept verbatim. */
  baseline: Baseline | undefined;
  options: ImportOptions;
}

/** Builds the design from the sorted documents; undefined (and reported) when nothing maps. */
export function buildDesign(b: Buckets, input: BuildInput, ctx: ImportContext): Design | undefined {
  if (
    !b.services.length &&
    !b.heps.length &&
    !b.bgp.length &&
    !b.policies.length &&
    !b.sets.length &&
    !input.topology.length
  ) {
    ctx.add('rejected', 'import.nothing', {});
    return undefined;
  }
  const header = input.header?.match;
  const ownTiers = readTiers(b.tiers, ctx);
  const { policies, staged } = readStaged(b.policies, ctx);
  const sets = readNetworkSets(b.sets, ctx);
  const services = readServices(b.services, ctx);
  const index = new ServiceIndex(services, ctx);
  const nodeLabel = chooseNodeLabel(b.heps, policies, ctx);
  const reader = new PolicyReader(ctx, index, nodeLabel, sets, ownTiers);

  const nodePolicies = policies.filter((p) => reader.selectsNodes(p));
  const podPolicies = policies.filter((p) => !reader.selectsNodes(p));
  // Pre-DNAT policies first: they carry the access edges and the pod CIDRs the rest relies on.
  const preDnatFirst = [
    ...nodePolicies.filter((p) => field(field(p.value, 'spec'), 'preDNAT') === true),
    ...nodePolicies.filter((p) => field(field(p.value, 'spec'), 'preDNAT') !== true),
  ];
  for (const p of preDnatFirst) reader.readNodePolicy(p);

  const profile = chooseProfile(reader.facts.hardened, policies.length > 0, header?.[2], ctx);
  for (const p of podPolicies) {
    const service = reader.serviceOfPolicy(p);
    if (!service) {
      ctx.add(
        'ignored',
        'import.ignored.policy',
        { kind: p.kind, name: p.name, label: `${nodeLabel.key}=${nodeLabel.value}` },
        { resource: p },
      );
      continue;
    }
    reader.readPodPolicy(p, service, profile === 'guide' && service.local);
  }

  const podCidrsFound = reader.facts.podCidrs.length > 0;
  let podCidrs = podCidrsFound ? reader.facts.podCidrs : reader.learnedPodCidrs;
  if (!podCidrs.length) {
    podCidrs = [DEFAULT_POD_CIDR];
    ctx.add('assumed', 'import.assumed.podCidrs', { cidrs: DEFAULT_POD_CIDR });
  }
  const { nodes, tunnels } = readNodes(
    b.heps,
    ctx,
    nodeLabel,
    podCidrsFound ? podCidrs : undefined,
  );
  if (tunnels) ctx.add('assumed', 'import.assumed.encapsulation', { encapsulation: 'IPIP' });

  const serviceCidrs = chooseServiceCidrs(b.bgp, reader.facts.serviceCidrsDenied, services, ctx);
  const nodePortRange = reader.facts.nodePortRange ?? DEFAULT_NODE_PORT_RANGE;
  if (reader.facts.nodePortRange === undefined) {
    ctx.add('assumed', 'import.assumed.nodePortRange', { range: DEFAULT_NODE_PORT_RANGE });
  }
  const hostAccess = reader.settleHostAccess();
  if (!hostAccess) ctx.add('assumed', 'import.assumed.hostAccess', {});

  finishMadeUpServices(services, ctx);
  const allLocal = services.length > 0 && services.every((s) => s.local);
  const cluster: Cluster = {
    podCidrs,
    serviceCidrs,
    nodePortRange,
    nodeLabel,
    encapsulation: tunnels ? 'IPIP' : 'None',
    trafficPolicy: allLocal ? 'Local' : 'Cluster',
    hostAccess: hostAccess ?? { mode: 'allExceptNodePorts' },
  };
  const { clients, access } = settleClients(sets, reader.edges.edges, profile, ctx);

  const headerName = header?.[1] ?? '';
  // The header is a comment anyone can edit: a name that could not be typed into the design is
  // left out rather than refusing the whole file.
  const unsafe = firstUnsafeChar(headerName);
  const candidate: DesignInput = {
    version: 2,
    name: unsafe ? '' : headerName,
    cluster,
    nodes,
    services: services.map((s) => toService(s, allLocal, ctx)),
    pods: [],
    clients,
    // Read from the cluster's own allow rules: what it lets through, not yet what the user wants.
    access: access.map((a) => ({ ...a, inferred: true as const })),
    output: {
      profile,
      ...(staged ? { staged } : {}),
      ...calicoVersionOf(header?.[3], staged, ctx),
    },
    layout: {},
    ...(input.baseline ? { baseline: input.baseline } : {}),
  };
  if (input.header) {
    const at = { file: input.header.file, line: input.header.line };
    if (unsafe) ctx.addAt('ignored', 'import.ignored.unsafeName', { char: unsafe.codePoint }, at);
    else ctx.addAt('mapped', 'import.mapped.name', { name: headerName }, at);
  }
  const design = withTopology(candidate, input.topology, ctx, input.options);
  const mappedAnything =
    (design.services?.length ?? 0) +
      (design.nodes?.length ?? 0) +
      (design.access?.length ?? 0) +
      (design.clients?.length ?? 0) +
      b.bgp.length >
    0;
  if (!mappedAnything) {
    // Defaults for a design that will not be built are noise.
    const kept = ctx.items.filter((i) => i.severity !== 'assumed' || i.line > 0);
    ctx.items.splice(0, ctx.items.length, ...kept);
    ctx.add('rejected', 'import.nothing', {});
    return undefined;
  }
  const checked = validateDesign(design);
  if (!checked.ok) {
    for (const p of checked.problems) {
      ctx.add('rejected', 'import.designInvalid', { problem: describeProblem(p) });
    }
    return undefined;
  }
  return checked.design;
}

/**
 * The target Calico the header names, when this release knows it and it can hold what the file
 * does (staged policies need 3.30); else the design's default, the newest.
 */
function calicoVersionOf(
  named: string | undefined,
  staged: boolean,
  ctx: ImportContext,
): { calicoVersion?: CalicoVersion } {
  if (named === undefined) return {};
  const known = CALICO_VERSIONS.find((v) => v === named);
  if (known && (!staged || calicoAtLeast(known, '3.30'))) {
    ctx.add('mapped', 'import.mapped.calicoVersion', { version: known });
    return { calicoVersion: known };
  }
  ctx.add('assumed', 'import.assumed.calicoVersion', { named, version: NEWEST_CALICO });
  return {};
}

function chooseProfile(
  hardened: boolean,
  anyPolicy: boolean,
  fromHeader: string | undefined,
  ctx: ImportContext,
): Profile {
  if (hardened) {
    ctx.add('mapped', 'import.profile.hardened', {});
    return 'hardened';
  }
  if (anyPolicy) {
    ctx.add('mapped', 'import.profile.guide', {});
    return 'guide';
  }
  if (fromHeader === 'guide' || fromHeader === 'hardened') {
    ctx.add('mapped', 'import.profile.header', { profile: fromHeader });
    return fromHeader;
  }
  ctx.add('assumed', 'import.profile.assumed', { profile: 'hardened' });
  return 'hardened';
}

function chooseServiceCidrs(
  bgp: readonly Located[],
  denied: readonly string[],
  services: readonly ServiceDraft[],
  ctx: ImportContext,
): string[] {
  const cidrs: string[] = [];
  for (const r of bgp) {
    const spec = field(r.value, 'spec');
    const listed = list(field(spec, 'serviceClusterIPs'))
      .map((e) => str(field(e, 'cidr')))
      .filter((c): c is string => c !== undefined);
    for (const key of setKeys(spec)) {
      if (key !== 'serviceClusterIPs') {
        ctx.add(
          'ignored',
          'import.ignored.field',
          { field: `spec.${key}` },
          { resource: r, path: ['spec', key] },
        );
      }
    }
    if (!listed.length) continue;
    const strict = listed.flatMap((c) => {
      const parsed = parseCidr(c);
      return parsed
        ? [formatCidr(networkOf(parsed)) === c ? c : formatCidr(networkOf(parsed))]
        : [];
    });
    for (const c of strict) if (!cidrs.includes(c)) cidrs.push(c);
    ctx.add('mapped', 'import.mapped.serviceCidrs', { cidrs: strict.join(', ') }, { resource: r });
  }
  if (!cidrs.length && denied.length) {
    cidrs.push(...denied);
    ctx.add('assumed', 'import.assumed.serviceCidrsFromDeny', { cidrs: denied.join(', ') });
  }
  if (!cidrs.length && services.length) {
    cidrs.push(...services.map((s) => hostCidr(s.ip)));
    ctx.add('assumed', 'import.assumed.serviceCidrsHosts', { cidrs: cidrs.join(', ') });
  }
  if (!cidrs.length) {
    cidrs.push(DEFAULT_SERVICE_CIDR);
    ctx.add('assumed', 'import.assumed.serviceCidrsDefault', { cidrs: DEFAULT_SERVICE_CIDR });
    return cidrs;
  }
  // A dump's services may each have a /32 of their own: looking each cluster IP up among the
  // addresses held (a set) and the few real networks (parsed once) keeps this linear; scanning
  // every CIDR for every service took minutes for 16,000 Services.
  const hosts = new Set<string>();
  const networks: Cidr[] = [];
  for (const c of cidrs) {
    const parsed = parseCidr(c);
    if (!parsed) continue;
    if (parsed.prefix === bitsOf(parsed.family)) hosts.add(formatCidr(parsed));
    else networks.push(parsed);
  }
  for (const s of services) {
    const own = hostCidr(s.ip);
    if (hosts.has(own) || networks.some((n) => cidrContainsIp(n, s.ip))) continue;
    hosts.add(own);
    ctx.add('assumed', 'import.assumed.clusterIpOutside', {
      clusterIP: s.clusterIP,
      service: s.id,
      cidrs: cidrs.join(', '),
      cidr: own,
    });
    cidrs.push(own);
  }
  return cidrs;
}

/** Services made up from rules: a port when no rule named one, and port names when several. */
function finishMadeUpServices(services: readonly ServiceDraft[], ctx: ImportContext): void {
  for (const s of services) {
    if (!s.synthesized) continue;
    if (!s.ports.length) {
      s.ports.push({ port: 80, protocol: 'TCP' });
      ctx.add('assumed', 'import.assumed.servicePort', {
        service: s.id,
        clusterIP: s.clusterIP,
        port: '80/TCP',
      });
    }
    if (s.ports.length > 1) {
      s.ports = s.ports.map((p) => ({ ...p, name: `${p.protocol.toLowerCase()}-${p.port}` }));
    }
  }
}

function toService(s: ServiceDraft, allLocal: boolean, ctx: ImportContext) {
  let inCluster: 'allPods' | 'sameNamespace' | 'none' = 'allPods';
  if (s.podPolicies === 0) {
    ctx.add('assumed', 'import.assumed.inCluster', { service: s.id });
  } else if (s.passTier) inCluster = s.restriction ?? 'allPods';
  else if (s.inClusterAll) inCluster = 'allPods';
  else if (s.inClusterNamespace) inCluster = 'sameNamespace';
  else inCluster = 'none';
  const ports: ServicePort[] = s.ports;
  return {
    id: s.id,
    name: s.name,
    namespace: s.namespace,
    clusterIP: s.clusterIP,
    ports,
    selector: s.selector,
    // The global mode is Local only when every service is; the others say so themselves.
    ...(s.local !== allLocal
      ? { trafficPolicy: s.local ? ('Local' as const) : ('Cluster' as const) }
      : {}),
    inCluster,
    ...(s.type ? { type: s.type } : {}),
  };
}
