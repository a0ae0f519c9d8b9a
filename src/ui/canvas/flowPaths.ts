/**
 * The canvas's own lines (access edges, selector links) as React Flow would draw its edges: from
 * the source element's source handle to the target's target handle, a bezier curve, read from
 * React Flow's internal nodes (positions as dragged, sizes and handles as measured).
 */
import { getBezierPath, Position, type InternalNode } from '@xyflow/react';

type Handle = NonNullable<NonNullable<InternalNode['internals']['handleBounds']>['source']>[number];

/** Where a line meets an element: its handle's outer middle (React Flow's getHandlePosition). */
function handlePoint(node: InternalNode, handle: Handle | undefined, side: Position) {
  const { x, y } = node.internals.positionAbsolute;
  const width = handle?.width ?? node.measured.width ?? 0;
  const height = handle?.height ?? node.measured.height ?? 0;
  const hx = x + (handle?.x ?? 0);
  const hy = y + (handle?.y ?? 0) + height / 2;
  return side === Position.Right ? { x: hx + width, y: hy } : { x: hx, y: hy };
}

/**
 * Each line drawable now, one a line of text: `id`, path, label x and y, separated by tabs. Text,
 * so that React Flow's store compares a whole layer's geometry in one step. A line whose ends are
 * not both on the canvas is left out.
 */
export function flowPaths<T extends { id: string }>(
  lines: readonly T[],
  lookup: ReadonlyMap<string, InternalNode>,
  ends: (line: T) => [source: string, target: string],
): string {
  const out: string[] = [];
  for (const line of lines) {
    const [sourceId, targetId] = ends(line);
    const source = lookup.get(sourceId);
    const target = lookup.get(targetId);
    if (!source || !target || source.hidden || target.hidden) continue;
    const from = handlePoint(source, source.internals.handleBounds?.source?.[0], Position.Right);
    const to = handlePoint(target, target.internals.handleBounds?.target?.[0], Position.Left);
    const [path, labelX, labelY] = getBezierPath({
      sourceX: from.x,
      sourceY: from.y,
      sourcePosition: Position.Right,
      targetX: to.x,
      targetY: to.y,
      targetPosition: Position.Left,
    });
    out.push(`${line.id}\t${path}\t${labelX}\t${labelY}`);
  }
  return out.join('\n');
}

/** The lines of `flowPaths`' text, parsed. */
export function parseFlowPaths(text: string): { id: string; d: string; x: number; y: number }[] {
  if (!text) return [];
  return text.split('\n').map((line) => {
    const [id = '', d = '', x = '0', y = '0'] = line.split('\t');
    return { id, d, x: Number(x), y: Number(y) };
  });
}
