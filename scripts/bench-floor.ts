/**
 * The benchmark's floor: the least a program must do to publish the same site, so `npm run bench`
 * can say how far the real pipeline is from it. Plain Node: it reads and validates the same
 * catalogue, builds the same site model (classification, related tools), writes one HTML page per
 * tool and per server with template strings (plus the per-server policy.json and the long
 * descriptions' description.txt the site writes), highlights each page's policy with one cached
 * shiki highlighter (once per snippet shape, as the site does; `--highlight page` for every page),
 * and indexes the pages with pagefind's Node API from the same records and in the same shards as the
 * site does (src/search/records.ts, shards.ts).
 *
 * Pages match the site's tool pages in sections, search attributes and size (checked against a
 * built page); they do not have to match byte for byte. Everything a tool page shows comes from
 * `floorToolView`, and the markup from `renderToolPage(view)`, so the view can later be swapped
 * for the site's own view model.
 *
 * Usage: node scripts/bench-floor.ts --catalogue DIR --out DIR [--no-index] [--highlight shape|page]
 * Prints one line per stage (`[bench-floor] <stage>: ...`) and, last, a JSON line of stage times.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHighlighter } from 'shiki';
import { loadValidCatalogue } from '../src/catalogue/load.ts';
import { recommendRule, serverPolicy, toolPolicy, explainRule } from '../src/risk/policy/recommend.ts';
import type { ToolRule } from '../src/risk/policy/schema.ts';
import { buildAtlas, relatedTools, type AtlasTool, type FullAtlas, type LoadedServer, type LoadedTool } from '../src/site/atlas.ts';
import { closeIndexer, writeShard } from '../src/search/indexer.ts';
import { serverRecords } from '../src/search/records.ts';
import { planShards, shardPagesFromEnv } from '../src/search/shards.ts';
import { capitalize } from '../src/risk/text.ts';

const { values } = parseArgs({
  options: {
    catalogue: { type: 'string' },
    out: { type: 'string' },
    'no-index': { type: 'boolean', default: false },
    'site-url': { type: 'string', default: 'https://mcp-risk-atlas.example.org' },
    highlight: { type: 'string', default: 'shape' },
  },
});
if (values.highlight !== 'shape' && values.highlight !== 'page') {
  console.error(`--highlight: expected "shape" or "page"; got ${values.highlight}`);
  process.exit(2);
}
if (!values.catalogue || !values.out) {
  console.error('usage: node scripts/bench-floor.ts --catalogue DIR --out DIR [--no-index]');
  process.exit(2);
}
const outDir = path.resolve(values.out);
const siteUrl = values['site-url'].replace(/\/$/, '');
/** The same cut as the site's tool pages. */
const DESCRIPTION_LIMIT = 6000;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** A count as the site writes it: 1,073. */
const count = (n: number): string => n.toLocaleString('en');
/** JSON inside <script type="application/ld+json">: `<` escaped so no text can close the script. */
const jsonLd = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['json'] });
/** Highlighted HTML of a JSON value: one shiki call, no caching of results. */
const highlight = (value: unknown): string =>
  highlighter.codeToHtml(JSON.stringify(value, null, 2), {
    lang: 'json',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });

/** Cannot appear in highlighted JSON except where put. */
const PLACEHOLDER = 'FLOOR_NAME_PLACEHOLDER_5e1b';
const shapes = new Map<string, string>();
/**
 * A tool's policy snippet. `--highlight shape` (default) highlights each distinct snippet shape once
 * and puts the tool's name back in, as the site does (src/site/highlight.ts): a floor must not do
 * more work than the pipeline it bounds. `--highlight page` runs shiki on every page.
 */
