import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/bench/out/', 'editors/*/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: {
      // Only cli.ts touches process: the core returns a report and an exit code.
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/cli.ts may use process.' }],
    },
  },
  {
    // The form's script runs in the browser, as it is (no build step).
    files: ['src/form/assets/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // The VS Code extension: CommonJS, as VS Code loads it.
    files: ['editors/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node scripts (the benchmark, test fixtures): process, console and timers are theirs to use.
    files: ['tests/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
