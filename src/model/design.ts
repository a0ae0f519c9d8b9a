/**
 * The design format, version 2: one JSON document describes a whole design. Version 2 added the
 * baseline (what a running cluster enforces now), inferred access edges and a Service's type and
 * node ports; version 1 documents open through the migration in migrate.ts. This zod schema is
 * the single source of truth: it validates files, permalinks and CLI input, types the app's state,
 * and backs the inspector forms. Field-level errors carry message ids (src/i18n), never sentences.
 * Cross-field rules (references, containment, uniqueness) live in validateDesign.ts.
 */
import { z } from 'zod';
import { hasHostBits, parseCidr, parseIp } from '../net/ip';
import {
  isDnsLabel,
  isDnsSubdomain,
  isElementId,
  isInterfaceName,
  isLabelKey,
  isLabelValue,
  isPortName,
  isServiceName,
} from './names';
import { isPlainText } from '../text/plainText';

export const DESIGN_VERSION = 2;

/** Calico releases the generator writes for, oldest first. */
export const CALICO_VERSIONS = ['3.26', '3.27', '3.28', '3.29', '3.30', '3.31', '3.32'] as const;
export type CalicoVersion = (typeof CALICO_VERSIONS)[number];
export const NEWEST_CALICO: CalicoVersion = '3.32';

/** Whether `version` is `since` or newer. */
export function calicoAtLeast(version: CalicoVersion, since: CalicoVersion): boolean {
  return CALICO_VERSIONS.indexOf(version) >= CALICO_VERSIONS.indexOf(since);
}

const text = (test: (s: string) => boolean, messageId: string) =>
  z.string().refine(test, { message: messageId });

/**
 * Free text (a design's or a client's name) takes every printable character, but no line break,
 * control or bidirectional override, so it cannot break out of the comment, heading or command it
 * is written into (src/text/plainText.ts).
 */
const plainText = (min: number, max: number) =>
  z.string().min(min).max(max).refine(isPlainText, { message: 'name.unsafeText', abort: true });

/**
 * A strictly masked IPv4 or IPv6 CIDR (VALIDATION.md §5), its prefix written as Calico prints it:
 * the YAML carries the text as typed, and `10.0.0.0/08`, which Calico reads as `/8`, is no
 * canonical network (§11.3).
 */
export const cidrSchema = z.string().superRefine((value, ctx) => {
  const c = parseCidr(value);
  if (!c || !value.endsWith(`/${c.prefix}`))
    ctx.addIssue({ code: 'custom', message: 'net.cidr.invalid' });
  else if (hasHostBits(c)) ctx.addIssue({ code: 'custom', message: 'net.cidr.hostBits' });
});
export const ipSchema = text((s) => parseIp(s) !== undefined, 'net.ip.invalid');
export const idSchema = text(isElementId, 'name.id');
export const portNumberSchema = z.int().min(1).max(65535);
export const protocolSchema = z.enum(['TCP', 'UDP', 'SCTP']);
export const trafficPolicySchema = z.enum(['Cluster', 'Local']);
export const labelsSchema = z
  .record(text(isLabelKey, 'name.labelKey'), text(isLabelValue, 'name.labelValue'))
  .default({});

/** `"lo:hi"` with 1 ≤ lo ≤ hi ≤ 65535, Calico's port-range syntax. */
export function parsePortRange(s: string): { min: number; max: number } | undefined {
  const m = /^([1-9][0-9]{0,4}):([1-9][0-9]{0,4})$/.exec(s);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = Number(m[2]);
  return min <= max && max <= 65535 ? { min, max } : undefined;
}

/** A port, or a range `"lo:hi"` as Calico writes it (`"10250:10259"`). */
export const portOrRangeSchema = z.union([
  portNumberSchema,
  text((s) => parsePortRange(s) !== undefined, 'portRange.invalid'),
]);

/**
 * What reaches the nodes themselves from outside the cluster. Node addresses, tunnel addresses and
 * pod CIDRs always reach the nodes, whatever the mode: the policy decides for external sources
 * only, so no setting can cut the cluster's own traffic.
 */
const hostAccessSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('allExceptNodePorts') }),
  z.strictObject({
    mode: z.literal('only'),
    tcp: z.array(portOrRangeSchema).default([]),
    udp: z.array(portOrRangeSchema).default([]),
  }),
]);

