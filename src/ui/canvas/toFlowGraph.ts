/**
 * React Flow is a projection of the design: this builds its nodes and edges. The canvas never owns
 * the truth; canvas events become design commands (src/state).
 */
import type { Node } from '@xyflow/react';
import type { Translate } from '../../i18n/t';
import type { Client, Design, DesignNode, Pod, Service } from '../../model/design';
import { NODE_WIDTH, layoutOf, nodeHeight } from '../../model/layout';
import { podsOfService } from '../../model/query';
import { CARD_HANDLES, CARD_HEIGHT, CARD_WIDTH } from './cardSize';
import type { NodeGroup, PodGroup } from './groups';

export type ClientFlowNode = Node<{ client: Client }, 'client'>;
export type ServiceFlowNode = Node<
  { service: Service; mode: Design['cluster']['trafficPolicy'] },
  'service'
>;
export type HostFlowNode = Node<{ node: DesignNode }, 'host'>;
export type PodFlowNode = Node<{ pod: Pod }, 'pod'>;
/** A large design's group cards (groups.ts): a node group's frame and a card of pods. */
export type NodeGroupFlowNode = Node<{ group: NodeGroup; open: boolean }, 'nodeGroup'>;
export type PodGroupFlowNode = Node<{ group: PodGroup; open: boolean }, 'podGroup'>;
export type FlowNode =
  | ClientFlowNode
  | ServiceFlowNode
  | HostFlowNode
  | PodFlowNode
  | NodeGroupFlowNode
  | PodGroupFlowNode;

/** An access edge (drawn by AccessLinks, not as a React Flow edge). */
export interface AccessLink {
  id: string;
  client: string;
  service: string;
  /** The ports it grants, as its label shows them. */
  label: string;
  /** `Access from office to svc-a`. */
  name: string;
  /** The label button's accessible name: the edge's name and its ports. */
  labelName: string;
}

/** A Service's link to a pod its selector selects (drawn by SelectorLinks, not as an edge). */
export interface SelectorLink {
  id: string;
  service: string;
  pod: string;
}

/** Id of the edge drawn for `access[i]`. */
export function accessEdgeId(client: string, service: string): string {
  return `access:${client}->${service}`;
}

/**
 * The React Flow graph of a design, its names and labels in `t`'s language. The order of the nodes
 * is the Tab order on the canvas: clients, services, then each node followed by its own pods.
 * Each element comes with the size canvas.css gives it and its handles (cardSize.ts), so that
 * React Flow draws elements and edges in its first pass; the canvas replaces both by what React
 * Flow measured, where that differs.
 */
export function toFlowGraph(
  design: Design,
  t: Translate,
): { nodes: FlowNode[]; access: AccessLink[]; links: SelectorLink[] } {
  const { positions: pos, nodeHeights } = layoutOf(design);
  const at = (id: string) => pos[id] ?? { x: 0, y: 0 };
  const nodes: FlowNode[] = [];
  for (const c of design.clients) {
    nodes.push({
      id: c.id,
      type: 'client',
      position: at(c.id),
      data: { client: c },
      measured: { width: CARD_WIDTH.client, height: CARD_HEIGHT },
      handles: CARD_HANDLES.client,
      ariaLabel: t('ui.canvas.node.client', { name: c.name, cidrs: c.cidrs.join(', ') }),
    });
  }
  for (const s of design.services) {
    nodes.push({
      id: s.id,
      type: 'service',
      position: at(s.id),
      data: { service: s, mode: s.trafficPolicy ?? design.cluster.trafficPolicy },
      measured: { width: CARD_WIDTH.service, height: CARD_HEIGHT },
      handles: CARD_HANDLES.service,
      ariaLabel: t('ui.canvas.node.service', {
        namespace: s.namespace,
        name: s.name,
        clusterIP: s.clusterIP,
      }),
    });
  }
  const podsOn = new Map<string, Pod[]>(design.nodes.map((n) => [n.id, []]));
  for (const p of design.pods) podsOn.get(p.node)?.push(p);
  const pod = (p: Pod, inside: boolean): PodFlowNode => ({
    id: p.id,
    type: 'pod',
    position: at(p.id),
    data: { pod: p },
    measured: { width: CARD_WIDTH.pod, height: CARD_HEIGHT },
    handles: CARD_HANDLES.pod,
    ...(inside ? { parentId: p.node } : {}),
    ariaLabel: p.ip
      ? t('ui.canvas.node.podWithIP', { namespace: p.namespace, name: p.name, ip: p.ip })
      : t('ui.canvas.node.pod', { namespace: p.namespace, name: p.name }),
  });
  for (const n of design.nodes) {
    const height = nodeHeights[n.id] ?? nodeHeight(0);
    nodes.push({
      id: n.id,
      type: 'host',
      position: at(n.id),
      data: { node: n },
      style: { width: NODE_WIDTH, height },
      measured: { width: NODE_WIDTH, height },
      handles: CARD_HANDLES.host,
      ariaLabel: t('ui.canvas.node.host', { name: n.name }),
    });
    // A parent before its children, as React Flow requires.
    for (const p of podsOn.get(n.id) ?? []) nodes.push(pod(p, true));
  }
  for (const p of design.pods) if (!podsOn.has(p.node)) nodes.push(pod(p, false));

  const access = accessLinks(design, t);
  const links: SelectorLink[] = [];
  for (const s of design.services) {
    for (const p of podsOfService(design, s))
      links.push({ id: `selects:${s.id}->${p.id}`, service: s.id, pod: p.id });
  }
  return { nodes, access, links };
}

/** The access edges of a design, named in `t`'s language. */
export function accessLinks(design: Design, t: Translate): AccessLink[] {
  const access: AccessLink[] = [];
  const names = new Map([...design.clients, ...design.services].map((x) => [x.id, x.name]));
  for (const a of design.access) {
    const client = names.get(a.client) ?? a.client;
    const service = names.get(a.service) ?? a.service;
    const name = t('ui.canvas.access.name', { client, service });
    const ports = a.ports
      ? t('ui.canvas.access.ports', { ports: a.ports.join(', ') })
      : t('ui.canvas.access.allPorts');
    // An edge read from the running cluster's policy says so until the user confirms it.
    const label = a.inferred ? t('ui.audit.canvasLabel', { ports }) : ports;
    access.push({
      id: accessEdgeId(a.client, a.service),
      client: a.client,
      service: a.service,
      label,
      name,
      labelName: t('ui.canvas.access.labelName', { name, label }),
    });
  }
  return access;
}
