/**
 * The graph canvas. React Flow is a projection of the design (toFlowGraph); every canvas event
 * becomes a design command: a drag ends in `moveElements` (one undo step), dropping a pod on another
 * node is `movePod`, connecting a client to a service is `addAccess`. While a drag is under way the
 * positions live in a transient overlay, never in the design.
 */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
  type EdgeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState } from 'react';
import type { Position } from '../../model/design';
import { useGeneration, useSelection, useStore, useDesign } from '../../state/hooks';
import { accessId, highlightOf } from '../../state/highlight';
import {
  useSimulationInputs,
  useSimulationState,
  useSimulationStores,
} from '../simulator/simulationContext';
import { edgeTypes } from './edges';
import { nodeTypes } from './nodes';
import { toFlowGraph, type FlowNode } from './toFlowGraph';
import { TracePath } from './TracePath';

const MINIMAP_COLORS: Record<string, string> = {
  client: '#00897b',
  service: '#3949ab',
  host: '#d7ccc8',
  pod: '#8e24aa',
};

function Canvas() {
  const store = useStore();
  const design = useDesign();
  const selection = useSelection();
  const generation = useGeneration();
  const flow = useReactFlow();
  const [dragging, setDragging] = useState<Record<string, Position>>({});
  // Measured sizes are React Flow's own view state (the minimap, intersections and fitView need
  // them on controlled nodes); they never reach the design.
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});

  const highlight = useMemo(
    () => highlightOf(selection, generation.lastGood),
    [selection, generation.lastGood],
  );
  const graph = useMemo(() => toFlowGraph(design), [design]);

  // The packet path of the Test traffic tab, while it shows a trace (view state, not the design).
  const { trace } = useSimulationStores();
  const simulation = useSimulationState();
  const simulationInputs = useSimulationInputs();
  const overlay = useMemo(() => {
    const outcome = simulation.shown ? trace.traceFor(simulationInputs) : undefined;
    return outcome?.ok ? outcome.overlay : undefined;
  }, [trace, simulation, simulationInputs]);
  const onPath = useMemo(() => new Set(overlay?.elements), [overlay]);
  const dropped = useMemo(() => new Set(overlay?.dropped), [overlay]);

  const nodes = useMemo(
    () =>
      graph.nodes.map((n) => {
        const selected = selection?.kind === 'element' && selection.id === n.id;
        const lit = highlight.elements.has(n.id);
        const position = dragging[n.id] ?? n.position;
        const size = measured[n.id];
        const classes = [
          lit && !selected ? 'lit' : '',
          onPath.has(n.id) ? 'trace-on' : '',
          dropped.has(n.id) ? 'trace-drop' : '',
        ].filter(Boolean);
        return {
          ...n,
          position,
          selected,
          className: classes.length ? classes.join(' ') : undefined,
          ...(size ? { measured: size } : {}),
        };
      }),
    [graph.nodes, selection, highlight, dragging, measured, onPath, dropped],
  );
  const edges = useMemo(
    () =>
      graph.edges.map((e) => {
        if (e.type !== 'access') return e;
        const id = accessId(e.source, e.target);
        const selected =
          selection?.kind === 'access' && accessId(selection.client, selection.service) === id;
        return { ...e, selected, className: highlight.access.has(id) ? 'lit' : undefined };
      }),
    [graph.edges, selection, highlight],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const moved: Record<string, Position> = {};
    const sized: Record<string, { width: number; height: number }> = {};
    for (const c of changes) {
      if (c.type === 'position' && c.position && c.dragging) moved[c.id] = c.position;
      if (c.type === 'dimensions' && c.dimensions) sized[c.id] = c.dimensions;
    }
    if (Object.keys(moved).length) setDragging((d) => ({ ...d, ...moved }));
    if (Object.keys(sized).length) setMeasured((m) => ({ ...m, ...sized }));
  }, []);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, node, dragged) => {
      setDragging({});
      if (node.type === 'pod') {
        const target = flow
          .getIntersectingNodes(node)
          .find((n) => n.type === 'host' && n.id !== node.parentId);
        if (target) {
          // The pod takes the next free slot of its new node (no stored position): a drop point
          // would land it on top of the node's other pods.
          store.dispatch({ type: 'movePod', pod: node.id, node: target.id });
          return;
        }
        // A pod dropped outside every node goes back where it was: a pod always runs on a node.
        const parent = node.parentId ? flow.getInternalNode(node.parentId) : undefined;
        const width = parent?.measured.width ?? 0;
        const height = parent?.measured.height ?? 0;
        const { x, y } = node.position;
        if (parent && (x < 0 || y < 0 || x > width - 40 || y > height - 20)) return;
      }
      const positions: Record<string, Position> = {};
      for (const n of dragged)
        positions[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
      store.dispatch({ type: 'moveElements', positions });
    },
    [flow, store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const client = design.clients.find((x) => x.id === c.source);
      const service = design.services.find((x) => x.id === c.target);
      if (!client || !service) return;
      store.dispatch({ type: 'addAccess', access: { client: client.id, service: service.id } });
      store.select({ kind: 'access', client: client.id, service: service.id });
    },
    [design, store],
  );

  const isValidConnection = useCallback(
    (c: Connection | { source: string; target: string }) =>
      design.clients.some((x) => x.id === c.source) &&
      design.services.some((x) => x.id === c.target),
    [design],
  );

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_e, node) => store.select({ kind: 'element', id: node.id }),
    [store],
  );
  const onEdgeClick: EdgeMouseHandler = useCallback(
    (_e, edge) => {
      if (edge.type === 'access')
        store.select({ kind: 'access', client: edge.source, service: edge.target });
    },
    [store],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
      onPaneClick={() => store.select(null)}
      deleteKeyCode={null}
      selectNodesOnDrag={false}
      snapToGrid
      snapGrid={[16, 16]}
      fitView
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
      aria-label="Design canvas"
    >
      <Background gap={16} />
      <MiniMap
        pannable
        zoomable
        ariaLabel="Minimap"
        nodeColor={(n) => MINIMAP_COLORS[n.type ?? ''] ?? '#999'}
        style={{ width: 140, height: 96 }}
      />
      <Controls showInteractive={false} />
      {overlay && <TracePath overlay={overlay} />}
    </ReactFlow>
  );
}

export function DesignCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
