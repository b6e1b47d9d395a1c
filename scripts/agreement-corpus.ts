/**
 * `npm run corpus:agreement [-- --only SLUG,SLUG] [--timeout S] [--cache DIR] [--fresh]`: builds
 * the agreement corpus (tests/fixtures/agreement/): installs each server of the manifest at its
 * exact version into a scratch folder outside the project, starts it with no network at all
 * (`unshare -n`) and lists its tools with the importer, as `catalogue:refresh` does for the
 * bundled servers, into `tests/fixtures/agreement/servers/<slug>.json`. Then rewrites the tables of
 * the folder's README (the corpus, from the files; the servers left out, from the manifest). Re-running it with the same versions changes
 * no byte (see `mergeImport`). Takes minutes: every package is installed from the registry once
 * (kept in the cache folder for the next run).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  corpusTable,
  countHints,
  droppedTable,
  parseCorpusManifest,
  recordedCommand,
  startingArguments,
  type CorpusManifest,
  type CorpusServer,
} from '../src/catalogue/import/corpus-manifest.ts';
import { ImportError, printable } from '../src/catalogue/import/error.ts';
import { importServer } from '../src/catalogue/import/importer.ts';
import { readInstalledPackage, repositoryUrl, type InstalledPackage } from '../src/catalogue/import/npm-package.ts';
import { resolveToday } from '../src/catalogue/import/options.ts';
import { readExistingServerFile } from '../src/catalogue/import/write.ts';
import { displayPath } from '../src/catalogue/load.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const CORPUS = path.join(ROOT, 'tests/fixtures/agreement');
const MANIFEST = path.join(CORPUS, 'manifest.json');
const README = path.join(CORPUS, 'README.md');

/** A failure that names the server; the importer's own failures are ImportErrors and name it too. */
class ServerError extends Error {}

function readManifest() {
  const parsed = parseCorpusManifest(displayPath(MANIFEST), readFileSync(MANIFEST, 'utf8'));
  if ('problems' in parsed) throw new ImportError(parsed.problems);
  return parsed.manifest;
}

/** Runs a command to its end; rejects with the last lines it wrote when it fails. */
function run(command: string, args: string[], signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-3000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        const tail = output
          .split(/\r?\n/)
          .filter((line) => line.trim() !== '')
          .slice(-8);
        reject(new Error([`${command} ${args.join(' ')} exited with ${code}`, ...tail.map((line) => `  ${printable(line)}`)].join('\n')));
      }
    });
  });
}

/**
 * The package installed at its exact version in its own folder of the cache (reused when already
 * there). Install scripts are not run: they would fetch from outside the npm registry, which this
 * project cannot reach, and the servers are only asked for their tools.
 */
async function install(server: CorpusServer, cache: string, fresh: boolean, signal: AbortSignal): Promise<InstalledPackage> {
  const prefix = path.join(cache, `${server.package.replace('/', '+')}@${server.version}`);
  const manifest = path.join(prefix, 'node_modules', server.package, 'package.json');
  const ready = existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version === server.version;
  if (fresh || !ready) {
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(prefix, { recursive: true });
    // Its own package.json, or npm would look upwards for a project to install into.
    writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
    console.error(`${server.package}@${server.version}: installing…`);
    await run(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        `${server.package}@${server.version}`,
      ],
      signal,
    );
  }
  const pkg = readInstalledPackage(path.join(prefix, 'node_modules'), server.package, server.bin);
  if (pkg.json.version !== server.version)
    throw new ServerError(`installed version ${pkg.json.version}, but the manifest says ${server.version}`);
  return pkg;
}

/** True for a bin that is not a JavaScript file for node: a native executable or a script for another interpreter. */
function runsOnItsOwn(script: string): boolean {
  const fd = openSync(script, 'r');
  const head = Buffer.alloc(128);
  const read = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, read).toString('latin1');
  if (text.startsWith('\x7fELF')) return true;
  return text.startsWith('#!') && !/node|bun|deno/.test(text.split('\n')[0]!);
}