function highlightPolicy(value: unknown, name: string): string {
  if (values.highlight === 'page' || name === '') return highlight(value);
  const json = JSON.stringify(value, null, 2);
  const encoded = JSON.stringify(name).slice(1, -1);
  const template = json.split(encoded).join(PLACEHOLDER);
  let html = shapes.get(template);
  if (html === undefined) {
    html = highlighter.codeToHtml(template, { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
    shapes.set(template, html);
  }
  return html.split(PLACEHOLDER).join(escapeHtml(encoded));
}

// ---------------------------------------------------------------------------------------------
// View: everything a tool page shows, as data.

interface ParameterRow {
  name: string;
  depth: number;
  type: string;
  required: boolean;
  description: string;
}

function parameterRows(schema: Record<string, unknown>, prefix = '', depth = 0, rows: ParameterRow[] = []): ParameterRow[] {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, node] of Object.entries(properties)) {
    if (rows.length >= 200 || typeof node !== 'object' || node === null) continue;
    const type = Array.isArray(node.type)
      ? node.type.join(' | ')
      : typeof node.type === 'string'
        ? node.type
        : Array.isArray(node.anyOf)
          ? 'any of'
          : 'any';
    const full = prefix === '' ? name : `${prefix}.${name}`;
    rows.push({
      name: full,
      depth,
      type,
      required: required.has(name),
      description: typeof node.description === 'string' ? node.description : '',
    });
    if (depth < 4 && node.type === 'object') parameterRows(node, full, depth + 1, rows);
    if (depth < 4 && node.type === 'array' && typeof node.items === 'object' && node.items !== null)
      parameterRows(node.items as Record<string, unknown>, `${full}[]`, depth + 1, rows);
  }
  return rows;
}

interface FaqItem {
  question: string;
  answer: string;
  snippet?: string;
}

export interface FloorToolView {
  entry: LoadedTool;
  description: { text: string; truncated: boolean; fullLength: number };
  parameters: ParameterRow[];
  rule: ToolRule;
  policy: unknown;
  policyHtml: string;
  ruleExplanation: string;
  related: { sameServer: AtlasTool[]; sameCategory: AtlasTool[] };
  faq: FaqItem[];
}

