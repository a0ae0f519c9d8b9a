import { readFileSync } from 'node:fs';
import { generate } from '../generator/generate';
import { emptyDesign, guideExample, localExample, mixedExample } from './examples';
import { parseDesignJson } from './validateDesign';

const fixture = (name: string) => {
  const r = parseDesignJson(
    readFileSync(new URL(`../../fixtures/${name}/design.json`, import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error(`fixtures/${name} does not read`);
  return r.design;
};

describe('examples', () => {
  it('are the fixtures’ designs, so the gallery opens what the golden tests check', () => {
    expect(localExample).toEqual(fixture('local-mode'));
    expect(mixedExample).toEqual(fixture('mixed'));
  });

  it('all generate without errors', () => {
    for (const d of [guideExample, localExample, mixedExample, emptyDesign])
      expect(generate(d).ok).toBe(true);
  });
});
