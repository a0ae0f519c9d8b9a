/**
 * Valid designs at the edges of what Calico accepts: repeated values, lists longer than one rule
 * may hold, protocols beyond TCP and UDP. Whatever the design, the YAML must validate as a whole.
 */
import type { EntityRule, GlobalNetworkPolicy, Rule } from '../calico/types';
import { validateYaml } from '../calico/validateResources';
import { designSchema, type Design, type DesignInput } from '../model/design';
import { guideExampleInput } from '../model/examples';
import { validateDesign } from '../model/validateDesign';
import { generate } from './generate';
import type { GenerateResult } from './types';

type Ok = Extract<GenerateResult, { ok: true }>;

function design(change: (d: DesignInput) => void): Design {
  const input = structuredClone(guideExampleInput) as DesignInput;
  change(input);
  const checked = validateDesign(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.design;
}

function ok(d: Design, profile: Design['output']['profile'] = 'hardened'): Ok {
  const r = generate(d, { profile });
  if (!r.ok) throw new Error(`error lints: ${r.lints.map((l) => l.messageId).join(', ')}`);
  expect(validateYaml(r.yaml).problems).toEqual([]);
  return r;
}

/** The policy called `name`, in the tool's tier (`external-access.<name>`) or outside any. */
function policy(r: Ok, name: string): GlobalNetworkPolicy {
  const doc = r.documents.find(
    (d) => d.resource.metadata.name.replace(/^external-access\./, '') === name,
  )?.resource;
  if (doc?.kind !== 'GlobalNetworkPolicy') throw new Error(`no policy ${name}`);
  return doc;
}

/** Every list of networks the output holds: in rules, and in the clients' network sets. */
const netListsOf = (r: Ok): string[][] => [
  ...rulesOf(r)
    .flatMap(entities)
    .flatMap((e) => [e.nets ?? [], e.notNets ?? []]),
  ...r.documents.flatMap((d) =>
    d.resource.kind === 'GlobalNetworkSet' ? [d.resource.spec.nets ?? []] : [],
  ),
];

const rulesOf = (r: Ok): Rule[] =>
  r.documents.flatMap((d) =>
    d.resource.kind === 'GlobalNetworkPolicy' || d.resource.kind === 'NetworkPolicy'
      ? [...(d.resource.spec.ingress ?? []), ...(d.resource.spec.egress ?? [])]
      : [],
  );
const entities = (rule: Rule): EntityRule[] => [rule.source ?? {}, rule.destination ?? {}];

describe('a client that lists one CIDR twice', () => {
  const twice = design((d) => {
    d.clients = [
      {
        id: 'office',
        name: 'office',
        cidrs: ['50.60.0.0/16', '2001:db8::/48', '50.60.0.0/16', '2001:DB8:0::/48'],
      },
      { id: 'partner', name: 'partner', cidrs: ['70.80.90.0/24'] },
    ];
  });

  it.each(['hardened', 'guide'] as const)(
    'gets rules that list each network once, in canonical form (%s)',
    (profile) => {
      const r = ok(twice, profile);
      const nets = netListsOf(r).filter((list) => list.includes('50.60.0.0/16'));
      expect(nets.length).toBeGreaterThan(0);
      // A rule holds one family; the client's network set holds both, each once.
      for (const list of nets)
        expect(list).toEqual(
          list.length === 1 ? ['50.60.0.0/16'] : ['50.60.0.0/16', '2001:db8::/48'],
        );
    },
  );

  it('stays a valid design, with a note at each repeat', () => {
    const lints = ok(twice).lints.filter((l) => l.code === 'client-duplicate-cidr');
    expect(lints).toEqual([
      expect.objectContaining({
        severity: 'info',
        field: 'clients[0].cidrs[2]',
        params: { client: 'office', cidr: '50.60.0.0/16', first: '50.60.0.0/16' },
      }),
      expect.objectContaining({
        field: 'clients[0].cidrs[3]',
        params: { client: 'office', cidr: '2001:DB8:0::/48', first: '2001:db8::/48' },
      }),
    ]);
  });
});

describe('lists longer than one Calico rule may hold', () => {
  it('splits a client of 300 networks into rules of at most 256 nets, losing none', () => {
    const cidrs = Array.from({ length: 300 }, (_, i) => `60.${i >> 8}.${i & 255}.0/24`);
    const d = design((x) => {
      x.clients = [{ id: 'office', name: 'office', cidrs }];
      x.access = [{ client: 'office', service: 'svc-a', ports: [80] }];
    });
    const allow = policy(ok(d, 'guide'), 'allow-cluster-ips').spec.ingress ?? [];
    const lists = allow.map((rule) => rule.source?.nets ?? []);
    expect(lists.map((l) => l.length)).toEqual([256, 44]);
    expect(lists.flat()).toEqual(cidrs);
  });

  it('keeps a client of 300 networks in one network set, selected by one rule per target', () => {
    const cidrs = Array.from({ length: 300 }, (_, i) => `60.${i >> 8}.${i & 255}.0/24`);
    const d = design((x) => {
      x.clients = [{ id: 'office', name: 'office', cidrs }];
      x.access = [{ client: 'office', service: 'svc-a', ports: [80] }];
    });
    const r = ok(d, 'hardened');
    const set = r.documents.find((doc) => doc.resource.kind === 'GlobalNetworkSet')?.resource;
    expect(set?.kind === 'GlobalNetworkSet' && set.spec.nets).toEqual(cidrs);
    const allow = policy(r, 'allow-cluster-ips').spec.ingress ?? [];
    expect(allow.map((rule) => rule.source)).toEqual([
      { selector: "clusterip-policy-designer/client == 'office'" },
      { selector: "clusterip-policy-designer/client == 'office'" },
    ]);
  });

  it('splits a service of 60 ports into rules of at most 50 ports', () => {
    const d = design((x) => {
      const svc = x.services?.[0];
      if (!svc) throw new Error('no service');
      svc.ports = Array.from({ length: 60 }, (_, i) => ({ name: `p${i}`, port: 9000 + i }));
    });
    for (const profile of ['hardened', 'guide'] as const) {
      const r = ok(d, profile);
      const lists = rulesOf(r)
        .flatMap(entities)
        .flatMap((e) => [e.ports ?? [], e.notPorts ?? []]);
      expect(Math.max(...lists.map((l) => l.length))).toBe(50);
      const backends = r.documents.find((doc) => doc.key.endsWith('-svc-a'))?.resource;
      const ports = (backends as GlobalNetworkPolicy).spec.ingress?.flatMap(
        (rule) => rule.destination?.ports ?? [],
      );
      expect(new Set(ports)).toEqual(new Set(Array.from({ length: 60 }, (_, i) => 9000 + i)));
    }
  });

  it('writes host-access ports once each, at most 50 to a rule', () => {
    const tcp = [...Array.from({ length: 60 }, (_, i) => 1000 + i), 1000, 1001];
    const d = design((x) => {
      x.cluster.hostAccess = { mode: 'only', tcp, udp: [53, 53] };
    });
    for (const profile of ['hardened', 'guide'] as const) {
      const host = policy(ok(d, profile), 'allow-traffic-hostendpoints').spec.ingress ?? [];
      const listed = host.filter((rule) => rule.destination?.ports);
      expect(listed.map((rule) => [rule.protocol, rule.destination?.ports?.length])).toEqual([
        ['TCP', 50],
        ['TCP', 10],
        ['UDP', 1],
      ]);
    }
  });
});

describe('the NodePort range in the hardened profile', () => {
  /** Each rule that names the NodePort range: its action, protocol, family and source. */
  function nodePortRules(r: Ok, name: string) {
    return (policy(r, name).spec.ingress ?? [])
      .filter((rule) => rule.destination?.ports?.includes('30000:32767'))
      .map((rule) => [rule.action, rule.protocol, rule.ipVersion, rule.source]);
  }

  it('is closed to TCP, UDP and SCTP from outside alike, before the host is opened', () => {
    const r = ok(designSchema.parse(guideExampleInput));
    const outside = { notNets: ['192.168.0.0/16'], notSelector: "k8s-role == 'node'" };
    expect(nodePortRules(r, 'deny-unlisted-external')).toEqual([
      ['Deny', 'TCP', 4, outside],
      ['Deny', 'UDP', 4, outside],
      ['Deny', 'SCTP', 4, outside],
    ]);
    // The host policy admits the nodes and pods first, so its denies need no source.
    const host = policy(r, 'allow-traffic-hostendpoints').spec.ingress ?? [];
    expect(host.slice(0, 2)).toEqual([
      { action: 'Allow', source: { selector: "k8s-role == 'node'" } },
      { action: 'Allow', source: { nets: ['192.168.0.0/16'] } },
    ]);
    expect(nodePortRules(r, 'allow-traffic-hostendpoints')).toEqual([
      ['Deny', 'TCP', undefined, undefined],
      ['Deny', 'UDP', undefined, undefined],
      ['Deny', 'SCTP', undefined, undefined],
    ]);
    expect(host.at(-1)).toEqual({ action: 'Allow' });
  });

  it('is closed in each family the nodes have, pods or not', () => {
    const d = design((x) => {
      x.nodes = x.nodes?.map((n, i) => ({
        ...n,
        interfaces: [{ name: 'eth0', ips: [`172.16.0.1${i + 1}`, `fd00:16::${i + 1}`] }],
      }));
    });
    expect(nodePortRules(ok(d), 'deny-unlisted-external').slice(4)).toEqual([
      ['Deny', 'SCTP', 4, { notNets: ['192.168.0.0/16'], notSelector: "k8s-role == 'node'" }],
      ['Deny', 'SCTP', 6, { notSelector: "k8s-role == 'node'" }],
    ]);
  });
});
