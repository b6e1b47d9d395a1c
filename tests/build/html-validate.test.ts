/**
 * html-validate's recommended rules on every HTML page of the bundled build (about 1,200 pages).
 * The pages are shared between worker threads (one validator each), and every failure is reported
 * at once, with file, line, rule and message.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { filesIn } from '../helpers/html.ts';
import type { WorkerResult } from '../helpers/html-validate-worker.ts';

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles name the tool, its risk, category and server so each is unique and says what the page
    // is; tool names alone run past 40 characters. Search engines cut the display, not the match.
    'long-title': 'off',
  },
};

/** A page with two faults (an image without alt, a paragraph inside a span): each worker must find them. */
const PROBE =
  '<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><img src="x.png"><span><p>x</p></span></main></body></html>';

function validate(dir: string, files: string[], workers: number): Promise<WorkerResult[]> {
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const worker = new Worker(new URL('../helpers/html-validate-worker.ts', import.meta.url), {
            workerData: { dir, files: share, config: CONFIG, probe: PROBE },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`html-validate worker exited with ${code}`)));
        }),
    ),
  );
}

describe('html-validate', () => {
  it('finds nothing on any page of the bundled build', async () => {
    const dir = inject('bundledSite');
    const files = filesIn(dir, '.html');
    expect(files.length).toBeGreaterThan(1000);
    const results = await validate(dir, files, Math.max(1, Math.min(2, availableParallelism())));
    for (const result of results) expect(result.probeErrors).toBeGreaterThanOrEqual(2);
    const failures = results
      .flatMap((result) => result.messages)
      .map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}] ${m.tag.slice(0, 120)}`)
      .sort();
    expect(failures).toEqual([]);
  }, 180_000);
});
