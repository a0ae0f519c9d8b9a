/**
 * The guide's example as a person enters it (the same design as guideExampleInput): the values,
 * and the inspector fields each element needs. The mouse test and the keyboard-only test share
 * them; each brings its own way to fill a field and press a button.
 */

/** Sets an inspector field (by its label) to a value. */
type SetField = (label: string, value: string) => Promise<void>;
/** Presses an inspector button (by its name). */
type Press = (name: string) => Promise<void>;

export const GUIDE = {
  name: 'Calico guide example',
  serviceCidr: '10.20.30.0/24',
  nodes: [
    ['node-1', '172.16.0.11'],
    ['node-2', '172.16.0.12'],
  ],
  services: [
    ['svc-a', '10.20.30.40'],
    ['svc-b', '10.20.30.41'],
  ],
  pods: [
    ['pod-a1', 'node-1', 'svc-a', '192.168.1.10'],
    ['pod-a2', 'node-2', 'svc-a', '192.168.2.10'],
    ['pod-b1', 'node-1', 'svc-b', '192.168.1.11'],
    ['pod-b2', 'node-2', 'svc-b', '192.168.2.11'],
  ],
  clients: [
    ['office', '50.60.0.0/16', 'svc-a'],
    ['partner', '70.80.90.0/24', 'svc-b'],
  ],
} as const;

/** A new service's fields: name, cluster IP, ports http 80 and https 443, selector k8s-svc. */
export async function fillService(set: SetField, press: Press, name: string, ip: string) {
  await set('Name', name);
  await set('Cluster IP', ip);
  await press('Add port');
  await set('Port 1 name', 'http');
  await set('Port 2 name', 'https');
  await set('Port 2 port', '443');
  await set('Port 2 target port', '443');
  await set('Selector key 1', 'k8s-svc');
  await set('Selector value 1', name);
}

/** A new pod's fields: name, IP, and the label its service selects. */
export async function fillPod(set: SetField, press: Press, name: string, ip: string, svc: string) {
  await set('Name', name);
  await set('IP', ip);
  await press('Add label');
  await set('Label key 1', 'k8s-svc');
  await set('Label value 1', svc);
}
