import { readFileSync } from 'node:fs';
import type { ResourceProblem } from './validateResources';
import { validateResource, validateResources, validateYaml } from './validateResources';

// ---------------------------------------------------------------------------------------------
// Helpers

type Spec = Record<string, unknown>;
type Doc = Record<string, unknown>;

function gnp(spec: Spec, name = 'p'): Doc {
  return {
    apiVersion: 'projectcalico.org/v3',
    kind: 'GlobalNetworkPolicy',
    metadata: { name },
    spec: { selector: "k8s-role == 'node'", ...spec },
  };
}

function np(spec: Spec, name = 'p'): Doc {
  return {
    apiVersion: 'projectcalico.org/v3',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'default' },
    spec: { selector: "app == 'a'", ...spec },
  };
}

/** A GNP with one ingress rule. */
function ingressRule(rule: Spec): Doc {
  return gnp({ ingress: [{ action: 'Allow', ...rule }] });
}

function hep(spec: Spec, name = 'node1-eth0'): Doc {
  return {
    apiVersion: 'projectcalico.org/v3',
    kind: 'HostEndpoint',
    metadata: { name, labels: { 'k8s-role': 'node' } },
    spec,
  };
}

function bgp(name: string, spec: Spec): Doc {
  return { apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', metadata: { name }, spec };
}

function service(spec: Spec, name = 'svc-a'): Doc {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec };
}

