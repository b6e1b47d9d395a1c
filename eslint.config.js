// Typed lint: typescript-eslint's type-checked rules on the TypeScript, the Astro plugin on the
// pages and components (which `astro check` type-checks). Spacing and wrapping are Prettier's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

const untyped = tseslint.configs.disableTypeChecked;

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Catalogue text is hostile: the normalisers and detectors match control, format and combining
      // characters on purpose, one by one, in character classes.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      'no-irregular-whitespace': ['error', { skipComments: true, skipRegExps: true, skipStrings: true, skipTemplates: true }],
      // `const { a: _a, ...rest } = x` is how a key is dropped.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read the JSON the product writes (JSON.parse gives `any`) and check it with expect().
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      // Test servers answer with async request handlers; a failure fails the test that waits on it.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  ...astro.configs.recommended,
  {
    // Astro's parser gives the linter no types for template expressions, so type-aware rules would
    // flag every `{list.map(...)}`: components are type-checked by `astro check` instead.
    files: ['**/*.astro'],
    ...untyped,
    languageOptions: {
      parserOptions: { ...untyped.languageOptions?.parserOptions, parser: tseslint.parser, extraFileExtensions: ['.astro'] },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...untyped,
    languageOptions: { ...untyped.languageOptions, globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
);
