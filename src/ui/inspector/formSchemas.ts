/**
 * What each inspector form holds while the user types (a draft: every input as text, lists as
 * rows), and the schema that turns a draft into a design value. Each schema checks the inputs
 * the format cannot see as text (label rows, comma lists) with the format's own field schemas,
 * converts, then pipes into the format's schema (src/model/design.ts): one source of truth, so a
 * value the form accepts is a value the format accepts. Issue paths are draft paths.
 */
import { z } from 'zod';
import {
  accessSchema,
  cidrSchema,
  clientSchema,
  clusterSchema,
  designSchema,
  ipSchema,
  labelsSchema,
  nodeSchema,
  podSchema,
  portOrRangeSchema,
  protocolSchema,
  serviceSchema,
  trafficPolicySchema,
  type Access,
  type Client,
  type Design,
  type DesignNode,
  type Pod,
  type Service,
} from '../../model/design';

/** One entry of a list of strings: react-hook-form's field arrays hold objects, not strings. */
export interface TextItem {
  value: string;
}

/** One label of a label map, as a row of the form. */
export interface LabelRow {
  key: string;
  value: string;
}

const textItems = (schema: z.ZodType<string, string>) => z.array(z.object({ value: schema }));
const toTexts = (items: readonly TextItem[]): string[] => items.map((i) => i.value);
const toItems = (texts: readonly string[]): TextItem[] => texts.map((value) => ({ value }));

const labelMap = labelsSchema.unwrap();
/** Label rows, each checked by the format's key and value schemas; a key may appear once. */
const labelRowsSchema = z
  .array(z.object({ key: labelMap.keyType, value: labelMap.valueType }))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.key))
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'form.labelKey.duplicate' });
      seen.add(row.key);
    });
  });
const toLabels = (rows: readonly LabelRow[]): Record<string, string> =>
  Object.fromEntries(rows.map((r) => [r.key, r.value]));
const toRows = (labels: Readonly<Record<string, string>>): LabelRow[] =>
  Object.entries(labels).map(([key, value]) => ({ key, value }));

/** A port typed as text: its number, or NaN (refused by the format's port schema) if it is none. */
function portFromText(text: string): number {
  const s = text.trim();
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

const listEntries = (text: string): string[] => text.split(/[\s,]+/).filter((s) => s !== '');

/** One entry of a port list: a port, or a range `lo:hi` kept as Calico writes it. */
function portOrRangeFromText(entry: string): number | string {
  return entry.includes(':') ? entry : portFromText(entry);
}

/** A list of ports and ranges typed as `22, 10250:10259`. */
export function portsFromText(text: string): (number | string)[] {
  return listEntries(text).map(portOrRangeFromText);
}

/** Why an entry of a port list is refused, as a message id of the inspector's words. */
export type PortEntryProblem =
  | 'ui.inspector.ports.entry.notPort'
  | 'ui.inspector.ports.entry.outOfRange'
  | 'ui.inspector.ports.entry.reversed';

/** The first entry of a port list the format refuses, and why; undefined when all are good. */
export function badPortEntry(
  text: string,
): { entry: string; messageId: PortEntryProblem } | undefined {
  for (const entry of listEntries(text)) {
    if (portOrRangeSchema.safeParse(portOrRangeFromText(entry)).success) continue;
    const numbers = /^(\d+)(?::(\d+))?$/.exec(entry);
    const lo = Number(numbers?.[1]);
    const hi = Number(numbers?.[2] ?? lo);
    const inBounds = [lo, hi].every((p) => p >= 1 && p <= 65535);
    let messageId: PortEntryProblem = 'ui.inspector.ports.entry.notPort';
    if (numbers && !inBounds) messageId = 'ui.inspector.ports.entry.outOfRange';
    else if (numbers && lo > hi) messageId = 'ui.inspector.ports.entry.reversed';
    return { entry, messageId };
  }
  return undefined;
}

/** `{ [key]: text }` when the text is not empty: an empty optional input means "absent". */
function optional<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
}

// Client -------------------------------------------------------------------------------------

export const clientFormSchema = z
  .object({ id: z.string(), name: z.string(), cidrs: textItems(cidrSchema) })
  .transform((d): z.input<typeof clientSchema> => ({
    id: d.id,
    name: d.name,
    cidrs: toTexts(d.cidrs),
  }))
  .pipe(clientSchema);
