// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The dependency arrows of ../shared/STYLE.md: each folder of src/ may import only the folders
 * listed here (and itself). `i18n` (message ids), `net` (IP/CIDR maths) and `text` (free text
 * written safely into an output: comments, commands, Markdown) are leaves that import nothing and
 * that every layer may use.
 */
const LEAVES = ['net', 'i18n', 'text'];
export const ARROWS = {
  i18n: [],
  net: [],
  text: [],
  calico: [...LEAVES],
  model: [...LEAVES],
  generator: ['model', 'calico', 'permalink', ...LEAVES],
  simulate: ['model', 'calico', ...LEAVES],
  permalink: ['model', ...LEAVES],
  importer: ['model', 'calico', 'permalink', ...LEAVES],
  state: ['model', 'calico', 'permalink', 'generator', 'simulate', 'importer', ...LEAVES],
  ui: ['model', 'calico', 'permalink', 'generator', 'simulate', 'importer', 'state', ...LEAVES],
  app: ['ui', 'state', 'model', ...LEAVES],
  cli: ['generator', 'simulate', 'model', 'calico', 'permalink', 'importer', ...LEAVES],
  // Web Workers (the reachability matrix): the pure core only, nothing of the app or its UI.
  workers: ['model', 'calico', 'simulate', ...LEAVES],
};

/**
 * Folders that must stay free of React, the DOM libraries and I/O. `workers` is listed for its
 * imports: a worker talks to the page by postMessage only and runs nothing but the core.
 */
export const PURE = [
  'i18n',
  'net',
  'text',
  'calico',
  'model',
  'generator',
  'simulate',
  'permalink',
  'importer',
  'workers',
];

const UI_LIBS =
  '^(react|react-dom|@mui/.*|@emotion/.*|@xyflow/.*|react-hook-form|@hookform/.*|zustand)(/.*)?$';
const NODE_IO = '^(node:.*|fs|path|child_process|os|http|https|net)(/.*)?$';

const arrowRules = Object.entries(ARROWS).map(([folder, allowed]) => {
  const forbidden = Object.keys(ARROWS).filter((f) => f !== folder && !allowed.includes(f));
  const patterns = forbidden.map((f) => ({
    regex: `^\\.{1,2}/(\\.\\./)*(${f})(/|$)`,
    message: `src/${folder} may not import src/${f} (dependency arrows in ../shared/STYLE.md).`,
  }));
  if (PURE.includes(folder)) {
    patterns.push(
      { regex: UI_LIBS, message: `src/${folder} is pure core: no React, MUI or React Flow.` },
      { regex: NODE_IO, message: `src/${folder} is pure core: no I/O.` },
    );
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: [`src/${folder}/**/*.test.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.bench',
      '.scratch',
      '.lead',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-nested-ternary': 'error',
      // Text reaches the page only as text nodes: no HTML strings, whatever their origin.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text as React children.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML/outerHTML: build elements and set textContent.',
        },
        {
          selector:
            "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No HTML strings into the page: build elements and set textContent.',
        },
      ],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/state/**/*.ts', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...arrowRules,
);
