/**
 * The search as users touch it: the bundled catalogue's build, served on 127.0.0.1 like a static
 * host, searched by typing into Debian's Chromium.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newWatchedPage, openPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SHARDS_PER_GROUP } from '../../src/search/shards.ts';

const ECR_TOOL = 'build_and_push_image_to_ecr';
const ECR_PAGE = '/servers/ecs-mcp-server/build-and-push-image-to-ecr/';
/** The policy the site will ship: no inline scripts; pagefind's WASM needs 'wasm-unsafe-eval'. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";

let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(inject('bundledSite'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A string as a quoted CSS attribute value's content. */
function attributeValue(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** Waits until the result list shows the search described by `params` (the page's URL query). */
async function resultsFor(page: Page, params: Record<string, string | string[]>): Promise<void> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value].flat()) query.append(key, one);
  await page.waitForSelector(`[data-search][data-state="ready"][data-results-for="${attributeValue(query.toString())}"]`, {
    timeout: 15_000,
  });
}

/** Types into the search page's box the way a user does, and waits for the answer. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#search-query').fill('');
  await page.locator('#search-query').pressSequentially(text);
  await resultsFor(page, { q: text });
}

/** The result links in order, as paths. */
async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('.search-result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Every filter the index knows (all shards), with its values and counts, straight from pagefind. */
async function indexFilters(page: Page): Promise<Record<string, Record<string, number>>> {
  await page.waitForSelector('[data-search][data-base]');
  // A string, not a function: vitest would rewrite a dynamic import() inside a function's source.
  return page.evaluate(`(async () => {
    const base = document.querySelector('[data-search]').dataset.base;
    const pagefind = await import(base + 'pagefind/pagefind.js');
    const manifest = await (await fetch(base + 'pagefind/shards.json')).json();
    for (const folder of manifest.shards) await pagefind.mergeIndex(base + folder, { baseUrl: base });
    return pagefind.filters();
  })()`);
}

describe('finding a tool by name', () => {
  it('puts the tool first for its exact snake_case name, and shows it as a result entry', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    await typeQuery(page, ECR_TOOL);
    expect((await resultPaths(page))[0]).toBe(ECR_PAGE);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result-link').textContent()).toBe(ECR_TOOL);
    expect(await first.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    // The excerpt is third-party text: nothing but text and <mark> may reach the page.
    expect(await page.locator('.search-result-excerpt *:not(mark)').count()).toBe(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “build_and_push_image_to_ecr”/);
    expect(page.url()).toBe(`${site.url}search/?q=${ECR_TOOL}`);
    expect(problems).toEqual([]);
  });

  it.each([
    ['build and push image', 3],
    ['ecr', 10],
  ])('finds it for "%s" (within the first %i)', async (query, within) => {
    const { page, problems } = await openPage(browser, `${site.url}search/`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    await typeQuery(page, query);
    expect((await resultPaths(page)).slice(0, within)).toContain(ECR_PAGE);
    expect(problems).toEqual([]);
  });

  it('shows the server and risk of a tool result ', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/?q=${ECR_TOOL}`);
    await resultsFor(page, { q: ECR_TOOL });
    const filters = await indexFilters(page);
    expect(Object.keys(filters)).toEqual(expect.arrayContaining(['risk', 'server', 'category', 'registry', 'annotations', 'type']));
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result-server').textContent()).toBe('on Amazon ECS MCP Server');
    const risk = await first.getAttribute('data-risk');
    expect(['low', 'medium', 'high', 'critical']).toContain(risk);
    expect(await first.locator(`.badge[data-risk="${risk}"]`).textContent()).toBe(risk);
    expect(problems).toEqual([]);
  });
});

describe('name matches while pagefind searches', () => {
  it('shows the tools whose name matches at once, then pagefind’s results in their place', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    // pagefind's word chunks (in every shard) held back, so its answer comes well after the name index's.
    // On the context: the chunks are fetched by the search page's worker.
    await page.context().route(/\/pagefind(-shards\/[a-z0-9-]+)?\/index\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.locator('#search-query').pressSequentially(ECR_TOOL);
    const named = page.locator('.search-result[data-name-match]');
    await named.first().waitFor({ timeout: 5_000 });
    expect(await named.first().locator('.search-result-link').textContent()).toBe(ECR_TOOL);
    expect((await resultPaths(page))[0]).toBe(ECR_PAGE);
    expect(await named.first().locator('.search-result-server').textContent()).toBe('on Amazon ECS MCP Server');
    expect(await page.locator('[data-search]').getAttribute('data-state')).toBe('searching');
    expect(await page.locator('[data-search]').getAttribute('data-first-results-for')).toBe(`q=${ECR_TOOL}`);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(
      /^1 name matches “build_and_push_image_to_ecr”; searching descriptions/,
    );

    await resultsFor(page, { q: ECR_TOOL });
    expect(await named.count()).toBe(0);
    expect((await resultPaths(page))[0]).toBe(ECR_PAGE);
    expect(await page.locator('.search-result').first().locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('answers from the first group of shards while the others load, then with the whole index', async () => {
    // The shards the worker loads after its first group (every second one of the manifest, as it
    // deals them into two groups here), each held back: the page is ready before they are in.
    const manifest = JSON.parse(readFileSync(path.join(inject('bundledSite'), 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
    const groups = Math.ceil(manifest.shards.length / SHARDS_PER_GROUP);
    expect(groups).toBeGreaterThanOrEqual(2);
    const later = manifest.shards.filter((_, i) => i % groups !== 0);
    const { page, problems } = await newWatchedPage(browser);
    await page.context().route(
      (url) => later.some((folder) => url.pathname.startsWith(`/${folder}`)),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.continue();
      },
    );
    await page.goto(`${site.url}search/`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    expect(await page.locator('[data-search]').getAttribute('data-index')).toBeNull();
    // A word of descriptions that no name has: only the full text answers it.
    await page.locator('#search-query').pressSequentially('comprehensive');
    await page.waitForSelector('[data-search][data-first-results-for="q=comprehensive"]', { timeout: 2_000 });
    expect(await page.locator('[data-search]').getAttribute('data-index')).toBeNull();
    expect(await page.locator('[data-search]').getAttribute('data-results-for')).toBeNull();
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'First matches for “comprehensive”; searching the rest of the index…',
    );
    const first = await resultPaths(page);
    expect(first.length).toBeGreaterThan(0);
    expect(await page.locator('.search-result[data-name-match]').count()).toBe(0);

    await resultsFor(page, { q: 'comprehensive' });
    expect(await page.locator('[data-search]').getAttribute('data-index')).toBe('loaded');
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const total = Number(/^([\d,]+) results for “comprehensive”\.$/.exec(status)?.[1]?.replace(/,/g, ''));
    // The whole answer holds more than the first group had: the held-back shards were searched too.
    expect(total).toBeGreaterThan(first.length);
    expect(await resultPaths(page)).not.toEqual(first);
    expect(problems).toEqual([]);
  });

  it('keeps to the chosen filters and order', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/?risk=critical&sort=risk-desc`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    await page.context().route(/\/pagefind(-shards\/[a-z0-9-]+)?\/index\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.locator('#search-query').pressSequentially('delete');
    await page.locator('.search-result[data-name-match]').first().waitFor({ timeout: 5_000 });
    const risks = await page.locator('.search-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')));
    expect(risks.length).toBeGreaterThan(0);
    expect(new Set(risks)).toEqual(new Set(['critical']));
    const names = await page.locator('.search-result-link').allTextContents();
    for (const name of names) expect(name.toLowerCase()).toMatch(/delete/);
    expect(problems).toEqual([]);
  });
});

