// @vitest-environment jsdom
/** The YAML tab's two parts: the policies and the cluster changes, behind one switch. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { localExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { OutputPanel } from './OutputPanel';

vi.setConfig({ testTimeout: 30_000 });

const SERVICE_PATCH = `kubectl patch service shop -n shop --type merge -p '{"spec":{"type":"NodePort","externalTrafficPolicy":"Local"}}'`;

function renderPanel(languages = ['en']) {
  const store = new DesignStore(localExample);
  const preferences = new PreferencesStore(memoryStorage(), languages);
  render(
    <PreferencesContext.Provider value={preferences}>
      <StoreContext.Provider value={store}>
        <OutputPanel />
      </StoreContext.Provider>
    </PreferencesContext.Provider>,
  );
  return store;
}

function mockClipboard() {
  const writeText = vi.fn((_text: string) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

const part = (name: string) => screen.getByRole('button', { name });
const changes = () => screen.getByRole('region', { name: 'Cluster changes' });

describe('the YAML tab in two parts', () => {
  it('shows the policies first, and says what each part is for', () => {
    renderPanel();
    expect(part('Policies')).toHaveAttribute('aria-pressed', 'true');
    expect(part('Cluster changes')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('group', { name: 'Part of the output' })).toHaveAccessibleDescription(
      /apply it as a whole, delete it as a whole/,
    );
    expect(screen.getByText('local-mode-shop.calico.yaml')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Generated YAML' })).toBeInTheDocument();

    fireEvent.click(part('Cluster changes'));
    expect(screen.getByRole('group', { name: 'Part of the output' })).toHaveAccessibleDescription(
      /Patches to objects you own .*review each/,
    );
    expect(screen.getByText('local-mode-shop.cluster-changes.yaml')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Generated YAML' })).toBeNull();
  });

  it('lists each change with what it does, its side effects, its command and its patch', () => {
    renderPanel();
    fireEvent.click(part('Cluster changes'));
    const headings = within(changes()).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Service/shop/shop',
      'BGPConfiguration/default',
    ]);
    const service = within(changes()).getByRole('listitem', { name: 'Service/shop/shop' });
    expect(service).toHaveTextContent(/externalTrafficPolicy Local.*so the type becomes NodePort/);
    expect(within(service).getByText(/allocates a NodePort on every node/)).toBeInTheDocument();
    expect(within(service).getByText(SERVICE_PATCH)).toBeInTheDocument();
    expect(service).toHaveTextContent('externalTrafficPolicy: Local');
    const bgp = within(changes()).getByRole('listitem', { name: 'BGPConfiguration/default' });
    expect(bgp).toHaveTextContent(/keeps every other field of your BGPConfiguration/);
    expect(bgp).toHaveTextContent('- cidr: 10.96.0.0/16');
  });

  it('copies a command, and Copy copies the part shown', async () => {
    const writeText = mockClipboard();
    const store = renderPanel();
    fireEvent.click(part('Cluster changes'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the command for Service/shop/shop' }));
    expect(await screen.findByText('Command copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenLastCalledWith(SERVICE_PATCH);

    const result = store.getGeneration().current;
    if (!result.ok) throw new Error('the example generates');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await act(async () => undefined);
    expect(writeText).toHaveBeenLastCalledWith(result.changesYaml);
    fireEvent.click(part('Policies'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await act(async () => undefined);
    expect(writeText).toHaveBeenLastCalledWith(result.yaml);
    expect(result.yaml).not.toContain('kind: Service');
  });

  it('keeps the part chosen across tabs', () => {
    renderPanel();
    fireEvent.click(part('Cluster changes'));
    fireEvent.click(screen.getByRole('tab', { name: 'Explanation' }));
    fireEvent.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(part('Cluster changes')).toHaveAttribute('aria-pressed', 'true');
    expect(changes()).toBeInTheDocument();
  });

  it('speaks 简体中文, while the command and the patch stay as they run', () => {
    renderPanel(['zh-CN']);
    fireEvent.click(part('集群变更'));
    const region = screen.getByRole('region', { name: '集群变更' });
    expect(within(region).getByText(SERVICE_PATCH)).toBeInTheDocument();
    expect(within(region).getAllByText('副作用')).toHaveLength(2);
    expect(screen.getByRole('group', { name: '输出部分' })).toHaveAccessibleDescription(/逐条审阅/);
  });
});