export type ClientDraft = z.input<typeof clientFormSchema>;

export function toClientDraft(client: Client): ClientDraft {
  return { id: client.id, name: client.name, cidrs: toItems(client.cidrs) };
}

// Node ---------------------------------------------------------------------------------------

export const nodeFormSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    labels: labelRowsSchema,
    interfaces: z.array(z.object({ name: z.string(), ips: textItems(ipSchema) })),
    tunnelIP: z.string(),
  })
  .transform((d): z.input<typeof nodeSchema> => ({
    id: d.id,
    name: d.name,
    labels: toLabels(d.labels),
    interfaces: d.interfaces.map((i) => ({ name: i.name, ips: toTexts(i.ips) })),
    ...optional('tunnelIP', d.tunnelIP),
  }))
  .pipe(nodeSchema);
export type NodeDraft = z.input<typeof nodeFormSchema>;

export function toNodeDraft(node: DesignNode): NodeDraft {
  return {
    id: node.id,
    name: node.name,
    labels: toRows(node.labels),
    interfaces: node.interfaces.map((i) => ({ name: i.name, ips: toItems(i.ips) })),
    tunnelIP: node.tunnelIP ?? '',
  };
}

// Service ------------------------------------------------------------------------------------

const servicePortRow = z.object({
  name: z.string(),
  port: z.string(),
  /** A number or a container port name; empty means the same as `port`. */
  targetPort: z.string(),
  protocol: protocolSchema,
});
export type ServicePortRow = z.input<typeof servicePortRow>;

function targetPortFromText(text: string): { targetPort?: number | string } {
  const s = text.trim();
  if (s === '') return {};
  return { targetPort: /^\d+$/.test(s) ? Number(s) : s };
}

export const serviceFormSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    namespace: z.string(),
    clusterIP: z.string(),
    ports: z.array(servicePortRow),
    selector: labelRowsSchema,
    /** `''`: follow the design's global traffic policy. */
    trafficPolicy: z.union([z.literal(''), trafficPolicySchema]),
    inCluster: serviceSchema.shape.inCluster.unwrap(),
  })
  .transform((d): z.input<typeof serviceSchema> => ({
    id: d.id,
    name: d.name,
    namespace: d.namespace,
    clusterIP: d.clusterIP,
    ports: d.ports.map((p) => ({
      ...optional('name', p.name),
      port: portFromText(p.port),
      ...targetPortFromText(p.targetPort),
      protocol: p.protocol,
    })),
    selector: toLabels(d.selector),
    ...(d.trafficPolicy === '' ? {} : { trafficPolicy: d.trafficPolicy }),
    inCluster: d.inCluster,
  }))
  .pipe(serviceSchema);
export type ServiceDraft = z.input<typeof serviceFormSchema>;

export function toServiceDraft(service: Service): ServiceDraft {
  return {
    id: service.id,
    name: service.name,
    namespace: service.namespace,
    clusterIP: service.clusterIP,
    ports: service.ports.map((p) => ({
      name: p.name ?? '',
      port: String(p.port),
      targetPort: p.targetPort === undefined ? '' : String(p.targetPort),
      protocol: p.protocol,
    })),
    selector: toRows(service.selector),
    trafficPolicy: service.trafficPolicy ?? '',
    inCluster: service.inCluster,
  };
}

// Pod ----------------------------------------------------------------------------------------

const containerPortRow = z.object({
  name: z.string(),
  containerPort: z.string(),
  protocol: protocolSchema,
});
export type ContainerPortRow = z.input<typeof containerPortRow>;

export const podFormSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    namespace: z.string(),
    labels: labelRowsSchema,
    node: z.string(),
    ip: z.string(),
    ports: z.array(containerPortRow),
  })
  .transform((d): z.input<typeof podSchema> => ({
    id: d.id,
    name: d.name,
    namespace: d.namespace,
    labels: toLabels(d.labels),
    node: d.node,
    ...optional('ip', d.ip),
    ...(d.ports.length === 0
      ? {}
      : {
          ports: d.ports.map((p) => ({
            ...optional('name', p.name),
            containerPort: portFromText(p.containerPort),
            protocol: p.protocol,
          })),
        }),
  }))
  .pipe(podSchema);
export type PodDraft = z.input<typeof podFormSchema>;

