/**
 * The one gateway for state changes: `dispatch(command)` applies a design command (src/model),
 * records it for undo, and notifies subscribers. Generated YAML, explanations, lints and simulation
 * results are derived from the design, never stored. Selection is view state: not undone, not saved.
 */
import type { GenerateResult } from '../generator/types';
import { applyCommand, type Command } from '../model/commands';
import type { Design } from '../model/design';
import { generateSafely, type Generate } from './safeGenerate';

/** What the user has selected: drives the inspector and cross-highlighting. */
export type Selection =
  | { kind: 'element'; id: string }
  | { kind: 'access'; client: string; service: string }
  | { kind: 'rule'; resource: string; rulePath: string }
  | { kind: 'cluster' }
  | null;

export interface StoreState {
  design: Design;
  /** Earlier designs, newest last (persisted: no; undo history is per session). */
  past: Design[];
  /** Designs undone, newest last. */
  future: Design[];
  selection: Selection;
}

const HISTORY_LIMIT = 200;

export type GoodGeneration = Extract<GenerateResult, { ok: true }>;

/** The generator's output for one design, and the last output that had YAML. */
export interface Generation {
  design: Design;
  current: GenerateResult;
  /** Shown, marked stale, while the design has errors (issue: keep the last good YAML visible). */
  lastGood: GoodGeneration | undefined;
}

export class DesignStore {
  private state: StoreState;
  private readonly listeners = new Set<() => void>();
  private generation: Generation | undefined;
  /** Key of the last coalescing dispatch, while its undo step is open (see `dispatch`). */
  private lastCoalesce: string | undefined;

  /**
   * `options.generate` replaces the generator (main.tsx passes the e2e test hook's, see
   * testHooks.ts); whichever runs, a throw becomes an error lint (safeGenerate.ts), never a crash.
   */
  constructor(
    design: Design,
    private readonly options: { generate?: Generate } = {},
  ) {
    this.state = { design, past: [], future: [], selection: null };
  }

  getState = (): StoreState => this.state;

  /** Derived, memoised per design object: generating twice for one design never happens. */
  getGeneration = (): Generation => {
    const { design } = this.state;
    if (this.generation?.design !== design) {
      const current = generateSafely(design, this.options.generate);
      this.generation = {
        design,
        current,
        lastGood: current.ok ? current : this.generation?.lastGood,
      };
    }
    return this.generation;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: StoreState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /**
   * Applies a command; a no-op command leaves history untouched. Consecutive dispatches with the
   * same `coalesce` key share one undo step until `closeUndoStep`. The inspector keys its edits by
   * form and field and closes the step when a field loses the focus (FormColumn in fields.tsx):
   * typing in one field is one step per visit to it, two fields are two steps, and so is every
   * pick in a list, tick of a checkbox or press of a button.
   */
  dispatch = (command: Command, options: { coalesce?: string } = {}): void => {
    const { design, past } = this.state;
    const next = applyCommand(design, command);
    if (next === design) return;
    const merge = options.coalesce !== undefined && options.coalesce === this.lastCoalesce;
    this.lastCoalesce = options.coalesce;
    this.set({
      ...this.state,
      design: next,
      past: merge ? past : [...past.slice(-(HISTORY_LIMIT - 1)), design],
      future: [],
      selection: keepSelection(next, this.state.selection),
    });
  };

  /** The next dispatch starts an undo step of its own, whatever its `coalesce` key. */
  closeUndoStep = (): void => {
    this.lastCoalesce = undefined;
  };

  undo = (): void => {
    this.lastCoalesce = undefined;
    const { past, future, design } = this.state;
    const prev = past.at(-1);
    if (!prev) return;
    this.set({
      ...this.state,
      design: prev,
      past: past.slice(0, -1),
      future: [...future, design],
      selection: keepSelection(prev, this.state.selection),
    });
  };

  redo = (): void => {
    this.lastCoalesce = undefined;
    const { past, future, design } = this.state;
    const next = future.at(-1);
    if (!next) return;
    this.set({
      ...this.state,
      design: next,
      past: [...past, design],
      future: future.slice(0, -1),
      selection: keepSelection(next, this.state.selection),
    });
  };

  select = (selection: Selection): void => {
    if (JSON.stringify(selection) === JSON.stringify(this.state.selection)) return;
    this.set({ ...this.state, selection });
  };
}

/** Drops a selection whose element or edge no longer exists. */
function keepSelection(design: Design, selection: Selection): Selection {
  if (!selection) return null;
  if (selection.kind === 'element') {
    const exists = [design.nodes, design.services, design.pods, design.clients].some((list) =>
      list.some((x) => x.id === selection.id),
    );
    return exists ? selection : null;
  }
  if (selection.kind === 'access') {
    return design.access.some(
      (a) => a.client === selection.client && a.service === selection.service,
    )
      ? selection
      : null;
  }
  return selection;
}
