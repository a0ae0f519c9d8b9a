// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { generatorUnderTest } from '../../state/testHooks';
import { OutputPanel } from './OutputPanel';

vi.setConfig({ testTimeout: 30_000 });

/** The guide's example, opened with a generator that throws for it (as after a reload). */
function renderThrowing(): DesignStore {
  const generate = generatorUnderTest({ generateThrowsForService: 'svc-a' });
  const store = new DesignStore(guideExample, { generate });
  render(
    <StoreContext.Provider value={store}>
      <OutputPanel />
    </StoreContext.Provider>,
  );
  return store;
}

const SAYS = 'The generator failed on this design (test hook: generate() throws for a design';

describe('a design the generator throws on', () => {
  it('opens with the error in the output panel, as a problem, not a crash', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderThrowing();
    expect(screen.getByText('No YAML yet: the design has 1 error')).toBeVisible();
    expect(screen.getByText(SAYS, { exact: false })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Generated YAML' })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: /^Problems/ }));
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(within(problems).getByText(SAYS, { exact: false })).toBeVisible();
    expect(
      within(problems).getByText(/restore the previous design from the design menu/),
    ).toBeVisible();
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it('shows the YAML once the design is changed so that it generates', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = renderThrowing();
    const svc = { ...guideExample.services[0]!, name: 'svc-z' };
    act(() => store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } }));
    expect(screen.queryByText(SAYS, { exact: false })).toBeNull();
    expect(screen.getByRole('region', { name: 'Generated YAML' })).toBeVisible();
    log.mockRestore();
  });
});
