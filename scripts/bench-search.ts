/**
 * `npm run bench:search -- --site DIR [--queries "a,b,c"] [--rounds N] [--json]`: how fast the
 * search of a built site answers in Debian's Chromium, as a reader meets it. The site is served on
 * 127.0.0.1; the search page is opened (time until it is ready, which needs the first group of
 * the index's shards, and until every shard is loaded), then each query is typed key by key and
 * timed from the last key press to the first results rendered (the name index's matches, or the
 * full text's first matches from the first group of shards, whichever come first) and to the whole
 * full-text answer (every shard searched, descriptions and parameters included). The first query of a fresh page is reported
 * apart: it fetches the index chunks and name buckets the later ones reuse.
 *
 * DIR is a built site, e.g. the one `npm run bench -- --tools 100000 --keep` leaves in
 * .bench/site-100000. Without --queries, the query set is words of names (which the name index
 * answers first), words found only in descriptions or only in parameters of the synthetic
 * catalogue (which only the full text answers), and exact tool names taken from the site's pages.
 * Each query's line says which answered first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { manifestShards, SHARD_MANIFEST } from '../src/search/shards.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    queries: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.site) {
  console.error('usage: npm run bench:search -- --site DIR [--queries "a,b,c"] [--rounds N] [--json]');
  process.exit(2);
}
const site = path.resolve(values.site);
const rounds = Number(values.rounds);

/** A few exact tool names from the site's pages, spread over its servers. */
function sampleToolNames(count: number): string[] {
  const servers = readdirSync(path.join(site, 'servers'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const names: string[] = [];
  for (let i = 0; i < count && servers.length > 0; i++) {
    const server = servers[Math.floor(((i + 0.5) * servers.length) / count)]!;
    const tools = readdirSync(path.join(site, 'servers', server.name), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    if (tools.length === 0) continue;
    const html = readFileSync(path.join(site, 'servers', server.name, tools[Math.floor(tools.length / 2)]!.name, 'index.html'), 'utf8');
    const name = /data-tool="([^"]+)"/.exec(html)?.[1];
    if (name) names.push(name.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  return names;
}

/** Words of the synthetic catalogue (src/bench/vocabulary.ts, synthetic.ts) that no tool or server name has. */
const ONLY_IN_DESCRIPTIONS = ['idempotent', 'paginated', 'permanently removes', 'administrator'];
const ONLY_IN_PARAMETERS = ['receives', 'three-letter currency code'];
const queries = values.queries
  ? values.queries
      .split(',')
      .map((query) => query.trim())
      .filter(Boolean)
  : ['delete', 'shell command', 's3 bucket', 'payment', ...ONLY_IN_DESCRIPTIONS, ...ONLY_IN_PARAMETERS, ...sampleToolNames(3)];

const server = await serveStatic(site);
const browser = await launchBrowser();
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round1 = (ms: number) => Math.round(ms * 10) / 10;

interface Timing {
  query: string;
  /** Last key press to the first results of the query in the list. */
  ms: number;
  /** Last key press to pagefind's results in the list. */
  fullMs: number;
  results: number;
  first: boolean;
  /** What showed first: the name index's matches, or the full-text results. */
  by: 'names' | 'full text';
}
const timings: Timing[] = [];
const readyTimes: number[] = [];
/** Opening the page to every shard loaded (measured once the first query is answered, so never before it). */
const loadedTimes: number[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext();
    // In the page's clock (0 is the navigation's start): when the page is first ready, and when it
    // has every shard. Polling from here would add the driver's own delay to both.
    await context.addInitScript(`(() => {
      const seen = () => {
        const root = document.querySelector('[data-search]');
        if (!root) return;
        if (root.dataset.state === 'ready' && window.__readyAt === undefined) window.__readyAt = performance.now();
        if (root.dataset.index === 'loaded' && window.__loadedAt === undefined) window.__loadedAt = performance.now();
      };
      new MutationObserver(seen).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-index'] });
    })()`);
    const page = await context.newPage();
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search][data-state="ready"]', { timeout: 120_000 });
    readyTimes.push(await page.evaluate('window.__readyAt'));
    for (const [i, query] of queries.entries()) {
      // The first query goes in as soon as the page is ready, as a reader's would; the later ones once
      // every shard is loaded (the page answers from the first group of shards before that).
      if (i === 1) {
        await page.waitForSelector('[data-search][data-index="loaded"]', { timeout: 120_000 });
        loadedTimes.push(await page.evaluate('window.__loadedAt'));
      }
      await page.locator('#search-query').fill('');
      await page.waitForSelector('[data-search][data-state="ready"]');
      // In the page's clock: the last key press, and the first moment a result of this query is in the list.
      await page.evaluate(`(() => {
        const input = document.querySelector('#search-query');
        const root = document.querySelector('[data-search]');
        window.__lastKey = 0;
        window.__answered = new Promise((resolve) => {
          // Capturing on window runs before the page's own listener, which may render results at once.
          window.addEventListener('input', (event) => { if (event.target === input) window.__lastKey = performance.now(); }, true);
          const expected = new URLSearchParams({ q: ${JSON.stringify(query)} }).toString();
          let first = 0;
          const observer = new MutationObserver(() => {
            // The page sets data-first-results-for when results of this query are first in the list
            // (name matches or pagefind's), and data-results-for when pagefind's are.
            // Timed at the next animation frame: the frame that shows them, not the DOM change.
            if (!first && root.dataset.firstResultsFor === expected) {
              first = -1;
              const by = document.querySelector('.search-result[data-name-match]') ? 'names' : 'full text';
              requestAnimationFrame(() => { first = performance.now(); window.__firstBy = by; });
            }
            if (root.dataset.resultsFor === expected) {
              observer.disconnect();
              requestAnimationFrame(() => {
                const shown = performance.now();
                resolve({
                  first: first > 0 ? first : shown,
                  full: shown,
                  results: document.querySelectorAll('.search-result').length,
                  by: first > 0 ? window.__firstBy : 'full text',
                });
              });
            }
          });
          observer.observe(root, { attributes: true, subtree: true, childList: true });
        });
      })()`);
      await page.locator('#search-query').pressSequentially(query, { delay: 30 });
      const answer = await page.evaluate<{ ms: number; fullMs: number; results: number; by: Timing['by'] }>(
        'window.__answered.then((a) => ({ ms: a.first - window.__lastKey, fullMs: a.full - window.__lastKey, results: ' +
          'a.results, by: a.by }))',
      );
      timings.push({ query, ms: answer.ms, fullMs: answer.fullMs, results: answer.results, first: i === 0, by: answer.by });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const later = timings
  .filter((t) => !t.first)
  .map((t) => t.ms)
  .sort((a, b) => a - b);
const laterFull = timings
  .filter((t) => !t.first)
  .map((t) => t.fullMs)
  .sort((a, b) => a - b);
const firsts = timings
  .filter((t) => t.first)
  .map((t) => t.ms)
  .sort((a, b) => a - b);
const shards = manifestShards(JSON.parse(readFileSync(path.join(site, SHARD_MANIFEST), 'utf8')));
const fullText = timings
  .filter((t) => !t.first && t.by === 'full text')
  .map((t) => t.ms)
  .sort((a, b) => a - b);
const summary = {
  site: path.relative(process.cwd(), site),
  indexShards: shards.length + 1,
  rounds,
  indexReadyMs: {
    median: round1(
      percentile(
        [...readyTimes].sort((a, b) => a - b),
        50,
      ),
    ),
    max: round1(Math.max(...readyTimes)),
  },
  indexLoadedMs:
    loadedTimes.length > 0
      ? {
          median: round1(
            percentile(
              [...loadedTimes].sort((a, b) => a - b),
              50,
            ),
          ),
          max: round1(Math.max(...loadedTimes)),
        }
      : null,
  firstQueryMs: { median: round1(percentile(firsts, 50)), max: round1(Math.max(...firsts)) },
  typedQueryMs: { median: round1(percentile(later, 50)), p95: round1(percentile(later, 95)), max: round1(Math.max(...later)) },
  pagefindResultsMs: {
    median: round1(percentile(laterFull, 50)),
    p95: round1(percentile(laterFull, 95)),
    max: round1(Math.max(...laterFull)),
  },
  /** The later queries whose first results came from the full text (no name matched): the full-text search's own time. */
  fullTextFirstMs:
    fullText.length > 0
      ? {
          median: round1(percentile(fullText, 50)),
          p95: round1(percentile(fullText, 95)),
          max: round1(Math.max(...fullText)),
          count: fullText.length,
        }
      : null,
  queries: queries.map((query) => ({
    query,
    results: timings.find((t) => t.query === query)?.results ?? 0,
    ms: timings.filter((t) => t.query === query).map((t) => round1(t.ms)),
    fullMs: timings.filter((t) => t.query === query).map((t) => round1(t.fullMs)),
    firstBy: [...new Set(timings.filter((t) => t.query === query).map((t) => t.by))].join(' / '),
  })),
};
if (values.json) console.log(JSON.stringify(summary));
else {
  console.log(
    `\nsearch on ${summary.site} (${summary.indexShards} index shards), ${rounds} fresh page${rounds === 1 ? '' : 's'}, ` +
      `Chromium on 127.0.0.1`,
  );
  console.log(
    `search page ready (filters in, first shards loaded), from the navigation: median ${summary.indexReadyMs.median} ms, ` +
      `max ${summary.indexReadyMs.max} ms`,
  );
  if (summary.indexLoadedMs)
    console.log(
      `every shard loaded (the first query answered meanwhile): median ${summary.indexLoadedMs.median} ms, ` +
        `max ${summary.indexLoadedMs.max} ms`,
    );
  console.log(
    `first query of a page (last key to first results): median ${summary.firstQueryMs.median} ms, max ${summary.firstQueryMs.max} ms`,
  );
  console.log(
    `later queries, last key to first results: median ${summary.typedQueryMs.median} ms, p95 ${summary.typedQueryMs.p95} ms, ` +
      `max ${summary.typedQueryMs.max} ms`,
  );
  console.log(
    `later queries, last key to the full-text results: median ${summary.pagefindResultsMs.median} ms, ` +
      `p95 ${summary.pagefindResultsMs.p95} ms, max ${summary.pagefindResultsMs.max} ms`,
  );
  if (summary.fullTextFirstMs)
    console.log(
      `later queries no name matches (answered by the full text only): median ${summary.fullTextFirstMs.median} ms, ` +
        `p95 ${summary.fullTextFirstMs.p95} ms, max ${summary.fullTextFirstMs.max} ms (${summary.fullTextFirstMs.count} timings)`,
    );
  console.log('');
  for (const q of summary.queries)
    console.log(
      `  ${q.query.padEnd(32)} ${String(q.results).padStart(3)} shown  first (${q.firstBy}) ${q.ms.join(' / ')} ms; full ` +
        `text ${q.fullMs.join(' / ')} ms`,
    );
}
