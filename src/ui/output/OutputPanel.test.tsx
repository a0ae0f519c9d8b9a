// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { t } from '../../i18n/t';
import { emptyDesign, guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { OutputPanel } from './OutputPanel';

function renderPanel(store = new DesignStore(guideExample)): DesignStore {
  render(
    <StoreContext.Provider value={store}>
      <OutputPanel />
    </StoreContext.Provider>,
  );
  return store;
}

/** The YAML lines as the user reads them (without the line-number gutter). */
function yamlLines(): { n: number; text: string; highlight: string | undefined }[] {
  const region = screen.getByRole('region', { name: 'Generated YAML' });
  return [...region.querySelectorAll<HTMLElement>('[data-line]')].map((el) => ({
    n: Number(el.dataset.line),
    text: el.querySelector('.lc')?.textContent ?? '',
    highlight: el.dataset.highlight,
  }));
}

function lineElement(n: number): HTMLElement {
  const el = screen
    .getByRole('region', { name: 'Generated YAML' })
    .querySelector<HTMLElement>(`[data-line="${n}"]`);
  if (!el) throw new Error(`no line ${n}`);
  return el;
}

/** The number of the first YAML line that reads `text`. */
function lineNumberOf(text: string): number {
  const line = yamlLines().find((l) => l.text === text);
  if (!line) throw new Error(`no line "${text}"`);
  return line.n;
}

// Rules select a client by the label of its GlobalNetworkSet.
const OFFICE_NET = "      selector: clusterip-policy-designer/client == 'office'";
const PARTNER_NET = "      selector: clusterip-policy-designer/client == 'partner'";
const CLUSTER_IPS = 'external-access.allow-cluster-ips';

/** The guide example with svc-a's cluster IP outside every service CIDR: one error. */
function breakClusterIP(store: DesignStore): void {
  const svc = { ...guideExample.services[0]!, clusterIP: '10.99.0.1' };
  act(() => store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } }));
}

