// @ts-check
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { atlasExports } from './src/integrations/exports.ts';
import { builtSite } from './src/site/built-atlas.ts';

// SITE_URL wins; otherwise the site settings of the catalogue (or the bundled ones) say where it lives.
function siteUrl() {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const own = path.join(process.env.CATALOGUE_DIR || 'content', 'settings.json');
  const file = existsSync(own) ? own : 'content/settings.json';
  return JSON.parse(readFileSync(file, 'utf8')).siteUrl;
}

const site = siteUrl();
const base = process.env.BASE_PATH || '/';
// A build that renders only part of the site (an incremental build, a merge of slices) still
// lists every page in the sitemap: the pages it leaves as they are, by their path.
const unrendered = builtSite()?.unrenderedPages ?? [];
const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || 'dist',
  // scripts/build.ts gives each catalogue/output pair its own cache, so builds of different
  // catalogues (tests, benchmarks) can run side by side without sharing a content data store.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.ATLAS_RENDER_CONCURRENCY || 4) },
  integrations: [mdx(), sitemap({ customPages: unrendered.map((page) => new URL(page, siteRoot).href) }), atlasExports(), pagefindIndex()],
  vite: {
    // Astro inlines small scripts into the HTML; our Content-Security-Policy allows no inline
    // script, so every script stays an external file.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // @astrojs/mdx marks every MDX module with a directive the bundler warns it may drop;
        // the warning is about Astro's own code and says nothing to whoever runs the build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
