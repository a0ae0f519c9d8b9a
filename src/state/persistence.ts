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
    if (this.store.getState().design === this.lastSaved) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  };

  /** Writes a pending change now (the page is being hidden or closed). */
  flush = (): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
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
}
