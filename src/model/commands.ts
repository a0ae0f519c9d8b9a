/**
 * Every change to a design is a command, applied by one pure reducer. The UI never edits the
 * design another way (src/state dispatches these), so undo, autosave and sharing see every change.
 */
import { assertNever } from './assertNever';
import type {
  Access,
  Baseline,
  Client,
  Cluster,
  Design,
  DesignNode,
  ElementKind,
  Pod,
  Position,
  Profile,
  Service,
  TrafficPolicy,
} from './design';
import { cidrContainsIp, formatIp, parseCidr, parseIp } from '../net/ip';

/** One design element with its kind: what the palette adds and the inspector edits. */
export type Element =
  | { kind: 'client'; value: Client }
  | { kind: 'node'; value: DesignNode }
  | { kind: 'service'; value: Service }
  | { kind: 'pod'; value: Pod };

export type Command =
  | { type: 'replace'; design: Design }
  | { type: 'setName'; name: string }
  | { type: 'setCluster'; cluster: Cluster }
  | { type: 'setProfile'; profile: Profile }
  /** The output settings as a whole: profile, target Calico version, staged. */
  | { type: 'setOutput'; output: Design['output'] }
  | { type: 'setTrafficPolicy'; mode: TrafficPolicy }
  | { type: 'addElement'; element: Element; position?: Position }
  | { type: 'updateElement'; element: Element }
  | { type: 'removeElements'; ids: string[] }
  | { type: 'moveElements'; positions: Record<string, Position> }
  | { type: 'resetLayout' }
  | { type: 'movePod'; pod: string; node: string; position?: Position }
  | { type: 'addAccess'; access: Access }
  | { type: 'updateAccess'; access: Access }
  | { type: 'removeAccess'; client: string; service: string }
  /** The user says an inferred edge is what they want: the `inferred` mark goes. */
  | { type: 'confirmAccess'; client: string; service: string }
  /** "Nobody outside should reach this Service": every access edge to it goes, inferred ones too. */
  | { type: 'closeService'; service: string }
  /** What the cluster runs now: set (e.g. adopting the generated policies) or forgotten. */
  | { type: 'setBaseline'; baseline: Baseline | undefined };

function replaceById<T extends { id: string }>(list: readonly T[], value: T): T[] {
  return list.map((x) => (x.id === value.id ? value : x));
}

function withElement(design: Design, element: Element, mode: 'add' | 'update'): Design {
  switch (element.kind) {
    case 'client':
      return {
        ...design,
        clients:
          mode === 'add'
            ? [...design.clients, element.value]
            : replaceById(design.clients, element.value),
      };
    case 'node':
      return {
        ...design,
        nodes:
          mode === 'add'
            ? [...design.nodes, element.value]
            : replaceById(design.nodes, element.value),
      };
    case 'service':
      return {
        ...design,
        services:
          mode === 'add'
            ? [...design.services, element.value]
            : replaceById(design.services, element.value),
      };
    case 'pod':
      return {
        ...design,
        pods:
          mode === 'add'
            ? [...design.pods, element.value]
            : replaceById(design.pods, element.value),
      };
    default:
      return assertNever(element, 'element');
  }
}

function withoutLayout(layout: Design['layout'], ids: ReadonlySet<string>): Design['layout'] {
  return Object.fromEntries(Object.entries(layout).filter(([id]) => !ids.has(id)));
}

/** What removing these elements takes with it: pods on removed nodes and dependent access edges. */
export function removalOf(
  design: Design,
  ids: readonly string[],
): { ids: Set<string>; access: Access[] } {
  const gone = new Set(ids);
  for (const p of design.pods) if (gone.has(p.node)) gone.add(p.id);
  const access = design.access.filter((a) => gone.has(a.client) || gone.has(a.service));
  return { ids: gone, access };
}

