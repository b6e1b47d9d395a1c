/**
 * The hostile catalogue (tests/fixtures/catalogues/hostile) built and opened in Debian's Chromium,
 * every page of it, served once with the recommended security headers (public/_headers) and once
 * with only the page's own <meta> Content-Security-Policy. Every payload in the catalogue tries to
 * set `window.__pwned`, call `alert` or add an element or attribute; none may succeed, and the
 * text must still be shown as what it is.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import type { CatalogueServer, CatalogueTool } from '../../src/catalogue/catalogue.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { domProblems, headersForAll, htmlPages, visit, watchedPage, type Opened } from '../helpers/hostile-page.ts';
import { runBuild } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { writeHostileCatalogue } from '../fixtures/catalogues/hostile/generate.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-browser-'));
const catalogueDir = path.join(scratch, 'catalogue');
const outDir = path.join(scratch, 'site', 'dist');
let servers: CatalogueServer[];
let browser: Browser;
let withHeaders: StaticServer;
let metaOnly: StaticServer;
/** Site paths of every HTML page built, like `/servers/markup/read-html-note/`. */
let pages: string[];

beforeAll(async () => {
  writeHostileCatalogue(catalogueDir);
  servers = await loadValidCatalogue(catalogueDir);
  const inherited = process.env.BASE_URL;
  delete process.env.BASE_URL;
  const result = await runBuild({ CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir }).finally(() => {
    if (inherited !== undefined) process.env.BASE_URL = inherited;
  });
  if (result.status !== 0) throw new Error(`building the hostile catalogue failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  const headers = headersForAll(readFileSync(path.join(outDir, '_headers'), 'utf8'));
  if (!headers['Content-Security-Policy']) throw new Error('_headers has no Content-Security-Policy for /*');
  withHeaders = await serveStatic(outDir, { headers });
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

/** `visit` in a fresh watched page. */
async function open(server: StaticServer, sitePath: string): Promise<Opened> {
  const opened = await watchedPage(browser);
  await visit(opened, server, sitePath);
  return opened;
}

function toolOfPath(sitePath: string): { server: CatalogueServer; tool?: CatalogueTool } | undefined {
  const match = /^\/servers\/([^/]+)\/(?:([^/]+)\/)?$/.exec(sitePath);
  if (!match) return undefined;
  const server = servers.find((s) => s.slug === match[1]);
  if (!server) return undefined;
  if (match[2] === undefined) return { server };
  const tool = server.tools.find((t) => t.slug === match[2]);
  return tool ? { server, tool } : undefined;
}

/**
 * Text as HTML delivers it: the parser turns every CR and CRLF into LF, in text and attributes
 * alike. (JSON-LD and the policy snippets escape them, so they keep the exact name.)
 */
function asHtmlText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

interface LdBreadcrumbs {
  '@type': 'BreadcrumbList';
  itemListElement: { name: string; position: number; item: string }[];
}
interface LdFaq {
  '@type': 'FAQPage';
  mainEntity: { name: string; acceptedAnswer: { text: string } }[];
}

/** JSON-LD blocks that parse, and say what the page's breadcrumbs and FAQ say. */
async function jsonLdProblems(page: Page, sitePath: string): Promise<string[]> {
  const found: string[] = [];
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const blocks: unknown[] = [];
  for (const text of texts) {
    try {
      blocks.push(JSON.parse(text));
    } catch (error) {
      found.push(`JSON-LD does not parse (${(error as Error).message}): ${text.slice(0, 120)}`);
    }
  }
  const crumbs = await page.locator('nav.breadcrumbs li').allTextContents();
  const breadcrumbs = blocks.filter((b): b is LdBreadcrumbs => (b as LdBreadcrumbs)['@type'] === 'BreadcrumbList');
  if (crumbs.length > 0 || breadcrumbs.length > 0) {
    const names = breadcrumbs[0]?.itemListElement.map((item) => item.name);
    if (breadcrumbs.length !== 1 || JSON.stringify(names?.map(asHtmlText)) !== JSON.stringify(crumbs))
      found.push(`BreadcrumbList ${JSON.stringify(names)} is not the page's ${JSON.stringify(crumbs)}`);
    const owner = toolOfPath(sitePath);
    if (owner) {
      const expected = ['Home', 'Servers', owner.server.server.name, ...(owner.tool ? [owner.tool.tool.name] : [])];
      if (JSON.stringify(names) !== JSON.stringify(expected))
        found.push(`BreadcrumbList ${JSON.stringify(names)}, expected the exact names ${JSON.stringify(expected)}`);
      // The visible trail is the same names as HTML shows them.
      if (JSON.stringify(crumbs) !== JSON.stringify(expected.map(asHtmlText))) found.push(`breadcrumbs ${JSON.stringify(crumbs)}`);
      const last = breadcrumbs[0]?.itemListElement.at(-1);
      if (last && new URL(last.item).pathname !== sitePath) found.push(`BreadcrumbList ends at ${last.item}`);
    }
  }
  const questions = await page.locator('.faq details > summary').allTextContents();
  const faqs = blocks.filter((b): b is LdFaq => (b as LdFaq)['@type'] === 'FAQPage');
  if (questions.length > 0 || faqs.length > 0) {
    const names = faqs[0]?.mainEntity.map((q) => q.name);
    if (faqs.length !== 1 || JSON.stringify(names?.map(asHtmlText)) !== JSON.stringify(questions))
      found.push(`FAQPage questions ${JSON.stringify(names)?.slice(0, 200)} are not the page's`);
    else {
      const answers = await page.locator('.faq details > p').allTextContents();
      faqs[0]!.mainEntity.forEach((q, i) => {
        if (!asHtmlText(q.acceptedAnswer.text).startsWith(answers[i]!))
          found.push(`FAQ answer ${i} is not the page's: ${q.acceptedAnswer.text.slice(0, 120)}`);
      });
    }
  }
  return found;
}

/** The policy snippet of a tool or server page: valid JSON, naming exactly the tools it is for. */
async function policyProblems(page: Page, sitePath: string): Promise<string[]> {
  const owner = toolOfPath(sitePath);
  if (!owner) return [];
  const found: string[] = [];
  const snippet = page.locator(owner.tool ? '#policy-json' : '#server-policy-json');
  const text = await snippet.textContent();
  let policy: { tools: Record<string, unknown> } | undefined;
  try {
    policy = JSON.parse(text ?? '') as { tools: Record<string, unknown> };
  } catch (error) {
    found.push(`the policy snippet is not JSON (${(error as Error).message}): ${text?.slice(0, 200)}`);
  }
  if (policy && owner.tool) {
    const names = Object.keys(policy.tools);
    if (names.length !== 1 || names[0] !== owner.tool.tool.name)
      found.push(`the policy names ${JSON.stringify(names)}, not ${JSON.stringify(owner.tool.tool.name)}`);
    const data = await page.locator('h1[data-tool]').getAttribute('data-tool');
    if (data !== asHtmlText(owner.tool.tool.name)) found.push(`data-tool is ${JSON.stringify(data)}`);
  }
  if (policy && !owner.tool) {
    const file = JSON.parse(readFileSync(path.join(outDir, 'servers', owner.server.slug, 'policy.json'), 'utf8')) as unknown;
    if (JSON.stringify(policy) !== JSON.stringify(file)) found.push('the policy snippet is not the policy.json file');
    const names = Object.keys(policy.tools).sort();
    const expected = owner.server.tools.map((t) => t.tool.name).sort();
    if (JSON.stringify(names) !== JSON.stringify(expected)) found.push(`the server policy names ${JSON.stringify(names).slice(0, 200)}`);
  }
  return found;
}

/** Every check on every page, through one server; the failures, one line each. */
async function sweep(server: StaticServer): Promise<string[]> {
  const opened = await watchedPage(browser);
  const failures: string[] = [];
  for (const sitePath of pages) {
    opened.problems.length = 0;
    opened.events.length = 0;
    await visit(opened, server, sitePath);
    const found = [
      ...opened.problems,
      ...opened.events,
      ...(await domProblems(opened.page, '/')),
      ...(await jsonLdProblems(opened.page, sitePath)),
      ...(await policyProblems(opened.page, sitePath)),
    ];
    for (const line of found) failures.push(`${sitePath}: ${line}`);
  }
  await opened.page.close();
  return failures;
}

describe('every page of the hostile site', () => {
  it('was built: one page per server and per tool', () => {
    expect(pages).toContain('/');
    for (const server of servers) {
      expect(pages).toContain(`/servers/${server.slug}/`);
      for (const tool of server.tools) expect(pages).toContain(`/servers/${server.slug}/${tool.slug}/`);
    }
  });

  // On every page: no script of the catalogue's runs (no dialog, no __pwned, no CSP report), no
  // element or attribute of it appears, JSON-LD parses to the page's breadcrumbs and FAQ, and the
  // policy snippet is JSON naming the tool exactly.
  it('is safe served with the recommended headers (public/_headers)', async () => {
    expect(await sweep(withHeaders)).toEqual([]);
  }, 600_000);

  it('is safe served with only the meta Content-Security-Policy', async () => {
    expect(await sweep(metaOnly)).toEqual([]);
  }, 600_000);

  it('serves full descriptions and policies as plain text and JSON that run nothing', async () => {
    const opened = await watchedPage(browser);
    const failed: string[] = [];
    // A browser asks for /favicon.ico when it shows a file that is not HTML; the site has none.
    opened.page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(`HTTP ${response.status()} ${response.url()}`);
    });
    for (const server of servers) {
      await visit(opened, withHeaders, `/servers/${server.slug}/policy.json`);
      for (const tool of server.tools) {
        if ((tool.tool.description?.length ?? 0) > 6000)
          await visit(opened, withHeaders, `/servers/${server.slug}/${tool.slug}/description.txt`);
      }
    }
    expect([...failed, ...opened.problems.filter((line) => !line.includes('Failed to load resource')), ...opened.events]).toEqual([]);
    await opened.page.close();
  }, 120_000);
});

