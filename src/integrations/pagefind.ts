/**
 * Builds the pagefind search index as the last step of `astro build`, through pagefind's Node API,
 * so the index is never a separate manual step and always matches the pages it was built with.
 * What gets indexed is decided by the pages: `data-pagefind-body` on the content of tool and server
 * pages, `data-pagefind-ignore` on repeated boilerplate, filters, meta and sort keys as attributes.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Total size in bytes of the files under `dir`. */
async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Pages in the written index, from pagefind's entry file (the indexing count includes skipped pages). */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        // The whole site is English; forcing it keeps one index even if a page's lang changes.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`pagefind failed to index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`pagefind failed to write: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const pages = await indexedPages(outputPath);
        const megabytes = ((await folderSize(outputPath)) / 1e6).toFixed(1);
        logger.info(`indexed ${pages} pages in ${seconds} s; the index takes ${megabytes} MB`);
      },
    },
  };
}