export function toPodDraft(pod: Pod): PodDraft {
  return {
    id: pod.id,
    name: pod.name,
    namespace: pod.namespace,
    labels: toRows(pod.labels),
    node: pod.node,
    ip: pod.ip ?? '',
    ports: (pod.ports ?? []).map((p) => ({
      name: p.name ?? '',
      containerPort: String(p.containerPort),
      protocol: p.protocol,
    })),
  };
}

// Access edge --------------------------------------------------------------------------------

export const accessFormSchema = z
  .object({ client: z.string(), service: z.string(), ports: z.array(z.number()) })
  .transform((d): z.input<typeof accessSchema> => ({
    client: d.client,
    service: d.service,
    // No port checked means every port: the format writes that as no `ports` at all.
    ...(d.ports.length === 0 ? {} : { ports: d.ports }),
  }))
  .pipe(accessSchema);
export type AccessDraft = z.input<typeof accessFormSchema>;

export function toAccessDraft(access: Access): AccessDraft {
  return { client: access.client, service: access.service, ports: access.ports ?? [] };
}

// Cluster settings ---------------------------------------------------------------------------

/** The part of a design the cluster form edits: its name, cluster settings and output profile. */
const clusterSettingsSchema = designSchema.pick({ name: true, cluster: true, output: true });
export type ClusterSettings = z.output<typeof clusterSettingsSchema>;

/**
 * Checks a comma list of ports and ranges with the format's schema; the list is one input, so its
 * message names the entry at fault (the resolver finds it again with `badPortEntry`).
 */
function checkPortList(text: string, path: string[], ctx: z.RefinementCtx): void {
  if (badPortEntry(text)) ctx.addIssue({ code: 'custom', path, message: 'form.portList.invalid' });
}

const outputShape = designSchema.shape.output.unwrap().shape;

export const clusterFormSchema = z
  .object({
    name: z.string(),
    cluster: z.object({
      podCidrs: textItems(cidrSchema),
      serviceCidrs: textItems(cidrSchema),
      nodePortRange: z.string(),
      nodeLabel: z.object({ key: z.string(), value: z.string() }),
      encapsulation: clusterSchema.shape.encapsulation.unwrap(),
      trafficPolicy: trafficPolicySchema,
      hostAccess: z
        .object({ mode: z.enum(['allExceptNodePorts', 'only']), tcp: z.string(), udp: z.string() })
        .superRefine((h, ctx) => {
          if (h.mode !== 'only') return;
          checkPortList(h.tcp, ['tcp'], ctx);
          checkPortList(h.udp, ['udp'], ctx);
        }),
    }),
    output: z.object({
      profile: outputShape.profile.unwrap(),
      calicoVersion: outputShape.calicoVersion.unwrap(),
      staged: z.boolean(),
    }),
  })
  .transform((d): z.input<typeof clusterSettingsSchema> => ({
    name: d.name,
    cluster: {
      ...d.cluster,
      podCidrs: toTexts(d.cluster.podCidrs),
      serviceCidrs: toTexts(d.cluster.serviceCidrs),
      hostAccess:
        d.cluster.hostAccess.mode === 'only'
          ? {
              mode: 'only',
              tcp: portsFromText(d.cluster.hostAccess.tcp),
              udp: portsFromText(d.cluster.hostAccess.udp),
            }
          : { mode: 'allExceptNodePorts' },
    },
    output: d.output,
  }))
  .pipe(clusterSettingsSchema);
export type ClusterDraft = z.input<typeof clusterFormSchema>;

/** The cluster settings of a design. */
export function clusterSettingsOf(design: Design): ClusterSettings {
  return { name: design.name, cluster: design.cluster, output: design.output };
}

export function toClusterDraft(settings: ClusterSettings): ClusterDraft {
  const { cluster } = settings;
  const hostAccess = cluster.hostAccess;
  return {
    name: settings.name,
    cluster: {
      podCidrs: toItems(cluster.podCidrs),
      serviceCidrs: toItems(cluster.serviceCidrs),
      nodePortRange: cluster.nodePortRange,
      nodeLabel: { ...cluster.nodeLabel },
      encapsulation: cluster.encapsulation,
      trafficPolicy: cluster.trafficPolicy,
      hostAccess:
        hostAccess.mode === 'only'
          ? { mode: 'only', tcp: hostAccess.tcp.join(', '), udp: hostAccess.udp.join(', ') }
          : { mode: 'allExceptNodePorts', tcp: '', udp: '' },
    },
    output: { ...settings.output },
  };
}
