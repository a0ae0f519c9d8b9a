/**
 * What the output views show, derived from the store: the generation to display (the current one,
 * or the last good one marked stale while the design has errors), and what the selection lights.
 */
import { useMemo } from 'react';
import type { Lint } from '../../generator/types';
import type { Design } from '../../model/design';
import { highlightOf, type Highlight } from '../../state/highlight';
import { useGeneration, useSelection, useStore } from '../../state/hooks';
import type { DesignStore, Generation, GoodGeneration, Selection } from '../../state/store';

export type OutputState =
  /** Nothing to generate from yet: no nodes, services or clients. */
  | { kind: 'empty' }
  /** The design has errors and no earlier design of this session generated. */
  | { kind: 'failed'; errors: Lint[] }
  /** A result to show; `errors` non-empty means it is the last good one, out of date. */
  | { kind: 'ready'; result: GoodGeneration; errors: Lint[] };

/** True for a design with nothing in it that produces output. */
export function isEmptyDesign(design: Design): boolean {
  return !design.nodes.length && !design.services.length && !design.clients.length;
}

/** Which output to show for a design and its generation. */
export function outputStateOf(generation: Generation): OutputState {
  const { design, current, lastGood } = generation;
  if (isEmptyDesign(design)) return { kind: 'empty' };
  if (current.ok) return { kind: 'ready', result: current, errors: [] };
  const errors = current.lints.filter((l) => l.severity === 'error');
  return lastGood ? { kind: 'ready', result: lastGood, errors } : { kind: 'failed', errors };
}

export interface Output {
  store: DesignStore;
  generation: Generation;
  state: OutputState;
  selection: Selection;
  highlight: Highlight;
  /** Changes whenever the selection does (selections are plain JSON). */
  selectionKey: string;
}

/** The output state, selection and highlight, memoised per generation and selection. */
export function useOutput(): Output {
  const store = useStore();
  const generation = useGeneration();
  const selection = useSelection();
  const state = useMemo(() => outputStateOf(generation), [generation]);
  const result = state.kind === 'ready' ? state.result : undefined;
  const highlight = useMemo(() => highlightOf(selection, result), [selection, result]);
  return {
    store,
    generation,
    state,
    selection,
    highlight,
    selectionKey: JSON.stringify(selection),
  };
}
