// @vitest-environment jsdom
/** Export: one file per part of the output, named after the design and the part. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generate } from '../../generator/generate';
import { localExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { downloadText } from './download';
import { ExportMenu } from './ExportMenu';
import { NoticeProvider } from './Notices';

vi.mock('./download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));
vi.setConfig({ testTimeout: 30_000 });

function renderMenu() {
  render(
    <StoreContext.Provider value={new DesignStore(localExample)}>
      <NoticeProvider>
        <ExportMenu canvas={{ current: null }} />
      </NoticeProvider>
    </StoreContext.Provider>,
  );
  return userEvent.setup();
}

const ok = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error('the example generates');
  return r as Extract<T, { ok: true }>;
};

describe('ExportMenu', () => {
  it.each([
    ['Policies (YAML)', 'local-mode-shop.calico.yaml', ok(generate(localExample)).yaml],
    [
      'Cluster changes (YAML)',
      'local-mode-shop.cluster-changes.yaml',
      ok(generate(localExample)).changesYaml,
    ],
    [
      'Everything in one file (YAML)',
      'local-mode-shop.all.yaml',
      ok(generate(localExample, { part: 'all' })).yaml,
    ],
  ])('downloads %s as %s', async (label, fileName, text) => {
    const user = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const item = screen.getByRole('menuitem', {
      name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`),
    });
    expect(item).toHaveTextContent(fileName);
    await user.click(item);
    expect(downloadText).toHaveBeenLastCalledWith(fileName, text, 'application/yaml');
  });

  it('writes the Services whole only in the one-file stream', () => {
    expect(ok(generate(localExample)).yaml).not.toContain('kind: Service\n');
    expect(ok(generate(localExample, { part: 'all' })).yaml).toContain('kind: Service\n');
  });
});
