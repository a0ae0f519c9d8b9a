// @vitest-environment jsdom
import type { Design } from '../model/design';
import { guideExample, localExample } from '../model/examples';
import {
  AUTOSAVE_DELAY_MS,
  DesignKeeper,
  memoryStorage,
  readSavedDesign,
  serializeDesign,
  STORAGE_KEYS,
  type KeyValueStorage,
} from './persistence';
import { DesignStore } from './store';

const mine: Design = { ...guideExample, name: 'this tab’s work' };
const theirs: Design = { ...localExample, name: 'the other tab’s work' };

/** What another tab does when it autosaves: writes the shared storage, then the browser tells us. */
function otherTabSaves(
  storage: KeyValueStorage,
  value: string,
  key: string = STORAGE_KEYS.current,
) {
  storage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
}

const savedName = (storage: KeyValueStorage, key: string = STORAGE_KEYS.current) => {
  const saved = readSavedDesign(storage, key);
  return saved.kind === 'ok' ? saved.design.name : saved.kind;
};

function setup() {
  const storage = memoryStorage();
  const store = new DesignStore(mine);
  const keeper = new DesignKeeper(store, storage);
  keeper.start();
  const stopWatching = keeper.watchOtherTabs(window);
  const told = vi.fn();
  keeper.subscribeOtherTab(told);
  return { storage, store, keeper, stopWatching, told };
}

describe('another tab saving over this tab’s design', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('makes this tab ask, and save nothing until the user chooses', () => {
    const { storage, store, keeper, told, stopWatching } = setup();
    otherTabSaves(storage, serializeDesign(theirs));
    expect(told).toHaveBeenCalledTimes(1);
    expect(keeper.otherTabDesign()?.name).toBe('the other tab’s work');

    store.dispatch({ type: 'setName', name: 'edited here meanwhile' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    keeper.flush();
    expect(savedName(storage)).toBe('the other tab’s work');
    stopWatching();
  });

  it('loads the other tab’s design: this one becomes previous, and Undo brings it back', () => {
    const { storage, store, keeper, told, stopWatching } = setup();
    otherTabSaves(storage, serializeDesign(theirs));
    keeper.loadOtherTab();
    expect(keeper.otherTabDesign()).toBeUndefined();
    expect(told).toHaveBeenCalledTimes(2);
    expect(store.getState().design.name).toBe('the other tab’s work');
    expect(savedName(storage)).toBe('the other tab’s work');
    expect(keeper.previous()?.name).toBe('this tab’s work');
    store.undo();
    expect(store.getState().design.name).toBe('this tab’s work');
    stopWatching();
  });

  it('keeps this tab’s design: saved over the other’s, which becomes previous', () => {
    const { storage, store, keeper, stopWatching } = setup();
    otherTabSaves(storage, serializeDesign(theirs));
    keeper.keepThisTab();
    expect(keeper.otherTabDesign()).toBeUndefined();
    expect(store.getState().design).toBe(mine);
    expect(savedName(storage)).toBe('this tab’s work');
    expect(savedName(storage, STORAGE_KEYS.previous)).toBe('the other tab’s work');
    // Saving goes on as before.
    store.dispatch({ type: 'setName', name: 'and on' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(savedName(storage)).toBe('and on');
    stopWatching();
  });

  it('asks nothing for the same design, another key, text that is no design, or once stopped', () => {
    const { storage, keeper, told, stopWatching } = setup();
    otherTabSaves(storage, serializeDesign(mine));
    otherTabSaves(storage, serializeDesign(theirs), STORAGE_KEYS.previous);
    otherTabSaves(storage, '{"version":1,"na');
    expect(told).not.toHaveBeenCalled();
    stopWatching();
    otherTabSaves(storage, serializeDesign(theirs));
    expect(keeper.otherTabDesign()).toBeUndefined();
  });

  it('stops asking when the other tab comes back to this tab’s design', () => {
    const { storage, keeper, stopWatching } = setup();
    otherTabSaves(storage, serializeDesign(theirs));
    otherTabSaves(storage, serializeDesign(mine));
    expect(keeper.otherTabDesign()).toBeUndefined();
    stopWatching();
  });
});
