// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    // Astro files are checked by `astro check`; the typed rules cannot see their generated types.
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Leaving a field out with `{ field: _, ...rest }` is how a shape is narrowed without a copy by hand.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Template literals with numbers are the normal way to build labels ("Level 3") here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `it(name, () => expect(x).toBe(y))` reads better than a block; void-returning shorthands are fine.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // A test that looks something up and then asserts on it should fail loudly if it is missing,
      // which `!` does; guarding every lookup would hide the point of the test.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layerRules,
);
