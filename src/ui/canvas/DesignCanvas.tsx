/** The graph canvas: a read-only projection of the design for now. */
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { Design } from '../../model/design';
import { edgeTypes } from './edges';
import { nodeTypes } from './nodes';
import { toFlowGraph } from './toFlowGraph';

export function DesignCanvas({ design }: { design: Design }) {
  const graph = useMemo(() => toFlowGraph(design), [design]);
  return (
    <ReactFlow
      nodes={graph.nodes}
      edges={graph.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      fitView
      nodesDraggable={false}
      nodesConnectable={false}
      proOptions={{ hideAttribution: true }}
      aria-label="Design canvas"
    >
      <Background gap={16} />
      <MiniMap pannable zoomable ariaLabel="Minimap" />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
