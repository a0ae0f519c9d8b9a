import { readFileSync } from 'node:fs';
import type { Design } from '../model/design';
import { importYaml } from './importYaml';
import { nameInTier } from './ownership';
import type { ImportItem, ImportResult } from './types';
import { designOnly } from './testdata/designOnly';

/** The guide example's policies part in the issue #12 shape: tier, network sets, labels. */
const TIERED = readFileSync(new URL('./testdata/tiered.yaml', import.meta.url), 'utf8');

const items = (r: ImportResult, messageId: ImportItem['messageId']) =>
  r.report.items.filter((i) => i.messageId === messageId);

function imported(r: ImportResult): Design {
  if (!r.design) throw new Error(JSON.stringify(r.report.items, null, 1));
  return designOnly(r.design);
}

describe('the policies part with a tier and network sets', () => {
  const result = importYaml(TIERED);
  const design = imported(result);

  it('makes a client of each GlobalNetworkSet, named by its client label', () => {
    expect(design.clients).toEqual([
      { id: 'office', name: 'office', cidrs: ['50.60.0.0/16'] },
      { id: 'partner', name: 'partner', cidrs: ['70.80.90.0/24'] },
    ]);
    expect(items(result, 'import.mapped.networkSet').map((i) => [i.line, i.params.name])).toEqual([
      [15, 'client-office'],
      [26, 'client-partner'],
    ]);
  });

  it('reads rules that select a client by label, or by any label of its set, as access edges', () => {
    expect(design.access).toEqual([
      { client: 'office', service: 'svc-10-20-30-40' },
      { client: 'partner', service: 'svc-10-20-30-41' },
    ]);
    expect(design.services.find((s) => s.id === 'svc-10-20-30-41')?.ports).toEqual([
      { port: 443, protocol: 'TCP' },
    ]);
  });

  it('recognises the tier and the tier prefix, and reports neither as out of place', () => {
    expect(items(result, 'import.mapped.tier').map((i) => i.params)).toEqual([
      { name: 'external-access', order: 10000, action: 'Pass' },
    ]);
    expect(items(result, 'import.ignored.field')).toEqual([]);
    expect(items(result, 'import.ignored.kind')).toEqual([]);
    expect(result.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
  });

  it('reads the denies limited to external sources as the hardened profile', () => {
    expect(design.output.profile).toBe('hardened');
    expect(design.cluster.serviceCidrs).toEqual(['10.20.30.0/24']);
    expect(design.cluster.podCidrs).toEqual(['192.168.0.0/16']);
    expect(items(result, 'import.mapped.denyNodePorts').map((i) => i.params.range)).toEqual([
      '30000:32767',
    ]);
    expect(items(result, 'import.mapped.hostInCluster').map((i) => i.params.sources)).toEqual([
      "k8s-role == 'node'",
      '192.168.0.0/16',
    ]);
    expect(design.cluster.hostAccess).toEqual({ mode: 'allExceptNodePorts' });
    expect(items(result, 'import.ignored.ruleShape')).toEqual([]);
  });

  it("learns a made-up service's pods, namespace and target ports from the rule admitting its clients there", () => {
    const svc = design.services.find((s) => s.clusterIP === '10.20.30.40');
    expect(svc).toMatchObject({
      namespace: 'shop',
      selector: { 'k8s-svc': 'svc-a' },
      ports: [
        { port: 80, targetPort: 8080, protocol: 'TCP' },
        { port: 443, targetPort: 8443, protocol: 'TCP' },
      ],
    });
    expect(items(result, 'import.assumed.serviceSelector').map((i) => i.line)).toEqual([63]);
  });

  it('reads a backend policy of the tier: its client, its deny of other external sources, its in-cluster restriction', () => {
    expect(items(result, 'import.policy.pods').map((i) => i.params.name)).toEqual([
      'external-access.allow-backends-svc-a',
    ]);
    expect(items(result, 'import.mapped.backendClient')).toHaveLength(2);
    expect(items(result, 'import.mapped.backendDenyExternal')).toHaveLength(1);
    const svc = design.services.find((s) => s.clusterIP === '10.20.30.40');
    expect(svc?.inCluster).toBe('sameNamespace');
    // Without the restriction, in-cluster traffic passes the tier: every pod.
    const open = importYaml(
      TIERED.replace(
        / {2}- action: Deny\n {4}protocol: TCP\n {4}source:\n {6}nets:[^]*?- 8443\n/,
        '',
      ),
    );
    expect(imported(open).services.find((s) => s.clusterIP === '10.20.30.40')?.inCluster).toBe(
      'allPods',
    );
    const none = importYaml(
      TIERED.replace("projectcalico.org/namespace == 'shop' || k8s-role", 'k8s-role'),
    );
    expect(imported(none).services.find((s) => s.clusterIP === '10.20.30.40')?.inCluster).toBe(
      'none',
    );
  });

  it('reads "only these ports" for external sources, ranges included', () => {
    const only = importYaml(
      TIERED.replace(
        "  - action: Deny\n    protocol: TCP\n    source:\n      notNets:\n      - 192.168.0.0/16\n      notSelector: k8s-role == 'node'\n    destination:\n      ports:\n      - '30000:32767'\n  - action: Allow\n    source:\n      notNets:\n      - 192.168.0.0/16\n      notSelector: k8s-role == 'node'\n",
        "  - action: Allow\n    protocol: TCP\n    destination:\n      ports:\n      - 22\n      - '10250:10259'\n  - action: Deny\n",
      ),
    );
    expect(imported(only).cluster.hostAccess).toEqual({
      mode: 'only',
      tcp: [22, '10250:10259'],
      udp: [],
    });
    expect(items(only, 'import.mapped.hostDenyRest')).toHaveLength(1);
    expect(items(only, 'import.ignored.ruleShape')).toEqual([]);
  });

  it('does not take the managed-by label for a node label', () => {
    expect(design.cluster.nodeLabel).toEqual({ key: 'k8s-role', value: 'node' });
    expect(design.nodes.map((n) => n.labels)).toEqual([{}, {}]);
  });

  it('writes enforced policies when none is staged', () => {
    expect(design.output.staged).toBe(false);
    expect(items(result, 'import.policy.staged')).toEqual([]);
  });
});

describe('staged policies', () => {
  const allStaged = TIERED.replace(/kind: GlobalNetworkPolicy/g, 'kind: StagedGlobalNetworkPolicy');

  it('are read like the policies they would become, and the design writes staged ones', () => {
    const r = importYaml(allStaged);
    const design = imported(r);
    expect(design.output.staged).toBe(true);
    expect(items(r, 'import.mapped.staged')).toHaveLength(1);
    expect(items(r, 'import.policy.staged').map((i) => i.params.name)).toEqual([
      'external-access.allow-cluster-ips',
      'external-access.deny-unlisted-external',
      'external-access.allow-traffic-hostendpoints',
      'external-access.allow-host-egress',
      'external-access.allow-backends-svc-a',
    ]);
    const enforced = imported(importYaml(TIERED));
    expect({ ...design, output: { ...design.output, staged: false } }).toEqual(enforced);
  });

  it('when only some are staged: enforced, and the report says so', () => {
    const some = TIERED.replace('kind: GlobalNetworkPolicy', 'kind: StagedGlobalNetworkPolicy');
    const r = importYaml(some);
    expect(imported(r).output.staged).toBe(false);
    expect(items(r, 'import.assumed.stagedMixed').map((i) => i.params)).toEqual([
      { staged: 1, total: 5 },
    ]);
  });

  it('a staged deletion is not a policy to read', () => {
    const deleting = `${allStaged}---
apiVersion: projectcalico.org/v3
kind: StagedGlobalNetworkPolicy
metadata:
  name: external-access.allow-old-clients
spec:
  tier: external-access
  stagedAction: Delete
`;
    const r = importYaml(deleting);
    expect(items(r, 'import.ignored.stagedDelete').map((i) => i.name)).toEqual([
      'external-access.allow-old-clients',
    ]);
    expect(r.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
    expect(imported(r)).toEqual(imported(importYaml(allStaged)));
  });

  it('a staged policy Calico would reject is rejected like the policy it stands for', () => {
    const broken = allStaged.replace('  order: 100\n', '  order: 100\n  doNotTrack: true\n');
    const r = importYaml(broken);
    const rejected = r.report.items.filter((i) => i.severity === 'rejected');
    expect(rejected.map((i) => i.kind)).toEqual(['StagedGlobalNetworkPolicy']);
    expect(imported(r).access).toEqual([]);
  });
});

describe("the header's first line, as the generator writes it since issue #12", () => {
  const line = (what: string) =>
    `# Generated by ClusterIP Policy Designer from the design "shop" (profile: hardened, ${what}).\n`;

  it('gives the name and the target Calico', () => {
    const r = importYaml(line('Calico 3.29') + TIERED);
    expect(imported(r).name).toBe('shop');
    expect(imported(r).output.calicoVersion).toBe('3.29');
    expect(items(r, 'import.mapped.calicoVersion').map((i) => i.params.version)).toEqual(['3.29']);
  });

  it('keeps the newest Calico for a release it does not know, or one too old for staged policies', () => {
    const unknown = importYaml(line('Calico 3.99') + TIERED);
    expect(imported(unknown).output.calicoVersion).toBe('3.32');
    expect(items(unknown, 'import.assumed.calicoVersion').map((i) => i.params.named)).toEqual([
      '3.99',
    ]);
    const staged = importYaml(
      line('Calico 3.29, staged') +
        TIERED.replace(/kind: GlobalNetworkPolicy/g, 'kind: StagedGlobalNetworkPolicy'),
    );
    expect(imported(staged).output).toMatchObject({ calicoVersion: '3.32', staged: true });
    expect(items(staged, 'import.assumed.calicoVersion')).toHaveLength(1);
  });
});

describe('other tiers and network sets', () => {
  it("keeps someone else's Tier out of the design, and says so", () => {
    const theirs = TIERED.replace(
      'kind: Tier\nmetadata:\n  name: external-access\n  labels:\n    app.kubernetes.io/managed-by: clusterip-policy-designer\nspec:\n  order: 10000\n  defaultAction: Pass',
      'kind: Tier\nmetadata:\n  name: security\nspec:\n  order: 100',
    );
    const r = importYaml(theirs);
    expect(items(r, 'import.ignored.tier').map((i) => i.params)).toEqual([
      { name: 'security', order: 100, action: 'Deny' },
    ]);
    expect(items(r, 'import.mapped.tier')).toEqual([]);
  });

  it('reports a selector that selects no set, and a set with no address', () => {
    const r = importYaml(
      TIERED.replace("site == 'lyon'", "site == 'paris'").replace(
        '  nets:\n  - 50.60.0.0/16\n',
        '  nets: []\n',
      ),
    );
    // The office's set is left out, so the rule selecting it selects nothing either.
    expect(items(r, 'import.ignored.selectorNoSet').map((i) => i.params.selector)).toEqual([
      "clusterip-policy-designer/client == 'office'",
      "site == 'paris'",
    ]);
    expect(items(r, 'import.ignored.networkSetEmpty').map((i) => i.params.name)).toEqual([
      'client-office',
    ]);
    expect(imported(r).clients.map((c) => c.id)).toEqual(['partner']);
  });

  it('takes a set without the client label by its name, and bare addresses as /32', () => {
    const r = importYaml(
      TIERED.replace('    clusterip-policy-designer/client: office\n', '').replace(
        '  - 50.60.0.0/16\n',
        '  - 50.60.1.7\n  - 50.60.0.9/16\n',
      ),
    );
    expect(imported(r).clients[0]).toEqual({
      id: 'client-office',
      name: 'client-office',
      cidrs: ['50.60.1.7/32', '50.60.0.0/16'],
    });
    // The rule selects `clusterip-policy-designer/client == 'office'`, a label the set lost.
    expect(items(r, 'import.ignored.selectorNoSet')).toHaveLength(1);
  });

  it('tells a tier-prefixed name from its tier', () => {
    const policy = (name: string, tier?: string) => ({
      doc: 0,
      kind: 'GlobalNetworkPolicy',
      name,
      value: { spec: tier ? { tier } : {} },
    });
    expect(nameInTier(policy('external-access.allow-backends-a', 'external-access'))).toBe(
      'allow-backends-a',
    );
    expect(nameInTier(policy('allow-backends-a', 'external-access'))).toBe('allow-backends-a');
    expect(nameInTier(policy('default.allow-x'))).toBe('default.allow-x');
    expect(nameInTier(policy('other.allow-x', 'external-access'))).toBe('other.allow-x');
  });
});
