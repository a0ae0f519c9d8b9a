import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { generate } from '../generator/generate';
import type { Design } from '../model/design';
import { describeProblem, parseDesignJson } from '../model/validateDesign';
import { MAX_ALIASES, MAX_IMPORT_LENGTH, importYaml } from './importYaml';
import { GUIDE_AS_PRINTED } from './testdata/guideAsPrinted';
import { labelsOfSelector } from './selectorLabels';
import type { ImportItem, ImportResult } from './types';
import { designOnly } from './testdata/designOnly';

const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname;
const fixtureNames = readdirSync(fixturesRoot).filter((n) =>
  existsSync(join(fixturesRoot, n, 'design.json')),
);
const testdata = (name: string) =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

function fixtureDesign(name: string): Design {
  const parsed = parseDesignJson(readFileSync(join(fixturesRoot, name, 'design.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
  return parsed.design;
}

function yamlOf(design: Design, profile?: Design['output']['profile']): string {
  const r = generate(design, profile ? { profile } : {});
  if (!r.ok) throw new Error('the design must generate');
  return r.yaml;
}

function imported(r: ImportResult): Design {
  if (!r.design) throw new Error(r.report.items.map(text).join('\n'));
  return designOnly(r.design);
}

const text = (i: ImportItem) =>
  `${i.line}: ${i.severity}: ${formatMessage(en[i.messageId], i.params)}`;
const items = (r: ImportResult, messageId: ImportItem['messageId']) =>
  r.report.items.filter((i) => i.messageId === messageId);

/**
 * The file without the design its header carries (the line left as an empty comment, so every
 * other line keeps its number): the importer reads the resources.
 */
const withoutDesign = (yaml: string) => yaml.replace(/^# cipd-design: .*$/m, '#');

/** Each access edge as "client CIDRs > cluster IP": what the resources say of it. */
const edgeKeys = (d: Design) =>
  d.access
    .map((a) => {
      const cidrs = d.clients.find((c) => c.id === a.client)?.cidrs ?? [];
      const ip = d.services.find((s) => s.id === a.service)?.clusterIP;
      return `${[...cidrs].sort().join(',')} > ${ip ?? ''}`;
    })
    .sort();

/**
 * Files whose resources alone build no design: the guide profile writes a Local-mode service's
 * client rules on its pods, and the policies part holds no Service that would say which cluster IP
 * those pods serve.
 */
const NOTHING_TO_BUILD_ON = new Set(['local-mode/guide']);

describe.each(fixtureNames)('the app’s own output, fixture %s', (name) => {
  const original = fixtureDesign(name);

  describe.each(['hardened', 'guide'] as const)('profile %s', (profile) => {
    const yaml = yamlOf(original, profile);
    const exported = { ...original, output: { ...original.output, profile } };

    it('imports back as the design exported, and re-exports byte-identical YAML', () => {
      const design = imported(importYaml(yaml));
      expect(design).toEqual(exported);
      expect(yamlOf(design)).toBe(yaml);
    });

    const rebuilt = importYaml(withoutDesign(yaml));
    if (NOTHING_TO_BUILD_ON.has(`${name}/${profile}`)) {
      it('without its design, builds nothing, and says why', () => {
        expect(rebuilt.design).toBeUndefined();
        expect(items(rebuilt, 'import.nothing')).toHaveLength(1);
      });
      return;
    }

    it('without its design, keeps the name, the settings, the clients and who reaches which cluster IP', () => {
      const design = imported(rebuilt);
      expect(design.name).toBe(original.name);
      expect(design.output).toEqual(exported.output);
      // The hardened profile writes every client as a GlobalNetworkSet; the guide only the
      // addresses of the clients its rules admit.
      if (profile === 'hardened') {
        expect(design.clients.map((c) => c.cidrs)).toEqual(original.clients.map((c) => c.cidrs));
      }
      // The guide admits a Local-mode service's clients at its pods, which the file does not tie
      // to a cluster IP without the Service (NOTHING_TO_BUILD_ON).
      const local = (id: string) => {
        const s = original.services.find((x) => x.id === id);
        return (s?.trafficPolicy ?? original.cluster.trafficPolicy) === 'Local';
      };
      const expected =
        profile === 'guide'
          ? { ...original, access: original.access.filter((a) => !local(a.service)) }
          : original;
      expect(edgeKeys(design)).toEqual(edgeKeys(expected));
    });

    it('without its design, is a fixed point: its own output reads back the same', () => {
      const design = imported(rebuilt);
      expect(imported(importYaml(withoutDesign(yamlOf(design))))).toEqual(design);
    });

    it('without its design, rejects nothing and reports every document', () => {
      expect(rebuilt.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
      const docs = yaml.split('\n').flatMap((line, i) => (line === '---' ? [i + 3] : []));
      const reported = new Set(rebuilt.report.items.map((i) => i.line));
      // Each document's first key (apiVersion, two lines below `---`) has an item, or a rule of it.
      expect(docs.filter((l) => !reported.has(l) && !reported.has(l + 1))).toEqual([]);
    });
  });
});

describe('a header comment edited to hold a name no design may have', () => {
  it('imports the file with the design unnamed, and says why', () => {
    const design = fixtureDesign('guide-example');
    const yaml = withoutDesign(yamlOf(design)).replace(
      /^# Generated by ClusterIP Policy Designer from the design "[^"]*"/,
      '# Generated by ClusterIP Policy Designer from the design "evil\u202e\u0085"',
    );
    const r = importYaml(yaml);
    expect(r.design?.name).toBe('');
    expect(r.design?.services.map((s) => s.clusterIP)).toEqual(
      design.services.map((s) => s.clusterIP),
    );
    const item = r.report.items.find((i) => i.messageId === 'import.ignored.unsafeName');
    expect(item).toMatchObject({ severity: 'ignored', line: 1, params: { char: 'U+202E' } });
  });
});

describe('the guide as printed', () => {
  const result = importYaml(GUIDE_AS_PRINTED);
  const design = imported(result);

  it('rejects the third policy at spec.types, as Calico does, and does not repair it', () => {
    const rejected = result.report.items.filter((i) => i.severity === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((i) => i.name === 'allow-traffic-hostendpoints')).toBe(true);
    expect(rejected[0]).toMatchObject({ path: 'spec.types', kind: 'GlobalNetworkPolicy' });
    expect(text(rejected[0]!)).toMatch(/^\d+: rejected: .*spec\.types.*nothing in it was imported/);
    expect(items(result, 'import.assumed.hostAccess')).toHaveLength(1);
  });

  it('builds the guide’s scenario: two cluster IPs, two clients, the pod CIDR, the guide profile', () => {
    expect(design.services.map((s) => s.clusterIP)).toEqual(['10.20.30.40', '10.20.30.41']);
    expect(design.clients.map((c) => c.cidrs)).toEqual([['50.60.0.0/16'], ['70.80.90.0/24']]);
    expect(design.access).toEqual([
      { client: 'client-1', service: design.services[0]!.id },
      { client: 'client-2', service: design.services[1]!.id },
    ]);
    expect(design.cluster.podCidrs).toEqual(['192.168.0.0/16']);
    expect(design.cluster.nodeLabel).toEqual({ key: 'k8s-role', value: 'node' });
    expect(design.output.profile).toBe('guide');
  });

  it('says which services it made up, and that the pod policy matched no Service', () => {
    expect(items(result, 'import.assumed.serviceFromRule')).toHaveLength(2);
    expect(items(result, 'import.ignored.policy').map((i) => i.name)).toEqual([
      'allow-nodes-svc-a',
    ]);
  });

  it('points each item at its line', () => {
    const lines = GUIDE_AS_PRINTED.split('\n');
    const access = items(result, 'import.mapped.accessAnyPort');
    expect(access.map((i) => lines[i.line - 1]?.trim())).toEqual([
      '- action: Allow',
      '- action: Allow',
    ]);
    expect(access.map((i) => lines[i.line - 2])).toEqual([
      expect.stringContaining('Allow 50.60.0.0/16'),
      expect.stringContaining('Allow 70.80.90.0/24'),
    ]);
    expect(lines[items(result, 'import.ignored.policy')[0]!.line - 1]).toBe(
      'apiVersion: projectcalico.org/v3',
    );
  });
});

describe('hand-written manifests', () => {
  const result = importYaml(testdata('hand-written.yaml'));
  const design = imported(result);
  const severityOf = (messageId: ImportItem['messageId']) =>
    items(result, messageId).map((i) => i.severity);

  it('maps Services, HostEndpoints, the pre-DNAT rules, host access and the BGPConfiguration', () => {
    expect(design.services.map((s) => [s.id, s.namespace, s.clusterIP, s.trafficPolicy])).toEqual([
      ['web', 'shop', '10.100.0.10', 'Local'],
      ['api', 'default', '10.100.0.20', undefined],
      ['svc-10-100-0-99', 'default', '10.100.0.99', undefined],
    ]);
    expect(design.nodes).toEqual([
      {
        id: 'worker-1',
        name: 'worker-1',
        labels: { rack: 'r1' },
        interfaces: [{ name: 'eth0', ips: ['192.0.2.11'] }],
      },
    ]);
    // The GlobalNetworkSet `partners` is a client of its own; a rule naming its addresses by
    // `source.nets` admits that client.
    expect(design.clients.map((c) => [c.id, c.name, c.cidrs])).toEqual([
      ['partners', 'partners', ['198.51.100.0/24']],
      ['client-1', '198.51.100.0/24, 203.0.113.0/24', ['198.51.100.0/24', '203.0.113.0/24']],
      ['client-2', '192.0.2.128/25', ['192.0.2.128/25']],
    ]);
    expect(design.access).toEqual([
      { client: 'partners', service: 'web' },
      { client: 'client-1', service: 'api' },
      { client: 'client-2', service: 'svc-10-100-0-99' },
    ]);
    expect(design.cluster).toMatchObject({
      serviceCidrs: ['10.100.0.0/16'],
      nodePortRange: '30000:32000',
      nodeLabel: { key: 'role', value: 'k8s-worker' },
      hostAccess: { mode: 'only', tcp: [22, 10250], udp: [4789] },
      trafficPolicy: 'Cluster',
    });
    expect(design.output.profile).toBe('hardened');
  });

  it('reports what has no place in a design, and why', () => {
    expect(items(result, 'import.ignored.kind').map((i) => i.params.resource)).toEqual([
      'Deployment web (apps/v1)',
    ]);
    // A Kubernetes NetworkPolicy is part of what the cluster runs: kept, not judged as Calico's.
    expect(items(result, 'import.kept').map((i) => i.params.resource)).toContain(
      'NetworkPolicy web',
    );
    expect(
      items(result, 'import.ignored.field').map((i) => `${i.kind}/${i.name} ${i.path}`),
    ).toEqual([
      'Service/web metadata.labels',
      'Service/web spec.sessionAffinity',
      'HostEndpoint/w1-eth0 spec.profiles',
      'BGPConfiguration/default spec.asNumber',
    ]);
    // A design holds the Service's type and node ports (format version 2).
    expect(items(result, 'import.ignored.serviceType')).toEqual([]);
    expect(design.services[0]).toMatchObject({
      type: 'LoadBalancer',
      ports: [{ nodePort: 31080 }, { nodePort: 31443 }],
    });
    expect(severityOf('import.ignored.headlessService')).toEqual(['ignored']);
    expect(severityOf('import.ignored.hepInterface')).toEqual(['ignored']);
    expect(items(result, 'import.ignored.rulePortsUnknown')[0]?.params).toMatchObject({
      ports: '9001',
    });
    expect(items(result, 'import.ignored.ruleShape').map((i) => i.path)).toEqual([
      'spec.ingress[3]',
    ]);
    expect(items(result, 'import.ignored.ruleRange').map((i) => i.path)).toEqual([
      'spec.ingress[4]',
    ]);
    expect(items(result, 'import.ignored.policy').map((i) => i.name)).toEqual(['monitoring']);
    expect(items(result, 'import.assumed.portName')[0]?.params).toEqual({
      name: 'https-for-browsers',
      newName: 'tcp-443',
    });
    expect(items(result, 'import.assumed.podCidrs')).toHaveLength(1);
  });

  it('rejects the invalid document the way Calico would, and imports the rest', () => {
    const rejected = result.report.items.filter((i) => i.severity === 'rejected');
    expect(rejected.map((i) => [i.name, i.path])).toEqual([
      ['broken', 'spec.ingress[0].source.nets[0]'],
    ]);
    expect(text(rejected[0]!)).toMatch(/host bits/);
  });

  it('sorts the report by line, file-wide items last', () => {
    const lines = result.report.items.map((i) => i.line || Infinity);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('two Services with one cluster IP', () => {
  // The same IPv6 address written two ways: the second Service would make a design whose policies
  // cannot tell the two apart.
  const service = (name: string, clusterIP: string, port: number) =>
    `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec:\n  clusterIP: ${clusterIP}\n  selector: {app: ${name}}\n  ports: [{port: ${port}}]\n`;
  const result = importYaml(
    [
      service('web', 'fd00:96::a', 80),
      service('api', 'fd00:96:0::a', 443),
      service('db', 'fd00:96::b', 5432),
    ].join('---\n'),
  );

  it('imports the first, and says the second has the address of the first, at its clusterIP line', () => {
    expect(imported(result).services.map((s) => [s.name, s.clusterIP])).toEqual([
      ['web', 'fd00:96::a'],
      ['db', 'fd00:96::b'],
    ]);
    expect(items(result, 'import.ignored.duplicateClusterIP').map(text)).toEqual([
      '13: ignored: cluster IP fd00:96:0::a is already the address of default/web: not imported',
    ]);
  });
});

describe('a document with a YAML syntax error', () => {
  it('is rejected on its own line; the documents after it keep their lines', () => {
    const good = withoutDesign(yamlOf(fixtureDesign('guide-example')));
    const parts = good.split('\n---\n');
    const toPods = parts.findIndex((p) => p.includes('allow-to-pods\n'));
    parts[toPods] = parts[toPods]!.replace('  types:\n  - Ingress', '  types: [Ingress\n  - x: {');
    const broken = parts.join('\n---\n');
    const lines = broken.split('\n');
    const r = importYaml(broken);
    const rejected = r.report.items.filter((i) => i.severity === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(text(rejected[0]!)).toMatch(/YAML syntax error/);
    const host = r.report.items.find((i) => i.name?.endsWith('allow-traffic-hostendpoints'));
    expect(lines[host!.line - 2]).toBe(`# GlobalNetworkPolicy ${host?.name ?? ''}`);
    expect(imported(r).cluster.podCidrs).toEqual(['192.168.0.0/16']);
    expect(items(r, 'import.assumed.podCidrs')).toHaveLength(1);
  });
});

describe('Local mode in the guide profile', () => {
  it('reads the pod CIDRs off the in-cluster rules when no node policy names them', () => {
    const design = fixtureDesign('local-mode');
    const dual: Design = {
      ...design,
      cluster: { ...design.cluster, podCidrs: ['10.244.0.0/16', 'fd00:244::/64'] },
      services: design.services.map((s) => ({ ...s, inCluster: 'allPods' })),
      output: { ...design.output, profile: 'guide' },
    };
    const yaml = yamlOf(dual);
    const back = imported(importYaml(yaml));
    expect(back.cluster.podCidrs).toEqual(['10.244.0.0/16', 'fd00:244::/64']);
    expect(back.services[0]?.inCluster).toBe('allPods');
    expect(yamlOf(back)).toBe(yaml);
  });
});

describe('bounds', () => {
  it('refuses input over 5 MB before parsing', () => {
    const t0 = performance.now();
    const r = importYaml(`# ${'x'.repeat(MAX_IMPORT_LENGTH)}`);
    expect(r.design).toBeUndefined();
    expect(r.report.items.map((i) => i.messageId)).toEqual(['import.tooLarge']);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n${levels.join('\n')}\n`;
    const t0 = performance.now();
    const r = importYaml(bomb);
    expect(r.design).toBeUndefined();
    expect(r.report.items.map((i) => i.messageId)).toEqual(['import.aliasGrowth']);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses more than 100 aliases', () => {
    const yaml = `a: &x 1\nb: [${Array(MAX_ALIASES + 1)
      .fill('*x')
      .join(', ')}]\n`;
    expect(importYaml(yaml).report.items.map((i) => i.messageId)).toEqual([
      'import.tooManyAliases',
    ]);
  });

  it('accepts a few harmless aliases, and reads them as the values they stand for', () => {
    const exported = yamlOf(fixtureDesign('guide-example'));
    // allow-traffic-hostendpoints with its node selector and NodePort range written once each.
    const rules = (selector: [string, string, string, string], nodePorts: [string, string]) =>
      [
        `  selector: ${selector[0]}`,
        '  types:',
        '  - Ingress',
        '  ingress:',
        '  - action: Allow',
        '    source:',
        `      selector: ${selector[1]}`,
        '  - action: Allow',
        '    source:',
        '      nets:',
        '      - 192.168.0.0/16',
        '  - action: Allow',
        '    protocol: TCP',
        '    destination:',
        `      selector: ${selector[2]}`,
        `      notPorts:${nodePorts[0]}`,
        '  - action: Allow',
        '    protocol: UDP',
        '    destination:',
        `      selector: ${selector[3]}`,
        `      notPorts:${nodePorts[1]}`,
      ].join('\n');
    const node = "k8s-role == 'node'";
    const range = "\n      - '30000:32767'";
    const written = rules([node, node, node, node], [range, range]);
    expect(exported).toContain(written);
    const aliased = (text: string) =>
      text.replace(
        written,
        rules(
          [`&nodes ${node}`, '*nodes', '*nodes', '*nodes'],
          [` &nodePorts${range}`, ' *nodePorts'],
        ),
      );
    expect(aliased(exported).match(/ \*(nodes|nodePorts)\n/g)).toHaveLength(4);

    // Read from the resources: the same report and design as without the aliases.
    const plain = withoutDesign(exported);
    const withAliases = importYaml(aliased(plain));
    const without = importYaml(plain);
    // One line fewer (the second range is an alias), so the report is compared without line numbers.
    const said = (r: ImportResult) => r.report.items.map((i) => text(i).replace(/^\d+: /, ''));
    expect(said(withAliases)).toEqual(said(without));
    expect(imported(withAliases)).toEqual(imported(without));
    // The digest is of the values, so the exported file with aliases still opens its design.
    expect(yamlOf(imported(importYaml(aliased(exported))))).toBe(exported);
  });
});

describe('nothing to import', () => {
  it.each([
    ['', 'empty'],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n', 'a Deployment'],
    ['{{{', 'broken YAML'],
  ])('%j (%s) gives no design and says why', (yaml) => {
    const r = importYaml(yaml);
    expect(r.design).toBeUndefined();
    expect(r.report.items.some((i) => i.severity === 'rejected')).toBe(true);
  });
});

describe('labelsOfSelector', () => {
  it.each([
    ["k8s-role == 'node'", { 'k8s-role': 'node' }],
    ['a == \'x\' && b == "y"', { a: 'x', b: 'y' }],
    ['all()', {}],
    ['', {}],
    // Not a label key Kubernetes takes (it must start with a letter or digit): no label map.
    ["__proto__ == 'x'", undefined],
    ["a == ':x'", undefined],
    ['has(a)', undefined],
    ["a == 'x' || b == 'y'", undefined],
    ["a == 'x' && a == 'y'", undefined],
    ['a ==', undefined],
  ])('%j → %j', (selector, labels) => {
    const got = labelsOfSelector(selector);
    expect(got).toEqual(labels);
    if (got) expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
  });
});

describe("the hardened profile's NodePort denies", () => {
  it('are read as the NodePort range for TCP, UDP and SCTP, pre-DNAT and at the host', () => {
    const result = importYaml(
      withoutDesign(yamlOf(fixtureDesign('guide-example-hardened'), 'hardened')),
    );
    expect(items(result, 'import.ignored.ruleShape')).toEqual([]);
    for (const id of ['import.mapped.denyNodePorts', 'import.mapped.hostDenyRange'] as const) {
      expect(items(result, id).map((i) => i.params.protocol)).toEqual(['TCP', 'UDP', 'SCTP']);
    }
  });
});
