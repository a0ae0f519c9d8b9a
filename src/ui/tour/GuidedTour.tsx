/**
 * The guided first visit: a step card beside the part of the app it talks about, which a ring
 * outlines while the rest of the window is dimmed. It is a modal dialog: Tab stays in the card,
 * Escape skips the tour, the page behind is hidden from screen readers, and when the tour ends the
 * focus goes back to where it was (MUI's Modal does the trapping and the restoring).
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Modal from '@mui/material/Modal';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { alpha, type Theme } from '@mui/material/styles';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { joinSentences } from '../../i18n/trafficModeStory';
import type { AnyMessageId } from '../../i18n/t';
import { useLocale, useT } from '../../state/preferences';
import { placeCard, ringAround, type Box as Rect, type Placement } from './placeCard';
import { TOUR_STEPS, type TourStep } from './tourSteps';
import { visuallyHidden } from './visuallyHidden';

export type TourEnd = 'finished' | 'skipped';

/** Room between an anchor and its ring, so the ring does not cover the anchor's own border. */
const RING_PAD = 4;
const CARD_WIDTH = 360;

interface Layout {
  readonly ring: Rect | null;
  readonly card: Placement;
}

function findAnchor(step: TourStep): Element | null {
  return step.anchor ? document.querySelector(`[data-tour="${step.anchor}"]`) : null;
}

/** The anchor's box in the window, or null when it is not on the page or not visible. */
function anchorBox(step: TourStep, view: { width: number; height: number }): Rect | null {
  const element = findAnchor(step);
  if (!element) return null;
  const r = element.getBoundingClientRect();
  const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < view.height;
  return visible && r.left < view.width
    ? { top: r.top, left: r.left, width: r.width, height: r.height }
    : null;
}

function sameLayout(a: Layout | null, b: Layout): boolean {
  if (!a) return false;
  const ringSame =
    a.ring === b.ring ||
    (a.ring !== null &&
      b.ring !== null &&
      a.ring.top === b.ring.top &&
      a.ring.left === b.ring.left &&
      a.ring.width === b.ring.width &&
      a.ring.height === b.ring.height);
  return ringSame && a.card.top === b.card.top && a.card.left === b.card.left;
}

/** Puts every button's keyboard focus in a ring that reads on a light and a dark card alike. */
const focusRing = (theme: Theme) => ({
  '& .MuiButtonBase-root.Mui-focusVisible, & :focus-visible': {
    outline: `2px solid ${theme.palette.text.primary}`,
    outlineOffset: 2,
  },
});

