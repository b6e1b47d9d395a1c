/**
 * `npm run screenshots -- [PATH ...]`: serves dist/ on 127.0.0.1 and saves full-page PNGs of the
 * given site paths at phone (390 px) and desktop (1280 px) widths, light and dark, into
 * .screenshots/, to look at what we build.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('', 'servers/ecs-mcp-server/', 'servers/ecs-mcp-server/build-and-push-image-to-ecr/');
const outDir = path.resolve('.screenshots');
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(path.resolve(process.env.OUT_DIR || 'dist'));
const browser = await launchBrowser();
try {
  for (const sitePath of paths) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.url}${sitePath}`);
        const name = `${sitePath.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: true });
        await context.close();
        console.log(path.join('.screenshots', name));
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
