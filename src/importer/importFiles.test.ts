import { readFileSync } from 'node:fs';
import { importFiles } from './importFiles';
import { MAX_IMPORT_LENGTH } from './importYaml';
import type { ImportItem, ImportResult } from './types';

const testdata = (name: string) =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const file = (name: string) => ({ name, text: testdata(name) });

const byId = (r: ImportResult, id: ImportItem['messageId']) =>
  r.report.items.filter((i) => i.messageId === id);
const where = (i: ImportItem) => `${i.file ?? ''}:${i.line}`;
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a kubectl List and a calicoctl List together', () => {
  const kubectl = file('kubectl-list.yaml');
  const calicoctl = file('calicoctl-gnp-list.yaml');
  const r = importFiles([kubectl, calicoctl]);

  it('builds the design from the objects inside both lists', () => {
    expect(r.design?.services.map((s) => [s.name, s.clusterIP])).toEqual([['web', '10.20.30.40']]);
    expect(r.design?.nodes.map((n) => n.name)).toEqual(['node-1']);
    expect(r.design?.clients.map((c) => c.cidrs)).toEqual([['50.60.0.0/16']]);
  });

  it('reports each object at its own line of its own file', () => {
    const service = r.report.items.find((i) => i.messageId === 'import.mapped.service');
    expect(where(service!)).toBe(`kubectl-list.yaml:${lineOf(kubectl.text, '- apiVersion: v1')}`);
    const hep = r.report.items.find((i) => i.messageId === 'import.mapped.node');
    expect(where(hep!)).toBe(
      `calicoctl-gnp-list.yaml:${lineOf(calicoctl.text, 'kind: HostEndpoint') - 1}`,
    );
    const policy = byId(r, 'import.kept').find((i) => i.name === 'allow-cluster-ips');
    expect(where(policy!)).toBe(`calicoctl-gnp-list.yaml:3`);
  });

  it('keeps the policy-related resources verbatim as the baseline, Kubernetes ones too', () => {
    const baseline = r.design?.baseline;
    expect(baseline?.resources.map((x) => `${x.kind} ${x.metadata.name}`)).toEqual([
      'NetworkPolicy web-from-frontend',
      'GlobalNetworkPolicy allow-cluster-ips',
      'HostEndpoint node-1-eth0',
    ]);
    expect(baseline?.sources).toEqual(['kubectl-list.yaml', 'calicoctl-gnp-list.yaml']);
    // Verbatim: the server's fields stay as kubectl printed them.
    expect(baseline?.resources[0]?.metadata).toMatchObject({
      resourceVersion: '48300',
      uid: '2f5d3c1a-1111-4c2b-9e0a-5b6c7d8e9f00',
    });
    expect(byId(r, 'import.kept').map((i) => i.severity)).toEqual(['kept', 'kept', 'kept']);
  });

  it('marks the edges read from the rules as inferred', () => {
    expect(r.design?.access.map((a) => a.inferred)).toEqual([true]);
  });

  it('accounts for every object: the Node becomes a node of the design, at its line', () => {
    expect(byId(r, 'import.ignored.topology')).toEqual([]);
    // Its HostEndpoints (in the calicoctl List) name its interfaces; the Node gives its labels.
    expect(byId(r, 'import.mapped.kubeNodeWithHep').map(where)).toEqual([
      `kubectl-list.yaml:${lineOf(kubectl.text, 'kind: Node') - 1}`,
    ]);
    expect(r.report.items.filter((i) => i.severity === 'rejected')).toEqual([]);
  });

  it('reads the same List printed as JSON (kubectl -o json) the same way', () => {
    const json = importFiles([file('kubectl-list.json'), calicoctl]);
    expect(json.design?.services).toEqual(r.design?.services);
    expect(json.design?.baseline?.resources).toEqual(r.design?.baseline?.resources);
    const service = json.report.items.find((i) => i.messageId === 'import.mapped.service');
    expect(service?.line).toBeGreaterThan(1);
  });
});

describe('streams and sequences', () => {
  const policy = testdata('calicoctl-gnp-list.yaml');

  it('reads a bare YAML sequence of objects', () => {
    const items = policy.slice(
      policy.indexOf('items:\n') + 'items:\n'.length,
      policy.indexOf('kind: GlobalNetworkPolicyList'),
    );
    const r = importFiles([{ name: 'seq.yaml', text: items }]);
    expect(r.design?.nodes.map((n) => n.name)).toEqual(['node-1']);
    expect(byId(r, 'import.kept')).toHaveLength(2);
  });

  it('skips empty documents and stray --- lines, and says so', () => {
    const text = `---\n---\n${testdata('crd-storage.yaml')}\n---\n`;
    const r = importFiles([{ name: 'stream.yaml', text }]);
    expect(byId(r, 'import.emptyDocument').length).toBeGreaterThanOrEqual(1);
    expect(r.design?.baseline?.resources).toHaveLength(2);
  });

  it('keeps every other document when one does not parse, and names each at its line', () => {
    const good = testdata('crd-storage.yaml').split('\n---\n');
    const text = [good[0], 'kind: [unclosed\n  bad: : :', good[1]].join('\n---\n');
    const r = importFiles([{ name: 'mixed.yaml', text }]);
    const error = byId(r, 'import.yamlError');
    expect(error).toHaveLength(1);
    expect(error[0]?.file).toBe('mixed.yaml');
    // js-yaml finds the error at the broken line or the next one.
    expect(error[0]?.line).toBeGreaterThanOrEqual(lineOf(text, 'kind: [unclosed'));
    expect(error[0]?.line).toBeLessThanOrEqual(lineOf(text, 'bad: : :'));
    expect(r.design?.baseline?.resources.map((x) => x.metadata.name)).toEqual([
      'allow-cluster-ips',
      'deny-rest',
    ]);
  });
});

