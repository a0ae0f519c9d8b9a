/** A design in one line: how many of each thing it holds. */
import type { Design } from '../../model/design';

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

export function summaryOf(design: Design): string {
  return [
    plural(design.nodes.length, 'node'),
    plural(design.services.length, 'service'),
    plural(design.pods.length, 'pod'),
    plural(design.clients.length, 'client'),
    plural(design.access.length, 'access edge'),
  ].join(', ');
}
