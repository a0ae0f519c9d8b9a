// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../../i18n/t';
import { modeHint } from '../../i18n/trafficModeStory';
import { guideExample } from '../../model/examples';
import { StoreContext } from '../../state/hooks';
import { memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { DesignStore, type Selection } from '../../state/store';
import { Inspector } from './Inspector';

async function setup(selection: Selection = null, store = new DesignStore(guideExample)) {
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <Inspector />
    </StoreContext.Provider>,
  );
  // Async act: the form validates what it shows once mounted; let that settle inside act.
  await act(async () => store.select(selection));
  return { store, user, design: () => store.getState().design };
}

// MUI in jsdom renders slowly on a loaded two-core machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** Replaces a field's text in one change, as a paste over a selection does. */
async function replaceText(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.tripleClick(field);
  await user.paste(text);
}

/** The field's error (or hint) as a screen reader announces it. */
async function expectDescription(field: HTMLElement, text: string) {
  await waitFor(() => expect(field).toHaveAccessibleDescription(text));
}

describe('client form', () => {
  it('shows an invalid CIDR in words at the field and keeps it out of the design', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'office' });
    const before = design();
    const cidr = textbox('CIDR 1');
    await user.clear(cidr);
    await user.type(cidr, '50.60.0.0/33');
    await expectDescription(
      cidr,
      'the prefix length /33 is too long: it is 0–32 for this address family',
    );
    expect(design()).toBe(before);

    await user.clear(cidr);
    await user.type(cidr, '50.61.0.0/16');
    expect(design().clients[0]?.cidrs).toEqual(['50.61.0.0/16']);
    expect(screen.queryByText(/prefix length/)).not.toBeInTheDocument();
  });

  it('grants access to a service from the keyboard, and opens an edge it has', async () => {
    const base = guideExample;
    const store = new DesignStore({
      ...base,
      access: base.access.filter((a) => a.service !== 'svc-b'),
    });
    const { user, design } = await setup({ kind: 'element', id: 'office' }, store);
    const reach = screen.getByRole('region', { name: 'May reach' });
    expect(within(reach).getByRole('button', { name: 'svc-a: edit ports' })).toBeInTheDocument();
    const picker = within(reach).getByRole('combobox', { name: 'Grant access to a service' });
    expect(within(picker).queryByRole('option', { name: 'default/svc-a' })).not.toBeInTheDocument();
    const grant = within(reach).getByRole('button', { name: 'Grant' });
    expect(grant).toBeDisabled();
    await user.selectOptions(picker, 'default/svc-b');
    expect(design().access).not.toContainEqual({ client: 'office', service: 'svc-b' });
    await user.click(grant);
    expect(design().access).toContainEqual({ client: 'office', service: 'svc-b' });
    expect(store.getState().selection).toEqual({
      kind: 'access',
      client: 'office',
      service: 'svc-b',
    });
  });

  it('adds and removes CIDRs', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'office' });
    await user.click(screen.getByRole('button', { name: 'Add CIDR' }));
    expect(screen.getByRole('button', { name: 'Remove CIDR 1' })).toBeEnabled();
    await user.type(textbox('CIDR 2'), '10.1.2.3/32');
    expect(design().clients[0]?.cidrs).toEqual(['50.60.0.0/16', '10.1.2.3/32']);
    await user.click(screen.getByRole('button', { name: 'Remove CIDR 1' }));
    expect(design().clients[0]?.cidrs).toEqual(['10.1.2.3/32']);
    expect(textbox('CIDR 1')).toHaveValue('10.1.2.3/32');
    expect(screen.getByRole('button', { name: 'Remove CIDR 1' })).toBeDisabled();
  });
});

