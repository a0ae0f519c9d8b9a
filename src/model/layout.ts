/**
 * Canvas positions. A design may arrive without positions (a hand-written file, an import); every
 * element without one gets an automatic place: clients on the left, services in the middle, nodes on
 * the right with their pods stacked inside. Pod positions are relative to their node.
 * Positions never change generated YAML.
 */
import type { Design, Position } from './design';

export const CLIENT_X = 0;
export const SERVICE_X = 300;
export const NODE_X = 620;
export const ROW_GAP = 120;
export const NODE_WIDTH = 240;
export const NODE_HEADER = 64;
export const POD_HEIGHT = 52;
export const POD_GAP = 12;
export const POD_INSET = 16;

/** Height of a node's box that holds `podCount` pods. */
export function nodeHeight(podCount: number): number {
  return NODE_HEADER + Math.max(podCount, 1) * (POD_HEIGHT + POD_GAP) + POD_INSET;
}

/** Every element's position (the stored one, else an automatic one) and each node's height. */
export function layoutOf(design: Design): {
  positions: Record<string, Position>;
  nodeHeights: Record<string, number>;
} {
  const out: Record<string, Position> = {};
  const nodeHeights: Record<string, number> = {};
  const stored = design.layout;
  design.clients.forEach((c, i) => {
    out[c.id] = stored[c.id] ?? { x: CLIENT_X, y: i * ROW_GAP };
  });
  design.services.forEach((s, i) => {
    out[s.id] = stored[s.id] ?? { x: SERVICE_X, y: i * ROW_GAP };
  });
  const slotHeight = POD_HEIGHT + POD_GAP;
  let y = 0;
  for (const n of design.nodes) {
    const pods = design.pods.filter((p) => p.node === n.id);
    // Pods without a stored position take the free slots, so they never land on a placed pod.
    const taken = new Set<number>();
    for (const p of pods) {
      const at = stored[p.id];
      if (at) taken.add(Math.max(0, Math.round((at.y - NODE_HEADER) / slotHeight)));
    }
    let slot = 0;
    let lowest = NODE_HEADER;
    for (const p of pods) {
      let at = stored[p.id];
      if (!at) {
        while (taken.has(slot)) slot++;
        taken.add(slot);
        at = { x: POD_INSET, y: NODE_HEADER + slot * slotHeight };
      }
      out[p.id] = at;
      lowest = Math.max(lowest, at.y + POD_HEIGHT);
    }
    const height = Math.max(nodeHeight(pods.length), lowest + POD_INSET);
    nodeHeights[n.id] = height;
    out[n.id] = stored[n.id] ?? { x: NODE_X, y };
    y = (out[n.id]?.y ?? y) + height + 40;
  }
  return { positions: out, nodeHeights };
}
