/**
 * Access edges, drawn by the user from a client to a service and labelled with the ports they
 * grant. Drawn as one SVG and one set of labels in React Flow's viewport, not as React Flow edges:
 * an edge costs a component with three store subscriptions and its label a portal of its own
 * (on the 20-node design, 80 edges were ~0.1 s of the first render). One subscription computes
 * every path from React Flow's positions and handle bounds, so edges follow drags and measured
 * sizes as React Flow's would. A click on an edge's line or its label selects it; the labels are
 * the edges' stops in the Tab order, after every element (the portal comes after the elements).
 * Drawing a new edge is still React Flow's connection (DesignCanvas onConnect).
 */
import { useStore as useFlowStore, ViewportPortal } from '@xyflow/react';
import {
  memo,
  useCallback,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { useStore } from '../../state/hooks';
import './canvas.css';
import { flowPaths, parseFlowPaths } from './flowPaths';
import type { AccessLink } from './toFlowGraph';

/** One press's ripple: where it started, how big, and whether it is fading out. */
interface Ripple {
  key: number;
  x: number;
  y: number;
  size: number;
  leaving: boolean;
}

/**
 * An access edge's label, a button that selects the edge. It looks and behaves like MUI's small
 * clickable Chip (role, Enter and Space, focus and hover states, the ripple of a press) but is a
 * plain element styled by canvas.css: a 20-node design has ~80 of them, and 80 emotion-styled
 * ButtonBases were a tenth of the canvas's first render.
 */
const AccessLabel = memo(function AccessLabel(props: {
  label: string;
  name: string;
  selected: boolean;
  /** The id of the words a lit edge is described by, or none when it is not lit. */
  describedBy: string | undefined;
  x: number;
  y: number;
  link: AccessLink;
  onSelect: (link: AccessLink) => void;
}) {
  const [ripples, setRipples] = useState<Ripple[]>([]);

  // TouchRipple's geometry: a circle from the press point that covers the whole chip (measured
  // inside its border, where the ripples are drawn).
  const start = (event: ReactPointerEvent<HTMLDivElement>) => {
    const chip = event.currentTarget;
    const rect = chip.getBoundingClientRect();
    const x = Math.round(event.clientX - rect.left - chip.clientLeft);
    const y = Math.round(event.clientY - rect.top - chip.clientTop);
    const sizeX = Math.max(Math.abs(chip.clientWidth - x), x) * 2 + 2;
    const sizeY = Math.max(Math.abs(chip.clientHeight - y), y) * 2 + 2;
    const size = Math.sqrt(sizeX ** 2 + sizeY ** 2);
    setRipples((r) => [...r, { key: event.timeStamp, x, y, size, leaving: false }]);
  };
  const stop = () =>
    setRipples((r) => {
      const i = r.findIndex((ripple) => !ripple.leaving);
      return i < 0 ? r : r.map((ripple, k) => (k === i ? { ...ripple, leaving: true } : ripple));
    });
  const gone = (key: number) => setRipples((r) => r.filter((ripple) => ripple.key !== key));

  // ButtonBase on a non-button element: Enter clicks on key down, Space on key up.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === ' ') event.preventDefault();
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  const onKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && event.key === ' ' && !event.defaultPrevented)
      event.currentTarget.click();
  };

  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={props.name}
      aria-current={props.selected ? 'true' : undefined}
      aria-describedby={props.describedBy}
      className={props.selected ? 'canvas-chip canvas-selected' : 'canvas-chip'}
      style={{ transform: `translate(-50%, -50%) translate(${props.x}px, ${props.y}px)` }}
      onClick={() => props.onSelect(props.link)}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onPointerDown={start}
      onPointerUp={stop}
      onPointerLeave={stop}
      onContextMenu={stop}
      onDragLeave={stop}
    >
      <span className="canvas-chip-label">{props.label}</span>
      {ripples.length > 0 && (
        <span className="canvas-ripples">
          {ripples.map((r) => (
            <span
              key={r.key}
              className={r.leaving ? 'canvas-ripple canvas-ripple-leaving' : 'canvas-ripple'}
              style={{
                width: r.size,
                height: r.size,
                left: r.x - r.size / 2,
                top: r.y - r.size / 2,
              }}
            >
              <span onAnimationEnd={r.leaving ? () => gone(r.key) : undefined} />
            </span>
          ))}
        </span>
      )}
    </div>
  );
});

/** An access edge as drawn: the link, whether it is selected, and whether the selection lights it. */
export interface DrawnAccess extends AccessLink {
  selected: boolean;
  lit: boolean;
}

const ends = (link: AccessLink): [string, string] => [link.client, link.service];

/**
 * `litDescription` is the id of the words read after a lit edge's label; the selected edge's label
 * is `aria-current`. Both states are drawn by class as well.
 */
export const AccessLinks = memo(function AccessLinks({
  links,
  litDescription,
}: {
  links: readonly DrawnAccess[];
  litDescription: string;
}) {
  const store = useStore();
  const geometry = useFlowStore(useCallback((s) => flowPaths(links, s.nodeLookup, ends), [links]));
  const select = useCallback(
    (link: AccessLink) =>
      store.select({ kind: 'access', client: link.client, service: link.service }),
    [store],
  );
  if (!geometry) return null;
  const byId = new Map(links.map((l) => [l.id, l]));
  const drawn = parseFlowPaths(geometry).flatMap(({ id, d, x, y }) => {
    const link = byId.get(id);
    return link ? [{ link, d, x, y }] : [];
  });
  return (
    <ViewportPortal>
      <svg className="canvas-access" aria-hidden="true">
        {drawn.map(({ link, d }) => (
          <g
            key={link.id}
            data-access={link.id}
            className={[
              'nopan',
              link.selected ? 'canvas-selected' : '',
              link.lit && !link.selected ? 'lit' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onClick={() => select(link)}
          >
            <path className="canvas-access-hit" d={d} />
            <path className="canvas-access-path" d={d} />
          </g>
        ))}
      </svg>
      {drawn.map(({ link, x, y }) => (
        <AccessLabel
          key={link.id}
          link={link}
          label={link.label}
          name={link.labelName}
          selected={link.selected}
          describedBy={link.lit && !link.selected ? litDescription : undefined}
          x={x}
          y={y}
          onSelect={select}
        />
      ))}
    </ViewportPortal>
  );
});
