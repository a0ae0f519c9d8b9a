// @ts-check
/**
 * Mutation testing (StrykerJS) of the pure core that turns a design into YAML and judges it:
 * `npm run mutate`. Not part of `npm test`: the four folders take hours on a 2-core machine.
 *
 * One folder alone: `MUTATE=src/permalink npm run mutate` (several: comma-separated, e.g.
 * `MUTATE=src/permalink,src/importer`). The folder's tests and test helpers are never mutated.
 *
 * Stryker is pinned to 9.x: 10.x needs Node 22 and the project runs on Node 20.
 */

const FOLDERS = ['src/generator', 'src/simulate', 'src/importer', 'src/permalink'];

/** Files beside the modules that exist only for the tests. */
const TEST_ONLY = ['**/*.test.ts', '**/testdata/**', 'src/simulate/testResources.ts'];

/** @param {string | undefined} env */
function foldersToMutate(env) {
  if (env === undefined || env.trim() === '') return FOLDERS;
  const asked = env.split(',').map((f) => f.trim().replace(/\/+$/, ''));
  const unknown = asked.filter((f) => !FOLDERS.includes(f));
  if (unknown.length > 0)
    throw new Error(`MUTATE=${env}: ${unknown.join(', ')} is not one of ${FOLDERS.join(', ')}`);
  return asked;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts' },
  // Each mutant runs only the tests that reached it during the dry run.
  coverageAnalysis: 'perTest',
  // The machine's 2 cores are shared with other engineers.
  concurrency: 1,
  // A static mutant (a module-level constant such as the URI alphabet) is reached by no single
  // test, so Stryker reruns every related test for it: minutes per mutant here. They are counted
  // as ignored, not as survivors.
  ignoreStatic: true,
  // The first run of every related test (UI ones included) takes 4-5 minutes on a busy machine;
  // Stryker's default limit of 5 would fail it.
  dryRunTimeoutMinutes: 20,
  mutate: [
    ...foldersToMutate(process.env.MUTATE).map((folder) => `${folder}/**/*.ts`),
    ...TEST_ONLY.map((glob) => `!${glob}`),
  ],
  thresholds: { high: 80, low: 60, break: null },
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
