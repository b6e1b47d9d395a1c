/**
 * The policy builder as users touch it, in Debian's Chromium on the bundled catalogue's build,
 * served under a strict Content-Security-Policy: every control changes the policy.json shown, which
 * stays valid against the published JSON Schema; copy and download give exactly what is shown;
 * reset brings the recommendation back; the server page edits one tool's rule and the default;
 * keyboard, axe and no-JavaScript checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePolicyFile, type PolicyFile, type ToolRule } from '../../src/risk/policy/schema.ts';
import { launchBrowser, openPage as openWatchedPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** A tool with a rate limit and all three kinds of argument check (two recommended, three offered). */
const TOOL = 'manage_aws_emr_clusters';
const TOOL_PAGE = 'servers/aws-dataprocessing-mcp-server/manage-aws-emr-clusters/';
const SERVER_PAGE = 'servers/aws-documentation-mcp-server/';
/** Strict for scripts: no inline script, no eval. Shiki's colours are inline style attributes. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'";

// ajv ships CommonJS; its default export arrives wrapped or not depending on the loader.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as unknown as new (options?: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};

let site: StaticServer;
let browser: Browser;
let validate: ((data: unknown) => boolean) & { errors?: unknown };

beforeAll(async () => {
  const dir = inject('bundledSite');
  site = await serveStatic(dir, { headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
  // The JSON Schema the site publishes, not the one in this code base.
  validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(JSON.parse(readFileSync(path.join(dir, 'policy.schema.json'), 'utf8')));
});

/** Pages of the current test, closed after it so that no context is torn down with the browser. */
const openPages: Page[] = [];

async function openPage(...args: Parameters<typeof openWatchedPage>) {
  const watched = await openWatchedPage(...args);
  openPages.push(watched.page);
  return watched;
}

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.context().close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The policy.json the page shows, parsed, after checking it against the schema both ways. */
async function shownPolicy(page: Page, id = 'policy-json'): Promise<PolicyFile> {
  const text = (await page.locator(`#${id}`).textContent()) ?? '';
  const json: unknown = JSON.parse(text);
  const parsed = parsePolicyFile(json);
  expect(parsed.success ? [] : parsed.issues).toEqual([]);
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  return json as PolicyFile;
}

async function shownRule(page: Page): Promise<ToolRule> {
  return (await shownPolicy(page)).tools[TOOL]!;
}

async function openBuilder(url: string, options = {}) {
  const watched = await openPage(browser, `${site.url}${url}`, options);
  await watched.page.waitForSelector('.policy-builder:not([hidden])');
  return watched;
}

/** The argument check row for one argument. */
function argument(page: Page, name: string) {
  return page.locator('.pb-arg').filter({ has: page.locator('code', { hasText: new RegExp(`^${name}$`) }) });
}

