/**
 * Everything a tool page shows beyond the raw definition, derived from the site model in one
 * place: policy and its highlighted HTML, the sentence explaining the rule, the FAQ, related tools,
 * parameter rows, provenance and the footer counts. Called once per tool page; its work does not
 * grow with the catalogue.
 */
import { toolPolicy, explainRule } from '../risk/policy/recommend.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { toolFaq, type FaqItem } from '../risk/faq.ts';
import { formatViews, type FormatViews } from './policy-view.ts';
import { parameterCountLabel, parameterCutSentences, parameterTable, type ParameterRow } from './parameters.ts';
import { historySentence, sourceLink, type SourceLink } from './provenance.ts';
import { relatedTools, type Atlas, type LoadedTool } from './atlas.ts';
import type { Settings } from './settings-schema.ts';
import { cutAt, displayText, TITLE_LIMIT, plural } from './display.ts';
import { compareHints, type HintComparison } from '../risk/hints.ts';
import { descriptionBlocks, leadBlockCount, type DescriptionBlock } from './description-blocks.ts';
import { buildDate, definitionDate } from '../export/records.ts';
import { ENGINE_VERSION } from '../risk/engine-version.ts';
import { reportHref } from './report-link.ts';
import { ruleHref } from './urls.ts';
import { revealHidden } from '../risk/normalize.ts';
import type { Tool } from '../catalogue/schema.ts';

/**
 * Descriptions longer than this are cut on the page (the full text is a separate plain-text file):
 * long enough for every real description seen, short enough that megabytes of hostile text
 * cannot swell a page.
 */
export const DESCRIPTION_LIMIT = 20_000;

/** The description as the page shows it: the first DESCRIPTION_LIMIT characters, hidden characters made visible, no spaces at line ends. */
export function shownDescription(description: string): string {
  // Spaces at the ends of lines show nothing; left in, they are trailing whitespace in the HTML.
  return revealHidden(cutAt(description, DESCRIPTION_LIMIT)).replace(/[ \t]+(?=\r?\n|$)/g, '');
}

/** Whether the tool's page links a `definition.json`: when its parameter table leaves something out. */
export function hasFullDefinitionFile(tool: Tool): boolean {
  return parameterTable(tool.inputSchema).cut !== undefined;
}

export interface ToolView {
  metaDescription: string;
  parameterCount: string;
  parameters: ParameterRow[];
  /** What the parameter table leaves out, in sentences (empty when nothing), and the rows past its end. */
  parametersCut: string[];
  parameterRowsLeftOut: number;
  /** The full definition, when the table leaves something out: a site path under the tool's page. */
  definitionPath?: string;
  /** The name as shown in the heading: invisible characters made visible (the raw name is in `data-tool`). */
  displayName: string;
  /** The title as shown, when there is one that differs from the name: cut and made visible. */
  title?: string;
  /**
   * The description as shown: the first DESCRIPTION_LIMIT characters, invisible characters made
   * visible, read as Markdown blocks: the first few lines (`lead`) and the rest (`more`).
   */
  description: {
    text: string;
    lead: DescriptionBlock[];
    more: DescriptionBlock[];
    truncated: boolean;
    fullLength: number;
    shownLength: number;
  };
  isLive: boolean;
  warnings: string[];
  confidenceSentence: string;
  /** Evidence sentences, each with a link to the methodology's entry of the rule that produced it. */
  evidence: { text: string; rule: string | null; ruleHref: string | null }[];
  /** The author's annotations beside the ones the atlas predicts, with the reason for each prediction. */
  hints: HintComparison[];
  /** True when the author's annotations and ours differ on any hint that means something for this tool. */
  hintsDisagree: boolean;
  /** When the definition was read and from which version, and which engine judged it when. */
  dating: { definitionReadOn: string | null; version: string | null; engineVersion: string; assessedOn: string };
  /** The "this verdict is wrong" link, when the settings say where reports go. */
  reportHref?: string;
  patterns: { id: string; name: string; why: string }[];
  rule: ToolRule;
  policy: unknown;
  /** The rule in every format, as tabs: policy.json, Cedar, CEL, Pomerium, Docker. */
  formats: FormatViews;
  ruleExplanation: string;
  faq: FaqItem[];
  related: ReturnType<typeof relatedTools>;
  provenance: { sentence: string; source?: SourceLink; history: string[] };
  footerCounts: string;
}

export function confidenceSentence(confidence: number, signalCount: number): string {
  const percent = Math.round(confidence * 100);
  const strength = confidence >= 0.8 ? 'high' : confidence >= 0.55 ? 'moderate' : 'low';
  return `Confidence ${percent}% (${strength}), from ${plural(signalCount, 'signal')} in the definition.`;
}

