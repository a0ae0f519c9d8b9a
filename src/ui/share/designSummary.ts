/** A design in one line: how many of each thing it holds. */
import type { AnyMessageId, Translate } from '../../i18n/t';
import type { Design } from '../../model/design';

/** Each count's words for one and for any other number (Chinese has one form, English two). */
const COUNTED: readonly (readonly [(d: Design) => number, AnyMessageId, AnyMessageId])[] = [
  [(d) => d.nodes.length, 'ui.share.summary.nodes.one', 'ui.share.summary.nodes.other'],
  [(d) => d.services.length, 'ui.share.summary.services.one', 'ui.share.summary.services.other'],
  [(d) => d.pods.length, 'ui.share.summary.pods.one', 'ui.share.summary.pods.other'],
  [(d) => d.clients.length, 'ui.share.summary.clients.one', 'ui.share.summary.clients.other'],
  [(d) => d.access.length, 'ui.share.summary.access.one', 'ui.share.summary.access.other'],
];

export function summaryOf(design: Design, t: Translate): string {
  return COUNTED.map(([count, one, other]) => {
    const n = count(design);
    return t(n === 1 ? one : other, { count: n });
  }).join(t('ui.share.summary.separator'));
}
