/**
 * Keeping the design in the browser: autosave of the current design to localStorage (debounced),
 * the design a replacement pushed out (`previous`, for "Restore previous design"), and the raw
 * text of an autosave that no longer reads (`corrupt`), so a bad write or a newer release's file
 * never silently loses work.
 *
 * Keys are versioned with the storage layout (`v1`), not with the design format: the value is
 * the design document itself (docs/design-format.md), read through validateDesign like any file.
 * Storage can be missing, full or forbidden (private windows, sandboxed frames): every access is
 * guarded, and the app runs on in memory.
 *
 * Tabs of one browser share the autosave. When another tab saves a different design, this one is
 * told (the `storage` event) and stops saving until the user chooses which design to go on with,
 * so neither tab overwrites the other's work without saying so.
 */
import type { Design } from '../model/design';
import { parseDesignJson } from '../model/validateDesign';
import type { Problem } from '../model/problem';
import { canonicalJson } from '../permalink/canonicalJson';
import { isPristine, sameDesign } from './startDesign';
import type { DesignStore } from './store';

const PREFIX = 'clusterip-designer:v1:';

/** Where each piece lives in localStorage. */
export const STORAGE_KEYS = {
  /** The design being edited, saved on every change. */
  current: `${PREFIX}current`,
  /** The design that the last replacement (new, example, import, link) pushed out. */
  previous: `${PREFIX}previous`,
  /** The raw text of an autosave that did not read back, kept so nothing is lost. */
  corrupt: `${PREFIX}corrupt`,
} as const;

/** Autosave waits this long after the last change (typing in a field makes one write, not ten). */
export const AUTOSAVE_DELAY_MS = 300;

/** The part of the Web Storage API used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A storage in memory: tests, and browsers that refuse localStorage. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

/** `window.localStorage` when it can be used, else a storage in memory. */
export function browserStorage(): KeyValueStorage {
  try {
    const s = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return memoryStorage();
  }
}

/** What a key held: nothing, a valid design, or text that is not one (with the reasons). */
export type SavedDesign =
  | { kind: 'none' }
  | { kind: 'ok'; design: Design }
  | { kind: 'corrupt'; raw: string; problems: Problem[] };

