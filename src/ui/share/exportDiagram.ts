/**
 * The canvas as a picture for design reviews: html-to-image renders React Flow's viewport (nodes,
 * edges, labels; not the minimap or the controls) framed on the bounds of every node, whatever
 * part of the diagram is on screen. Works offline: nothing is fetched (no web fonts are embedded,
 * the app ships none). html-to-image is pinned to 1.11.11, the last version React Flow's
 * "download image" example found to render correctly.
 */
import { getViewportForBounds, type Rect } from '@xyflow/react';

export type DiagramFormat = 'svg' | 'png';

/** Space around the diagram, in pixels of the image. */
const PADDING = 32;
/** The longest side of an image; larger diagrams are scaled down to fit. */
const MAX_SIDE = 4096;

/** The flow-space rectangle that holds every rendered node (positions from React Flow's styles). */
export function nodesBounds(viewport: HTMLElement): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(node.style.transform);
    if (!m) continue;
    const x = Number(m[1]);
    const y = Number(m[2]);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + node.offsetWidth);
    y1 = Math.max(y1, y + node.offsetHeight);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Renders the diagram under `root` (the canvas region); undefined when there is nothing drawn. */
export async function renderDiagram(
  root: HTMLElement,
  format: DiagramFormat,
): Promise<Blob | undefined> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  const bounds = viewport && nodesBounds(viewport);
  if (!viewport || !bounds) return undefined;
  const scale = Math.min(1, MAX_SIDE / (Math.max(bounds.width, bounds.height) + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const v = getViewportForBounds(bounds, width, height, scale, scale, `${PADDING * scale}px`);
  // Loaded on first use: a separate chunk of the built app, served from the same place.
  const { toBlob, toSvg } = await import('html-to-image');
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    skipFonts: true,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})`,
    },
  };
  if (format === 'png') return (await toBlob(viewport, { ...options, pixelRatio: 2 })) ?? undefined;
  const dataUrl = await toSvg(viewport, options);
  const comma = dataUrl.indexOf(',');
  return new Blob([decodeURIComponent(dataUrl.slice(comma + 1))], { type: 'image/svg+xml' });
}
