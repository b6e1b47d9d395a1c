/**
 * `npm run catalogue:refresh` against the committed live server files: with the installed
 * packages it must reproduce them byte for byte (so the committed catalogue matches
 * node_modules, and a refresh leaves git clean), and never record a path of this machine.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, readServer } from './helpers.ts';

const LIVE = ['mcp-server-everything.json', 'mcp-server-filesystem.json', 'mcp-server-memory.json', 'mcp-server-sequential-thinking.json'];
const out = mkdtempSync(path.join(tmpdir(), 'atlas-refresh-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function refresh(): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(ROOT, 'scripts/refresh-live-servers.ts'), '--out', out], {
      cwd: ROOT,
      // A later day: an unchanged server must keep the date it was listed on.
      env: { ...process.env, ATLAS_TODAY: '2099-12-31' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const limit = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(limit);
      resolve({ code, stderr });
    });
  });
}

describe('catalogue:refresh', () => {
  it('reproduces the committed live server files byte for byte', { timeout: 150_000 }, async () => {
    mkdirSync(path.join(out, 'servers'));
    for (const name of LIVE) copyFileSync(path.join(ROOT, 'content/servers', name), path.join(out, 'servers', name));
    const run = await refresh();
    expect(run.stderr).not.toMatch(/written/);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(out, 'servers')).sort()).toEqual(LIVE);
    for (const name of LIVE) {
      expect(readFileSync(path.join(out, 'servers', name), 'utf8'), name).toBe(
        readFileSync(path.join(ROOT, 'content/servers', name), 'utf8'),
      );
    }
  });

  it('records npm packages at their installed versions, and no path of this machine', () => {
    for (const name of LIVE) {
      const text = readFileSync(path.join(ROOT, 'content/servers', name), 'utf8');
      const server = readServer(path.join(ROOT, 'content/servers', name));
      const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', server.package.name, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(server.package).toEqual({ registry: 'npm', name: server.package.name, version: installed.version });
      expect(server.provenance).toMatchObject({ method: 'live', transport: 'stdio' });
      for (const local of [ROOT, tmpdir(), homedir(), NODE]) expect(text, `${name} contains ${local}`).not.toContain(local);
    }
  });
});