function getItem(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a value; false when the storage refuses (full, forbidden). */
function setItem(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates the design under a key. Never throws. */
export function readSavedDesign(storage: KeyValueStorage, key: string): SavedDesign {
  const raw = getItem(storage, key);
  if (raw === null) return { kind: 'none' };
  const parsed = parseDesignJson(raw);
  return parsed.ok
    ? { kind: 'ok', design: parsed.design }
    : { kind: 'corrupt', raw, problems: parsed.problems };
}

/** The design as stored: the design document in canonical JSON (sorted keys). */
export function serializeDesign(design: Design): string {
  return canonicalJson(design);
}

/** Saves a design under a key; false when the storage refused it. */
export function saveDesign(storage: KeyValueStorage, key: string, design: Design): boolean {
  return setItem(storage, key, serializeDesign(design));
}

/**
 * Reads the autosaved design at start-up. Text that does not read as a design is copied to
 * `STORAGE_KEYS.corrupt` (the autosave will overwrite `current` with the next change), so it
 * can still be recovered by hand.
 */
export function readAutosave(storage: KeyValueStorage): SavedDesign {
  const saved = readSavedDesign(storage, STORAGE_KEYS.current);
  if (saved.kind === 'corrupt') setItem(storage, STORAGE_KEYS.corrupt, saved.raw);
  return saved;
}

/** What went wrong while keeping the design, for the UI to put into words. */
export type KeeperProblem = { kind: 'storageFull' };

/** Where `storage` events arrive: the window. */
export type StorageEventTarget = {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
};

/**
 * Saves the store's design as it changes (debounced), and replaces designs so that the one pushed
 * out can be brought back: by Undo within the session, or by `restorePrevious` at any time.
 */
export class DesignKeeper {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSaved: Design | undefined;
  /** True while the storage refuses writes (full, forbidden): changes live only in memory. */
  failing = false;
  private unsubscribe: (() => void) | undefined;
  private readonly problemListeners = new Set<(problem: KeeperProblem) => void>();
  /** What another tab saved over this tab's design, until the user chooses; see otherTabDesign. */
  private otherTab: Design | undefined;
  private readonly otherTabListeners = new Set<() => void>();

  constructor(
    private readonly store: DesignStore,
    private readonly storage: KeyValueStorage,
    private readonly options: { delayMs?: number } = {},
  ) {}

  /** Calls `listener` when saving starts to fail (once per failure, not on every change). */
  onProblem = (listener: (problem: KeeperProblem) => void): (() => void) => {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  };

  /** Starts autosaving: saves the current design now, then after every change. */
  start = (): (() => void) => {
    this.flush();
    this.unsubscribe = this.store.subscribe(this.schedule);
    return this.stop;
  };

  stop = (): void => {
    this.flush();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  };

  private schedule = (): void => {
    if (this.otherTab !== undefined || this.store.getState().design === this.lastSaved) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  };

  /**
   * Writes a pending change now (the page is being hidden or closed). Nothing is written while
   * another tab's design waits for the user's choice: that would overwrite it unasked.
   */
  flush = (): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.otherTab !== undefined) return;
    const { design } = this.store.getState();
    if (design === this.lastSaved) return;
    if (saveDesign(this.storage, STORAGE_KEYS.current, design)) {
      this.lastSaved = design;
      this.failing = false;
    } else if (!this.failing) {
      // Said once, not on every keystroke; the next successful write clears it.
      this.failing = true;
      for (const l of this.problemListeners) l({ kind: 'storageFull' });
    }
  };

  /** The design that the last replacement pushed out, if it still reads and differs from now. */
  previous = (): Design | undefined => {
    const saved = readSavedDesign(this.storage, STORAGE_KEYS.previous);
    if (saved.kind !== 'ok') return undefined;
    return sameDesign(saved.design, this.store.getState().design) ? undefined : saved.design;
  };

  /**
   * Replaces the design (one undo step) and keeps the one it replaces as `previous`. An untouched
   * example or an empty design is not kept: it would push out real work kept there earlier.
   */
  replaceDesign = (design: Design): void => {
    const current = this.store.getState().design;
    if (!sameDesign(current, design)) {
      if (!isPristine(current)) saveDesign(this.storage, STORAGE_KEYS.previous, current);
      this.store.dispatch({ type: 'replace', design });
    }
    this.store.select(null);
    this.flush();
  };

  /** Brings the previous design back; the current one becomes the previous. False if none. */
  restorePrevious = (): boolean => {
    const prev = this.previous();
    if (!prev) return false;
    this.replaceDesign(prev);
    return true;
  };

  /**
   * The design another tab of this browser saved over this tab's, while the user has not chosen
   * between them (undefined: none). Meanwhile this tab saves nothing.
   */
  otherTabDesign = (): Design | undefined => this.otherTab;

  /** Calls `listener` whenever `otherTabDesign` changes. */
  subscribeOtherTab = (listener: () => void): (() => void) => {
    this.otherTabListeners.add(listener);
    return () => this.otherTabListeners.delete(listener);
  };

  private setOtherTab(design: Design | undefined): void {
    if (design === this.otherTab) return;
    this.otherTab = design;
    for (const l of this.otherTabListeners) l();
  }

  /** Follows the saves of other tabs (the window's `storage` events) until the returned stop. */
  watchOtherTabs = (target: StorageEventTarget): (() => void) => {
    target.addEventListener('storage', this.onStorage);
    return () => target.removeEventListener('storage', this.onStorage);
  };

  /**
   * Another tab wrote a key. A different design saved as the current one makes this tab's stale;
   * the same design as this tab's (both opened one link, or the other tab loaded this one's) ends
   * the question. Text that does not read as a design is not one to offer, and is left alone.
   */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== STORAGE_KEYS.current || event.newValue === null) return;
    const parsed = parseDesignJson(event.newValue);
    if (!parsed.ok) return;
    const mine = this.store.getState().design;
    if (sameDesign(parsed.design, mine)) {
      this.lastSaved = mine;
      this.setOtherTab(undefined);
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.setOtherTab(parsed.design);
  };

  /**
   * Goes on with the other tab's design: it replaces this tab's (one undo step), and this tab's
   * design becomes `previous`, as with any replacement.
   */
  loadOtherTab = (): void => {
    const other = this.otherTab;
    if (!other) return;
    this.setOtherTab(undefined);
    this.replaceDesign(other);
  };

  /**
   * Goes on with this tab's design: it is saved over the other tab's, which becomes `previous`
   * (so "Restore previous design" brings it back). The other tab is then told in its turn.
   */
  keepThisTab = (): void => {
    const other = this.otherTab;
    if (!other) return;
    this.setOtherTab(undefined);
    if (!isPristine(other)) saveDesign(this.storage, STORAGE_KEYS.previous, other);
    this.lastSaved = undefined;
    this.flush();
  };
}
