/**
 * Issue #13's "Done when", end to end through the command line: a cluster dumped with kubectl
 * (the guide example's topology, YAML and JSON) and the policy it runs (the guide's recipe, as the
 * app writes it for the guide profile) import to the example's topology with that policy as the
 * baseline and the two access edges inferred; `audit` then reports the recipe's leaks (exit 1);
 * once the hardened output is what runs, `audit` exits 0.
 */
import { readFileSync } from 'node:fs';
import { generate } from '../generator/generate';
import { designSchema, type Design } from '../model/design';
import { guideExample } from '../model/examples';
import { run } from './cli';
import { fakeIo } from './testIo';

const dump = (name: string) =>
  readFileSync(new URL(`../../fixtures/cluster-dump/${name}`, import.meta.url), 'utf8');

/** The policies part the app writes for the guide example in one profile: what a cluster runs. */
function policiesOf(profile: 'guide' | 'hardened'): string {
  const r = generate(guideExample, { profile });
  if (!r.ok) throw new Error('the guide example generates');
  return r.yaml;
}

/** `import` of the dump and a policy file, then the design it printed. */
function importCluster(kubectl: string, policies: string): Design {
  const { io, out } = fakeIo({
    'kubectl.out': kubectl,
    'calico.yaml': dump('calico.yaml'),
    'running.yaml': policies,
  });
  expect(run(['import', 'kubectl.out', 'calico.yaml', 'running.yaml'], io)).toBe(0);
  expect(out.stderr).toMatch(/^running\.yaml:\d+: kept: /m);
  return designSchema.parse(JSON.parse(out.stdout));
}

const byName = <T extends { name: string }>(xs: readonly T[]) => xs.map((x) => x.name).sort();

describe.each([
  ['YAML', 'kubectl.yaml'],
  ['JSON', 'kubectl.json'],
])('a cluster dumped with kubectl (%s), running the guide recipe', (_, file) => {
  const design = importCluster(dump(file), policiesOf('guide'));

  it("imports the example's nodes, Services and pods", () => {
    expect(byName(design.nodes)).toEqual(byName(guideExample.nodes));
    for (const s of guideExample.services) {
      expect(design.services).toContainEqual(
        expect.objectContaining({
          name: s.name,
          namespace: s.namespace,
          clusterIP: s.clusterIP,
          selector: s.selector,
          ports: s.ports.map((p) =>
            expect.objectContaining({ port: p.port, protocol: p.protocol }),
          ),
        }),
      );
    }
    const nodeName = new Map(design.nodes.map((n) => [n.id, n.name]));
    const exampleNode = new Map(guideExample.nodes.map((n) => [n.id, n.name]));
    for (const p of guideExample.pods) {
      const got = design.pods.find((q) => q.name === p.name && q.namespace === p.namespace);
      expect(got && { ip: got.ip, node: nodeName.get(got.node) }).toEqual({
        ip: p.ip,
        node: exampleNode.get(p.node),
      });
      expect(got?.labels).toMatchObject(p.labels);
    }
  });

  it('keeps the recipe as the baseline and infers the two access edges', () => {
    const kinds = design.baseline?.resources.map((r) => r.kind) ?? [];
    expect(kinds).toContain('GlobalNetworkPolicy');
    expect(kinds).toContain('HostEndpoint');
    expect(design.access).toHaveLength(2);
    expect(design.access.every((a) => a.inferred === true)).toBe(true);
    const reach = design.access.map((a) => {
      const client = design.clients.find((c) => c.id === a.client);
      const service = design.services.find((s) => s.id === a.service);
      return `${client?.cidrs.join(',')} → ${service?.name}`;
    });
    expect(reach.sort()).toEqual(['50.60.0.0/16 → svc-a', '70.80.90.0/24 → svc-b']);
  });

  it("audit reports the recipe's leaks (exit 1); with the hardened output running, exit 0", () => {
    const leaky = fakeIo({ 'd.json': JSON.stringify(design) });
    expect(run(['audit', 'd.json'], leaky.io)).toBe(1);
    expect(leaky.out.stdout).toMatch(/^MISMATCH\s+allowed\s+denied\s/m);

    const hardened = importCluster(dump(file), policiesOf('hardened'));
    const clean = fakeIo({ 'd.json': JSON.stringify(hardened) });
    expect(run(['audit', 'd.json'], clean.io)).toBe(0);
    expect(clean.out.stdout).not.toMatch(/^MISMATCH/m);
  });
});
