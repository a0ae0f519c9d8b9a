import { readFileSync } from 'node:fs';
import type { Design } from '../model/design';
import { emptyDesign, guideExample, localExample, mixedExample } from '../model/examples';
import { encodeDesign } from '../permalink/permalink';
import type { SavedDesign } from './persistence';
import { chooseStartDesign, isPristine, sameDesign } from './startDesign';

const mine: Design = { ...guideExample, name: 'my own work' };
const saved = (design: Design): SavedDesign => ({ kind: 'ok', design });
const none: SavedDesign = { kind: 'none' };
const link = (design: Design) => `#${encodeDesign(design)}`;

describe('chooseStartDesign', () => {
  it('opens the guide example when there is no link and nothing saved', () => {
    const c = chooseStartDesign({ hash: '', saved: none });
    expect(c).toMatchObject({ source: 'example', notices: [] });
    expect(c.design).toBe(guideExample);
    expect(chooseStartDesign({ hash: '#', saved: none }).source).toBe('example');
  });

  it('opens the autosave when there is no link', () => {
    const c = chooseStartDesign({ hash: '', saved: saved(mine) });
    expect(c).toMatchObject({ source: 'saved', notices: [] });
    expect(c.design).toBe(mine);
  });

  it('opens a link, layout included, when nothing would be lost', () => {
    const linked = { ...localExample, layout: { shop: { x: 123, y: 456 } } };
    for (const s of [none, saved(guideExample), saved(emptyDesign), saved(linked)]) {
      const c = chooseStartDesign({ hash: link(linked), saved: s });
      expect(c.source).toBe('link');
      expect(c.askToReplace).toBeUndefined();
      expect(c.design).toEqual(linked);
    }
  });

  it('asks before a link replaces changed work, and opens the work meanwhile', () => {
    const c = chooseStartDesign({ hash: link(mixedExample), saved: saved(mine) });
    expect(c.source).toBe('saved');
    expect(c.design).toBe(mine);
    expect(c.askToReplace).toEqual(mixedExample);
  });

  it.each([
    ['cut in half', (h: string) => h.slice(0, Math.floor(h.length / 2))],
    [
      'one character changed',
      (h: string) => `${h.slice(0, 40)}${h[40] === 'A' ? 'B' : 'A'}${h.slice(41)}`,
    ],
    ['from a newer version', () => '#v9z:abc'],
    ['not a link at all', () => '#hello'],
  ])('keeps the user’s design when the link is %s, and says why', (_what, mangle) => {
    const c = chooseStartDesign({ hash: mangle(link(mixedExample)), saved: saved(mine) });
    expect(c.design).toBe(mine);
    expect(c.source).toBe('saved');
    expect(c.askToReplace).toBeUndefined();
    expect(c.notices).toHaveLength(1);
    const notice = c.notices[0]!;
    expect(notice.kind).toBe('linkFailed');
    expect(notice.problems.length).toBeGreaterThan(0);
  });

  it('names a newer link format as such', () => {
    const c = chooseStartDesign({ hash: '#v9z:abc', saved: none });
    expect(c.notices[0]?.problems[0]?.messageId).toBe('permalink.newerVersion');
    expect(c.design).toBe(guideExample);
  });

  it('reports a corrupt autosave and opens the example', () => {
    const corrupt: SavedDesign = {
      kind: 'corrupt',
      raw: '{"version":1,',
      problems: [{ path: '', messageId: 'design.json.invalid', params: { detail: 'x' } }],
    };
    const c = chooseStartDesign({ hash: '', saved: corrupt });
    expect(c.design).toBe(guideExample);
    expect(c.notices.map((n) => n.kind)).toEqual(['savedCorrupt']);
    // A good link still opens, and the corrupt autosave is still reported.
    const l = chooseStartDesign({ hash: link(localExample), saved: corrupt });
    expect(l.source).toBe('link');
    expect(l.notices.map((n) => n.kind)).toEqual(['savedCorrupt']);
  });

  it('opens the frozen v1 link of the guide example', () => {
    const frozen = readFileSync(
      new URL('../../fixtures/permalinks/guide-example-v1.txt', import.meta.url),
      'utf8',
    );
    const c = chooseStartDesign({ hash: `#${frozen.trim()}`, saved: none });
    expect(c.source).toBe('link');
    expect(c.design.name).toBe('Calico guide example');
  });
});

describe('isPristine and sameDesign', () => {
  it('knows the untouched examples, and nothing else', () => {
    for (const d of [emptyDesign, guideExample, localExample, mixedExample])
      expect(isPristine(d)).toBe(true);
    expect(isPristine(mine)).toBe(false);
    expect(isPristine({ ...guideExample, layout: { 'svc-a': { x: 1, y: 2 } } })).toBe(false);
  });

  it('ignores key order', () => {
    const reordered = Object.fromEntries(Object.entries(mine).reverse()) as Design;
    expect(sameDesign(mine, reordered)).toBe(true);
    expect(sameDesign(mine, guideExample)).toBe(false);
  });
});
