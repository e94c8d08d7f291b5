import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/bundle-budget.mjs reads the first-load set of a post from it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every page needs, in one chunk that stays cached across app releases. Left to
          // itself, Rolldown scatters them over several shared chunks, which compress worse.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+|dompurify)[\\/]/,
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
          setupFiles: ['tests/setup.ts'],
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