export function floorToolView(atlas: FullAtlas, entry: LoadedTool): FloorToolView {
  const { tool, classification: c, server } = entry;
  const rule = recommendRule(tool, c);
  const policy = toolPolicy(tool.name, rule);
  const description = tool.description ?? '';
  const text = description.slice(0, DESCRIPTION_LIMIT);
  const serverName = server.server.name;
  const pretty = JSON.stringify(policy, null, 2);
  const deny = {
    action: 'deny',
    reason: `Denied by policy: ${tool.name} falls in the ${c.category} category at ${c.risk} risk. Allow it only for a reviewed task.`,
  };
  const limit = { action: 'rate_limit', limits: [{ counter: `${tool.name}.calls`, window: 'minute', max: 60, scope: 'session' }] };
  const ruleExplanation = explainRule(tool.name, rule);
  const firstLine = description.split('\n')[0]!.slice(0, 300);
  const authorSays = description === '' ? 'Its author gives no description.' : `Its author describes it as “${firstLine}”`;
  return {
    entry,
    description: { text, truncated: text.length < description.length, fullLength: description.length },
    parameters: parameterRows(tool.inputSchema),
    rule,
    policy,
    policyHtml: highlightPolicy(policy, tool.name),
    ruleExplanation,
    related: relatedTools(atlas, entry),
    faq: [
      {
        question: `What does the ${tool.name} tool do?`,
        answer: `${tool.name} is a tool of ${serverName}. ${authorSays} We put it in the ${c.category} category. ${c.rationale}`,
      },
      {
        question: `How do I enforce a policy on ${tool.name}?`,
        answer:
          `Route your agents’ MCP traffic to ${serverName} through your MCP gateway, then load a policy file whose \`tools\` entry ` +
          `for ${tool.name} holds the rule on this page. ${ruleExplanation}`,
        snippet: pretty,
      },
      {
        question: `What risk level is ${tool.name}?`,
        answer:
          `${capitalize(c.risk)}. ${tool.name} falls in the ${c.category} category. ` +
          `The rating is ${c.risk} with ${Math.round(c.confidence * 100)}% confidence. ${c.evidence[0] ?? ''}`,
      },
      {
        question: `How do I rate-limit ${tool.name}?`,
        answer: `Give it a rate-limit rule: \`${JSON.stringify(limit)}\` allows at most 60 calls per minute per client session.`,
        snippet: JSON.stringify(toolPolicy(tool.name, limit as ToolRule), null, 2),
      },
      {
        question: `How do I block ${tool.name} completely?`,
        answer:
          `Give it a deny rule: \`${JSON.stringify(deny)}\`. ` +
          `Your MCP gateway then refuses every call before it reaches ${serverName}.`,
        snippet: JSON.stringify(toolPolicy(tool.name, deny as ToolRule), null, 2),
      },
      {
        question: `Which MCP server provides ${tool.name}?`,
        answer:
          `${serverName}, published on ${server.server.package.registry} as “${server.server.package.name}”. ` +
          'Your MCP gateway sits between your MCP client and that server.',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Markup: each template is an array of fragments joined with no separator, one fragment a line,
// so the pages are the same bytes as one long template string would write.

/** The site's header, the same on every page. */
const SITE_HEADER = [
  '<header class="site-header" data-pagefind-ignore="all"><a class="brand" href="/">MCP Risk Atlas</a>',
  '<nav aria-label="Main"><ul>',
  '<li><a href="/servers/">Servers</a></li>',
  '<li><a href="/risk/critical/">Risk levels</a></li>',
  '<li><a href="/attack-patterns/">Attack patterns</a></li>',
  '<li><a href="/methodology/">Methodology</a></li>',
  '<li><a href="/search/">Search</a></li>',
  '</ul></nav>',
  '<form class="header-search" role="search" action="/search/" method="get" data-header-search>',
  '<label for="site-search" class="visually-hidden">Search tools and servers</label>',
  '<input id="site-search" name="q" type="search" placeholder="Search tools and servers" autocomplete="off" spellcheck="false"',
  ' aria-keyshortcuts="/" data-search-shortcut>',
  '<button type="submit">Search</button></form>',
  '<script type="module" src="/_astro/HeaderSearch.js"></script>',
  '</header>',
].join('');

const SITE_TAGLINE =
  'MCP Risk Atlas: What every MCP tool can do to your systems, how risky it is, and the gateway policy that keeps it in check.';

function layout(options: { title: string; description: string; pagePath: string; body: string; footer: string }): string {
  const canonical = `${siteUrl}/${options.pagePath}`;
  const title = escapeHtml(`${options.title} · MCP Risk Atlas`);
  const description = escapeHtml(options.description);
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><meta name="description" content="${description}"><link rel="canonical" href="${canonical}">`,
    '<meta property="og:type" content="website"><meta property="og:site_name" content="MCP Risk Atlas">',
    `<meta property="og:title" content="${title}"><meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${canonical}"><meta name="color-scheme" content="light dark">`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="sitemap" href="/sitemap-index.xml">',
    '<link rel="stylesheet" href="/_astro/Base.css">',
    '</head><body><a class="skip-link" href="#main">Skip to content</a>',
    SITE_HEADER,
    `<main id="main" data-pagefind-body>${options.body}</main>`,
    '<footer class="site-footer" data-pagefind-ignore="all">',
    `<p class="footer-counts" data-pagefind-ignore="all">${escapeHtml(options.footer)}</p><p>${SITE_TAGLINE}</p>`,
    '</footer></body></html>',
  ].join('');
}

function breadcrumbs(trail: readonly { label: string; path?: string }[]): string {
  const items = trail.map((item) =>
    item.path === undefined
      ? `<li><span aria-current="page">${escapeHtml(item.label)}</span></li>`
      : `<li><a href="/${item.path}">${escapeHtml(item.label)}</a></li>`,
  );
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      ...(item.path === undefined ? {} : { item: `${siteUrl}/${item.path}` }),
    })),
  };
  return [
    `<nav class="breadcrumbs" aria-label="Breadcrumb" data-pagefind-ignore="all"><ol>${items.join('')}</ol></nav>`,
    `<script type="application/ld+json">${jsonLd(ld)}</script>`,
  ].join('');
}

const riskBadge = (risk: string): string => `<a class="badge" data-risk="${risk}" href="/risk/${risk}/">${capitalize(risk)} risk</a>`;
const riskLabel = (risk: string): string => `<span class="badge" data-risk="${risk}">${capitalize(risk)} risk</span>`;
const outlineBadge = (text: string | number): string => `<span class="badge outline">${text}</span>`;

function toolList(tools: readonly AtlasTool[], showServer: boolean): string {
  const items = tools.map((t) =>
    [
      `<li data-risk="${t.risk}" data-category="${t.category}"><a href="/${t.path}">${escapeHtml(t.name)}</a>`,
      showServer ? `<span class="muted">${escapeHtml(t.server.server.name)}</span>` : '',
      `${riskLabel(t.risk)}${outlineBadge(t.category)}</li>`,
    ].join(''),
  );
  return `<ul class="tool-list">${items.join('')}</ul>`;
}

