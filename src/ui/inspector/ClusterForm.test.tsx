// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { DesignStore } from '../../state/store';
import { Inspector } from './Inspector';

// MUI in jsdom renders slowly on a loaded two-core machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

async function setup() {
  const store = new DesignStore(guideExample);
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <Inspector />
    </StoreContext.Provider>,
  );
  await act(async () => store.select({ kind: 'cluster' }));
  return { store, user, output: () => store.getState().design.output };
}

const version = () => screen.getByRole('combobox', { name: 'Target Calico version' });
const staged = () => screen.getByRole('switch', { name: 'Staged policies (dry run)' });

describe('output settings', () => {
  it('targets a Calico version, says what it means for the output, and undoes', async () => {
    const { store, user, output } = await setup();
    expect(version()).toHaveValue('3.32');
    expect(screen.getByRole('option', { name: '3.32 (newest)' })).toBeInTheDocument();
    expect(version()).toHaveAccessibleDescription(/a tier of their own/);

    await user.selectOptions(version(), '3.28');
    expect(output()).toEqual({ profile: 'hardened', calicoVersion: '3.28', staged: false });
    await waitFor(() => expect(version()).toHaveAccessibleDescription(/No tiers before/));
    // Staged kinds do not exist before 3.30: the switch is out of reach, and says why.
    expect(staged()).toBeDisabled();
    expect(staged()).toHaveAccessibleDescription(
      'Staged policies need Calico 3.30 or newer; the target is 3.28.',
    );

    await act(async () => store.undo());
    expect(output().calicoVersion).toBe('3.32');
    await waitFor(() => expect(version()).toHaveValue('3.32'));
    expect(staged()).toBeEnabled();
  });

  it('turns staged output on, and refuses a version without it at the switch', async () => {
    const { user, output } = await setup();
    await user.click(staged());
    expect(output()).toEqual({ profile: 'hardened', calicoVersion: '3.32', staged: true });
    expect(staged()).toHaveAccessibleDescription(/enforces nothing/);

    await user.selectOptions(version(), '3.29');
    await waitFor(() =>
      expect(staged()).toHaveAccessibleDescription(
        'staged policies need Calico 3.30 or newer; the target is 3.29',
      ),
    );
    expect(output().calicoVersion).toBe('3.32');
    // The switch stays usable, so the problem can be fixed where it is shown.
    expect(staged()).toBeEnabled();
    await user.click(staged());
    expect(output()).toEqual({ profile: 'hardened', calicoVersion: '3.29', staged: false });
  });
});
