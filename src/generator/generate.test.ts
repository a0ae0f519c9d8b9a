import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { load, loadAll } from 'js-yaml';
import { validateResource, validateYaml } from '../calico/validateResources';
import { guideExample } from '../model/examples';
import { designSchema, type Design } from '../model/design';
import { scaleDesign } from '../../fixtures/scaleDesign';
import { generate } from './generate';
import type { GenerateResult } from './types';

type Ok = Extract<GenerateResult, { ok: true }>;

function ok(design: Design, profile?: Design['output']['profile']): Ok {
  const r = generate(design, profile ? { profile } : {});
  if (!r.ok) throw new Error(`error lints: ${r.lints.map((l) => l.messageId).join(', ')}`);
  return r;
}

const fixturesDir = new URL('../../fixtures/', import.meta.url);
const fixtureDesigns = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/design.json`, fixturesDir)))
  .map(
    (d) =>
      [
        d.name,
        designSchema.parse(
          JSON.parse(readFileSync(new URL(`${d.name}/design.json`, fixturesDir), 'utf8')),
        ),
      ] as const,
  );

/** The YAML blocks of the guide (reference/seed), with the third policy's missing `ingress:` restored. */
function guideResources(): Record<string, unknown> {
  const seed = readFileSync(
    new URL('../../reference/seed/services-cluster-ips.zh.md', import.meta.url),
    'utf8',
  );
  const blocks = [...seed.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const out: Record<string, unknown> = {};
  for (const block of blocks) {
    const repaired = block.includes('name: allow-traffic-hostendpoints')
      ? block.replace(/(types:\n\s+- Ingress\n)/, '$1  ingress:\n')
      : block;
    const doc = load(repaired) as { metadata: { name: string } };
    out[doc.metadata.name] = doc;
  }
  return out;
}

/** A target Calico without tiers: the guide's recipe as printed, with no tier to live in. */
const beforeTiers: Design = {
  ...guideExample,
  output: { ...guideExample.output, calicoVersion: '3.28' },
};

/** A resource without the owner label every generated resource carries. */
function unlabelled(resource: unknown): unknown {
  const r = structuredClone(resource) as { metadata: { labels?: Record<string, string> } };
  delete r.metadata.labels?.['app.kubernetes.io/managed-by'];
  if (r.metadata.labels && !Object.keys(r.metadata.labels).length) delete r.metadata.labels;
  return r;
}

describe('guide profile', () => {
  it("reproduces the guide's four policies on the guide's example, names and specs equal", () => {
    const expected = guideResources();
    expect(Object.keys(expected).sort()).toEqual([
      'allow-cluster-ips',
      'allow-nodes-svc-a',
      'allow-to-pods',
      'allow-traffic-hostendpoints',
    ]);
    const generated = new Map(
      ok(beforeTiers, 'guide').documents.map((d) => [d.resource.metadata.name, d.resource]),
    );
    for (const [name, resource] of Object.entries(expected)) {
      const ours = unlabelled(generated.get(name)) as { spec: { ingress?: unknown[] } };
      // One deliberate change: the host policy admits the nodes and pods first, so no host-access
      // setting can cut the cluster's own traffic.
      if (name === 'allow-traffic-hostendpoints') {
        expect(ours.spec.ingress?.slice(0, 2)).toEqual([
          { action: 'Allow', source: { selector: "k8s-role == 'node'" } },
          { action: 'Allow', source: { nets: ['192.168.0.0/16'] } },
        ]);
        ours.spec.ingress = ours.spec.ingress?.slice(2);
      }
      expect(ours, name).toEqual(resource);
    }
  });

  it('keeps the recipe in the default tier; the hardened profile has a tier of its own', () => {
    expect(ok(guideExample, 'guide').documents.map((d) => d.resource.kind)).not.toContain('Tier');
    const docs = ok(guideExample, 'hardened').documents;
    expect(docs[0]?.resource).toEqual({
      apiVersion: 'projectcalico.org/v3',
      kind: 'Tier',
      metadata: {
        name: 'external-access',
        labels: { 'app.kubernetes.io/managed-by': 'clusterip-policy-designer' },
      },
      spec: { order: 10000, defaultAction: 'Pass' },
    });
    for (const d of docs.filter((x) => x.resource.kind === 'GlobalNetworkPolicy')) {
      expect(d.resource.metadata.name).toMatch(/^external-access\./);
      expect(d.resource.spec).toHaveProperty('tier', 'external-access');
    }
  });

  it("the guide's third policy as printed is rejected at spec.types, and generated with ingress restored", () => {
    const seed = readFileSync(
      new URL('../../reference/seed/services-cluster-ips.zh.md', import.meta.url),
      'utf8',
    );
    const third = [...seed.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .find((b) => b.includes('allow-traffic-hostendpoints'));
    const problems = validateYaml(third ?? '').problems;
    expect(problems.some((p) => p.path.startsWith('spec.types['))).toBe(true);
    const doc = ok(guideExample, 'guide').documents.find(
      (d) => d.resource.metadata.name === 'allow-traffic-hostendpoints',
    );
    expect(doc?.resource.spec).toHaveProperty('ingress');
  });
});

describe.each(fixtureDesigns)('fixture %s', (_name, input) => {
  it.each(['guide', 'hardened'] as const)(
    'every %s document passes Calico validation',
    (profile) => {
      const r = ok(input as Design, profile);
      for (const doc of r.documents) expect(validateResource(doc.resource), doc.key).toEqual([]);
      const reparsed = validateYaml(r.yaml);
      expect(reparsed.problems).toEqual([]);
      expect(reparsed.documents).toEqual(r.documents.map((d) => d.resource));
    },
  );

  it.each(['guide', 'hardened'] as const)(
    'every rule of every %s resource is explained',
    (profile) => {
      const r = ok(input as Design, profile);
      for (const doc of r.documents) {
        const spec = doc.resource.spec as { ingress?: unknown[]; egress?: unknown[] };
        const expected = [
          '',
          ...(spec.ingress ?? []).map((_, i) => `spec.ingress[${i}]`),
          ...(spec.egress ?? []).map((_, i) => `spec.egress[${i}]`),
        ];
        const paths = r.explanations.filter((e) => e.resource === doc.key).map((e) => e.rulePath);
        expect(paths, doc.key).toEqual(expected);
      }
    },
  );
});

describe('apply order', () => {
  const rank: Record<string, number> = {
    Tier: 0,
    GlobalNetworkSet: 1,
    GlobalNetworkPolicy: 2,
    NetworkPolicy: 2,
    HostEndpoint: 3,
    Service: 4,
    BGPConfiguration: 5,
  };

  it('puts the tier, the clients, the policies, then the HostEndpoints; nothing the user owns', () => {
    const kinds = ok(guideExample).documents.map((d) => d.resource.kind);
    const ranks = kinds.map((k) => rank[k] ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(kinds).not.toContain('Service');
    expect(kinds).not.toContain('BGPConfiguration');
    expect(kinds.at(-1)).toBe('HostEndpoint');
  });

  it('in one stream, puts the Services after the HostEndpoints and advertises last', () => {
    const r = generate(guideExample, { part: 'all' });
    if (!r.ok) throw new Error('not ok');
    const kinds = r.documents.map((d) => d.resource.kind);
    const ranks = kinds.map((k) => rank[k] ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(kinds.at(-1)).toBe('BGPConfiguration');
    expect(validateYaml(r.yaml).problems).toEqual([]);
  });

  it('names the apply command and the rollback, HostEndpoints first, in the header', () => {
    const { yaml } = ok(guideExample);
    expect(yaml).toMatch(
      /\n# Apply the whole file, top to bottom: +kubectl apply -f calico-guide-example\.calico\.yaml\n/,
    );
    const rollback = yaml.split('\n').filter((l) => l.startsWith('#   kubectl delete'));
    expect(rollback[0]).toMatch(/^# {3}kubectl delete hostendpoints\.projectcalico\.org -l /);
    expect(rollback.at(-1)).toMatch(/^# {3}kubectl delete tiers\.projectcalico\.org -l /);
  });

  it('is a YAML stream whose documents are the generated resources', () => {
    const r = ok(guideExample);
    expect(loadAll(r.yaml)).toEqual(r.documents.map((d) => d.resource));
  });
});

describe("hardened profile closes the guide's gaps", () => {
  const r = ok(guideExample, 'hardened');
  const policy = (name: string) =>
    r.documents.find((d) => d.resource.metadata.name === `external-access.${name}`)?.resource;

  it('adds an explicit pre-DNAT deny of outside sources, ordered after ordered allows (§2.3 c, §2.2)', () => {
    const allow = policy('allow-cluster-ips');
    const deny = policy('deny-unlisted-external');
    expect(allow?.spec).toMatchObject({ order: 100, preDNAT: true, applyOnForward: true });
    expect(deny?.spec).toMatchObject({ order: 200, preDNAT: true, applyOnForward: true });
    expect(deny?.spec).toHaveProperty('ingress.0', {
      action: 'Deny',
      ipVersion: 4,
      source: { notNets: ['192.168.0.0/16'], notSelector: "k8s-role == 'node'" },
      destination: { nets: ['10.20.30.0/24'] },
    });
  });

  it('admits listed clients at the backend by their network set, denies the rest of outside, and ends in the tier', () => {
    const ingress = (policy('allow-backends-svc-a')?.spec as { ingress: unknown[] }).ingress;
    expect(ingress).toEqual([
      {
        action: 'Allow',
        protocol: 'TCP',
        source: { selector: "clusterip-policy-designer/client == 'office'" },
        destination: { ports: [80, 443] },
      },
      {
        action: 'Deny',
        ipVersion: 4,
        source: { notNets: ['192.168.0.0/16'], notSelector: "k8s-role == 'node'" },
      },
    ]);
  });

  it('leaves the backend policies out where Calico has no tiers: they would isolate the pods', () => {
    const kinds = ok(beforeTiers, 'hardened').documents.map((d) => d.resource.metadata.name);
    expect(kinds.filter((n) => n.startsWith('allow-backends'))).toEqual([]);
    expect(kinds).not.toContain('external-access');
  });

  it('lists tunnel addresses in expectedIPs with encapsulation (§1.3, §4.3)', () => {
    const ipip = fixtureDesigns.find(([n]) => n === 'ipip')?.[1] as Design;
    const heps = ok(ipip).documents.filter((d) => d.resource.kind === 'HostEndpoint');
    expect(heps.map((d) => d.resource.spec)).toContainEqual({
      node: 'worker-1',
      interfaceName: 'eth0',
      expectedIPs: ['172.20.0.11', '10.42.1.1'],
    });
  });

  it('keeps every policy ordered, so none sorts last by accident (§2.2)', () => {
    for (const d of r.documents) {
      if (d.resource.kind === 'GlobalNetworkPolicy')
        expect(d.resource.spec.order, d.key).toBeTypeOf('number');
    }
  });
});

describe('errors', () => {
  it('returns error lints, naming the field, instead of YAML for an invalid design', () => {
    const bad = structuredClone(guideExample);
    bad.services[1]!.clusterIP = '10.30.0.5';
    const r = generate(bad);
    expect(r.ok).toBe(false);
    expect(r.lints).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'services[1].clusterIP',
        elements: ['svc-b'],
      }),
    ]);
  });
});

/** A deep copy whose every object lists its keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

describe('determinism', () => {
  it('gives the same bytes for the same design, whatever the key order of its objects', () => {
    for (const [, input] of fixtureDesigns) {
      expect(ok(designSchema.parse(reversedKeys(input))).yaml).toBe(ok(input).yaml);
    }
  });
});

describe('line spans', () => {
  it('point at each document and each rule in the YAML', () => {
    const r = ok(guideExample);
    const lines = r.yaml.split('\n');
    for (const span of r.spans) {
      const doc = r.documents.find((d) => d.key === span.key)!;
      expect(lines[span.start - 1]).toMatch(/^# /);
      expect(lines.slice(span.start - 1, span.end).join('\n')).toContain(
        `name: ${doc.resource.metadata.name}`,
      );
      for (const rule of span.rules) {
        expect(lines[rule.start - 1], rule.rulePath).toMatch(/^ {2}- action: /);
        expect(rule.end).toBeGreaterThanOrEqual(rule.start);
      }
    }
    const allowCluster = r.spans.find(
      (s) => s.key === 'GlobalNetworkPolicy/external-access.allow-cluster-ips',
    )!;
    expect(allowCluster.rules.map((x) => x.rulePath)).toEqual([
      'spec.ingress[0]',
      'spec.ingress[1]',
      'spec.ingress[2]',
      'spec.ingress[3]',
    ]);
    const second = allowCluster.rules[2]!;
    expect(lines.slice(second.start - 1, second.end).join('\n')).toContain("== 'partner'");
    expect(lines.slice(second.start - 1, second.end).join('\n')).not.toContain("== 'office'");
  });
});

describe('large designs', () => {
  it('splits a rule list longer than Calico accepts into ordered policies, all valid', () => {
    const big = designSchema.parse(
      scaleDesign({ nodes: 200, services: 400, pods: 1200, clients: 300, edges: 800 }),
    );
    const r = ok(big);
    const allow = r.documents.filter((d) =>
      d.resource.metadata.name.startsWith('external-access.allow-cluster-ips'),
    );
    expect(allow.map((d) => d.resource.metadata.name)).toEqual([
      'external-access.allow-cluster-ips',
      'external-access.allow-cluster-ips-2',
    ]);
    for (const doc of r.documents) expect(validateResource(doc.resource), doc.key).toEqual([]);
  });
});
