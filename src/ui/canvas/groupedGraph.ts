/**
 * The React Flow graph of a large design (groups.ts): nodes of one role in one frame
 * ("worker × 180"), the pods of one Service in one card per node or node group ("web × 6"), each
 * opened by the user. Access edges are unchanged (Services are never grouped); a Service's
 * selector links go to the card that holds its pods. Cards of a large design are placed
 * automatically in a grid (stored positions of clients and Services are kept): they are not
 * dragged, and the inspector moves a pod to another node.
 */
import type { Translate } from '../../i18n/t';
import type { Design, DesignNode, Pod, Position } from '../../model/design';
import {
  CLIENT_X,
  NODE_HEADER,
  NODE_WIDTH,
  POD_GAP,
  POD_HEIGHT,
  POD_INSET,
  SERVICE_X,
} from '../../model/layout';
import { podsOfServiceIndex } from '../../model/query';
import { CARD_HANDLES, CARD_HEIGHT, CARD_WIDTH } from './cardSize';
import { nodeGroups, podGroups, serviceOfPods, type NodeGroup, type PodGroup } from './groups';
import { accessLinks, type AccessLink, type FlowNode, type SelectorLink } from './toFlowGraph';

/** Rows per column of clients and of Services, and the spacing of both. */
const COLUMN_ROWS = 40;
const ROW = 80;
const CLIENT_COLUMN = 240;
const SERVICE_COLUMN = 260;
const SLOT_W = CARD_WIDTH.pod + 16;
const SLOT_H = POD_HEIGHT + POD_GAP;
const BOX_GAP = 40;

/** A box's content: cards in a grid of up to 8 columns, or node frames stacked. */
interface Laid {
  width: number;
  height: number;
}

function gridOf(cards: number): { cols: number; width: number; height: number } {
  const cols = Math.max(1, Math.min(8, Math.ceil(Math.sqrt(cards / 2))));
  const rows = Math.max(1, Math.ceil(cards / cols));
  return {
    cols,
    width: Math.max(NODE_WIDTH, 2 * POD_INSET + cols * SLOT_W - 16),
    height: NODE_HEADER + rows * SLOT_H + POD_INSET,
  };
}

