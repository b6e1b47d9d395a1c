/**
 * Every link a built page makes inside the site leads somewhere: each href, src and action of
 * every HTML file (and its canonical and og:url) resolves to a file of the build, a folder link to
 * its index.html, and a #fragment to an id on the target page. Checked on the bundled catalogue,
 * and on a small catalogue built under BASE_PATH=/atlas/ with SITE_URL=https://example.org, where
 * no link may leave /atlas/ and every absolute URL starts with https://example.org/atlas/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT, runBuild } from '../helpers/build.ts';
import { decodeEntities, filesIn, idsIn, jsonLdTexts, linkHref, metaContent, pathOfFile, urlsIn } from '../helpers/html.ts';
import { loadSettings } from '../../src/site/settings.ts';

interface LinkReport {
  /** One line per broken link: `page: <tag attribute="value">: why`. */
  problems: string[];
  /** How many internal links were followed (so a test cannot pass by finding none). */
  checked: number;
}

/**
 * Follows every internal URL of every page of the build in `dir`, whose root is `siteUrl` (which
 * ends in the base path `base`): relative and root-relative URLs, and absolute ones under
 * `siteUrl` (canonical, og:url). Root-relative URLs outside `base` are reported; other absolute
 * URLs are external and left alone.
 */
function checkLinks(dir: string, siteUrl: string, base: string): LinkReport {
  const files = new Set(filesIn(dir));
  const origin = new URL(siteUrl).origin;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsIn(readFileSync(path.join(dir, file), 'utf8'))));
    return ids;
  };
  const problems: string[] = [];
  let checked = 0;

  for (const file of filesIn(dir, '.html')) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    const pageUrl = new URL(`${base}${pathOfFile(file).slice(1)}`, origin);
    const urls = urlsIn(html).map((u) => ({ ...u, shown: `<${u.tag} ${u.attribute}="${u.value}">` }));
    for (const key of ['og:url', 'og:image']) {
      const value = metaContent(html, key);
      if (value !== undefined) urls.push({ tag: 'meta', attribute: key, value, shown: `<meta property="${key}" content="${value}">` });
    }
    for (const { value, shown } of urls) {
      if (/^(mailto|tel):/i.test(value)) continue;
      if (/^(javascript|data|vbscript):/i.test(value.trim())) {
        problems.push(`${file}: ${shown}: a script or data URL`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        problems.push(`${file}: ${shown}: not a URL`);
        continue;
      }
      // An absolute URL is the site's own only under SITE_URL + base: anything else (another host,
      // or a third-party page on the same host outside the base) is an external link.
      const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value);
      if (absolute && !url.href.startsWith(siteUrl)) {
        if (!/^https?:$/.test(url.protocol)) problems.push(`${file}: ${shown}: unexpected protocol`);
        continue;
      }
      checked++;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${file}: ${shown}: leaves the base path ${base}`);
        continue;
      }
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(base.length));
      } catch {
        problems.push(`${file}: ${shown}: badly encoded path`);
        continue;
      }
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!files.has(target)) {
        problems.push(
          `${file}: ${shown}: ${files.has(`${relative}/index.html`) ? 'folder without its trailing slash' : `no file ${target}`}`,
        );
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) problems.push(`${file}: ${shown}: no id "${id}" on ${target}`);
      }
    }
  }
  return { problems, checked };
}

/** The URLs listed in the sitemap index and its sitemaps, and the sitemap robots.txt names. */
function sitemapUrls(dir: string, base: string): { robots: string | undefined; urls: string[] } {
  const robots = readFileSync(path.join(dir, 'robots.txt'), 'utf8').match(/^Sitemap: (\S+)$/m)?.[1];
  const locs = (file: string) =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1]!));
  const urls: string[] = [];
  for (const sitemap of locs('sitemap-index.xml')) {
    urls.push(sitemap);
    urls.push(...locs(new URL(sitemap).pathname.slice(base.length)));
  }
  return { robots, urls };
}

describe('the link checker', () => {
  it('reports a missing page, a missing #fragment, a folder without its slash and a link out of the base', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-links-self-'));
    try {
      mkdirSync(path.join(dir, 'a'));
      writeFileSync(path.join(dir, 'a', 'index.html'), '<p id="here">x</p>');
      writeFileSync(
        path.join(dir, 'index.html'),
        '<a href="/atlas/a/#here">ok</a><a href="a/">ok</a><a href="https://example.org/atlas/a/">ok</a><a href="https://example.org/elsewhere">external</a>' +
          '<a href="/atlas/b/">missing</a><a href="/atlas/a/#gone">no id</a><a href="/atlas/a">no slash</a><a href="/a/">out</a><a href="#top">no id here</a>',
      );
      const report = checkLinks(dir, 'https://example.org/atlas/', '/atlas/');
      expect(report.problems).toEqual([
        'index.html: <a href="/atlas/b/">: no file b/index.html',
        'index.html: <a href="/atlas/a/#gone">: no id "gone" on a/index.html',
        'index.html: <a href="/atlas/a">: folder without its trailing slash',
        'index.html: <a href="/a/">: leaves the base path /atlas/',
        'index.html: <a href="#top">: no id "top" on index.html',
      ]);
      expect(report.checked).toBe(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundled catalogue', () => {
  const siteUrl = `${loadSettings(path.join(PROJECT_ROOT, 'content')).siteUrl.replace(/\/$/, '')}/`;

  it('has no broken internal link, asset or #fragment on any page', () => {
    const report = checkLinks(inject('bundledSite'), siteUrl, '/');
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(50_000);
  });

  it('lists only URLs in its sitemap that resolve to pages', () => {
    const dir = inject('bundledSite');
    const { robots, urls } = sitemapUrls(dir, '/');
    expect(robots).toBe(`${siteUrl}sitemap-index.xml`);
    const broken = urls.filter((url) => {
      const relative = decodeURIComponent(new URL(url).pathname.slice(1));
      return (
        !url.startsWith(siteUrl) ||
        !existsSync(path.join(dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative))
      );
    });
    expect(broken).toEqual([]);
  });
});

describe('a small catalogue under BASE_PATH=/atlas/ and SITE_URL=https://example.org', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-links-'));
  const outDir = path.join(scratch, 'dist');
  const siteUrl = 'https://example.org/atlas/';

  beforeAll(async () => {
    // Vitest puts Vite's BASE_URL=/ into process.env, which would override Astro's base: build without it.
    const inherited = process.env.BASE_URL;
    delete process.env.BASE_URL;
    const result = await runBuild({
      CATALOGUE_DIR: 'tests/fixtures/catalogues/small',
      OUT_DIR: outDir,
      BASE_PATH: '/atlas/',
      SITE_URL: 'https://example.org',
    }).finally(() => {
      if (inherited !== undefined) process.env.BASE_URL = inherited;
    });
    if (result.status !== 0)
      throw new Error(`building the small catalogue under /atlas/ failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has no broken link and no link that leaves /atlas/', () => {
    const report = checkLinks(outDir, siteUrl, '/atlas/');
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(200);
  });

  it('writes every canonical, og:url, JSON-LD, sitemap and robots.txt URL under https://example.org/atlas/', () => {
    const problems: string[] = [];
    for (const file of filesIn(outDir, '.html')) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const want = `https://example.org/atlas/${pathOfFile(file).slice(1)}`;
      const canonical = linkHref(html, 'canonical');
      if (file !== '404.html' && canonical !== want) problems.push(`${file}: canonical ${canonical}, expected ${want}`);
      if (file !== '404.html' && metaContent(html, 'og:url') !== want) problems.push(`${file}: og:url ${metaContent(html, 'og:url')}`);
      for (const block of jsonLdTexts(html)) {
        for (const match of JSON.stringify(JSON.parse(block)).matchAll(/"(https?:\/\/[^"]+)"/g)) {
          if (match[1] !== 'https://schema.org' && !match[1]!.startsWith(siteUrl)) problems.push(`${file}: JSON-LD URL ${match[1]}`);
        }
      }
      // Nothing in the markup may point at the root of the host: attribute values starting with "/" stay under /atlas/.
      for (const match of html.matchAll(/\s(?:href|src|action|content)="(\/[^"]*)"/g)) {
        if (!match[1]!.startsWith('/atlas/')) problems.push(`${file}: ${match[0].trim()}`);
      }
    }
    const { robots, urls } = sitemapUrls(outDir, '/atlas/');
    if (robots !== `${siteUrl}sitemap-index.xml`) problems.push(`robots.txt: Sitemap ${robots}`);
    for (const url of urls) if (!url.startsWith(siteUrl)) problems.push(`sitemap: ${url}`);
    expect(urls).toContain(`${siteUrl}servers/notes/delete-note/`);
    expect(problems).toEqual([]);
  });
});
