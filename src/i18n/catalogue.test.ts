import { describe, expect, it } from 'vitest';
import { AREAS, CATALOGUES } from './catalogue';
import { KEPT_TERMS, RENDERED_TERMS } from './glossary';
import { pickLocale } from './locale';
import { t, translator } from './t';

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The term as a whole word (a plural "s" allowed), not inside a longer identifier. */
function wordOf(term: string): RegExp {
  return new RegExp(`(?<![\\w-])${escape(term)}(?:s|es)?(?![\\w-])`);
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Whether an English text has words a reader must see translated: what is left after dropping
 * placeholders, quoted or back-ticked literals, code-like tokens and the glossary's kept terms.
 */
function hasProse(english: string): boolean {
  let rest = english
    .replace(PLACEHOLDER, ' ')
    .replace(/`[^`]*`|"[^"]*"|“[^”]*”/g, ' ')
    .replace(/\S*[./:_=<>@#]\S*/g, ' ');
  for (const { term } of KEPT_TERMS) rest = rest.replace(new RegExp(wordOf(term), 'g'), ' ');
  // A rendered term that Chinese also writes in Latin letters (pod → Pod), at any case.
  for (const { term, zhCN } of RENDERED_TERMS)
    if (!CJK.test(zhCN)) rest = rest.replace(new RegExp(wordOf(term), 'gi'), ' ');
  return /[A-Za-z]{2,}/.test(rest);
}

/** Texts that stay English in every language: the app's name is a name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['ui.shell.appName']);

/**
 * Where an English text uses a kept term's spelling as an ordinary word, not as the term: the
 * cluster's settings, the cluster's heading and the Service's cluster IP are not the Cluster mode.
 */
const ORDINARY_WORDS: Readonly<Record<string, readonly string[]>> = {
  'ui.shell.clusterSettings': ['Cluster'],
  'ui.inspector.cluster.heading': ['Cluster'],
  'ui.inspector.service.clusterIP': ['Cluster'],
  'ui.output.part.changes': ['Cluster'],
  'ui.output.changes.region': ['Cluster'],
  'ui.share.export.changes': ['Cluster'],
};

const pairs = Object.entries(AREAS).flatMap(([area, [english, chinese]]) =>
  Object.keys(english).map((id) => ({
    area,
    id,
    en: (english as Record<string, string>)[id] ?? '',
    zh: (chinese as Record<string, string | undefined>)[id],
  })),
);

describe('the 简体中文 catalogue', () => {
  it('has every id of the English one, and nothing else', () => {
    for (const [area, [english, chinese]] of Object.entries(AREAS)) {
      expect(Object.keys(chinese).sort(), area).toEqual(Object.keys(english).sort());
    }
  });

  it('translates every message that has words to translate', () => {
    const untranslated = pairs
      .filter(
        (p) =>
          p.zh === undefined ||
          p.zh.trim() === '' ||
          (hasProse(p.en) && !CJK.test(p.zh) && !SAME_IN_EVERY_LANGUAGE.has(p.id)),
      )
      .map((p) => `${p.area}: ${p.id}: ${p.en}`);
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder of the English message', () => {
    const wrong = pairs
      .filter((p) => p.zh !== undefined && placeholders(p.en).join() !== placeholders(p.zh).join())
      .map((p) => `${p.id}: ${placeholders(p.en).join()} ≠ ${placeholders(p.zh ?? '').join()}`);
    expect(wrong).toEqual([]);
  });

  it('spells Calico and Kubernetes terms as the glossary says', () => {
    const wrong: string[] = [];
    for (const p of pairs) {
      if (p.zh === undefined) continue;
      const zh = p.zh.replace(/\s+/g, '');
      for (const g of [...KEPT_TERMS, ...RENDERED_TERMS]) {
        if (ORDINARY_WORDS[p.id]?.includes(g.term)) continue;
        if (wordOf(g.term).test(p.en) && !zh.includes(g.zhCN.replace(/\s+/g, ''))) {
          wrong.push(`${p.id}: "${g.term}" should read "${g.zhCN}" in: ${p.zh}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every id the same text in the merged catalogue as in its area', () => {
    for (const [english, chinese] of Object.values(AREAS)) {
      for (const [id, text] of Object.entries(english)) {
        expect((CATALOGUES.en as Record<string, string>)[id]).toBe(text);
        expect((CATALOGUES['zh-CN'] as Record<string, string>)[id]).toBe(
          (chinese as Record<string, string>)[id],
        );
      }
    }
  });
});

describe('t and translator', () => {
  it('put an id into words in the chosen language', () => {
    expect(t('net.ip.invalid', { value: 'x' })).toBe('not an IP address: x');
    expect(translator('zh-CN')('net.ip.invalid', { value: 'x' })).toContain('x');
    expect(translator('zh-CN')('net.ip.invalid', { value: 'x' })).toMatch(CJK);
    expect(translator('en')).toBe(translator('en'));
  });
});

describe('pickLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-TW', 'en-US'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});
