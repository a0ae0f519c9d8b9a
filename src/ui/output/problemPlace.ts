/**
 * Where a problem is, as a person reads it: the element by its kind and name and the field by the
 * inspector's own label ("Service default/web · Port 1 target port"), not the data path
 * (`services[0].ports[0].targetPort`), which stays for the JSON and the CLI (issue #16).
 */
import type { AnyMessageId as MessageId, Translate } from '../../i18n/t';
import type { Design } from '../../model/design';

type Segment = string | number;

/** `services[0].ports[1].port` → `['services', 0, 'ports', 1, 'port']`. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return out;
}

/** The inspector's label of a field, by its element kind and the path inside the element. */
function fieldLabel(kind: string, rest: readonly Segment[], t: Translate): string | undefined {
  const [key, i, sub, j, subsub] = rest;
  const n = typeof i === 'number' ? i + 1 : undefined;
  const plain: Record<string, MessageId> = {
    name: 'ui.inspector.name',
    namespace: 'ui.inspector.namespace',
    labels: 'ui.inspector.labels',
  };
  if (typeof key !== 'string') return undefined;
  if (rest.length === 1 && Object.hasOwn(plain, key)) return t(plain[key]!);
  switch (kind) {
    case 'services': {
      const own: Record<string, MessageId> = {
        clusterIP: 'ui.inspector.service.clusterIP',
        selector: 'ui.inspector.service.selector',
        trafficPolicy: 'ui.inspector.service.trafficPolicy',
        inCluster: 'ui.inspector.service.inCluster',
      };
      if (Object.hasOwn(own, key)) return t(own[key]!);
      if (key === 'ports' && n !== undefined) {
        const ids: Record<string, MessageId> = {
          name: 'ui.inspector.service.port.name',
          port: 'ui.inspector.service.port.port',
          targetPort: 'ui.inspector.service.port.targetPort',
          protocol: 'ui.inspector.service.port.protocol',
        };
        const id = typeof sub === 'string' && Object.hasOwn(ids, sub) ? ids[sub]! : undefined;
        return t(id ?? 'ui.inspector.service.port.port', { n });
      }
      return undefined;
    }
    case 'clients':
      if (key === 'cidrs') {
        return n !== undefined
          ? t('ui.inspector.client.cidr.label', { n })
          : t('ui.inspector.client.cidrs');
      }
      return undefined;
    case 'nodes':
      if (key === 'tunnelIP') return t('ui.inspector.node.tunnelIP');
      if (key !== 'interfaces') return undefined;
      if (n === undefined) return t('ui.inspector.node.interfaces');
      if (sub === 'ips' && typeof j === 'number') {
        return t('ui.inspector.node.interface.ip', { n, k: j + 1 });
      }
      return sub === 'ips' && subsub === undefined
        ? t('ui.inspector.node.interface.ip', { n, k: 1 })
        : t('ui.inspector.node.interface.name', { n });
    case 'pods': {
      if (key === 'node') return t('ui.inspector.pod.node');
      if (key === 'ip') return t('ui.inspector.pod.ip');
      if (key !== 'ports') return undefined;
      if (n === undefined) return t('ui.inspector.pod.containerPorts');
      const ids: Record<string, MessageId> = {
        name: 'ui.inspector.pod.containerPort.name',
        containerPort: 'ui.inspector.pod.containerPort.port',
        protocol: 'ui.inspector.pod.containerPort.protocol',
      };
      const id = typeof sub === 'string' && Object.hasOwn(ids, sub) ? ids[sub]! : undefined;
      return t(id ?? 'ui.inspector.pod.containerPort.port', { n });
    }
    default:
      return undefined;
  }
}

/** The cluster settings' label of one of their fields. */
function clusterLabel(rest: readonly Segment[], t: Translate): string | undefined {
  const [key, i] = rest;
  const n = typeof i === 'number' ? i + 1 : undefined;
  switch (key) {
    case 'podCidrs':
      return t('ui.inspector.cluster.podCidr', { n: n ?? 1 });
    case 'serviceCidrs':
      return t('ui.inspector.cluster.serviceCidr', { n: n ?? 1 });
    case 'nodePortRange':
      return t('ui.inspector.cluster.nodePortRange');
    case 'encapsulation':
      return t('ui.inspector.cluster.encapsulation');
    case 'hostAccess':
      return t('ui.inspector.cluster.hostAccess');
    case 'nodeLabel':
      return t(
        i === 'value'
          ? 'ui.inspector.cluster.nodeLabel.value'
          : 'ui.inspector.cluster.nodeLabel.key',
      );
    case 'trafficPolicy':
      return t('ui.inspector.service.trafficPolicy');
    default:
      return undefined;
  }
}

const HEADINGS: Record<string, MessageId> = {
  services: 'ui.inspector.service.heading',
  clients: 'ui.inspector.client.heading',
  nodes: 'ui.inspector.node.heading',
  pods: 'ui.inspector.pod.heading',
};

/** The element a path is in, by kind and name ("Service default/web"). */
function elementLabel(
  design: Design,
  kind: string,
  index: number,
  t: Translate,
): string | undefined {
  const heading = HEADINGS[kind];
  if (!heading) return undefined;
  let name: string | undefined;
  if (kind === 'services') {
    const s = design.services[index];
    name = s && `${s.namespace}/${s.name}`;
  } else if (kind === 'pods') {
    const p = design.pods[index];
    name = p && `${p.namespace}/${p.name}`;
  } else if (kind === 'clients') name = design.clients[index]?.name;
  else if (kind === 'nodes') name = design.nodes[index]?.name;
  return name === undefined ? undefined : `${t(heading)} ${name}`;
}

/**
 * A problem's place in words: `Service default/web · Port 1 target port`,
 * `Access office → web`, `Cluster · Pod CIDR 1`. Undefined when the path names nothing this
 * design has (the caller shows the path itself).
 */
export function placeOfPath(design: Design, path: string, t: Translate): string | undefined {
  const [kind, index, ...rest] = pathSegments(path);
  if (kind === 'cluster') {
    const field = clusterLabel(index === undefined ? [] : [index, ...rest], t);
    return field
      ? `${t('ui.inspector.cluster.heading')} · ${field}`
      : t('ui.inspector.cluster.heading');
  }
  if (kind === 'output') {
    return `${t('ui.inspector.cluster.heading')} · ${t('ui.inspector.cluster.output')}`;
  }
  if (typeof kind !== 'string' || typeof index !== 'number') return undefined;
  if (kind === 'access') {
    const edge = design.access[index];
    const client = edge && design.clients.find((c) => c.id === edge.client);
    const service = edge && design.services.find((s) => s.id === edge.service);
    if (!client || !service) return undefined;
    return `${t('ui.inspector.access.heading')} ${client.name} → ${service.name}`;
  }
  const element = elementLabel(design, kind, index, t);
  if (!element) return undefined;
  const field = rest.length ? fieldLabel(kind, rest, t) : undefined;
  return field ? `${element} · ${field}` : element;
}
