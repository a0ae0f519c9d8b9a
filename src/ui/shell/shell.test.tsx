// @vitest-environment jsdom
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignKeeper, memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { KeeperContext } from '../../state/useKeeper';
import { NoticeProvider } from '../share/Notices';
import { ConfirmDialog } from './ConfirmDialog';
import { Palette } from './Palette';
import { TopBar } from './TopBar';
import { useDesignActions } from './useDesignActions';

// MUI in jsdom renders slowly on a loaded two-core machine.
vi.setConfig({ testTimeout: 30_000 });

/** The app's providers around `children`; the language from `languages` (English when empty). */
function providers(languages: readonly string[] = []) {
  const store = new DesignStore(guideExample);
  const keeper = new DesignKeeper(store, memoryStorage());
  const preferences = new PreferencesStore(memoryStorage(), languages);
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <PreferencesContext.Provider value={preferences}>
      <StoreContext.Provider value={store}>
        <KeeperContext.Provider value={keeper}>
          <NoticeProvider>{children}</NoticeProvider>
        </KeeperContext.Provider>
      </StoreContext.Provider>
    </PreferencesContext.Provider>
  );
  return { store, preferences, Wrapper };
}

const noActions = {
  onNew: vi.fn(),
  onExamples: vi.fn(),
  onImport: vi.fn(),
  onRestorePrevious: vi.fn(),
};

function Shell() {
  const actions = useDesignActions();
  return (
    <>
      <TopBar actions={noActions} canvas={createRef<HTMLElement>()} />
      <Palette actions={actions} onDelete={() => undefined} />
    </>
  );
}

describe('the shell in two languages', () => {
  it('speaks English by default, and 简体中文 once chosen in the language menu', async () => {
    const user = userEvent.setup();
    const { Wrapper } = providers();
    render(<Shell />, { wrapper: Wrapper });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'ClusterIP Policy Designer',
    );
    expect(screen.getByRole('button', { name: 'Cluster settings' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Palette' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add pod' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Output profile' })).toHaveTextContent(
      "HardenedGuide's recipe",
    );

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: '简体中文' }));

    // The app's name is a name: the same in every language.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'ClusterIP Policy Designer',
    );
    expect(screen.getByRole('button', { name: '集群设置' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '工具面板' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加 Pod' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '输出方案' })).toHaveTextContent('加固指南原方案');
    expect(screen.getByRole('group', { name: '外部流量策略模式' })).toBeInTheDocument();
    expect(screen.queryByText('Cluster settings')).not.toBeInTheDocument();
  });

  it('opens the design menu in 简体中文', async () => {
    const user = userEvent.setup();
    const { Wrapper } = providers(['zh-CN']);
    render(<Shell />, { wrapper: Wrapper });
    await user.click(screen.getByRole('button', { name: `设计：${guideExample.name}` }));
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: '新建设计' })).toBeInTheDocument();
    expect(within(menu).getByText('暂无可恢复的设计')).toBeInTheDocument();
  });

  it('says what a deletion removes, in the current language', () => {
    const { store, preferences, Wrapper } = providers();
    const { result, rerender } = renderHook(() => useDesignActions(), { wrapper: Wrapper });
    act(() => store.select({ kind: 'access', client: 'office', service: 'svc-a' }));
    expect(result.current.pendingDelete()?.summary).toEqual([
      'the access edge from office to svc-a',
    ]);
    act(() => preferences.setLocale('zh-CN'));
    rerender();
    expect(result.current.pendingDelete()?.summary).toEqual(['从 office 到 svc-a 的访问连线']);
  });

  it('offers to cancel a confirmation in the current language', () => {
    const { Wrapper } = providers(['zh-CN']);
    render(
      <ConfirmDialog
        open
        title="t"
        lines={['x']}
        confirmLabel="ok"
        onConfirm={() => undefined}
        onClose={() => undefined}
      />,
      { wrapper: Wrapper },
    );
    expect(screen.getByRole('button', { name: '取消' })).toBeInTheDocument();
  });
});