describe('the builder on a tool page', () => {
  it('starts from the recommendation and follows every control', async () => {
    const { page, problems } = await openBuilder(TOOL_PAGE);
    const recommended = await shownRule(page);
    expect(recommended).toMatchObject({ action: 'rate_limit', limits: [{ max: 30, window: 'minute', scope: 'session' }] });
    // Nothing edited yet: the shiki markup is still there.
    expect(await page.locator('#policy-json pre.shiki').count()).toBe(1);
    const builder = page.locator('[data-policy-builder]');

    // The limit: max, window, scope.
    await builder.getByLabel('At most', { exact: true }).fill('12');
    expect(await shownRule(page)).toMatchObject({ action: 'rate_limit', limits: [{ counter: `${TOOL}.calls`, max: 12, window: 'minute', scope: 'session' }] });
    expect(await page.locator('#policy-json pre.pb-code').count()).toBe(1);
    await builder.getByLabel('calls per', { exact: true }).selectOption('hour');
    await builder.getByLabel('counted per', { exact: true }).selectOption('user');
    expect(await shownRule(page)).toMatchObject({ limits: [{ max: 12, window: 'hour', scope: 'user' }] });

    // An impossible limit is flagged and not written: the policy keeps the last valid one.
    await builder.getByLabel('At most', { exact: true }).fill('0');
    expect(await builder.getByLabel('At most', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.pb-error').textContent()).toMatch(/whole number/);
    expect(await shownRule(page)).toMatchObject({ limits: [{ max: 12 }] });
    await builder.getByLabel('At most', { exact: true }).fill('');
    expect(await shownRule(page)).toMatchObject({ limits: [{ max: 12 }] });
    await builder.getByLabel('At most', { exact: true }).fill('12');
    expect(await builder.getByLabel('At most', { exact: true }).getAttribute('aria-invalid')).toBeNull();

    // Argument checks: a recommended oneOf, an offered prefix and an offered max.
    await argument(page, 'operation').getByLabel('"terminate-clusters"').check();
    let rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && rule.arguments?.operation).toEqual({ kind: 'oneOf', values: ['describe-cluster', 'list-clusters', 'describe-security-configuration', 'list-security-configurations', 'terminate-clusters'] });
    await argument(page, 'auto_terminate').getByRole('checkbox', { name: /auto_terminate/ }).uncheck();
    rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && Object.keys(rule.arguments ?? {})).toEqual(['operation']);

    await argument(page, 'log_uri').getByRole('checkbox', { name: /log_uri/ }).check();
    await argument(page, 'log_uri').getByLabel('Beginning required for log_uri').fill('s3://team-logs/');
    await argument(page, 'ebs_root_volume_size').getByRole('checkbox', { name: /ebs_root_volume_size/ }).check();
    await argument(page, 'ebs_root_volume_size').getByLabel('Largest value allowed for ebs_root_volume_size').fill('64');
    rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && rule.arguments).toEqual({
      operation: { kind: 'oneOf', values: ['describe-cluster', 'list-clusters', 'describe-security-configuration', 'list-security-configurations', 'terminate-clusters'] },
      log_uri: { kind: 'prefix', prefix: 's3://team-logs/' },
      ebs_root_volume_size: { kind: 'max', max: 64 },
    });

    // Every action; argument checks and the limit follow what each action allows.
    await builder.getByLabel('Require approval').check();
    rule = await shownRule(page);
    expect(rule).toMatchObject({ action: 'require_approval', limits: [{ max: 12, window: 'hour', scope: 'user' }], arguments: { ebs_root_volume_size: { kind: 'max', max: 64 } } });
    await builder.getByLabel('Also cap how many calls can be approved').uncheck();
    rule = await shownRule(page);
    expect(rule.action).toBe('require_approval');
    expect('limits' in rule).toBe(false);
    await builder.getByLabel('Allow', { exact: true }).check();
    expect(await shownRule(page)).toEqual({ action: 'allow', arguments: (rule as { arguments: object }).arguments });
    expect(await page.locator('[data-pb-limit]').isHidden()).toBe(true);
    await builder.getByLabel(/^Deny/).check();
    rule = await shownRule(page);
    expect(rule).toEqual({ action: 'deny', reason: expect.stringContaining(TOOL) });
    expect(await page.locator('[data-pb-arguments]').isHidden()).toBe(true);
    await builder.getByLabel(/^Hide/).check();
    expect(await shownRule(page)).toEqual({ action: 'hide' });
    await builder.getByLabel('Rate-limit').check();
    expect(await shownRule(page)).toMatchObject({ action: 'rate_limit', limits: [{ max: 12 }] });

    // The whole file keeps its shape.
    const policy = await shownPolicy(page);
    expect(Object.keys(policy)).toEqual(['version', 'default', 'tools']);
    expect(Object.keys(policy.tools)).toEqual([TOOL]);

    // The change is announced politely.
    await page.waitForFunction(() => document.querySelector('[data-pb-status]')?.textContent !== '');
    expect(await page.locator('[data-pb-status]').getAttribute('role')).toBe('status');
    expect(await page.locator('[data-pb-status]').textContent()).toMatch(/^policy\.json updated: manage_aws_emr_clusters rate-limited, 12 calls per hour per user/);

    // Reset: the recommendation again, shiki markup included.
    await builder.getByRole('button', { name: 'Reset to the recommendation' }).click();
    expect(await shownRule(page)).toEqual(recommended);
    expect(await page.locator('#policy-json pre.shiki').count()).toBe(1);
    expect(await builder.getByLabel('At most', { exact: true }).inputValue()).toBe('30');
    expect(problems).toEqual([]);
  });

  it('copies and downloads exactly the JSON shown', async () => {
    const { page, problems } = await openBuilder(TOOL_PAGE, { permissions: ['clipboard-read', 'clipboard-write'] });
    const builder = page.locator('[data-policy-builder]');
    await builder.getByLabel('Require approval').check();
    await builder.getByLabel('At most', { exact: true }).fill('7');
    const shown = (await page.locator('#policy-json').textContent()) ?? '';
    expect(JSON.parse(shown).tools[TOOL]).toMatchObject({ action: 'require_approval', limits: [{ max: 7 }] });

    await page.locator('button[data-copy-target="policy-json"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const [download] = await Promise.all([page.waitForEvent('download'), builder.getByRole('link', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toBe('manage-aws-emr-clusters.policy.json');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(shown);
    expect(problems).toEqual([]);
  });

  it('works from the keyboard alone, at least for the action', async () => {
    const { page, problems } = await openBuilder(TOOL_PAGE);
    // Tab into the action group: the checked radio takes the focus.
    await page.locator('#policy-builder-title').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1');
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('rate_limit');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('require_approval');
    expect((await shownRule(page)).action).toBe('require_approval');
    await page.keyboard.press('ArrowRight');
    expect((await shownRule(page)).action).toBe('deny');
    // On to the next control and the limit field: Tab skips what the action hides.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('limit-enabled');
    expect(problems).toEqual([]);
  });

  it('has no axe violations with the builder open and every group shown', async () => {
    const { page, problems } = await openBuilder(TOOL_PAGE);
    const builder = page.locator('[data-policy-builder]');
    await builder.getByLabel('Require approval').check();
    await builder.getByLabel('At most', { exact: true }).fill('0');
    await argument(page, 'log_uri').getByRole('checkbox', { name: /log_uri/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the builder on a server page', () => {
  it('edits one tool\'s rule only, toggles the default, and copies and downloads what it shows', async () => {
    const { page, problems } = await openBuilder(SERVER_PAGE, { permissions: ['clipboard-read', 'clipboard-write'] });
    const recommended = await shownPolicy(page, 'server-policy-json');
    expect(recommended.default).toBe('deny');
    const names = Object.keys(recommended.tools);
    expect(names.length).toBeGreaterThan(2);
    const builder = page.locator('[data-server-policy-builder]');
    expect(await builder.locator('tr[data-pb-row]').count()).toBe(names.length);

    const [first, second] = names as [string, string];
    await builder.getByLabel(`Action for ${second}`, { exact: true }).selectOption('deny');
    let policy = await shownPolicy(page, 'server-policy-json');
    expect(policy.tools[second]).toEqual({ action: 'deny', reason: expect.stringContaining(second) });
    for (const name of names.filter((n) => n !== second)) expect(policy.tools[name]).toEqual(recommended.tools[name]);

    await builder.getByLabel(`Action for ${first}`, { exact: true }).selectOption('rate_limit');
    await builder.getByLabel(`Calls allowed for ${first}`, { exact: true }).fill('5');
    await builder.getByLabel(`Per minute, hour or day, for ${first}`, { exact: true }).selectOption('day');
    await builder.getByLabel(`Counted per, for ${first}`, { exact: true }).selectOption('global');
    policy = await shownPolicy(page, 'server-policy-json');
    expect(policy.tools[first]).toMatchObject({ action: 'rate_limit', limits: [{ counter: `${first}.calls`, max: 5, window: 'day', scope: 'global' }] });
    expect(Object.keys(policy.tools)).toEqual(names);

    await builder.getByLabel('Allow them').check();
    expect((await shownPolicy(page, 'server-policy-json')).default).toBe('allow');
    await builder.getByLabel('Deny them').check();
    expect((await shownPolicy(page, 'server-policy-json')).default).toBe('deny');
    await builder.getByLabel('Allow them').check();

    const shown = (await page.locator('#server-policy-json').textContent()) ?? '';
    await page.locator('button[data-copy-target="server-policy-json"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    const figure = page.locator('figure', { has: page.locator('#server-policy-json') });
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('policy.json');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(shown);

    expect(await axeViolations(page)).toEqual([]);

    await builder.getByRole('button', { name: 'Reset to the recommendation' }).click();
    expect(await shownPolicy(page, 'server-policy-json')).toEqual(recommended);
    // Untouched again: Download is the static file once more.
    expect(await figure.getByRole('link', { name: 'Download' }).getAttribute('href')).toBe(`/${SERVER_PAGE}policy.json`);
    expect(problems).toEqual([]);
  });

  it('stays usable at 360 px: no control wider than the page', async () => {
    const { page, problems } = await openBuilder(SERVER_PAGE, { viewport: { width: 360, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.each([
    [TOOL_PAGE, 'policy-json'],
    [SERVER_PAGE, 'server-policy-json'],
  ])('%s shows the recommended policy, no builder, and a working link to the static policy.json', async (url, id) => {
    const { page, problems } = await openPage(browser, `${site.url}${url}`, { javaScriptEnabled: false });
    const policy = await shownPolicy(page, id);
    expect(await page.locator('.policy-builder').isHidden()).toBe(true);
    const link = page.locator('[data-policy-section] a[href$="/policy.json"]').first();
    const href = await link.getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    const file = (await response.json()) as PolicyFile;
    for (const [name, rule] of Object.entries(policy.tools)) expect(file.tools[name]).toEqual(rule);
    expect(problems).toEqual([]);
  });
});

describe('page weight', () => {
  it('loads the builder script on tool and server pages only, a few KB', async () => {
    const dir = inject('bundledSite');
    const scripts = (file: string) => [...readFileSync(path.join(dir, file), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const toolScripts = scripts(`${TOOL_PAGE}index.html`);
    const builderEntry = toolScripts.find((src) => src.includes('PolicyBuilder'));
    expect(builderEntry).toBeDefined();
    expect(scripts(`${SERVER_PAGE}index.html`).some((src) => src.includes('PolicyBuilder'))).toBe(true);
    for (const page of ['index.html', 'servers/index.html', 'search/index.html', 'risk/critical/index.html']) {
      expect(scripts(page).filter((src) => src.includes('olicy'))).toEqual([]);
    }
    // The entry imports one chunk; together they stay small (no zod, no shiki).
    const entry = readFileSync(path.join(dir, builderEntry!), 'utf8');
    const chunks = [...entry.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    const total = [entry, ...chunks.map((c) => readFileSync(path.join(dir, '_astro', c!), 'utf8'))].join('');
    expect(total.length).toBeLessThan(12_000);
    expect(total).not.toMatch(/zod|shiki|innerHTML|eval\(/);
  });
});

/** axe-core's violations on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP would refuse an injected <script>.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
