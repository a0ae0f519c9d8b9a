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
import type { MessageParams } from '../i18n/format';
import { validateYaml } from '../calico/validateResources';
import {
  CALICO_VERSIONS,
  NEWEST_CALICO,
  calicoAtLeast,
  type CalicoVersion,
  type Cluster,
  type Design,
  type DesignInput,
  type Profile,
  type ServicePort,
} from '../model/design';
import { hostCidr, networkOf, formatCidr, parseCidr } from '../net/ip';
import { describeProblem, validateDesign } from '../model/validateDesign';
import { ImportContext, field, list, setKeys, str, type Located } from './context';
import { chooseNodeLabel, readNodes } from './readNodes';
import { readNetworkSets } from './clientSources';
import { problemsOfNewKinds, readStaged, readTiers } from './policyKinds';
import { PolicyReader, ServiceIndex, cidrHolding } from './readPolicies';
import { readServices, type ServiceDraft } from './readServices';
import { restoreDesign } from './restoreDesign';
import { settleClients } from './settleClients';
import { scanYaml, type YamlScan } from './scanYaml';
import type { ImportResult } from './types';
import { firstUnsafeChar } from '../text/plainText';

/** Input over this many characters is refused before parsing. */
export const MAX_IMPORT_LENGTH = 5 * 1024 * 1024;
/** More YAML aliases than this are refused (Kubernetes manifests rarely use any). */
export const MAX_ALIASES = 100;
/** Aliases may add at most this many values when expanded. */
export const MAX_ALIAS_GROWTH = 100_000;

const DEFAULT_POD_CIDR = '192.168.0.0/16';
const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
const DEFAULT_NODE_PORT_RANGE = '30000:32767';

const KINDS = [
  'Service',
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'HostEndpoint',
  'BGPConfiguration',
  'GlobalNetworkSet',
  'Tier',
];

/** API versions whose documents are judged; others (apps/v1, networking.k8s.io/v1…) are skipped. */
const READ_API_VERSIONS = ['v1', 'projectcalico.org/v3', 'crd.projectcalico.org/v1'];

/** The header's first line; since issue #12 it also names the target Calico (and staged output). */
const HEADER =
  /^# Generated by ClusterIP Policy Designer from the design "(.*)" \(profile: (guide|hardened)(?:, Calico ([0-9]+\.[0-9]+))?(?:, staged)?\)\.\r?$/m;

/** Imports YAML into a design; `design` is undefined when nothing could be built. Never throws. */
export function importYaml(text: string): ImportResult {
  const ctx = new ImportContext(undefined);
  try {
    return run(typeof text === 'string' ? text : '', ctx);
  } catch (e) {
    // Defensive: a file must never crash the app. Reaching this is a bug to report.
    ctx.add('rejected', 'import.internal', { detail: e instanceof Error ? e.message : String(e) });
    return { design: undefined, report: { items: ctx.items } };
  }
}

interface Buckets {
  services: Located[];
  policies: Located[];
  heps: Located[];
  bgp: Located[];
  sets: Located[];
  tiers: Located[];
}

function run(text: string, outer: ImportContext): ImportResult {
  const refuse = (
    messageId: 'import.tooLarge' | 'import.tooManyAliases' | 'import.aliasGrowth',
    params: MessageParams,
  ) => {
    outer.add('rejected', messageId, params);
    return { design: undefined, report: { items: outer.items } };
  };
  if (text.length > MAX_IMPORT_LENGTH)
    return refuse('import.tooLarge', { size: text.length, max: MAX_IMPORT_LENGTH });
  const scan = scanYaml(text);
  if (scan.aliases > MAX_ALIASES)
    return refuse('import.tooManyAliases', { count: scan.aliases, max: MAX_ALIASES });
  if (scan.aliasGrowth > MAX_ALIAS_GROWTH)
    return refuse('import.aliasGrowth', { max: MAX_ALIAS_GROWTH });

  const ctx = new ImportContext(scan);
  const parsed = validateYaml(text);
  const restored = restoreDesign(text, parsed.documents, ctx);
  if (restored) return { design: restored, report: { items: ctx.items } };
  const buckets = sortDocuments(parsed, scan, ctx);
  const design = build(text, buckets, ctx);
  ctx.items.sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
  return { design, report: { items: ctx.items } };
}