describe('hostile text is shown as text', () => {
  it('shows markup in a description, title and parameters as the characters it is made of', async () => {
    const { page } = await open(withHeaders, '/servers/markup/read-html-note/');
    expect(await page.locator('[data-description]').textContent()).toContain(
      `<script>window.__pwned='description-script';alert('description')</script>`,
    );
    expect(await page.locator('[data-description]').textContent()).toContain(`<img src=x onerror="window.__pwned='description-img'">`);
    expect(await page.locator('.page-head .subtitle').first().textContent()).toBe(
      `</title><script>window.__pwned='title';alert('title')</script>`,
    );
    const table = await page.locator('table.parameters').textContent();
    expect(table).toContain(`<img src=x onerror="window.__pwned='param-name'">`);
    expect(table).toContain(`<script>window.__pwned='enum'</script>`);
    expect(await page.title()).toContain('read_html_note');
    await page.close();
  });

  it('links only http(s) repositories; a javascript: or data: one is shown as text', async () => {
    for (const [slug, text] of [
      ['markup', `javascript:window.__pwned='repository';//https://github.com/example/repo`],
      ['data-urls', `data:text/html,<script>window.__pwned='data-repository'</script>`],
    ] as const) {
      const { page } = await open(withHeaders, `/servers/${slug}/`);
      const source = page.locator('.page-head p', { hasText: 'Source:' });
      expect(await source.locator('a').count()).toBe(0);
      expect(await source.locator('code').textContent()).toBe(text);
      await page.close();
    }
  });
});

