/**
 * Where the guided tour's step card goes: beside the highlighted element, on the first side where it
 * fits inside the window, else in the middle of the window. Pure, so it is tested without a layout
 * engine (jsdom has none).
 */
import { assertNever } from '../../model/assertNever';

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface Placement {
  readonly top: number;
  readonly left: number;
  /** The side of the anchor the card sits on; `center` when there is no anchor or no room. */
  readonly side: Side | 'center';
}

const SIDES: readonly Side[] = ['bottom', 'right', 'left', 'top'];
const OPPOSITE: Record<Side, Side> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/** Space between the anchor's ring and the card, and between the card and the window's edges. */
export const GAP = 12;
export const MARGIN = 8;

const clamp = (value: number, min: number, max: number) =>
  Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Places a card of `card` size next to `anchor` inside a `view`-sized window, trying `prefer`
 * first, then its opposite, then the other two. Along the chosen side the card is centred on the anchor and then
 * kept inside the window.
 */
export function placeCard(
  anchor: Box | null,
  card: { readonly width: number; readonly height: number },
  view: { readonly width: number; readonly height: number },
  prefer: Side,
): Placement {
  const centre: Placement = {
    top: Math.max(MARGIN, (view.height - card.height) / 2),
    left: Math.max(MARGIN, (view.width - card.width) / 2),
    side: 'center',
  };
  if (!anchor) return centre;
  const order = [
    prefer,
    OPPOSITE[prefer],
    ...SIDES.filter((s) => s !== prefer && s !== OPPOSITE[prefer]),
  ];
  for (const side of order) {
    const fits = fitsOn(side, anchor, card, view);
    if (fits) return { ...fits, side };
  }
  return centre;
}

function fitsOn(
  side: Side,
  a: Box,
  card: { readonly width: number; readonly height: number },
  view: { readonly width: number; readonly height: number },
): { top: number; left: number } | undefined {
  const maxLeft = view.width - card.width - MARGIN;
  const maxTop = view.height - card.height - MARGIN;
  const alongX = clamp(a.left + (a.width - card.width) / 2, MARGIN, maxLeft);
  const alongY = clamp(a.top + (a.height - card.height) / 2, MARGIN, maxTop);
  switch (side) {
    case 'bottom': {
      const top = a.top + a.height + GAP;
      return top <= maxTop ? { top, left: alongX } : undefined;
    }
    case 'top': {
      const top = a.top - GAP - card.height;
      return top >= MARGIN ? { top, left: alongX } : undefined;
    }
    case 'right': {
      const left = a.left + a.width + GAP;
      return left <= maxLeft ? { top: alongY, left } : undefined;
    }
    case 'left': {
      const left = a.left - GAP - card.width;
      return left >= MARGIN ? { top: alongY, left } : undefined;
    }
    default:
      return assertNever(side, 'side');
  }
}

/** The anchor's box grown by `pad` on every side and cut to the window, for the highlight ring. */
export function ringAround(
  anchor: Box,
  view: { readonly width: number; readonly height: number },
  pad: number,
): Box {
  const top = Math.max(0, anchor.top - pad);
  const left = Math.max(0, anchor.left - pad);
  const bottom = Math.min(view.height, anchor.top + anchor.height + pad);
  const right = Math.min(view.width, anchor.left + anchor.width + pad);
  return { top, left, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