export const clusterSchema = z.strictObject({
  podCidrs: z.array(cidrSchema).min(1),
  serviceCidrs: z.array(cidrSchema).min(1),
  nodePortRange: text((s) => parsePortRange(s) !== undefined, 'portRange.invalid').default(
    '30000:32767',
  ),
  nodeLabel: z
    .strictObject({
      key: text(isLabelKey, 'name.labelKey'),
      value: text(isLabelValue, 'name.labelValue'),
    })
    .default({ key: 'k8s-role', value: 'node' }),
  encapsulation: z.enum(['None', 'IPIP', 'VXLAN']).default('None'),
  trafficPolicy: trafficPolicySchema.default('Cluster'),
  hostAccess: hostAccessSchema.default({ mode: 'allExceptNodePorts' }),
  /**
   * Felix's `failsafeInboundHostPorts`, when the cluster overrides Calico's defaults
   * (SEMANTICS.md §2.5); absent = the defaults. Used by the simulator and the failsafe lint.
   */
  failsafeInboundHostPorts: z
    .array(
      z.strictObject({
        protocol: z.enum(['TCP', 'UDP']),
        port: portNumberSchema,
        net: cidrSchema.optional(),
      }),
    )
    .optional(),
});

export const interfaceSchema = z.strictObject({
  name: text(isInterfaceName, 'name.interface'),
  ips: z.array(ipSchema).default([]),
});

export const nodeSchema = z.strictObject({
  id: idSchema,
  name: text(isDnsSubdomain, 'name.dnsSubdomain'),
  labels: labelsSchema,
  interfaces: z.array(interfaceSchema).default([]),
  tunnelIP: ipSchema.optional(),
});

export const servicePortSchema = z.strictObject({
  name: text(isPortName, 'name.portName').optional(),
  port: portNumberSchema,
  targetPort: z.union([portNumberSchema, text(isPortName, 'name.portName')]).optional(),
  protocol: protocolSchema.default('TCP'),
  /** The node port Kubernetes allocated, for a NodePort or LoadBalancer Service (read from a dump). */
  nodePort: portNumberSchema.optional(),
});

/** A Service's `spec.type`; absent means ClusterIP (what the app draws). */
export const serviceTypeSchema = z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']);

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: text(isServiceName, 'name.serviceName'),
  namespace: text(isDnsLabel, 'name.dnsLabel').default('default'),
  clusterIP: ipSchema,
  ports: z.array(servicePortSchema).min(1),
  selector: labelsSchema,
  trafficPolicy: trafficPolicySchema.optional(),
  inCluster: z.enum(['allPods', 'sameNamespace', 'none']).default('allPods'),
  type: serviceTypeSchema.optional(),
});

export const containerPortSchema = z.strictObject({
  name: text(isPortName, 'name.portName').optional(),
  containerPort: portNumberSchema,
  protocol: protocolSchema.default('TCP'),
});

export const podSchema = z.strictObject({
  id: idSchema,
  name: text(isDnsSubdomain, 'name.dnsSubdomain'),
  namespace: text(isDnsLabel, 'name.dnsLabel').default('default'),
  labels: labelsSchema,
  node: idSchema,
  ip: ipSchema.optional(),
  ports: z.array(containerPortSchema).optional(),
});

export const clientSchema = z.strictObject({
  id: idSchema,
  name: plainText(1, 253),
  cidrs: z.array(cidrSchema).min(1),
});

export const accessSchema = z.strictObject({
  client: idSchema,
  service: idSchema,
  ports: z.array(portNumberSchema).min(1).optional(),
  /**
   * Read from the allow rules of a running cluster's policy (the baseline), not said by the user:
   * shown as "inferred" until the user confirms or edits the edge, which drops the mark.
   */
  inferred: z.literal(true).optional(),
});

/** At most this many resources in a baseline (a 200-node cluster's policy fits many times over). */
export const MAX_BASELINE_RESOURCES = 20_000;

