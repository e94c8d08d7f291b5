import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
                testTimeout: 300_000,
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