describe('filters and the URL', () => {
  it('narrows to the chosen risk levels, every result carrying one of them', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/?q=delete`);
    await resultsFor(page, { q: 'delete' });
    const filters = await indexFilters(page);
    expect(filters.risk?.critical).toBeGreaterThan(0);
    const all = await page.locator('[data-search-status]').textContent();
    const unfiltered = Number.parseInt(all ?? '', 10);

    await page.locator('fieldset[data-filter="risk"] label', { hasText: 'critical' }).click();
    await resultsFor(page, { q: 'delete', risk: 'critical' });
    const critical = Number.parseInt((await page.locator('[data-search-status]').textContent()) ?? '', 10);
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(unfiltered);
    expect(
      new Set(await page.locator('.search-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')))),
    ).toEqual(new Set(['critical']));

    await page.locator('fieldset[data-filter="risk"] label', { hasText: 'high' }).click();
    await resultsFor(page, { q: 'delete', risk: ['critical', 'high'] });
    const risks = await page.locator('.search-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')));
    expect(risks.length).toBeGreaterThan(0);
    for (const risk of risks) expect(['critical', 'high']).toContain(risk);
    expect(page.url()).toBe(`${site.url}search/?q=delete&risk=critical&risk=high`);
    expect(problems).toEqual([]);
  });

  it('restores query, filters and order from a shared URL, and again after a reload', async () => {
    const shared = `${site.url}search/?q=delete&risk=critical&risk=high&sort=risk-desc`;
    const { page, problems } = await openPage(browser, shared);
    const filters = await indexFilters(page);
    expect(filters.risk).toBeDefined();
    for (let visit = 0; visit < 2; visit += 1) {
      await resultsFor(page, { q: 'delete', risk: ['critical', 'high'], sort: 'risk-desc' });
      expect(await page.locator('#search-query').inputValue()).toBe('delete');
      expect(await page.locator('#search-sort').inputValue()).toBe('risk-desc');
      const ticked = await page
        .locator('fieldset[data-filter="risk"] input:checked')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(ticked.sort()).toEqual(['critical', 'high']);
      const risks = await page.locator('.search-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')));
      expect(risks.length).toBeGreaterThan(0);
      // Highest risk first: every critical result comes before every high one.
      expect(risks).toEqual([...risks].sort((a, b) => (a === b ? 0 : a === 'critical' ? -1 : 1)));
      expect(page.url()).toBe(shared);
      await page.reload();
    }
    expect(problems).toEqual([]);
  });

  it('restores a shared query even without filters', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/?q=ecr`);
    await resultsFor(page, { q: 'ecr' });
    expect(await page.locator('#search-query').inputValue()).toBe('ecr');
    expect(await resultPaths(page)).toContain(ECR_PAGE);
    expect(problems).toEqual([]);
  });
});

