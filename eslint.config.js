// ESLint (flat config): JavaScript's and TypeScript's recommended rules, and eslint-plugin-astro's
// for .astro files. Type errors are astro check's job; this catches what compiles but is wrong.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'public/pagefind/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      // `_name` marks a parameter a callback's signature requires but this one does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
