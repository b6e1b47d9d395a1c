/**
 * `npm run lockfile:platforms`: run after `npm install` changes package-lock.json.
 *
 * The npm registry mirror this project is built with does not serve some platform-specific
 * optional packages (e.g. @pagefind/darwin-arm64@1.6.0, @astrojs/compiler-binding-*-0.5.1), so
 * npm leaves them out of the lock file, and then `npm ci` refuses the lock file ("Missing: ... from
 * lock file"; see npm/cli#4828 and #8320). This adds an entry with the right os/cpu for each missing
 * optional dependency: npm ci accepts the lock, and skips them on platforms they are not for.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

function platformOf(name: string): { cpu?: string[]; os?: string[] } {
  const os = /darwin/.test(name)
    ? 'darwin'
    : /win32|windows/.test(name)
      ? 'win32'
      : /freebsd/.test(name)
        ? 'freebsd'
        : /android/.test(name)
          ? 'android'
          : /linux/.test(name)
            ? 'linux'
            : undefined;
  const cpu = /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : /wasm32/.test(name) ? 'wasm32' : undefined;
  return { ...(cpu ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}) };
}

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (lock.packages[`node_modules/${dependency}`] || lock.packages[`${key}/node_modules/${dependency}`]) continue;
    lock.packages[`node_modules/${dependency}`] = {
      version,
      ...platformOf(dependency),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added.push(`${dependency}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length === 0 ? 'lock file complete' : `added lock entries for ${added.join(', ')}`);
