// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { translator } from '../../i18n/t';
import { GUIDE_AS_PRINTED } from '../../importer/testdata/guideAsPrinted';
import type { Design } from '../../model/design';
import { guideExample } from '../../model/examples';
import { decodeDesign, PERMALINK_WARN_LENGTH } from '../../permalink/permalink';
import { StoreContext } from '../../state/hooks';
import { DesignKeeper, memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore } from '../../state/store';
import { KeeperContext } from '../../state/useKeeper';
import { describeProblems } from './describeProblems';
import { ExamplesDialog } from './ExamplesDialog';
import { ExportMenu } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { NoticeProvider } from './Notices';
import { ShareButton } from './ShareButton';
import { shareLinkOf } from './shareLink';
import { linkFailedNotice, startNotice } from './useLinkOpener';

// MUI in jsdom renders slowly on a loaded two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const en = translator('en');
const zh = translator('zh-CN');

/** Renders `children` in the app's providers; in English unless `languages` says otherwise. */
function wrap(design: Design, children: ReactNode, languages: readonly string[] = []) {
  const store = new DesignStore(design);
  const keeper = new DesignKeeper(store, memoryStorage());
  const tree = (
    <StoreContext.Provider value={store}>
      <KeeperContext.Provider value={keeper}>
        <NoticeProvider>{children}</NoticeProvider>
      </KeeperContext.Provider>
    </StoreContext.Provider>
  );
  render(
    languages.length ? (
      <PreferencesContext.Provider value={new PreferencesStore(memoryStorage(), languages)}>
        {tree}
      </PreferencesContext.Provider>
    ) : (
      tree
    ),
  );
  return { store, user: userEvent.setup() };
}

describe('shareLinkOf', () => {
  it('replaces any fragment of the page address, and the link decodes to the design', () => {
    const link = shareLinkOf(guideExample, 'https://example.test/tools/designer/?x=1#v1z:old');
    expect(link.startsWith('https://example.test/tools/designer/?x=1#v1z:')).toBe(true);
    expect(link).not.toContain('old');
    const back = decodeDesign(link);
    expect(back.ok && back.design).toEqual(guideExample);
  });
});

describe('notices', () => {
  it('puts link problems into words, with their field, at most six lines', () => {
    const n = linkFailedNotice([{ path: '', messageId: 'permalink.corrupt', params: {} }], en);
    expect(n.lines).toEqual(['the link is truncated or damaged: its design cannot be unpacked']);
    const many = Array.from({ length: 9 }, (_, i) => ({
      path: `clients[${i}].name`,
      messageId: 'field.required' as const,
      params: {},
    }));
    const lines = describeProblems(many, en);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^clients\[0\]\.name: /);
    expect(lines[6]).toBe('…and 3 more');
  });

  it('merges the start-up notices, the link error first', () => {
    const n = startNotice(
      [
        { kind: 'savedCorrupt', problems: [] },
        { kind: 'linkFailed', problems: [] },
      ],
      en,
    );
    expect(n?.title).toBe('Your autosaved design could not be read');
    expect(n?.lines?.[0]).toMatch(/^The link did not open/);
    expect(startNotice([], en)).toBeUndefined();
  });
});

