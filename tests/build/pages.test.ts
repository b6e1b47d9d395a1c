/**
 * The HTML a reader and a crawler get, read from the bundled catalogue's build: every section of a
 * tool page, the policy it shows (parsed, validated and compared with the risk engine's rule for
 * that tool, computed here from the catalogue), FAQ answers that agree with the snippet, JSON-LD,
 * titles and descriptions, canonical and Open Graph URLs, the policy files, sitemap and robots.txt.
 * Structural checks run on a sample of tool pages through a DOM; checks that are cheap with a
 * regex sweep every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePolicyFile, type PolicyFile } from '../../src/risk/policy/schema.ts';
import { policyJsonSchema } from '../../src/risk/policy/json-schema.ts';
import { RISK_LEVELS } from '../../src/risk/schema.ts';
import { expectedSite, type ExpectedTool } from '../helpers/expected.ts';
import {
  attr,
  decodeEntities,
  elementTextById,
  filesIn,
  jsonLdTexts,
  linkHref,
  metaContent,
  parseDocument,
  pathOfFile,
  text,
  titleOf,
  visibleText,
} from '../helpers/html.ts';

const expected = await expectedSite('content');
const SITE_URL = expected.settings.siteUrl.replace(/\/$/, '');
const CATEGORIES = ['Read', 'Write', 'Execute', 'Destructive', 'Financial'] as const;
const SECTIONS = [
  'what-it-does',
  'why-it-needs-a-policy',
  'evidence',
  'annotations',
  'attack-patterns',
  'parameters',
  'policy',
  'related',
  'faq',
  'provenance',
];

let site: string;
/** Every built page's HTML, by file path relative to the site (`servers/x/index.html`). */
const pages = new Map<string, string>();

beforeAll(() => {
  site = inject('bundledSite');
  for (const file of filesIn(site, '.html')) pages.set(file, readFileSync(path.join(site, file), 'utf8'));
});

function page(file: string): string {
  const html = pages.get(file);
  if (html === undefined) throw new Error(`${file} was not built`);
  return html;
}

