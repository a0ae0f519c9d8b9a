// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { GLOSSARY } from '../../i18n/glossary';
import { memoryStorage } from '../../state/persistence';
import { PREFERENCE_KEYS, PreferencesContext, PreferencesStore } from '../../state/preferences';
import { HelpMenu } from './HelpMenu';
import { GAP, MARGIN, placeCard, ringAround } from './placeCard';
import { TourProvider, useTour } from './TourContext';
import { TOUR_STEPS } from './tourSteps';

// MUI in jsdom renders slowly on a loaded two-core machine.
vi.setConfig({ testTimeout: 30_000 });

function preferencesOf({ seen = false, languages = ['en'] } = {}) {
  const storage = memoryStorage();
  if (seen) storage.setItem(PREFERENCE_KEYS.tourSeen, 'yes');
  return { storage, preferences: new PreferencesStore(storage, languages) };
}

function renderApp(children: ReactNode, options: { seen?: boolean; languages?: string[] } = {}) {
  const { storage, preferences } = preferencesOf(options);
  render(
    <PreferencesContext.Provider value={preferences}>
      <TourProvider>{children}</TourProvider>
    </PreferencesContext.Provider>,
  );
  return { storage, preferences, user: userEvent.setup() };
}

function ReplayButton() {
  const tour = useTour();
  return <button onClick={tour.start}>replay</button>;
}

const tourDialog = () => screen.queryByRole('dialog', { name: 'Welcome' });

