// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { emptyDesign, guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { OutputPanel } from '../output/OutputPanel';
import { startMatrixInThread } from './matrixRunner';
import { SimulationContext, createSimulationStores } from './simulationContext';

// jsdom computes accessible names slowly over MUI's markup: these tests take seconds, not ms.
vi.setConfig({ testTimeout: 30_000 });

/** Opens a tab and waits for its panel, which loads on first use (React.lazy). */
async function openTab(name: 'Test traffic' | 'Reachability'): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name }));
  await screen.findByRole('region', { name });
}

function renderPanel(store = new DesignStore(guideExample)) {
  const stores = createSimulationStores(startMatrixInThread);
  render(
    <StoreContext.Provider value={store}>
      <SimulationContext.Provider value={stores}>
        <OutputPanel />
      </SimulationContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, stores };
}

describe('Test traffic tab', () => {
  it('simulates office → svc-a 80/TCP via node-1/eth0 to pod-a2: Allowed, every stage listed', async () => {
    const { store, stores } = renderPanel();
    await openTab('Test traffic');
    const region = screen.getByRole('region', { name: 'Test traffic' });
    expect(within(region).getByRole('combobox', { name: 'Source' })).toHaveValue('client|office');
    expect(within(region).getByRole('textbox', { name: 'Source address' })).toHaveValue(
      '50.60.0.1',
    );
    fireEvent.change(within(region).getByRole('combobox', { name: 'Backend' }), {
      target: { value: 'pod-a2' },
    });
    // The form hands its draft to the panel after an effect: on a loaded machine the first click
    // may still see the old draft (no backend pinned), so click until the verdict is this packet's
    // alone. The whole text, not a part: the old draft's verdict lists pod-a1 *and* pod-a2.
    await waitFor(() => {
      fireEvent.click(within(region).getByRole('button', { name: 'Simulate' }));
      expect(screen.getByRole('status', { name: 'Simulation verdict' }).textContent).toBe(
        'Allowed to default/pod-a2, decided on node-1 at preDNAT by external-access.allow-cluster-ips, ingress rule 0',
      );
    });
    expect(within(region).getByText('Allowed')).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole('region', { name: /^Hop / })
        .map((h) => h.getAttribute('aria-label')),
    ).toEqual(['Hop 1: node-1, entered via eth0', 'Hop 2: node-2, entered via eth0']);
    const hops = within(region).getAllByRole('region', { name: /^Hop / });
    expect(
      [...hops[0]!.querySelectorAll('[data-stage]')].map((s) => s.getAttribute('data-stage')),
    ).toEqual([
      'untracked',
      'preDNAT',
      'serviceNAT',
      'hostEndpointForwardIngress',
      'workloadEgress',
      'workloadIngress',
      'hostEndpointForwardEgress',
      'serviceLoopPrevention',
      'postrouting',
    ]);
    // The entry node's pre-DNAT Allow decides: the backend's tier passes the masqueraded packet
    // (from node-1's address) on to the cluster's own policies, which have none here.
    expect(region.querySelector('[data-decided]')?.getAttribute('data-stage')).toBe('preDNAT');
    expect(stores.trace.getState().shown).toBe(true);

    // The deciding rule opens the YAML with that rule lit.
    fireEvent.click(
      within(region).getByRole('button', {
        name: 'Show external-access.allow-cluster-ips, ingress rule 0 in the YAML',
      }),
    );
    expect(store.getState().selection).toEqual({
      kind: 'rule',
      resource: 'GlobalNetworkPolicy/external-access.allow-cluster-ips',
      rulePath: 'spec.ingress[0]',
    });
    expect(screen.getByRole('tab', { name: 'YAML', selected: true })).toBeInTheDocument();
    const lit = screen
      .getByRole('region', { name: 'Generated YAML' })
      .querySelectorAll('[data-highlight="rule"]');
    expect(lit.length).toBeGreaterThan(0);

    // Back on the tab, the trace is still there; changing the flow clears it.
    await openTab('Test traffic');
    expect(screen.getAllByRole('region', { name: /^Hop / })).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Service port' }), {
      target: { value: '443/TCP' },
    });
    expect(screen.queryAllByRole('region', { name: /^Hop / })).toHaveLength(0);
    expect(stores.trace.getState().shown).toBe(false);
  });

  it('Simulate traces the flow the form holds at the click, even before the panel re-rendered', async () => {
    const { store, stores } = renderPanel();
    await openTab('Test traffic');
    const simulate = within(screen.getByRole('region', { name: 'Test traffic' })).getByRole(
      'button',
      { name: 'Simulate' },
    );
    const draft = stores.trace.draftFor(store.getState().design);
    expect(draft.backend).toBe('');
    // The form's change reaches the store and the click lands before React renders that change (a
    // render behind, as on a loaded machine): inside one act nothing renders until it returns.
    act(() => {
      stores.trace.setDraft({ ...draft, backend: 'pod-a2' });
      simulate.click();
    });
    expect(stores.trace.getState()).toMatchObject({ shown: true, draft: { backend: 'pod-a2' } });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Simulation verdict' }).textContent).toBe(
        'Allowed to default/pod-a2, decided on node-1 at preDNAT by external-access.allow-cluster-ips, ingress rule 0',
      ),
    );
  });

  it('lists every backend when none is pinned, and a denial says where', async () => {
    renderPanel();
    await openTab('Test traffic');
    fireEvent.change(screen.getByRole('combobox', { name: 'Destination' }), {
      target: { value: 'service|svc-b' },
    });
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
      expect(screen.getByRole('status', { name: 'Simulation verdict' })).toHaveTextContent(
        'Denied, decided on node-1 at preDNAT by external-access.deny-unlisted-external, ingress rule 0',
      );
    });
  });

  it('a pod source needs no address or entry; a bad address disables Simulate', async () => {
    renderPanel();
    await openTab('Test traffic');
    fireEvent.change(screen.getByRole('textbox', { name: 'Source address' }), {
      target: { value: '50.60.x' },
    });
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeDisabled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Source' }), {
      target: { value: 'pod|pod-b1' },
    });
    expect(screen.queryByRole('textbox', { name: 'Source address' })).toBeNull();
    expect(screen.getByText(/through the pod's own interface/)).toBeInTheDocument();
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
      expect(screen.getByRole('status', { name: 'Simulation verdict' })).toHaveTextContent(
        /^Allowed to default\/pod-a1/,
      );
    });
  });
});

