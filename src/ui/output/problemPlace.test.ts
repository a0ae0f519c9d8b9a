import { guideExample } from '../../model/examples';
import { translator } from '../../i18n/t';
import { pathSegments, placeOfPath } from './problemPlace';

const en = translator('en');
const zh = translator('zh-CN');

describe('where a problem is, in words', () => {
  it('splits a data path into keys and indexes', () => {
    expect(pathSegments('nodes[0].interfaces[1].ips[2]')).toEqual([
      'nodes',
      0,
      'interfaces',
      1,
      'ips',
      2,
    ]);
  });

  it.each([
    ['services[0].ports[0].targetPort', 'Service default/svc-a · Port 1 target port'],
    ['services[1].trafficPolicy', 'Service default/svc-b · Traffic policy'],
    ['services[0].selector', 'Service default/svc-a · Selector'],
    ['clients[1].cidrs[0]', 'Client partner · CIDR 1'],
    ['nodes[1].interfaces[0].ips[1]', 'Node node-2 · Interface 1 IP 2'],
    ['nodes[0].tunnelIP', 'Node node-1 · Tunnel IP'],
    ['pods[0].node', 'Pod default/pod-a1 · Node'],
    ['cluster.podCidrs[0]', 'Cluster · Pod CIDR 1'],
    ['cluster.hostAccess', 'Cluster · Host access'],
    ['access[0]', 'Access office → svc-a'],
    ['services[0]', 'Service default/svc-a'],
    ['output.profile', 'Cluster · Output'],
  ])('%s', (path, words) => {
    expect(placeOfPath(guideExample, path, en)).toBe(words);
  });

  it('leaves a path that names nothing of this design to be shown as it is', () => {
    expect(placeOfPath(guideExample, 'services[9].name', en)).toBeUndefined();
    expect(placeOfPath(guideExample, 'layout', en)).toBeUndefined();
  });

  it('speaks the user’s language', () => {
    expect(placeOfPath(guideExample, 'cluster.serviceCidrs[0]', zh)).toBe(
      `${zh('ui.inspector.cluster.heading')} · ${zh('ui.inspector.cluster.serviceCidr', { n: 1 })}`,
    );
  });
});
