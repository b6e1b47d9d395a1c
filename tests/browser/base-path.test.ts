/**
 * The site served under a base path (`BASE_PATH=/atlas/`, as on a project page host): the search
 * page loads its index from under the base, and every result links under the base.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-base-path-'));
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const outDir = path.join(scratch, 'dist');
  // Vitest puts Vite's `BASE_URL=/` into process.env, and an inherited BASE_URL overrides Astro's
  // base in `import.meta.env.BASE_URL`: build from an environment like a user's shell, without it.
  const inherited = process.env.BASE_URL;
  delete process.env.BASE_URL;
  const result = await runBuild({
    CATALOGUE_DIR: 'tests/fixtures/catalogues/small',
    OUT_DIR: outDir,
    BASE_PATH: '/atlas/',
    ATLAS_SEARCH_SHARD_PAGES: '4',
  }).finally(() => {
    if (inherited !== undefined) process.env.BASE_URL = inherited;
  });
  if (result.status !== 0)
    throw new Error(`building the small catalogue under /atlas/ failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  site = await serveStatic(outDir, { base: '/atlas/' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('search under BASE_PATH=/atlas/', () => {
  it('opens from the header box of any page and finds tools, linking under /atlas/', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/atlas\/$/);
    const { page, problems } = await openPage(browser, `${site.url}servers/notes/`);
    await page.keyboard.press('/');
    await page.keyboard.type('delete');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}search/?q=delete`);
    await page.waitForSelector('[data-search][data-state="ready"][data-results-for="q=delete"]');

    const hrefs = await page.locator('.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs[0]).toBe('/atlas/servers/notes/delete-note/');
    for (const href of hrefs) expect(href).toMatch(/^\/atlas\//);
    await page.locator('.search-result-link').first().click();
    await page.waitForURL(`${site.url}servers/notes/delete-note/`);
    expect(await page.locator('h1').textContent()).toContain('deleteNote');

    // Nothing was fetched from outside the base: no /pagefind/ or /_astro/ at the root.
    expect(site.requests.filter((request) => !request.startsWith('/atlas/'))).toEqual([]);
    expect(site.requests.some((request) => request.startsWith('/atlas/pagefind/pagefind.js'))).toBe(true);
    // Four pages per shard: the shards are merged in from under the base too.
    expect(site.requests.some((request) => request.startsWith('/atlas/pagefind-shards/'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('finds a tool by a word of its camelCase or dotted name', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/?q=shell`);
    await page.waitForSelector('[data-search][data-state="ready"][data-results-for="q=shell"]');
    const hrefs = await page.locator('.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs[0]).toBe('/atlas/servers/notes/run-shell/');
    expect(problems).toEqual([]);
  });
});
