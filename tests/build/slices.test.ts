/**
 * The build across machines: the bundled catalogue built as 3 slices (`npm run build -- --shard
 * I/3`) and merged (`npm run atlas -- merge`) equals the single-machine build file for file. The
 * slices are runs of whole search shards, so even the index's file names are the same.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn } from '../helpers/html.ts';
import { runBuild, runScript, type BuildResult } from '../helpers/build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-slices-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// Shards of about 200 pages: the bundled catalogue's 1,133 pages make enough shards for 3 slices.
const env = { CATALOGUE_DIR: 'content', SOURCE_DATE_EPOCH: '1767225600', ATLAS_SEARCH_SHARD_PAGES: '200' };

const run = (args: string[], extra: Record<string, string>) => runScript(args, { ...env, ...extra });

const ok = (result: BuildResult) => expect(result.status, `${result.stderr}\n${result.stdout.slice(-3000)}`).toBe(0);

describe('a build in slices', () => {
  it('merges into the single-machine build, file for file', async () => {
    const single = path.join(scratch, 'single');
    ok(await runBuild({ ...env, OUT_DIR: single }));
    const slices = [1, 2, 3].map((i) => path.join(scratch, `slice-${i}`));
    for (const [i, out] of slices.entries()) {
      const built = await run(['scripts/build.ts', '--shard', `${i + 1}/3`], { OUT_DIR: out });
      ok(built);
      expect(built.stdout).toMatch(new RegExp(`slice ${i + 1} of 3: \\d+ of \\d+ servers`));
      // A slice has its own servers' pages and no page listing the whole catalogue.
      expect(filesIn(out).some((file) => file.startsWith('risk/'))).toBe(false);
    }
    const merged = path.join(scratch, 'merged');
    const merge = await run(['bin/atlas.ts', 'merge', ...slices, '--out', merged], {});
    ok(merge);
    expect(merge.stdout).toMatch(/merge of 3 slices/);
    const files = filesIn(single);
    expect(filesIn(merged)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(path.join(single, file)).equals(readFileSync(path.join(merged, file))));
    expect(differing).toEqual([]);
    // Five builds in one test: the suite's 60 s per test is too tight for them on a loaded 2-core machine.
  }, 300_000);

  it('refuses slices that do not make one build', async () => {
    const out = path.join(scratch, 'lonely');
    ok(await run(['scripts/build.ts', '--shard', '1/2'], { OUT_DIR: out }));
    const merge = await run(['bin/atlas.ts', 'merge', out, '--out', path.join(scratch, 'never')], {});
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/slice 2 of 2 missing/);
    const twice = await run(['bin/atlas.ts', 'merge', out, out, '--out', path.join(scratch, 'never')], {});
    expect(twice.stderr).toMatch(/are both slice 1 of 2/);
  });
});