export function toGroupedFlowGraph(
  design: Design,
  t: Translate,
  open: ReadonlySet<string>,
): { nodes: FlowNode[]; access: AccessLink[]; links: SelectorLink[] } {
  const stored = design.layout;
  const nodes: FlowNode[] = [];
  design.clients.forEach((c, i) => {
    nodes.push({
      id: c.id,
      type: 'client',
      position: stored[c.id] ?? {
        x: CLIENT_X - Math.floor(i / COLUMN_ROWS) * CLIENT_COLUMN,
        y: (i % COLUMN_ROWS) * ROW,
      },
      data: { client: c },
      measured: { width: CARD_WIDTH.client, height: CARD_HEIGHT },
      handles: CARD_HANDLES.client,
      ariaLabel: t('ui.canvas.node.client', { name: c.name, cidrs: c.cidrs.join(', ') }),
    });
  });
  const serviceColumns = Math.max(1, Math.ceil(design.services.length / COLUMN_ROWS));
  design.services.forEach((s, i) => {
    nodes.push({
      id: s.id,
      type: 'service',
      position: stored[s.id] ?? {
        x: SERVICE_X + Math.floor(i / COLUMN_ROWS) * SERVICE_COLUMN,
        y: (i % COLUMN_ROWS) * ROW,
      },
      data: { service: s, mode: s.trafficPolicy ?? design.cluster.trafficPolicy },
      measured: { width: CARD_WIDTH.service, height: CARD_HEIGHT },
      handles: CARD_HANDLES.service,
      ariaLabel: t('ui.canvas.node.service', {
        namespace: s.namespace,
        name: s.name,
        clusterIP: s.clusterIP,
      }),
    });
  });

  const services = serviceOfPods(design);
  const podsOn = new Map<string, Pod[]>(design.nodes.map((n) => [n.id, []]));
  for (const p of design.pods) podsOn.get(p.node)?.push(p);
  /** Which card shows each pod: itself, or its group's card. */
  const cardOf = new Map<string, string>();

  const podCard = (p: Pod, parentId: string, position: Position): FlowNode => ({
    id: p.id,
    type: 'pod',
    position,
    data: { pod: p },
    measured: { width: CARD_WIDTH.pod, height: CARD_HEIGHT },
    handles: CARD_HANDLES.pod,
    parentId,
    draggable: false,
    ariaLabel: p.ip
      ? t('ui.canvas.node.podWithIP', { namespace: p.namespace, name: p.name, ip: p.ip })
      : t('ui.canvas.node.pod', { namespace: p.namespace, name: p.name }),
  });
  const groupCard = (g: PodGroup, position: Position): FlowNode => ({
    id: g.id,
    type: 'podGroup',
    position,
    data: { group: g, open: open.has(g.id) },
    measured: { width: CARD_WIDTH.pod, height: CARD_HEIGHT },
    handles: CARD_HANDLES.pod,
    parentId: g.scope,
    draggable: false,
    ariaLabel: t('ui.canvas.group.pods', { name: g.name, count: g.members.length }),
  });

  /** The cards of a box's pods: a group's card (and its pods when open), or a lone pod. */
  const podCards = (scope: string, pods: readonly Pod[]): FlowNode[] => {
    const out: FlowNode[] = [];
    const zero = { x: 0, y: 0 };
    for (const g of podGroups(scope, pods, services)) {
      const [only] = g.members;
      if (g.members.length === 1 && only) {
        out.push(podCard(only, scope, zero));
        cardOf.set(only.id, only.id);
        continue;
      }
      out.push(groupCard(g, zero));
      const isOpen = open.has(g.id);
      for (const p of g.members) {
        if (isOpen) out.push(podCard(p, scope, zero));
        cardOf.set(p.id, isOpen ? p.id : g.id);
      }
    }
    return out;
  };
  /** Places cards in a grid inside their box; returns the box's size. */
  const placeGrid = (cards: FlowNode[]): Laid => {
    const grid = gridOf(cards.length);
    cards.forEach((c, i) => {
      c.position = {
        x: POD_INSET + (i % grid.cols) * SLOT_W,
        y: NODE_HEADER + Math.floor(i / grid.cols) * SLOT_H,
      };
    });
    return grid;
  };
  const hostBox = (n: DesignNode, parentId?: string): { box: FlowNode; cards: FlowNode[] } => {
    const cards = podCards(n.id, podsOn.get(n.id) ?? []);
    const size = placeGrid(cards);
    const box: FlowNode = {
      id: n.id,
      type: 'host',
      position: { x: 0, y: 0 },
      data: { node: n },
      style: { width: size.width, height: size.height },
      measured: { width: size.width, height: size.height },
      handles: CARD_HANDLES.host,
      draggable: false,
      ...(parentId ? { parentId } : {}),
      ariaLabel: t('ui.canvas.node.host', { name: n.name }),
    };
    return { box, cards };
  };
  const groupBox = (g: NodeGroup): FlowNode[] => {
    const isOpen = open.has(g.id);
    const box: FlowNode = {
      id: g.id,
      type: 'nodeGroup',
      position: { x: 0, y: 0 },
      data: { group: g, open: isOpen },
      handles: CARD_HANDLES.host,
      draggable: false,
      ariaLabel: t('ui.canvas.group.nodes', { name: g.name, count: g.members.length }),
    };
    let size: Laid;
    const inside: FlowNode[] = [];
    if (isOpen) {
      // Open: each member's own frame, stacked, with its pods grouped per Service.
      let y = NODE_HEADER;
      let width = NODE_WIDTH;
      for (const n of g.members) {
        const { box: member, cards } = hostBox(n, g.id);
        member.position = { x: POD_INSET, y };
        const w = member.measured?.width ?? NODE_WIDTH;
        const h = member.measured?.height ?? 0;
        y += h + POD_GAP;
        width = Math.max(width, w + 2 * POD_INSET);
        inside.push(member, ...cards);
      }
      size = { width, height: y + POD_INSET };
    } else {
      const pods = g.members.flatMap((n) => podsOn.get(n.id) ?? []);
      const cards = podCards(g.id, pods);
      size = placeGrid(cards);
      inside.push(...cards);
    }
    box.style = { width: size.width, height: size.height };
    box.measured = { width: size.width, height: size.height };
    return [box, ...inside];
  };

  // The hosts' column: each group's frame where its first member is, every other node alone.
  const hostX = SERVICE_X + serviceColumns * SERVICE_COLUMN + 60;
  const groupOf = new Map<string, NodeGroup>();
  for (const g of nodeGroups(design)) for (const n of g.members) groupOf.set(n.id, g);
  const placed = new Set<string>();
  let y = 0;
  for (const n of design.nodes) {
    const g = groupOf.get(n.id);
    let top: FlowNode[];
    if (g) {
      if (placed.has(g.id)) continue;
      placed.add(g.id);
      top = groupBox(g);
    } else {
      const { box, cards } = hostBox(n);
      top = [box, ...cards];
    }
    const [frame] = top;
    if (!frame) continue;
    frame.position = { x: hostX, y };
    y += (frame.measured?.height ?? 0) + BOX_GAP;
    nodes.push(...top);
  }
  // A pod on a node the design does not have: drawn alone, as the ungrouped canvas does.
  for (const p of design.pods) {
    if (podsOn.has(p.node)) continue;
    nodes.push({ ...podCard(p, p.node, { x: hostX, y }), parentId: undefined });
    cardOf.set(p.id, p.id);
    y += SLOT_H;
  }

  const links: SelectorLink[] = [];
  const index = podsOfServiceIndex(design);
  for (const s of design.services) {
    const seen = new Set<string>();
    for (const p of index(s)) {
      const card = cardOf.get(p.id) ?? p.id;
      if (seen.has(card)) continue;
      seen.add(card);
      links.push({ id: `selects:${s.id}->${card}`, service: s.id, pod: card });
    }
  }
  return { nodes, access: accessLinks(design, t), links };
}
