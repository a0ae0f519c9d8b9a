/**
 * The life of an inspector form: react-hook-form over a draft of one design value, validated on
 * every change; a valid draft goes to the design at once, an invalid one never does; when the
 * design changes under the form (undo, redo, another panel) the form shows the new value.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { Element } from '../../model/commands';
import type { Design } from '../../model/design';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { elementProblems, type FieldProblem } from './fieldProblems';
import { inspectorResolver } from './inspectorResolver';
import { isSameJson } from './isSameJson';

export interface InspectorFormOptions<D extends FieldValues, V> {
  /** The value as the design holds it now. */
  value: V;
  toDraft: (value: V) => D;
  /** The form's schema: a draft in, a design value out (see formSchemas.ts). */
  schema: z.ZodType<V, D>;
  /** Cross-field problems the value would have in the design. Must be a stable function. */
  problems: (value: V, design: Design) => FieldProblem[];
  /**
   * Puts a valid, changed value into the design. `field` names the input whose change made it
   * (`ports.0.port`; empty when react-hook-form does not say): the undo step it belongs to.
   */
  commit: (value: V, field: string) => void;
}

export function useInspectorForm<D extends FieldValues, V>({
  value,
  toDraft,
  schema,
  problems,
  commit,
}: InspectorFormOptions<D, V>): UseFormReturn<D, unknown, V> {
  const store = useStore();
  const t = useT();
  // The resolver is made once; it reads the language through this ref at each validation.
  const words = useRef(t);
  const [resolver] = useState(() =>
    inspectorResolver(
      schema,
      (next: V) => problems(next, store.getState().design),
      () => words.current,
    ),
  );
  const [defaultValues] = useState(() => toDraft(value) as DefaultValues<D>);
  const form = useForm<D, unknown, V>({
    mode: 'onChange',
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  /** The value the form last showed or wrote: the design holding it is not a change to follow. */
  const shown = useRef(value);
  const following = useRef(false);

  // A design loaded with problems shows them as soon as the value is inspected; after a language
  // switch, validating again puts the errors shown into the new language's words.
  useEffect(() => {
    words.current = t;
    void form.trigger();
  }, [form, t]);

  useEffect(() => {
    if (isSameJson(value, shown.current)) return;
    shown.current = value;
    following.current = true;
    form.reset(toDraft(value));
    following.current = false;
    void form.trigger();
  }, [form, toDraft, value]);

  useEffect(() => {
    const { unsubscribe } = form.watch((_values, { name }) => {
      // Following the design is not an edit: writing it back would cut the redo history.
      if (following.current) return;
      void form.handleSubmit((next) => {
        if (isSameJson(next, shown.current)) return;
        shown.current = next;
        commit(next, name ?? '');
      })();
    });
    return unsubscribe;
  }, [form, commit]);

  return form;
}

let sessions = 0;
/**
 * One number per opened form: with a field's name it keys that field's edits, which coalesce into
 * one undo step while the field keeps the focus (see DesignStore.dispatch).
 */
export const newSession = (): number => ++sessions;

/** An element form: commits with `updateElement`, one undo step per edit of a field. */
export function useElementForm<D extends FieldValues, V extends { id: string }>(options: {
  value: V;
  toDraft: (value: V) => D;
  schema: z.ZodType<V, D>;
  /** The value with its kind. Must be a stable function. */
  toElement: (value: V) => Element;
}): UseFormReturn<D, unknown, V> {
  const store = useStore();
  const [session] = useState(newSession);
  const { toElement } = options;
  const commit = useCallback(
    (next: V, field: string) =>
      store.dispatch(
        { type: 'updateElement', element: toElement(next) },
        { coalesce: `element:${next.id}:${session}:${field}` },
      ),
    [store, session, toElement],
  );
  const problems = useCallback(
    (next: V, design: Design) => elementProblems(toElement(next), design),
    [toElement],
  );
  return useInspectorForm({ ...options, problems, commit });
}