describe('service form', () => {
  it('shows a cluster IP outside the service CIDRs at the field and keeps the design', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'svc-a' });
    const before = design();
    const ip = textbox('Cluster IP');
    await replaceText(user, ip, '10.30.0.5');
    await expectDescription(ip, '10.30.0.5 is outside every service CIDR (10.20.30.0/24)');
    expect(design()).toBe(before);
  });

  it("reports a name another service has at this service's own field", async () => {
    const { user, design } = await setup({ kind: 'element', id: 'svc-a' });
    const before = design();
    const name = textbox('Name');
    await replaceText(user, name, 'svc-b');
    await expectDescription(name, 'another service in namespace default is also named "svc-b"');
    expect(design()).toBe(before);
  });

  it('renames in one undo step, and the form follows the undo', async () => {
    const { store, user, design } = await setup({ kind: 'element', id: 'svc-a' });
    const name = textbox('Name');
    await user.clear(name);
    await user.type(name, 'web-x');
    expect(design().services[0]?.name).toBe('web-x');
    expect(design().services[0]?.id).toBe('svc-a');
    await act(async () => store.undo());
    expect(design()).toBe(guideExample);
    expect(textbox('Name')).toHaveValue('svc-a');
    expect(store.getState().future).toHaveLength(1);
  });

  it('undoes one field at a time: typing in a field is one step, another field another', async () => {
    const { store, user, design } = await setup({ kind: 'element', id: 'svc-a' });
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'web');
    await user.clear(textbox('Cluster IP'));
    await user.type(textbox('Cluster IP'), '10.20.30.50');
    expect(design().services[0]).toMatchObject({ name: 'web', clusterIP: '10.20.30.50' });

    await act(async () => store.undo());
    expect(design().services[0]).toMatchObject({ name: 'web', clusterIP: '10.20.30.40' });
    expect(textbox('Cluster IP')).toHaveValue('10.20.30.40');
    await act(async () => store.undo());
    expect(design()).toBe(guideExample);
    expect(textbox('Name')).toHaveValue('svc-a');
  });

  it('makes a new step of a field typed in again after leaving it, and of each pick', async () => {
    const { store, user, design } = await setup({ kind: 'element', id: 'svc-a' });
    await user.type(textbox('Name'), '-x');
    await user.tab();
    await user.type(textbox('Name'), '-y');
    const protocol = screen.getByRole('combobox', { name: 'Port 1 protocol' });
    await user.selectOptions(protocol, 'UDP');
    await user.selectOptions(protocol, 'SCTP');
    expect(design().services[0]).toMatchObject({ name: 'svc-a-x-y' });

    await act(async () => store.undo());
    expect(design().services[0]?.ports[0]?.protocol).toBe('UDP');
    await act(async () => store.undo());
    expect(design().services[0]?.ports[0]?.protocol).toBe('TCP');
    await act(async () => store.undo());
    expect(design().services[0]?.name).toBe('svc-a-x');
    await act(async () => store.undo());
    expect(design()).toBe(guideExample);
  });

  it('edits ports: a bad number is refused in words, a target port may be a name', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'svc-a' });
    const before = design();
    const port = textbox('Port 1 port');
    await replaceText(user, port, '99999');
    await expectDescription(port, 'not a port number (1–65535): 99999');
    expect(design()).toBe(before);

    await user.clear(port);
    await user.type(port, '8080');
    const target = textbox('Port 1 target port');
    await user.clear(target);
    await user.type(target, 'web');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Port 2 protocol' }), 'UDP');
    expect(design().services[0]?.ports).toEqual([
      { name: 'http', port: 8080, targetPort: 'web', protocol: 'TCP' },
      { name: 'https', port: 443, targetPort: 443, protocol: 'UDP' },
    ]);
  });

  it('will not drop a port an access edge grants', async () => {
    const store = new DesignStore(guideExample);
    store.dispatch({
      type: 'updateAccess',
      access: { client: 'office', service: 'svc-a', ports: [443] },
    });
    const { user, design } = await setup({ kind: 'element', id: 'svc-a' }, store);
    const before = design();
    await user.click(screen.getByRole('button', { name: 'Remove port 2' }));
    expect(
      await screen.findByText('service "svc-a" has no port 443 (its ports: 80)'),
    ).toBeInTheDocument();
    expect(design()).toBe(before);
  });

  it('sets the traffic policy override and the in-cluster access', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'svc-a' });
    const policy = screen.getByRole('combobox', { name: 'Traffic policy' });
    expect(screen.getByRole('option', { name: 'Follow the design (Cluster)' })).toBeInTheDocument();
    expect(policy).toHaveAccessibleDescription(
      /^Cluster: whichever node the traffic enters may forward it/,
    );
    await user.selectOptions(policy, 'Local');
    expect(design().services[0]?.trafficPolicy).toBe('Local');
    // The hint under the picker follows the choice: Local makes the Service a NodePort Service.
    await expectDescription(policy, modeHint('Local', translator('en'), 'en'));
    expect(policy).toHaveAccessibleDescription(/the Service becomes type NodePort/);
    expect(screen.getByRole('button', { name: 'What Local really does' })).toBeInTheDocument();
    await user.selectOptions(policy, '');
    expect(design().services[0]).not.toHaveProperty('trafficPolicy');
    await expectDescription(policy, translator('en')('trafficMode.Cluster.hint'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'In-cluster access' }), 'none');
    expect(design().services[0]?.inCluster).toBe('none');
  });
});

