#!/usr/bin/env node
/**
 * `npm test`, what CI runs: first the system packages the end-to-end suites need
 * (scripts/system-packages.mjs installs them where it can), then the type-check, ESLint and
 * `prettier --check`, then Vitest once (extra arguments are passed through), streaming its output.
 * The very last line is a plain `N passed, N failed` (skipped tests, when there are any, are counted on
 * the line before it), counted from Vitest's JSON report; each failed check counts as one failure, and so does a failure outside any
 * test (a file that doesn't import, a throwing beforeAll, an unhandled error), so a red run never
 * ends in "0 failed". Exits non-zero when anything failed.
 *
 *   npm test                        checks, then all projects
 *   npm test -- --project e2e       one project, without the checks (arguments choose a subset)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages } from './system-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', '.bin', 'vitest');
const reportDir = mkdtempSync(join(tmpdir(), 'lectern-vitest-'));
const reportFile = join(reportDir, 'results.json');

const env = { ...process.env };
if (!process.stdout.isTTY) {
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
}

const args = process.argv.slice(2);
ensureSystemPackages();

const CHECKS = [
  ['type-check', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['ESLint', [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']],
  ['Prettier', [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.']],
];
/** Checks that failed, each one failure in the last line. */
const failedChecks = [];
if (args.length === 0) {
  for (const [name, command] of CHECKS) {
    console.log(`\n> ${name}`);
    const result = spawnSync(process.execPath, command, { cwd: root, env, stdio: 'inherit' });
    if (result.status === 0) console.log(`${name}: ok`);
    else failedChecks.push(name);
  }
  if (failedChecks.length > 0) console.error(`\nFailed checks: ${failedChecks.join(', ')}`);
} else {
  console.log('Type-check, ESLint and Prettier skipped: the arguments choose a subset of the tests.');
}

const child = spawn(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args],
  { cwd: root, env, stdio: 'inherit' },
);

// Ctrl-C reaches Vitest through the terminal's process group; a SIGTERM sent to us alone (CI
// cancelling) must be passed on. Either way we wait for Vitest to finish and report.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.once('error', (error) => {
  console.error(`scripts/test.mjs: could not start Vitest: ${error.message}`);
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(1);
});

child.once('close', (code, signal) => {
  const testsExit = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
  const exitCode = testsExit === 0 && failedChecks.length > 0 ? 1 : testsExit;
  let summary;
  try {
    if (existsSync(reportFile)) {
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      const passed = report.numPassedTests ?? 0;
      let failed = report.numFailedTests ?? 0;
      const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A test file that fails without a failing test (it didn't import, or a beforeAll threw
      // and its tests were skipped) counts as one failure, and so does a non-zero exit with no
      // failure at all (an unhandled error): the last line never says "0 failed" for a red run.
      const brokenFiles = (report.testResults ?? []).filter(
        (file) =>
          file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
      ).length;
      failed += brokenFiles;
      if (testsExit !== 0 && failed === 0) failed = 1;
      failed += failedChecks.length;
      if (failed !== (report.numFailedTests ?? 0)) {
        console.error(
          `scripts/test.mjs: ${report.numFailedTests ?? 0} failed test(s), counted as ${failed}: ` +
            'failed checks and failures outside tests (file or hook errors, unhandled errors) count as one each.',
        );
      }
      if (skipped > 0)
        console.log(
          `${skipped} skipped (tests of a capability the backend lacks, or a missing system package off CI)`,
        );
      summary = `${passed} passed, ${failed} failed`;
    }
  } catch (error) {
    console.error(`scripts/test.mjs: could not read Vitest's JSON report: ${error.message}`);
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  if (summary === undefined) {
    console.error(
      `scripts/test.mjs: Vitest wrote no JSON report (${signal ?? `exit code ${code}`}); no test counts.`,
    );
    process.exit(exitCode === 0 ? 1 : exitCode);
  }
  console.log(summary);
  process.exit(exitCode);
});