describe('Test traffic when the design changes under it', () => {
  it('replacing the design keeps the panel working: empty, then back', async () => {
    const { store } = renderPanel();
    await openTab('Test traffic');
    fireEvent.change(screen.getByRole('combobox', { name: 'Backend' }), {
      target: { value: 'pod-a2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    act(() => store.dispatch({ type: 'replace', design: emptyDesign }));
    expect(screen.getByText('Nothing to generate yet')).toBeInTheDocument();
    const smaller = {
      ...guideExample,
      pods: guideExample.pods.filter((p) => p.id !== 'pod-a2'),
    };
    act(() => store.dispatch({ type: 'replace', design: smaller }));
    expect(screen.getByRole('combobox', { name: 'Backend' })).toHaveValue('');
    expect(screen.getByRole('status', { name: 'Simulation verdict' })).toHaveTextContent(
      /^Allowed to default\/pod-a1, decided on node-1/,
    );
  });
});

describe('Reachability tab', () => {
  it('computes the matrix, then recomputes when the profile switches: mismatches first', async () => {
    const { store } = renderPanel();
    await openTab('Reachability');
    const summary = () => screen.getByRole('status', { name: 'Matrix summary' });
    await waitFor(() => expect(summary()).toHaveTextContent('32 cells, 0 mismatches'));
    expect(screen.getByRole('progressbar', { name: 'Matrix progress' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    expect(screen.getByText(/^Done: 24 entry points in/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Mismatches only' })).not.toBeChecked();

    act(() => store.dispatch({ type: 'setProfile', profile: 'guide' }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
      ),
    );
    expect(screen.getByRole('switch', { name: 'Mismatches only' })).toBeChecked();
    const table = screen.getByRole('table', { name: 'Reachability matrix' });
    expect(table).toHaveAttribute('aria-rowcount', '25');

    fireEvent.change(screen.getByRole('textbox', { name: 'Filter' }), {
      target: { value: 'anyone' },
    });
    const open = within(table).getAllByRole('button', { name: /^Open the trace: anyone else/ });
    expect(open).toHaveLength(8);
    expect(open[0]).toHaveAccessibleName(
      'Open the trace: anyone else (203.0.113.1) to default/svc-a 80/TCP via node-1/eth0, backend default/pod-a2: allowed, mismatch: intended denied',
    );

    fireEvent.click(open[0]!);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Allowed')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('region', { name: /^Hop / })).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show on canvas' }));
    expect(screen.getByRole('tab', { name: 'Test traffic', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Simulation verdict' })).toHaveTextContent(
      /^Allowed to default\/pod-a2/,
    );
  });

  it('Cancel stops a run; Compute starts it again', async () => {
    renderPanel();
    await openTab('Reachability');
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    fireEvent.click(cancel);
    expect(screen.getByText(/^Cancelled at/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Compute' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Matrix summary' })).toHaveTextContent(
        '32 cells, 0 mismatches',
      ),
    );
  });
});