export function provenanceSentence(entry: LoadedTool): string {
  const provenance = entry.server.server.provenance;
  if (!provenance) return `The catalogue does not say where this definition came from (${entry.server.file}).`;
  if (provenance.method === 'source') {
    return (
      `Read from the source code of ${provenance.repository}` +
      `${provenance.commit ? ` at commit ${provenance.commit.slice(0, 12)}` : ''}, extracted on ${provenance.extractedOn}, ` +
      `without running the server.`
    );
  }
  const via =
    provenance.transport === 'file'
      ? 'a saved tools/list result'
      : provenance.transport === 'stdio'
        ? 'the server started over stdio'
        : 'the server over Streamable HTTP';
  const info = provenance.serverInfo ? ` (it called itself ${provenance.serverInfo.name} ${provenance.serverInfo.version})` : '';
  return (
    `Listed live with tools/list from ${via}${info} ` +
    `on ${provenance.listedOn}${provenance.protocolVersion ? `, MCP protocol ${provenance.protocolVersion}` : ''}.`
  );
}

export async function toolView(
  atlas: Atlas,
  entry: LoadedTool,
  settings: Settings,
  patternNames: ReadonlyMap<string, string>,
  pageUrl = entry.path,
): Promise<ToolView> {
  const { tool, classification: c, server } = entry;
  const rule = entry.rule;
  const policy = toolPolicy(tool.name, rule);
  const description = tool.description ?? '';
  const cut = cutAt(description, DESCRIPTION_LIMIT);
  const hints = compareHints(tool.annotations, c.suggestedAnnotations, c.hintReasons);
  const shown = shownDescription(description);
  const blocks = descriptionBlocks(shown);
  const lead = leadBlockCount(blocks);
  const report = reportHref(settings.verdictReport ?? (settings.contactEmail ? { email: settings.contactEmail } : undefined), {
    tool: tool.name,
    server: server.server.name,
    ...(server.server.package.version ? { version: server.server.package.version } : {}),
    verdict: `${c.category} / ${c.risk}`,
    engineVersion: ENGINE_VERSION,
    page: pageUrl,
  });
  const table = parameterTable(tool.inputSchema);
  const formats = await formatViews(policy, {
    server: { name: server.server.name, slug: server.slug, path: server.path },
    idPrefix: 'policy',
    settings,
    tool: tool.name,
    fileStem: entry.slug,
  });
  return {
    metaDescription:
      `${tool.name} on ${server.server.name}: a ${c.risk} risk ${c.category} tool. Why it needs a policy, the ` +
      `evidence from its definition, and the gateway rule to copy.`,
    parameterCount: parameterCountLabel(tool.inputSchema),
    parameters: table.rows,
    parametersCut: parameterCutSentences(table.cut),
    parameterRowsLeftOut: table.cut?.rowsLeftOut ?? 0,
    ...(table.cut ? { definitionPath: `${entry.path}definition.json` } : {}),
    // Every hidden character shown as a marker (controls, separators, format characters), so a
    // person reads what the model reads.
    displayName: revealHidden(tool.name),
    ...(tool.title && tool.title !== tool.name ? { title: displayText(tool.title, TITLE_LIMIT).text } : {}),
    description: {
      text: shown,
      lead: blocks.slice(0, lead),
      more: blocks.slice(lead),
      truncated: cut.length < description.length,
      fullLength: description.length,
      shownLength: cut.length,
    },
    isLive: server.server.provenance?.method === 'live',
    warnings: c.signals.filter((s) => s.source === 'poisoning' && s.accepted).map((s) => s.note),
    confidenceSentence: confidenceSentence(c.confidence, c.signals.filter((s) => s.effect !== 'context').length),
    evidence: c.evidence.map((text, index) => {
      const rule = c.evidenceRules[index] ?? null;
      return { text, rule, ruleHref: rule ? ruleHref(rule) : null };
    }),
    hints,
    hintsDisagree: hints.some((h) => h.disagrees),
    dating: {
      definitionReadOn: definitionDate(server.server.provenance),
      version: server.server.package.version ?? null,
      engineVersion: ENGINE_VERSION,
      assessedOn: buildDate(),
    },
    ...(report ? { reportHref: report } : {}),
    patterns: c.patterns.map((p) => ({ id: p.id, name: patternNames.get(p.id) ?? p.id, why: p.why })),
    rule,
    policy,
    formats,
    ruleExplanation: explainRule(tool.name, rule),
    faq: toolFaq({
      toolName: tool.name,
      serverName: server.server.name,
      packageName: server.server.package.name,
      registry: server.server.package.registry,
      classification: c,
      rule,
      gatewayName: settings.gatewayName,
      formats: formats.views.map((view) => ({
        format: view.format,
        gateway: view.gateway,
        fileName: view.fileName,
        limitations: view.limitations,
      })),
      ...(tool.description ? { description: tool.description } : {}),
    }),
    related: relatedTools(atlas, entry),
    provenance: {
      sentence: provenanceSentence(entry),
      ...(sourceLink(server.server.provenance, tool) ? { source: sourceLink(server.server.provenance, tool)! } : {}),
      history: (tool.atlas?.history ?? []).map(historySentence),
    },
    // The server's own count only: a count of the whole catalogue here would change every tool page
    // whenever any server changed, and an incremental build could then skip none of them.
    footerCounts: `${plural(server.tools.length, 'tool')} on ${server.server.name} catalogued and classified.`,
  };
}
