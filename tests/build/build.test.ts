import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { planShards } from '../../src/search/shards.ts';
import { PROJECT_ROOT, runBuild } from '../helpers/build.ts';
import { BUNDLED_SHARD_PAGES } from '../setup/bundled-site.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-build-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every `.../index.html` under `dir/servers`, as site paths like `servers/x/y/`. */
function builtPages(dir: string): Set<string> {
  const pages = new Set<string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name === 'index.html') pages.add(`${relative}/`);
    }
  };
  walk('servers');
  return pages;
}

describe('the bundled catalogue', () => {
  it('builds one page per tool and one per server, none missing and none extra', async () => {
    const site = inject('bundledSite');
    const servers = await loadValidCatalogue(path.join(PROJECT_ROOT, 'content'));
    const expected = new Set<string>(['servers/']);
    for (const server of servers) {
      expected.add(`servers/${server.slug}/`);
      for (const tool of server.tools) expected.add(`servers/${server.slug}/${tool.slug}/`);
    }
    expect(servers.reduce((n, s) => n + s.tools.length, 0)).toBeGreaterThanOrEqual(1036);
    expect([...builtPages(site)].sort()).toEqual([...expected].sort());
  });

  it("puts each tool's exact name on its page", () => {
    const html = readFileSync(path.join(inject('bundledSite'), 'servers/ecs-mcp-server/build-and-push-image-to-ecr/index.html'), 'utf8');
    expect(html).toContain('data-tool="build_and_push_image_to_ecr"');
  });

  it('writes the search index, sitemap, robots.txt and 404 page', () => {
    const site = inject('bundledSite');
    for (const file of ['pagefind/pagefind.js', 'sitemap-index.xml', 'robots.txt', '404.html', 'index.html']) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
  });
});

describe('the search index in shards', () => {
  it("lists every shard in pagefind/shards.json, each an index of whole servers, together holding every tool and server page once and the site's own pages in pagefind/", async () => {
    const site = inject('bundledSite');
    const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')) as { shards: string[]; tag: string };
    // The test build cuts shards at about BUNDLED_SHARD_PAGES pages, in catalogue order.
    expect(manifest.shards.length).toBeGreaterThanOrEqual(2);
    expect(manifest.tag).toMatch(/^[\w-]{8,}$/);
    const servers = await loadValidCatalogue(path.join(PROJECT_ROOT, 'content'));
    const expected = planShards(
      servers.map((server) => ({ slug: server.slug, pages: server.tools.length + 1 })),
      BUNDLED_SHARD_PAGES,
    );
    expect(manifest.shards).toEqual(expected.map((shard) => shard.folder));
    const urls = (folder: string) =>
      readdirSync(path.join(site, folder, 'fragment')).map(
        (file) =>
          (
            JSON.parse(
              gunzipSync(readFileSync(path.join(site, folder, 'fragment', file)))
                .subarray(12)
                .toString('utf8'),
            ) as { url: string }
          ).url,
      );
    const pageCount = (folder: string) => {
      const entry = JSON.parse(readFileSync(path.join(site, folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    };
    const indexed: string[] = [];
    for (const [i, folder] of manifest.shards.entries()) {
      // A shard holds its index's data only; the search page loads pagefind's code once, from pagefind/.
      expect(existsSync(path.join(site, folder, 'pagefind.js')), folder).toBe(false);
      expect(pageCount(folder)).toBe(expected[i]!.pages);
      const own = urls(folder);
      for (const url of own) expect(expected[i]!.servers).toContain(/^servers\/([^/]+)\//.exec(url)![1]);
      indexed.push(...own);
    }
    const pages = servers.flatMap((server) => [
      `servers/${server.slug}/`,
      ...server.tools.map((tool) => `servers/${server.slug}/${tool.slug}/`),
    ]);
    expect(indexed.sort()).toEqual(pages.sort());
    // The site's own pages that mark content with data-pagefind-body are indexed from their HTML, in pagefind/.
    expect(existsSync(path.join(site, 'pagefind/pagefind.js'))).toBe(true);
    const marked = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .filter((file) => readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'));
    expect(marked.every((file) => !file.startsWith('servers/'))).toBe(true);
    expect(pageCount('pagefind/')).toBe(marked.length);
  });
});

describe('a small fixture catalogue', () => {
  it('builds every server and tool page from CATALOGUE_DIR into OUT_DIR', async () => {
    const outDir = path.join(scratch, 'small');
    const result = await runBuild({ CATALOGUE_DIR: 'tests/fixtures/catalogues/small', OUT_DIR: outDir });
    expect(result.status, result.stderr).toBe(0);
    expect([...builtPages(outDir)].sort()).toEqual(
      [
        'servers/',
        'servers/notes/',
        'servers/notes/delete-note/',
        'servers/notes/read-note/',
        'servers/notes/run-shell/',
        'servers/payments/',
        'servers/payments/send-payment/',
      ].sort(),
    );
    expect(readdirSync(scratch).filter((name) => name.includes('.tmp-') || name.includes('.old-'))).toEqual([]);
  });
});

describe('a broken catalogue', () => {
  it('fails naming every file and field at fault, and leaves the previous OUT_DIR as it was', async () => {
    const outDir = path.join(scratch, 'kept');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'the previous site');
    const result = await runBuild({ CATALOGUE_DIR: 'tests/fixtures/catalogues/broken', OUT_DIR: outDir });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      'tests/fixtures/catalogues/broken/servers/acme.json: tools[1].name: expected string, received number (tool #1 of server "Acme")',
    );
    expect(lines).toContain(
      'tests/fixtures/catalogues/broken/servers/acme.json: tools[2].inputSchema: expected object, received undefined (tool "no_schema" of server "Acme")',
    );
    expect(lines.some((line) => line.startsWith('tests/fixtures/catalogues/broken/servers/truncated.json: $: not valid JSON: '))).toBe(
      true,
    );
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
    expect(readdirSync(scratch).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('fails on invalid site settings, naming the file and field, and leaves OUT_DIR as it was', async () => {
    const catalogue = path.join(scratch, 'bad-settings');
    mkdirSync(path.join(catalogue, 'servers'), { recursive: true });
    writeFileSync(
      path.join(catalogue, 'servers', 'a.json'),
      readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/catalogues/small/servers/payments.json')),
    );
    writeFileSync(path.join(catalogue, 'settings.json'), JSON.stringify({ productName: '' }));
    const outDir = path.join(scratch, 'kept-2');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'marker'), 'x');
    const result = await runBuild({ CATALOGUE_DIR: catalogue, OUT_DIR: outDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/settings\.json: productName: /);
    expect(readdirSync(outDir)).toEqual(['marker']);
  });
});