/** Applies one command; returns the same object when nothing changes. */
export function applyCommand(design: Design, command: Command): Design {
  switch (command.type) {
    case 'replace':
      return command.design;
    case 'setName':
      return { ...design, name: command.name };
    case 'setCluster':
      return { ...design, cluster: command.cluster };
    case 'setProfile':
      return { ...design, output: { ...design.output, profile: command.profile } };
    case 'setOutput':
      return { ...design, output: command.output };
    case 'setTrafficPolicy':
      return { ...design, cluster: { ...design.cluster, trafficPolicy: command.mode } };
    case 'addElement': {
      const next = withElement(design, command.element, 'add');
      return command.position
        ? { ...next, layout: { ...next.layout, [command.element.value.id]: command.position } }
        : next;
    }
    case 'updateElement':
      return withElement(design, command.element, 'update');
    case 'removeElements': {
      const { ids } = removalOf(design, command.ids);
      return {
        ...design,
        nodes: design.nodes.filter((x) => !ids.has(x.id)),
        services: design.services.filter((x) => !ids.has(x.id)),
        pods: design.pods.filter((x) => !ids.has(x.id)),
        clients: design.clients.filter((x) => !ids.has(x.id)),
        access: design.access.filter((a) => !ids.has(a.client) && !ids.has(a.service)),
        layout: withoutLayout(design.layout, ids),
      };
    }
    case 'moveElements':
      return { ...design, layout: { ...design.layout, ...command.positions } };
    case 'resetLayout':
      return Object.keys(design.layout).length ? { ...design, layout: {} } : design;
    case 'movePod': {
      const pods = design.pods.map((p) =>
        p.id === command.pod ? { ...p, node: command.node } : p,
      );
      const layout = { ...design.layout };
      if (command.position) layout[command.pod] = command.position;
      else delete layout[command.pod];
      return { ...design, pods, layout };
    }
    case 'addAccess':
      if (
        design.access.some(
          (a) => a.client === command.access.client && a.service === command.access.service,
        )
      )
        return design;
      return { ...design, access: [...design.access, command.access] };
    case 'updateAccess': {
      // An edit is the user's word on the edge: it is no longer only inferred.
      const { inferred: _inferred, ...edited } = command.access;
      return {
        ...design,
        access: design.access.map((a) =>
          a.client === edited.client && a.service === edited.service ? edited : a,
        ),
      };
    }
    case 'confirmAccess': {
      const found = design.access.some(
        (a) => a.client === command.client && a.service === command.service && a.inferred,
      );
      if (!found) return design;
      return {
        ...design,
        access: design.access.map((a) => {
          if (a.client !== command.client || a.service !== command.service) return a;
          const { inferred: _inferred, ...confirmed } = a;
          return confirmed;
        }),
      };
    }
    case 'closeService':
      if (!design.access.some((a) => a.service === command.service)) return design;
      return { ...design, access: design.access.filter((a) => a.service !== command.service) };
    case 'setBaseline': {
      if (command.baseline) return { ...design, baseline: command.baseline };
      if (!design.baseline) return design;
      const { baseline: _baseline, ...rest } = design;
      return rest;
    }
    case 'removeAccess':
      return {
        ...design,
        access: design.access.filter(
          (a) => !(a.client === command.client && a.service === command.service),
        ),
      };
    default:
      return assertNever(command, 'command');
  }
}

/** Every id in use. */
export function idsOf(design: Design): Set<string> {
  return new Set(
    [...design.nodes, ...design.services, ...design.pods, ...design.clients].map((x) => x.id),
  );
}

/** `base`, or `base-2`, `base-3`… : the first that no element uses. */
export function freshId(design: Design, base: string): string {
  const taken = idsOf(design);
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 55) || 'x';
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

/** The first address of `cidr` (after `skip` addresses) not in `used`. */
function freeAddress(cidr: string, used: ReadonlySet<string>, skip: number): string | undefined {
  const c = parseCidr(cidr);
  if (!c) return undefined;
  const size = 1n << BigInt((c.family === 4 ? 32 : 128) - c.prefix);
  for (let i = BigInt(skip); i < size - 1n && i < BigInt(skip + 100000); i++) {
    const text = formatIp({ family: c.family, value: c.value + i });
    if (!used.has(text)) return text;
  }
  return undefined;
}

