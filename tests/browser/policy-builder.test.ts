/**
 * The policy builder and the format tabs as users touch them, in Debian's Chromium on the bundled
 * catalogue's build, served under a strict Content-Security-Policy: the builder's code loads only
 * when it is opened; every control changes the policy.json shown, which stays valid against the
 * published JSON Schema, and every other format's tab, recompiled in the browser (each parsed by
 * its engine here); copy and download give exactly what is shown; reset brings the recommendation
 * back; the server page edits one tool's rule and the default; the tabs work without JavaScript
 * and remember the reader's format across pages; keyboard, axe and no-JavaScript checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { compilePolicy } from '../../src/risk/policy/formats.ts';
import { parsePolicyFile, type PolicyFile, type ToolRule } from '../../src/risk/policy/schema.ts';
import { launchBrowser, openPage as openWatchedPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** A tool with a rate limit and all three kinds of argument check (three recommended, more offered). */
const TOOL = 'manage_aws_emr_clusters';
const TOOL_PAGE = 'servers/aws-dataprocessing-mcp-server/manage-aws-emr-clusters/';
/** Its recommended operations (the reads) once the reader also ticks "terminate-clusters". */
const OPERATIONS_WITH_TERMINATE = [
  'describe-cluster',
  'list-clusters',
  'describe-security-configuration',
  'list-security-configurations',
  'terminate-clusters',
];
const SERVER_PAGE = 'servers/aws-documentation-mcp-server/';
/** Strict for scripts: no inline script, no eval. Shiki's colours are inline style attributes. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'";

// ajv ships CommonJS; its default export arrives wrapped or not depending on the loader.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as unknown as new (
  options?: object,
) => {
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
  validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(
    JSON.parse(readFileSync(path.join(dir, 'policy.schema.json'), 'utf8')),
  );
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

/** The server's name as the tool page states it (the compilers write it into each file's header). */
async function serverName(page: Page): Promise<string> {
  return (await page.locator('.page-head .subtitle a').first().textContent()) ?? '';
}

async function shownRule(page: Page): Promise<ToolRule> {
  return (await shownPolicy(page)).tools[TOOL]!;
}

