import type { Design } from '../model/design';
import { emptyDesign, guideExample, localExample } from '../model/examples';
import {
  AUTOSAVE_DELAY_MS,
  browserStorage,
  DesignKeeper,
  memoryStorage,
  readAutosave,
  readSavedDesign,
  saveDesign,
  STORAGE_KEYS,
  type KeyValueStorage,
} from './persistence';
import { sameDesign } from './startDesign';
import { DesignStore } from './store';

const mine: Design = { ...guideExample, name: 'my own work' };

/** A storage that counts writes and can be made to refuse them. */
function spyStorage() {
  const inner = memoryStorage();
  const writes: string[] = [];
  let full = false;
  const storage: KeyValueStorage = {
    getItem: (k) => inner.getItem(k),
    removeItem: (k) => inner.removeItem(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      writes.push(k);
      inner.setItem(k, v);
    },
  };
  return { storage, writes, setFull: (f: boolean) => (full = f) };
}

describe('saved designs', () => {
  it('round-trips a design, layout included', () => {
    const s = memoryStorage();
    const d = { ...localExample, layout: { shop: { x: 10, y: 20 } } };
    expect(saveDesign(s, STORAGE_KEYS.current, d)).toBe(true);
    const back = readSavedDesign(s, STORAGE_KEYS.current);
    expect(back.kind).toBe('ok');
    expect(back.kind === 'ok' && sameDesign(back.design, d)).toBe(true);
  });

  it('reads nothing as none', () => {
    expect(readAutosave(memoryStorage())).toEqual({ kind: 'none' });
  });

  it.each([
    ['broken JSON', '{"version":1,"na', 'design.json.invalid'],
    ['a newer format', JSON.stringify({ ...guideExample, version: 3 }), 'design.version.newer'],
    ['an invalid design', JSON.stringify({ ...guideExample, clients: 'x' }), undefined],
  ])('sets %s aside under the corrupt key, text intact', (_what, raw, messageId) => {
    const s = memoryStorage();
    s.setItem(STORAGE_KEYS.current, raw);
    const r = readAutosave(s);
    expect(r.kind).toBe('corrupt');
    if (r.kind !== 'corrupt') return;
    expect(r.problems.length).toBeGreaterThan(0);
    if (messageId) expect(r.problems[0]?.messageId).toBe(messageId);
    expect(s.getItem(STORAGE_KEYS.corrupt)).toBe(raw);
  });

  it('falls back to memory where there is no localStorage', () => {
    const s = browserStorage();
    s.setItem('k', 'v');
    expect(s.getItem('k')).toBe('v');
  });
});

describe('DesignKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves at start, then once per burst of changes, after the delay', () => {
    const { storage, writes } = spyStorage();
    const store = new DesignStore(guideExample);
    const keeper = new DesignKeeper(store, storage);
    const stop = keeper.start();
    expect(writes).toEqual([STORAGE_KEYS.current]);
    for (const name of ['a', 'ab', 'abc']) store.dispatch({ type: 'setName', name });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(2);
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.design.name).toBe('abc');
    // Selection changes are not design changes: no write.
    store.select({ kind: 'cluster' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(2);
    stop();
  });

  it('flushes a pending change at once (the page is closing)', () => {
    const { storage } = spyStorage();
    const store = new DesignStore(guideExample);
    const keeper = new DesignKeeper(store, storage);
    keeper.start();
    store.dispatch({ type: 'setName', name: 'closing' });
    keeper.flush();
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.design.name).toBe('closing');
  });

  it('says once that saving fails, and recovers', () => {
    const { storage, setFull } = spyStorage();
    const store = new DesignStore(guideExample);
    const keeper = new DesignKeeper(store, storage);
    const problems: unknown[] = [];
    keeper.onProblem((p) => problems.push(p));
    keeper.start();
    setFull(true);
    store.dispatch({ type: 'setName', name: 'x' });
    keeper.flush();
    store.dispatch({ type: 'setName', name: 'xy' });
    keeper.flush();
    expect(problems).toEqual([{ kind: 'storageFull' }]);
    expect(keeper.failing).toBe(true);
    setFull(false);
    store.dispatch({ type: 'setName', name: 'xyz' });
    keeper.flush();
    expect(keeper.failing).toBe(false);
  });

  it('keeps the replaced design as previous; undo and restore both bring it back', () => {
    const storage = memoryStorage();
    const store = new DesignStore(mine);
    const keeper = new DesignKeeper(store, storage);
    keeper.start();
    expect(keeper.previous()).toBeUndefined();

    keeper.replaceDesign(localExample);
    expect(store.getState().design).toBe(localExample);
    expect(keeper.previous()?.name).toBe('my own work');
    store.undo();
    expect(store.getState().design).toBe(mine);
    store.redo();

    // The example is untouched: restoring does not push it over the kept work.
    expect(keeper.restorePrevious()).toBe(true);
    expect(store.getState().design.name).toBe('my own work');
    expect(keeper.previous()).toBeUndefined();
  });

  it('swaps on restore when both designs are work', () => {
    const other = { ...localExample, name: 'other work' };
    const store = new DesignStore(mine);
    const keeper = new DesignKeeper(store, memoryStorage());
    keeper.replaceDesign(other);
    keeper.restorePrevious();
    expect(store.getState().design.name).toBe('my own work');
    expect(keeper.previous()?.name).toBe('other work');
  });

  it('does not let an untouched example push out kept work', () => {
    const store = new DesignStore(mine);
    const keeper = new DesignKeeper(store, memoryStorage());
    keeper.replaceDesign(emptyDesign);
    keeper.replaceDesign(guideExample);
    expect(keeper.previous()?.name).toBe('my own work');
  });
});
