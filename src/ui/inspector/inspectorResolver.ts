/**
 * The resolver of every inspector form: zodResolver over the form's schema (which pipes into the
 * format's schema), then the cross-field rules. Field errors come out in words: the format's
 * message ids (src/i18n/en.ts) with the offending input as `value`.
 */
import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  get,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type ResolverResult,
  type ResolverSuccess,
} from 'react-hook-form';
import type { z } from 'zod';
import { en, type MessageId } from '../../i18n/en';
import type { Translate } from '../../i18n/t';
import { preciseProblem } from '../../model/valueProblems';
import type { FieldProblem } from './fieldProblems';
import { badPortEntry } from './formSchemas';

const isMessageId = (s: string): s is MessageId => Object.hasOwn(en, s);

/**
 * Message ids for zod's built-in issues, which the format's schema leaves without one. In these
 * forms every number is a port, every length limit on text is on a name, and every list with a
 * minimum needs one entry. A text's length limit has a parameter, so it comes out already in
 * words (of `t`).
 */
export function builtinMessageId(issue: z.core.$ZodRawIssue, t: Translate): string | undefined {
  if (issue.input === undefined) return 'field.required';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return 'form.list.empty';
      return issue.origin === 'string' ? 'field.required' : 'form.port.invalid';
    case 'too_big':
      if (issue.origin === 'string') return t('field.tooLong', { max: Number(issue.maximum) });
      return 'form.port.invalid';
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'form.port.invalid'
        : undefined;
    default:
      return undefined;
  }
}

/** A message id in words, for the input it is about; an empty input is simply missing. */
function inWords(message: string, input: unknown, t: Translate): string {
  if (!isMessageId(message)) return message;
  if (input === '') return t('field.required');
  const value = typeof input === 'string' || typeof input === 'number' ? input : '';
  if (message === 'form.portList.invalid') {
    const bad = badPortEntry(String(value));
    if (bad) return t(bad.messageId, { value: bad.entry });
  }
  const precise = preciseProblem(message, input);
  if (precise) return t(precise.messageId, { value, ...precise.params });
  return t(message, { value });
}

/** Rewrites, in place, every message of a nested error tree into words. */
function putIntoWords(node: object, path: string, values: FieldValues, t: Translate): void {
  const error = node as Partial<FieldError>;
  if (typeof error.message === 'string')
    error.message = inWords(error.message, get(values, path), t);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types' || typeof child !== 'object' || child === null) continue;
    const childPath = path === '' ? key : `${path}.${key}`;
    putIntoWords(child, key === 'root' ? path : childPath, values, t);
  }
}

function succeeded<D extends FieldValues, V>(
  result: ResolverResult<D, V>,
): result is ResolverSuccess<V> {
  return Object.keys(result.errors).length === 0;
}

/** Cross-field problems as a flat error record; two problems at one field share its message. */
function problemErrors(
  problems: readonly FieldProblem[],
  t: Translate,
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const p of problems) {
    const message = t(p.messageId, p.params);
    const before = errors[p.field];
    errors[p.field] = {
      type: 'crossField',
      message: before?.message
        ? t('ui.inspector.error.join', { first: before.message, second: message })
        : message,
    };
  }
  return errors;
}

/**
 * A resolver that accepts a draft only when `schema` does and `problemsOf` finds nothing wrong
 * with the value it produces. `words` gives the translate function of the current language.
 */
export function inspectorResolver<D extends FieldValues, V>(
  schema: z.ZodType<V, D>,
  problemsOf: (value: V) => FieldProblem[],
  words: () => Translate,
): Resolver<D, unknown, V> {
  const base = zodResolver(schema, { error: (issue) => builtinMessageId(issue, words()) });
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const t = words();
    if (!succeeded(result)) {
      putIntoWords(result.errors, '', values, t);
      return result;
    }
    const problems = problemsOf(result.values);
    if (problems.length === 0) return result;
    return { values: {}, errors: toNestErrors(problemErrors(problems, t), options) };
  };
}

/** The message of a list's own error (at `name.root`, or at `name` while the list is empty). */
export function listErrorMessage(errors: FieldErrors, name: string): string | undefined {
  const at: unknown = get(errors, name);
  if (typeof at !== 'object' || at === null) return undefined;
  const root: unknown = get(at, 'root');
  const own = (root ?? at) as Partial<FieldError>;
  return typeof own.message === 'string' ? own.message : undefined;
}
