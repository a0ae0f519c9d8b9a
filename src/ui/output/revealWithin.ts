/**
 * Scrolling a panel to what the selection lights, without scrolling the page around it (which
 * `Element.scrollIntoView` would). Offsets are in the container's content coordinates.
 */

/** Scrolls `container` so `[top, top + height)` is visible; does nothing if it already is. */
export function revealWithin(
  container: HTMLElement,
  top: number,
  height: number,
  smooth: boolean,
): void {
  const { scrollTop, clientHeight } = container;
  if (top >= scrollTop && top + height <= scrollTop + clientHeight) return;
  if (typeof container.scrollTo !== 'function') return;
  const reduceMotion =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  container.scrollTo({
    // A quarter down from the top: the lines above give context.
    top: Math.max(0, top - clientHeight / 4),
    behavior: smooth && !reduceMotion ? 'smooth' : 'auto',
  });
}

/** Scrolls `container` so that `target`, one of its descendants, is visible. */
export function revealElementWithin(
  container: HTMLElement,
  target: HTMLElement,
  smooth: boolean,
): void {
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  revealWithin(container, container.scrollTop + rect.top - box.top, rect.height, smooth);
}
