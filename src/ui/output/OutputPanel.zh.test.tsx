// @vitest-environment jsdom
/** The output panel in 简体中文, English by default, and a switch of language while it is open. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { translator } from '../../i18n/t';
import { emptyDesign, guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { OutputPanel } from './OutputPanel';

// jsdom over MUI is slow on a busy machine; these tests render the whole panel several times.
vi.setConfig({ testTimeout: 30_000 });

const CJK = /[\u3400-\u9fff]/;

function renderIn(languages: string[], store = new DesignStore(guideExample)) {
  const preferences = new PreferencesStore(memoryStorage(), languages);
  render(
    <PreferencesContext.Provider value={preferences}>
      <StoreContext.Provider value={store}>
        <OutputPanel />
      </StoreContext.Provider>
    </PreferencesContext.Provider>,
  );
  return { store, preferences };
}

/** The guide example with svc-a's cluster IP outside every service CIDR: one error. */
function breakClusterIP(store: DesignStore): void {
  const svc = { ...guideExample.services[0]!, clusterIP: '10.99.0.1' };
  act(() => store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } }));
}

describe('OutputPanel in 简体中文', () => {
  it('is English by default', () => {
    render(
      <StoreContext.Provider value={new DesignStore(guideExample)}>
        <OutputPanel />
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('tablist', { name: 'Output views' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Explanation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('names its tabs, regions and buttons in Chinese; the YAML stays as it is', () => {
    const { store } = renderIn(['zh-CN']);
    expect(screen.getByRole('tablist', { name: '输出视图' })).toBeInTheDocument();
    for (const name of ['YAML', '说明', '测试流量', '可达性']) {
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: '复制' })).toBeInTheDocument();
    const yaml = screen.getByRole('region', { name: '生成的 YAML' });
    expect(yaml).toHaveTextContent('name: external-access.allow-cluster-ips');
    expect(screen.getByText(/^· \d+ 行$/)).toBeInTheDocument();
    const result = store.getGeneration().current;
    expect(result.ok && result.yaml).not.toMatch(CJK);
  });

  it('explains every rule in Chinese, from the core catalogue', () => {
    const { store } = renderIn(['zh-CN']);
    fireEvent.click(screen.getByRole('tab', { name: '说明' }));
    const region = screen.getByRole('region', { name: '说明' });
    const first = store.getGeneration().current;
    const explanation = first.ok ? first.explanations[0] : undefined;
    if (!explanation) throw new Error('no explanation');
    expect(region).toHaveTextContent(
      translator('zh-CN')(explanation.messageId, explanation.params),
    );
    expect(
      within(region).getByRole('heading', {
        name: 'GlobalNetworkPolicy external-access.allow-cluster-ips',
      }),
    ).toBeInTheDocument();
  });

  it('says the output is out of date, and lists problems, in Chinese', () => {
    const { store } = renderIn(['zh-CN']);
    breakClusterIP(store);
    expect(
      screen.getByText('已过期：设计中有 1 个错误。当前显示的是上次成功生成的 YAML。'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '问题（1）' }));
    const problems = screen.getByRole('region', { name: '问题' });
    const lint = store.getGeneration().current.lints[0]!;
    const [item] = within(problems).getAllByRole('button');
    expect(item).toHaveTextContent(/^错误/);
    expect(item).toHaveTextContent(translator('zh-CN')(lint.messageId, lint.params));
  });

  it('shows how to start, in Chinese, when the design is empty', () => {
    renderIn(['zh-CN'], new DesignStore(emptyDesign));
    expect(screen.getByText('还没有可生成的内容')).toBeInTheDocument();
  });

  it('follows a change of language while open, memoised explanations included', () => {
    const { preferences } = renderIn(['zh-CN']);
    fireEvent.click(screen.getByRole('tab', { name: '说明' }));
    const chinese = screen.getByRole('region', { name: '说明' }).textContent ?? '';
    act(() => preferences.setLocale('en'));
    const region = screen.getByRole('region', { name: 'Explanation' });
    expect(screen.getByRole('tab', { name: 'Explanation', selected: true })).toBeInTheDocument();
    expect(region.textContent).not.toBe(chinese);
    expect(region).toHaveTextContent(/Allows office/);
  });
});