/** The kinds a baseline keeps: everything that decides or shapes what reaches what. */
export const BASELINE_KINDS = [
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
  'HostEndpoint',
  'GlobalNetworkSet',
  'NetworkSet',
  'Tier',
  'BGPConfiguration',
  'FelixConfiguration',
  'KubeControllersConfiguration',
] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/**
 * One resource of the baseline, as the cluster holds it: Calico's kinds in `projectcalico.org/v3`
 * form, Kubernetes NetworkPolicies as `networking.k8s.io/v1` `NetworkPolicy`. Only the envelope is
 * checked here; the content is judged by the validator when read, and by the simulator.
 */
export const baselineResourceSchema = z
  .object({
    apiVersion: z.enum(['projectcalico.org/v3', 'networking.k8s.io/v1']),
    kind: z.enum(BASELINE_KINDS),
    metadata: z
      .object({
        name: text(isDnsSubdomain, 'name.dnsSubdomain'),
        namespace: text(isDnsLabel, 'name.dnsLabel').optional(),
      })
      .loose(),
  })
  .loose()
  .refine((r) => r.apiVersion !== 'networking.k8s.io/v1' || r.kind === 'NetworkPolicy', {
    message: 'baseline.apiVersion',
  });

/**
 * What the cluster runs now, kept verbatim from an import: the policy the audit judges and the
 * change preview compares against. Never written into the generated output.
 */
export const baselineSchema = z.strictObject({
  resources: z.array(baselineResourceSchema).max(MAX_BASELINE_RESOURCES),
  /** The files (or "stdin", "pasted text") the resources were read from, for the report. */
  sources: z.array(plainText(1, 253)).max(1000).default([]),
});

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const designSchema = z.strictObject({
  version: z.literal(DESIGN_VERSION),
  name: plainText(0, 253).default(''),
  cluster: clusterSchema,
  nodes: z.array(nodeSchema).default([]),
  services: z.array(serviceSchema).default([]),
  pods: z.array(podSchema).default([]),
  clients: z.array(clientSchema).default([]),
  access: z.array(accessSchema).default([]),
  output: z
    .strictObject({
      profile: z.enum(['hardened', 'guide']).default('hardened'),
      /** The Calico release the output is written for: it decides tiers, staged kinds, names. */
      calicoVersion: z.enum(CALICO_VERSIONS).default(NEWEST_CALICO),
      /** Write staged policies (Calico ≥ 3.30): they record what they would do and enforce nothing. */
      staged: z.boolean().default(false),
    })
    .default({ profile: 'hardened', calicoVersion: NEWEST_CALICO, staged: false }),
  layout: z.record(plainText(1, 253), positionSchema).default({}),
  /** What the cluster runs now (from an import); absent when the design was drawn from scratch. */
  baseline: baselineSchema.optional(),
});

/** A design with every default filled in: what the app, generator and simulator work on. */
export type Design = z.output<typeof designSchema>;
/** A design as written in a file: defaults may be left out. */
export type DesignInput = z.input<typeof designSchema>;
export type Cluster = Design['cluster'];
export type HostAccess = Cluster['hostAccess'];
export type DesignNode = Design['nodes'][number];
export type NodeInterface = DesignNode['interfaces'][number];
export type Service = Design['services'][number];
export type ServicePort = Service['ports'][number];
export type Pod = Design['pods'][number];
export type ContainerPort = NonNullable<Pod['ports']>[number];
export type Client = Design['clients'][number];
export type Access = Design['access'][number];
export type Protocol = z.output<typeof protocolSchema>;
export type TrafficPolicy = z.output<typeof trafficPolicySchema>;
export type Profile = Design['output']['profile'];
export type Position = z.output<typeof positionSchema>;
export type ServiceType = z.output<typeof serviceTypeSchema>;
export type Baseline = NonNullable<Design['baseline']>;
export type BaselineResource = Baseline['resources'][number];

/** The four kinds of element a user draws; access edges are drawn between them. */
export type ElementKind = 'client' | 'node' | 'service' | 'pod';

/** The traffic policy in force for one service: its override, else the design's global mode. */
export function effectiveTrafficPolicy(design: Design, service: Service): TrafficPolicy {
  return service.trafficPolicy ?? design.cluster.trafficPolicy;
}

/** The port the backend listens on: `targetPort`, defaulting to `port`. */
export function targetPortOf(port: ServicePort): number | string {
  return port.targetPort ?? port.port;
}