function show(problems: ResourceProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

function expectValid(obj: unknown): void {
  const problems = validateResource(obj);
  expect(problems, show(problems)).toEqual([]);
}

/** Asserts a problem at exactly `path` whose message matches. */
function expectProblem(obj: unknown, path: string, message: RegExp): void {
  const problems = validateResource(obj);
  const hit = problems.find((p) => p.path === path && message.test(p.message));
  expect(hit, `wanted ${path} ~ ${String(message)}; got:\n${show(problems)}`).toBeDefined();
}

// ---------------------------------------------------------------------------------------------
// The guide's policies (reference/seed/services-cluster-ips.zh.md; VALIDATION.md §12)

const guide = readFileSync(
  new URL('../../reference/seed/services-cluster-ips.zh.md', import.meta.url),
  'utf8',
);
const guideBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

function guidePolicy(name: string): string {
  const block = guideBlocks.find((b) => b.includes(`name: ${name}\n`));
  if (!block) throw new Error(`no YAML block named ${name} in the guide`);
  return block;
}

describe('the guide (services-cluster-ips)', () => {
  it('has the four policies', () => {
    expect(guideBlocks).toHaveLength(4);
  });

  it.each(['allow-cluster-ips', 'allow-to-pods', 'allow-nodes-svc-a'])('%s passes', (name) => {
    const { documents, problems } = validateYaml(guidePolicy(name));
    expect(documents).toHaveLength(1);
    expect(problems, show(problems)).toEqual([]);
  });

  it('allow-traffic-hostendpoints fails at spec.types[1], on the line of its first rule', () => {
    const text = guidePolicy('allow-traffic-hostendpoints');
    const { problems } = validateYaml(text);
    const firstRuleLine = text.split('\n').findIndex((l) => l.trim() === '- action: Allow') + 1;
    const hit = problems.find((p) => p.path === 'spec.types[1]');
    expect(hit, show(problems)).toMatchObject({
      doc: 0,
      line: firstRuleLine,
      kind: 'GlobalNetworkPolicy',
      name: 'allow-traffic-hostendpoints',
    });
    expect(hit?.message).toMatch(/must be a string \(one of Ingress, Egress\), not a mapping/);
    expect(firstRuleLine).toBe(10);
  });

  it('allow-traffic-hostendpoints passes once the missing `ingress:` key is added', () => {
    const text = guidePolicy('allow-traffic-hostendpoints').replace(
      '  - Ingress\n',
      '  - Ingress\n  ingress:\n',
    );
    expect(text).toContain('ingress:');
    const { problems } = validateYaml(text);
    expect(problems, show(problems)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// §1 names, labels, annotations

describe('§1 metadata', () => {
  it('GNP names: one dot at most, lower case (§1.2)', () => {
    expectValid(gnp({}, 'thing'));
    expectValid(gnp({ tier: 'tier1' }, 'tier1.thing'));
    expectProblem(gnp({}, 't.h.i.ng'), 'metadata.name', /at most one '\.'/);
    expectProblem(gnp({}, 'knp.default.thing'), 'metadata.name', /at most one '\.'/);
    expectProblem(gnp({}, 'tHiNg'), 'metadata.name', /DNS subdomain/);
  });

  it('NP names: knp.default. and ossg.default. are reserved (§1.3)', () => {
    expectValid(np({ tier: 'th' }, 'th.ing'));
    expectProblem(np({}, 'knp.default.x'), 'metadata.name', /managed through the kubernetes API/);
    expectProblem(np({}, 'ossg.default.x'), 'metadata.name', /OpenStack/);
    expectProblem(np({}, 'a.b.c'), 'metadata.name', /at most one '\.'/);
  });

  it('names are at most 253 characters (§1.1)', () => {
    const gns = (name: string): unknown => ({
      apiVersion: 'projectcalico.org/v3',
      kind: 'GlobalNetworkSet',
      metadata: { name },
      spec: { nets: ['10.0.0.0/8'] },
    });
    expectValid(gns(`${'a'.repeat(63)}.${'b'.repeat(189)}`));
    expectProblem(gns(`${'a'.repeat(63)}.${'b'.repeat(190)}`), 'metadata.name', /too long by 1/);
  });

  it('label keys and values follow the Kubernetes rules (§1.6)', () => {
    const withLabels = (labels: unknown): unknown => ({
      ...hep({ node: 'node1', interfaceName: 'eth0' }),
      metadata: { name: 'h', labels },
    });
    expectValid(withLabels({ 'example.com/MyName': 'v', 'k8s-role': 'a'.repeat(63) }));
    expectProblem(
      withLabels({ 'Example.com/x': 'v' }),
      'metadata.labels["Example.com/x"]',
      /prefix/,
    );
    expectProblem(withLabels({ a: 'b'.repeat(64) }), 'metadata.labels.a', /no more than 63/);
    expectProblem(withLabels({ a: true }), 'metadata.labels.a', /must be a string.*quote it/);
  });

  it('network sets may not carry projectcalico.org/namespace (§1.8)', () => {
    const obj = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'NetworkSet',
      metadata: {
        name: 'ns',
        namespace: 'default',
        labels: { 'projectcalico.org/namespace': 'x' },
      },
      spec: { nets: ['10.0.0.0/8'] },
    };
    expectProblem(obj, 'metadata.labels["projectcalico.org/namespace"]', /not a valid label name/);
  });

  it('annotation keys are checked lower-cased, also on rules (§1.7)', () => {
    expectValid({
      ...gnp({}),
      metadata: { name: 'p', annotations: { 'My.Key': 'v' } },
    });
    expectProblem(
      ingressRule({ metadata: { annotations: { '...': 'x' } } }),
      'spec.ingress[0].metadata.annotations["..."]',
      /invalid annotation key/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// §0 kinds, §2 policy spec, schema-level checks

describe('kinds and the CRD schema', () => {
  it('rejects unknown kinds and wrong apiVersions', () => {
    expectProblem(
      { ...gnp({}), kind: 'GlobalNetworkpolicy' },
      'kind',
      /write "GlobalNetworkPolicy"/,
    );
    expectProblem(
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } },
      'kind',
      /unsupported kind/,
    );
    expectProblem(
      { ...gnp({}), apiVersion: 'crd.projectcalico.org/v1' },
      'apiVersion',
      /internal storage API/,
    );
  });

  it('rejects unknown fields such as applyonForward (calicoctl decodes strictly)', () => {
    expectProblem(
      gnp({ applyonForward: true }),
      'spec.applyonForward',
      /unknown field "applyonForward" \(did you mean "applyOnForward"\?\)/,
    );
    expectProblem(np({ preDNAT: true }), 'spec.preDNAT', /unknown field/);
  });

  it('action is required and case-sensitive (§4)', () => {
    expectProblem(ingressRule({ action: 'allow' }), 'spec.ingress[0].action', /one of Allow, Deny/);
    expectProblem(gnp({ ingress: [{ protocol: 'TCP' }] }), 'spec.ingress[0].action', /required/);
  });

  it('types: not empty, no repeats (§2)', () => {
    expectValid(gnp({ types: ['Ingress', 'Egress'] }));
    expectProblem(gnp({ types: [] }), 'spec.types', /omit the field/);
    expectProblem(
      gnp({ types: ['Ingress', 'Ingress'] }),
      'spec.types[1]',
      /specified more than once/,
    );
    expectProblem(gnp({ types: ['ingress'] }), 'spec.types[0]', /case-sensitive/);
  });

  it('nets are a set: no duplicates', () => {
    expectProblem(
      ingressRule({ source: { nets: ['10.0.0.0/8', '10.0.0.0/8'] } }),
      'spec.ingress[0].source.nets[1]',
      /duplicate/,
    );
  });
});

describe('§2 preDNAT / doNotTrack / applyOnForward', () => {
  const base = { applyOnForward: true, preDNAT: true, types: ['Ingress'] };

  it('accepts the documented combinations', () => {
    expectValid(gnp({ ...base, ingress: [{ action: 'Deny' }] }));
    expectValid(gnp({ applyOnForward: true }));
    expectValid(gnp({ applyOnForward: true, doNotTrack: true, egress: [{ action: 'Allow' }] }));
  });

  it('preDNAT with egress rules or an Egress type is rejected', () => {
    expectProblem(
      gnp({ ...base, egress: [{ action: 'Allow' }] }),
      'spec.egress',
      /no.*egress rules|cannot have any egress/,
    );
    expectProblem(gnp({ ...base, types: ['Ingress', 'Egress'] }), 'spec.types[1]', /'Egress' type/);
  });

  it('preDNAT with an empty egress list and no types is rejected (native-mode defaulting)', () => {
    expectProblem(
      gnp({ applyOnForward: true, preDNAT: true, egress: [] }),
      'spec.egress',
      /egress key/,
    );
  });

  it('preDNAT or doNotTrack without applyOnForward is rejected', () => {
    expectProblem(gnp({ preDNAT: true }), 'spec.applyOnForward', /applyOnForward must be true/);
    expectProblem(gnp({ doNotTrack: true }), 'spec.applyOnForward', /applyOnForward must be true/);
  });

  it('doNotTrack and preDNAT together are rejected', () => {
    expectProblem(gnp({ ...base, doNotTrack: true }), 'spec.preDNAT', /cannot both be true/);
  });
});

// ---------------------------------------------------------------------------------------------
// §2/§5/§8 selectors and global()

describe('selectors', () => {
  it('must parse; a newline (from a | block scalar) makes them invalid (§8)', () => {
    const yaml = (selectorLines: string): string =>
      [
        'apiVersion: projectcalico.org/v3',
        'kind: GlobalNetworkPolicy',
        'metadata:',
        '  name: p',
        'spec:',
        selectorLines,
        '  types: [Ingress]',
      ].join('\n');
    const bad = validateYaml(yaml("  selector: |\n    k8s-role == 'node'"));
    expect(bad.problems).toMatchObject([{ path: 'spec.selector', line: 6 }]);
    expect(bad.problems[0]?.message).toMatch(/one line/);
    expect(validateYaml(yaml("  selector: >-\n    k8s-role == 'node'")).problems).toEqual([]);
    expectProblem(gnp({ selector: 'k8s-role == node' }), 'spec.selector', /invalid selector/);
    expectProblem(
      ingressRule({ source: { notSelector: 'a =' } }),
      'spec.ingress[0].source.notSelector',
      /invalid selector/,
    );
  });

  it('global() is rejected in policy selectors and rule selectors', () => {
    expectProblem(gnp({ selector: 'global()' }), 'spec.selector', /global\(\) can only be used/);
    expectProblem(gnp({ namespaceSelector: 'global()' }), 'spec.namespaceSelector', /global\(\)/);
    expectProblem(
      np({ serviceAccountSelector: 'global()' }),
      'spec.serviceAccountSelector',
      /global\(\)/,
    );
    expectProblem(
      ingressRule({ source: { selector: 'global()' } }),
      'spec.ingress[0].source.selector',
      /global\(\) can only be used/,
    );
  });

  it('global() is accepted as the whole rule namespaceSelector, not combined', () => {
    expectValid(ingressRule({ source: { namespaceSelector: 'global()' } }));
    expectValid(ingressRule({ source: { namespaceSelector: '  global()  ' } }));
    expectProblem(
      ingressRule({ source: { namespaceSelector: 'global() && all()' } }),
      'spec.ingress[0].source.namespaceSelector',
      /cannot be combined/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// §4 rules: ports, protocol, nets, ICMP, HTTP, services

describe('§4/§6/§7 ports and protocol', () => {
  it('numeric ports need a protocol; named ports do not', () => {
    expectProblem(
      ingressRule({ destination: { ports: [80] } }),
      'spec.ingress[0].destination.ports',
      /numeric port or port range must set protocol/,
    );
    expectProblem(
      ingressRule({ source: { notPorts: ['30000:32767'] } }),
      'spec.ingress[0].source.notPorts',
      /must set protocol/,
    );
    expectValid(ingressRule({ destination: { ports: ['http', 'metrics-port'] } }));
    expectValid(
      ingressRule({ protocol: 'TCP', destination: { ports: [80, '443', '30000:32767'] } }),
    );
    expectValid(ingressRule({ protocol: 6, destination: { ports: [80] } }));
  });

  it('protocols without ports (UDPLite, ICMP) take no ports at all', () => {
    expectProblem(
      ingressRule({ protocol: 'UDPLite', destination: { ports: [80] } }),
      'spec.ingress[0].destination.ports',
      /does not support ports/,
    );
    expectProblem(
      ingressRule({ protocol: 'ICMP', destination: { ports: ['http'] } }),
      'spec.ingress[0].destination.ports',
      /does not support ports/,
    );
    expectValid(ingressRule({ protocol: 'UDPLite', destination: { ports: [] } }));
  });

  it('protocol names are case-exact; numbers are 1–255', () => {
    expectProblem(ingressRule({ protocol: 'tcp' }), 'spec.ingress[0].protocol', /write "TCP"/);
    expectProblem(
      ingressRule({ notProtocol: 'Udp' }),
      'spec.ingress[0].notProtocol',
      /write "UDP"/,
    );
    expectProblem(ingressRule({ protocol: 0 }), 'spec.ingress[0].protocol', /1–255/);
    expectProblem(ingressRule({ protocol: 256 }), 'spec.ingress[0].protocol', /1–255/);
    expectValid(ingressRule({ protocol: 'ICMPv6' }));
    expectValid(ingressRule({ protocol: '17' }));
  });

  it('port syntax: 1–65535, "lo:hi" with lo ≤ hi, Kubernetes port names', () => {
    const at = 'spec.ingress[0].destination.ports[0]';
    const rule = (port: unknown): unknown =>
      ingressRule({ protocol: 'TCP', destination: { ports: [port] } });
    expectProblem(rule(0), at, /between 1 and 65535/);
    expectProblem(rule(65536), at, /between 1 and 65535/);
    expectProblem(rule('200:100'), at, /greater than maximum/);
    expectProblem(rule('80-90'), at, /"80:90"/);
    expectProblem(rule('HTTP'), at, /lower-case/);
    expectProblem(rule('my_port'), at, /lower-case/);
    expectProblem(rule('a-very-long-port-name'), at, /15 characters/);
    expectProblem(rule(true), at, /integer or a string/);
    expectValid(rule('1:65535'));
  });
});

describe('§4/§5 nets', () => {
  const src = 'spec.ingress[0].source.nets[0]';

  it('nets must be strictly masked (no host bits)', () => {
    expectProblem(
      ingressRule({ source: { nets: ['1.2.3.4/16'] } }),
      src,
      /did you mean 1\.2\.0\.0\/16/,
    );
    expectProblem(ingressRule({ source: { nets: ['100.100.100.0/16'] } }), src, /host bits/);
    expectProblem(
      ingressRule({ source: { nets: ['fd00::1/64'] } }),
      src,
      /did you mean fd00::\/64/,
    );
    expectValid(ingressRule({ source: { nets: ['10.0.0.0/8', '1.2.3.4/32'] } }));
  });

  it('reads the prefix as Go’s ParseCIDR does, leading zeros and all', () => {
    expectValid(ingressRule({ source: { nets: ['10.0.0.0/08', '10.0.0.0/0008'] } }));
    expectProblem(ingressRule({ source: { nets: ['10.0.0.0/033'] } }), src, /invalid CIDR/);
  });

  it('suggests the network in the text Calico prints (RFC 5952)', () => {
    expectProblem(
      ingressRule({ source: { nets: ['FD00:0:0:1:0:0:0:1/64'] } }),
      src,
      /did you mean fd00:0:0:1::\/64\?/,
    );
  });

  it('a bare IP is not a CIDR in a rule', () => {
    expectProblem(ingressRule({ source: { nets: ['1.2.3.4'] } }), src, /write the prefix length/);
    expectProblem(ingressRule({ source: { nets: ['not-a-cidr'] } }), src, /invalid CIDR/);
  });

  it('network sets accept bare IPs and host bits (the looser `cidr` tag)', () => {
    expectValid({
      apiVersion: 'projectcalico.org/v3',
      kind: 'GlobalNetworkSet',
      metadata: { name: 'ext' },
      spec: { nets: ['1.2.3.4', '1.2.3.4/16', 'fd00::1'] },
    });
  });

  it('one IP family per rule, matching ipVersion', () => {
    expectProblem(
      ingressRule({ source: { nets: ['10.0.0.0/8'] }, destination: { nets: ['fd00::/64'] } }),
      'spec.ingress[0].destination.nets',
      /both IPv4 and IPv6/,
    );
    expectProblem(
      ingressRule({ ipVersion: 6, source: { nets: ['10.0.0.0/8'] } }),
      'spec.ingress[0].source.nets',
      /IP version doesn't match/,
    );
    expectValid(ingressRule({ ipVersion: 6, source: { nets: ['fd00::/64'] } }));
  });

  it('a catch-all in notNets is a contradiction, in any spelling', () => {
    for (const n of ['0.0.0.0/0', '::/0', '::0/0', '0:0:0::/0']) {
      expectProblem(
        ingressRule({ destination: { notNets: [n] } }),
        'spec.ingress[0].destination.notNets[0]',
        /logical contradiction/,
      );
    }
    expectValid(ingressRule({ destination: { nets: ['0.0.0.0/0'] } }));
  });
});

describe('§4 ICMP and HTTP, §5 services', () => {
  it('ICMP fields need an ICMP protocol and a matching ipVersion', () => {
    expectProblem(ingressRule({ icmp: { type: 8 } }), 'spec.ingress[0].icmp', /require protocol/);
    expectProblem(
      ingressRule({ protocol: 'ICMP', icmp: { code: 0 } }),
      'spec.ingress[0].icmp.code',
      /without an ICMP type/,
    );
    expectProblem(
      ingressRule({ protocol: 'ICMP', ipVersion: 6 }),
      'spec.ingress[0].ipVersion',
      /ipVersion 4/,
    );
    expectProblem(
      ingressRule({ protocol: 'ICMP', icmp: { type: 255 } }),
      'spec.ingress[0].icmp.type',
      /at most 254/,
    );
    expectValid(ingressRule({ protocol: 'ICMPv6', ipVersion: 6, icmp: { type: 128, code: 0 } }));
  });

  it('HTTP match only on Allow ingress rules with TCP', () => {
    expectProblem(
      ingressRule({ action: 'Deny', http: { methods: ['GET'] } }),
      'spec.ingress[0].http',
      /only valid on Allow/,
    );
    expectProblem(
      gnp({ egress: [{ action: 'Allow', http: { methods: ['GET'] } }] }),
      'spec.egress[0].http',
      /egress/,
    );
    expectProblem(
      ingressRule({ http: { paths: [{ exact: 'x?' }] } }),
      'spec.ingress[0].http.paths[0]',
      /must start with/,
    );
    expectValid(
      ingressRule({ protocol: 'TCP', http: { methods: ['GET'], paths: [{ prefix: '/api' }] } }),
    );
  });

  it('services: GNP needs a namespace, no destination ports, not with selectors', () => {
    expectProblem(
      ingressRule({ source: { services: { name: 'svc-a' } } }),
      'spec.ingress[0].source.services.namespace',
      /must specify a namespace/,
    );
    expectProblem(
      ingressRule({ destination: { services: { name: 'svc-a', namespace: 'default' } } }),
      'spec.ingress[0].destination.services',
      /not allowed in ingress rule destination/,
    );
    expectProblem(
      ingressRule({ source: { selector: 'a == "b"', services: { name: 's', namespace: 'n' } } }),
      'spec.ingress[0].source.services',
      /Selector\/NotSelector and Services/,
    );
    expectValid(np({ ingress: [{ action: 'Allow', source: { services: { name: 'svc-a' } } }] }));
  });
});

// ---------------------------------------------------------------------------------------------
// §9 HostEndpoint

describe('§9 HostEndpoint', () => {
  it('accepts a HEP with node and interfaceName or expectedIPs', () => {
    expectValid(hep({ node: 'node1', interfaceName: 'eth0', expectedIPs: ['10.0.0.1'] }));
    expectValid(hep({ node: 'node1', interfaceName: '*' }));
    expectValid(hep({ node: 'node1', interfaceName: 'Valid_Iface.0-9' }));
    expectValid(hep({ node: 'node1', expectedIPs: ['fd00::1'] }));
  });

  it('node is required', () => {
    expectProblem(hep({ interfaceName: 'eth0' }), 'spec.node', /node must be specified/);
  });

  it('needs interfaceName or expectedIPs', () => {
    expectProblem(hep({ node: 'node1' }), 'spec', /at least one of interfaceName or expectedIPs/);
  });

  it('expectedIPs are plain IPs, not CIDRs', () => {
    expectProblem(
      hep({ node: 'n', expectedIPs: ['10.0.0.1/32'] }),
      'spec.expectedIPs[0]',
      /not CIDRs/,
    );
    expectProblem(
      hep({ node: 'n', expectedIPs: ['INSERT_IP_HERE'] }),
      'spec.expectedIPs[0]',
      /invalid IP/,
    );
  });

  it('interface names are at most 15 characters of [a-zA-Z0-9_.-]', () => {
    expectProblem(
      hep({ node: 'n', interfaceName: 'a'.repeat(16) }),
      'spec.interfaceName',
      /at most 15/,
    );
    expectProblem(
      hep({ node: 'n', interfaceName: 'eth:0' }),
      'spec.interfaceName',
      /Linux interface name/,
    );
  });

  it('named ports need a port-capable protocol', () => {
    expectValid(
      hep({
        node: 'n',
        interfaceName: 'eth0',
        ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
      }),
    );
    expectProblem(
      hep({ node: 'n', interfaceName: 'eth0', ports: [{ name: 'x', port: 80, protocol: 'ICMP' }] }),
      'spec.ports[0].protocol',
      /does not support ports/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// §10 BGPConfiguration

describe('§10 BGPConfiguration', () => {
  it('accepts service CIDRs on default', () => {
    expectValid(
      bgp('default', {
        serviceClusterIPs: [{ cidr: '10.96.0.0/12' }, { cidr: 'fd00:10:96::/112' }],
      }),
    );
  });

  it('service CIDRs only on the config named default', () => {
    expectProblem(
      bgp('node.x', { serviceClusterIPs: [{ cidr: '10.96.0.0/12' }] }),
      'spec.serviceClusterIPs',
      /only be set on the BGPConfiguration named 'default'/,
    );
    expectValid(bgp('node.x', { logSeverityScreen: 'info', listenPort: 179 }));
  });

  it('service CIDRs are strictly masked and written with a prefix', () => {
    expectProblem(
      bgp('default', { serviceClusterIPs: [{ cidr: '10.96.0.1/12' }] }),
      'spec.serviceClusterIPs[0].cidr',
      /did you mean 10\.96\.0\.0\/12/,
    );
    expectProblem(
      bgp('default', { serviceExternalIPs: [{ cidr: '1.2.3.4' }] }),
      'spec.serviceExternalIPs[0].cidr',
      /address\/prefix/,
    );
  });

  it('mesh and community rules', () => {
    expectProblem(
      bgp('default', { nodeToNodeMeshEnabled: false, nodeMeshMaxRestartTime: '120s' }),
      'spec.nodeMeshMaxRestartTime',
      /nodeToNodeMeshEnabled is false/,
    );
    expectProblem(
      bgp('default', { communities: [{ name: 'c', value: '65536:1' }] }),
      'spec.communities[0].value',
      /16 bit/,
    );
    expectProblem(
      bgp('default', { logSeverityScreen: 'loud' }),
      'spec.logSeverityScreen',
      /Trace, Debug/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Kubernetes Service

describe('Service (v1)', () => {
  const ports = [{ name: 'http', port: 80, targetPort: 'web', protocol: 'TCP' }];

  it('accepts a ClusterIP Service with a fixed cluster IP', () => {
    expectValid(
      service({
        type: 'ClusterIP',
        clusterIP: '10.20.30.40',
        selector: { 'k8s-svc': 'svc-a' },
        ports,
      }),
    );
    expectValid(service({ clusterIP: 'None', selector: { app: 'a' } }));
  });

  it('externalTrafficPolicy is rejected on type ClusterIP, accepted on NodePort', () => {
    expectProblem(
      service({ type: 'ClusterIP', externalTrafficPolicy: 'Local', ports }),
      'spec.externalTrafficPolicy',
      /externally-accessible/,
    );
    expectValid(service({ type: 'NodePort', externalTrafficPolicy: 'Local', ports }));
  });

  it('checks names, ports, protocol and clusterIP', () => {
    expectProblem(service({ ports }, '1svc'), 'metadata.name', /DNS-1035/);
    expectProblem(service({ ports: [{ port: 0 }] }), 'spec.ports[0].port', /1 to 65535/);
    expectProblem(
      service({ ports: [{ port: 80, protocol: 'tcp' }] }),
      'spec.ports[0].protocol',
      /TCP, UDP or SCTP/,
    );
    expectProblem(
      service({ ports: [{ port: 80, targetPort: 'HTTP' }] }),
      'spec.ports[0].targetPort',
      /port name/,
    );
    expectProblem(
      service({ ports, clusterIP: '10.0.0.0/24' }),
      'spec.clusterIP',
      /IP address or "None"/,
    );
    expectProblem(
      service({ ports: [{ port: 80 }, { port: 443 }] }),
      'spec.ports[0].name',
      /more than one port/,
    );
    expectProblem(service({ type: 'clusterip', ports }), 'spec.type', /one of ClusterIP/);
    expectProblem({ ...service({ ports }), apiVersion: 'apps/v1' }, 'apiVersion', /"v1"/);
  });
});

// ---------------------------------------------------------------------------------------------
// validateYaml: documents, lines, syntax errors

describe('validateYaml', () => {
  const gnpYaml = [
    'apiVersion: projectcalico.org/v3',
    'kind: GlobalNetworkPolicy',
    'metadata:',
    '  name: good',
    'spec:',
    '  selector: all()',
  ].join('\n');

  it('reports the line of the offending key in the right document', () => {
    const text = [
      gnpYaml,
      '---',
      'apiVersion: projectcalico.org/v3',
      'kind: GlobalNetworkPolicy',
      'metadata:',
      '  name: bad',
      'spec:',
      '  ingress:',
      '  - action: Allow',
      '    source:',
      '      nets:',
      '      - 10.0.0.0/8',
      '      - 1.2.3.4/16',
    ].join('\n');
    const { documents, problems } = validateYaml(text);
    expect(documents).toHaveLength(2);
    const line = text.split('\n').indexOf('      - 1.2.3.4/16') + 1;
    expect(line).toBe(18);
    expect(problems).toMatchObject([
      { doc: 1, line, name: 'bad', path: 'spec.ingress[0].source.nets[1]' },
    ]);
  });

  it('points a missing field at its parent', () => {
    const text =
      'apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata:\n  name: h\nspec:\n  interfaceName: eth0\n';
    expect(validateYaml(text).problems).toMatchObject([{ path: 'spec.node', line: 5 }]);
  });

  it('reports a YAML syntax error with its line and still checks the other documents', () => {
    const third = gnpYaml.replace('all()', 'bad ==').replace('name: good', 'name: other');
    const text = [gnpYaml, '---', 'kind: [oops', '---', third].join('\n');
    const { documents, problems } = validateYaml(text);
    expect(documents).toHaveLength(3);
    expect(problems[0]).toMatchObject({ doc: 1, path: '' });
    expect(problems[0]?.message).toMatch(/^YAML syntax error/);
    expect(problems[0]?.line).toBe(8);
    expect(problems[1]).toMatchObject({ doc: 2, path: 'spec.selector', line: 15 });
  });

  it('reports duplicate keys as YAML errors', () => {
    const { problems } = validateYaml('apiVersion: v1\napiVersion: v1\n');
    expect(problems).toMatchObject([{ doc: 0, line: 2, path: '' }]);
  });

  it('skips empty documents and accepts empty input', () => {
    expect(validateYaml('')).toEqual({ documents: [], problems: [] });
    const { documents, problems } = validateYaml(`---\n${gnpYaml}\n---\n`);
    expect(documents).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('treats a key with no value (YAML null) as unset, like Go decoding and API-server pruning', () => {
    const text = `${gnpYaml}\n  types:\n  egress:\n  order:\n`;
    expect(validateYaml(text).problems).toEqual([]);
  });

  it('labels problems with the document index passed to validateResource', () => {
    expect(validateResource({ kind: 'Pod' }, 7)).toMatchObject([
      { doc: 7, kind: 'Pod', path: 'kind' },
    ]);
  });

  it('a non-mapping document is a problem', () => {
    expect(validateYaml('- a\n- b\n').problems).toMatchObject([{ doc: 0, line: 1, path: '' }]);
  });
});

describe('the whole stream, as kubectl apply sees it', () => {
  const doc = (apiVersion: string, kind: string, name: string, namespace?: string, extra = '') =>
    [
      `apiVersion: ${apiVersion}`,
      `kind: ${kind}`,
      'metadata:',
      `  name: ${name}`,
      ...(namespace ? [`  namespace: ${namespace}`] : []),
      extra,
    ].join('\n');
  const policy = (name: string, namespace?: string) =>
    doc(
      'projectcalico.org/v3',
      namespace ? 'NetworkPolicy' : 'GlobalNetworkPolicy',
      name,
      namespace,
      'spec:\n  selector: all()',
    );
  const stream = (...docs: string[]) => docs.join('\n---\n');

  it('reports a second object with the same kind and name at its name, naming the first', () => {
    const text = stream(
      policy('allow-backends-web'),
      policy('other'),
      policy('allow-backends-web'),
    );
    const { problems } = validateYaml(text);
    const line = text.split('\n').lastIndexOf('  name: allow-backends-web') + 1;
    expect(problems).toEqual([
      {
        doc: 2,
        line,
        kind: 'GlobalNetworkPolicy',
        name: 'allow-backends-web',
        path: 'metadata.name',
        message:
          'GlobalNetworkPolicy allow-backends-web is also defined by document 1 (line 4): kubectl apply would apply both in turn, and only the last would remain',
      },
    ]);
  });

  it('knows a cluster-scoped object by its name alone, a namespaced one by namespace and name', () => {
    const hep = (name: string, namespace?: string) =>
      doc(
        'projectcalico.org/v3',
        'HostEndpoint',
        name,
        namespace,
        'spec:\n  node: n1\n  interfaceName: eth0',
      );
    const clash = validateYaml(stream(hep('n1-eth0', 'a'), hep('n1-eth0', 'b'))).problems;
    expect(clash.map((p) => [p.doc, p.path])).toEqual([[1, 'metadata.name']]);
    expect(validateYaml(stream(policy('p', 'a'), policy('p', 'b'))).problems).toEqual([]);
    expect(validateYaml(stream(policy('p', 'a'), policy('p', 'a'))).problems).toMatchObject([
      { doc: 1, kind: 'NetworkPolicy', message: expect.stringMatching(/^NetworkPolicy a\/p /) },
    ]);
  });

  it('tells kinds and API groups apart: one name may serve a policy and a HostEndpoint', () => {
    const hep = doc(
      'projectcalico.org/v3',
      'HostEndpoint',
      'web',
      undefined,
      'spec:\n  node: n1\n  interfaceName: eth0',
    );
    expect(validateYaml(stream(policy('web'), hep)).problems).toEqual([]);
    // A Kubernetes NetworkPolicy is another object than a Calico one of the same name; the
    // validator reports the foreign kind on its own, not as a clash.
    const k8s = doc('networking.k8s.io/v1', 'NetworkPolicy', 'p', 'a', 'spec: {}');
    const problems = validateYaml(stream(policy('p', 'a'), k8s)).problems;
    expect(problems.map((p) => p.path)).toEqual(['apiVersion']);
  });

  it('is part of validateResources, for parsed documents', () => {
    const gnp = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'GlobalNetworkPolicy',
      metadata: { name: 'p' },
      spec: { selector: 'all()' },
    };
    expect(validateResources([gnp, { ...gnp, metadata: { name: 'q' } }])).toEqual([]);
    expect(validateResources([gnp, gnp])).toMatchObject([
      { doc: 1, kind: 'GlobalNetworkPolicy', name: 'p', path: 'metadata.name' },
    ]);
  });
});
