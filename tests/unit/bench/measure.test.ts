import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSize } from '../../../src/build/folder-size.ts';
import { processRss, runMeasured, treeRss } from '../../../src/bench/measure.ts';

const MB = 1024 * 1024;
/** A child that starts a grandchild holding 150 MB of touched memory, says "ready", and waits. */
const PARENT = `
const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', "const b = Buffer.alloc(150 * 1024 * 1024, 1); console.log('ready'); setTimeout(() => b.length, 1500)"], { stdio: ['ignore', 'pipe', 'inherit'] });
grandchild.stdout.pipe(process.stdout);
grandchild.on('close', () => process.exit(0));
`;

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measure', () => {
  it('counts the memory of grandchildren in the tree RSS', async () => {
    const child = spawn(process.execPath, ['-e', PARENT], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const tree = treeRss(child.pid!);
    const own = processRss(child.pid!);
    expect(tree.programs.length).toBeGreaterThanOrEqual(2);
    expect(own).toBeGreaterThan(0);
    expect(tree.rss - own).toBeGreaterThan(140 * MB);
    child.kill();
  });

  it('runs a command to the end with wall time, peak tree RSS, CPU and timestamped lines', async () => {
    const run = await runMeasured(process.execPath, ['-e', PARENT], { intervalMs: 100 });
    expect(run.exitCode).toBe(0);
    expect(run.peakRss).toBeGreaterThan(150 * MB);
    expect(run.wallMs).toBeGreaterThan(1000);
    expect(run.lines.map((line) => line.text)).toEqual(['ready']);
    expect(run.lines[0]!.t).toBeLessThan(run.wallMs);
    // The shell wrapper, the child and the grandchild (Node names its main thread "MainThread").
    expect(Math.max(...run.samples.map((sample) => sample.programs.length))).toBe(3);
    // The grandchild's CPU (touching 150 MB) is counted: the shell reports its children's rusage.
    expect(run.cpu).toBeDefined();
    expect(run.cpu.userMs + run.cpu.systemMs).toBeGreaterThan(0);
  });

  it('reports the exit code of a failing command', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'process.exit(3)']);
    expect(run.exitCode).toBe(3);
  });

  it('sizes a folder: bytes, files and HTML files', async () => {
    mkdirSync(path.join(dir, 'site', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'site', 'index.html'), 'x'.repeat(100));
    writeFileSync(path.join(dir, 'site', 'a', 'index.html'), 'y'.repeat(50));
    writeFileSync(path.join(dir, 'site', 'a', 'data.json'), '{}');
    expect(await folderSize(path.join(dir, 'site'))).toEqual({ bytes: 152, files: 3, htmlFiles: 2 });
    expect(await folderSize(path.join(dir, 'missing'))).toEqual({ bytes: 0, files: 0, htmlFiles: 0 });
  });
});
