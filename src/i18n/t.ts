/** Puts a message id into words in the current language (English until issue #7 adds 简体中文). */
import { en, type MessageId } from './en';
import { formatMessage, type MessageParams } from './format';

export function t(id: MessageId, params: MessageParams = {}): string {
  return formatMessage(en[id], params);
}
