/**
 * `atlas merge DIR... --out DIR`: assembles the slices of a build across machines
 * (`npm run build -- --shard I/N`, one per machine) into one site. The merge is a build of its own
 * (it renders the pages that list the whole catalogue), so it runs the build script in merge mode,
 * with the catalogue of CATALOGUE_DIR, which must be the one the slices were built from.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run atlas -- merge DIR... --out DIR`);
    return 2;
  }
  if (!parsed.values.out || parsed.positionals.length === 0) {
    console.error('usage: npm run atlas -- merge DIR... --out DIR   (each DIR a slice built with `npm run build -- --shard I/N`)');
    return 2;
  }
  const script = path.resolve(import.meta.dirname, '../../scripts/build.ts');
  const child = spawn(process.execPath, [script, '--merge', ...parsed.positionals], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: path.resolve(parsed.values.out) },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}
