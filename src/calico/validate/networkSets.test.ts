/**
 * GlobalNetworkSet / NetworkSet: `nets` items are checked with Calico's `cidr` tag
 * (ParseCIDROrIP: a bare address or a CIDR, host bits allowed), unlike rule nets (§5, strict).
 */
import { validateYaml } from '../validateResources';

function gns(nets: string[], name = 'client-office'): string {
  return `apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/managed-by: clusterip-policy-designer
    clusterip-policy-designer/client: office
spec:
  nets:
${nets.map((n) => `    - ${n}\n`).join('')}`;
}

const check = (text: string) => validateYaml(text).problems;

describe('GlobalNetworkSet', () => {
  it("accepts the generator's client set, IPv4 and IPv6", () => {
    expect(check(gns(['50.60.0.0/16', '2001:db8:50::/48']))).toEqual([]);
  });

  it('accepts a bare address and host bits, as Calico does for network sets', () => {
    expect(check(gns(['50.60.1.2', '50.60.1.2/16']))).toEqual([]);
  });

  it('refuses what is not a CIDR, at its line', () => {
    expect(check(gns(['50.60.0.0/16', '50.60.0.0/33', 'office']))).toMatchObject([
      { line: 11, path: 'spec.nets[1]' },
      { line: 12, path: 'spec.nets[2]', message: 'invalid CIDR or IP address "office"' },
    ]);
  });

  it('refuses the same network twice (list-type set)', () => {
    expect(check(gns(['50.60.0.0/16', '50.60.0.0/16']))).toMatchObject([{ path: 'spec.nets[1]' }]);
  });

  it('may not carry the label projectcalico.org/namespace (§1.8)', () => {
    const text = gns(['50.60.0.0/16']).replace(
      '  labels:\n',
      '  labels:\n    projectcalico.org/namespace: shop\n',
    );
    expect(check(text)).toMatchObject([{ path: 'metadata.labels["projectcalico.org/namespace"]' }]);
  });

  it('clashes with another set of the same name, not with a NetworkSet', () => {
    const set = gns(['50.60.0.0/16']);
    const namespaced = set
      .replace('kind: GlobalNetworkSet', 'kind: NetworkSet')
      .replace('metadata:\n', 'metadata:\n  namespace: shop\n');
    expect(check(`${set}---\n${namespaced}`)).toEqual([]);
    expect(check(`${set}---\n${set}`)).toMatchObject([{ doc: 1, path: 'metadata.name' }]);
  });
});

describe('NetworkSet', () => {
  it('follows the same nets rule, in a namespace', () => {
    const text = gns(['10.0.0.0/8', 'not-a-net'])
      .replace('kind: GlobalNetworkSet', 'kind: NetworkSet')
      .replace('metadata:\n', 'metadata:\n  namespace: shop\n');
    expect(check(text)).toMatchObject([{ kind: 'NetworkSet', path: 'spec.nets[1]' }]);
  });
});
