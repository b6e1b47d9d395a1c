/**
 * `npm run catalogue:refresh [-- --out DIR]`: re-imports the reference MCP servers bundled as
 * devDependencies, live over stdio, into `content/servers/` (or DIR/servers/). No network: each
 * server runs from node_modules with this project's Node. Re-running it with the same packages
 * changes no byte (see `mergeImport`), so `git diff` after a refresh shows only real changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ImportError, printable } from '../src/catalogue/import/error.ts';
import { importServer } from '../src/catalogue/import/importer.ts';
import { readInstalledPackage, repositoryUrl, type InstalledPackage } from '../src/catalogue/import/npm-package.ts';
import { resolveToday } from '../src/catalogue/import/options.ts';
import { displayPath } from '../src/catalogue/load.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');

interface BundledServer {
  slug: string;
  /** A display name; serverInfo's names (e.g. "secure-filesystem-server") are not meant for people. */
  name: string;
  package: string;
  /** Arguments after the server's script; `scratch` is a fresh temporary folder. */
  args: (scratch: string) => string[];
  env?: (scratch: string) => Record<string, string>;
  /** The command recorded in the catalogue: the package's own bin, with placeholders for this machine's paths. */
  recorded: string;
}

const BUNDLED: BundledServer[] = [
  {
    slug: 'mcp-server-everything',
    name: 'Everything Reference Server',
    package: '@modelcontextprotocol/server-everything',
    args: () => ['stdio'],
    recorded: 'mcp-server-everything stdio',
  },
  {
    slug: 'mcp-server-filesystem',
    name: 'Filesystem MCP Server',
    package: '@modelcontextprotocol/server-filesystem',
    // An empty temporary folder: the server only needs some allowed directory to start, and
    // listing its tools touches no file. Its tool definitions do not mention the folder.
    args: (scratch) => [scratch],
    recorded: 'mcp-server-filesystem <allowed-directory>',
  },
  {
    slug: 'mcp-server-memory',
    name: 'Knowledge Graph Memory Server',
    package: '@modelcontextprotocol/server-memory',
    args: () => [],
    // Without it the server keeps its memory next to its own code, inside node_modules.
    env: (scratch) => ({ MEMORY_FILE_PATH: path.join(scratch, 'memory.jsonl') }),
    recorded: 'MEMORY_FILE_PATH=<file> mcp-server-memory',
  },
  {
    slug: 'mcp-server-sequential-thinking',
    name: 'Sequential Thinking MCP Server',
    package: '@modelcontextprotocol/server-sequential-thinking',
    args: () => [],
    recorded: 'mcp-server-sequential-thinking',
  },
];

function installed(name: string): InstalledPackage {
  return readInstalledPackage(path.join(ROOT, 'node_modules'), name);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, timeout: { type: 'string' } } });
  const outDir = path.resolve(ROOT, values.out ?? 'content');
  const timeoutMs = Number(values.timeout ?? 60) * 1000;
  const today = resolveToday(process.env);
  if (typeof today !== 'string') {
    console.error(today.error);
    return 2;
  }
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  process.on('SIGTERM', () => controller.abort());

  let failures = 0;
  for (const bundled of BUNDLED) {
    const pkg = installed(bundled.package);
    const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-refresh-'));
    try {
      const args = bundled.args(scratch);
      const outcome = await importServer({
        source: {
          kind: 'live',
          label: bundled.recorded,
          target: { transport: 'stdio', command: process.execPath, args: [pkg.script, ...args], env: bundled.env?.(scratch), cwd: scratch },
        },
        outDir,
        slug: bundled.slug,
        fields: {
          name: bundled.name,
          registry: 'npm',
          packageName: bundled.package,
          version: pkg.json.version,
          description: pkg.json.description,
          repository: repositoryUrl(pkg.json.repository),
        },
        recordedCommand: bundled.recorded,
        forbiddenText: [scratch, ROOT, process.execPath, ...(homedir().length > 1 ? [homedir()] : [])],
        today,
        timeoutMs,
        signal: controller.signal,
      });
      const { merge } = outcome;
      const changes = merge.added.length + merge.changed.length + merge.removed.length;
      console.error(
        printable(
          `${displayPath(outcome.file)}: ${outcome.written ? 'written' : 'unchanged'}, ${merge.server.tools.length} tools` +
            (changes > 0 ? ` (${merge.added.length} added, ${merge.changed.length} changed, ${merge.removed.length} removed)` : ''),
        ),
      );
    } catch (error) {
      failures++;
      if (error instanceof ImportError) for (const line of error.lines) console.error(line);
      else console.error(`${bundled.package}: ${(error as Error).message}`);
      if (controller.signal.aborted) return 130;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
