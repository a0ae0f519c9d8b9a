/** The reachability matrix over small designs (SEMANTICS.md §1.1 for entry nodes). */
import { designSchema, type Design } from '../model/design';
import { guideExample, guideExampleInput } from '../model/examples';
import {
  anyoneElseAddress,
  iterateReachability,
  reachabilityMatrix,
  type ReachabilityCell,
} from './reachabilityMatrix';
import { guideDesign, guideProfileYaml, hardenedProfileYaml, loadResources } from './testResources';

function key(c: ReachabilityCell): string {
  const who = c.source.kind === 'client' ? c.source.client : 'anyone';
  return `${who} ${c.serviceName}:${c.port} via ${c.node}/${c.iface} → ${c.backend ?? '-'}`;
}

describe('reachabilityMatrix', () => {
  it('§1.3, §2.3 c: the guide profile lets strangers in through remote backends and drops node-local ones', () => {
    const m = reachabilityMatrix(guideExample, loadResources(guideProfileYaml));
    // 3 sources (office, partner, anyone) × 2 services × 2 ports × 2 entry nodes × 2 backends.
    expect(m.summary).toEqual({
      cells: 48,
      allowed: 24,
      denied: 24,
      mismatches: 24,
      unexpectedlyAllowed: 16,
      unexpectedlyDenied: 8,
    });
    expect(m.anyoneElse).toEqual(['203.0.113.1']);
    const firstMatch = m.cells.findIndex((c) => !c.mismatch);
    expect(firstMatch).toBe(24);
    expect(m.cells.slice(firstMatch).every((c) => !c.mismatch)).toBe(true);
    // Every remote backend is reachable (SNAT to the node address); every local one is not.
    for (const c of m.cells) {
      const local = c.result.hops.length === 1;
      expect(c.simulated).toBe(local ? 'denied' : 'allowed');
    }
    const stranger = m.cells.find((c) => c.source.kind === 'anyone' && c.simulated === 'allowed');
    expect(stranger && key(stranger)).toBe(
      'anyone default/svc-a:80 via node-1/eth0 → default/pod-a2',
    );
  });

  it('§4: the hardened profile matches the intent everywhere', () => {
    const m = reachabilityMatrix(guideExample, loadResources(hardenedProfileYaml));
    expect(m.summary.mismatches).toBe(0);
    // Allowed: office → svc-a and partner → svc-b, 2 ports × 2 nodes × 2 backends each.
    expect(m.summary.allowed).toBe(16);
    expect(
      m.cells.filter((c) => c.intended === 'allowed').every((c) => c.simulated === 'allowed'),
    ).toBe(true);
  });

  it('streams the same cells with progress, deterministically', () => {
    const resources = loadResources(guideProfileYaml);
    const steps = [...iterateReachability(guideExample, resources)];
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.every((s) => s.total === 24)).toBe(true);
    const streamed = steps.flatMap((s) => s.cells);
    const progress: number[] = [];
    const m = reachabilityMatrix(guideExample, resources, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toHaveLength(24);
    expect(streamed.map(key).sort()).toEqual(m.cells.map(key).sort());
    expect(JSON.stringify(reachabilityMatrix(guideExample, resources))).toBe(JSON.stringify(m));
  });

  it('access edges with ports make other ports unintended', () => {
    const design = guideDesign({
      access: [{ client: 'office', service: 'svc-a', ports: [443] }],
    });
    const m = reachabilityMatrix(design, loadResources(hardenedProfileYaml));
    const office80 = m.cells.filter(
      (c) =>
        c.source.kind === 'client' &&
        c.source.client === 'office' &&
        c.service === 'svc-a' &&
        c.port === 80,
    );
    expect(office80.every((c) => c.intended === 'denied' && c.mismatch)).toBe(true);
    expect(m.summary.unexpectedlyAllowed).toBe(office80.length + 8);
  });

  it('§1.1: a Local service is entered only at nodes hosting an endpoint', () => {
    const design = guideDesign({
      services: guideExampleInput.services.map((s) =>
        s.id === 'svc-a' ? { ...s, trafficPolicy: 'Local' as const } : s,
      ),
      pods: guideExampleInput.pods.filter((p) => p.id !== 'pod-a1'),
    });
    const m = reachabilityMatrix(design, loadResources(hardenedProfileYaml));
    const svcA = m.cells.filter((c) => c.service === 'svc-a');
    expect(new Set(svcA.map((c) => c.node))).toEqual(new Set(['node-2']));
  });

  it('§1.1: a cluster IP outside BGPConfiguration serviceClusterIPs is unreachable', () => {
    const bgp = `
apiVersion: projectcalico.org/v3
kind: BGPConfiguration
metadata: {name: default}
spec: {serviceClusterIPs: [{cidr: 10.20.30.40/32}]}
`;
    const m = reachabilityMatrix(guideExample, loadResources(`${hardenedProfileYaml}---${bgp}`));
    const svcB = m.cells.filter((c) => c.service === 'svc-b');
    expect(svcB.every((c) => !c.advertised && c.simulated === 'denied')).toBe(true);
    expect(m.cells.filter((c) => c.service === 'svc-a').every((c) => c.advertised)).toBe(true);
  });
});

describe('anyoneElseAddress', () => {
  const base = guideExampleInput;
  const design = (over: object): Design => designSchema.parse({ ...base, ...over });

  it('avoids client, pod and service CIDRs and node addresses, deterministically', () => {
    expect(anyoneElseAddress(guideExample)).toBe('203.0.113.1');
    const busy = design({
      clients: [
        { id: 'doc', name: 'doc', cidrs: ['203.0.113.0/24', '198.51.100.0/25'] },
        { id: 'net', name: 'net', cidrs: ['192.0.2.0/24'] },
      ],
    });
    expect(anyoneElseAddress(busy)).toBe('198.51.100.128');
    // A client covering all three documentation ranges pushes the choice into 100.64.0.0/10.
    const wide = design({ clients: [{ id: 'wide', name: 'wide', cidrs: ['192.0.0.0/3'] }] });
    expect(anyoneElseAddress(wide)).toBe('100.64.0.1');
    expect(anyoneElseAddress(guideExample, 6)).toBe('2001:db8:ffff::1');
  });
});
