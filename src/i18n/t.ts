/** Puts a message id into words in a language (English unless told otherwise). */
import { CATALOGUES, type AnyMessageId } from './catalogue';
import { formatMessage, type MessageParams } from './format';
import type { Locale } from './locale';

export type { AnyMessageId };

/** A message id and params into words, in one language: what `useT()` hands to components. */
export type Translate = (id: AnyMessageId, params?: MessageParams) => string;

export function t(id: AnyMessageId, params: MessageParams = {}, locale: Locale = 'en'): string {
  return formatMessage(CATALOGUES[locale][id], params);
}

const translators = new Map<Locale, Translate>();

/** The translate function of one language (the same function each time, so memos hold). */
export function translator(locale: Locale): Translate {
  let found = translators.get(locale);
  if (found === undefined) {
    const catalogue = CATALOGUES[locale];
    found = (id, params = {}) => formatMessage(catalogue[id], params);
    translators.set(locale, found);
  }
  return found;
}
