import { SameObjects } from './sameObjects';

interface Item {
  id: string;
  position: { x: number; y: number };
  data: { name: string };
  className?: string;
}

const item = (id: string, x = 0, name = id, className?: string): Item => ({
  id,
  position: { x, y: 0 },
  data: { name },
  className,
});

describe('SameObjects', () => {
  it('hands back the previous list when every item is equal, one level deep', () => {
    const same = new SameObjects<Item>();
    const first = same.reuse([item('a'), item('b')]);
    expect(same.reuse([item('a'), item('b')])).toBe(first);
  });

  it('keeps the objects of unchanged items and takes the changed one', () => {
    const same = new SameObjects<Item>();
    const first = same.reuse([item('a'), item('b'), item('c')]);
    const moved = item('b', 16);
    const second = same.reuse([item('a'), moved, item('c')]);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(moved);
    expect(second[2]).toBe(first[2]);
  });

  it('sees a changed nested value, an added key and an undefined one as changes', () => {
    const same = new SameObjects<Item>();
    const first = same.reuse([item('a')]);
    expect(same.reuse([item('a', 0, 'renamed')])[0]).not.toBe(first[0]);
    const lit = same.reuse([item('a', 0, 'renamed', 'lit')]);
    expect(lit[0]?.className).toBe('lit');
    expect(same.reuse([item('a', 0, 'renamed')])[0]?.className).toBeUndefined();
  });

  it('follows additions, removals and a new order', () => {
    const same = new SameObjects<Item>();
    const [a, b] = same.reuse([item('a'), item('b')]);
    const added = same.reuse([item('b'), item('a'), item('c')]);
    expect(added.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(added[0]).toBe(b);
    expect(added[1]).toBe(a);
    expect(same.reuse([item('b'), item('a')]).map((x) => x.id)).toEqual(['b', 'a']);
  });
});
