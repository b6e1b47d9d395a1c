/**
 * Builds the pagefind search index as part of `astro build`, through pagefind's Node API, so the
 * index is never a separate manual step and always matches the pages it was built with. What gets
 * indexed is decided by the pages: `data-pagefind-body` on the content of tool and server pages,
 * `data-pagefind-ignore` on repeated boilerplate, filters, meta and sort keys as attributes.
 *
 * The index comes in shards (src/search/), and shards of servers whose tool pages are all written
 * are indexed while Astro still renders the rest; the search page merges the shards.
 * `[atlas-stage]` lines mark where indexing ends, for the benchmark's stage figures. Lines are
 * printed with console.log, not Astro's logger: the build runs Astro at its warn level.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { SiteIndexer } from '../search/index-site.ts';
import { onToolPageRendered } from '../search/render-events.ts';

export function pagefindIndex(): AstroIntegration {
  let indexer: SiteIndexer | undefined;
  let outDir: URL | undefined;
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Only a build listens to rendered pages; `astro dev` renders pages too, and must not index.
      'astro:build:start': () => {
        indexer = new SiteIndexer(fileURLToPath(outDir!), {
          onShard: (shard, written) => console.log(`[atlas-pagefind] search shard ${written} (${shard.outputPath}): ${shard.pages} pages in ${shard.seconds.toFixed(1)} s${shard.during === 'render' ? ', queued while pages rendered' : ''}`),
        });
        onToolPageRendered((server, serverTools) => indexer?.toolPageRendered(server, serverTools));
      },
      'astro:build:generated': () => {
        console.log(`[atlas-stage] pages end t=${Date.now()}`);
      },
      'astro:build:done': async ({ dir }) => {
        onToolPageRendered(undefined);
        const site = fileURLToPath(dir);
        if (!indexer || indexer.site !== site) throw new Error(`search index: the build wrote to ${site}, not to ${indexer?.site ?? 'the folder it was configured with'}`);
        console.log(`[atlas-stage] index start t=${Date.now()}`);
        const report = await indexer.finish();
        console.log(`[atlas-stage] index end t=${Date.now()}`);
        const shards = report.shards.length === 1 ? '' : ` in ${report.shards.length} shards`;
        console.log(`[atlas-pagefind] indexed ${report.pages} pages${shards} in ${report.seconds.toFixed(1)} s (${report.secondsAfterRender.toFixed(1)} s after rendering); the index takes ${(report.bytes / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
