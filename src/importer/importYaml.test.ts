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
  return r.design;
}

const text = (i: ImportItem) =>
  `${i.line}: ${i.severity}: ${formatMessage(en[i.messageId], i.params)}`;
const items = (r: ImportResult, messageId: ImportItem['messageId']) =>
  r.report.items.filter((i) => i.messageId === messageId);

describe.each(fixtureNames)('the app’s own output, fixture %s', (name) => {
  const original = fixtureDesign(name);

  describe.each(['hardened', 'guide'] as const)('profile %s', (profile) => {
    const yaml = yamlOf(original, profile);
    const result = importYaml(yaml);
    const design = imported(result);

    it('imports back and re-exports byte-identical YAML', () => {
      expect(yamlOf(design)).toBe(yaml);
    });

    it('keeps the name, the profile and what the YAML says of services and the cluster', () => {
      expect(design.name).toBe(original.name);
      expect(design.output.profile).toBe(profile);
      expect(design.cluster.serviceCidrs).toEqual(original.cluster.serviceCidrs);
      expect(
        design.services.map((s) => ({
          name: s.name,
          namespace: s.namespace,
          clusterIP: s.clusterIP,
          ports: s.ports.map((p) => [p.name, p.port, p.targetPort ?? p.port, p.protocol]),
          selector: s.selector,
          mode: s.trafficPolicy ?? design.cluster.trafficPolicy,
        })),
      ).toEqual(
        original.services.map((s) => ({
          name: s.name,
          namespace: s.namespace,
          clusterIP: s.clusterIP,
          ports: s.ports.map((p) => [p.name, p.port, p.targetPort ?? p.port, p.protocol]),
          selector: s.selector,
          mode: s.trafficPolicy ?? original.cluster.trafficPolicy,
        })),
      );
      expect(design.access.length).toBeLessThanOrEqual(original.access.length);
    });

    it('is a fixed point: importing its own output again gives the same design', () => {
      expect(imported(importYaml(yamlOf(design)))).toEqual(design);
    });

    it('rejects nothing and reports every document', () => {
      expect(result.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
      const docs = yaml.split('\n').flatMap((line, i) => (line === '---' ? [i + 3] : []));
      const reported = new Set(result.report.items.map((i) => i.line));
      // Each document's first key (apiVersion, two lines below `---`) has an item, or a rule of it.
      expect(docs.filter((l) => !reported.has(l) && !reported.has(l + 1))).toEqual([]);
    });
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
    expect(design.clients.map((c) => c.cidrs)).toEqual([
      ['198.51.100.0/24'],
      ['198.51.100.0/24', '203.0.113.0/24'],
      ['192.0.2.128/25'],
    ]);
    expect(design.access).toEqual([
      { client: 'client-1', service: 'web' },
      { client: 'client-2', service: 'api' },
      { client: 'client-3', service: 'svc-10-100-0-99' },
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
      'NetworkPolicy web (networking.k8s.io/v1)',
      'GlobalNetworkSet partners',
    ]);
    expect(
      items(result, 'import.ignored.field').map((i) => `${i.kind}/${i.name} ${i.path}`),
    ).toEqual([
      'Service/web metadata.labels',
      'Service/web spec.sessionAffinity',
      'Service/web spec.ports[0].nodePort',
      'Service/web spec.ports[1].nodePort',
      'HostEndpoint/w1-eth0 spec.profiles',
      'BGPConfiguration/default spec.asNumber',
    ]);
    expect(items(result, 'import.ignored.serviceType')[0]?.params).toEqual({
      type: 'LoadBalancer',
      written: 'NodePort',
    });
    expect(severityOf('import.ignored.serviceNoClusterIP')).toEqual(['ignored']);
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

describe('a document with a YAML syntax error', () => {
  it('is rejected on its own line; the documents after it keep their lines', () => {
    const good = yamlOf(fixtureDesign('guide-example'));
    const parts = good.split('\n---\n');
    parts[2] = parts[2]!.replace('  types:\n  - Ingress', '  types: [Ingress\n  - x: {');
    const broken = parts.join('\n---\n');
    const lines = broken.split('\n');
    const r = importYaml(broken);
    const rejected = r.report.items.filter((i) => i.severity === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(text(rejected[0]!)).toMatch(/YAML syntax error/);
    const host = r.report.items.find((i) => i.name === 'allow-traffic-hostendpoints');
    expect(lines[host!.line - 2]).toBe('# GlobalNetworkPolicy allow-traffic-hostendpoints');
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
      output: { profile: 'guide' },
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

  it('accepts a few harmless aliases', () => {
    const yaml = yamlOf(fixtureDesign('guide-example')).replace(
      "spec:\n  selector: k8s-role == 'node'\n  types:\n  - Ingress\n  applyOnForward: true",
      "spec:\n  selector: &nodes k8s-role == 'node'\n  types:\n  - Ingress\n  applyOnForward: true",
    );
    expect(yaml).toContain('&nodes');
    expect(importYaml(yaml).design).toBeDefined();
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
    ["__proto__ == 'x'", { ['__proto__']: 'x' }],
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
    const result = importYaml(yamlOf(fixtureDesign('guide-example-hardened'), 'hardened'));
    expect(items(result, 'import.ignored.ruleShape')).toEqual([]);
    for (const id of ['import.mapped.denyNodePorts', 'import.mapped.hostDenyRange'] as const) {
      expect(items(result, id).map((i) => i.params.protocol)).toEqual(['TCP', 'UDP', 'SCTP']);
    }
  });
});
