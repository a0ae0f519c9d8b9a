// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { generate } from '../../generator/generate';
import type { BaselineResource, Design } from '../../model/design';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { OutputPanel } from '../output/OutputPanel';
import { startMatrixInThread } from './matrixRunner';
import { SimulationContext, createSimulationStores } from './simulationContext';

vi.setConfig({ testTimeout: 60_000 });

/** The guide example running the guide's own recipe, as an import of that cluster would say. */
function runningTheGuide(): Design {
  const r = generate(guideExample, { profile: 'guide' });
  if (!r.ok) throw new Error('the guide example generates');
  const resources = r.documents.map((d) => d.resource as unknown as BaselineResource);
  return { ...guideExample, baseline: { resources, sources: ['cluster.yaml'] } };
}

async function openReachability(store: DesignStore) {
  render(
    <StoreContext.Provider value={store}>
      <SimulationContext.Provider value={createSimulationStores(startMatrixInThread)}>
        <OutputPanel />
      </SimulationContext.Provider>
    </StoreContext.Provider>,
  );
  fireEvent.click(screen.getByRole('tab', { name: 'Reachability' }));
  await screen.findByRole('region', { name: 'Reachability' });
}

const summary = () => screen.getByRole('status', { name: 'Matrix summary' });

describe('Reachability on what the cluster runs now', () => {
  it('opens on Running now: the leak first, its trace naming the existing rule', async () => {
    await openReachability(new DesignStore(runningTheGuide()));
    expect(screen.getByRole('button', { name: 'Running now', pressed: true })).toBeInTheDocument();
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
      ),
    );
    const table = screen.getByRole('table', { name: 'Reachability matrix' });
    const [first] = within(table).getAllByRole('button', { name: /^Open the trace: / });
    expect(first).toHaveAccessibleName(
      'Open the trace: office (50.60.0.1) to default/svc-b 80/TCP via node-1/eth0, backend default/pod-b2: allowed, mismatch: intended denied',
    );
    fireEvent.click(first!);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'Decided by the existing policy allow-nodes-svc-b, rule 0 (workloadIngress).',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    // The in-cluster flows: the guide's backend policies cut pods off, listed first.
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'In-cluster summary' })).toHaveTextContent(
        '48 in-cluster flows, 16 mismatches: 0 unexpectedly allowed, 16 unexpectedly denied',
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'In the cluster' }));
    const flows = screen.getByRole('list', { name: 'In-cluster flows' });
    const [cut] = within(flows).getAllByRole('button', { name: /^Trace: / });
    expect(cut).toHaveAccessibleName(
      'Trace: pod → pod default/pod-a1 → default/pod-a2 (192.168.2.10:9153/TCP): denied, expected: allowed',
    );
    fireEvent.click(cut!);
    expect(within(screen.getByRole('dialog')).getByRole('note')).toHaveTextContent(
      'Decided at the end of tier default',
    );
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));

    // By existing policy: the leaking policy, and those that decide nothing.
    fireEvent.click(await screen.findByRole('button', { name: 'By existing policy' }));
    const view = await screen.findByRole('region', {
      name: 'Existing policies, by the flows they decide',
    });
    const leaking = within(view).getByRole('region', { name: 'allow-nodes-svc-b' });
    expect(leaking).toHaveTextContent('12 flows: 12 allowed, 0 denied');
    expect(leaking).toHaveTextContent('8 not as intended');
    expect(
      within(view).getByRole('region', { name: 'Existing policies that decide no flow' }),
    ).toHaveTextContent('allow-to-pods');
  });

  it('switches to Proposed, adopts it as running now (undoable), and forgets the baseline', async () => {
    const store = new DesignStore(runningTheGuide());
    await openReachability(store);
    fireEvent.click(screen.getByRole('button', { name: 'Proposed' }));
    await waitFor(() => expect(summary()).toHaveTextContent('32 cells, 0 mismatches'));
    fireEvent.click(screen.getByRole('button', { name: 'Adopt as running now' }));
    expect(screen.getByRole('button', { name: 'Running now', pressed: true })).toBeInTheDocument();
    expect(store.getState().design.baseline?.sources).toEqual(['calico-guide-example.calico.yaml']);
    await waitFor(() => expect(summary()).toHaveTextContent('32 cells, 0 mismatches'));
    act(() => store.undo());
    expect(store.getState().design.baseline?.sources).toEqual(['cluster.yaml']);
    fireEvent.click(screen.getByRole('button', { name: 'Forget the baseline' }));
    expect(store.getState().design.baseline).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Running now' })).not.toBeInTheDocument();
  });
});