/** A new element of a kind, valid as it stands, with a fresh id and sensible defaults. */
export function newElement(design: Design, kind: ElementKind, nodeId?: string): Element {
  switch (kind) {
    case 'client': {
      const id = freshId(design, `client-${design.clients.length + 1}`);
      return { kind, value: { id, name: id, cidrs: ['198.51.100.0/24'] } };
    }
    case 'node': {
      const id = freshId(design, `node-${design.nodes.length + 1}`);
      return { kind, value: { id, name: id, labels: {}, interfaces: [{ name: 'eth0', ips: [] }] } };
    }
    case 'service': {
      const id = freshId(design, `svc-${design.services.length + 1}`);
      const used = new Set(design.services.map((s) => s.clusterIP));
      const clusterIP =
        freeAddress(design.cluster.serviceCidrs[0] ?? '10.96.0.0/12', used, 10) ?? '10.96.0.10';
      return {
        kind,
        value: {
          id,
          name: id,
          namespace: 'default',
          clusterIP,
          ports: [{ name: 'http', port: 80, targetPort: 80, protocol: 'TCP' }],
          selector: { app: id },
          inCluster: 'allPods',
        },
      };
    }
    case 'pod': {
      const id = freshId(design, `pod-${design.pods.length + 1}`);
      const node = nodeId ?? design.nodes[0]?.id ?? '';
      const used = new Set(design.pods.flatMap((p) => (p.ip ? [p.ip] : [])));
      const v4 =
        design.cluster.podCidrs.find((c) => parseCidr(c)?.family === 4) ??
        design.cluster.podCidrs[0];
      const ip = v4 ? freeAddress(v4, used, 10) : undefined;
      return {
        kind,
        value: { id, name: id, namespace: 'default', labels: {}, node, ...(ip ? { ip } : {}) },
      };
    }
    default:
      return assertNever(kind, 'element kind');
  }
}

/** A copy of an element with a fresh id and name, and a free address where it needs one. */
export function duplicateOf(design: Design, id: string): Element | undefined {
  const client = design.clients.find((x) => x.id === id);
  if (client) {
    const nid = freshId(design, `${client.id}-copy`);
    return { kind: 'client', value: { ...client, id: nid, name: `${client.name} copy` } };
  }
  const node = design.nodes.find((x) => x.id === id);
  if (node) {
    const nid = freshId(design, `${node.id}-copy`);
    return {
      kind: 'node',
      value: {
        ...node,
        id: nid,
        name: nid,
        interfaces: node.interfaces.map((i) => ({ ...i, ips: [] })),
      },
    };
  }
  const service = design.services.find((x) => x.id === id);
  if (service) {
    const nid = freshId(design, `${service.id}-copy`);
    const used = new Set(design.services.map((s) => s.clusterIP));
    const cidr = design.cluster.serviceCidrs.find((c) => {
      const ip = parseIp(service.clusterIP);
      const parsed = parseCidr(c);
      return ip && parsed && cidrContainsIp(parsed, ip);
    });
    const clusterIP =
      freeAddress(cidr ?? design.cluster.serviceCidrs[0] ?? '', used, 10) ?? service.clusterIP;
    return { kind: 'service', value: { ...service, id: nid, name: nid, clusterIP } };
  }
  const pod = design.pods.find((x) => x.id === id);
  if (pod) {
    const nid = freshId(design, `${pod.id}-copy`);
    const used = new Set(design.pods.flatMap((p) => (p.ip ? [p.ip] : [])));
    const cidr = design.cluster.podCidrs[0];
    const ip = pod.ip && cidr ? freeAddress(cidr, used, 10) : undefined;
    const { ip: _old, ...rest } = pod;
    return { kind: 'pod', value: { ...rest, id: nid, name: nid, ...(ip ? { ip } : {}) } };
  }
  return undefined;
}

/** The element with this id, with its kind. */
export function elementById(design: Design, id: string): Element | undefined {
  const client = design.clients.find((x) => x.id === id);
  if (client) return { kind: 'client', value: client };
  const node = design.nodes.find((x) => x.id === id);
  if (node) return { kind: 'node', value: node };
  const service = design.services.find((x) => x.id === id);
  if (service) return { kind: 'service', value: service };
  const pod = design.pods.find((x) => x.id === id);
  return pod ? { kind: 'pod', value: pod } : undefined;
}
