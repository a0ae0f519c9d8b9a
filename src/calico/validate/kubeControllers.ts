/**
 * KubeControllersConfiguration: the CRD schema holds its enums and formats; Calico's Go
 * validator adds the struct tags of the host endpoint templates (kubecontrollersconfig.go):
 * `nodeSelector` is a selector, every `interfaceCIDRs` item a CIDR or an address (`cidrs`,
 * ParseCIDROrIP).
 */
import { parseCidr, parseIp } from '../../net/ip';
import { checkSelector } from './fields';
import { get, type Findings, type Obj } from './toolkit';

export function checkKubeControllersSpec(spec: Obj, out: Findings): void {
  const path = ['spec', 'controllers', 'node', 'hostEndpoint', 'templates'];
  const templates = get(get(get(spec['controllers'], 'node'), 'hostEndpoint'), 'templates');
  if (!Array.isArray(templates)) return;
  templates.forEach((template, i) => {
    checkSelector(get(template, 'nodeSelector'), [...path, i, 'nodeSelector'], out);
    const cidrs = get(template, 'interfaceCIDRs');
    if (!Array.isArray(cidrs)) return;
    cidrs.forEach((c, j) => {
      if (typeof c === 'string' && !parseCidr(c) && !parseIp(c)) {
        out.error([...path, i, 'interfaceCIDRs', j], 'validate.cidrOrIp', { value: c });
      }
    });
  });
}
