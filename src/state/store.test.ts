import { guideExample } from '../model/examples';
import { highlightOf } from './highlight';
import { DesignStore } from './store';

describe('DesignStore', () => {
  it('undoes and redoes every command, and a new command clears redo', () => {
    const store = new DesignStore(guideExample);
    store.dispatch({ type: 'setTrafficPolicy', mode: 'Local' });
    store.dispatch({ type: 'moveElements', positions: { 'svc-a': { x: 5, y: 6 } } });
    expect(store.getState().design.layout['svc-a']).toEqual({ x: 5, y: 6 });
    store.undo();
    expect(store.getState().design.layout['svc-a']).toBeUndefined();
    store.undo();
    expect(store.getState().design).toBe(guideExample);
    store.redo();
    expect(store.getState().design.cluster.trafficPolicy).toBe('Local');
    store.dispatch({ type: 'setName', name: 'x' });
    store.redo();
    expect(store.getState().design.name).toBe('x');
    expect(store.getState().future).toEqual([]);
  });

  it('makes one undo step of coalesced edits', () => {
    const store = new DesignStore(guideExample);
    store.dispatch({ type: 'setName', name: 'a' }, { coalesce: 'name' });
    store.dispatch({ type: 'setName', name: 'ab' }, { coalesce: 'name' });
    store.dispatch({ type: 'setName', name: 'abc' }, { coalesce: 'name' });
    store.undo();
    expect(store.getState().design).toBe(guideExample);
  });

  it('starts a new undo step after closeUndoStep, even for the same key', () => {
    const store = new DesignStore(guideExample);
    store.dispatch({ type: 'setName', name: 'a' }, { coalesce: 'name' });
    store.dispatch({ type: 'setName', name: 'ab' }, { coalesce: 'name' });
    store.closeUndoStep();
    store.dispatch({ type: 'setName', name: 'abc' }, { coalesce: 'name' });
    store.undo();
    expect(store.getState().design.name).toBe('ab');
    store.undo();
    expect(store.getState().design).toBe(guideExample);
  });

  it('keeps the last good generation while the design has errors', () => {
    const store = new DesignStore(guideExample);
    const good = store.getGeneration();
    expect(good.current.ok).toBe(true);
    const svc = { ...guideExample.services[0]!, clusterIP: '10.99.0.1' };
    store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } });
    const bad = store.getGeneration();
    expect(bad.current.ok).toBe(false);
    expect(bad.lastGood).toBe(good.current);
    expect(store.getGeneration()).toBe(bad);
  });

  it('drops the selection of a removed element', () => {
    const store = new DesignStore(guideExample);
    store.select({ kind: 'element', id: 'office' });
    store.dispatch({ type: 'removeElements', ids: ['office'] });
    expect(store.getState().selection).toBeNull();
  });
});

describe('highlightOf', () => {
  const gen = new DesignStore(guideExample).getGeneration().lastGood;

  it('an access edge lights the rules it produced', () => {
    const h = highlightOf({ kind: 'access', client: 'office', service: 'svc-a' }, gen);
    expect([...h.rules]).toEqual([
      'GlobalNetworkPolicy/external-access.allow-cluster-ips#spec.ingress[0]',
      'GlobalNetworkPolicy/external-access.allow-cluster-ips#spec.ingress[1]',
      'GlobalNetworkPolicy/external-access.allow-backends-svc-a#spec.ingress[0]',
    ]);
  });

  it('a rule lights the elements that caused it', () => {
    const h = highlightOf(
      {
        kind: 'rule',
        resource: 'GlobalNetworkPolicy/external-access.allow-cluster-ips',
        rulePath: 'spec.ingress[2]',
      },
      gen,
    );
    expect([...h.elements]).toEqual(['partner', 'svc-b']);
    expect([...h.access]).toEqual(['partner->svc-b']);
  });
});