describe('ExportMenu', () => {
  it('offers the YAML only while the design generates, and says why not', async () => {
    const broken = {
      ...guideExample,
      services: [
        { ...guideExample.services[0]!, clusterIP: '10.99.0.1' },
        guideExample.services[1]!,
      ],
    };
    const { user } = wrap(broken, <ExportMenu canvas={{ current: null }} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    for (const name of [/^Policies/, /^Cluster changes/, /^Everything in one file/]) {
      const item = screen.getByRole('menuitem', { name });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveTextContent('The design has errors');
    }
    expect(screen.getByRole('menuitem', { name: /Copy the policies/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

describe('ShareButton', () => {
  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { user } = wrap(guideExample, <ShareButton />);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this design' });
    const field = within(dialog).getByRole('textbox', { name: 'Share link' });
    expect((field as HTMLTextAreaElement).value).toBe(shareLinkOf(guideExample));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'The browser did not allow copying. Select the link and copy it with Ctrl+C.',
    );
  });

  it('shows the link it copied, and copies it again on request', async () => {
    const { user } = wrap(guideExample, <ShareButton />);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this design' });
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Link copied to the clipboard',
    );
    const link = shareLinkOf(guideExample);
    expect(
      (within(dialog).getByRole('textbox', { name: 'Share link' }) as HTMLTextAreaElement).value,
    ).toBe(link);
    expect(writeText).toHaveBeenLastCalledWith(link);
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('asks before copying a link longer than chat tools keep', async () => {
    const clients = Array.from({ length: 400 }, (_, i) => ({
      id: `c${i}`,
      name: `client ${((i * 2654435761) % 2 ** 32).toString(16)}`,
      cidrs: [`${11 + (i % 200)}.${(i * 7) % 256}.${(i * 13) % 256}.0/24`],
    }));
    const big = { ...guideExample, clients, access: [] };
    expect(shareLinkOf(big).length).toBeGreaterThan(PERMALINK_WARN_LENGTH);
    const { user } = wrap(big, <ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'This link is long' });
    expect(dialog).toHaveTextContent(
      `This link is ${shareLinkOf(big).length.toLocaleString('en')} characters; many chat tools cut links this long.`,
    );
    expect(within(dialog).getByRole('button', { name: 'Download design (JSON)' })).toBeVisible();
    // Not copied until the user says so.
    expect(within(dialog).getByRole('status')).not.toHaveTextContent('copied');
  });
});

describe('ImportDialog', () => {
  it('previews the guide’s YAML as printed, rejected policy first, then hands over the design', async () => {
    const onUse = vi.fn();
    const { user } = wrap(
      guideExample,
      <ImportDialog open onClose={() => undefined} onUse={onUse} />,
    );
    const use = screen.getByRole('button', { name: 'Use this design' });
    expect(use).toBeDisabled();
    await act(async () => {
      const field = screen.getByRole('textbox', { name: 'YAML' });
      field.focus();
      await user.paste(GUIDE_AS_PRINTED);
    });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const table = screen.getByRole('table', { name: 'Import report' });
    const first = within(table).getAllByRole('row')[1]!;
    const cells = within(first).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '52',
      'Rejected',
      'GlobalNetworkPolicy allow-traffic-hostendpointsspec.types',
      expect.stringContaining('Calico would reject it'),
    ]);
    await user.click(use);
    expect(onUse).toHaveBeenCalledTimes(1);
    expect((onUse.mock.calls[0]![0] as Design).services).toHaveLength(2);
  });
});

describe('in 简体中文', () => {
  it('puts notices and the core messages in them into Chinese', () => {
    const n = linkFailedNotice([{ path: 'name', messageId: 'field.required', params: {} }], zh);
    expect(n.title).toBe('链接无法打开');
    expect(n.text).toBe(
      '链接中的设计违反了设计格式的规则，出错的字段见下方。你自己的设计仍然打开着，没有改动。',
    );
    expect(n.lines).toEqual(['设计名称（name）：此项为必填']);
    const damaged = linkFailedNotice(
      [{ path: '', messageId: 'permalink.corrupt', params: { detail: 'x' } }],
      zh,
    );
    expect(damaged.text).toMatch(/^链接已损坏或不完整/);
    const many = Array.from({ length: 8 }, () => ({
      path: '',
      messageId: 'permalink.corrupt' as const,
      params: {},
    }));
    expect(describeProblems(many, zh).at(-1)).toBe('……另有 2 条');
  });

  it('shows the share button, its dialog and the export menu in Chinese', async () => {
    const { user } = wrap(
      guideExample,
      <>
        <ExportMenu canvas={{ current: null }} />
        <ShareButton />
      </>,
      ['zh-CN'],
    );
    await user.click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByRole('menuitem', { name: /^策略（YAML）/ })).toHaveTextContent(
      'guide-example.calico.yaml',
    );
    await user.keyboard('{Escape}');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '分享' }));
    const dialog = await screen.findByRole('dialog', { name: '分享此设计' });
    expect(within(dialog).getByRole('textbox', { name: '分享链接' })).toBeVisible();
  });

  it('previews an import with the report, the importer messages included, in Chinese', async () => {
    const { user } = wrap(
      guideExample,
      <ImportDialog open onClose={() => undefined} onUse={() => undefined} />,
      ['zh-CN', 'en'],
    );
    expect(screen.getByRole('dialog', { name: '导入 YAML' })).toBeVisible();
    await act(async () => {
      screen.getByRole('textbox', { name: 'YAML' }).focus();
      await user.paste(GUIDE_AS_PRINTED);
    });
    await user.click(screen.getByRole('button', { name: '预览' }));
    const table = screen.getByRole('table', { name: '导入报告' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('拒绝');
    expect(cells[3]).toHaveTextContent('Calico 会拒绝它');
    expect(screen.getByRole('region', { name: '导入预览' })).toHaveTextContent(
      /设计“.*”：\d+ 个节点，\d+ 个服务，\d+ 个 Pod，\d+ 个客户端，\d+ 条访问连线。/,
    );
    expect(screen.getByRole('button', { name: '使用此设计' })).toBeEnabled();
  });

  it('names the examples in Chinese', () => {
    wrap(guideExample, <ExamplesDialog open onClose={() => undefined} onOpen={() => undefined} />, [
      'zh-CN',
    ]);
    const gallery = screen.getByRole('dialog', { name: '示例' });
    expect(within(gallery).getByRole('button', { name: /^指南示例/ })).toBeVisible();
  });

  it('is English without a language chosen', () => {
    wrap(guideExample, <ExamplesDialog open onClose={() => undefined} onOpen={() => undefined} />);
    const gallery = screen.getByRole('dialog', { name: 'Examples' });
    expect(within(gallery).getByRole('button', { name: /^The guide's example/ })).toBeVisible();
  });
});
