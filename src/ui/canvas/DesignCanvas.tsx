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
  useStoreApi,
  type AriaLabelConfig,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
} from '@xyflow/react';
import { useColorScheme } from '@mui/material/styles';
import '@xyflow/react/dist/style.css';
import {
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Translate } from '../../i18n/t';
import type { Position } from '../../model/design';
import { NODE_HEADER, NODE_WIDTH, POD_HEIGHT, POD_INSET } from '../../model/layout';
import { useGeneration, useSelection, useStore, useDesign } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { accessId, highlightOf } from '../../state/highlight';
import type { TraceOverlay } from '../../state/simulationTrace';
import { lazyChunk } from '../boundary/lazyChunk';
import { PanelBoundary } from '../boundary/PanelBoundary';
import { AccessLinks, type DrawnAccess } from './AccessLinks';
import { toGroupedFlowGraph } from './groupedGraph';
import { isLargeDesign } from './groups';
import { useOpenGroups } from './groupState';
import { nodeTypes } from './nodes';
import { toFlowGraph, type FlowNode } from './toFlowGraph';
import { SameObjects } from './sameObjects';
import { SelectorLinks } from './SelectorLinks';
import { whenIdle } from './whenIdle';

// The simulator comes with the trace watcher, in a chunk of its own (see TraceLayer).
const TraceLayer = lazyChunk(() => import('./TraceLayer').then((m) => m.TraceLayer));
// The simulator's words and path labels come with it: not part of the first paint's code.
const TracePath = lazyChunk(() => import('./TracePath').then((m) => m.TracePath));

const MINIMAP_COLORS: Record<string, string> = {
  client: '#00897b',
  service: '#3949ab',
  host: '#d7ccc8',
  pod: '#8e24aa',
  nodeGroup: '#d7ccc8',
  podGroup: '#8e24aa',
};

// Props React Flow copies into its store are module constants: a new array or function on each
// render would update the store, and re-run every node's and edge's selectors, on every edit.
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 140, height: 96 };
const minimapColor = (n: FlowNode) => MINIMAP_COLORS[n.type ?? ''] ?? '#999';
/** The selected element is the canvas's current one: screen readers say "current" after its name. */
const CURRENT: FlowNode['domAttributes'] = { 'aria-current': 'true' };

/** An arrow key's step on the grid, and its word for the announcement of the move. */
const ARROWS: Record<string, { dx: number; dy: number; word: 'left' | 'right' | 'up' | 'down' }> = {
  ArrowLeft: { dx: -1, dy: 0, word: 'left' },
  ArrowRight: { dx: 1, dy: 0, word: 'right' },
  ArrowUp: { dx: 0, dy: -1, word: 'up' },
  ArrowDown: { dx: 0, dy: 1, word: 'down' },
};

/** React Flow's own words (controls, screen-reader hints), in the UI's language. */
function ariaLabels(t: Translate): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('ui.canvas.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('ui.canvas.a11y.node'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('ui.canvas.a11y.moved', { direction, x, y }),
    'edge.a11yDescription.default': t('ui.canvas.a11y.edge'),
    'controls.ariaLabel': t('ui.canvas.controls'),
    'controls.zoomIn.ariaLabel': t('ui.canvas.controls.zoomIn'),
    'controls.zoomOut.ariaLabel': t('ui.canvas.controls.zoomOut'),
    'controls.fitView.ariaLabel': t('ui.canvas.controls.fitView'),
    'controls.interactive.ariaLabel': t('ui.canvas.controls.interactive'),
    'minimap.ariaLabel': t('ui.canvas.minimap'),
    'handle.ariaLabel': t('ui.canvas.handle'),
  };
}

