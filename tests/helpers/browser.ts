/**
 * Debian's Chromium, driven by playwright-core, for browser tests (search, copy buttons, axe,
 * hostile data). Nothing is downloaded: the browser is the system one, or CHROMIUM_PATH.
 *
 *   const browser = await launchBrowser();            // in beforeAll; `await browser.close()` in afterAll
 *   const { page, problems } = await openPage(browser, `${site.url}search/`);
 *   ...
 *   expect(problems).toEqual([]);                     // console errors, page errors, failed requests
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /**
   * What went wrong on the page so far, one line each: `console.error` messages (which include CSP
   * violations and failed loads), uncaught exceptions and requests that failed outright.
   * The array keeps filling as the page lives on; check it at the end of a test.
   */
  problems: string[];
}

/** A fresh page in its own context (no shared storage or permissions between tests) that records its problems. */
export async function newWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation that replaces a loading page aborts its requests; that is not a fault of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('close', () => {
    // When the browser itself closes (afterAll), the context is already gone: that rejection is no failure.
    context.close().catch(() => undefined);
  });
  return { page, problems };
}

/** `newWatchedPage` plus navigation to `url`, waiting until the page and its scripts have loaded. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const watched = await newWatchedPage(browser, options);
  const response = await watched.page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${url}`);
  if (!response.ok()) watched.problems.push(`HTTP ${response.status()} for ${url}`);
  return watched;
}
