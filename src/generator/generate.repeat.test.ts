/**
 * The store, the CLI and the tests call `generate()` again and again, sometimes on a design object
 * that was changed in place. Each call must depend on the design's content alone: nothing one call
 * remembers may show in the next.
 */
import { guideExample } from '../model/examples';
import type { Design } from '../model/design';
import { generate } from './generate';

type Edit = [what: string, edit: (d: Design) => void];

function service(d: Design, id: string): Design['services'][number] {
  const found = d.services.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}

const EDITS: Edit[] = [
  [
    "a client's CIDR",
    (d) => {
      d.clients[0]!.cidrs[0] = '50.61.0.0/16';
    },
  ],
  [
    'the node label value',
    (d) => {
      d.cluster.nodeLabel.value = 'worker';
    },
  ],
  [
    'the node label key',
    (d) => {
      d.cluster.nodeLabel.key = 'node-role';
    },
  ],
  [
    "a Service's selector value",
    (d) => {
      service(d, 'svc-a').selector['k8s-svc'] = 'svc-a-v2';
    },
  ],
  [
    "a Service's selector, a label added",
    (d) => {
      service(d, 'svc-b').selector.tier = 'web';
    },
  ],
  [
    "a Service's namespace",
    (d) => {
      service(d, 'svc-a').namespace = 'shop';
    },
  ],
  [
    "a Service's cluster IP",
    (d) => {
      service(d, 'svc-b').clusterIP = '10.20.30.50';
    },
  ],
  [
    "a node's address",
    (d) => {
      d.nodes[0]!.interfaces[0]!.ips[0] = '172.16.0.21';
    },
  ],
];

describe('generate() keeps nothing between calls', () => {
  describe.each(['hardened', 'guide'] as const)('%s profile', (profile) => {
    it.each(EDITS)('after %s changes in place, the output is that of a fresh copy', (_, edit) => {
      const design = structuredClone(guideExample);
      const before = generate(design, { profile });
      edit(design);
      const again = generate(design, { profile });
      const fresh = generate(structuredClone(design), { profile });
      expect(again).toEqual(fresh);
      // The edit must matter, or the comparison above proves nothing.
      expect(again.ok && again.yaml).not.toBe(before.ok && before.yaml);
    });
  });
});