describe('node and pod forms', () => {
  it('edits node labels, interface addresses and the tunnel IP', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'node-1' });
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(textbox('Label key 1'), 'zone');
    await user.type(textbox('Label value 1'), 'a');
    await user.click(screen.getByRole('button', { name: 'Add IP to interface 1' }));
    await user.type(textbox('Interface 1 IP 2'), '172.16.1.11');
    await user.type(textbox('Tunnel IP'), '10.244.0.1');
    expect(design().nodes[0]).toEqual({
      id: 'node-1',
      name: 'node-1',
      labels: { zone: 'a' },
      interfaces: [{ name: 'eth0', ips: ['172.16.0.11', '172.16.1.11'] }],
      tunnelIP: '10.244.0.1',
    });
    await user.clear(textbox('Tunnel IP'));
    expect(design().nodes[0]).not.toHaveProperty('tunnelIP');
  });

  it('refuses an address another node already has', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'node-1' });
    const before = design();
    const ip = textbox('Interface 1 IP 1');
    await replaceText(user, ip, '172.16.0.12');
    await expectDescription(
      ip,
      'address 172.16.0.12 is also used at nodes[1].interfaces[0].ips[0]',
    );
    expect(design()).toBe(before);
  });

  it('moves a pod to another node and refuses an IP outside the pod CIDRs', async () => {
    const { user, design } = await setup({ kind: 'element', id: 'pod-a1' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Node' }), 'node-2');
    expect(design().pods[0]?.node).toBe('node-2');
    const before = design();
    const ip = textbox('IP');
    await replaceText(user, ip, '10.0.0.1');
    await expectDescription(ip, '10.0.0.1 is outside every pod CIDR (192.168.0.0/16)');
    expect(design()).toBe(before);
  });
});

describe('access edge form', () => {
  it('grants chosen ports; none checked means all ports', async () => {
    const { user, design } = await setup({ kind: 'access', client: 'office', service: 'svc-a' });
    expect(screen.getByText(/^All ports/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '80/TCP http' }));
    expect(design().access[0]).toEqual({ client: 'office', service: 'svc-a', ports: [80] });
    await user.click(screen.getByRole('checkbox', { name: '443/TCP https' }));
    expect(design().access[0]?.ports).toEqual([80, 443]);
    await user.click(screen.getByRole('checkbox', { name: '80/TCP http' }));
    await user.click(screen.getByRole('checkbox', { name: '443/TCP https' }));
    expect(design().access[0]).toEqual({ client: 'office', service: 'svc-a' });
  });

  it('removes the edge', async () => {
    const { user, design } = await setup({ kind: 'access', client: 'office', service: 'svc-a' });
    await user.click(screen.getByRole('button', { name: 'Remove access' }));
    expect(design().access).toEqual([{ client: 'partner', service: 'svc-b' }]);
    expect(screen.getByRole('heading', { name: 'Cluster' })).toBeInTheDocument();
  });
});