/** `unshare -n` when this machine lets us make a network namespace (as root, or with user namespaces). */
function networkIsolation(): { available: true } | { available: false; why: string } {
  const probe = spawnSync('unshare', ['-n', 'true'], { encoding: 'utf8' });
  if (probe.error) return { available: false, why: `unshare not found (${(probe.error as NodeJS.ErrnoException).code})` };
  if (probe.status !== 0) return { available: false, why: `unshare -n failed: ${printable(probe.stderr.trim())}` };
  return { available: true };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      timeout: { type: 'string' },
      cache: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const timeoutMs = Number(values.timeout ?? 120) * 1000;
  const cache = path.resolve(values.cache ?? path.join(tmpdir(), 'atlas-agreement-corpus'));
  if (cache === ROOT || cache.startsWith(ROOT + path.sep)) {
    console.error(`--cache ${displayPath(cache)}: the packages must be installed outside the project`);
    return 2;
  }
  const today = resolveToday(process.env);
  if (typeof today !== 'string') {
    console.error(today.error);
    return 2;
  }
  const manifest = readManifest();
  const only = values.only
    ?.split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
  const unknown = only?.filter((slug) => !manifest.servers.some((server) => server.slug === slug)) ?? [];
  if (unknown.length > 0) {
    console.error(`--only: no server in ${displayPath(MANIFEST)} has the slug ${unknown.join(', ')}`);
    return 2;
  }
  const chosen = manifest.servers.filter((server) => !only || only.includes(server.slug));

  const isolation = networkIsolation();
  console.error(
    isolation.available
      ? 'servers run with no network (unshare -n)'
      : `WARNING: servers run WITH the network: ${isolation.why}; a server that reaches out may list differently`,
  );
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  process.on('SIGTERM', () => controller.abort());
  mkdirSync(cache, { recursive: true });

  let failures = 0;
  for (const server of chosen) {
    const label = `${server.package}@${server.version}`;
    const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-corpus-'));
    try {
      const pkg = await install(server, cache, values.fresh, controller.signal).catch((error: Error) => {
        throw new ServerError(error.message);
      });
      const { args, env, files } = startingArguments(server, scratch);
      for (const [relative, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(scratch, relative)), { recursive: true });
        writeFileSync(path.join(scratch, relative), text);
      }
      const direct = runsOnItsOwn(pkg.script) ? [pkg.script, ...args] : [process.execPath, pkg.script, ...args];
      const [command, ...commandArgs] = isolation.available ? ['unshare', '-n', ...direct] : direct;
      const outcome = await importServer({
        source: {
          kind: 'live',
          label,
          target: {
            transport: 'stdio',
            command: command!,
            args: commandArgs,
            // HOME and the XDG folders in the scratch folder: the server finds none of this
            // machine's configuration (a kubeconfig, a logged-in CLI) and leaves nothing behind.
            env: { HOME: scratch, XDG_CONFIG_HOME: path.join(scratch, '.config'), XDG_CACHE_HOME: path.join(scratch, '.cache'), ...env },
            cwd: server.cwd === 'scratch' ? scratch : server.cwd,
          },
        },
        outDir: CORPUS,
        slug: server.slug,
        fields: {
          name: server.name,
          registry: 'npm',
          packageName: server.package,
          version: server.version,
          description: pkg.json.description,
          repository: repositoryUrl(pkg.json.repository),
        },
        recordedCommand: recordedCommand(server, pkg.bin),
        // Not this machine's home (as catalogue:refresh checks): the server's HOME is the scratch
        // folder, and a home of "/root" is also a path of real APIs (OneDrive's /me/drive/root/children).
        forbiddenText: [scratch, cache, ROOT, process.execPath],
        today,
        timeoutMs,
        signal: controller.signal,
      });
      const counts = countHints(outcome.merge.server.tools);
      const { merge } = outcome;
      const changes = merge.added.length + merge.changed.length + merge.removed.length;
      console.error(
        printable(
          `${label}: ${displayPath(outcome.file)} ${outcome.written ? 'written' : 'unchanged'}, ${counts.tools} ` +
            `tools, ${counts.annotated} annotated` +
            (changes > 0 ? ` (${merge.added.length} added, ${merge.changed.length} changed, ${merge.removed.length} removed)` : ''),
        ),
      );
      if (counts.annotated === 0) {
        failures++;
        console.error(
          `${label}: none of its tools carries readOnlyHint, destructiveHint, idempotentHint or openWorldHint; move it to ` +
            `"dropped" in ${displayPath(MANIFEST)}`,
        );
      }
    } catch (error) {
      failures++;
      if (error instanceof ImportError) for (const line of error.lines) console.error(line);
      else console.error(`${label}: ${(error as Error).message}`);
      if (controller.signal.aborted) return 130;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  await writeReadmeTables(manifest);
  const known = new Set(manifest.servers.map((server) => `${server.slug}.json`));
  const serversDir = path.join(CORPUS, 'servers');
  for (const stray of existsSync(serversDir) ? readdirSync(serversDir).filter((name) => !known.has(name)) : []) {
    console.error(
      `${displayPath(path.join(serversDir, stray))}: no server of the manifest has this slug; delete the file or add the server`,
    );
  }
  return failures > 0 ? 1 : 0;
}

/**
 * The README's tables: the corpus, from the server files as they are on disk (servers not imported
 * yet are left out), and the servers that were dropped, from the manifest.
 */
async function writeReadmeTables(manifest: CorpusManifest): Promise<void> {
  const rows = [];
  for (const server of manifest.servers) {
    const existing = await readExistingServerFile(path.join(CORPUS, 'servers', `${server.slug}.json`));
    if (existing) rows.push({ server, counts: countHints(existing.server.tools) });
  }
  let readme = readFileSync(README, 'utf8');
  for (const [name, table] of [
    ['corpus-table', corpusTable(rows)],
    ['dropped-table', droppedTable(manifest.dropped)],
  ] as const) {
    const start = `<!-- ${name}:start (written by npm run corpus:agreement) -->`;
    const end = `<!-- ${name}:end -->`;
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from < 0 || to < from) {
      console.error(`${displayPath(README)}: the markers ${start} and ${end} are missing; that table was not written`);
      continue;
    }
    readme = `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
  }
  if (readme !== readFileSync(README, 'utf8')) writeFileSync(README, readme);
}

process.exitCode = await main();
