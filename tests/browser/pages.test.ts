/**
 * The pages as people use them, in Chromium on the bundled build: the copy buttons put exactly the
 * policy shown on the clipboard, the server's Download gives the same file as policy.json, pages
 * load without console errors or failed requests, axe finds nothing in light and dark, nothing
 * scrolls sideways at 360 px, and the skip link is the first Tab stop and leads into main.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { expectedSite, type ExpectedServer, type ExpectedTool } from '../helpers/expected.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const expected = await expectedSite('content');
const TOOL: ExpectedTool = expected.tools.find((t) => t.tool.name === 'build_and_push_image_to_ecr')!;
const SERVER: ExpectedServer = expected.servers.find((s) => s.server.slug === 'ecs-mcp-server')!;

/** One page of each kind. */
const PAGES = {
  home: '/',
  tool: TOOL.path,
  server: SERVER.path,
  risk: '/risk/critical/',
  category: '/category/destructive/',
  'attack pattern': '/attack-patterns/path-traversal/',
  methodology: '/methodology/',
} as const;

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

function url(path: string): string {
  return `${site.url}${path.replace(/^\//, '')}`;
}

/** Clicks a copy button and returns what the clipboard then holds, with the code block's text. */
async function copy(page: Page, target: string): Promise<{ clipboard: string; shown: string }> {
  const button = page.locator(`button[data-copy-target="${target}"]`);
  await button.waitFor({ state: 'visible' });
  await button.click();
  await page.waitForFunction((id) => document.querySelector(`button[data-copy-target="${id}"]`)?.textContent === 'Copied', target);
  return {
    clipboard: await page.evaluate(() => navigator.clipboard.readText()),
    shown: await page.locator(`#${target}`).evaluate((element) => element.textContent ?? ''),
  };
}

describe('copy and download', () => {
  it('copies exactly the policy shown on a tool page, which is the recommended policy', async () => {
    const { page, problems } = await openPage(browser, url(TOOL.path), { permissions: ['clipboard-read', 'clipboard-write'] });
    const { clipboard, shown } = await copy(page, 'policy-json');
    expect(clipboard).toBe(shown);
    expect(JSON.parse(clipboard)).toEqual(TOOL.policy);
    expect(clipboard).toBe(JSON.stringify(TOOL.policy, null, 2));
    expect(await page.locator('[data-copy-status]').first().textContent()).toBe('Copied');
    expect(problems).toEqual([]);
  });

  it('copies the server policy shown on a server page, and Download saves the same JSON as policy.json', async () => {
    const { page, problems } = await openPage(browser, url(SERVER.path), {
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    const { clipboard, shown } = await copy(page, 'server-policy-json');
    expect(clipboard).toBe(shown);
    expect(JSON.parse(clipboard)).toEqual(SERVER.policy);

    const file = readFileSync(`${inject('bundledSite')}${SERVER.path}policy.json`, 'utf8');
    expect(JSON.parse(file)).toEqual(JSON.parse(clipboard));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#server-policy-json').locator('xpath=..').locator('a[download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('policy.json');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toBe(file);
    expect(saved.trimEnd()).toBe(clipboard);
    expect(problems).toEqual([]);
  });
});

describe('loading', () => {
  it.each(Object.entries(PAGES))('the %s page loads with no console error and no failed request', async (_kind, path) => {
    const { page, problems } = await openPage(browser, url(path));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('an unknown URL gets the 404 page, with status 404 and nothing else wrong', async () => {
    const { page, problems } = await openPage(browser, url('/servers/no-such-server/'));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // The 404 itself is reported twice (the response, and Chromium's console line for it); nothing else.
    expect([...problems].sort()).toEqual(
      [
        `HTTP 404 for ${url('/servers/no-such-server/')}`,
        'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
      ].sort(),
    );
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each([PAGES.tool, PAGES.server, PAGES.risk, PAGES.home])(`axe finds no violations on %s in ${colorScheme}`, async (path) => {
      const { page, problems } = await openPage(browser, url(path), { colorScheme });
      // Open every FAQ answer, so axe also checks what they hold.
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it.each([...Object.values(PAGES), '/search/', '/servers/', '/attack-patterns/', '/404.html'])(
    '%s does not scroll sideways at 360 px',
    async (path) => {
      const { page } = await openPage(browser, url(path), { viewport: { width: 360, height: 740 } });
      const widths = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        // The widest element sticking out on the right, to say what to fix.
        culprit: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 360.5)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} ${Math.round(element.getBoundingClientRect().right)}`,
          )
          .slice(0, 5),
      }));
      expect(widths.document, widths.culprit.join(', ')).toBeLessThanOrEqual(360);
      // Tool and server tables are laid out for the phone, not scrolled inside their wrapper.
      if (path === PAGES.tool || path === PAGES.server) {
        for (const overflow of await page
          .locator('.table-wrap')
          .evaluateAll((wraps) => wraps.map((wrap) => wrap.scrollWidth - wrap.clientWidth)))
          expect(overflow).toBeLessThanOrEqual(1);
      }
    },
  );

  it('sets risk badges in the body font, also in lists of tool names', async () => {
    const { page } = await openPage(browser, url(PAGES['attack pattern']));
    const fonts = await page
      .locator('.tool-list .badge')
      .evaluateAll((badges) => [...new Set(badges.map((badge) => getComputedStyle(badge).fontFamily))]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).not.toMatch(/mono/i);
  });

  it.each([PAGES.tool, PAGES.home])('on %s, Tab reaches the skip link first, shown on screen, and it moves focus to main', async (path) => {
    const { page, problems } = await openPage(browser, url(path));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const box = active.getBoundingClientRect();
      return {
        className: active.className,
        href: active.getAttribute('href'),
        text: active.textContent,
        onScreen: box.left >= 0 && box.top >= 0 && box.width > 0 && box.right <= window.innerWidth,
      };
    });
    expect(first).toEqual({ className: 'skip-link', href: '#main', text: 'Skip to content', onScreen: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands on the first control inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    expect(problems).toEqual([]);
  });
});
