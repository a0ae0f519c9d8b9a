// @vitest-environment jsdom
/** The simulator's tabs in 简体中文: the trace, the matrix, verdicts in words and icons. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { OutputPanel } from '../output/OutputPanel';
import { startMatrixInThread } from './matrixRunner';
import { SimulationContext, createSimulationStores } from './simulationContext';

// jsdom computes accessible names slowly over MUI's markup: these tests take seconds, not ms.
vi.setConfig({ testTimeout: 60_000 });

function renderInChinese(store = new DesignStore(guideExample)) {
  const preferences = new PreferencesStore(memoryStorage(), ['zh-CN']);
  render(
    <PreferencesContext.Provider value={preferences}>
      <StoreContext.Provider value={store}>
        <SimulationContext.Provider value={createSimulationStores(startMatrixInThread)}>
          <OutputPanel />
        </SimulationContext.Provider>
      </StoreContext.Provider>
    </PreferencesContext.Provider>,
  );
  return { store, preferences };
}

async function openTab(name: '测试流量' | '可达性'): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.findByRole('region', { name }, { timeout: 15_000 });
}

describe('Test traffic in 简体中文', () => {
  it('labels the form, announces the verdict and lists every hop in Chinese', async () => {
    renderInChinese();
    const region = await openTab('测试流量');
    expect(within(region).getByRole('combobox', { name: '源' })).toHaveValue('client|office');
    expect(within(region).getByRole('textbox', { name: '源地址' })).toHaveValue('50.60.0.1');
    expect(within(region).getByText('选择一个数据包并点击“模拟”', { exact: false })).toBeVisible();
    fireEvent.change(within(region).getByRole('combobox', { name: '后端' }), {
      target: { value: 'pod-a2' },
    });
    // As in simulator.test.tsx: click until the verdict, whole, is the new draft's alone.
    await waitFor(() => {
      fireEvent.click(within(region).getByRole('button', { name: '模拟' }));
      expect(screen.getByRole('status', { name: '模拟结论' }).textContent).toBe(
        '发往 default/pod-a2：已放行，判定于 node-1 的 preDNAT 阶段，依据 external-access.allow-cluster-ips 的入站规则 0',
      );
    });
    expect(
      within(region)
        .getAllByRole('region', { name: /^第 \d 跳/ })
        .map((h) => h.getAttribute('aria-label')),
    ).toEqual(['第 1 跳：node-1，经 eth0 进入', '第 2 跳：node-2，经 eth0 进入']);
    const decided = region.querySelector('[data-decided]');
    expect(decided).toHaveTextContent('pre-DNAT 主机策略');
    expect(decided).toHaveTextContent('在此判定：');
    expect(decided).toHaveTextContent(/external-access\.allow-cluster-ips 的规则 0 匹配（Allow）/);
    expect(
      within(region).getByRole('button', {
        name: '在 YAML 中显示 external-access.allow-cluster-ips 的入站规则 0',
      }),
    ).toBeInTheDocument();
  });

  it('says why a form is not a packet yet, in Chinese', async () => {
    renderInChinese();
    const region = await openTab('测试流量');
    fireEvent.change(within(region).getByRole('textbox', { name: '源地址' }), {
      target: { value: '50.60.x' },
    });
    expect(within(region).getByRole('button', { name: '模拟' })).toBeDisabled();
    expect(within(region).getByText('源地址不是 IP 地址。')).toBeInTheDocument();
  });
});

describe('Reachability in 简体中文', () => {
  it('summarises, and shows each verdict as an icon and a word, not only a colour', async () => {
    const { store } = renderInChinese();
    await openTab('可达性');
    const summary = () => screen.getByRole('status', { name: '矩阵摘要' });
    await waitFor(() => expect(summary()).toHaveTextContent('32 个单元格，0 处不符'));
    expect(screen.getByText(/^完成：24 个入口点，用时 [\d.]+ 秒$/)).toBeInTheDocument();

    act(() => store.dispatch({ type: 'setProfile', profile: 'guide' }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent('48 个单元格，24 处不符：16 个意外放行，8 个意外拒绝'),
    );
    expect(screen.getByRole('switch', { name: '仅显示不符' })).toBeChecked();
    const table = screen.getByRole('table', { name: '可达性矩阵' });
    expect(within(table).getByRole('columnheader', { name: '预期' })).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: '筛选' }), {
      target: { value: '其他地址' },
    });
    const open = within(table).getAllByRole('button', { name: /^打开追踪：其他地址/ });
    expect(open).toHaveLength(8);
    expect(open[0]).toHaveAccessibleName(
      '打开追踪：其他地址（203.0.113.1） 到 default/svc-a 80/TCP，经 node-1/eth0，后端 default/pod-a2：已放行，不符：预期为“已拒绝”',
    );
    // The verdict: an icon and a word; the mismatch: a warning icon and the intent in words.
    expect(open[0]).toHaveTextContent('已放行');
    expect(open[0]!.querySelector('svg')).not.toBeNull();
    const row = open[0]!.closest('[role="row"]') as HTMLElement;
    const intent = within(row).getByText('预期拒绝');
    expect(intent.querySelector('svg')).not.toBeNull();
    expect(intent).toHaveAttribute('title', '不符：设计的意图与此相反');

    fireEvent.click(open[0]!);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      '从 node-1/eth0 进入，后端 default/pod-a2。预期：已拒绝；模拟：已放行（不符）。',
    );
    expect(within(dialog).getByRole('button', { name: '在画布上显示' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
  });
});
