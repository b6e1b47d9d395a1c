/**
 * Shared by the importer's process tests: run `atlas import` as users do (a real child process),
 * list a server with a plain SDK client to compare against, and make sure every process a test
 * started is gone when it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { ServerFile } from '../../src/catalogue/schema.ts';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const NODE = process.execPath;
export const FIXTURE_SERVER = path.join(ROOT, 'tests/fixtures/import/fixture-server.ts');
export const EVERYTHING = path.join(ROOT, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');

const running = new Set<ChildProcess>();

/** Quotes words for `--stdio`, as a POSIX shell would read them back. */
export function commandLine(...words: string[]): string {
  return words.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `atlas import ARGS` in a child process; `onStart` gets the child (e.g. to send it SIGINT). */
export function runImport(
  args: string[],
  options: { env?: Record<string, string>; onStart?: (child: ChildProcess) => void; limitMs?: number } = {},
): Promise<CliRun> {
  return runAtlas(['import', ...args], options);
}

/** Runs `atlas ARGS` (any command) in a child process, as users do. */
export function runAtlas(
  args: string[],
  options: { env?: Record<string, string>; onStart?: (child: ChildProcess) => void; limitMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(ROOT, 'bin/atlas.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ATLAS_TODAY: '2026-05-01', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A bound on every run, so a hung importer fails its test instead of the whole suite.
    const limit = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 50_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
    options.onStart?.(child);
  });
}

/** For afterAll: kills whatever a failed test left running. */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Every tool the server lists, following nextCursor, as the official client sees them. */
export async function listWithSdk(transport: Transport): Promise<Record<string, unknown>[]> {
  const client = new Client({ name: 'atlas-test', version: '1.0.0' });
  await client.connect(transport);
  try {
    const tools: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor === undefined ? {} : { cursor });
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return tools;
  } finally {
    await client.close();
  }
}

export function readServer(file: string): ServerFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ServerFile;
}

/** The tools of a server file as the server sent them: without the atlas's own key. */
export function definitions(server: ServerFile): Record<string, unknown>[] {
  return server.tools.map(({ atlas: _atlas, ...tool }) => tool);
}

/** Every file under `dir` with its content, to show that a failed import changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = readFileSync(file, 'utf8');
    }
  }
  return out;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `check` holds, up to `ms`; returns whether it did. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
