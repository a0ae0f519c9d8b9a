/** Access edges (drawn by the user, labelled with their ports) and derived selector links. */
import {
  BaseEdge,
  ViewportPortal,
  getBezierPath,
  type EdgeProps,
  type EdgeTypes,
} from '@xyflow/react';
import { memo, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import './canvas.css';
import type { AccessFlowEdge } from './toFlowGraph';

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
function AccessLabel(props: {
  label: string;
  name: string;
  selected: boolean;
  x: number;
  y: number;
  onSelect: () => void;
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
      className={props.selected ? 'canvas-chip canvas-selected' : 'canvas-chip'}
      style={{ transform: `translate(-50%, -50%) translate(${props.x}px, ${props.y}px)` }}
      onClick={props.onSelect}
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
}

function AccessEdge(props: EdgeProps<AccessFlowEdge>) {
  const store = useStore();
  const t = useT();
  const [path, labelX, labelY] = getBezierPath(props);
  const label = props.data?.label ?? '';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        style={{ stroke: props.selected ? '#1976d2' : '#00897b', strokeWidth: 2 }}
      />
      {/* In the portal drawn after the elements, not EdgeLabelRenderer's (before them): the
          labels, the access edges' stops in the Tab order, come after every element. */}
      <ViewportPortal>
        <AccessLabel
          label={label}
          name={t('ui.canvas.access.labelName', { name: props.data?.name ?? '', label })}
          selected={props.selected ?? false}
          x={labelX}
          y={labelY}
          onSelect={() =>
            store.select({ kind: 'access', client: props.source, service: props.target })
          }
        />
      </ViewportPortal>
    </>
  );
}

/** Props equal but for a `data` object rebuilt with the same contents: no re-render needed. */
function sameEdge(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    if (k !== 'data') return a[k] === b[k];
    const x = (a.data ?? {}) as Record<string, unknown>;
    const y = (b.data ?? {}) as Record<string, unknown>;
    return (
      Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((d) => x[d] === y[d])
    );
  });
}

export const edgeTypes: EdgeTypes = {
  access: memo(AccessEdge, sameEdge),
};
