/**
 * Keeps React Flow's inputs stable between renders. The canvas rebuilds its nodes and edges from
 * the design on every change, so every object is new; React Flow then re-adopts and re-renders
 * every one of them (~210 node wrappers and ~200 edges on the 20-node design, most of an
 * inspector edit's time). Handing back last render's object wherever nothing in it changed lets
 * React Flow skip all but the element that was edited.
 */

/** True when `a` and `b` have the same keys and each value is identical, one level deep. */
function sameShallow(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => x[k] === y[k] && (x[k] !== undefined || k in y));
}

/** Equal as far as React Flow can tell: the same keys, values identical or shallowly equal. */
function sameItem(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => {
    const u = x[k];
    const v = y[k];
    if (u === v) return u !== undefined || k in y;
    return typeof u === 'object' && typeof v === 'object' && u !== null && v !== null
      ? sameShallow(u, v)
      : false;
  });
}

/** Remembers the last list of items handed out and reuses each item, or the list, that is unchanged. */
export class SameObjects<T extends { id: string }> {
  private last: T[] = [];

  /** `next`, with every item equal to the last list's item of the same id replaced by that one. */
  reuse(next: T[]): T[] {
    const before = new Map(this.last.map((item) => [item.id, item]));
    let changed = next.length !== this.last.length;
    const kept = next.map((item, i) => {
      const old = before.get(item.id);
      if (old && sameItem(old, item)) {
        if (this.last[i] !== old) changed = true;
        return old;
      }
      changed = true;
      return item;
    });
    if (!changed) return this.last;
    this.last = kept;
    return kept;
  }
}
