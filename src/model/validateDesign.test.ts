import { guideExample, guideExampleInput } from './examples';
import { describeProblem, parseDesignJson, validateDesign } from './validateDesign';

/** A deep copy of the guide's example, edited by `edit`. */
function edited(edit: (d: typeof guideExampleInput & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(guideExampleInput) as typeof guideExampleInput &
    Record<string, unknown>;
  edit(copy);
  return copy;
}

function messages(input: unknown): string[] {
  const r = validateDesign(input);
  return r.ok ? [] : r.problems.map(describeProblem);
}

describe('validateDesign', () => {
  it('accepts the guide example and fills in defaults', () => {
    const r = validateDesign(guideExampleInput);
    expect(r.ok).toBe(true);
    expect(r.ok && r.design).toEqual(guideExample);
  });

  it('fills the documented defaults for a minimal design', () => {
    const r = validateDesign({
      version: 1,
      cluster: { podCidrs: ['192.168.0.0/16'], serviceCidrs: ['10.96.0.0/12'] },
    });
    if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
    expect(r.design.cluster).toEqual({
      podCidrs: ['192.168.0.0/16'],
      serviceCidrs: ['10.96.0.0/12'],
      nodePortRange: '30000:32767',
      nodeLabel: { key: 'k8s-role', value: 'node' },
      encapsulation: 'None',
      trafficPolicy: 'Cluster',
      hostAccess: { mode: 'allExceptNodePorts' },
    });
    expect(r.design.output.profile).toBe('hardened');
    expect(r.design.nodes).toEqual([]);
  });

  describe('version', () => {
    it('is required', () => {
      expect(messages({ cluster: {} })).toEqual([
        'version: version is required: this app reads design files of versions 1 and 2',
      ]);
    });
    it('refuses a newer version and says why', () => {
      expect(messages(edited((d) => ((d as Record<string, unknown>).version = 3)))).toEqual([
        'version: version 3 was written by a newer release of this app; this one reads versions 1 and 2',
      ]);
    });
    it('refuses a non-number', () => {
      expect(messages({ version: '1' })[0]).toMatch(
        /^version: version string "1" is not supported/,
      );
    });
  });

  it('names the field of a clusterIP outside every service CIDR', () => {
    expect(messages(edited((d) => (d.services[1]!.clusterIP = '10.30.0.5')))).toEqual([
      'services[1].clusterIP: 10.30.0.5 is outside every service CIDR (10.20.30.0/24)',
    ]);
  });

  it('reports a CIDR typo and host bits at their fields', () => {
    const out = messages(
      edited((d) => {
        d.clients[0]!.cidrs = ['50.60.0.0/33'];
        d.cluster.podCidrs = ['192.168.1.0/16'];
      }),
    );
    expect(out).toEqual([
      'cluster.podCidrs[0]: 192.168.1.0/16 has host bits set (the network is 192.168.0.0/16)',
      'clients[0].cidrs[0]: the prefix length /33 is too long: it is 0–32 for this address family',
    ]);
  });

  it('takes a CIDR only with its prefix as Calico prints it, since the YAML carries it as typed', () => {
    // Calico reads `/08` as `/8` (src/net/ip.ts), but it is not a canonical network (VALIDATION.md §11.3).
    expect(messages(edited((d) => (d.clients[0]!.cidrs = ['50.60.0.0/016'])))).toEqual([
      'clients[0].cidrs[0]: write the prefix length as /16, not /016: Calico reads it as /16, and the YAML should say what Calico reads',
    ]);
    expect(messages(edited((d) => (d.clients[0]!.cidrs = ['50.60.0.0/16'])))).toEqual([]);
  });

  it('returns every problem at once', () => {
    const out = messages(
      edited((d) => {
        d.nodes[0]!.interfaces[0]!.ips = ['172.16.0.300'];
        d.services[0]!.ports[0]!.port = 70000;
        (d.cluster as Record<string, unknown>).encapsulation = 'GRE';
        (d.cluster as Record<string, unknown>).trafficpolicy = 'Local';
      }),
    );
    expect(out).toEqual([
      'cluster.encapsulation: must be one of None, IPIP, VXLAN, not GRE',
      'cluster: unknown field "trafficpolicy"',
      'nodes[0].interfaces[0].ips[0]: 300 in 172.16.0.300 is above 255: each number of an IPv4 address is 0–255',
      'services[0].ports[0].port: must be at most 65535, not 70000',
    ]);
  });

  it('reports a duplicate id with both places', () => {
    expect(messages(edited((d) => (d.pods[1]!.id = 'svc-a')))).toContain(
      'pods[1].id: duplicate id "svc-a" (also used at services[0].id)',
    );
  });

  it('reports dangling references by field', () => {
    const out = messages(
      edited((d) => {
        d.pods[0]!.node = 'node-9';
        d.access[0]!.client = 'nobody';
        d.access[1]!.service = 'svc-z';
      }),
    );
    expect(out).toEqual([
      'pods[0].node: no node has the id "node-9"',
      'access[0].client: no client has the id "nobody"',
      'access[1].service: no service has the id "svc-z"',
    ]);
  });

  it('reports an access port the service lacks', () => {
    expect(
      messages(edited((d) => ((d.access[0] as { ports?: number[] }).ports = [80, 8443]))),
    ).toEqual(['access[0].ports[1]: service "svc-a" has no port 8443 (its ports: 80, 443)']);
  });

  it('reports a pod IP outside the pod CIDRs and a bad label', () => {
    const out = messages(
      edited((d) => {
        d.pods[0]!.ip = '10.0.0.1';
        d.pods[1]!.labels = { 'k8s-svc': 'has space' };
      }),
    );
    expect(out).toEqual([
      'pods[1].labels["k8s-svc"]: not a valid label value: "has space" (at most 63 of letters, digits, ".", "_", "-", alphanumeric at both ends)',
      // Cross-field checks run only once the shape is valid.
    ]);
    expect(messages(edited((d) => (d.pods[0]!.ip = '10.0.0.1')))).toEqual([
      'pods[0].ip: 10.0.0.1 is outside every pod CIDR (192.168.0.0/16)',
    ]);
  });

  it('reports invalid JSON as a problem, not an exception', () => {
    const r = parseDesignJson('{"version": 1,');
    expect(r.ok).toBe(false);
    expect(!r.ok && describeProblem(r.problems[0]!)).toMatch(/^not valid JSON: /);
  });
});

describe('baseline (format 2)', () => {
  const gnp = {
    apiVersion: 'projectcalico.org/v3',
    kind: 'GlobalNetworkPolicy',
    metadata: { name: 'allow-cluster-ips', resourceVersion: '4711' },
    spec: { preDNAT: true, applyOnForward: true, ingress: [{ action: 'Allow' }] },
  };
  const k8sPolicy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'deny-all', namespace: 'prod' },
    spec: { podSelector: {} },
  };

  it('keeps the resources verbatim, fields it does not know included', () => {
    const r = validateDesign({ ...guideExampleInput, baseline: { resources: [gnp, k8sPolicy] } });
    if (!r.ok) throw new Error(r.problems.map(describeProblem).join('\n'));
    expect(r.design.baseline).toEqual({ resources: [gnp, k8sPolicy], sources: [] });
  });

  it('refuses kinds that decide nothing and a Calico kind in the Kubernetes group', () => {
    expect(
      messages({ ...guideExampleInput, baseline: { resources: [{ ...gnp, kind: 'Deployment' }] } }),
    ).toHaveLength(1);
    expect(
      messages({
        ...guideExampleInput,
        baseline: { resources: [{ ...gnp, apiVersion: 'networking.k8s.io/v1' }] },
      }),
    ).toEqual([
      'baseline.resources[0]: only a NetworkPolicy may have apiVersion networking.k8s.io/v1; Calico kinds use projectcalico.org/v3',
    ]);
  });

  it('opens a version 1 file as version 2', () => {
    const r = validateDesign({ ...guideExampleInput, version: 1 });
    expect(r.ok && r.design).toEqual(guideExample);
  });
});

describe('service networks of one address each (as an import may list them)', () => {
  it('takes a cluster IP its own /32 holds, and names the one none holds', () => {
    const hosts = (cidrs: string[]) =>
      messages({
        ...guideExampleInput,
        cluster: { ...guideExampleInput.cluster, serviceCidrs: cidrs },
      });
    expect(hosts(['10.20.30.40/32', '10.20.30.41/32'])).toEqual([]);
    expect(hosts(['10.20.30.40/32', '10.20.30.0/30'])).toEqual([
      'services[1].clusterIP: 10.20.30.41 is outside every service CIDR (10.20.30.40/32, 10.20.30.0/30)',
    ]);
  });
});
