/**
 * Builds the pagefind search index as the last step of `astro build`, through pagefind's Node API,
 * so the index is never a separate manual step and always matches the pages it was built with.
 * What gets indexed is decided by the pages: `data-pagefind-body` on the content of tool and server
 * pages, `data-pagefind-ignore` on repeated boilerplate, filters, meta and sort keys as attributes.
 * Large sites are indexed in shards (src/search/), which the search page merges in the browser.
 *
 * `[atlas-stage]` lines mark where indexing starts and ends, for the benchmark's stage figures.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../search/index-site.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:generated': () => {
        console.log(`[atlas-stage] pages end t=${Date.now()}`);
      },
      // Printed with console.log, not Astro's logger: the build runs Astro at its warn level.
      'astro:build:done': async ({ dir }) => {
        console.log(`[atlas-stage] index start t=${Date.now()}`);
        const report = await indexSite(fileURLToPath(dir), {
          onShard: (event, shard, position, count) => {
            if (count > 1 && event === 'end') console.log(`[atlas-pagefind] search shard ${position + 1} of ${count} (${shard.outputPath}): ${shard.pages} pages`);
          },
        });
        console.log(`[atlas-stage] index end t=${Date.now()}`);
        const shards = report.shards.length === 1 ? '' : ` in ${report.shards.length} shards`;
        console.log(`[atlas-pagefind] indexed ${report.pages} pages${shards} in ${report.seconds.toFixed(1)} s; the index takes ${(report.bytes / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
