// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { guideExample, localExample } from '../../model/examples';
import { StoreContext, useDesign } from '../../state/hooks';
import { DesignKeeper, memoryStorage, saveDesign, STORAGE_KEYS } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { KeeperContext } from '../../state/useKeeper';
import { CHUNK_RETRY_DELAY_MS, lazyChunk } from './lazyChunk';
import { PanelBoundary, type BoundaryArea } from './PanelBoundary';

vi.setConfig({ testTimeout: 30_000 });

/** The app's providers, the language from `languages` (English when empty). */
function providers(options: { previous?: boolean; languages?: string[] } = {}) {
  const store = new DesignStore(guideExample);
  const storage = memoryStorage();
  if (options.previous) saveDesign(storage, STORAGE_KEYS.previous, localExample);
  const keeper = new DesignKeeper(store, storage);
  const preferences = new PreferencesStore(memoryStorage(), options.languages ?? []);
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <PreferencesContext.Provider value={preferences}>
      <StoreContext.Provider value={store}>
        <KeeperContext.Provider value={keeper}>{children}</KeeperContext.Provider>
      </StoreContext.Provider>
    </PreferencesContext.Provider>
  );
  return { store, Wrapper };
}

/** A part that throws while it renders a design of this name, like a panel with a defect. */
function FailsOn({ name }: { name: string }) {
  const design = useDesign();
  if (design.name === name) throw new TypeError(`cannot read 'x' of undefined (${name})`);
  return <p>drawn: {design.name}</p>;
}

/** React logs what a boundary catches; these tests expect it and keep the output clean. */
function expectReactLogs() {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return {
    done(): void {
      expect(log).toHaveBeenCalled();
      log.mockRestore();
    },
  };
}

const PANELS: [BoundaryArea, string][] = [
  ['canvas', 'The canvas stopped working'],
  ['inspector', 'The inspector stopped working'],
  ['output', 'This output view stopped working'],
  ['simulator', 'The simulator stopped working'],
];