function count(n: number, one: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`;
}

let anchors: Set<string> | undefined;
/** The ids on the methodology page: every rule's entry is one (`rule-parameter.shell-command`). */
function methodologyAnchors(): Set<string> {
  anchors ??= new Set([...page('methodology/index.html').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
  return anchors;
}

/** The engine's sentence as shown: its `code` spans without the backticks. */
function unmark(sentence: string): string {
  return sentence.replace(/`([^`\n]+)`/g, '$1');
}

/** A policy as the page shows it: the text must be exactly JSON.stringify(policy, null, 2). */
function pretty(policy: unknown): string {
  return JSON.stringify(policy, null, 2);
}

interface FaqEntry {
  question: string;
  answer: string;
  snippet?: string;
}

/** The FAQ as shown: each `<details>` with its question, answer and optional code snippet. */
function faqOf(html: string): FaqEntry[] {
  const section = html.match(/<section class="faq"[\s\S]*?<\/section>/)?.[0] ?? '';
  return [...section.matchAll(/<details>([\s\S]*?)<\/details>/g)].map((match) => {
    const body = match[1]!;
    const snippet = body.match(/<pre class="faq-snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/)?.[1];
    return {
      question: visibleText(body.match(/<summary>([\s\S]*?)<\/summary>/)?.[1] ?? ''),
      answer: decodeEntities((body.match(/<\/summary><p>([\s\S]*?)<\/p>/)?.[1] ?? '').replace(/<[^>]+>/g, '')),
      ...(snippet !== undefined ? { snippet: decodeEntities(snippet) } : {}),
    };
  });
}

/** Parses and validates a policy snippet, throwing with the issues when it is not a valid policy file. */
function validPolicy(textShown: string, where: string): PolicyFile {
  const result = parsePolicyFile(JSON.parse(textShown));
  if (!result.success) throw new Error(`${where}: invalid policy: ${JSON.stringify(result.issues)}`);
  return result.data;
}

type JsonLd = Record<string, unknown> & { '@type': string };

function jsonLdOf(html: string, file: string): JsonLd[] {
  return jsonLdTexts(html).map((raw, i) => {
    try {
      return JSON.parse(raw) as JsonLd;
    } catch (error) {
      throw new Error(`${file}: JSON-LD block ${i + 1} does not parse: ${(error as Error).message}`, { cause: error });
    }
  });
}

/**
 * Problems with a tool's FAQ, judged against the rule the page's snippet shows: the answers must
 * quote the same limits and give snippets that are valid policies (the competitor's "max: 10 and
 * window: 60" beside a snippet that says "minute" is what this guards against).
 */
function faqProblems(t: ExpectedTool, faq: FaqEntry[]): string[] {
  const problems: string[] = [];
  const name = t.tool.name;
  const find = (pattern: RegExp) => faq.find((entry) => pattern.test(entry.question));
  const questions: [string, RegExp][] = [
    ['what it does', /^What does the .* tool do\?$/],
    ['how to enforce', /^How do I enforce a policy on /],
    ['risk level', /^What risk level is /],
    ['rate limit', /rate-limit/],
    ['block', /^How do I block .* completely\?$/],
    ['server', /MCP server provides /],
  ];
  for (const [label, pattern] of questions) if (!find(pattern)) problems.push(`no "${label}" question`);
  // And one "how do I enforce this in <gateway>" per gateway the rule compiles to (ToolHive, agentgateway, Pomerium, Docker).
  const gateways = faq.filter((entry) =>
    /^How do I enforce this rule on .* in (ToolHive|agentgateway|Pomerium|Docker MCP Gateway)\?$/.test(entry.question),
  );
  if (gateways.length !== 4) problems.push(`${gateways.length} gateway questions, expected 4`);
  if (faq.length !== questions.length + 4) problems.push(`${faq.length} questions, expected ${questions.length + 4}`);
  for (const entry of faq) {
    if (!entry.question.includes(name)) problems.push(`question does not name the tool: ${entry.question}`);
    if (entry.answer.trim().length < name.length + 20) problems.push(`answer too thin: ${entry.question} -> ${entry.answer}`);
  }

  const enforce = find(/^How do I enforce a policy on /);
  if (enforce && enforce.snippet !== pretty(t.policy)) problems.push("the enforce answer's snippet differs from the page's policy");

  const risk = find(/^What risk level is /);
  if (risk && !risk.answer.startsWith(`${t.classification.risk[0]!.toUpperCase()}${t.classification.risk.slice(1)}.`))
    problems.push(`risk answer does not open with the risk: ${risk.answer}`);
  if (risk && !risk.answer.includes(`the ${t.classification.category} category`)) problems.push('risk answer does not name the category');

  const rate = find(/rate-limit/);
  if (rate) {
    try {
      const shown = validPolicy(rate.snippet ?? 'null', 'rate-limit snippet');
      const shownRule = shown.tools[name];
      const limits = 'limits' in t.rule && t.rule.limits ? t.rule.limits : undefined;
      if (limits) {
        if (rate.snippet !== pretty(t.policy))
          problems.push("rate-limit snippet differs from the page's policy although the rule has limits");
        if (!rate.answer.includes(JSON.stringify(limits)))
          problems.push(`rate-limit answer does not quote the rule's limits ${JSON.stringify(limits)}`);
      } else if (!shownRule || !('limits' in shownRule) || !shownRule.limits) {
        problems.push('rate-limit snippet has no limits for the tool');
      } else if (!rate.answer.includes(JSON.stringify(shownRule))) {
        problems.push('rate-limit answer does not quote the rule of its snippet');
      }
      const quoted = limits ?? (shownRule && 'limits' in shownRule ? shownRule.limits : undefined) ?? [];
      for (const limit of quoted) {
        const words = `at most ${limit.max} call${limit.max === 1 ? '' : 's'} per ${limit.window}`;
        if (!rate.answer.includes(words)) problems.push(`rate-limit answer does not say "${words}": ${rate.answer}`);
      }
    } catch (error) {
      problems.push((error as Error).message);
    }
  }

  const block = find(/^How do I block /);
  if (block) {
    try {
      const shown = validPolicy(block.snippet ?? 'null', 'block snippet');
      const deny = shown.tools[name];
      if (deny?.action !== 'deny' || Object.keys(shown.tools).length !== 1 || shown.default !== 'deny')
        problems.push(`block snippet is not a deny rule for the tool alone: ${block.snippet}`);
      else if (!block.answer.includes(JSON.stringify(deny))) problems.push('block answer does not quote the deny rule of its snippet');
      if (t.rule.action === 'deny' && block.snippet !== pretty(t.policy))
        problems.push("block snippet differs from the page's deny policy");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }

  const server = find(/MCP server provides /);
  if (server && !server.answer.includes(t.server.server.package.name)) problems.push('server answer does not name the package');
  if (server && !server.answer.includes(t.server.server.name.trim())) problems.push('server answer does not name the server');
  return problems;
}

/** A deterministic sample of tools covering every rule action, risk level and category, and edge cases. */
function sampleTools(): ExpectedTool[] {
  const tools = expected.tools;
  const picked = new Map<string, ExpectedTool>();
  const add = (tool: ExpectedTool | undefined) => tool && picked.set(tool.file, tool);
  add(tools.find((t) => t.tool.name === 'build_and_push_image_to_ecr'));
  for (const action of ['allow', 'rate_limit', 'require_approval', 'deny', 'hide'] as const)
    add(tools.find((t) => t.rule.action === action));
  for (const risk of RISK_LEVELS) add(tools.find((t) => t.classification.risk === risk));
  for (const category of CATEGORIES) add(tools.find((t) => t.classification.category === category));
  add(tools.find((t) => Object.keys(t.tool.inputSchema.properties ?? {}).length === 0));
  add(
    [...tools].sort(
      (a, b) => Object.keys(b.tool.inputSchema.properties ?? {}).length - Object.keys(a.tool.inputSchema.properties ?? {}).length,
    )[0],
  );
  add(tools.find((t) => !t.tool.description));
  add(tools.find((t) => t.classification.patterns.length === 0));
  add(tools.find((t) => t.classification.reviewed));
  add(tools.find((t) => 'arguments' in t.rule && t.rule.arguments));
  add(tools.find((t) => t.server.tools.length === 1));
  for (let i = 0; i < tools.length; i += 97) add(tools[i]);
  return [...picked.values()];
}

describe('a tool page', () => {
  const sample = sampleTools();

  it('samples every rule action, risk level and category', () => {
    expect(new Set(sample.map((t) => t.classification.risk))).toEqual(new Set(RISK_LEVELS));
    expect(new Set(sample.map((t) => t.classification.category))).toEqual(new Set(CATEGORIES));
    expect(sample.length).toBeGreaterThan(20);
  });

  // One test per concern, so a failure names what broke on which page.
  describe.each(sample.map((t) => [t.path, t] as const))('%s', (_path, t) => {
    const { classification: c, tool } = t;
    const serverName = t.server.server.name;
    let html: string;
    let doc: Awaited<ReturnType<typeof parseDocument>>;
    beforeAll(async () => {
      html = page(t.file);
      doc = await parseDocument(html);
    });

    it('is headed by the tool name', () => {
      expect(text(doc.querySelector('h1'))).toBe(tool.name);
      expect(attr(doc.querySelector('h1'), 'data-tool')).toBe(tool.name);
      expect(text(doc.querySelector('#what-it-does'))).toBe(`What ${tool.name} does on ${serverName}`);
    });

    it('has every section, with its anchor, in the order of the table of contents', () => {
      const toc = doc.querySelectorAll('nav.toc a').map((a) => attr(a, 'href'));
      expect(toc).toEqual(SECTIONS.map((id) => `#${id}`));
      let previous = -1;
      for (const id of SECTIONS) {
        const heading = doc.querySelector(`#${id}`);
        expect(heading?.tagName, `#${id}`).toBe('h2');
        expect(heading?.parent?.tagName, `#${id} in a section`).toBe('section');
        expect(attr(heading?.parent, 'aria-labelledby')).toBe(id);
        expect(text(heading).trim().length).toBeGreaterThan(3);
        const at = html.indexOf(`id="${id}"`);
        expect(at, `#${id} after the previous section`).toBeGreaterThan(previous);
        previous = at;
      }
    });

    it('links its risk badge and category to their pages', () => {
      const facts = doc.querySelector('.page-head .facts')!;
      const badge = facts.querySelector('a.badge[data-risk]');
      expect(attr(badge, 'data-risk')).toBe(c.risk);
      expect(attr(badge, 'href')).toBe(`/risk/${c.risk}/`);
      expect(text(badge)).toBe(`${c.risk[0]!.toUpperCase()}${c.risk.slice(1)} risk`);
      expect(text(facts.querySelector(`a[href="/category/${c.category.toLowerCase()}/"]`))).toBe(c.category);
    });

    it('counts its parameters and lists them in the parameter table', () => {
      const names = Object.keys(tool.inputSchema.properties ?? {});
      const required = names.filter((name) => (tool.inputSchema.required ?? []).includes(name)).length;
      const countText = doc
        .querySelectorAll('.page-head .facts .badge')
        .map(text)
        .find((label) => /parameter/.test(label));
      if (names.length === 0) {
        expect(countText).toBe('no parameters');
        return;
      }
      expect(countText).toMatch(new RegExp(`^${names.length} parameters?, `));
      const [, requiredText] = countText!.split(', ');
      expect(requiredText).toBe(
        required === 0 ? 'none required' : required === names.length && names.length > 1 ? 'all required' : `${required} required`,
      );
      expect(doc.querySelectorAll('table.parameters tr[data-depth="0"]').map((row) => text(row.querySelector('code')))).toEqual(
        names.slice(0, 200),
      );
    });

    it('links the server it belongs to', () => {
      expect(attr(doc.querySelector('.page-head .subtitle a'), 'href')).toBe(`/servers/${t.server.slug}/`);
    });

    it("shows the engine's evidence, each piece linked to the methodology entry of the rule that found it", () => {
      // The engine's `code` spans are shown as <code>, not as backticks.
      expect(doc.querySelectorAll('ul.evidence > li > [data-evidence-text]').map(text)).toEqual(c.evidence.map(unmark));
      const ruleLinks = doc.querySelectorAll('ul.evidence > li > a.rule-link').map((a) => attr(a, 'href'));
      expect(ruleLinks).toEqual(
        c.evidenceRules.filter((rule): rule is string => rule !== null).map((rule) => `/methodology/#rule-${rule.replaceAll('.', '-')}`),
      );
      for (const href of ruleLinks) expect(methodologyAnchors(), href).toContain(href!.split('#')[1]);
    });

    it('dates and versions its verdict, with a prefilled link to report it wrong', () => {
      expect(text(doc.querySelector('[data-engine-version]'))).toMatch(/^\d+\.\d+\.\d+\+rules\.[0-9a-f]{12}$/);
      expect(text(doc.querySelector('[data-verdict-dating]'))).toMatch(/on \d{4}-\d{2}-\d{2}, from the definition/);
      const report = attr(doc.querySelector('a[data-report-verdict]'), 'href');
      expect(report).toMatch(/^mailto:/);
      expect(decodeURIComponent(report!)).toContain(`Tool: ${tool.name}`);
    });

    it("shows the predicted annotations beside the author's, one row per hint", () => {
      const hints = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
      expect(doc.querySelectorAll('table.hints tr[data-hint]').map((row) => attr(row, 'data-hint'))).toEqual([...hints]);
      expect(doc.querySelectorAll('table.hints tr[data-hint] td:nth-child(3)').map(text)).toEqual(
        hints.map((hint) => String(c.suggestedAnnotations[hint])),
      );
    });

    it("gives the engine's rationale, with its code spans as code", () => {
      expect(text(doc.querySelector('[data-rationale]'))).toBe(unmark(c.rationale));
      for (const [name] of c.rationale.matchAll(/`[^`\n]+`/g))
        expect(doc.querySelectorAll('[data-rationale] code').map(text)).toContain(name.slice(1, -1));
    });

    it('links the attack patterns the engine found', () => {
      expect(doc.querySelectorAll('ul.patterns > li > a').map((a) => attr(a, 'href'))).toEqual(
        c.patterns.map((p) => `/attack-patterns/${p.id}/`),
      );
    });

    it("shows the engine's rule as a valid policy file, exactly as JSON.stringify writes it, with a copy button and its explanation", () => {
      const shown = text(doc.querySelector('#policy-json'));
      expect(shown).toBe(pretty(t.policy));
      expect(validPolicy(shown, t.path)).toEqual(t.policy);
      expect(attr(doc.querySelector('button[data-copy-target]'), 'data-copy-target')).toBe('policy-json');
      const explanation = text(doc.querySelector('[data-rule-explanation]'));
      expect(explanation).toContain(tool.name);
      if ('limits' in t.rule && t.rule.limits)
        for (const limit of t.rule.limits) expect(explanation).toContain(`at most ${limit.max} call`);
    });

    it('relates tools of the same server, and of the same category on other servers', () => {
      const [sameServer, sameCategory] = doc
        .querySelectorAll('#related ~ .two-col > div')
        .map((column) => column.querySelectorAll('.tool-list > li'));
      for (const item of sameServer ?? [])
        expect(attr(item.querySelector('a'), 'href')).toMatch(new RegExp(`^/servers/${t.server.slug}/[^/]+/$`));
      for (const item of sameCategory ?? []) {
        expect(attr(item, 'data-category')).toBe(c.category);
        expect(attr(item.querySelector('a'), 'href')).not.toMatch(new RegExp(`^/servers/${t.server.slug}/`));
      }
      expect((sameServer ?? []).length).toBe(Math.min(6, t.server.tools.length - 1));
    });

    it('answers its FAQ in agreement with the policy shown, and gives the same FAQ as JSON-LD', () => {
      const faq = faqOf(html);
      expect(faqProblems(t, faq)).toEqual([]);
      const faqLd = jsonLdOf(html, t.file).find((block) => block['@type'] === 'FAQPage') as
        { mainEntity: { name: string; acceptedAnswer: { text: string } }[] } | undefined;
      expect(faqLd?.mainEntity.map((q) => q.name)).toEqual(faq.map((q) => q.question));
      expect(faqLd?.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(
        faq.map((q) => (q.snippet ? `${q.answer}\n${q.snippet}` : q.answer)),
      );
    });

    it('gives breadcrumbs as JSON-LD from home to the tool, with absolute URLs', () => {
      const crumbs = jsonLdOf(html, t.file).find((block) => block['@type'] === 'BreadcrumbList') as
        { itemListElement: { position: number; name: string; item: string }[] } | undefined;
      expect(crumbs?.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
        [1, 'Home', `${SITE_URL}/`],
        [2, 'Servers', `${SITE_URL}/servers/`],
        [3, serverName, `${SITE_URL}/servers/${t.server.slug}/`],
        [4, tool.name, `${SITE_URL}${t.path}`],
      ]);
    });

    it('says where the definition came from', () => {
      expect(text(doc.querySelector('#provenance')?.parent?.querySelector('p')).length).toBeGreaterThan(20);
    });

    it("counts the server's tools in its footer (a catalogue-wide count would change every page on any change)", () => {
      expect(text(doc.querySelector('.footer-counts'))).toBe(
        `${count(t.server.tools.length, 'tool')} on ${serverName} catalogued and classified.`,
      );
    });
  });

  it('shows, on every tool page, the policy the engine recommends and FAQ answers that agree with it', () => {
    const problems: string[] = [];
    for (const t of expected.tools) {
      const html = page(t.file);
      const shown = elementTextById(html, 'policy-json');
      if (shown !== pretty(t.policy)) {
        problems.push(`${t.path}: the policy shown differs from the engine's`);
        continue;
      }
      const parsed = parsePolicyFile(JSON.parse(shown));
      if (!parsed.success) problems.push(`${t.path}: policy invalid: ${JSON.stringify(parsed.issues)}`);
      for (const problem of faqProblems(t, faqOf(html))) problems.push(`${t.path}: FAQ: ${problem}`);
      const badge = html.match(/<a class="badge" data-risk="([a-z]+)" href="([^"]+)">/);
      if (badge?.[1] !== t.classification.risk || badge[2] !== `/risk/${t.classification.risk}/`)
        problems.push(`${t.path}: risk badge ${badge?.[0]}`);
      if (!html.includes(`href="/category/${t.classification.category.toLowerCase()}/">${t.classification.category}</a>`))
        problems.push(`${t.path}: no category link`);
      for (const id of SECTIONS) if (!html.includes(`<h2 id="${id}">`)) problems.push(`${t.path}: no #${id}`);
      // Sentences of the engine show code as <code>: no Markdown backticks left in them.
      const engineText = [
        ...html.matchAll(/<p data-(?:rationale|rule-explanation)>([\s\S]*?)<\/p>|<ul class="(?:evidence|patterns)">([\s\S]*?)<\/ul>/g),
      ].map((m) => m[1] ?? m[2]);
      for (const entry of [...engineText, ...faqOf(html).map((q) => q.answer)]) {
        if (/`[^`\n]+`/.test(entry!)) problems.push(`${t.path}: backticks shown: ${entry!.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a server page and its policy.json', () => {
  it('shows, for every server, the policy of policy.json, which is serverPolicy of its tools', async () => {
    for (const s of expected.servers) {
      const file = readFileSync(path.join(site, 'servers', s.server.slug, 'policy.json'), 'utf8');
      expect(validPolicy(file, `${s.path}policy.json`), `${s.path}policy.json`).toEqual(s.policy);
      expect(file).toBe(`${pretty(s.policy)}\n`);

      const html = page(s.file);
      expect(elementTextById(html, 'server-policy-json'), s.path).toBe(pretty(s.policy));
      const doc = await parseDocument(html);
      expect(text(doc.querySelector('h1'))).toBe(s.server.server.name);
      const download = doc.querySelector('#server-policy-json')?.parent?.querySelector('a[download]');
      expect(attr(download, 'href')).toBe(`${s.path}policy.json`);
      expect(doc.querySelectorAll('table.tools tbody tr').map((row) => attr(row.querySelector('a'), 'href'))).toEqual(
        s.tools.map((t) => t.path),
      );
      expect(doc.querySelectorAll('table.tools tbody tr').map((row) => attr(row, 'data-risk'))).toEqual(
        s.tools.map((t) => t.classification.risk),
      );
      const crumbs = jsonLdOf(html, s.file).find((block) => block['@type'] === 'BreadcrumbList') as
        { itemListElement: { item: string }[] } | undefined;
      expect(crumbs?.itemListElement.map((item) => item.item)).toEqual([`${SITE_URL}/`, `${SITE_URL}/servers/`, `${SITE_URL}${s.path}`]);
      const risky = s.tools.filter((t) => ['Destructive', 'Financial', 'Execute'].includes(t.classification.category)).length;
      if (s.tools.length > 0)
        expect(text(doc.querySelector('#risk-summary')?.parent?.querySelector('p'))).toContain(
          `${count(risky, 'tool')} can execute, destroy or spend`,
        );
    }
  });
});

describe('the other pages', () => {
  it("search: its example of an exact name is a tool of this catalogue at the catalogue's highest risk", async () => {
    const doc = await parseDocument(page('search/index.html'));
    const example = text(doc.querySelector('#search-hint code'));
    const tool = expected.tools.find((t) => t.tool.name === example);
    expect(tool, `the example "${example}" is a tool of the catalogue`).toBeDefined();
    const worst = Math.max(...expected.tools.map((t) => RISK_LEVELS.indexOf(t.classification.risk)));
    expect(RISK_LEVELS.indexOf(tool!.classification.risk)).toBe(worst);
    // Words of the hint keep their spaces where the markup breaks its line.
    expect(text(doc.querySelector('#search-hint'))).toContain(`such as ${example}, a capability such as delete, shell or file, then`);
  });

  it("home: counts are the catalogue's and its WebSite JSON-LD parses with absolute URLs", async () => {
    const html = page('index.html');
    const doc = await parseDocument(html);
    const stats = doc.querySelectorAll('ul.stats li').map(text);
    expect(stats[0]).toBe(`${expected.tools.length.toLocaleString('en')} tools`);
    expect(stats[1]).toBe(`${expected.servers.length.toLocaleString('en')} servers`);
    expect(stats[2]).toBe(`${expected.tools.filter((t) => t.classification.risk === 'critical').length.toLocaleString('en')} critical`);
    const ld = jsonLdOf(html, 'index.html');
    expect(ld.map((block) => block['@type'])).toEqual(['WebSite']);
    expect(ld[0]!.url).toBe(`${SITE_URL}/`);
    expect((ld[0]!.potentialAction as { target: string }).target).toBe(`${SITE_URL}/search/?q={query}`);
    expect(doc.querySelectorAll('main a[href="/servers/"]').map(text)).toContain(`All ${expected.servers.length} servers`);
  });

  /** Every numbered page of a list (`risk/low/`, `risk/low/2/`, ...), following the pager's Next links. */
  function listPages(base: string): string[] {
    const pages = [page(`${base}index.html`)];
    for (let next = /<a href="\/([^"]+)" rel="next">/.exec(pages[0]!); next; next = /<a href="\/([^"]+)" rel="next">/.exec(pages.at(-1)!)) {
      expect(next[1]).toBe(`${base}${pages.length + 1}/`);
      pages.push(page(`${next[1]}index.html`));
    }
    return pages;
  }
  /** Tool page links in a list page's groups, in order. */
  const listedTools = (html: string) =>
    [...html.matchAll(/<li data-risk="[a-z]+" data-category="[A-Za-z]+"><a href="([^"]+)">/g)].map((match) => match[1]!);

  it('risk and category pages list, across their numbered pages, every tool the engine puts there exactly once', () => {
    let paginated = 0;
    for (const [base, tools] of [
      ...RISK_LEVELS.map((level) => [`risk/${level}/`, expected.tools.filter((t) => t.classification.risk === level)] as const),
      ...CATEGORIES.map(
        (category) =>
          [`category/${category.toLowerCase()}/`, expected.tools.filter((t) => t.classification.category === category)] as const,
      ),
    ]) {
      const pages = listPages(base);
      expect(pages.length, base).toBe(Math.max(1, Math.ceil(tools.length / 500)));
      if (pages.length > 1) paginated++;
      for (const html of pages) expect(listedTools(html).length, base).toBeLessThanOrEqual(500);
      expect(pages.flatMap(listedTools).sort(), base).toEqual(tools.map((t) => t.path).sort());
      pages.forEach((html, i) => {
        if (pages.length > 1) expect(titleOf(html), base).toMatch(new RegExp(`, page ${i + 1} of ${pages.length} ·`));
        expect(linkHref(html, 'canonical'), base).toBe(`${SITE_URL}/${base}${i === 0 ? '' : `${i + 1}/`}`);
      });
    }
    // The bundled catalogue has more than 500 low-risk and Read tools: pagination is exercised.
    expect(paginated).toBeGreaterThanOrEqual(2);
    for (const level of RISK_LEVELS) {
      const tools = expected.tools.filter((t) => t.classification.risk === level);
      const servers = new Set(tools.map((t) => t.server.slug)).size;
      expect(visibleText(page(`risk/${level}/index.html`)), level).toContain(`${tools.length} tools on ${servers} servers`);
    }
    for (const category of CATEGORIES) {
      const tools = expected.tools.filter((t) => t.classification.category === category);
      expect(metaContent(page(`category/${category.toLowerCase()}/index.html`), 'description'), category).toMatch(
        new RegExp(`^${tools.length} MCP tools in the ${category} category`),
      );
    }
  });

  it('/policy.schema.json is the JSON Schema of the policy format', () => {
    const schema = JSON.parse(readFileSync(path.join(site, 'policy.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(schema).toEqual(policyJsonSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'default', 'tools']));
    const properties = schema.properties as { tools: { additionalProperties: { oneOf: { properties: { action: { const: string } } }[] } } };
    const rules = properties.tools.additionalProperties.oneOf;
    expect(rules.map((rule) => rule.properties.action.const).sort()).toEqual(['allow', 'deny', 'hide', 'rate_limit', 'require_approval']);
  });

  it('the sitemap lists every page but the 404, and robots.txt points to it', () => {
    const index = readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1]!));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = new Set<string>();
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${SITE_URL}/`)).toBe(true);
      const xml = readFileSync(path.join(site, new URL(sitemap).pathname), 'utf8');
      for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(decodeEntities(match[1]!));
    }
    for (const t of expected.tools) expect(urls.has(`${SITE_URL}${t.path}`), t.path).toBe(true);
    for (const s of expected.servers) expect(urls.has(`${SITE_URL}${s.path}`), s.path).toBe(true);
    const htmlPages = [...pages.keys()].filter((file) => file !== '404.html').map((file) => `${SITE_URL}${pathOfFile(file)}`);
    expect([...urls].sort()).toEqual(htmlPages.sort());

    const robots = readFileSync(path.join(site, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

describe('every page', () => {
  it('has a unique title and meta description', () => {
    const byTitle = new Map<string, string[]>();
    const byDescription = new Map<string, string[]>();
    for (const [file, html] of pages) {
      const title = titleOf(html);
      const description = metaContent(html, 'description');
      expect(title, file).toBeTruthy();
      expect(description, file).toBeTruthy();
      byTitle.set(title!, [...(byTitle.get(title!) ?? []), file]);
      byDescription.set(description!, [...(byDescription.get(description!) ?? []), file]);
    }
    expect([...byTitle].filter(([, files]) => files.length > 1)).toEqual([]);
    expect([...byDescription].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('has an absolute canonical URL and Open Graph tags on SITE_URL (the 404 page has no canonical)', () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      const canonical = linkHref(html, 'canonical');
      const ogUrl = metaContent(html, 'og:url');
      if (file === '404.html') {
        if (canonical !== undefined || ogUrl !== undefined) problems.push(`${file}: a 404 page claims a canonical URL ${canonical}`);
        if (!/noindex/.test(metaContent(html, 'robots') ?? '')) problems.push(`${file}: not noindex`);
        continue;
      }
      const want = `${SITE_URL}${pathOfFile(file)}`;
      if (canonical !== want) problems.push(`${file}: canonical ${canonical}, expected ${want}`);
      if (ogUrl !== want) problems.push(`${file}: og:url ${ogUrl}, expected ${want}`);
      if (metaContent(html, 'og:title') !== titleOf(html)) problems.push(`${file}: og:title differs from the title`);
      if (metaContent(html, 'og:description') !== metaContent(html, 'description'))
        problems.push(`${file}: og:description differs from the description`);
      if (!metaContent(html, 'og:type') || !metaContent(html, 'og:site_name')) problems.push(`${file}: og:type or og:site_name missing`);
    }
    expect(problems).toEqual([]);
  });

  it('has JSON-LD that parses, absolute URLs in it, and breadcrumbs ending at the page itself', () => {
    const problems: string[] = [];
    const urlsOf = (value: unknown, out: string[] = []): string[] => {
      if (typeof value === 'string' && /^[a-z]+:\/\//i.test(value)) out.push(value);
      else if (value && typeof value === 'object') for (const child of Object.values(value)) urlsOf(child, out);
      return out;
    };
    for (const [file, html] of pages) {
      let blocks: JsonLd[];
      try {
        blocks = jsonLdOf(html, file);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      for (const block of blocks) {
        if (block['@context'] !== 'https://schema.org') problems.push(`${file}: @context ${String(block['@context'])}`);
        for (const url of urlsOf(block))
          if (!url.startsWith(`${SITE_URL}/`) && url !== 'https://schema.org') problems.push(`${file}: JSON-LD URL ${url}`);
        if (block['@type'] === 'BreadcrumbList') {
          const items = block.itemListElement as { item: string }[];
          if (items.at(-1)?.item !== `${SITE_URL}${pathOfFile(file)}`) problems.push(`${file}: breadcrumbs end at ${items.at(-1)?.item}`);
        }
      }
      const types = blocks.map((block) => block['@type']);
      if (file.startsWith('servers/') && file !== 'servers/index.html' && !types.includes('BreadcrumbList'))
        problems.push(`${file}: no BreadcrumbList`);
      if (/^servers\/[^/]+\/[^/]+\/index\.html$/.test(file) && !types.includes('FAQPage')) problems.push(`${file}: no FAQPage`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken words: no "undefined", "NaN" or "[object Object]", no "a Execute"-style article before a category, no "MCP Server MCP server"', () => {
    const problems: string[] = [];
    const checks: [RegExp, string][] = [
      [/\bundefined\b/, 'undefined'],
      [/\bNaN\b/, 'NaN'],
      [/\[object Object\]/, '[object Object]'],
      [/\b(?:a|an) (?:Read|Write|Execute|Destructive|Financial)\b/, 'an article before a category name'],
      [/\bMCP Server MCP server\b/i, 'a doubled "MCP server"'],
    ];
    for (const [file, html] of pages) {
      const shown = [visibleText(html), titleOf(html) ?? '', metaContent(html, 'description') ?? ''].join('\n');
      for (const [pattern, label] of checks) {
        const match = shown.match(pattern);
        if (match) problems.push(`${file}: ${label}: …${shown.slice(Math.max(0, match.index! - 60), match.index! + 40)}…`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links every linked badge (risk levels) to a page that exists', () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      for (const match of html.matchAll(/<a class="badge"[^>]*href="([^"]+)"/g)) {
        const target = match[1]!;
        if (!existsSync(path.join(site, target, 'index.html'))) problems.push(`${file}: badge links to ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