/** A radio button of the policy editor's action choice; the recommended rule's action is checked. */
const actionChoice = (view: FloorToolView, value: string, label: string): string =>
  [
    `<label class="pb-choice"><input type="radio" name="rule-action" value="${value}"${value === view.rule.action ? ' checked' : ''}>`,
    `<span>${label}</span></label>`,
  ].join('');

/** A select of the policy editor, its first option selected. */
const editorSelect = (id: string, options: readonly string[]): string =>
  [
    `<select id="pb-${id}" name="${id}">`,
    ...options.map((option, i) => `<option value="${option}"${i === 0 ? ' selected' : ''}>${option}</option>`),
    '</select>',
  ].join('');

/** The policy editor's check of one enum argument: a toggle and one checkbox per allowed value. */
function argumentCheck(arg: string, values: readonly unknown[], i: number): string {
  const boxes = values.map((value, j) =>
    [
      `<label class="pb-choice"><input type="checkbox" value="${j}" data-pb-arg-value checked disabled>`,
      `<code>${escapeHtml(JSON.stringify(value))}</code></label>`,
    ].join(''),
  );
  return [
    `<div class="pb-arg" data-pb-arg="${i}" data-kind="oneOf">`,
    `<label class="pb-check"><input type="checkbox" name="arg-${i}" data-pb-arg-toggle>`,
    `<span><code>${escapeHtml(arg)}</code> may only be</span></label>`,
    `<fieldset class="pb-values" id="pb-arg-${i}-values"><legend class="visually-hidden">Values allowed for ${escapeHtml(arg)}</legend>`,
    ...boxes,
    '</fieldset></div>',
  ].join('');
}

/** The policy editor's limit fields: at most N calls per window, counted per scope. */
const LIMIT_FIELDS = [
  '<fieldset class="pb-group" data-pb-limit><legend>Limit</legend>',
  '<label class="pb-check" data-pb-limit-toggle><input type="checkbox" name="limit-enabled" checked>',
  '<span>Also cap how many calls can be approved</span></label>',
  '<div class="pb-row" data-pb-limit-fields>',
  '<span class="pb-field"><label for="pb-max">At most</label>',
  '<input id="pb-max" name="max" type="number" min="1" step="1" inputmode="numeric" required value="10"></span>',
  `<span class="pb-field"><label for="pb-window">calls per</label>${editorSelect('window', ['minute', 'hour', 'day'])}</span>`,
  '<span class="pb-field"><label for="pb-scope">counted per</label>',
  `${editorSelect('scope', ['session', 'agent', 'user', 'grant', 'global'])}</span>`,
  '</div></fieldset>',
].join('');

/**
 * The policy editor under the snippet (hidden until its script runs): its model as data, its
 * controls as markup.
 */
function policyControls(view: FloorToolView): string {
  const { tool } = view.entry;
  const name = escapeHtml(tool.name);
  const fileName = `${view.entry.slug}.policy.json`;
  const enums = Object.entries(tool.inputSchema.properties ?? {})
    .filter(([, node]) => Array.isArray(node.enum))
    .slice(0, 8);
  const limit = { counter: `${tool.name}.calls`, window: 'minute', max: 10, scope: 'session' };
  const model = {
    toolName: tool.name,
    fileName,
    recommended: view.rule,
    defaults: { limit },
    options: enums.map(([arg, node]) => ({ name: arg, kind: 'oneOf', values: node.enum, suggestion: node.enum, recommended: false })),
  };
  const args = enums.map(([arg, node], i) => argumentCheck(arg, node.enum ?? [], i)).join('');
  return [
    '<div class="policy-builder" role="group" data-policy-builder data-pagefind-ignore="all" data-target="policy-json"',
    ` data-pb-model="${escapeHtml(JSON.stringify(model))}" aria-labelledby="policy-builder-title" hidden>`,
    `<h3 id="policy-builder-title">Tune the rule for <code>${name}</code></h3>`,
    '<p class="muted">policy.json above follows your choices. Copy or download it when it fits your team.</p>',
    '<fieldset class="pb-choices"><legend>Action</legend>',
    actionChoice(view, 'allow', 'Allow'),
    actionChoice(view, 'rate_limit', 'Rate-limit'),
    actionChoice(view, 'require_approval', 'Require approval'),
    actionChoice(view, 'deny', 'Deny (refuse calls)'),
    actionChoice(view, 'hide', 'Hide (remove from the tool list)'),
    '</fieldset>',
    LIMIT_FIELDS,
    args === ''
      ? ''
      : [
          '<fieldset class="pb-group" data-pb-arguments><legend>Argument checks</legend>',
          `<p class="muted pb-hint">A call whose argument fails a check is refused.</p>${args}</fieldset>`,
        ].join(''),
    '<div class="pb-buttons"><button type="button" data-pb-reset>Reset to the recommendation</button>',
    `<a class="pb-download" data-pb-download data-file-name="${escapeHtml(fileName)}">Download ${escapeHtml(fileName)}</a></div>`,
    '<p class="visually-hidden" role="status" data-pb-status></p></div>',
    '<script type="module" src="/_astro/PolicyBuilder.js"></script>',
  ].join('');
}

