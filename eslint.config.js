'use strict';
/**
 * ESLint (flat config): the recommended JavaScript and typescript-eslint rules, and the import
 * boundaries that keep the pipeline's folders in order (README, "Architecture"). Formatting is
 * prettier's job (.prettierrc.json), not ESLint's.
 */
const path = require('node:path');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');
const globals = require('globals');

const ROOT = __dirname;
const abs = (p) => path.join(ROOT, p);

/** Pure folders: values in, values out. Each may import only itself and the folders below. */
const PURE = ['src/policy', 'src/core', 'src/text', 'src/workers/extract', 'src/fetchers/parse'];
/** What a pure folder may import from the repository: shared rules, helpers, settings types, error codes, the Clock type. */
const PURE_MAY_IMPORT = ['src/{policy,core,text,settings}/**', 'src/{errors,clock}.ts'];
const PURE_MESSAGE =
  'Pure code (policy, core, text, extraction, feed parsing) imports only itself, src/policy, src/core, src/text, ' +
  'src/settings, src/errors and src/clock: never db, deps, queue, http, log or a stage folder.';
const FORWARD_MESSAGE = 'Stages run forward (fetchers → workers → publish); a rule two stages share belongs in src/policy.';

/** import-x/no-restricted-paths zones: `target` files may not import anything under `from` (resolved paths, not specifiers). */
const BOUNDARY_ZONES = [
  ...PURE.map((folder) => ({
    target: folder,
    from: [abs('src/**'), abs('db/**')],
    except: [abs(`${folder}/**`), ...PURE_MAY_IMPORT.map(abs)],
    message: PURE_MESSAGE,
  })),
  { target: 'src/publish', from: ['src/workers', 'src/fetchers'], message: FORWARD_MESSAGE },
  { target: 'src/workers', from: ['src/fetchers'], message: FORWARD_MESSAGE },
  { target: 'src/fetchers', from: ['src/publish'], message: FORWARD_MESSAGE },
];

module.exports = [
  { ignores: ['dist/', 'data/', 'coverage/', 'test-artifacts/', '.bench/', '.scratch/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Scrubbing control characters out of text is what these regular expressions are for.
      'no-control-regex': 'off',
      // The code uses `if (c) (a(), b());` as a statement; tsc already rejects most meaningless expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: BOUNDARY_ZONES }] },
  },
];
