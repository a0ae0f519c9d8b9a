/**
 * The dashed links from each Service to the pods its selector selects: derived from the design,
 * never selected, clicked or focused. Drawn as one SVG in React Flow's viewport, not as React
 * Flow edges: an edge costs a component with three store subscriptions, and the 20-node design
 * has 120 links (~0.1 s of its first render as edges). Here one subscription computes every path
 * from React Flow's own positions and handle bounds, so the links follow drags and measured
 * sizes exactly as edges would. Painted above the nodes' frames and below the pods, as React Flow
 * paints edges to elements inside a node.
 */
import {
  getBezierPath,
  Position,
  useStore,
  ViewportPortal,
  type InternalNode,
} from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { SelectorLink } from './toFlowGraph';

type Handle = NonNullable<NonNullable<InternalNode['internals']['handleBounds']>['source']>[number];

/** Where a link meets an element: its handle's outer middle (React Flow's getHandlePosition). */
function handlePoint(node: InternalNode, handle: Handle | undefined, side: Position) {
  const { x, y } = node.internals.positionAbsolute;
  const width = handle?.width ?? node.measured.width ?? 0;
  const height = handle?.height ?? node.measured.height ?? 0;
  const hx = x + (handle?.x ?? 0);
  const hy = y + (handle?.y ?? 0) + height / 2;
  return side === Position.Right ? { x: hx + width, y: hy } : { x: hx, y: hy };
}

/** Every link's id and path, one link a line (a string: the store compares it in one step). */
function pathsOf(links: readonly SelectorLink[], lookup: Map<string, InternalNode>): string {
  const out: string[] = [];
  for (const link of links) {
    const service = lookup.get(link.service);
    const pod = lookup.get(link.pod);
    if (!service || !pod || service.hidden || pod.hidden) continue;
    const from = handlePoint(service, service.internals.handleBounds?.source?.[0], Position.Right);
    const to = handlePoint(pod, pod.internals.handleBounds?.target?.[0], Position.Left);
    const [path] = getBezierPath({
      sourceX: from.x,
      sourceY: from.y,
      sourcePosition: Position.Right,
      targetX: to.x,
      targetY: to.y,
      targetPosition: Position.Left,
    });
    out.push(`${link.id} ${path}`);
  }
  return out.join('\n');
}

export const SelectorLinks = memo(function SelectorLinks({
  links,
}: {
  links: readonly SelectorLink[];
}) {
  const paths = useStore(useCallback((s) => pathsOf(links, s.nodeLookup), [links]));
  if (!paths) return null;
  return (
    <ViewportPortal>
      <svg className="canvas-links" aria-hidden="true">
        {paths.split('\n').map((line) => {
          const space = line.indexOf(' ');
          const id = line.slice(0, space);
          return <path key={id} data-link={id} d={line.slice(space + 1)} />;
        })}
      </svg>
    </ViewportPortal>
  );
});