async function openBuilder(url: string, options = {}) {
  const watched = await openPage(browser, `${site.url}${url}`, options);
  await watched.page.locator('button[data-pb-open]').click();
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
    expect(recommended).toMatchObject({ action: 'rate_limit', limits: [{ max: 30, window: 'minute', scope: 'agent' }] });
    // Nothing edited yet: the shiki markup is still there.
    expect(await page.locator('#policy-json pre.shiki').count()).toBe(1);
    const builder = page.locator('[data-policy-builder]');

    // The limit: max, window, scope.
    await builder.getByLabel('At most', { exact: true }).fill('12');
    expect(await shownRule(page)).toMatchObject({
      action: 'rate_limit',
      limits: [{ counter: `${TOOL}.calls`, max: 12, window: 'minute', scope: 'agent' }],
    });
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

    // Argument checks: a recommended oneOf, an offered prefix and a recommended max (the root volume's size is billed).
    await argument(page, 'operation').getByLabel('"terminate-clusters"').check();
    let rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && rule.arguments?.operation).toEqual({
      kind: 'oneOf',
      values: OPERATIONS_WITH_TERMINATE,
    });
    await argument(page, 'auto_terminate')
      .getByRole('checkbox', { name: /auto_terminate/ })
      .uncheck();
    rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && Object.keys(rule.arguments ?? {})).toEqual([
      'operation',
      'service_role',
      'ebs_root_volume_size',
    ]);
    // The recommended prefix on the IAM role the service assumes (a placeholder account) goes off the same way.
    await argument(page, 'service_role')
      .getByRole('checkbox', { name: /service_role/ })
      .uncheck();
    rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && Object.keys(rule.arguments ?? {})).toEqual(['operation', 'ebs_root_volume_size']);

    await argument(page, 'log_uri')
      .getByRole('checkbox', { name: /log_uri/ })
      .check();
    await argument(page, 'log_uri').getByLabel('Beginning required for log_uri').fill('s3://team-logs/');
    await argument(page, 'ebs_root_volume_size')
      .getByRole('checkbox', { name: /ebs_root_volume_size/ })
      .check();
    await argument(page, 'ebs_root_volume_size').getByLabel('Largest value allowed for ebs_root_volume_size').fill('64');
    rule = await shownRule(page);
    expect(rule.action === 'rate_limit' && rule.arguments).toEqual({
      operation: {
        kind: 'oneOf',
        values: OPERATIONS_WITH_TERMINATE,
      },
      log_uri: { kind: 'prefix', prefix: 's3://team-logs/' },
      ebs_root_volume_size: { kind: 'max', max: 64 },
    });

    // Every action; argument checks and the limit follow what each action allows.
    await builder.getByLabel('Require approval').check();
    rule = await shownRule(page);
    expect(rule).toMatchObject({
      action: 'require_approval',
      limits: [{ max: 12, window: 'hour', scope: 'user' }],
      arguments: { ebs_root_volume_size: { kind: 'max', max: 64 } },
    });
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
    expect(await page.locator('[data-pb-status]').textContent()).toMatch(
      /^Policy updated in every format: manage_aws_emr_clusters rate-limited: at most 12 calls per hour per user, with \d+ argument checks?\.$/,
    );

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

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-download-target="policy-json"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('manage-aws-emr-clusters.policy.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(shown);

    // Another format: the Cedar tab, copied and downloaded as shown, and parsed by Cedar.
    await page.locator('label[for="policy-format-cedar"]').click();
    const cedarText = (await page.locator('#policy-cedar').textContent()) ?? '';
    // Approval cannot be asked for in ToolHive: the reviewers' permit is there, commented out.
    expect(cedarText).toContain('//   principal in THVGroup::"mcp-approvers",');
    await page.locator('button[data-copy-target="policy-cedar"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cedarText);
    const [cedarDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-download-target="policy-cedar"]').click(),
    ]);
    expect(cedarDownload.suggestedFilename()).toBe('manage-aws-emr-clusters.policy.cedar');
    expect(readFileSync(await cedarDownload.path(), 'utf8')).toBe(cedarText);
    expect(cedar.checkParsePolicySet({ staticPolicies: cedarText }).type).toBe('success');
    expect(problems).toEqual([]);
  });

  it("recompiles every format from the edited rule, with the build's own compilers, and states the new limits", async () => {
    const { page, problems } = await openBuilder(TOOL_PAGE);
    const builder = page.locator('[data-policy-builder]');
    const server = { name: 'AWS Data Processing MCP Server', slug: 'aws-dataprocessing-mcp-server' };
    const check = async () => {
      const policy = await shownPolicy(page);
      for (const format of ['cedar', 'cel', 'pomerium', 'docker'] as const) {
        const shown = (await page.locator(`#policy-${format}`).textContent()) ?? '';
        expect(shown, format).toBe(
          compilePolicy(format, policy, { server: { name: await serverName(page), slug: server.slug } }).text.slice(0, -1),
        );
      }
      return policy;
    };
    await builder.getByLabel(/^Deny/).check();
    await check();
    expect(await page.locator('#policy-cedar').textContent()).toMatch(/^forbid \(/m);
    expect(await page.locator('#policy-cel').textContent()).toContain("- 'false'");
    await builder.getByLabel('Allow', { exact: true }).check();
    await check();
    expect(await page.locator('#policy-docker').textContent()).toContain(`- "${TOOL}"`);
    // The notes under a tab follow: allowed with argument checks, agentgateway says it cannot check them.
    await page.locator('label[for="policy-format-cel"]').click();
    expect(await page.locator('[data-format-limits="cel"] li').first().textContent()).toMatch(
      /is not checked\. agentgateway gives mcpAuthorization rules no arguments/,
    );
    // Back to the recommendation: the shiki markup of every tab returns.
    await builder.getByRole('button', { name: 'Reset to the recommendation' }).click();
    for (const format of ['json', 'cedar', 'cel', 'pomerium', 'docker'])
      expect(await page.locator(`#policy-${format} pre.shiki`).count(), format).toBe(1);
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
    await argument(page, 'log_uri')
      .getByRole('checkbox', { name: /log_uri/ })
      .check();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the builder on a server page', () => {
  it("edits one tool's rule only, toggles the default, and copies and downloads what it shows", async () => {
    const { page, problems } = await openBuilder(SERVER_PAGE, { permissions: ['clipboard-read', 'clipboard-write'] });
    const recommended = await shownPolicy(page, 'server-policy-json');
    // The build's highlighting of the Cedar file (shiki, or the light colouring of a long file), to see it come back.
    const cedarAsBuilt = await page.locator('#server-policy-cedar').innerHTML();
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
    expect(policy.tools[first]).toMatchObject({
      action: 'rate_limit',
      limits: [{ counter: `${first}.calls`, max: 5, window: 'day', scope: 'global' }],
    });
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
    expect(readFileSync(await download.path(), 'utf8')).toBe(shown);

    expect(await axeViolations(page)).toEqual([]);

    await builder.getByRole('button', { name: 'Reset to the recommendation' }).click();
    expect(await shownPolicy(page, 'server-policy-json')).toEqual(recommended);
    // Every format followed, and came back.
    expect(await page.locator('#server-policy-cedar').innerHTML()).toBe(cedarAsBuilt);
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

describe('the format tabs', () => {
  it('switch without JavaScript: one panel shown, the checked one', async () => {
    const { page, problems } = await openPage(browser, `${site.url}${TOOL_PAGE}`, { javaScriptEnabled: false });
    const visible = async () => {
      const out: string[] = [];
      for (const format of ['json', 'cedar', 'cel', 'pomerium', 'docker'])
        if (await page.locator(`.format-panel[data-format="${format}"]`).isVisible()) out.push(format);
      return out;
    };
    expect(await visible()).toEqual(['json']);
    await page.locator('label[for="policy-format-pomerium"]').click();
    expect(await visible()).toEqual(['pomerium']);
    // The keyboard moves through them as through any radio group.
    await page.locator('#policy-format-pomerium').focus();
    await page.keyboard.press('ArrowRight');
    expect(await visible()).toEqual(['docker']);
    expect(problems).toEqual([]);
  });

  it("remember the reader's format on the next page", async () => {
    const { page, problems } = await openPage(browser, `${site.url}${TOOL_PAGE}`);
    await page.locator('label[for="policy-format-cedar"]').click();
    await page.goto(`${site.url}${SERVER_PAGE}`);
    expect(await page.locator('#server-policy-format-cedar').isChecked()).toBe(true);
    expect(await page.locator('.format-panel[data-format="cedar"]').isVisible()).toBe(true);
    expect(await page.locator('.format-panel[data-format="json"]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('link each server file, which the page shows exactly', async () => {
    const { page, problems } = await openPage(browser, `${site.url}${SERVER_PAGE}`);
    for (const [format, file] of [
      ['cedar', 'policy.cedar'],
      ['cel', 'policy.cel.yaml'],
      ['pomerium', 'policy.pomerium.yaml'],
      ['docker', 'docker-tools.yaml'],
    ] as const) {
      const link = page.locator(`.format-panel[data-format="${format}"] figure a[download]`);
      expect(await link.getAttribute('href')).toBe(`/${SERVER_PAGE}${file}`);
      const body = await (await page.request.get(`${site.url}${SERVER_PAGE}${file}`)).text();
      expect(body.slice(0, -1)).toBe(await page.locator(`#server-policy-${format}`).textContent());
    }
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
  it("loads the format tabs' script on tool and server pages only, and the builder only when it is opened", async () => {
    const dir = inject('bundledSite');
    const scripts = (file: string) =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const entry = scripts(`${TOOL_PAGE}index.html`).find((src) => src.includes('PolicyFormats'));
    expect(entry).toBeDefined();
    expect(scripts(`${SERVER_PAGE}index.html`).some((src) => src.includes('PolicyFormats'))).toBe(true);
    for (const page of ['index.html', 'servers/index.html', 'search/index.html', 'risk/critical/index.html']) {
      expect(scripts(page).filter((src) => src.includes('olicy'))).toEqual([]);
    }
    // The tabs' script is small and imports the builder only dynamically, when it is opened. It
    // carries Vite's preload helper for that import (about 1.5 kB), which no other script of the
    // site shares since search loads pagefind in its worker.
    const source = readFileSync(path.join(dir, entry!), 'utf8');
    expect(source.length).toBeLessThan(3_000);
    const app = source.match(/import\(\s*[`"']\.\/(policy-builder-app\.[^`"']+\.js)[`"']\s*\)/)?.[1];
    expect(app, 'the builder is loaded with import()').toBeDefined();
    expect(source).not.toMatch(/from\s*["'`]\.\/policy-builder-app/);
    // The builder with every compiler: no zod, no shiki, no HTML from strings.
    const builder = readFileSync(path.join(dir, '_astro', app!), 'utf8');
    expect(builder.length).toBeLessThan(40_000);
    expect(builder).not.toMatch(/zod|shiki|innerHTML|eval\(/);
  });
});

/** axe-core's violations on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP would refuse an injected <script>.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
