/**
 * `npm run lighthouse -- [PATH ...] [--desktop] [--json]`: Lighthouse 12 audits of built pages in
 * Debian's Chromium: performance, accessibility, best practices and SEO, each of which must score
 * at least 0.95 (the exit code says whether they all did). The site in OUT_DIR (default dist/) is
 * served on 127.0.0.1 with the security headers of public/_headers, as a static host would.
 * Lighthouse's default is a phone on a slow 4G connection (simulated); --desktop audits as a desktop.
 * Without PATH: a tool page, a server page and the home page of the bundled catalogue.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const THRESHOLD = 0.95;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { desktop: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const paths = positionals.length > 0 ? positionals : ['servers/ecs-mcp-server/build-and-push-image-to-ecr/', 'servers/ecs-mcp-server/', ''];
const siteDir = path.resolve(process.env.OUT_DIR || 'dist');

/** The headers block for every path of public/_headers (`/*`), as name/value pairs. */
function siteHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(path.join(siteDir, '_headers'), 'utf8').split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

const server = await serveStatic(siteDir, { headers: siteHeaders() });
// Lighthouse drives Chromium over its debugging port; the flags are those that work on this machine.
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
const results: { path: string; scores: Record<string, number> }[] = [];
try {
  for (const sitePath of paths) {
    const url = `${server.url}${sitePath}`;
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(values.desktop
        ? {
            formFactor: 'desktop',
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttling: {
              rttMs: 40,
              throughputKbps: 10240,
              cpuSlowdownMultiplier: 1,
              requestLatencyMs: 0,
              downloadThroughputKbps: 0,
              uploadThroughputKbps: 0,
            },
          }
        : {}),
    });
    if (!run) throw new Error(`lighthouse gave no result for ${url}`);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, run.lhr.categories[category]?.score ?? 0]));
    results.push({ path: `/${sitePath}`, scores });
    if (!values.json) {
      console.log(`${`/${sitePath}`.padEnd(60)} ${CATEGORIES.map((category) => `${category} ${scores[category]!.toFixed(2)}`).join('  ')}`);
      // What kept a category under the bar, so it can be fixed.
      for (const category of CATEGORIES) {
        if (scores[category]! >= THRESHOLD) continue;
        for (const ref of run.lhr.categories[category]!.auditRefs) {
          const audit = run.lhr.audits[ref.id];
          if (audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9)
            console.log(`    ${category}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
const failing = results.filter((result) => Object.values(result.scores).some((score) => score < THRESHOLD));
if (values.json) console.log(JSON.stringify({ formFactor: values.desktop ? 'desktop' : 'mobile', threshold: THRESHOLD, results }));
else
  console.log(
    failing.length === 0
      ? `\nevery category of every page at ${THRESHOLD} or more (${values.desktop ? 'desktop' : 'mobile, simulated slow 4G'})`
      : `\n${failing.length} page(s) under ${THRESHOLD} in some category`,
  );
process.exit(failing.length === 0 ? 0 : 1);
