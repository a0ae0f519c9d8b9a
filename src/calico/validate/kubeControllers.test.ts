/** KubeControllersConfiguration: its CRD schema, and the Go tags of host endpoint templates. */
import { validateYaml } from '../validateResources';

const KCC = `apiVersion: projectcalico.org/v3
kind: KubeControllersConfiguration
metadata:
  name: default
spec:
  healthChecks: Enabled
  controllers:
    node:
      reconcilerPeriod: 5m
      hostEndpoint:
        autoCreate: Enabled
        createDefaultHostEndpoint: Disabled
        templates:
          - generateName: eth0
            interfaceCIDRs:
              - 10.0.0.0/8
            nodeSelector: has(kubernetes.io/hostname)
`;

const check = (text: string) => validateYaml(text).problems;

describe('KubeControllersConfiguration', () => {
  it('accepts automatic host endpoints with a template', () => {
    expect(check(KCC)).toEqual([]);
  });

  it('takes the enums of the CRD', () => {
    const problems = check(KCC.replace('autoCreate: Enabled', 'autoCreate: yes'));
    expect(problems).toMatchObject([
      { line: 11, path: 'spec.controllers.node.hostEndpoint.autoCreate' },
    ]);
  });

  it('refuses an unknown field (calicoctl decodes strictly)', () => {
    expect(check(KCC.replace('healthChecks', 'healthCheck'))).toMatchObject([
      { path: 'spec.healthCheck' },
    ]);
  });

  it("checks a template's nodeSelector and interfaceCIDRs as Calico's Go validator does", () => {
    const text = KCC.replace('10.0.0.0/8', 'ten-net').replace(
      'has(kubernetes.io/hostname)',
      "role == 'node",
    );
    expect(check(text)).toMatchObject([
      {
        line: 16,
        path: 'spec.controllers.node.hostEndpoint.templates[0].interfaceCIDRs[0]',
        messageId: 'validate.cidrOrIp',
      },
      { line: 17, path: 'spec.controllers.node.hostEndpoint.templates[0].nodeSelector' },
    ]);
  });
});
