import { t } from '../i18n/t';
import { guideExample } from '../model/examples';
import { GENERATOR_FAILED, generateSafely } from './safeGenerate';
import { DesignStore } from './store';
import { generatorUnderTest, readTestHooks } from './testHooks';

/** A generator that throws for every design: the defect safeGenerate guards against. */
const broken = () => {
  throw new RangeError('Invalid array length');
};

describe('generateSafely', () => {
  it('turns a throwing generator into one error lint that names what failed', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = generateSafely(guideExample, broken);
    expect(result.ok).toBe(false);
    expect(result.lints).toHaveLength(1);
    const [lint] = result.lints;
    expect(lint).toMatchObject({ code: GENERATOR_FAILED, severity: 'error', elements: [] });
    expect(t(lint!.messageId, lint!.params)).toContain('(Invalid array length)');
    expect(t(lint!.fixId, lint!.params)).toContain('Undo the last change');
    // The stack goes to the console for whoever fixes the defect.
    expect(log).toHaveBeenCalledWith(expect.any(RangeError));
    log.mockRestore();
  });

  it('returns what the generator returns when it does not throw', () => {
    const result = generateSafely(guideExample);
    expect(result.ok).toBe(true);
  });
});

describe('the store with a generator that throws', () => {
  it('derives a failed generation, keeps the last good one, and recovers on undo', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const generate = generatorUnderTest({ generateThrowsForService: 'svc-z' });
    const store = new DesignStore(guideExample, { generate });
    const good = store.getGeneration().current;
    expect(good.ok).toBe(true);

    const svc = { ...guideExample.services[0]!, name: 'svc-z' };
    store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } });
    const failed = store.getGeneration();
    expect(failed.current.ok).toBe(false);
    expect(failed.current.lints.map((l) => l.code)).toEqual([GENERATOR_FAILED]);
    expect(failed.lastGood).toBe(good);
    // Memoised like any generation: the generator is not run again for the same design.
    expect(store.getGeneration()).toBe(failed);
    expect(log).toHaveBeenCalledTimes(1);

    store.undo();
    expect(store.getGeneration().current.ok).toBe(true);
    log.mockRestore();
  });
});

describe('the e2e test hooks', () => {
  it('are off unless the window property holds the right shape', () => {
    expect(readTestHooks(undefined)).toEqual({});
    expect(readTestHooks('svc-a')).toEqual({});
    expect(readTestHooks({ generateThrowsForService: 42 })).toEqual({});
    expect(readTestHooks({ generateThrowsForService: '' })).toEqual({});
    expect(readTestHooks({ generateThrowsForService: 'svc-a' })).toEqual({
      generateThrowsForService: 'svc-a',
    });
  });

  it('make generate() throw only for a design with that Service', () => {
    const generate = generatorUnderTest({ generateThrowsForService: 'svc-a' });
    expect(() => generate(guideExample)).toThrow('Service "svc-a"');
    const renamed = {
      ...guideExample,
      services: guideExample.services.map((s) => ({ ...s, name: `${s.name}-x` })),
    };
    expect(generate(renamed).ok).toBe(true);
  });
});
