/**
 * The user's preferences that outlive a design: the UI language and whether the guided first visit
 * has been seen. Kept in localStorage beside the autosave (never in a design or a permalink: a
 * shared link opens in the reader's language). Storage that refuses is tolerated: the choice then
 * lasts for the tab.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { isLocale, pickLocale, type Locale } from '../i18n/locale';
import { translator, type Translate } from '../i18n/t';
import { memoryStorage, type KeyValueStorage } from './persistence';

export const PREFERENCE_KEYS = {
  locale: 'clusterip-designer:v1:locale',
  tourSeen: 'clusterip-designer:v1:tour-seen',
} as const;

interface PreferencesState {
  readonly locale: Locale;
  readonly tourSeen: boolean;
}

export class PreferencesStore {
  private state: PreferencesState;
  private readonly listeners = new Set<() => void>();

  /** `languages`: the browser's preferences (navigator.languages), used until the user chooses. */
  constructor(
    private readonly storage: KeyValueStorage,
    languages: readonly string[],
  ) {
    const saved = read(storage, PREFERENCE_KEYS.locale);
    this.state = {
      locale: isLocale(saved) ? saved : pickLocale(languages),
      tourSeen: read(storage, PREFERENCE_KEYS.tourSeen) === 'yes',
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PreferencesState => this.state;

  setLocale(locale: Locale): void {
    write(this.storage, PREFERENCE_KEYS.locale, locale);
    this.update({ locale });
  }

  markTourSeen(): void {
    write(this.storage, PREFERENCE_KEYS.tourSeen, 'yes');
    this.update({ tourSeen: true });
  }

  private update(change: Partial<PreferencesState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }
}

function read(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage full or forbidden: the choice holds for this tab only.
  }
}

/** English and nothing remembered: what components see outside the app (unit tests). */
export const PreferencesContext = createContext<PreferencesStore>(
  new PreferencesStore(memoryStorage(), ['en']),
);

export function usePreferences(): PreferencesStore {
  return useContext(PreferencesContext);
}

export function usePreferencesState(): PreferencesState {
  const store = usePreferences();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useLocale(): Locale {
  return usePreferencesState().locale;
}

/** The translate function of the current language: `const t = useT(); t('ui.shell.new')`. */
export function useT(): Translate {
  return translator(useLocale());
}