describe('the guided tour', () => {
  it('opens by itself on a first visit, as a labelled dialog with the focus on Next', async () => {
    renderApp(<p>app</p>);
    const dialog = await screen.findByRole('dialog', { name: 'Welcome' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/Calico policy for Kubernetes Services/);
    expect(within(dialog).getByText(`1 / ${TOUR_STEPS.length}`)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveFocus());
  });

  it('does not open once seen', () => {
    renderApp(<p>app</p>, { seen: true });
    expect(screen.getByText('app')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('walks forward and back, and Finish on the last step marks it seen', async () => {
    const { user, storage, preferences } = renderApp(<p>app</p>);
    const next = await screen.findByRole('button', { name: 'Next' });
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    await user.click(next);
    expect(
      screen.getByRole('dialog', { name: 'A cluster IP, reachable from outside' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`2 / ${TOUR_STEPS.length}`)).toBeInTheDocument();
    // A screen reader hears the new step, which the focus (still on Next) would not announce.
    expect(
      screen.getByText(
        new RegExp(
          `^Step 2 of ${TOUR_STEPS.length}: A cluster IP, reachable from outside\\. A cluster IP is`,
        ),
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(tourDialog()).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus());

    for (let i = 1; i < TOUR_STEPS.length; i++) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(screen.getByRole('dialog', { name: 'Help is always here' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(preferences.getState().tourSeen).toBe(true);
    expect(storage.getItem(PREFERENCE_KEYS.tourSeen)).toBe('yes');
  });

  it('Skip tour marks it seen', async () => {
    const { user, preferences } = renderApp(<p>app</p>);
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Skip tour' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(preferences.getState().tourSeen).toBe(true);
  });

  it('Escape skips it and marks it seen', async () => {
    const { user, preferences } = renderApp(<p>app</p>);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(preferences.getState().tourSeen).toBe(true);
  });

  it('keeps Tab inside the card', async () => {
    const { user } = renderApp(<button>behind</button>);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveFocus());
    for (let i = 0; i < 4; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('replays from useTour().start(), from the first step, and gives the focus back', async () => {
    const { user, preferences } = renderApp(<ReplayButton />, { seen: true });
    const replay = screen.getByRole('button', { name: 'replay' });
    await user.click(replay);
    expect(await screen.findByRole('dialog', { name: 'Welcome' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Skip tour' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(replay).toHaveFocus();
    expect(preferences.getState().tourSeen).toBe(true);

    await user.click(replay);
    expect(await screen.findByRole('dialog', { name: 'Welcome' })).toBeInTheDocument();
  });

  it('speaks 简体中文 with a Chinese preference, English by default', async () => {
    renderApp(<p>app</p>, { languages: ['zh-CN'] });
    const dialog = await screen.findByRole('dialog', { name: '欢迎' });
    expect(within(dialog).getByRole('button', { name: '下一步' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '跳过导览' })).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(/Kubernetes Service 编写 Calico 策略/);
    expect(within(dialog).queryByText('Next')).not.toBeInTheDocument();
  });

  it('outlines the anchor of a step and puts the card beside it', async () => {
    const stub = (el: HTMLElement | null) => {
      if (el) stubRect(el, { top: 60, left: 60, w: 400, h: 500 });
    };
    const anchor = (
      <nav data-tour="canvas" ref={stub}>
        canvas
      </nav>
    );
    const { user } = renderApp(anchor);
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const ring = screen.getByTestId('tour-ring');
    expect(ring.style.top).toBe('56px');
    expect(ring.style.left).toBe('56px');
    expect(ring.style.width).toBe('408px');
    expect(screen.getByRole('dialog')).toHaveAttribute('data-tour-side', 'right');
    // The next step's anchor (the palette) is not on this page: that step is shown in the middle.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByTestId('tour-ring')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-tour-side', 'center');
  });
});

function stubRect(el: Element, r: { top: number; left: number; w: number; h: number }) {
  el.getBoundingClientRect = () =>
    ({
      top: r.top,
      left: r.left,
      width: r.w,
      height: r.h,
      right: r.left + r.w,
      bottom: r.top + r.h,
      x: r.left,
      y: r.top,
      toJSON: () => ({}),
    }) as DOMRect;
}

describe('the help menu', () => {
  it('replays the tour and gives the focus back to the Help button', async () => {
    const { user } = renderApp(<HelpMenu />, { seen: true });
    const help = screen.getByRole('button', { name: 'Help' });
    expect(help).toHaveAttribute('data-tour', 'help');
    await user.click(help);
    await user.click(screen.getByRole('menuitem', { name: 'Guided tour' }));
    expect(await screen.findByRole('dialog', { name: 'Welcome' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(help).toHaveFocus());
  });

  it('lists the glossary and filters it', async () => {
    const { user } = renderApp(<HelpMenu />, { seen: true });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(screen.getByRole('menuitem', { name: 'Glossary' }));
    const dialog = await screen.findByRole('dialog', { name: 'Glossary' });
    await waitFor(() => expect(within(dialog).getByRole('searchbox')).toHaveFocus());
    const rows = () => within(dialog).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(GLOSSARY.length);
    expect(within(dialog).getByRole('rowheader', { name: 'GlobalNetworkPolicy' })).toBeVisible();
    expect(within(dialog).queryByRole('columnheader', { name: 'In Chinese' })).toBeNull();

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search terms' }), 'prednat');
    expect(rows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'pre-DNAT',
      'preDNAT',
    ]);
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 terms');

    await user.clear(within(dialog).getByRole('searchbox'));
    await user.type(within(dialog).getByRole('searchbox'), 'no such thing');
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    expect(within(dialog).getByText('No term matches “no such thing”.')).toBeVisible();
  });

  it('shows the glossary in 简体中文, with the Chinese rendering of each term', async () => {
    const { user } = renderApp(<HelpMenu />, { seen: true, languages: ['zh-CN'] });
    await user.click(screen.getByRole('button', { name: '帮助' }));
    await user.click(screen.getByRole('menuitem', { name: '术语表' }));
    const dialog = await screen.findByRole('dialog', { name: '术语表' });
    expect(within(dialog).getByRole('columnheader', { name: '中文写法' })).toBeVisible();
    await user.type(within(dialog).getByRole('searchbox', { name: '搜索术语' }), '集群IP');
    const row = within(dialog).getByRole('rowheader', { name: 'cluster IP' }).closest('tr');
    expect(row).toHaveTextContent('集群 IP');
    expect(row).toHaveTextContent('通过 BGP 发布到集群外');
  });

  it('lists the keyboard shortcuts', async () => {
    const { user } = renderApp(<HelpMenu />, { seen: true });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(screen.getByRole('menuitem', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const redo = within(dialog).getByRole('cell', { name: 'Redo' }).closest('tr');
    expect(redo).toHaveTextContent('Shift+Ctrl+Z or Ctrl+Y');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('placeCard', () => {
  const view = { width: 1280, height: 720 };
  const card = { width: 360, height: 200 };

  it('puts the card on the preferred side when it fits, centred along it', () => {
    const anchor = { top: 10, left: 600, width: 100, height: 30 };
    expect(placeCard(anchor, card, view, 'bottom')).toEqual({
      top: 40 + GAP,
      left: 650 - 180,
      side: 'bottom',
    });
  });

  it('keeps the card inside the window along the side', () => {
    const anchor = { top: 10, left: 1200, width: 70, height: 30 };
    const p = placeCard(anchor, card, view, 'bottom');
    expect(p.left).toBe(1280 - 360 - MARGIN);
  });

  it('tries the other sides, and the middle when none has room', () => {
    const right = { top: 100, left: 1000, width: 270, height: 400 };
    expect(placeCard(right, card, view, 'right').side).toBe('left');
    const everything = { top: 0, left: 0, width: 1280, height: 720 };
    expect(placeCard(everything, card, view, 'right')).toEqual({
      top: 260,
      left: 460,
      side: 'center',
    });
    expect(placeCard(null, card, view, 'bottom').side).toBe('center');
  });

  it('cuts the ring to the window', () => {
    expect(ringAround({ top: 0, left: 10, width: 1280, height: 50 }, view, 4)).toEqual({
      top: 0,
      left: 6,
      width: 1274,
      height: 54,
    });
  });
});
