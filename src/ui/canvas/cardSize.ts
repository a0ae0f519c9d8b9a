/**
 * The sizes canvas.css gives the element cards, and where their handles sit, told to React Flow
 * up front. React Flow draws an element only once it knows its size and draws an edge only once it
 * knows its handles: left to measure them itself, it hides every element on the first render,
 * measures, then draws again with the edges (on the 20-node design, ~0.25 s before the canvas
 * shows). Told, it draws everything in one pass; it still measures each element, and an element
 * whose size differs (a larger default font, say) is corrected and redrawn on its own.
 * Keep in step with `.canvas-card` in canvas.css.
 */
import { Position, type NodeHandle } from '@xyflow/react';

/** Widths of the cards (canvas.css: `.canvas-card[data-kind=…]`). */
export const CARD_WIDTH = { client: 200, service: 220, pod: 200 } as const;
/** A card's height: 2 px borders, 6 px padding, a body2 line (20.02 px) and a caption line (19.92 px). */
export const CARD_HEIGHT = 56;

/** React Flow's handle: 6 px square, centred on the card's edge (@xyflow/react/dist/style.css). */
const HANDLE = 6;

function handle(type: 'source' | 'target', width: number): NodeHandle {
  const right = type === 'source';
  return {
    id: null,
    type,
    position: right ? Position.Right : Position.Left,
    x: (right ? width : 0) - HANDLE / 2,
    y: CARD_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  };
}

/**
 * Each kind's handles, one array per kind: the canvas reuses unchanged node objects by comparing
 * their fields one level deep, so these must be the same arrays every time.
 */
export const CARD_HANDLES = {
  client: [handle('source', CARD_WIDTH.client)],
  service: [handle('target', CARD_WIDTH.service), handle('source', CARD_WIDTH.service)],
  pod: [handle('target', CARD_WIDTH.pod)],
  /** A node has none: said, so that React Flow need not look for them. */
  host: [],
} as const satisfies Record<string, NodeHandle[]>;
