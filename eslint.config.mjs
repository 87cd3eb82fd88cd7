import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'bench/.work/', 'tests/types/'] },
  ...tseslint.configs.recommendedTypeChecked,
  /** @type {import('typescript-eslint').ConfigArray[number]} */ (lit.configs['flat/recommended']),
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Chai's fluent assertions and test helpers trip these in typed test code.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // JavaScript: scripts, benchmarks, Node tests, tool configs (Node) and the
    // demo and bench pages (browser). Linted with the rules that need no type
    // information; tsconfig.node.json type-checks the Node side through JSDoc.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Tool configs are read through their default export.
    files: ['*.config.mjs', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Storybook's CSF needs the default export of each stories file to be its meta.
    files: ['stories/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
