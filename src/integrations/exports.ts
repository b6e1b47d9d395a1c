/**
 * Writes the atlas as data (src/export/) beside the pages once Astro has built them, from the site
 * model the pages used: every server's records made here, or, as the build script planned it,
 * copied from the last build (servers that did not change) or from slices (`atlas merge`).
 * `[atlas-stage] exports` lines give the benchmark its figures.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { catalogueDirFromEnv } from '../catalogue/load.ts';
import { buildDate } from '../export/records.ts';
import { writeExports } from '../export/write.ts';
import { ENGINE_VERSION } from '../risk/engine-version.ts';
import { builtSite } from '../site/built-atlas.ts';
import { loadSettings } from '../site/settings.ts';

export function atlasExports(): AstroIntegration {
  let siteRoot = '';
  return {
    name: 'atlas-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site ?? 'http://localhost/').href;
      },
      'astro:build:done': async ({ dir }) => {
        const built = builtSite();
        if (!built) throw new Error('exports: no page built the site model, so there is nothing to export');
        const atlas = await built.atlas;
        console.log(`[atlas-stage] exports start t=${Date.now()}`);
        const options = {
          siteRoot,
          assessedOn: buildDate(),
          engineVersion: ENGINE_VERSION,
          productName: loadSettings(catalogueDirFromEnv()).productName,
        };
        const report = await writeExports(atlas, fileURLToPath(dir), options, built.exports?.source, built.exports?.siteWide ?? true);
        for (const [slug, ranges] of report.ranges) built.report!.exportRanges.set(slug, ranges);
        console.log(`[atlas-stage] exports end t=${Date.now()}`);
        const sizes = report.files.map((f) => `${f.file} ${(f.bytes / 1e6).toFixed(1)} MB`).join(', ');
        console.log(`[atlas-exports] wrote ${sizes} in ${report.seconds.toFixed(1)} s`);
      },
    },
  };
}