function TourCard({ steps, onEnd }: { steps: readonly TourStep[]; onEnd: (how: TourEnd) => void }) {
  const t = useT();
  const locale = useLocale();
  const paragraph = (ids: readonly AnyMessageId[]) =>
    joinSentences(
      ids.map((id) => t(id)),
      locale,
    );
  const [index, setIndex] = useState(0);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const step = steps[index];
  const last = index >= steps.length - 1;

  const measure = useCallback(() => {
    if (!step || !card.current) return;
    const view = { width: window.innerWidth, height: window.innerHeight };
    const box = anchorBox(step, view);
    const ring = box && ringAround(box, view, RING_PAD);
    const size = { width: card.current.offsetWidth, height: card.current.offsetHeight };
    const placed = { ring, card: placeCard(ring, size, view, step.side) };
    setLayout((previous) => (sameLayout(previous, placed) ? previous : placed));
  }, [step]);

  // Before the first paint of each step, and again whenever the window, a scrolled panel, the
  // anchor or the card (another language, a longer text) changes size.
  useLayoutEffect(() => {
    measure();
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    window.addEventListener('resize', later);
    window.addEventListener('scroll', later, { capture: true, passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    const anchor = step ? findAnchor(step) : null;
    if (observer && card.current) observer.observe(card.current);
    if (observer && anchor) observer.observe(anchor);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', later);
      window.removeEventListener('scroll', later, { capture: true });
      observer?.disconnect();
    };
  }, [measure, step]);

  // Focus goes to the card's main button when it opens and on every step, so Enter walks the tour;
  // a screen reader hears each new step through the live region (the first one through the
  // dialog's name and description, announced as the focus enters it).
  useEffect(() => {
    next.current?.focus();
  }, [index]);

  const go = (to: number) => {
    const target = steps[to];
    if (!target) return;
    setIndex(to);
    setAnnouncement(
      t('ui.tour.announce', {
        n: to + 1,
        total: steps.length,
        title: t(target.title),
        body: paragraph(target.body),
      }),
    );
  };

  if (!step) return null;
  const ring = layout?.ring ?? null;
  const place = layout?.card;
  return (
    <>
      {ring ? (
        <Box
          data-testid="tour-ring"
          aria-hidden
          style={{ top: ring.top, left: ring.left, width: ring.width, height: ring.height }}
          sx={(theme) => ({
            position: 'fixed',
            borderRadius: 1,
            pointerEvents: 'none',
            outline: `3px solid ${theme.palette.warning.main}`,
            // The scrim is the ring's shadow, so the anchor stays bright inside a dimmed window.
            boxShadow: `0 0 0 2px ${theme.palette.background.paper}, 0 0 0 100vmax ${alpha(theme.palette.common.black, 0.5)}`,
            transition: 'all 150ms ease-out',
            '@media (prefers-reduced-motion: reduce)': { transition: 'none' },
          })}
        />
      ) : (
        <Box
          aria-hidden
          sx={(theme) => ({
            position: 'fixed',
            inset: 0,
            bgcolor: alpha(theme.palette.common.black, 0.5),
          })}
        />
      )}
      <Paper
        ref={card}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-tour-step={step.id}
        data-tour-side={place?.side}
        elevation={8}
        style={place ? { top: place.top, left: place.left } : undefined}
        sx={(theme) => ({
          position: 'fixed',
          // Until measured: the middle of the window (the layout effect moves it before paint).
          top: '30%',
          left: `calc(50% - ${CARD_WIDTH / 2}px)`,
          width: CARD_WIDTH,
          maxWidth: `calc(100vw - 16px)`,
          p: 2,
          pb: 1.5,
          ...focusRing(theme),
        })}
      >
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 0.5 }}>
          <span aria-hidden>{t('ui.tour.progress', { n: index + 1, total: steps.length })}</span>
          <Box component="span" sx={visuallyHidden}>
            {t('ui.tour.progress.label', { n: index + 1, total: steps.length })}
          </Box>
        </Typography>
        <Typography
          id={titleId}
          variant="subtitle1"
          component="h2"
          sx={{ fontWeight: 600, lineHeight: 1.35, mb: 1 }}
        >
          {t(step.title)}
        </Typography>
        <Typography id={bodyId} variant="body2" sx={{ color: 'text.primary' }}>
          {paragraph(step.body)}
        </Typography>
        <Box aria-live="polite" sx={visuallyHidden}>
          {announcement}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 2 }}>
          <Button
            size="small"
            onClick={() => onEnd('skipped')}
            sx={{ color: 'text.secondary', textTransform: 'none', ml: -1 }}
          >
            {t('ui.tour.skip')}
          </Button>
          <Box sx={{ flex: 1 }} />
          <Button
            size="small"
            onClick={() => go(index - 1)}
            disabled={index === 0}
            sx={{ textTransform: 'none' }}
          >
            {t('ui.tour.back')}
          </Button>
          <Button
            ref={next}
            size="small"
            variant="contained"
            disableElevation
            onClick={() => (last ? onEnd('finished') : go(index + 1))}
            sx={{ textTransform: 'none', minWidth: 72 }}
          >
            {last ? t('ui.tour.finish') : t('ui.tour.next')}
          </Button>
        </Box>
      </Paper>
    </>
  );
}

/** The tour while `open`; `onEnd` hears how it ended (both mean "seen"). */
export function GuidedTour({
  open,
  onEnd,
  steps = TOUR_STEPS,
}: {
  open: boolean;
  onEnd: (how: TourEnd) => void;
  steps?: readonly TourStep[];
}) {
  return (
    <Modal
      open={open}
      hideBackdrop
      // A click on the scrim does nothing: the tour ends only by Finish, Skip or Escape.
      onClose={(_event, reason) => {
        if (reason === 'escapeKeyDown') onEnd('skipped');
      }}
    >
      {/* The focus trap's root: the whole window, so a click beside the card lands on the scrim. */}
      <Box tabIndex={-1} sx={{ position: 'fixed', inset: 0, outline: 'none' }}>
        <TourCard steps={steps} onEnd={onEnd} />
      </Box>
    </Modal>
  );
}