/** The anchors of a tool page's table of contents, in page order. */
const TOOL_PAGE_SECTIONS: readonly (readonly [id: string, label: string])[] = [
  ['what-it-does', 'What it does'],
  ['why-it-needs-a-policy', 'Why it needs a policy'],
  ['evidence', 'Evidence'],
  ['attack-patterns', 'Attack patterns'],
  ['parameters', 'Parameters'],
  ['policy', 'Policy'],
  ['related', 'Related tools'],
  ['faq', 'FAQ'],
  ['provenance', 'Provenance'],
];

const TOOL_PAGE_TOC = [
  '<nav class="toc" aria-label="On this page" data-pagefind-ignore="all"><ol>',
  ...TOOL_PAGE_SECTIONS.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`),
  '</ol></nav>',
].join('');

/** A tool page's head: name, server, facts (with the search filters), table of contents. */
function toolPageHead(view: FloorToolView): string {
  const { entry } = view;
  const { tool, classification: c, server } = entry;
  const name = escapeHtml(tool.name);
  const pkg = server.server.package;
  const annotations = Object.entries(tool.annotations ?? {})
    .filter(([, value]) => typeof value === 'boolean')
    .map(([hint, value]) =>
      [
        `<li><span class="badge outline" data-annotation="${escapeHtml(hint)}"`,
        ` title="The author's ${escapeHtml(hint)}: an untrusted hint">`,
        `author says: ${value ? '' : 'not '}${escapeHtml(hint.replace(/Hint$/, ''))}</span></li>`,
      ].join(''),
    )
    .join('');
  const sortKey = ['low', 'medium', 'high', 'critical'].indexOf(c.risk) + 1;
  const annotated = entry.annotated ? 'annotated by its author' : 'not annotated';
  return [
    `<header class="page-head" data-risk="${c.risk}" data-category="${c.category}" data-pagefind-sort="risk:${sortKey}">`,
    `<h1 data-tool="${name}" data-pagefind-meta="title" data-pagefind-weight="10"><code>${name}</code></h1>`,
    tool.title && tool.title !== tool.name ? `<p class="subtitle">${escapeHtml(tool.title)}</p>` : '',
    '<p class="subtitle">A tool of ',
    `<a href="/${server.path}" data-pagefind-meta="server" data-pagefind-filter="server">${escapeHtml(server.server.name)}</a>`,
    ` (<code>${escapeHtml(pkg.name)}</code>${pkg.version ? ` ${escapeHtml(pkg.version)}` : ''}, `,
    `<span data-pagefind-filter="registry">${pkg.registry}</span>)</p>`,
    '<ul class="facts">',
    `<li data-pagefind-meta="risk:${c.risk}"><span data-pagefind-filter="risk:${c.risk}"></span>${riskBadge(c.risk)}</li>`,
    `<li data-pagefind-meta="category:${c.category}">`,
    `<a class="badge outline" data-pagefind-filter="category" href="/category/${c.category.toLowerCase()}/">${c.category}</a></li>`,
    `<li>${outlineBadge(`${view.parameters.length} parameters`)}</li>`,
    annotations,
    `<li hidden data-pagefind-filter="annotations:${annotated}" data-pagefind-meta="type:tool">`,
    '<span data-pagefind-filter="type:tool"></span></li>',
    '</ul>',
    TOOL_PAGE_TOC,
    '</header>',
  ].join('');
}

/** A section of a page, labelled by its heading. */
const section = (id: string, heading: string, content: string, attributes = ''): string =>
  `<section aria-labelledby="${id}"${attributes}><h2 id="${id}">${heading}</h2>${content}</section>`;

function parametersTable(parameters: readonly ParameterRow[]): string {
  if (parameters.length === 0) return '<p>This tool takes no arguments.</p>';
  const rows = parameters.map((row) =>
    [
      `<tr data-depth="${row.depth}"><td data-label="Name"><code>${escapeHtml(row.name)}</code></td>`,
      `<td data-label="Type">${escapeHtml(row.type)}</td><td data-label="Required">${row.required ? 'yes' : 'no'}</td>`,
      `<td data-label="Description"><span class="clamp">${escapeHtml(row.description)}</span></td></tr>`,
    ].join(''),
  );
  return [
    '<div class="table-wrap"><table class="parameters"><thead data-pagefind-ignore><tr>',
    '<th scope="col">Name</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th>',
    '</tr></thead><tbody>',
    ...rows,
    '</tbody></table></div>',
  ].join('');
}

function faqSection(view: FloorToolView, name: string): string {
  const items = view.faq.map((item) =>
    [
      `<details><summary>${escapeHtml(item.question)}</summary><p>${escapeHtml(item.answer)}</p>`,
      item.snippet ? `<pre class="faq-snippet" data-faq-snippet><code>${escapeHtml(item.snippet)}</code></pre>` : '',
      '</details>',
    ].join(''),
  );
  const faqLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: view.faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.snippet ? `${item.answer}\n${item.snippet}` : item.answer },
    })),
  };
  return [
    `<section class="faq" aria-labelledby="faq" data-pagefind-ignore="all"><h2 id="faq">Questions about ${name}</h2>`,
    ...items,
    `</section><script type="application/ld+json">${jsonLd(faqLd)}</script>`,
  ].join('');
}

/** One tool page, from its view alone. */
export function renderToolPage(view: FloorToolView): string {
  const { entry, description, related } = view;
  const { tool, classification: c, server } = entry;
  const name = escapeHtml(tool.name);
  const serverName = escapeHtml(server.server.name);
  const pkg = server.server.package;
  const trail = [
    { label: 'Home', path: '' },
    { label: 'Servers', path: 'servers/' },
    { label: server.server.name, path: server.path },
  ];
  const whatItDoes = [
    description.text === ''
      ? `<p class="muted">${serverName} gives this tool no description; judge it by its name and arguments below.</p>`
      : `<div class="description" data-description>${escapeHtml(description.text)}</div>`,
    description.truncated
      ? [
          `<p class="muted">The description is ${count(description.fullLength)} characters long; `,
          `the page shows the first ${count(description.text.length)}. `,
          `<a href="/${entry.path}description.txt">Read the full text</a>.</p>`,
        ].join('')
      : '',
  ].join('');
  const whyItNeedsAPolicy = [
    `<p data-rationale>${escapeHtml(c.rationale)}</p>`,
    `<p class="confidence">Confidence ${Math.round(c.confidence * 100)}%, from the signals in the definition.</p>`,
  ].join('');
  const patterns =
    c.patterns.length === 0
      ? '<p>None of the patterns in our library applies to what this definition shows.</p>'
      : [
          '<ul class="patterns">',
          ...c.patterns.map((p) => `<li><a href="/attack-patterns/${p.id}/">${escapeHtml(p.id)}</a>: ${escapeHtml(p.why)}</li>`),
          '</ul>',
        ].join('');
  const policy = [
    `<p>Your MCP gateway sits between your agents and ${serverName}; every call passes its rules first. `,
    `The rule we recommend for <code>${name}</code>:</p>`,
    '<figure class="snippet" data-pagefind-ignore="all"><figcaption><span class="file-name">policy.json</span>',
    '<span class="snippet-actions"><button type="button" data-copy-target="policy-json" hidden>Copy</button>',
    '<span class="visually-hidden" role="status" data-copy-status></span></span></figcaption>',
    `<div id="policy-json" class="snippet-code">${view.policyHtml}</div></figure>`,
    '<script type="module" src="/_astro/CodeSnippet.js"></script>',
    policyControls(view),
    `<p data-rule-explanation>${escapeHtml(view.ruleExplanation)}</p>`,
    '<ol class="steps">',
    `<li>Put your MCP gateway in front of ${serverName} (package <code>${escapeHtml(pkg.name)}</code>).</li>`,
    `<li>Load this policy, or merge its <code>${name}</code> rule into the policy you have: `,
    `<a href="/${server.path}policy.json">the whole server's policy</a> has a rule for each of its ${server.tools.length} tools.</li>`,
    "<li>Point your MCP client at the gateway instead of the server, and check the gateway's log on the first calls.</li>",
    '</ol>',
  ].join('');
  const cta = [
    '<aside class="cta" data-pagefind-ignore="all"><h2>Put a policy in front of every tool call</h2>',
    '<p>Copy the policy, adjust it to your team, and load it into the MCP gateway that sits between your agents and your servers.</p>',
    '<p class="cta-links"><a class="button" href="/methodology/">How classification works</a></p></aside>',
  ].join('');
  const relatedTools = [
    `<div class="two-col"><div><h3>More on ${serverName}</h3>`,
    related.sameServer.length === 0 ? "<p>This is the server's only tool.</p>" : toolList(related.sameServer, false),
    `</div><div><h3>${c.category} tools on other servers</h3>`,
    related.sameCategory.length === 0 ? '<p>No other server has a tool of this category.</p>' : toolList(related.sameCategory, true),
    '</div></div>',
  ].join('');
  const origin = server.server.provenance
    ? `From ${server.server.provenance.method === 'live' ? 'a live tools/list' : 'the source code'} (${server.file}).`
    : `The catalogue does not say where this definition came from (${server.file}).`;
  const source = tool.atlas?.source;
  const provenance = [
    `<p>${escapeHtml(origin)}</p>`,
    source ? `<p>Defined in <code>${escapeHtml(source.file)}${source.line ? `:${source.line}` : ''}</code>.</p>` : '',
  ].join('');
  const body = [
    breadcrumbs([...trail, { label: tool.name }]),
    toolPageHead(view),
    section('what-it-does', `What ${name} does on ${serverName}`, whatItDoes),
    section('why-it-needs-a-policy', `Why ${name} needs a policy`, whyItNeedsAPolicy),
    section(
      'evidence',
      "Evidence from the tool's definition",
      `<ul class="evidence">${c.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    ),
    section('attack-patterns', 'Attack patterns that abuse it', patterns),
    section('parameters', 'Parameters', parametersTable(view.parameters)),
    section('policy', `How to control ${name}`, policy, ' data-policy-section'),
    cta,
    section('related', 'Related tools', relatedTools, ' data-pagefind-ignore="all"'),
    faqSection(view, name),
    section('provenance', 'Provenance', provenance, ' data-pagefind-ignore="all"'),
  ].join('');
  return layout({
    title: `${tool.name}: ${c.risk} risk ${c.category} tool on ${server.server.name}`,
    description:
      `${tool.name} on ${server.server.name}: a ${c.risk} risk ${c.category} tool. ` +
      'Why it needs a policy, the evidence from its definition, and the gateway rule to copy.',
    pagePath: entry.path,
    body,
    footer: `${count(server.tools.length)} tools on ${server.server.name} catalogued and classified.`,
  });
}

/** One server page: facts, risk counts, every tool with its rule, the server's policy. */
function renderServerPage(atlas: FullAtlas, server: LoadedServer, policy: unknown): string {
  const s = server.server;
  const rows = server.tools.map((t) =>
    [
      `<tr data-tool="${escapeHtml(t.tool.name)}" data-risk="${t.classification.risk}">`,
      `<td><a href="/${t.path}"><code>${escapeHtml(t.tool.name)}</code></a></td>`,
      `<td>${riskLabel(t.classification.risk)}</td><td>${t.classification.category}</td>`,
      `<td>${recommendRule(t.tool, t.classification).action}</td></tr>`,
    ].join(''),
  );
  const counts = Object.entries(server.riskCounts)
    .map(([level, count]) => `<li>${level}: ${count}</li>`)
    .join('');
  const head = [
    `<header class="page-head" data-server="${server.slug}" data-pagefind-meta="type:server">`,
    `<h1 data-pagefind-meta="title" data-pagefind-weight="8">${escapeHtml(s.name)}</h1>`,
    '<span hidden data-pagefind-filter="type:server"></span>',
    s.description ? `<p class="subtitle">${escapeHtml(s.description)}</p>` : '',
    `<ul class="facts"><li>${outlineBadge(s.package.registry)}</li><li><code>${escapeHtml(s.package.name)}</code></li>`,
    `<li>${outlineBadge(`${server.tools.length} tools`)}</li><li>Highest risk: ${riskBadge(server.worstRisk)}</li></ul>`,
    '</header>',
  ].join('');
  const tools = [
    `<div class="table-wrap"><table class="tools" data-tool-count="${server.tools.length}"><thead><tr>`,
    '<th scope="col">Tool</th><th scope="col">Risk</th><th scope="col">Category</th><th scope="col">Recommended rule</th>',
    '</tr></thead><tbody>',
    ...rows,
    '</tbody></table></div>',
  ].join('');
  const body = [
    breadcrumbs([{ label: 'Home', path: '' }, { label: 'Servers', path: 'servers/' }, { label: s.name }]),
    head,
    section('risk-summary', 'Risk summary', `<ul>${counts}</ul>`),
    section('tools', 'Tools', tools, ' data-pagefind-ignore="all"'),
    section('policy', 'Policy for the whole server', `<div class="snippet-code">${highlight(policy)}</div>`, ' data-pagefind-ignore="all"'),
  ].join('');
  return layout({
    title: `${s.name}: ${server.tools.length} MCP tools and their risk`,
    description:
      `${s.name} (${s.package.name}): ${server.tools.length} MCP tools, ` + 'their risk levels, and a gateway policy for the whole server.',
    pagePath: server.path,
    body,
    footer: `${count(atlas.tools.length)} tools on ${count(atlas.servers.length)} servers catalogued and classified.`,
  });
}

// ---------------------------------------------------------------------------------------------
// Stages

const times: Record<string, number> = {};
const seconds = (ms: number) => (ms / 1000).toFixed(1);

let started = performance.now();
const servers = await loadValidCatalogue(path.resolve(values.catalogue));
times.load = performance.now() - started;
console.log(`[bench-floor] catalogue: ${servers.length} servers validated in ${seconds(times.load)} s`);

// Classification and the site model count as page work, as in Astro (getStaticPaths builds them).
started = performance.now();
const atlas = buildAtlas(servers);
times.classify = performance.now() - started;
console.log(`[bench-floor] classified ${atlas.tools.length} tools in ${seconds(times.classify)} s`);
rmSync(outDir, { recursive: true, force: true });
const pending = new Set<Promise<void>>();
const pagesStarted = performance.now();
let pages = 0;
/** Writes overlap with rendering, a bounded number at a time. */
async function emit(file: string, content: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const write = writeFile(file, content).then(() => void pending.delete(write));
  pending.add(write);
  if (pending.size >= 64) await Promise.race(pending);
}
for (const server of atlas.servers) {
  const policy = serverPolicy(server.tools.map((t) => ({ tool: t.tool, classification: t.classification })));
  const dir = path.join(outDir, server.path);
  await emit(path.join(dir, 'index.html'), renderServerPage(atlas, server, policy));
  await emit(path.join(dir, 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
  pages++;
  for (const entry of server.tools) {
    const view = floorToolView(atlas, entry);
    await emit(path.join(outDir, entry.path, 'index.html'), renderToolPage(view));
    if (view.description.truncated) await emit(path.join(outDir, entry.path, 'description.txt'), entry.tool.description ?? '');
    pages++;
  }
}
await Promise.all(pending);
times.pages = performance.now() - pagesStarted;
console.log(`[bench-floor] pages: ${pages} pages in ${seconds(times.pages)} s`);

if (!values['no-index']) {
  started = performance.now();
  // The same records in the same shards as the site's, so the two index the same way (attack
  // patterns by id: their names are in content collections, which only Astro reads).
  const shards = planShards(
    atlas.servers.map((server) => ({ slug: server.slug, pages: server.tools.length + 1 })),
    shardPagesFromEnv(process.env),
  );
  let indexed = 0;
  for (const shard of shards) {
    const records = shard.servers.flatMap((slug) => serverRecords(atlas.serverBySlug.get(slug)!, new Map()));
    indexed += (await writeShard(outDir, shard.folder, records)).pages;
  }
  await closeIndexer();
  times.index = performance.now() - started;
  console.log(`[bench-floor] indexed ${indexed} pages in ${seconds(times.index)} s`);
}
const stages = Object.fromEntries(Object.entries(times).map(([stage, ms]) => [stage, Math.round(ms)]));
console.log(`[bench-floor] ${JSON.stringify({ pages, stages })}`);