describe('invisible and deceptive text', () => {
  it.each([
    ['unicode', 'zero-width-note', '⟨U+200B⟩'],
    ['unicode', 'bidi-override', '⟨U+202E⟩'],
    ['unicode', 'tag-smuggling', '⟨U+E0049⟩'],
    ['unicode', 'word-joiner-only', '⟨U+2060⟩'],
  ])('%s/%s: shows invisible characters as markers and warns', async (server, tool, marker) => {
    const { page } = await open(withHeaders, `/servers/${server}/${tool}/`);
    expect(await page.locator('[data-description]').textContent()).toContain(marker);
    expect(await page.locator('[data-poisoning-warning]').count()).toBe(1);
    expect(['high', 'critical']).toContain(await page.locator('.page-head').getAttribute('data-risk'));
    await page.close();
  });

  it.each([
    'add',
    'zero-width-note',
    'tag-smuggling',
    'variation-selector-smuggling',
    'bidi-override',
    'note-to-model',
    'hidden-in-parameter',
    'fullwidth-override',
    'homoglyph-override',
    'soft-hyphen-split',
    'hangul-filler',
    'exfiltrate-quietly',
  ])('unicode/%s: carries a visible poisoning warning and high risk', async (tool) => {
    const { page } = await open(withHeaders, `/servers/unicode/${tool}/`);
    const warning = page.locator('[data-poisoning-warning]');
    expect(await warning.count()).toBe(1);
    expect(await warning.isVisible()).toBe(true);
    expect(['high', 'critical']).toContain(await page.locator('.page-head').getAttribute('data-risk'));
    await page.close();
  });

  it('warns about a hidden order at the very end of a 5 MB description, though the page shows only the start', async () => {
    const { page } = await open(withHeaders, '/servers/huge/huge-description/');
    expect(await page.locator('[data-poisoning-warning]').count()).toBe(1);
    await page.close();
  });
});

describe('search over hostile text', () => {
  it.each([
    ['with the recommended headers', () => withHeaders],
    ['with the meta CSP only', () => metaOnly],
  ])(
    'shows hostile results and excerpts as text, only <mark> as markup, %s',
    async (_, server) => {
      const opened = await watchedPage(browser);
      for (const query of ['description-script', 'onerror', 'jsonld', 'Reads a note', 'pwned']) {
        await visit(opened, server(), `/search/?q=${encodeURIComponent(query)}`);
        await opened.page.waitForSelector(
          `[data-search][data-state="ready"][data-results-for="${new URLSearchParams({ q: query }).toString()}"]`,
          { timeout: 15_000 },
        );
        expect(await opened.page.locator('.search-result').count(), query).toBeGreaterThan(0);
        expect(await opened.page.locator('.search-result-excerpt *:not(mark)').count(), query).toBe(0);
        // Let any onerror of an injected element fire before looking.
        await opened.page.waitForTimeout(100);
        opened.events.push(...(await opened.page.evaluate(() => (window as unknown as { __atlasSeen: string[] }).__atlasSeen)));
        expect([...opened.problems, ...opened.events, ...(await domProblems(opened.page, '/'))], query).toEqual([]);
      }
      // The excerpt shows the hostile text itself, as text.
      await visit(opened, server(), '/search/?q=jsonld');
      await opened.page.waitForSelector('[data-search][data-state="ready"][data-results-for="q=jsonld"]', { timeout: 15_000 });
      expect(await opened.page.locator('.search-result-excerpt').first().textContent()).toContain("<script>window.__pwned='jsonld-name'");
      await opened.page.close();
    },
    120_000,
  );
});
