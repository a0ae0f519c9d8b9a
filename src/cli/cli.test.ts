import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { designSchema } from '../model/design';
import { guideExample, guideExampleInput } from '../model/examples';
import { decodeDesign, encodeDesign } from '../permalink/permalink';
import { HELP, run } from './cli';
import { fakeIo } from './testIo';

const golden = readFileSync(
  new URL('../../fixtures/guide-example/policies.yaml', import.meta.url),
  'utf8',
);
const guideDesign = readFileSync(
  new URL('../../fixtures/guide-example/design.json', import.meta.url),
  'utf8',
);

describe('cli generate', () => {
  it('prints the golden YAML on stdout', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json'], io)).toBe(0);
    expect(out.stdout).toBe(golden);
    expect(out.stderr).toMatch(/^warning: guide-unlisted-clients-reach-remote-backends: /m);
  });

  it('refuses a design whose name would end the header comment: exit 1, the field named', () => {
    const hostile = readFileSync(
      new URL('../../fixtures/hostile/injected-name.design.json', import.meta.url),
      'utf8',
    );
    const { io, out } = fakeIo({ 'd.json': hostile });
    expect(run(['generate', 'd.json'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'd.json: name: holds a character a name cannot hold (U+000A, character 6): line breaks, control characters and bidirectional overrides could change what the YAML and its comments say\n',
    );
  });

  it('writes -o and honours --profile', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json', '--profile', 'hardened', '-o', 'x.yaml'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written['x.yaml']).toContain('name: external-access.deny-unlisted-external');
  });

  it('exits 1 with every problem of an invalid design on stderr, each naming its path', () => {
    const bad = structuredClone(guideExampleInput) as typeof guideExampleInput;
    bad.services[1]!.clusterIP = '10.30.0.5';
    bad.clients[0]!.cidrs = ['50.60.0.0/33'];
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(bad) });
    expect(run(['generate', 'd.json'], io)).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      'd.json: clients[0].cidrs[0]: the prefix length /33 is too long: it is 0–32 for this address family',
    ]);
    bad.clients[0]!.cidrs = ['50.60.0.0/16'];
    const second = fakeIo({ 'd.json': JSON.stringify(bad) });
    expect(run(['generate', 'd.json'], second.io)).toBe(1);
    expect(second.out.stderr).toBe(
      'd.json: services[1].clusterIP: 10.30.0.5 is outside every service CIDR (10.20.30.0/24)\n',
    );
    expect(second.out.stdout).toBe('');
  });

  it('rejects a bad profile and a missing file with usage errors', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json', '--profile', 'loose'], io)).toBe(2);
    expect(out.stderr).toMatch(/--profile must be guide or hardened, not loose/);
    expect(run(['generate', 'nope.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/cannot read nope\.json/);
  });
});

describe('cli validate', () => {
  it('passes generated YAML', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    expect(run(['validate', 'p.yaml'], io)).toBe(0);
    expect(out.stdout).toBe('');
  });

  it('prints one problem per line with its line number', () => {
    const yaml = [
      'apiVersion: projectcalico.org/v3',
      'kind: GlobalNetworkPolicy',
      'metadata:',
      '  name: bad',
      'spec:',
      '  preDNAT: true',
      '  ingress:',
      '  - action: Allow',
      '    source:',
      '      nets: [10.0.0.1/8]',
      '',
    ].join('\n');
    const { io, out } = fakeIo({ 'p.yaml': yaml });
    expect(run(['validate', 'p.yaml'], io)).toBe(1);
    const lines = out.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p\.yaml:10: GlobalNetworkPolicy\/bad spec\.ingress\[0\]\.source\.nets\[0\]: /,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p\.yaml:\d+: GlobalNetworkPolicy\/bad spec(\.applyOnForward)?: .*applyOnForward/,
      ),
    );
  });
});

