/**
 * Shared by the hostile browser tests (tests/browser/hostile*.test.ts): a page that records what a
 * payload would do if it ran (the `window.__pwned` trap, dialogs, CSP reports), and a look at the
 * live DOM for anything catalogue text could have turned into markup.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { newWatchedPage } from './browser.ts';
import type { StaticServer } from './static-server.ts';

/** Runs before any page script: records what a payload would do if it ran. */
export const WATCH = `(() => {
  const seen = [];
  Object.defineProperty(window, '__atlasSeen', { value: seen });
  Object.defineProperty(window, '__pwned', { configurable: false, get() { return undefined; }, set(value) { seen.push('__pwned=' + String(value)); } });
  document.addEventListener('securitypolicyviolation', (event) => seen.push('csp: ' + event.violatedDirective + ' ' + event.blockedURI), true);
})();`;

/** Site paths of the HTML files under `dir`: `servers/x/index.html` -> `/servers/x/`, `404.html` -> `/404.html`. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        `/${file
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1')}`,
    )
    .sort();
}

/** The `/*` block of a Netlify/Cloudflare Pages `_headers` file, as a header record. */
export function headersForAll(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inBlock = line.trim() === '/*';
    else if (inBlock) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

export interface Opened {
  page: Page;
  problems: string[];
  events: string[];
}

/** A page with the watchers in place: dialogs, console, the `__pwned` trap, CSP reports. */
export async function watchedPage(browser: Browser): Promise<Opened> {
  const { page, problems } = await newWatchedPage(browser);
  const events: string[] = [];
  await page.addInitScript(WATCH);
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && /pwned|violat|Content.Security.Policy/i.test(message.text()))
      events.push(`console ${message.type()}: ${message.text()}`);
  });
  return { page, problems, events };
}

/** Goes to a site path and waits for what a payload might have scheduled (onerror, onload). */
export async function visit(opened: Opened, server: StaticServer, sitePath: string): Promise<void> {
  const response = await opened.page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${sitePath}`);
  if (response.status() !== 200) opened.problems.push(`HTTP ${response.status()} for ${sitePath}`);
  await opened.page.waitForTimeout(20);
  opened.events.push(...(await opened.page.evaluate(() => (window as unknown as { __atlasSeen: string[] }).__atlasSeen)));
}

/** What an injected element or attribute would look like in the live DOM; empty when there is none. */
export function domProblems(page: Page, base: string): Promise<string[]> {
  return page.evaluate((base) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        if (/^(href|src|action|formaction|xlink:href|srcdoc|data|poster|background)$/i.test(attribute.name)) {
          if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
            found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      if (type === 'application/ld+json' && !script.hasAttribute('src')) continue;
      const src = script.getAttribute('src') ?? '';
      if (type === 'module' && src.startsWith(`${base}_astro/`) && script.text.trim() === '') continue;
      found.push(`script ${script.outerHTML.slice(0, 120)}`);
    }
    // Elements the site never writes itself (it uses <strong>, never <b>; its only SVGs are charts):
    // any of them would be catalogue text turned into markup.
    for (const selector of [
      'img',
      'iframe',
      'object',
      'embed',
      'frame',
      'base',
      'meta[http-equiv="refresh"]',
      'body style',
      'body link',
      'math',
      'mglyph',
      'svg:not(.chart)',
      'b',
    ]) {
      for (const element of document.querySelectorAll(selector)) found.push(`${selector}: ${element.outerHTML.slice(0, 120)}`);
    }
    for (const meta of document.querySelectorAll('meta[http-equiv]')) {
      if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') found.push(`meta ${meta.outerHTML.slice(0, 120)}`);
    }
    if (document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length !== 1) found.push('not exactly one CSP meta');
    return found;
  }, base);
}