describe('cluster settings', () => {
  it('shows the cluster settings when nothing is selected and changes encapsulation', async () => {
    const { user, design } = await setup(null);
    expect(screen.getByRole('heading', { name: 'Cluster' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Encapsulation' }), 'VXLAN');
    expect(design().cluster.encapsulation).toBe('VXLAN');
  });

  it('refuses service CIDRs that leave a cluster IP outside', async () => {
    const { user, design } = await setup({ kind: 'cluster' });
    const before = design();
    const cidr = textbox('Service CIDR 1');
    await replaceText(user, cidr, '10.30.0.0/24');
    expect(
      await screen.findByText(
        '10.20.30.40 is outside every service CIDR (10.30.0.0/24); 10.20.30.41 is outside every service CIDR (10.30.0.0/24)',
      ),
    ).toBeInTheDocument();
    expect(design()).toBe(before);
  });

  it('opens only the listed host ports and ranges, and says which entry is wrong', async () => {
    const { user, design } = await setup({ kind: 'cluster' });
    await user.click(screen.getByRole('radio', { name: 'Only these ports' }));
    expect(design().cluster.hostAccess).toEqual({ mode: 'only', tcp: [], udp: [] });
    const tcp = textbox('TCP ports');
    await user.type(tcp, '22, 10250:10259');
    const good = { mode: 'only', tcp: [22, '10250:10259'], udp: [] };
    expect(design().cluster.hostAccess).toEqual(good);
    await user.type(tcp, ', x');
    await expectDescription(tcp, '"x" is neither a port nor a range: write 22 or 10250:10259');
    expect(design().cluster.hostAccess).toEqual(good);
    await replaceText(user, tcp, '22, 10259:10250');
    await expectDescription(
      tcp,
      '10259:10250: a range goes from the lower port to the higher, e.g. 10250:10259',
    );
    expect(design().cluster.hostAccess).toEqual(good);
  });

  it('renames the design and switches the output profile', async () => {
    const { user, design } = await setup({ kind: 'cluster' });
    const name = textbox('Design name');
    await user.clear(name);
    await user.type(name, 'Lab');
    await user.click(screen.getByRole('radio', { name: 'Guide' }));
    expect(design().name).toBe('Lab');
    expect(design().output.profile).toBe('guide');
  });

  it('picks the traffic policy, with the chosen mode told right under the picker', async () => {
    const { user, design } = await setup({ kind: 'cluster' });
    const modes = screen.getByRole('radiogroup', { name: 'Traffic policy' });
    expect(modes).toHaveAccessibleDescription(
      /^Cluster: whichever node the traffic enters may forward it/,
    );
    await user.click(within(modes).getByRole('radio', { name: 'Local' }));
    expect(design().cluster.trafficPolicy).toBe('Local');
    await waitFor(() =>
      expect(modes).toHaveAccessibleDescription(/the Service becomes type NodePort/),
    );
    expect(screen.getByRole('button', { name: 'What Local really does' })).toBeInTheDocument();
  });
});

describe('labels', () => {
  it.each<[string, Selection]>([
    ['Cluster', null],
    ['Client office', { kind: 'element', id: 'office' }],
    ['Node node-1', { kind: 'element', id: 'node-1' }],
    ['Service svc-a', { kind: 'element', id: 'svc-a' }],
    ['Pod pod-a1', { kind: 'element', id: 'pod-a1' }],
  ])('%s: a heading, and every input named by its visible label', async (heading, selection) => {
    await setup(selection);
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName(heading);
    const inputs = document.querySelectorAll<HTMLElement>(
      'input:not([type=checkbox]):not([type=radio]), select',
    );
    expect(inputs.length).toBeGreaterThanOrEqual(2);
    for (const input of inputs) {
      const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      expect(label).not.toBe('');
      expect(input).toHaveAccessibleName(label);
    }
  });

  it('names the access edge in its heading', async () => {
    await setup({ kind: 'access', client: 'office', service: 'svc-a' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('Access office → svc-a');
  });
});

describe('in 简体中文', () => {
  const zh = translator('zh-CN');

  async function setupIn(languages: readonly string[], selection: Selection) {
    const user = userEvent.setup();
    const store = new DesignStore(guideExample);
    const preferences = new PreferencesStore(memoryStorage(), languages);
    render(
      <PreferencesContext.Provider value={preferences}>
        <StoreContext.Provider value={store}>
          <Inspector />
        </StoreContext.Provider>
      </PreferencesContext.Provider>,
    );
    await act(async () => store.select(selection));
    return { user, preferences };
  }

  it('shows the cluster settings in Chinese', async () => {
    await setupIn(['zh-CN'], null);
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('集群');
    expect(textbox('设计名称')).toHaveValue(guideExample.name);
    expect(textbox('Service CIDR 1')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '加固' })).toBeChecked();
    expect(screen.getByRole('option', { name: '无' })).toBeInTheDocument();
    const modes = screen.getByRole('radiogroup', { name: '流量策略' });
    expect(within(modes).getByRole('radio', { name: 'Cluster' })).toBeChecked();
    expect(modes).toHaveAccessibleDescription(zh('trafficMode.Cluster.hint'));
  });

  it('follows a language switch, field errors included', async () => {
    const { user, preferences } = await setupIn(['en'], { kind: 'element', id: 'office' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('Client office');
    const cidr = textbox('CIDR 1');
    await replaceText(user, cidr, '50.60.0.0/33');
    await expectDescription(
      cidr,
      'the prefix length /33 is too long: it is 0–32 for this address family',
    );

    await act(async () => preferences.setLocale('zh-CN'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('客户端 office');
    expect(screen.getByRole('button', { name: '添加 CIDR' })).toBeInTheDocument();
    await expectDescription(cidr, zh('net.cidr.prefixTooLong', { prefix: 33, max: 32 }));
    expect(cidr).toHaveAccessibleDescription(/[\u4e00-\u9fff]/);
  });

  it('writes the access edge in Chinese, names in bold where the sentence puts them', async () => {
    await setupIn(['zh-CN'], { kind: 'access', client: 'office', service: 'svc-a' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('访问 office → svc-a');
    const sentence = screen.getByText(/^客户端/);
    expect(sentence).toHaveTextContent(
      '客户端 office（50.60.0.0/16）可以访问 Service svc-a（地址 10.20.30.40）。',
    );
    expect(within(sentence).getByText('svc-a（地址 10.20.30.40）').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: '删除访问连线' })).toBeInTheDocument();
  });
});
