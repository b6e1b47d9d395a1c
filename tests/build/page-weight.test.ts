/**
 * Page weight budgets, on every tool page of the bundled catalogue's build: what a reader's
 * browser downloads for a tool page before they open the search. HTML is measured gzipped (as any
 * static host serves it); scripts are followed through their imports, since a module script that
 * looks small can pull in a large chunk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { filesIn } from '../helpers/html.ts';

/** Budgets, gzipped bytes. */
const HTML_BUDGET = 30 * 1024;
const SCRIPT_BUDGET = 6 * 1024;
const CSS_BUDGET = 12 * 1024;
/** What a page loads later, on a reader's request (the policy builder, with every format's compiler). */
const LAZY_SCRIPT_BUDGET = 16 * 1024;

const site = inject('bundledSite');
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** The site file a root-relative URL names. */
const fileOf = (url: string) => path.join(site, decodeURIComponent(url.split(/[?#]/)[0]!));

/** The modules a module imports statically (`import "./x.js"`, `from "./x.js"`): loaded with it. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((match) => match[1]!);
}

/** The modules a module imports with `import()`: loaded only when its code asks (the builder, when opened). */
function dynamicImports(source: string): string[] {
  return [...source.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]!);
}

/** A module script and every module it imports statically, as site files: what the page loads before anyone clicks. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of staticImports(readFileSync(entry, 'utf8'))) moduleGraph(path.resolve(path.dirname(entry), imported), seen);
  return seen;
}

/** `servers/<server>/<tool>/index.html`, as absolute paths. */
function toolPages(): string[] {
  return filesIn(path.join(site, 'servers'), 'index.html')
    .filter((file) => file.split('/').length === 3)
    .map((file) => path.join(site, 'servers', file));
}

describe('page weight of tool pages', () => {
  const pages = toolPages();

  it('finds every tool page of the bundled catalogue', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1073);
  });

  it(`keeps every tool page's HTML under ${HTML_BUDGET / 1024} KB gzipped`, () => {
    const sizes = pages.map((file) => ({ file: path.relative(site, file), bytes: gzipped(file) }));
    const heaviest = sizes.reduce((max, page) => (page.bytes > max.bytes ? page : max));
    expect(heaviest.bytes, `${heaviest.file} is ${heaviest.bytes} bytes gzipped`).toBeLessThan(HTML_BUDGET);
  });

  it(`loads under ${SCRIPT_BUDGET / 1024} KB of JavaScript (gzipped, imports followed) before search is opened, and no pagefind`, () => {
    let heaviest = { file: '', bytes: 0, modules: [] as string[] };
    const bySet = new Map<string, number>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      // Data blocks (JSON-LD) are not scripts; any other <script> must load a file.
      expect(html, `${file}: inline script`).not.toMatch(/<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>/);
      const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => fileOf(match[1]!));
      const key = entries.sort().join('\n');
      let bytes = bySet.get(key);
      const modules = new Set<string>();
      for (const entry of entries) moduleGraph(entry, modules);
      if (bytes === undefined) {
        bytes = [...modules].reduce((sum, module) => sum + gzipped(module), 0);
        bySet.set(key, bytes);
      }
      for (const module of modules) expect(readFileSync(module, 'utf8'), `${module} loads pagefind`).not.toContain('pagefind.js');
      if (bytes > heaviest.bytes) heaviest = { file, bytes, modules: [...modules].map((module) => path.relative(site, module)) };
    }
    expect(heaviest.modules.length).toBeGreaterThan(0);
    expect(heaviest.bytes, `${path.relative(site, heaviest.file)} loads ${heaviest.modules.join(', ')}`).toBeLessThan(SCRIPT_BUDGET);
  });

  it(`loads its lazy parts (the policy builder) only on request, each under ${LAZY_SCRIPT_BUDGET / 1024} KB with what it imports`, () => {
    const lazy = new Set<string>();
    for (const file of pages.slice(0, 50)) {
      const entries = [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => fileOf(match[1]!));
      for (const entry of entries)
        for (const module of moduleGraph(entry))
          for (const imported of dynamicImports(readFileSync(module, 'utf8'))) lazy.add(path.resolve(path.dirname(module), imported));
    }
    expect([...lazy].map((file) => path.basename(file)).join(' ')).toMatch(/policy-builder-app/);
    for (const chunk of lazy) {
      const bytes = [...moduleGraph(chunk)].reduce((sum, module) => sum + gzipped(module), 0);
      expect(bytes, path.relative(site, chunk)).toBeLessThan(LAZY_SCRIPT_BUDGET);
    }
  });

  it(`links under ${CSS_BUDGET / 1024} KB of CSS (gzipped)`, () => {
    const sheets = new Set<string>();
    for (const file of pages)
      for (const match of readFileSync(file, 'utf8').matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
        sheets.add(fileOf(match[1]!));
    expect(sheets.size).toBeGreaterThan(0);
    const bytes = [...sheets].reduce((sum, sheet) => sum + gzipped(sheet), 0);
    expect(bytes, [...sheets].join(', ')).toBeLessThan(CSS_BUDGET);
  });
});