describe('cli validate --calico-version', () => {
  const tiered = [
    'apiVersion: projectcalico.org/v3',
    'kind: Tier',
    'metadata:',
    '  name: external-access',
    'spec:',
    '  order: 10000',
    '  defaultAction: Pass',
    '---',
    'apiVersion: projectcalico.org/v3',
    'kind: GlobalNetworkPolicy',
    'metadata:',
    '  name: allow-x',
    'spec:',
    '  tier: external-access',
    "  selector: app == 'web'",
    '',
  ].join('\n');

  it('judges by the named release: a bare name in a tier passes 3.32, fails 3.31', () => {
    const { io, out } = fakeIo({ 'p.yaml': tiered });
    expect(run(['validate', 'p.yaml', '--calico-version', '3.32'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(run(['validate', 'p.yaml', '--calico-version', '3.31'], io)).toBe(1);
    expect(out.stdout).toMatch(
      /^p\.yaml:12: GlobalNetworkPolicy\/allow-x metadata\.name: Calico 3\.31 requires a policy in tier "external-access" to be named/,
    );
  });

  it('prints warnings with their word, and exits 0 when there are only warnings', () => {
    const { io, out } = fakeIo({ 'p.yaml': tiered.split('---\n')[1] ?? '' });
    expect(run(['validate', 'p.yaml'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^p\.yaml:6: warning: GlobalNetworkPolicy\/allow-x spec\.tier: tier "external-access" is not built into Calico 3\.32/,
    );
  });

  it('refuses a release it does not know', () => {
    const { io, out } = fakeIo({ 'p.yaml': tiered });
    expect(run(['validate', 'p.yaml', '--calico-version', '3.25'], io)).toBe(2);
    expect(out.stderr).toMatch(/--calico-version must be one of 3\.26, 3\.27, .*3\.32, not 3\.25/);
  });
});

describe('cli permalink', () => {
  it('prints the fragment of a design, then a newline', () => {
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(guideExampleInput) });
    expect(run(['permalink', 'd.json'], io)).toBe(0);
    expect(out.stdout).toBe(`${encodeDesign(guideExample)}\n`);
    expect(out.stdout).toMatch(/^v1z:[A-Za-z0-9+\-$]+\n$/);
    expect(out.stderr).toBe('');
    expect(decodeDesign(out.stdout.trim())).toEqual({ ok: true, design: guideExample });
  });

  it('exits 1 with the problems of an invalid design', () => {
    const { io, out } = fakeIo({ 'd.json': '{"version": 3}' });
    expect(run(['permalink', 'd.json'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^d\.json: version: version 3 was written by a newer release/);
  });

  it('--decode prints the design of a fragment or URL as 2-space JSON', () => {
    const { io, out } = fakeIo({});
    const url = `https://example.org/designer/#${encodeDesign(guideExample)}`;
    expect(run(['permalink', '--decode', url], io)).toBe(0);
    expect(out.stdout).toBe(`${JSON.stringify(guideExample, null, 2)}\n`);
    expect(out.stderr).toBe('');
  });

  it('--decode exits 1 and says why a link does not open', () => {
    const { io, out } = fakeIo({});
    const link = encodeDesign(guideExample);
    expect(run(['permalink', '--decode', link.slice(0, 40)], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('the link is truncated or damaged: its design cannot be unpacked\n');
  });

  it('needs exactly one design file or one link', () => {
    const { io, out } = fakeIo({});
    expect(run(['permalink'], io)).toBe(2);
    expect(run(['permalink', '--decode'], io)).toBe(2);
    expect(run(['permalink', 'a.json', '--decode', 'v1z:x'], io)).toBe(2);
    expect(out.stderr).toMatch(/permalink takes one design file/);
  });
});

describe('cli import', () => {
  it('prints the design on stdout and one report line per item on stderr', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    expect(run(['import', 'p.yaml'], io)).toBe(0);
    const design = JSON.parse(out.stdout) as typeof guideExample;
    expect(out.stdout).toBe(`${JSON.stringify(design, null, 2)}\n`);
    expect(design.name).toBe('guide example');
    // The file carries its design: restored whole, said in one line.
    const fixture = readFileSync(
      new URL('../../fixtures/guide-example/design.json', import.meta.url),
      'utf8',
    );
    const { baseline, ...restored } = design as typeof guideExample & { baseline?: unknown };
    expect(restored).toEqual(designSchema.parse(JSON.parse(fixture)));
    expect(baseline).toBeDefined();
    const lines = out.stderr.trimEnd().split('\n');
    expect(
      lines.filter((l) => !/: kept: |is part of the design the header carries/.test(l)),
    ).toEqual([expect.stringMatching(/^p\.yaml:\d+: mapped: the design was restored from /)]);
  });

  it('reads the resources, one report line per item, when the file was edited', () => {
    const edited = golden.replace('- 50.60.0.0/16', '- 50.61.0.0/16');
    const { io, out } = fakeIo({ 'p.yaml': edited });
    expect(run(['import', 'p.yaml'], io)).toBe(0);
    const lines = out.stderr.trimEnd().split('\n');
    expect(
      lines.every((l) => /^p\.yaml:\d+: (mapped|kept|ignored|rejected|assumed): \S/.test(l)),
    ).toBe(true);
    expect(lines.some((l) => /edited after export/.test(l))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(/^p\.yaml:\d+: mapped: access from 50\.61\.0\.0\/16 to service /),
    );
  });

  it('re-exports the same YAML through generate', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    run(['import', 'p.yaml'], io);
    // The baseline (what the cluster ran) never goes into the generated YAML.
    const again = fakeIo({ 'd.json': out.stdout });
    expect(run(['generate', 'd.json'], again.io)).toBe(0);
    expect(again.out.stdout).toBe(golden);
  });

  it('exits 1 when no design can be built, with the reason on stderr', () => {
    const { io, out } = fakeIo({
      'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    });
    expect(run(['import', 'p.yaml'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'p.yaml:1: ignored: Deployment web (apps/v1) is not part of a design: ignored\n' +
        'p.yaml:0: rejected: the file holds no Service, HostEndpoint, BGPConfiguration or access rule to build a design from\n',
    );
  });

  it('needs readable files', () => {
    const { io, out } = fakeIo({});
    expect(run(['import'], io)).toBe(2);
    expect(run(['import', 'nope.yaml'], io)).toBe(2);
    expect(out.stderr).toMatch(/cannot read nope\.yaml/);
    expect(run(['import', '-', '-'], io)).toBe(2);
    expect(run(['import', 'a.yaml', '--default-interface'], io)).toBe(2);
  });

  const testdata = (name: string) =>
    readFileSync(new URL(`../importer/testdata/${name}`, import.meta.url), 'utf8');

  it('reads several files and stdin, each report line naming its file and line', () => {
    const { io, out } = fakeIo({ 'cluster.yaml': testdata('kubectl-list.yaml') });
    io.readStdin = () => testdata('calicoctl-gnp-list.yaml');
    expect(run(['import', 'cluster.yaml', '-', '--default-interface', 'ens3'], io)).toBe(0);
    const design = JSON.parse(out.stdout) as {
      baseline: { sources: string[] };
      access: { inferred?: boolean }[];
    };
    expect(design.baseline.sources).toEqual(['cluster.yaml', '<stdin>']);
    expect(design.access.map((a) => a.inferred)).toEqual([true]);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toContain(
      'cluster.yaml:56: kept: NetworkPolicy web-from-frontend kept as it is: part of what the cluster runs now (the baseline)',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^<stdin>:3: kept: GlobalNetworkPolicy /));
    expect(lines).toContainEqual(expect.stringMatching(/^\*:0: assumed: /));
  });

  it('exits 1 on a file that is not YAML at all, with the reason', () => {
    const { io, out } = fakeIo({ 'notes.txt': 'just some words' });
    expect(run(['import', 'notes.txt'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /^notes\.txt:1: rejected: this document is "just some words", not a Kubernetes object/m,
    );
  });
});

const hardenedDesign = readFileSync(
  new URL('../../fixtures/guide-example-hardened/design.json', import.meta.url),
  'utf8',
);
const hardenedGolden = readFileSync(
  new URL('../../fixtures/guide-example-hardened/policies.yaml', import.meta.url),
  'utf8',
);

/** The example: office → svc-a 80/TCP entering node-1/eth0, kube-proxy picks pod-a2. */
const OFFICE_TO_SVC_A = [
  '--from',
  '50.60.1.2',
  '--to',
  '10.20.30.40:80/TCP',
  '--via',
  'node-1/eth0',
  '--backend',
  'default/pod-a2',
];

describe('cli simulate', () => {
  it("prints the issue's example as {final, hops}: allowed at the entry node, passed on by the backend's tier", () => {
    const { io, out } = fakeIo({ 'd.json': hardenedDesign });
    expect(run(['simulate', 'd.json', ...OFFICE_TO_SVC_A], io)).toBe(0);
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout) as {
      final: unknown;
      hops: { node: string; in: string; stages: { stage: string }[] }[];
    };
    expect(out.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(Object.keys(result)).toEqual(['final', 'hops']);
    // The masqueraded packet reaches the backend from node-1's address: no rule of the tool's tier
    // decides that in-cluster source, so it passes to the cluster's own policies (none here).
    expect(result.final).toEqual({
      verdict: 'allowed',
      node: 'node-1',
      stage: 'preDNAT',
      policy: 'external-access.allow-cluster-ips',
      ruleIndex: 0,
    });
    expect(result.hops.map((h) => `${h.node} ${h.in}`)).toEqual(['node-1 eth0', 'node-2 eth0']);
    expect(result.hops[0]?.stages[1]).toEqual({
      stage: 'preDNAT',
      verdict: 'allow',
      policy: 'external-access.allow-cluster-ips',
      ruleIndex: 0,
      sees: { src: '50.60.1.2', dst: '10.20.30.40', port: 80, protocol: 'TCP' },
      reason: 'ruleMatched',
      params: { action: 'Allow' },
    });
  });

  it("the guide's recipe drops the office at a backend on the entry node (SEMANTICS.md §1.3)", () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    const args = [...OFFICE_TO_SVC_A.slice(0, -1), 'default/pod-a1'];
    expect(run(['simulate', 'd.json', ...args], io)).toBe(0);
    expect(JSON.parse(out.stdout).final).toEqual({
      verdict: 'denied',
      node: 'node-1',
      stage: 'workloadIngress',
    });
  });

  it('prints one {backend, final, hops} per backend without --backend', () => {
    const { io, out } = fakeIo({ 'd.json': hardenedDesign });
    expect(run(['simulate', 'd.json', ...OFFICE_TO_SVC_A.slice(0, -2)], io)).toBe(0);
    const results = JSON.parse(out.stdout) as { backend: string; final: { verdict: string } }[];
    expect(results.map((r) => `${r.backend} ${r.final.verdict}`)).toEqual([
      'default/pod-a1 allowed',
      'default/pod-a2 allowed',
    ]);
    expect(Object.keys(results[0] ?? {})).toEqual(['backend', 'final', 'hops']);
  });

  it('sends from a pod through its veth: --from-pod, or --via veth:<ns>/<pod>', () => {
    const { io, out } = fakeIo({ 'd.json': hardenedDesign });
    const to = ['--to', '10.20.30.41:443', '--backend', 'default/pod-b2'];
    expect(run(['simulate', 'd.json', '--from-pod', 'default/pod-a1', ...to], io)).toBe(0);
    const viaPod = JSON.parse(out.stdout) as { hops: { node: string; in: string }[] };
    expect(viaPod.hops[0]).toMatchObject({ node: 'node-1', in: 'veth:default/pod-a1' });
    const again = fakeIo({ 'd.json': hardenedDesign });
    expect(
      run(['simulate', 'd.json', '--via', 'node-1/veth:default/pod-a1', ...to], again.io),
    ).toBe(0);
    expect(again.out.stdout).toBe(out.stdout);
  });

  it('simulates --resources instead of the generated YAML, and honours the knob', () => {
    const files = { 'd.json': guideDesign, 'p.yaml': hardenedGolden };
    const anyone = ['--from', '203.0.113.1', '--to', '10.20.30.40:80', '--via', 'node-1/eth0'];
    const pinned = [...anyone, '--backend', 'default/pod-a2'];
    const guide = fakeIo(files);
    run(['simulate', 'd.json', ...pinned], guide.io);
    expect(JSON.parse(guide.out.stdout).final.verdict).toBe('allowed');
    const off = fakeIo(files);
    run(['simulate', 'd.json', ...pinned, '--kube-proxy-masquerade', 'off'], off.io);
    expect(JSON.parse(off.out.stdout).final.verdict).toBe('denied');
    const hardened = fakeIo(files);
    expect(run(['simulate', 'd.json', ...anyone, '--resources', 'p.yaml'], hardened.io)).toBe(0);
    expect(JSON.parse(hardened.out.stdout).final).toEqual({
      verdict: 'denied',
      node: 'node-1',
      stage: 'preDNAT',
      policy: 'external-access.deny-unlisted-external',
      ruleIndex: 0,
    });
  });

  it.each([
    [['--to', '10.20.30.40:80'], /simulate needs --via/],
    [['--via', 'node-1/eth0', '--from', '1.2.3.4'], /simulate needs --to/],
    [['--to', '10.20.30.40', '--via', 'node-1/eth0', '--from', '1.2.3.4'], /--to must be/],
    [['--to', '10.20.30.40:80/ICMP', '--via', 'node-1/eth0', '--from', '1.2.3.4'], /TCP, UDP/],
    [['--to', '10.20.30.40:80', '--via', 'node-1/eth0'], /needs --from <ip>/],
    [['--to', '10.20.30.40:80', '--via', 'node-1/eth0', '--from', 'x'], /--from must be an IP/],
    [['--to', '10.20.30.40:80', '--via', 'node-9/eth0', '--from', '1.2.3.4'], /no node node-9/],
    [['--to', '10.20.30.40:80', '--via', 'node-1/eth9', '--from', '1.2.3.4'], /no interface eth9/],
    [['--to', '10.20.30.40:80', '--via', 'node-1', '--from', '1.2.3.4'], /--via must be/],
    [[...OFFICE_TO_SVC_A.slice(0, -1), 'default/nope'], /unknown pod default\/nope/],
    [['--to', '10.20.30.40:80', '--from-pod', 'default/nope'], /unknown pod default\/nope/],
    [[...OFFICE_TO_SVC_A, '--kube-proxy-masquerade', 'yes'], /must be on or off, not yes/],
    [[...OFFICE_TO_SVC_A, '--profile', 'loose'], /--profile must be guide or hardened/],
  ])('exits 2 with a clear message for bad arguments %#', (args, message) => {
    const { io, out } = fakeIo({ 'd.json': hardenedDesign });
    expect(run(['simulate', 'd.json', ...args], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});

/** The guide's example on IPv6 alone: every address and CIDR an IPv6 one. */
const ipv6Design = JSON.stringify({
  ...guideExampleInput,
  cluster: {
    ...guideExampleInput.cluster,
    podCidrs: ['fd00:10::/64'],
    serviceCidrs: ['fd00:20::/112'],
  },
  nodes: guideExampleInput.nodes.map((n, i) => ({
    ...n,
    interfaces: [{ name: 'eth0', ips: [`fd00:1::1${i + 1}`] }],
  })),
  services: guideExampleInput.services.map((s, i) => ({ ...s, clusterIP: `fd00:20::4${i}` })),
  pods: guideExampleInput.pods.map((p) => ({ ...p, ip: `fd00:10::${p.id.slice('pod-'.length)}` })),
  clients: [
    { id: 'office', name: 'office', cidrs: ['2001:db8:50::/48'] },
    { id: 'partner', name: 'partner', cidrs: ['2001:db8:70::/48'] },
  ],
});

describe('cli simulate over IPv6', () => {
  const entry = ['--from', '2001:db8:50::2', '--via', 'node-1/eth0', '--backend', 'default/pod-a2'];

  it('reads --to [address]:port, and prints an address with a port in brackets', () => {
    const { io, out } = fakeIo({ 'd.json': ipv6Design });
    expect(run(['simulate', 'd.json', '--to', '[fd00:20::40]:80/TCP', ...entry], io)).toBe(0);
    const result = JSON.parse(out.stdout) as {
      final: { verdict: string };
      hops: { stages: { stage: string; sees?: unknown; params?: unknown }[] }[];
    };
    expect(result.final.verdict).toBe('allowed');
    const nat = result.hops[0]?.stages.find((s) => s.stage === 'serviceNAT');
    expect(nat?.sees).toEqual({
      src: '2001:db8:50::2',
      dst: 'fd00:20::40',
      port: 80,
      protocol: 'TCP',
    });
    expect(nat?.params).toMatchObject({ from: '[fd00:20::40]:80', to: '[fd00:10::a2]:80' });
  });

  it.each([
    [
      'fd00:20::40:80/TCP',
      'error: --to fd00:20::40:80/TCP: write an IPv6 address in brackets before its port, as in [fd00:20::40]:80/TCP (without them, fd00:20::40:80 is one IPv6 address)',
    ],
    [
      'fd00:20::40',
      'error: --to fd00:20::40: a port is missing; write it after the address in brackets, as in [fd00:20::40]:<port>',
    ],
    [
      '[fd00:20::40]/TCP',
      'error: --to must be <ip>:<port>[/protocol], e.g. 10.20.30.40:80/TCP or [fd00:20::40]:80/TCP, not [fd00:20::40]/TCP',
    ],
  ])('refuses --to %s, saying what to write', (to, message) => {
    const { io, out } = fakeIo({ 'd.json': ipv6Design });
    expect(run(['simulate', 'd.json', '--to', to, ...entry], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')[0]).toBe(message);
  });
});

describe('cli matrix', () => {
  /** The external table and the in-cluster table, split at the blank line between them. */
  function parts(stdout: string): { outside: string[]; inside: string[] } {
    const [outside = '', inside = ''] = stdout.trimEnd().split('\n\n');
    return { outside: outside.split('\n'), inside: inside.split('\n') };
  }

  it('hardened: every external cell and every in-cluster flow as intended, exit 0', () => {
    const { io, out } = fakeIo({ 'd.json': hardenedDesign });
    expect(run(['matrix', 'd.json'], io)).toBe(0);
    const { outside, inside } = parts(out.stdout);
    expect(outside[0]).toMatch(/^ +simulated +intended +source +service port +entry +backend/);
    expect(outside.at(-1)).toBe('32 cells, 0 mismatches');
    expect(outside).toContain(
      'ok  allowed    allowed   office 50.60.0.1         default/svc-a 80/TCP   node-1/eth0  default/pod-a2  node-1 preDNAT external-access.allow-cluster-ips rule 0',
    );
    expect(inside[0]).toMatch(
      /^ +simulated +expected +in-cluster flow +from +to +destination +expected because +decided at$/,
    );
    // A port no Service targets: the backend policies pass it on, as before any policy.
    expect(inside).toContainEqual(
      expect.stringMatching(
        /^ok +allowed +allowed +pod -> pod +default\/pod-a1 +default\/pod-a2 +192\.168\.2\.10:9153\/TCP +as with no policy +node-2 workloadIngress$/,
      ),
    );
    expect(inside).toContainEqual(
      expect.stringMatching(
        /^ok +allowed +allowed +node -> node +node-1 +node-2 +172\.16\.0\.12:10250\/TCP /,
      ),
    );
    expect(inside.at(-1)).toBe('48 in-cluster flows, 0 mismatches');
  });

  it('exits 0 when every cell and every in-cluster flow is as expected', () => {
    // No access edge and nothing advertised: every external cell is meant to be, and is, denied;
    // no policy at all, so every in-cluster flow is as before.
    const design = JSON.stringify({ ...JSON.parse(guideDesign), access: [] });
    const yaml = `apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: {name: default}
spec: {serviceClusterIPs: []}
`;
    const { io, out } = fakeIo({ 'd.json': design, 'p.yaml': yaml });
    expect(run(['matrix', 'd.json', '--resources', 'p.yaml'], io)).toBe(0);
    const { outside, inside } = parts(out.stdout);
    expect(outside.at(-1)).toBe('48 cells, 0 mismatches');
    expect(inside.at(-1)).toBe('48 in-cluster flows, 0 mismatches');
  });

  it("the guide's recipe: mismatches first, exit 1, its leaks and blocked clients listed", () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['matrix', 'd.json'], io)).toBe(1);
    const lines = parts(out.stdout).outside;
    expect(lines.at(-1)).toBe(
      '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
    );
    const rows = lines.slice(1, -1);
    expect(rows.slice(0, 24).every((l) => l.startsWith('MISMATCH'))).toBe(true);
    expect(rows.slice(24).every((l) => l.startsWith('ok'))).toBe(true);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^MISMATCH +allowed +denied +anyone else 203\.0\.113\.1 +default\/svc-a 80\/TCP +node-1\/eth0 +default\/pod-a2 /,
      ),
    );
    expect(rows).toContainEqual(
      expect.stringMatching(/^MISMATCH +denied +allowed +office 50\.60\.0\.1 +default\/svc-a/),
    );
  });

  it('--profile and --resources choose the YAML judged; they do not go together', () => {
    const hardened = fakeIo({ 'd.json': guideDesign });
    const status = run(['matrix', 'd.json', '--profile', 'hardened'], hardened.io);
    expect(parts(hardened.out.stdout).outside.at(-1)).toBe('32 cells, 0 mismatches');
    const files = { 'd.json': guideDesign, 'p.yaml': hardenedGolden };
    const fromFile = fakeIo(files);
    expect(run(['matrix', 'd.json', '--resources', 'p.yaml'], fromFile.io)).toBe(status);
    expect(fromFile.out.stdout).toBe(hardened.out.stdout);
    const both = fakeIo(files);
    expect(run(['matrix', 'd.json', '--resources', 'p.yaml', '--profile', 'guide'], both.io)).toBe(
      2,
    );
    expect(both.out.stderr).toMatch(/cannot go with --resources/);
  });

  it('exits 1 on resources that do not parse, naming the line', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign, 'p.yaml': 'kind: [unclosed\n' });
    expect(run(['matrix', 'd.json', '--resources', 'p.yaml'], io)).toBe(1);
    expect(out.stderr).toMatch(/^p\.yaml:\d+: /);
    expect(out.stdout).toBe('');
  });
});

describe('cli entry', () => {
  it('documents every command in --help, through npm run', () => {
    const text = execFileSync('npx', ['tsx', 'src/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect(text).toBe(HELP);
    expect(text).toMatch(/generate <design\.json>/);
    expect(text).toMatch(/validate <file\.yaml>/);
    expect(text).toMatch(/permalink <design\.json>/);
    expect(text).toMatch(/permalink --decode <fragment or URL>/);
    expect(text).toMatch(/import <file\.yaml>\.\.\. \| -/);
    expect(text).toMatch(/simulate <design\.json> --to <ip>:<port>/);
    expect(text).toContain(
      "IPv6 --to goes in brackets, quoted for the shell: --to '[fd00:20::40]:80/TCP'",
    );
    expect(text).toMatch(/matrix <design\.json>/);
  });
});
