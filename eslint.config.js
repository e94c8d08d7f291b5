import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'coverage', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One-way data flow (DESIGN.md §1): components and pages never fetch or reach an adapter directly.
    files: ['src/components/**', 'src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/adapters/*', '**/api/http', '**/api/create-blog-api'],
              message: 'Read data through src/api/queries.ts.',
            },
            { group: ['**/mocks/**'], message: 'The app must not depend on the mock backend.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never call fetch: add a query in src/api/queries.ts.' },
      ],
    },
  },
  {
    // Components sit below pages: a component never imports a page.
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/pages/*'], message: 'Components must not depend on pages.' },
            {
              group: ['**/api/adapters/*', '**/api/http', '**/api/create-blog-api'],
              message: 'Read data through src/api/queries.ts.',
            },
            { group: ['**/mocks/**'], message: 'The app must not depend on the mock backend.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/*', '**/pages/*', 'react-router'],
              message: 'The data layer knows nothing of the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    // Not the server's tests: they render pages with the request handler, not Testing Library.
    ignores: ['tests/e2e/**', 'tests/server/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
