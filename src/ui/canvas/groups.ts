/**
 * Group cards for a large design. A canvas of 200 nodes and 3,000 pods cannot show every element
 * readably, nor draw it quickly: nodes of one role collapse into one card ("worker × 180") and the
 * pods of one Service on one node (or one node group) into one card ("web × 6"). Which groups exist
 * is a pure function of the design; which are open is the user's view state (groupState.ts), never
 * written into the design.
 */
import type { Design, DesignNode, Pod } from '../../model/design';
import { podsOfServiceIndex } from '../../model/query';

/**
 * A design is large past 24 nodes or 150 pods. 24 nodes is what a 1280×720 canvas shows at a zoom
 * where a node's name is still legible; 150 pods is past the 20-node design of the benchmarks
 * (120 pods), which stays drawn element by element as it always was, and about where one node's
 * box grows taller than the screen.
 */
export const LARGE_NODES = 24;
export const LARGE_PODS = 150;

export function isLargeDesign(design: Design): boolean {
  return design.nodes.length > LARGE_NODES || design.pods.length > LARGE_PODS;
}

const NODE_GROUP = 'group:nodes:';
const POD_GROUP = 'group:pods:';

/** Nodes of one role (or one label set), two or more. */
export interface NodeGroup {
  kind: 'nodes';
  id: string;
  /** The role, or the labels, as the card titles it. */
  name: string;
  /** The labels every member has that make the group (`key=value`, or `key` for an empty value). */
  labels: string[];
  members: DesignNode[];
}

/** Pods of one Service (or, without one, one namespace) on one node or one node group. */
export interface PodGroup {
  kind: 'pods';
  id: string;
  /** The Service's name, or the namespace of pods no Service selects. */
  name: string;
  /** The node id or node group id the pods are drawn in. */
  scope: string;
  members: Pod[];
}

export type CanvasGroup = NodeGroup | PodGroup;

export function isGroupId(id: string): boolean {
  return id.startsWith(NODE_GROUP) || id.startsWith(POD_GROUP);
}

/** Labels that name one node only: they never make a group. */
const PER_NODE_LABELS = new Set(['kubernetes.io/hostname']);
const ROLE = 'node-role.kubernetes.io/';

function groupingLabels(n: DesignNode): string[] {
  const entries = Object.entries(n.labels).filter(([k]) => !PER_NODE_LABELS.has(k));
  const roles = entries.filter(([k]) => k.startsWith(ROLE));
  // A role label says what the node is for; other labels (zone, OS) would split one role apart.
  const chosen = roles.length > 0 ? roles : entries;
  return chosen.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).sort();
}

function groupName(labels: readonly string[]): string {
  const roles = labels.filter((l) => l.startsWith(ROLE)).map((l) => l.slice(ROLE.length));
  if (roles.length > 0) return roles.join(', ');
  return labels.join(', ');
}

/** Node groups of two or more nodes, in the order of their first member. */
export function nodeGroups(design: Design): NodeGroup[] {
  const byKey = new Map<string, NodeGroup>();
  for (const n of design.nodes) {
    const labels = groupingLabels(n);
    const key = labels.join('\u0000');
    let g = byKey.get(key);
    if (!g) {
      g = {
        kind: 'nodes',
        id: `${NODE_GROUP}${key}`,
        name: labels.length > 0 ? groupName(labels) : '',
        labels,
        members: [],
      };
      byKey.set(key, g);
    }
    g.members.push(n);
  }
  return [...byKey.values()].filter((g) => g.members.length > 1);
}

/** The first Service (design order) that selects each pod, by pod id. */
export function serviceOfPods(design: Design): Map<string, PodService> {
  const index = podsOfServiceIndex(design);
  const out = new Map<string, PodService>();
  design.services.forEach((s, order) => {
    for (const p of index(s)) if (!out.has(p.id)) out.set(p.id, { id: s.id, name: s.name, order });
  });
  return out;
}

/** A pod's Service as its group card needs it; `order` is the Service's place in the design. */
export interface PodService {
  id: string;
  name: string;
  order: number;
}

/**
 * The pods drawn in one scope, grouped by Service: groups in the Services' order (as the Services'
 * column lists them), then pods no Service selects, by namespace.
 */
export function podGroups(
  scope: string,
  pods: readonly Pod[],
  services: ReadonlyMap<string, PodService>,
): PodGroup[] {
  const byKey = new Map<string, PodGroup>();
  for (const p of pods) {
    const s = services.get(p.id);
    const key = s ? `svc:${s.id}` : `ns:${p.namespace}`;
    let g = byKey.get(key);
    if (!g) {
      g = {
        kind: 'pods',
        id: `${POD_GROUP}${scope}|${key}`,
        name: s?.name ?? p.namespace,
        scope,
        members: [],
      };
      byKey.set(key, g);
    }
    g.members.push(p);
  }
  const order = (g: PodGroup) => {
    const first = g.members[0];
    return (first && services.get(first.id)?.order) ?? Number.MAX_SAFE_INTEGER;
  };
  return [...byKey.values()].sort((a, b) => order(a) - order(b));
}

/**
 * The group with this id in this design (the inspector shows its members), whatever is open: a
 * pod group's id names its scope, so it is found again from the design alone.
 */
export function findGroup(design: Design, id: string): CanvasGroup | undefined {
  if (id.startsWith(NODE_GROUP)) return nodeGroups(design).find((g) => g.id === id);
  if (!id.startsWith(POD_GROUP)) return undefined;
  const scope = id.slice(POD_GROUP.length, id.indexOf('|'));
  const group = nodeGroups(design).find((g) => g.id === scope);
  const on = new Set(group ? group.members.map((n) => n.id) : [scope]);
  const pods = design.pods.filter((p) => on.has(p.node));
  return podGroups(scope, pods, serviceOfPods(design)).find((g) => g.id === id);
}
