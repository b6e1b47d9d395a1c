/**
 * The second hostile catalogue (tests/fixtures/catalogues/hostile-two, issue 16) built and opened
 * in Debian's Chromium: no script of the catalogue runs on any page (with the recommended headers
 * and with only the page's own CSP), every poisoned tool shows its warning, the hidden characters
 * show as markers, the cut parameter table leads to the full definition, and search shows server
 * names as the catalogue says them (no second decoding of entities), one filter per server.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { domProblems, headersForAll, htmlPages, visit, watchedPage, type Opened } from '../helpers/hostile-page.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import {
  ENTITY_SERVER_NAME,
  POISONED_TWO,
  TWIN_SERVER_NAME,
  WIDE_PARAMETERS,
  writeHostileTwoCatalogue,
} from '../fixtures/catalogues/hostile-two/generate.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-two-browser-'));
const catalogueDir = path.join(scratch, 'catalogue');
const outDir = path.join(scratch, 'site', 'dist');
let browser: Browser;
let withHeaders: StaticServer;
let metaOnly: StaticServer;
let pages: string[];

beforeAll(async () => {
  writeHostileTwoCatalogue(catalogueDir);
  const inherited = process.env.BASE_URL;
  delete process.env.BASE_URL;
  const result = await runBuild({ CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir }).finally(() => {
    if (inherited !== undefined) process.env.BASE_URL = inherited;
  });
  if (result.status !== 0)
    throw new Error(`building the second hostile catalogue failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  withHeaders = await serveStatic(outDir, { headers: headersForAll(readFileSync(path.join(outDir, '_headers'), 'utf8')) });
  metaOnly = await serveStatic(outDir);
  browser = await launchBrowser();
  pages = htmlPages(outDir);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
  await metaOnly?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function open(server: StaticServer, sitePath: string): Promise<Opened> {
  const opened = await watchedPage(browser);
  await visit(opened, server, sitePath);
  return opened;
}

async function sweep(server: StaticServer): Promise<string[]> {
  const opened = await watchedPage(browser);
  const failures: string[] = [];
  for (const sitePath of pages) {
    opened.problems.length = 0;
    opened.events.length = 0;
    await visit(opened, server, sitePath);
    for (const line of [...opened.problems, ...opened.events, ...(await domProblems(opened.page, '/'))])
      failures.push(`${sitePath}: ${line}`);
  }
  await opened.page.close();
  return failures;
}

describe('every page of the second hostile site', () => {
  it('runs no script of the catalogue, with the recommended headers', async () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(await sweep(withHeaders)).toEqual([]);
  }, 300_000);

  it('runs no script of the catalogue, with only the meta Content-Security-Policy', async () => {
    expect(await sweep(metaOnly)).toEqual([]);
  }, 300_000);
});

describe('poisoned tools', () => {
  it.each(POISONED_TWO)('poison-two/%s: a visible warning, high risk', async (slug) => {
    const { page } = await open(withHeaders, `/servers/poison-two/${slug}/`);
    const warning = page.locator('[data-poisoning-warning]');
    expect(await warning.count()).toBe(1);
    expect(await warning.isVisible()).toBe(true);
    expect(['high', 'critical']).toContain(await page.locator('.page-head').getAttribute('data-risk'));
    await page.close();
  });

  it('shows a phrase broken apart by control characters as markers, not as clean text', async () => {
    const { page } = await open(withHeaders, '/servers/poison-two/nul-split/');
    const text = await page.locator('[data-description]').textContent();
    expect(text).toContain('I⟨U+0000⟩g⟨U+0000⟩n⟨U+0000⟩o');
    expect(await page.locator('[data-poisoning-warning]').textContent()).toContain('contains control or line-separator characters');
    await page.close();
  });
});

describe('what the catalogue holds reaches the page', () => {
  it('shows an argument named "__proto__"', async () => {
    const { page } = await open(withHeaders, '/servers/proto-keys/run-command/');
    expect(await page.locator('table.parameters td[data-label="Name"]').allTextContents()).toEqual(['__proto__', 'cwd']);
    await page.close();
  });

  it('says where the parameter table stops and why, and its link gives every argument', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const { page } = await open(withHeaders, '/servers/proto-keys/wide-tool/');
      await page.setViewportSize(viewport);
      const note = page.locator('[data-parameters-cut]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain(`The table shows 200 rows of the ${WIDE_PARAMETERS}`);
      expect(await page.locator('table.parameters tbody tr[data-depth]').count()).toBe(200);
      const stop = page.locator('tr.rows-left-out');
      expect(await stop.isVisible()).toBe(true);
      expect(await stop.textContent()).toContain(`The table stops here: ${WIDE_PARAMETERS - 200} more rows are left out.`);
      const response = await page.request.get(new URL((await stop.locator('a').getAttribute('href'))!.slice(1), withHeaders.url).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(Object.keys((await response.json()).inputSchema.properties)).toHaveLength(WIDE_PARAMETERS);
      await page.close();
    }
  });
});

describe('search shows what the catalogue says', () => {
  /** Opens the search page for `query` and waits for pagefind's results. */
  async function search(query: string, extra = ''): Promise<Opened> {
    const opened = await open(withHeaders, `/search/?q=${encodeURIComponent(query)}${extra}`);
    const key = `q=${encodeURIComponent(query)}${extra}`.replace(/^\?/, '');
    await opened.page.waitForSelector(`[data-search][data-state="ready"][data-results-for="${key}"]`, { timeout: 20_000 });
    return opened;
  }

  it('labels server filters with the exact names, one filter per server, keyed by slug', async () => {
    const { page, problems, events } = await search('quokka');
    await page.locator('details[data-search-filters-panel]').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const boxes = page.locator('fieldset[data-filter="server"] input[type="checkbox"]');
    const values = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.sort()).toEqual(['entities', 'poison-two', 'proto-keys', 'twin-a', 'twin-b']);
    const labels = await page.locator('fieldset[data-filter="server"] label > span:first-child').allTextContents();
    expect(labels).toContain(ENTITY_SERVER_NAME);
    expect(labels.filter((label) => label === TWIN_SERVER_NAME)).toHaveLength(2);
    // Each twin filter narrows to its own server's tool.
    await page.locator('fieldset[data-filter="server"] input[value="twin-b"]').check();
    await page.waitForSelector('[data-search][data-state="ready"][data-results-for="q=quokka&server=twin-b"]', { timeout: 20_000 });
    expect(await page.locator('.search-result-title').allTextContents()).toEqual(['twin_quokka_beta']);
    expect([...problems, ...events]).toEqual([]);
    await page.close();
  });

  it('shows a server name with entities as the catalogue says it, in results and excerpts, decoding nothing twice', async () => {
    const { page, problems, events } = await search('zanzibar');
    const tool = page.locator('.search-result[data-type="tool"]').first();
    expect(await tool.locator('.search-result-server').textContent()).toBe(`on ${ENTITY_SERVER_NAME}`);
    const excerpts = (await page.locator('.search-result-excerpt').allTextContents()).join('\n');
    expect(excerpts).toContain('&amp;lt;script&amp;gt;window.__pwned=1&amp;lt;/script&amp;gt;');
    expect(excerpts).toContain('&lt;b&gt;Entities&lt;/b&gt;');
    expect(excerpts).not.toContain('<script>');
    expect(await page.locator('.search-result-excerpt *:not(mark)').count()).toBe(0);
    expect(await page.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    expect([...problems, ...events, ...(await domProblems(page, '/'))]).toEqual([]);
    await page.close();
  });
});
