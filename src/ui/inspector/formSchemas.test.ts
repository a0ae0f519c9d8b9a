import { guideExample } from '../../model/examples';
import type { Design } from '../../model/design';
import { elementProblems } from './fieldProblems';
import {
  accessFormSchema,
  clientFormSchema,
  clusterFormSchema,
  clusterSettingsOf,
  nodeFormSchema,
  podFormSchema,
  serviceFormSchema,
  toAccessDraft,
  toClientDraft,
  toClusterDraft,
  toNodeDraft,
  toPodDraft,
  toServiceDraft,
  badPortEntry,
  portsFromText,
} from './formSchemas';

const richer: Design = {
  ...guideExample,
  cluster: {
    ...guideExample.cluster,
    encapsulation: 'VXLAN',
    hostAccess: { mode: 'only', tcp: [22, '10250:10259'], udp: [53] },
  },
  nodes: guideExample.nodes.map((n) => ({ ...n, labels: { zone: 'a' }, tunnelIP: '10.244.0.1' })),
  services: guideExample.services.map((s) => ({
    ...s,
    ports: [{ port: 53, protocol: 'UDP' as const }],
    trafficPolicy: 'Local' as const,
  })),
  pods: guideExample.pods.map((p) => ({
    ...p,
    ports: [{ name: 'dns', containerPort: 53, protocol: 'UDP' as const }],
  })),
  access: [{ client: 'office', service: 'svc-a', ports: [53] }],
};

describe('form drafts', () => {
  // A draft of a design value converts back to the same value: showing a value in a form and
  // reading it back never changes the design.
  it.each([guideExample, richer])('round-trips every value of a design', (design) => {
    for (const c of design.clients) expect(clientFormSchema.parse(toClientDraft(c))).toEqual(c);
    for (const n of design.nodes) expect(nodeFormSchema.parse(toNodeDraft(n))).toEqual(n);
    for (const s of design.services) expect(serviceFormSchema.parse(toServiceDraft(s))).toEqual(s);
    for (const p of design.pods) expect(podFormSchema.parse(toPodDraft(p))).toEqual(p);
    for (const a of design.access) expect(accessFormSchema.parse(toAccessDraft(a))).toEqual(a);
    const settings = clusterSettingsOf(design);
    expect(clusterFormSchema.parse(toClusterDraft(settings))).toEqual(settings);
  });

  it('reads empty optional inputs as absent', () => {
    const draft = { ...toServiceDraft(guideExample.services[0]!) };
    draft.ports = [{ name: '', port: ' 8080 ', targetPort: '', protocol: 'TCP' }];
    expect(serviceFormSchema.parse(draft).ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    const node = { ...toNodeDraft(guideExample.nodes[0]!), tunnelIP: '' };
    expect(nodeFormSchema.parse(node)).not.toHaveProperty('tunnelIP');
  });

  it('refuses a label key given twice, at the second row', () => {
    const draft = {
      ...toNodeDraft(guideExample.nodes[0]!),
      labels: [
        { key: 'zone', value: 'a' },
        { key: 'zone', value: 'b' },
      ],
    };
    const issues = nodeFormSchema.safeParse(draft).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['labels.1.key', 'form.labelKey.duplicate'],
    ]);
  });
});

describe('elementProblems', () => {
  it('puts a duplicate on the edited element, whichever comes first in the design', () => {
    const [a, b] = guideExample.services;
    const named = (value: typeof a, name: string) => ({
      kind: 'service' as const,
      value: { ...value!, name },
    });
    for (const edit of [named(a, 'svc-b'), named(b, 'svc-a')])
      expect(elementProblems(edit, guideExample)).toEqual([
        expect.objectContaining({ field: 'name', messageId: 'service.name.duplicate' }),
      ]);
  });

  it('names the other element by its real path', () => {
    const [n1, n2] = guideExample.nodes;
    const ip = (n: typeof n1, address: string) => ({
      kind: 'node' as const,
      value: { ...n!, interfaces: [{ name: 'eth0', ips: [address] }] },
    });
    expect(elementProblems(ip(n1, '172.16.0.12'), guideExample)).toEqual([
      {
        field: 'interfaces.0.ips.0.value',
        messageId: 'node.ip.duplicate',
        params: { value: '172.16.0.12', other: 'nodes[1].interfaces[0].ips[0]' },
      },
    ]);
    expect(elementProblems(ip(n2, '172.16.0.11'), guideExample)[0]?.params.other).toBe(
      'nodes[0].interfaces[0].ips[0]',
    );
  });
});

describe('host access port lists', () => {
  it('reads ports and ranges, and names the first entry the format refuses, with why', () => {
    expect(portsFromText(' 22,10250:10259  53 ')).toEqual([22, '10250:10259', 53]);
    expect(badPortEntry('22, 10250:10259')).toBeUndefined();
    expect(badPortEntry('22, ssh, 0')).toEqual({
      entry: 'ssh',
      messageId: 'ui.inspector.ports.entry.notPort',
    });
    expect(badPortEntry('22, 70000')?.messageId).toBe('ui.inspector.ports.entry.outOfRange');
    expect(badPortEntry('1:65536')?.messageId).toBe('ui.inspector.ports.entry.outOfRange');
    expect(badPortEntry('10259:10250')?.messageId).toBe('ui.inspector.ports.entry.reversed');
    expect(badPortEntry('1:2:3')?.messageId).toBe('ui.inspector.ports.entry.notPort');
  });
});