describe('Calico resources in their storage form (crd.projectcalico.org/v1)', () => {
  const r = importFiles([file('crd-storage.yaml')]);

  it('reads them as their projectcalico.org/v3 form, and says what that group is', () => {
    const [first, second] = r.design?.baseline?.resources ?? [];
    expect(first?.apiVersion).toBe('projectcalico.org/v3');
    // The name the annotation keeps, with the labels stored there.
    expect(first?.metadata).toMatchObject({ name: 'allow-cluster-ips', labels: { team: 'net' } });
    expect(first?.metadata.annotations).toBeUndefined();
    // No annotation: the stored name without its default tier.
    expect(second?.metadata.name).toBe('deny-rest');
    expect(byId(r, 'import.crdGroup').map((i) => i.params)).toEqual([
      {
        kind: 'GlobalNetworkPolicy',
        stored: 'default.allow-cluster-ips',
        name: 'allow-cluster-ips',
      },
      { kind: 'GlobalNetworkPolicy', stored: 'default.deny-rest', name: 'deny-rest' },
    ]);
  });

  it('reads their rules as the policy they are', () => {
    expect(r.design?.clients.map((c) => c.cidrs)).toEqual([['50.60.0.0/16']]);
  });
});

describe('what is not there to read', () => {
  it('calicoctl v2 files: said so, with the way to convert them', () => {
    const r = importFiles([file('calico-v2.yaml')]);
    expect(byId(r, 'import.calicoV2').map((i) => [i.severity, i.line, i.params.kind])).toEqual([
      ['rejected', 1, 'policy'],
    ]);
    expect(r.design).toBeUndefined();
  });

  it('templating left in a file: named as a placeholder at its line', () => {
    const text = testdata('crd-storage.yaml').replace('50.60.0.0/16', '${CLIENT_CIDR}');
    const r = importFiles([{ name: 'tmpl.yaml', text }]);
    const [p] = byId(r, 'import.placeholder');
    expect(p).toMatchObject({ severity: 'rejected', params: { placeholder: '${CLIENT_CIDR}' } });
    expect(p?.line).toBe(lineOf(text, '${CLIENT_CIDR}'));
    const helm = importFiles([
      { name: 'h.yaml', text: 'kind: {{ .Values.kind }}\nspec: <node-ip>\n' },
    ]);
    expect(byId(helm, 'import.placeholder').map((i) => i.params.placeholder)).toEqual([
      '{{ .Values.kind }}',
      '<node-ip>',
    ]);
  });

  it('a JSON file that is not a List, a text that is not YAML: a message, never a throw', () => {
    const json = importFiles([{ name: 'x.json', text: '{"spec": {"a": 1}, "data": 2}' }]);
    expect(byId(json, 'import.noKind').map((i) => i.params.keys)).toEqual(['spec, data']);
    const prose = importFiles([{ name: 'notes.txt', text: 'Hello, this is not YAML at all.' }]);
    expect(byId(prose, 'import.notObject')).toHaveLength(1);
    const binary = importFiles([{ name: 'x.png', text: '\u0089PNG\r\n\u001a\n\u0000\u0000' }]);
    expect(binary.report.items.some((i) => i.severity === 'rejected')).toBe(true);
    expect(binary.design).toBeUndefined();
  });

  it('refuses more than the cap in all, unread', () => {
    const half = 'x'.repeat(MAX_IMPORT_LENGTH / 2 + 1);
    const r = importFiles([
      { name: 'a', text: half },
      { name: 'b', text: half },
    ]);
    expect(r.report.items.map((i) => i.messageId)).toEqual(['import.tooLarge']);
  });
});

describe('size', () => {
  it('reads a 10 MB kubectl List of Nodes, every object accounted for at its line', () => {
    const one = testdata('kubectl-list.yaml');
    const node = one.slice(
      one.indexOf('- apiVersion: v1\n  kind: Node'),
      one.indexOf('- apiVersion: networking.k8s.io/v1'),
    );
    const copies: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const c = node.replace(/node-1/g, `node-${i}`);
      copies.push(c);
      size += c.length;
    }
    const text = `apiVersion: v1\nitems:\n${copies.join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`;
    // How long it takes is the benchmark's business (npm run bench); here: every object read.
    const r = importFiles([{ name: 'dump.yaml', text }]);
    // Every Node is reported at a line of its own (the copies differ in name only).
    const starts = new Set(
      r.report.items.filter((i) => i.kind === 'Node' && i.line > 0).map((i) => i.name),
    );
    expect(starts.size).toBe(copies.length);
  }, 120_000);
});
