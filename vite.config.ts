import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Preloads the native adapter's chunk from index.html. Start-up imports the adapter config.json names
 * only once config.json has arrived; the demo and `native` backends (the shipped configuration, and
 * the adapter the first-load budget counts) then wait one more round trip before their first API
 * request. Other backends download these 1.3 KB for nothing, a fair price for the common case.
 */
function preloadNativeAdapter(): Plugin {
  let base = '/';
  return {
    name: 'lectern:preload-native-adapter',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/api/adapters/native.ts'),
        );
        if (!chunk) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadNativeAdapter()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/bundle-budget.mjs reads the first-load set of a post from it.
    manifest: true,
    // One stylesheet, in <head>: a page the server renders draws its comments, lists and gadgets in the
    // HTML, before (or without) the script that would load a lazy part's own CSS; split CSS would leave
    // them unstyled until then (and without JavaScript, for good). All of it is ~1.7 KB gzipped.
    cssCodeSplit: false,
    // index.html keeps its preload links; a lazy part's import does not add its own at run time. Its
    // dependencies are the chunks the page has already loaded, and each appended <link> cost 2–6 ms
    // of the hydration task that resolves a page's lazy parts (measured in Chromium).
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every page needs, in one chunk that stays cached across app releases. Left to
          // itself, Rolldown scatters them over several shared chunks, which compress worse.
          groups: [
            {
              name: 'vendor',
              // Not React Query's hydration: only a server-rendered page needs it, in its own chunk.
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+|dompurify)[\\/](?!build[\\/]modern[\\/]hydration\.js)/,
            },
            // Start-up modules that lazy chunks share too (HTTP client, errors, decoders, config, queries,
            // dates, paths): Rolldown would give many of them a chunk of their own, a dozen small requests
            // on a post's critical path that gzip worse apart than together.
            {
              name: 'startup',
              test: /[\\/]src[\\/](config\.ts|api[\\/][\w-]+\.tsx?|api[\\/]adapters[\\/]feeds\.ts|lib[\\/][\w-]+\.ts|components[\\/](error-message|post-meta|post-link|use-blog)\.tsx?)$|vite[\\/]preload-helper/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/support/setup.ts'],
          restoreMocks: true,
          testTimeout: 20_000,
        },
      },
      // Benchmarks (npm run bench) hold the performance budgets; they are not part of npm test.
      ...(process.env.LECTERN_BENCH
        ? [
            {
              extends: true as const,
              test: {
                name: 'bench',
                environment: 'node',
                include: ['bench/**/*.bench.test.ts'],
                fileParallelism: false,
                // Lighthouse runs 11 times and the scale run navigates 200 times on a shared 2-core machine.
                testTimeout: 600_000,
                hookTimeout: 180_000,
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // One Chromium and one server at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