/** Validates every document as Calico would and files the valid ones by kind. */
function sortDocuments(
  { documents, problems }: ReturnType<typeof validateYaml>,
  scan: YamlScan,
  ctx: ImportContext,
): Buckets {
  const buckets: Buckets = { services: [], policies: [], heps: [], bgp: [], sets: [], tiers: [] };
  documents.forEach((value, doc) => {
    const kind = str(field(value, 'kind'));
    const mine = problemsOfNewKinds(
      value,
      kind ?? '',
      problems.filter((p) => p.doc === doc),
    );
    const name = str(field(field(value, 'metadata'), 'name')) ?? '';
    const apiVersion = str(field(value, 'apiVersion'));
    const foreignApi = apiVersion !== undefined && !READ_API_VERSIONS.includes(apiVersion);
    if (
      kind !== undefined &&
      (foreignApi ||
        (!KINDS.includes(kind) && !KINDS.some((k) => k.toLowerCase() === kind.toLowerCase())))
    ) {
      // A Deployment, a ConfigMap or a Kubernetes NetworkPolicy is not wrong, just not part of a
      // design (which writes Calico's own policies).
      const named = name ? `${kind} ${name}` : kind;
      const resource = foreignApi ? `${named} (${apiVersion})` : named;
      ctx.add('ignored', 'import.ignored.kind', { resource }, { resource: { doc, kind, name } });
      return;
    }
    if (mine.length) {
      for (const p of mine) {
        const resource = p.kind ? `${p.kind} ${p.name ?? ''}`.trim() : `document ${doc + 1}`;
        ctx.items.push({
          severity: 'rejected',
          line: p.line ?? (scan.docs[doc] ? scan.lineOf(scan.docs[doc].start) : 0),
          ...(p.kind ? { kind: p.kind } : {}),
          ...(p.name ? { name: p.name } : {}),
          ...(p.path ? { path: p.path } : {}),
          messageId: 'import.rejected',
          params: { resource, at: p.path || 'the document', detail: p.message },
        });
      }
      return;
    }
    if (value === null || value === undefined || kind === undefined) return;
    const located: Located = { doc, kind, name, value: value as Located['value'] };
    if (kind === 'Service') buckets.services.push(located);
    else if (kind === 'HostEndpoint') buckets.heps.push(located);
    else if (kind === 'BGPConfiguration') buckets.bgp.push(located);
    else if (kind === 'GlobalNetworkSet') buckets.sets.push(located);
    else if (kind === 'Tier') buckets.tiers.push(located);
    else buckets.policies.push(located);
  });
  return buckets;
}

function build(text: string, b: Buckets, ctx: ImportContext): Design | undefined {
  if (
    !b.services.length &&
    !b.heps.length &&
    !b.bgp.length &&
    !b.policies.length &&
    !b.sets.length
  ) {
    ctx.add('rejected', 'import.nothing', {});
    return undefined;
  }
  const header = HEADER.exec(text.slice(0, 2000));
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

  const mappedAnything =
    services.length + nodes.length + access.length + clients.length + b.bgp.length > 0;
  if (!mappedAnything) {
    // Defaults for a design that will not be built are noise.
    const kept = ctx.items.filter((i) => i.severity !== 'assumed' || i.line > 0);
    ctx.items.splice(0, ctx.items.length, ...kept);
    ctx.add('rejected', 'import.nothing', {});
    return undefined;
  }
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
    access,
    output: {
      profile,
      ...(staged ? { staged } : {}),
      ...calicoVersionOf(header?.[3], staged, ctx),
    },
    layout: {},
  };
  if (header) {
    const line = text.slice(0, header.index).split('\n').length;
    ctx.items.push(
      unsafe
        ? {
            severity: 'ignored',
            line,
            messageId: 'import.ignored.unsafeName',
            params: { char: unsafe.codePoint },
          }
        : {
            severity: 'mapped',
            line,
            messageId: 'import.mapped.name',
            params: { name: headerName },
          },
    );
  }
  const checked = validateDesign(candidate);
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
  for (const s of services) {
    if (cidrHolding(cidrs, s.clusterIP)) continue;
    const own = hostCidr(s.ip);
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
