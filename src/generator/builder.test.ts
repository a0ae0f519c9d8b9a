import { shortHash } from '../calico/resourceNames';
import { MAX_RULES, Output, type ExplainedRule } from './builder';

const allow = (n: number): ExplainedRule[] =>
  Array.from({ length: n }, () => ({
    rule: { action: 'Allow' },
    why: { messageId: 'explain.rule.hostAllowRest' },
  }));
const why = { messageId: 'explain.gnp.hostEgress' } as const;
const spec = { selector: 'all()', types: ['Ingress' as const] };

describe('Output names', () => {
  it('never gives two policies one name, not even a split part and a policy named like it', () => {
    const out = new Output();
    out.globalPolicy('allow-backends-web-2', spec, 'ingress', allow(1), why);
    out.globalPolicy('allow-backends-web', spec, 'ingress', allow(MAX_RULES + 1), why);
    const names = out.documents.map((d) => d.resource.metadata.name);
    expect(names).toEqual([
      'allow-backends-web-2',
      'allow-backends-web',
      `allow-backends-web-2-${shortHash('allow-backends-web-2')}`,
    ]);
    expect(new Set(out.documents.map((d) => d.key)).size).toBe(3);
  });

  it('scopes names as kubectl does: per kind, and per namespace for namespaced kinds', () => {
    const out = new Output();
    out.globalPolicy('p', spec, 'ingress', allow(1), why);
    out.namespacedPolicy('p', 'a', spec, allow(1), why);
    out.namespacedPolicy('p', 'b', spec, allow(1), why);
    out.namespacedPolicy('p', 'a', spec, allow(1), why);
    expect(out.documents.map((d) => d.key)).toEqual([
      'GlobalNetworkPolicy/p',
      'NetworkPolicy/a/p',
      'NetworkPolicy/b/p',
      `NetworkPolicy/a/p-${shortHash('p')}`,
    ]);
    expect(out.uniqueName('HostEndpoint', undefined, 'p', 'n1/eth0', 253)).toBe('p');
  });

  it('hashes by the key it is given and numbers a name whose hash is taken too', () => {
    const out = new Output();
    expect(out.uniqueName('HostEndpoint', undefined, 'a-b-c', 'n1/c', 253)).toBe('a-b-c');
    const second = out.uniqueName('HostEndpoint', undefined, 'a-b-c', 'n2/b-c', 253);
    expect(second).toBe(`a-b-c-${shortHash('n2/b-c')}`);
    expect(out.uniqueName('HostEndpoint', undefined, 'a-b-c', 'n2/b-c', 253)).toBe(`${second}-2`);
    const long = 'x'.repeat(63);
    out.uniqueName('GlobalNetworkPolicy', undefined, long, long);
    const cut = out.uniqueName('GlobalNetworkPolicy', undefined, long, 'other');
    expect(cut).toBe(`${'x'.repeat(55)}-${shortHash('other')}`);
  });
});