describe('the keyboard', () => {
  it('focuses the header box with / on any page, and Enter opens the search page with results', async () => {
    const { page, problems } = await openPage(browser, `${site.url}servers/ecs-mcp-server/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('ecr');
    expect(await page.locator('#site-search').inputValue()).toBe('ecr');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}search/?q=ecr`);
    await resultsFor(page, { q: 'ecr' });
    expect(await resultPaths(page)).toContain(ECR_PAGE);
    expect(problems).toEqual([]);
  });

  it('leaves / alone while typing in a field', async () => {
    const { page } = await openPage(browser, `${site.url}search/`);
    await page.locator('#search-query').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-query').inputValue()).toBe('a/b');
    await page.locator('#site-search').focus();
    await page.keyboard.type('c/d');
    expect(await page.locator('#site-search').inputValue()).toBe('c/d');
  });

  it('walks the results with the arrow keys, follows one with Enter, clears with Escape', async () => {
    const { page, problems } = await openPage(browser, `${site.url}search/`);
    await page.waitForSelector('[data-search][data-state="ready"]');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    // A query with several results, to walk them.
    await page.keyboard.type('ecr');
    await resultsFor(page, { q: 'ecr' });
    await page.keyboard.press('ArrowDown');
    const paths = await resultPaths(page);
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(paths[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(paths[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('Escape');
    await resultsFor(page, {});
    expect(await page.locator('#search-query').inputValue()).toBe('');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(page.url()).toBe(`${site.url}search/`);

    await page.keyboard.type(ECR_TOOL);
    await resultsFor(page, { q: ECR_TOOL });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${ECR_PAGE.slice(1)}`);
    expect(await page.locator('h1').textContent()).toContain(ECR_TOOL);
    expect(problems).toEqual([]);
  });
});

describe('what the pages load', () => {
  const built = () => inject('bundledSite');
  const scripts = (page: string) => [...readFileSync(path.join(built(), page), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const scriptSources = (page: string) => scripts(page).map((match) => /\bsrc="([^"]+)"/.exec(match[1]!)?.[1]);

  it('has no inline scripts, and only a tiny header script outside the search page', () => {
    for (const page of [
      'index.html',
      'servers/index.html',
      'servers/ecs-mcp-server/index.html',
      `${ECR_PAGE.slice(1)}index.html`,
      'search/index.html',
      '404.html',
    ]) {
      for (const [tag, attributes, body] of scripts(page)) {
        // JSON-LD is data, not script; everything that runs must be an external file.
        if (/type="application\/ld\+json"/.test(attributes!)) continue;
        // Astro inlines bundled scripts smaller than vite.build.assetsInlineLimit; astro.config.mjs must turn that off for .js.
        expect(body!.trim(), `${page}: inline script ${tag.slice(0, 80)}`).toBe('');
        expect(attributes, `${page}: ${tag.slice(0, 120)}`).not.toMatch(/\bon[a-z]+=/);
      }
    }
    const header = scriptSources('index.html').filter((src) => src !== undefined);
    expect(header).toHaveLength(1);
    expect(statSync(path.join(built(), header[0]!)).size).toBeLessThan(1024);
    expect(scriptSources(`${ECR_PAGE.slice(1)}index.html`).filter((src) => src?.includes('search'))).toEqual([]);
    expect(scriptSources('search/index.html').filter((src) => src !== undefined)).toHaveLength(2);
  });

  it('searches under a Content-Security-Policy without unsafe-inline', async () => {
    const strict = await serveStatic(built(), { headers: { 'Content-Security-Policy': CSP } });
    try {
      const { page, problems } = await openPage(browser, `${strict.url}search/?q=ecr`);
      await resultsFor(page, { q: 'ecr' });
      expect(await resultPaths(page)).toContain(ECR_PAGE);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      expect(problems).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