describe('OutputPanel', () => {
  it('shows the generated YAML with line numbers on the YAML tab', () => {
    renderPanel();
    expect(screen.getByRole('tab', { name: 'YAML', selected: true })).toBeInTheDocument();
    const lines = yamlLines();
    expect(lines.map((l) => l.text)).toContain(`  name: ${CLUSTER_IPS}`);
    expect(lines[0]?.n).toBe(1);
    // The policies part: no Service, no BGPConfiguration (those are cluster changes).
    expect(lines.map((l) => l.text)).not.toContain('kind: BGPConfiguration');
    expect(lines.at(-1)?.text).toBe('  - 172.16.0.12');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('copies the YAML to the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    const result = store.getGeneration().current;
    expect(writeText).toHaveBeenCalledWith(result.ok ? result.yaml : '');
  });

  it('colours keys, values and comments', () => {
    renderPanel();
    const line = lineElement(lineNumberOf(`  name: ${CLUSTER_IPS}`));
    expect(line.querySelector('.t-key')?.textContent).toBe('name');
    expect(line.querySelector('.t-string')?.textContent).toBe(CLUSTER_IPS);
    expect(lineElement(1).querySelector('.t-comment')).not.toBeNull();
    expect(lineElement(lineNumberOf('---')).querySelector('.t-docStart')?.textContent).toBe('---');
  });

  it('lights the rules of a selected access edge', () => {
    const store = renderPanel();
    expect(yamlLines().some((l) => l.highlight)).toBe(false);
    act(() => store.select({ kind: 'access', client: 'office', service: 'svc-a' }));
    const lines = yamlLines();
    const ruleLines = lines.filter((l) => l.highlight === 'rule').map((l) => l.text);
    // The pre-DNAT allow and the backend policy's allow of the client, not the partner's.
    expect(ruleLines.filter((text) => text === OFFICE_NET).length).toBeGreaterThanOrEqual(2);
    expect(ruleLines).not.toContain(PARTNER_NET);
    // The rest of each document is lit too, less strongly.
    expect(lines.find((l) => l.text === `  name: ${CLUSTER_IPS}`)?.highlight).toBe('resource');
    expect(
      lines.find((l) => l.text === '  name: external-access.allow-backends-svc-b')?.highlight,
    ).toBeUndefined();
  });

  it('selects the rule, or the resource, under a clicked line', () => {
    const store = renderPanel();
    // The office's selector first appears in a rule of allow-cluster-ips.
    const office = lineNumberOf(OFFICE_NET);
    fireEvent.click(lineElement(office));
    expect(store.getState().selection).toEqual({
      kind: 'rule',
      resource: `GlobalNetworkPolicy/${CLUSTER_IPS}`,
      rulePath: expect.stringMatching(/^spec\.ingress\[\d+\]$/),
    });
    expect(lineElement(office).dataset.highlight).toBe('rule');
    fireEvent.click(lineElement(lineNumberOf(`  name: ${CLUSTER_IPS}`)));
    expect(store.getState().selection).toEqual({
      kind: 'rule',
      resource: `GlobalNetworkPolicy/${CLUSTER_IPS}`,
      rulePath: '',
    });
    // The file header belongs to no resource: clicking it changes nothing.
    fireEvent.click(lineElement(1));
    expect(store.getState().selection).toMatchObject({ rulePath: '' });
  });

  it('explains every rule, and selects a rule by click or keyboard', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('tab', { name: 'Explanation' }));
    const region = screen.getByRole('region', { name: 'Explanation' });
    expect(
      within(region).getByRole('heading', { name: `GlobalNetworkPolicy ${CLUSTER_IPS}` }),
    ).toBeInTheDocument();
    const buttons = within(region).getAllByRole('button');
    const item = buttons.find((el) =>
      /^ingress\[\d+\]Allows partner \(70\.80\.90\.0\/24\) to reach default\/svc-b at/.test(
        el.textContent ?? '',
      ),
    )!;
    expect(within(item).getByText('§1.2')).toBeInTheDocument();
    fireEvent.click(item);
    expect(store.getState().selection).toEqual({
      kind: 'rule',
      resource: `GlobalNetworkPolicy/${CLUSTER_IPS}`,
      rulePath: `spec.${within(item).getByText(/^ingress\[\d+\]$/).textContent}`,
    });
    expect(item).toHaveAttribute('data-highlight', 'rule');
    expect(region.querySelectorAll('[data-highlight="rule"]')).toHaveLength(1);

    const other = buttons.find((el) => /^ingress\[\d+\]Denies/.test(el.textContent ?? ''))!;
    act(() => other.focus());
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(store.getState().selection).toMatchObject({
      kind: 'rule',
      resource: 'GlobalNetworkPolicy/external-access.deny-unlisted-external',
    });
    expect(other).toHaveAttribute('data-highlight', 'rule');
    expect(item).not.toHaveAttribute('data-highlight');
  });

  it('keeps the selection and its highlight across tabs', () => {
    const store = renderPanel();
    act(() => store.select({ kind: 'access', client: 'office', service: 'svc-a' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Explanation' }));
    const lit = screen
      .getByRole('region', { name: 'Explanation' })
      .querySelectorAll('[data-highlight="rule"]');
    expect(lit.length).toBeGreaterThanOrEqual(2);
    for (const el of lit) expect(el).toHaveTextContent(/^ingress\[\d+\]Allows office/);
    fireEvent.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(yamlLines().some((l) => l.highlight === 'rule')).toBe(true);
    expect(store.getState().selection).toEqual({
      kind: 'access',
      client: 'office',
      service: 'svc-a',
    });
  });

  it('keeps showing the last YAML, marked out of date, while the design has an error', () => {
    const store = renderPanel();
    breakClusterIP(store);
    const alert = screen.getByText(/^Out of date: the design has 1 error\./);
    expect(alert).toHaveTextContent(
      'Out of date: the design has 1 error. Showing the last YAML that generated.',
    );
    const first = store.getGeneration().current.lints[0]!;
    expect(screen.getByText(first.field!)).toBeInTheDocument();
    expect(screen.getByText(t(first.messageId, first.params), { exact: false })).toBeVisible();
    expect(yamlLines().map((l) => l.text)).toContain(`  name: ${CLUSTER_IPS}`);
    expect(screen.getByRole('tab', { name: 'Problems (1)' })).toBeInTheDocument();
    // Fixing the design brings the live YAML back.
    act(() => store.undo());
    expect(screen.queryByText(/Out of date/)).toBeNull();
  });

  it('shows the errors and no YAML when the design never generated', () => {
    const store = new DesignStore(guideExample);
    breakClusterIP(store);
    const fresh = new DesignStore(store.getState().design);
    renderPanel(fresh);
    expect(screen.getByText('No YAML yet: the design has 1 error')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Generated YAML' })).toBeNull();
  });

  it('explains how to start when the design is empty', () => {
    renderPanel(new DesignStore(emptyDesign));
    expect(
      screen.getByText(
        'Add nodes, services, pods and clients from the palette, then drag from a client to a service to grant access.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Generated YAML' })).toBeNull();
  });

  it("lists the guide profile's warnings on the Problems tab, and selects what one is about", () => {
    const store = renderPanel();
    expect(screen.getByRole('tab', { name: 'Problems (0)' })).toBeInTheDocument();
    act(() => store.dispatch({ type: 'setProfile', profile: 'guide' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Problems (8)' }));
    const region = screen.getByRole('region', { name: 'Problems' });
    const items = within(region).getAllByRole('button');
    expect(items).toHaveLength(8);
    const leak = t('lint.guideLeakUnlisted', {
      service: 'default/svc-a',
      clusterIP: '10.20.30.40',
    });
    const leakItem = items.find((el) => el.textContent?.includes(leak));
    expect(leakItem).toBeDefined();
    expect(leakItem).toHaveTextContent(/^WarningCluster · Output/);
    expect(leakItem).toHaveTextContent(`Fix: ${t('fix.useHardened')}`);
    expect(items.at(-1)).toHaveTextContent(/^Note/);
    fireEvent.click(leakItem!);
    expect(store.getState().selection).toEqual({ kind: 'element', id: 'svc-a' });
    const nodePorts = items.find((el) => el.textContent?.includes('NodePorts'));
    fireEvent.click(nodePorts!);
    expect(store.getState().selection).toEqual({ kind: 'cluster' });
  });

  it('lists errors first, and an access field selects its edge', () => {
    const store = renderPanel();
    act(() =>
      store.dispatch({
        type: 'updateAccess',
        access: { client: 'office', service: 'svc-a', ports: [8443] },
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: /^Problems/ }));
    const items = within(screen.getByRole('region', { name: 'Problems' })).getAllByRole('button');
    expect(items[0]).toHaveTextContent(/^Error/);
    fireEvent.click(items[0]!);
    expect(store.getState().selection).toEqual({
      kind: 'access',
      client: 'office',
      service: 'svc-a',
    });
  });
});
