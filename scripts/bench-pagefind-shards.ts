/**
 * Experiment for issue 7: pagefind's memory on a large site, one index against several smaller
 * ones. pagefind holds the whole index in its process until it writes it (~145 KB per page here),
 * so one index of 150,000 pages would not fit in 24 GB; shards, indexed one after the other with
 * pagefind closed in between, bound the peak by the largest shard. The browser can search shards
 * as one through pagefind's multi-index (`mergeIndex`).
 *
 * Usage: node scripts/bench-pagefind-shards.ts --site DIR [--shards 1,4,8] [--exclude pre,details] [--json]
 * DIR is a built site (e.g. `npm run bench -- --tools 20000 --keep` leaves .bench/site-20000).
 * Each shard count runs in its own measured process (wall time, peak RSS of node + pagefind);
 * indexes are written under .bench/shards-<K>/ and removed afterwards.
 *
 * Sharding is by server: each shard gets whole server folders (`servers/<slug>/`, balanced by page
 * count), selected with one `addDirectory({ path: site, glob })`; the first shard also gets the
 * pages outside servers/.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { folderSize } from '../src/build/folder-size.ts';
import { runMeasured } from '../src/bench/measure.ts';
import { round } from '../src/bench/report.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    shards: { type: 'string', default: '1,4,8' },
    exclude: { type: 'string' },
    json: { type: 'boolean', default: false },
    worker: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!values.site) {
  console.error('usage: node scripts/bench-pagefind-shards.ts --site DIR [--shards 1,4,8] [--exclude pre,details] [--json]');
  process.exit(2);
}
const site = path.resolve(values.site);
const excludeSelectors = values.exclude ? values.exclude.split(',') : undefined;

/** Server folders split into `count` groups of about the same number of pages, largest first. */
function shardServers(count: number): string[][] {
  const servers = readdirSync(path.join(site, 'servers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      slug: entry.name,
      pages: readdirSync(path.join(site, 'servers', entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).length + 1,
    }))
    .sort((a, b) => b.pages - a.pages || a.slug.localeCompare(b.slug));
  const shards = Array.from({ length: count }, () => ({ pages: 0, slugs: [] as string[] }));
  for (const server of servers) {
    const smallest = shards.reduce((min, shard) => (shard.pages < min.pages ? shard : min));
    smallest.slugs.push(server.slug);
    smallest.pages += server.pages;
  }
  return shards.map((shard) => shard.slugs.sort());
}

/** Folders at the top of the site that hold pages but are not servers/ (nor assets or an index). */
function otherFolders(): string[] {
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['servers', 'pagefind', '_astro'].includes(entry.name))
    .map((entry) => entry.name);
}

async function indexShard(glob: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', ...(excludeSelectors ? { excludeSelectors } : {}) });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    // Closing stops the binary, so the next shard starts from an empty process.
    await pagefind.close();
  }
}

if (values.worker) {
  const count = Number(values.shards);
  const out = path.resolve(values.out!);
  let pages = 0;
  if (count === 1) {
    pages = await indexShard('**/*.html', path.join(out, 'pagefind'));
  } else {
    const others = otherFolders();
    for (const [i, slugs] of shardServers(count).entries()) {
      // One flat alternation of folders; the first shard also takes the pages outside servers/.
      const patterns = [
        ...(i === 0 ? ['*.html', 'servers/*.html', ...others.map((name) => `${name}/**/*.html`)] : []),
        ...slugs.map((slug) => `servers/${slug}/**/*.html`),
      ];
      const glob = `{${patterns.join(',')}}`;
      const added = await indexShard(glob, path.join(out, `pagefind-${i}`));
      console.log(`shard ${i}: ${added} pages`);
      pages += added;
    }
  }
  console.log(`[shards] ${JSON.stringify({ pages })}`);
} else {
  const results = [];
  for (const count of values.shards.split(',').map(Number)) {
    const out = path.resolve('.bench', `shards-${count}`);
    rmSync(out, { recursive: true, force: true });
    const run = await runMeasured(process.execPath, [
      process.argv[1]!,
      '--worker',
      '--site',
      site,
      '--shards',
      String(count),
      '--out',
      out,
      ...(values.exclude ? ['--exclude', values.exclude] : []),
    ]);
    if (run.exitCode !== 0) {
      console.error(run.lines.map((line) => line.text).join('\n'));
      process.exit(1);
    }
    const summary = run.lines.find((line) => line.text.startsWith('[shards] '));
    const pages = summary ? (JSON.parse(summary.text.slice('[shards] '.length)) as { pages: number }).pages : 0;
    const size = await folderSize(out);
    results.push({
      shards: count,
      pages,
      wallS: round(run.wallMs / 1000, 1),
      peakRssMB: round(run.peakRss / 1e6, 0),
      indexMB: round(size.bytes / 1e6, 1),
      indexFiles: size.files,
      cpuS: round((run.cpu.userMs + run.cpu.systemMs) / 1000, 1),
    });
    rmSync(out, { recursive: true, force: true });
    if (!values.json) console.error(`[shards] ${count}: ${JSON.stringify(results.at(-1))}`);
  }
  if (values.json)
    console.log(JSON.stringify({ site: path.relative(process.cwd(), site), excludeSelectors: excludeSelectors ?? [], results }));
  else {
    console.log(
      `\npagefind on ${path.relative(process.cwd(), site)}${excludeSelectors ? ` (excluding ${excludeSelectors.join(', ')})` : ''}\n`,
    );
    console.log('shards  pages    wall s  peak RSS MB  index MB  files  cpu s');
    for (const r of results) {
      console.log(
        `${String(r.shards).padStart(6)}  ${String(r.pages).padStart(6)}  ${r.wallS.toFixed(1).padStart(8)}  ` +
          `${String(r.peakRssMB).padStart(11)}  ${r.indexMB.toFixed(1).padStart(8)}  ${String(r.indexFiles).padStart(5)}  ` +
          `${String(r.cpuS).padStart(5)}`,
      );
    }
  }
}
