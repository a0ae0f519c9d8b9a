import { describe, expect, it } from 'vitest';
import { memoryStorage } from './persistence';
import { PREFERENCE_KEYS, PreferencesStore } from './preferences';

describe('PreferencesStore', () => {
  it('follows the browser until the user chooses, then remembers the choice', () => {
    const storage = memoryStorage();
    expect(new PreferencesStore(storage, ['zh-CN', 'en']).getState().locale).toBe('zh-CN');
    const store = new PreferencesStore(storage, ['zh-CN']);
    let calls = 0;
    store.subscribe(() => calls++);
    store.setLocale('en');
    expect(store.getState().locale).toBe('en');
    expect(calls).toBe(1);
    expect(new PreferencesStore(storage, ['zh-CN']).getState().locale).toBe('en');
  });

  it('ignores a stored value that is not a language it speaks', () => {
    const storage = memoryStorage();
    storage.setItem(PREFERENCE_KEYS.locale, 'klingon');
    expect(new PreferencesStore(storage, ['zh']).getState().locale).toBe('zh-CN');
  });

  it('remembers that the tour was seen', () => {
    const storage = memoryStorage();
    const store = new PreferencesStore(storage, []);
    expect(store.getState().tourSeen).toBe(false);
    store.markTourSeen();
    expect(new PreferencesStore(storage, []).getState().tourSeen).toBe(true);
  });

  it('keeps working when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    const store = new PreferencesStore(refusing, ['en']);
    store.setLocale('zh-CN');
    expect(store.getState().locale).toBe('zh-CN');
  });
});
