/**
 * The Debian packages the end-to-end suites need: Chromium (every browser test); for
 * tests/e2e/wordpress.e2e.test.ts, a real WordPress with MariaDB and PHP (that test starts its own
 * database and PHP server on 127.0.0.1 and stops them); for tests/e2e/nginx.e2e.test.ts, nginx
 * (started by the test on 127.0.0.1 with the recipes in docs/nginx/); for tests/e2e/ghost.e2e.test.ts, the
 * build tools a first install of Ghost compiles its sqlite3 and re2 with (python3, make, g++: the install
 * itself comes from the npm registry, cached outside the repo). `npm test` calls ensureSystemPackages()
 * first: where one is missing and this machine can install it (apt-get, as root or with
 * passwordless sudo), it installs it, saying what and why, with the packages' services kept from
 * starting; elsewhere it prints the one command to run, and the suites that need it skip with a
 * banner (or fail, with CI=true).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync, chmodSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SERVER_PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'nginx'];
/** [command, Debian package]: what node-gyp needs to compile Ghost's native modules (support/ghost.ts). */
const BUILD_TOOLS = [
  ['python3', 'python3'],
  ['make', 'make'],
  ['g++', 'g++'],
];
/** "exit 101": invoke-rc.d's answer for "action forbidden", so no service starts while installing. */
const POLICY = '/usr/sbin/policy-rc.d';

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

function installed(pkg) {
  const result = run('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return result.status === 0 && result.stdout.includes('ok installed');
}

/** What is missing, as Debian package names. */
export function missingPackages() {
  const missing = [];
  const chromium = process.env.CHROMIUM_PATH
    ? existsSync(process.env.CHROMIUM_PATH)
    : CHROMIUM_CANDIDATES.some((path) => existsSync(path));
  if (!chromium) missing.push('chromium');
  const hasDpkg = run('dpkg-query', ['--version']).status === 0;
  if (hasDpkg) missing.push(...SERVER_PACKAGES.filter((pkg) => !installed(pkg)));
  else {
    if (!existsSync('/usr/share/wordpress')) missing.push(...SERVER_PACKAGES.slice(0, 4));
    if (!existsSync('/usr/sbin/nginx')) missing.push('nginx');
  }
  // By command, not by package: a python3 of its own (pyenv, say) serves node-gyp as well as Debian's.
  missing.push(...BUILD_TOOLS.filter(([command]) => !hasCommand(command)).map(([, pkg]) => pkg));
  return missing;
}

function hasCommand(command) {
  return run(command, ['--version']).status === 0;
}

/** How to run a command as root here: directly, through passwordless sudo, or not at all. */
function asRoot() {
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  return run('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
}

function commandLine(missing) {
  return `sudo apt-get install -y ${missing.join(' ')}`;
}

/**
 * Installs what is missing where it can. Returns true when nothing is missing afterwards. Set
 * LECTERN_NO_SYSTEM_INSTALL=1 to only report.
 */
export function ensureSystemPackages(log = console.log) {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const why =
    `The end-to-end tests need ${missing.join(', ')} ` +
    '(Chromium for the browser tests; WordPress, MariaDB and PHP for the real-WordPress test; ' +
    'nginx for the nginx recipes; python3, make and g++ to compile a first install of Ghost).';
  const root = asRoot();
  const canApt = run('apt-get', ['--version']).status === 0;
  if (process.env.LECTERN_NO_SYSTEM_INSTALL === '1' || !canApt || root === null) {
    const reason = !canApt
      ? 'this machine has no apt-get'
      : root === null
        ? 'installing needs root or passwordless sudo'
        : 'LECTERN_NO_SYSTEM_INSTALL=1';
    log(`${why}\nNot installing them (${reason}). To install them: ${commandLine(missing)}`);
    log('Until then the suites that need them are skipped (with CI=true they fail).');
    return false;
  }
  log(`${why}\nInstalling them with apt-get (their services are kept from starting)...`);
  const sudo = (command, args) => {
    const [first, ...rest] = [...root, command, ...args];
    return run(first, rest, { stdio: 'inherit' });
  };
  // The policy file is ours only if it was not there already; removed whatever happens.
  const ownPolicy = !existsSync(POLICY);
  try {
    if (ownPolicy) {
      if (root.length === 0) {
        writeFileSync(POLICY, '#!/bin/sh\nexit 101\n');
        chmodSync(POLICY, 0o755);
      } else {
        sudo('sh', ['-c', `printf '#!/bin/sh\\nexit 101\\n' > ${POLICY} && chmod 755 ${POLICY}`]);
      }
    }
    const update = sudo('apt-get', ['update']);
    const install =
      update.status === 0
        ? sudo('env', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', ...missing])
        : update;
    if (install.status !== 0) {
      log(`apt-get could not install ${missing.join(' ')} (exit ${install.status}).`);
      return false;
    }
  } finally {
    if (ownPolicy) {
      if (root.length === 0) rmSync(POLICY, { force: true });
      else sudo('rm', ['-f', POLICY]);
    }
  }
  const still = missingPackages();
  if (still.length > 0) log(`Still missing after apt-get: ${still.join(', ')}.`);
  return still.length === 0;
}
