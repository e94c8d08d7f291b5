import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of Lectern, bottom to top. Domain types, the decoders and the http(s) URL check are what
 * everything shares; the configuration is read by the API layer, which the features (translation,
 * offline) use; components draw what queries give them; pages compose components; the composition root
 * wires it all; the server renders the app. The mock backend is the demo's and the tests', never the app's.
 */
const LAYERS = [
  ['src/api/types.ts', 'src/api/decode.ts', 'src/lib/safe-url.ts'],
  ['src/lib'],
  ['src/i18n'],
  ['src/config.ts', 'src/config-extras.ts', 'src/layout-config.ts', 'src/layout-decoders.ts', 'src/theme'],
  ['src/api'],
  ['src/translate', 'src/offline'],
  ['src/components'],
  ['src/pages'],
  [
    'src/router.tsx',
    'src/app.tsx',
    'src/page-state.ts',
    'src/prerendered-page.ts',
    'src/start-app.tsx',
    'src/hydrate-app.tsx',
    'src/main.tsx',
  ],
  ['server'],
];
/** Inside the API layer: how data is fetched, for the composition root's eyes only. */
const API_INTERNALS = [
  'src/api/adapters',
  'src/api/http.ts',
  'src/api/create-blog-api.ts',
  'src/api/load-blog-api.ts',
  'src/api/backends.ts',
];

function layerZones() {
  const zones = [];
  const below = new Set(LAYERS[0]);
  LAYERS.forEach((layer, index) => {
    const above = LAYERS.slice(index + 1).flat();
    for (const target of layer) {
      for (const from of above) {
        // A folder of a higher layer may hold a lower layer's file (src/api/types.ts in src/api).
        const except = [...below]
          .filter((path) => path.startsWith(`${from}/`))
          .map((path) => `./${path.slice(from.length + 1)}`);
        zones.push({ target: `./${target}`, from: `./${from}`, ...(except.length ? { except } : {}) });
      }
    }
    for (const path of layer) below.add(path);
  });
  // Side by side, not one above the other.
  zones.push(
    { target: './src/translate', from: './src/offline' },
    { target: './src/offline', from: './src/translate' },
  );
  for (const target of ['./src/components', './src/pages']) {
    for (const from of API_INTERNALS) {
      zones.push({ target, from: `./${from}`, message: 'Read data through src/api/queries.ts.' });
    }
  }
  // The demo's mock backend is loaded on demand by the entry point (src/main.tsx) and by the server.
  const app = LAYERS.flat().filter((path) => path.startsWith('src/') && path !== 'src/main.tsx');
  zones.push({
    target: app.map((path) => `./${path}`),
    from: './mocks',
    message: 'The app must not depend on the mock backend.',
  });
  return zones;
}

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
    // The layers, bottom to top (docs/architecture.md): a module imports only from its own layer or
    // those below it, and nothing imports in a circle.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without TypeScript's extensions the plugin reads no .ts module, and finds no cycle at all.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/api/**', 'src/lib/**', 'src/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react-router', message: 'The data layer knows nothing of the UI.' }] },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/pages/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never call fetch: add a query in src/api/queries.ts.' },
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
