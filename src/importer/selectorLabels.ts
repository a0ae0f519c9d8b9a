/**
 * Reads a Calico selector back into the label map it was built from: `a == 'x' && b == 'y'` →
 * `{ a: 'x', b: 'y' }`, `all()` → `{}`. Anything else (`has()`, `!=`, `||`, `in`) is not a label
 * map, and a design cannot hold it.
 */
import { parseSelector, type SelectorNode } from '../calico/selector';
import { assertNever } from '../model/assertNever';
import { isLabelKey, isLabelValue } from '../model/names';

function collect(node: SelectorNode, into: Map<string, string>): boolean {
  switch (node.kind) {
    case 'all':
      return true;
    case 'eq': {
      // A label a Kubernetes object cannot carry is no label map a design can hold.
      if (!isLabelKey(node.label) || !isLabelValue(node.value)) return false;
      const had = into.get(node.label);
      if (had !== undefined && had !== node.value) return false;
      into.set(node.label, node.value);
      return true;
    }
    case 'and':
      return node.operands.every((op) => collect(op, into));
    case 'global':
    case 'has':
    case 'neq':
    case 'contains':
    case 'startsWith':
    case 'endsWith':
    case 'in':
    case 'notIn':
    case 'not':
    case 'or':
      return false;
    default:
      return assertNever(node, 'selector node');
  }
}

/** The labels an equality-only selector requires; undefined for any other selector. */
export function labelsOfSelector(text: string | undefined): Record<string, string> | undefined {
  const parsed = parseSelector(text ?? '');
  if (!parsed.ok) return undefined;
  const labels = new Map<string, string>();
  // fromEntries defines own properties: a label named "__proto__" stays a label.
  return collect(parsed.selector, labels) ? Object.fromEntries(labels) : undefined;
}

/** True when two label maps hold the same pairs. */
export function sameLabels(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && b[k] === a[k])
  );
}
