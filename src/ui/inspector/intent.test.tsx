// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../../i18n/t';
import type { Design } from '../../model/design';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore, type Selection } from '../../state/store';
import { toFlowGraph } from '../canvas/toFlowGraph';
import { Inspector } from './Inspector';

vi.setConfig({ testTimeout: 30_000 });

/** The guide example as an import of a cluster running its recipe reads it: both edges inferred. */
const imported: Design = {
  ...guideExample,
  access: guideExample.access.map((a) => ({ ...a, inferred: true as const })),
};

async function setup(selection: Selection) {
  const store = new DesignStore(imported);
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <Inspector />
    </StoreContext.Provider>,
  );
  await act(async () => store.select(selection));
  return { store, user, access: () => store.getState().design.access };
}

describe('inferred access edges', () => {
  it("are marked in the client's list until confirmed", async () => {
    const { user, access } = await setup({ kind: 'element', id: 'office' });
    const section = screen.getByRole('region', { name: 'May reach' });
    expect(within(section).getByText('inferred')).toBeInTheDocument();
    await user.click(
      within(section).getByRole('button', { name: 'Confirm access of office to svc-a' }),
    );
    expect(access()).toEqual([
      { client: 'office', service: 'svc-a' },
      { client: 'partner', service: 'svc-b', inferred: true },
    ]);
    expect(within(section).queryByText('inferred')).not.toBeInTheDocument();
  });

  it('are marked in the access form, and Confirm there drops the mark', async () => {
    const { user, access } = await setup({ kind: 'access', client: 'partner', service: 'svc-b' });
    expect(screen.getByText('inferred')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm access of partner to svc-b' }));
    expect(access()[1]).toEqual({ client: 'partner', service: 'svc-b' });
    expect(screen.queryByText('inferred')).not.toBeInTheDocument();
  });

  it('say so on the canvas label', () => {
    const { access } = toFlowGraph(imported, translator('en'));
    expect(access.map((a) => a.label)).toEqual(['all ports · inferred', 'all ports · inferred']);
    expect(toFlowGraph(guideExample, translator('en')).access.map((a) => a.label)).toEqual([
      'all ports',
      'all ports',
    ]);
  });
});

describe('nobody outside should reach a Service', () => {
  it('removes every access edge to it, inferred ones too, in one undoable step', async () => {
    const { store, user, access } = await setup({ kind: 'element', id: 'svc-b' });
    await user.click(screen.getByRole('button', { name: 'Nobody outside should reach this' }));
    expect(access()).toEqual([{ client: 'office', service: 'svc-a', inferred: true }]);
    expect(
      screen.getByText('No access edge: nobody outside should reach this Service.'),
    ).toBeInTheDocument();
    act(() => store.undo());
    expect(access()).toEqual(imported.access);
  });
});
