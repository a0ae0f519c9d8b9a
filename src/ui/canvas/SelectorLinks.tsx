/**
 * The dashed links from each Service to the pods its selector selects: derived from the design,
 * never selected, clicked or focused. Drawn as one SVG in React Flow's viewport, not as React
 * Flow edges: an edge costs a component with three store subscriptions, and the 20-node design
 * has 120 links (~0.1 s of its first render as edges). One subscription computes every path from
 * React Flow's own positions and handle bounds (flowPaths), so the links follow drags and
 * measured sizes exactly as edges would. Painted above the nodes' frames and below the pods, as
 * React Flow paints edges to elements inside a node.
 */
import { useStore, ViewportPortal } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { flowPaths, parseFlowPaths } from './flowPaths';
import type { SelectorLink } from './toFlowGraph';

const ends = (link: SelectorLink): [string, string] => [link.service, link.pod];

export const SelectorLinks = memo(function SelectorLinks({
  links,
}: {
  links: readonly SelectorLink[];
}) {
  const paths = useStore(useCallback((s) => flowPaths(links, s.nodeLookup, ends), [links]));
  if (!paths) return null;
  return (
    <ViewportPortal>
      <svg className="canvas-links" aria-hidden="true">
        {parseFlowPaths(paths).map(({ id, d }) => (
          <path key={id} data-link={id} d={d} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