function Canvas() {
  const store = useStore();
  const design = useDesign();
  const selection = useSelection();
  const generation = useGeneration();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  // React Flow's controls and minimap follow the app's light/dark scheme, not only the system's.
  const { colorScheme } = useColorScheme();
  const t = useT();
  const ariaLabelConfig = useMemo(() => ariaLabels(t), [t]);
  const [dragging, setDragging] = useState<Record<string, Position>>({});
  // Sizes are React Flow's own view state (the minimap, intersections and fitView need them);
  // they never reach the design. Our nodes come with the size canvas.css gives them (cardSize.ts).
  // Where React Flow measures another (a larger default font, say), it records it on its own node
  // and tells us: `measured` keeps it, so a node rebuilt for a change takes that size at once
  // (else it would be hidden and measured again), and the minimap, which reads sizes from our
  // nodes, gets them when the browser is next idle (`sizes`).
  const [measured] = useState(() => new Map<string, { width: number; height: number }>());
  const [sizes, setSizes] = useState(0);
  const sizesPending = useRef(false);
  // Unchanged nodes and edges keep their objects, so only what changed is drawn again.
  const [sameNodes] = useState(() => new SameObjects<FlowNode>());
  const [sameAccess] = useState(() => new SameObjects<DrawnAccess>());

  // The classes draw an element's state; these make it heard. Selected is `aria-current`; lit and
  // on the packet path are read as its description, before React Flow's keyboard hint (which a
  // description of our own replaces, so it is repeated here).
  const prefix = useId();
  const ids = useMemo(
    () => ({
      lit: `${prefix}lit`,
      traceOn: `${prefix}trace-on`,
      traceDrop: `${prefix}trace-drop`,
      hint: `${prefix}hint`,
    }),
    [prefix],
  );

  const highlight = useMemo(
    () => highlightOf(selection, generation.lastGood),
    [selection, generation.lastGood],
  );
  // A large design draws group cards (groups.ts); which are open is this page's view state.
  const open = useOpenGroups();
  const large = isLargeDesign(design);
  const graph = useMemo(
    () => (large ? toGroupedFlowGraph(design, t, open) : toFlowGraph(design, t)),
    [design, t, large, open],
  );
  // A large design as a whole is too small to read on any screen: it opens on its first node
  // groups, at a zoom where their cards read ("worker × 180"); Fit View shows everything.
  const [fitViewOptions] = useState(() =>
    large
      ? {
          nodes: graph.nodes
            .filter((n) => (n.type === 'nodeGroup' || n.type === 'host') && !n.parentId)
            .slice(0, 3)
            .map((n) => ({ id: n.id })),
          maxZoom: 1,
        }
      : undefined,
  );

  // What the first paint does not need comes once the browser is first idle: the minimap (a
  // second drawing of every element), and TraceLayer, which watches the simulator for the packet
  // path of the Test traffic tab (view state, not the design): no trace can be shown before that
  // tab, itself loaded on first use, has been opened.
  const [settled, setSettled] = useState(false);
  useEffect(() => whenIdle(() => setSettled(true)), []);
  const [overlay, setOverlay] = useState<TraceOverlay | undefined>(undefined);
  const onPath = useMemo(() => new Set(overlay?.elements), [overlay]);
  const dropped = useMemo(() => new Set(overlay?.dropped), [overlay]);

  const nodes = useMemo(
    () =>
      sameNodes.reuse(
        graph.nodes.map((n): FlowNode => {
          const selected = selection?.kind === 'element' && selection.id === n.id;
          const lit = highlight.elements.has(n.id);
          const position = dragging[n.id] ?? n.position;
          const size = measured.get(n.id);
          // Each state the element is in: the class that draws it, the words that say it.
          const states = [
            { on: lit && !selected, className: 'lit', words: ids.lit },
            { on: onPath.has(n.id), className: 'trace-on', words: ids.traceOn },
            { on: dropped.has(n.id), className: 'trace-drop', words: ids.traceDrop },
          ].filter((s) => s.on);
          const classes = states.map((s) => s.className);
          const described = [...states.map((s) => s.words), ids.hint].join(' ');
          // New objects each time are fine: SameObjects compares them one level deep.
          const domAttributes = {
            ...(selected ? CURRENT : {}),
            ...(states.length && { 'aria-describedby': described }),
          };
          return {
            ...n,
            position,
            selected,
            className: classes.length ? classes.join(' ') : undefined,
            ...(Object.keys(domAttributes).length && { domAttributes }),
            // Measured: React Flow keeps the handles it found (without `handles` it keeps its own).
            ...(size ? { measured: size, handles: undefined } : {}),
          };
        }),
      ),
    // `sizes` counts the sizes noted in `measured`: a new one rebuilds the nodes it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sameNodes, graph.nodes, selection, highlight, ids, dragging, measured, sizes, onPath, dropped],
  );
  const access = useMemo(
    () =>
      sameAccess.reuse(
        graph.access.map((a): DrawnAccess => {
          const id = accessId(a.client, a.service);
          const selected =
            selection?.kind === 'access' && accessId(selection.client, selection.service) === id;
          return { ...a, selected, lit: highlight.access.has(id) };
        }),
      ),
    [sameAccess, graph.access, selection, highlight],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const moved: Record<string, Position> = {};
      let sized = false;
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging) moved[c.id] = c.position;
        if (c.type === 'dimensions' && c.dimensions) {
          measured.set(c.id, c.dimensions);
          sized = true;
        }
      }
      if (Object.keys(moved).length) setDragging((d) => ({ ...d, ...moved }));
      if (sized && !sizesPending.current) {
        sizesPending.current = true;
        whenIdle(() => {
          sizesPending.current = false;
          setSizes((n) => n + 1);
        });
      }
    },
    [measured],
  );

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

  // Both read the design when called, so they stay the same functions across edits.
  const onConnect = useCallback(
    (c: Connection) => {
      const { design } = store.getState();
      const client = design.clients.find((x) => x.id === c.source);
      const service = design.services.find((x) => x.id === c.target);
      if (!client || !service) return;
      store.dispatch({ type: 'addAccess', access: { client: client.id, service: service.id } });
      store.select({ kind: 'access', client: client.id, service: service.id });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | { source: string; target: string }) => {
      const { design } = store.getState();
      return (
        design.clients.some((x) => x.id === c.source) &&
        design.services.some((x) => x.id === c.target)
      );
    },
    [store],
  );

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_e, node) => store.select({ kind: 'element', id: node.id }),
    [store],
  );
  const onPaneClick = useCallback(() => store.select(null), [store]);

  // The keyboard on a focused element (React Flow makes each one a Tab stop). Handled here, before
  // React Flow's own handler, so that it acts on the design: Enter or Space selects the element
  // in the store (the inspector shows it), Escape clears the selection, and an arrow key selects
  // and moves it one grid step (Shift: four) as one `moveElements`, one undo step per press. A
  // pod stays inside its node; moving it to another node is the inspector's Node field.
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node'))
        return;
      const id = target.dataset.id;
      if (!id || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        store.select(e.key === 'Escape' ? null : { kind: 'element', id });
        return;
      }
      const arrow = ARROWS[e.key];
      const node = flow.getInternalNode(id);
      // A large design's cards are placed automatically: the arrows leave them where they are.
      if (!arrow || !node || node.draggable === false) return;
      e.preventDefault();
      e.stopPropagation();
      store.select({ kind: 'element', id });
      const step = SNAP_GRID[0] * (e.shiftKey ? 4 : 1);
      let x = Math.round(node.position.x + arrow.dx * step);
      let y = Math.round(node.position.y + arrow.dy * step);
      const parent = node.parentId ? flow.getInternalNode(node.parentId) : undefined;
      if (parent) {
        const width = node.measured.width ?? NODE_WIDTH - 2 * POD_INSET;
        const height = node.measured.height ?? POD_HEIGHT;
        const maxX = (parent.measured.width ?? NODE_WIDTH) - width;
        const maxY = (parent.measured.height ?? 0) - height - POD_INSET;
        x = Math.max(0, Math.min(x, maxX));
        y = Math.max(NODE_HEADER, Math.min(y, Math.max(NODE_HEADER, maxY)));
      }
      if (x === node.position.x && y === node.position.y) return;
      store.dispatch({ type: 'moveElements', positions: { [id]: { x, y } } });
      flowStore.setState({
        ariaLiveMessage: t('ui.canvas.a11y.moved', {
          direction: t(`ui.canvas.direction.${arrow.word}`),
          x,
          y,
        }),
      });
    },
    [flow, flowStore, store, t],
  );

  return (
    <ReactFlow
      nodes={nodes}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onNodeClick={onNodeClick}
      onPaneClick={onPaneClick}
      deleteKeyCode={null}
      selectNodesOnDrag={false}
      snapToGrid
      snapGrid={SNAP_GRID}
      fitView
      {...(fitViewOptions ? { fitViewOptions } : {})}
      minZoom={0.1}
      proOptions={PRO_OPTIONS}
      aria-label={t('ui.canvas.label')}
      ariaLabelConfig={ariaLabelConfig}
      colorMode={colorScheme ?? 'light'}
      onKeyDownCapture={onKeyDownCapture}
      data-tour="canvas"
    >
      <Background gap={16} />
      <SelectorLinks links={graph.links} />
      <AccessLinks links={access} litDescription={ids.lit} />
      <div id={ids.lit} hidden>
        {t('ui.canvas.a11y.lit')}
      </div>
      <div id={ids.traceOn} hidden>
        {t('ui.canvas.a11y.traceOn')}
      </div>
      <div id={ids.traceDrop} hidden>
        {t('ui.canvas.a11y.traceDrop')}
      </div>
      <div id={ids.hint} hidden>
        {t('ui.canvas.a11y.node')}
      </div>
      {settled && (
        <MiniMap
          pannable
          zoomable
          ariaLabel={t('ui.canvas.minimap')}
          nodeColor={minimapColor}
          style={MINIMAP_STYLE}
        />
      )}
      <Controls showInteractive={false} />
      {/* The packet's path failing to load or draw leaves the canvas working, with a note. */}
      <PanelBoundary area="trace" variant="overlay">
        <Suspense fallback={null}>{overlay && <TracePath overlay={overlay} />}</Suspense>
        <Suspense fallback={null}>{settled && <TraceLayer onOverlay={setOverlay} />}</Suspense>
      </PanelBoundary>
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