describe('a panel that throws', () => {
  it.each(PANELS)('%s: says what failed, and the rest keeps working', (area, title) => {
    const logs = expectReactLogs();
    const { Wrapper } = providers();
    render(
      <>
        <PanelBoundary area={area}>
          <FailsOn name={guideExample.name} />
        </PanelBoundary>
        <PanelBoundary area="output">
          <FailsOn name="another name" />
        </PanelBoundary>
      </>,
      { wrapper: Wrapper },
    );
    const alert = screen.getByRole('alert', { name: title });
    expect(alert).toHaveTextContent(
      `What failed: cannot read 'x' of undefined (${guideExample.name})`,
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    // Nothing to undo yet, nothing kept to restore: neither is offered.
    expect(within(alert).queryByRole('button', { name: 'Undo the last change' })).toBeNull();
    expect(within(alert).queryByRole('button', { name: 'Restore previous design' })).toBeNull();
    expect(screen.getByText(`drawn: ${guideExample.name}`)).toBeVisible();
    logs.done();
  });

  it('draws the part again when the design changes, and on Undo', async () => {
    const logs = expectReactLogs();
    const user = userEvent.setup();
    const { store, Wrapper } = providers();
    render(
      <PanelBoundary area="canvas">
        <FailsOn name="broken" />
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
    act(() => store.dispatch({ type: 'setName', name: 'broken' }));
    const alert = screen.getByRole('alert', { name: 'The canvas stopped working' });
    await user.click(within(alert).getByRole('button', { name: 'Undo the last change' }));
    expect(screen.getByText(`drawn: ${guideExample.name}`)).toBeVisible();

    act(() => store.dispatch({ type: 'setName', name: 'broken' }));
    expect(screen.getByRole('alert', { name: 'The canvas stopped working' })).toBeVisible();
    // Fixed by any edit (the inspector's, a shortcut's), not only by a button here.
    act(() => store.dispatch({ type: 'setName', name: 'mended' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('drawn: mended')).toBeVisible();
    logs.done();
  });

  it('restores the previous design, as the design menu does', async () => {
    const logs = expectReactLogs();
    const user = userEvent.setup();
    const { store, Wrapper } = providers({ previous: true });
    render(
      <PanelBoundary area="inspector">
        <FailsOn name={guideExample.name} />
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
    const alert = screen.getByRole('alert', { name: 'The inspector stopped working' });
    await user.click(within(alert).getByRole('button', { name: 'Restore previous design' }));
    expect(store.getState().design.name).toBe(localExample.name);
    expect(screen.getByText(`drawn: ${localExample.name}`)).toBeVisible();
    logs.done();
  });

  it('tries again on request', async () => {
    const logs = expectReactLogs();
    const user = userEvent.setup();
    let fail = true;
    function FailsOnce() {
      if (fail) throw new Error('first time');
      return <p>second time</p>;
    }
    const { Wrapper } = providers();
    render(
      <PanelBoundary area="simulator">
        <FailsOnce />
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
    expect(screen.getByRole('alert', { name: 'The simulator stopped working' })).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('second time')).toBeVisible();
    logs.done();
  });

  it('speaks 简体中文', () => {
    const logs = expectReactLogs();
    const { Wrapper } = providers({ languages: ['zh-CN'] });
    render(
      <PanelBoundary area="canvas">
        <FailsOn name={guideExample.name} />
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
    const alert = screen.getByRole('alert', { name: '画布出错，已停止工作' });
    expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
    expect(alert).toHaveTextContent('失败原因：');
    logs.done();
  });
});

describe('a lazily loaded part', () => {
  /** A loader that fails the first `failures` times, and counts its calls. */
  function loader(failures: number) {
    const calls = { count: 0 };
    let left = failures;
    const load = () => {
      calls.count++;
      if (left-- > 0)
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return Promise.resolve(({ who }: { who: string }) => <p>loaded for {who}</p>);
    };
    return { calls, load };
  }

  function renderChunk(Part: ComponentType<{ who: string }>) {
    const { Wrapper } = providers();
    render(
      <PanelBoundary area="simulator">
        <Suspense fallback={<p>loading</p>}>
          <Part who="office" />
        </Suspense>
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
  }

  it('loads on the second try after a failed download, without a word to the user', async () => {
    const { calls, load } = loader(1);
    renderChunk(lazyChunk(load));
    expect(await screen.findByText('loaded for office')).toBeVisible();
    expect(calls.count).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after two failures says so, offers a reload, and Try again downloads afresh', async () => {
    const logs = expectReactLogs();
    const user = userEvent.setup();
    const { calls, load } = loader(2);
    const started = Date.now();
    renderChunk(lazyChunk(load));
    const alert = await screen.findByRole('alert', { name: 'The simulator could not be loaded' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(CHUNK_RETRY_DELAY_MS - 50);
    expect(calls.count).toBe(2);
    expect(alert).toHaveTextContent('reload the page to get the new version');
    expect(alert).toHaveTextContent('What failed: Failed to fetch dynamically imported module');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // A chunk is not mended by the design: no undo or restore on offer.
    expect(within(alert).queryByRole('button', { name: 'Undo the last change' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('loaded for office')).toBeVisible();
    expect(calls.count).toBe(3);
    logs.done();
  });

  it('in a dialog (the import dialog, the tour), says so and closes', async () => {
    const logs = expectReactLogs();
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { load } = loader(2);
    const Part = lazyChunk(load);
    const { Wrapper } = providers();
    render(
      <PanelBoundary area="import" variant="dialog" onClose={onClose}>
        <Suspense fallback={null}>
          <Part who="partner" />
        </Suspense>
      </PanelBoundary>,
      { wrapper: Wrapper },
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'The import dialog could not be loaded',
    });
    expect(within(dialog).getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    logs.done();
  });

  it('started early, still tries twice', async () => {
    const { calls, load } = loader(1);
    const Part = lazyChunk(load, { start: true });
    expect(calls.count).toBe(1);
    renderChunk(Part);
    expect(await screen.findByText('loaded for office')).toBeVisible();
    expect(calls.count).toBe(2);
  });
});
