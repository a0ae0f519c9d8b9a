import { applyCommand, duplicateOf, newElement, removalOf } from './commands';
import { guideExample } from './examples';
import { validateDesign } from './validateDesign';

describe('design commands', () => {
  it('removing a node takes its pods, and removing a service its access edges', () => {
    const d = applyCommand(guideExample, { type: 'removeElements', ids: ['node-1', 'svc-a'] });
    expect(d.nodes.map((n) => n.id)).toEqual(['node-2']);
    expect(d.pods.map((p) => p.id)).toEqual(['pod-a2', 'pod-b2']);
    expect(d.access).toEqual([{ client: 'partner', service: 'svc-b' }]);
    expect(removalOf(guideExample, ['office']).access).toEqual([
      { client: 'office', service: 'svc-a' },
    ]);
  });

  it('new and duplicated elements keep the design valid', () => {
    let d = guideExample;
    for (const kind of ['client', 'node', 'service', 'pod'] as const) {
      d = applyCommand(d, {
        type: 'addElement',
        element: newElement(d, kind),
        position: { x: 1, y: 2 },
      });
    }
    for (const id of ['office', 'node-1', 'svc-a', 'pod-a1']) {
      const copy = duplicateOf(d, id);
      if (!copy) throw new Error(id);
      d = applyCommand(d, { type: 'addElement', element: copy });
    }
    const r = validateDesign(d);
    expect(r.ok).toBe(true);
    expect(d.services.at(-1)?.clusterIP).not.toBe('10.20.30.40');
    expect(d.layout['client-3']).toEqual({ x: 1, y: 2 });
  });

  it('adds an access edge once, updates and removes it', () => {
    let d = applyCommand(guideExample, {
      type: 'addAccess',
      access: { client: 'office', service: 'svc-b' },
    });
    expect(
      applyCommand(d, { type: 'addAccess', access: { client: 'office', service: 'svc-b' } }),
    ).toBe(d);
    d = applyCommand(d, {
      type: 'updateAccess',
      access: { client: 'office', service: 'svc-b', ports: [443] },
    });
    expect(d.access.at(-1)).toEqual({ client: 'office', service: 'svc-b', ports: [443] });
    d = applyCommand(d, { type: 'removeAccess', client: 'office', service: 'svc-b' });
    expect(d.access).toEqual(guideExample.access);
  });

  it('moves a pod to another node', () => {
    const d = applyCommand(guideExample, { type: 'movePod', pod: 'pod-a1', node: 'node-2' });
    expect(d.pods.find((p) => p.id === 'pod-a1')?.node).toBe('node-2');
  });

  it('sets the output settings as a whole', () => {
    const output = { profile: 'guide', calicoVersion: '3.30', staged: true } as const;
    const d = applyCommand(guideExample, { type: 'setOutput', output });
    expect(d.output).toEqual(output);
    expect(d.cluster).toBe(guideExample.cluster);
  });
});
