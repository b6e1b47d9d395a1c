/**
 * `classifyTool`: what kind of power a tool hands an agent, how dangerous it is, and why, from the
 * tool definition alone. Pure and deterministic; every regular expression is compiled once at
 * module load, so classifying a catalogue of 100,000 tools costs one pass over their text.
 */
import type { Tool } from '../catalogue/schema.ts';
import { CATEGORY_RANK, RISK_RANK, type Category } from '../values/index.ts';
import { DOCUMENT_FROM_INPUT, HEALTH_DOMAIN, NAVIGATING_NAME, STORAGE_ARGUMENT_WORDS } from './lexicon.ts';
import { absentAnnotationsNote, evidence, rationale, type ReviewNote } from './explain.ts';
import { predictHints } from './hints.ts';
import { definitionChanges, relevantPatterns } from './patterns.ts';
import { resolve } from './resolve.ts';
import { ANNOTATION_RULES } from './rules/annotations.ts';
import { NAME_RULES } from './rules/names.ts';
import { DESCRIPTION_RULES, OPENING_VERB_RULE } from './rules/description.ts';
import { VERDICT_RULES } from './rules/verdict.ts';
import type { Classification, Signal } from './schema.ts';
import { annotationSignals } from './signals/annotations.ts';
import { MAX_SCAN, snakeName, type ToolContext } from './signals/context.ts';
import { descriptionSignals, openingVerb } from './signals/description.ts';
import { finding, type Finding } from './signals/finding.ts';
import { warnsOnlyOfAddedFinality } from './signals/judge.ts';
import { nameSignals } from './signals/name.ts';
import { operationSignals } from './signals/operations.ts';
import { argumentDescriptions, parameterSignals } from './signals/parameters.ts';
import { detectToolPoisoning } from './signals/poisoning.ts';
import { sentences, summaryOf } from './text.ts';
import { splitWords } from './words.ts';

export interface ClassifyOptions {
  /**
   * The server's display name, used in the rationale (identical definitions on two servers, the
   * same `run_query` on four database servers, still get a text of their own) and as the tool's
   * domain: "AWS HealthImaging" says its image sets are medical records, as a DICOM argument would.
   * Only word families read it (`HEALTH_DOMAIN`); no rule names a server.
   */
  server?: string;
  /** The names of the server's other tools: a description that mentions one names another tool, not an operation. */
  siblings?: ReadonlySet<string>;
}

const NO_SIBLINGS: ReadonlySet<string> = new Set();
const EXTERNAL_CONTENT_RULE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.external-content')!.id;
/** A description that says what comes back was captured from a running program (a breakpoint's snapshot). */
const RUNTIME_CAPTURE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.returns-runtime-capture')!.pattern;
const GUIDANCE_RULE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.guidance')!.id;

/** A description that says the tool acts on a page, a screen or an element: its name's "click" or "type" are verbs. */
const UI_CONTEXT = new RegExp(
  String.raw`\b(?:web ?pages?|pages?|browser|tabs?|elements?|screen|viewport|dom|selectors?|` +
    String.raw`ui elements?|device screen|keyboard|focused input|input field)\b`,
  'i',
);

/** An argument that names the resource by id or name ("BrokerId", "cluster_name"). */
const IDENTIFYING_ARGUMENT = /^(.+?)[_-]?(?:id|ids|name|names|arn|arns|identifier)$/i;

/** What a bare-verb tool ("promote", "reboot") acts on: the resource its identifying argument names ("BrokerId" -> broker). */
function identifiedObject(tool: Tool) {
  for (const name of Object.keys(tool.inputSchema.properties ?? {})) {
    const stem = IDENTIFYING_ARGUMENT.exec(name)?.[1];
    if (stem && stem.length > 1) return splitWords(stem);
  }
  return undefined;
}

/** An argument name that may size or price capacity: a count, a size, a type, a tier, nodes, replicas, CPUs. */
const SIZING_WORD = new RegExp(
  String.raw`(?:^|_)(?:sizes?|counts?|num|number|types?|tiers?|sku|capacity|replicas?|shards?|nodes?|node_pools?|pools?|` +
    String.raw`instances?|storage|memory|cpus?|vcpus?|gpus?|workers?|scale|scaling|plan|class|ha|high_availability)(?:_|$)`,
);
const NAMES_ONE = /_(?:ids?|names?|arns?)$/;
/** An object argument without listed properties that may carry any field of the API's request ("request", "body"). */
const OPEN_CONTAINER = new RegExp(
  String.raw`^(?:request|body|params|parameters|input|payload|config|configuration|options|spec|data|updates?|fields|` +
    String.raw`attributes|properties|settings|changes)$`,
);

/**
 * True when the schema lists its arguments and none of them, one level down included, can size
 * capacity ("doks-update-cluster" with a name, tags and a maintenance window). An empty schema or an
 * open request body may hide a size, so it is never "unsized".
 */
function sizesNothing(schema: Tool['inputSchema']): boolean {
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) return false;
  const sizes = (name: string, value: unknown, depth: number): boolean => {
    const snake = snakeName(name);
    // "instance_id", "node_name": which one, not how big.
    if (SIZING_WORD.test(snake) && !NAMES_ONE.test(snake)) return true;
    const node = (value ?? {}) as {
      properties?: Record<string, unknown>;
      items?: { properties?: Record<string, unknown> };
      type?: unknown;
    };
    const inner = node.properties ?? node.items?.properties;
    if (node.type === 'object' && (inner === undefined || Object.keys(inner).length === 0) && OPEN_CONTAINER.test(snake)) return true;
    if (node.type === undefined && inner === undefined && OPEN_CONTAINER.test(snake)) return true;
    return depth < 2 && inner !== undefined && Object.entries(inner).some(([key, child]) => sizes(key, child, depth + 1));
  };
  return !entries.some(([name, value]) => sizes(name, value, 0));
}

/** An argument that says which one: an id, an ARN, a key id ("id", "apiKeyId", "role_arn"). */
const IDENTIFYING_NAME = /^(?:id|ids|arn|identifier|uuid|key)$|_(?:id|ids|arn|identifier|uuid)$/;
/** An argument that only names or describes the thing: its name, title, label, description or tags. */
const LABEL_NAME = /^(?:(?:new|display|friendly)_)?(?:name|title|label|labels|description|desc|tags?|alias)$/;

/**
 * True when the schema lists its arguments and each one either says which thing (an id) or only names,
 * titles, labels, describes or tags it, with at least one of the latter ("update-api-key(id, name)"):
 * the edit relabels the thing, whatever it is, and changes no access, secret or size.
 */
function relabelsOnly(schema: Tool['inputSchema']): boolean {
  const names = Object.keys(schema.properties ?? {}).map(snakeName);
  return names.some((name) => LABEL_NAME.test(name)) && names.every((name) => LABEL_NAME.test(name) || IDENTIFYING_NAME.test(name));
}

/** "Rename an existing API key": a summary whose only verb is a rename, with no second change after "and" or a comma. */
const RENAME_ONLY = /^(?:renames?|retitles?|relabels?)\b[^,;]*$/i;

/**
 * Words of a change anywhere in the description ("materializes localPath", "saves", "updates the
 * cache"): what the verbs do not say, a read tool that mentions them may still do.
 */
/** Acts a description may name beside the changes of MENTIONS_CHANGE ("provides guidance and applies the settings"). */
const ACTS_IN_PROSE = /\b(?:appl(?:y|ies|ying)|configur(?:e|es|ing)|execut(?:e|es|ing)|deploy(?:s|ing)?|runs?|sets? up)\b/i;
const MENTIONS_CHANGE = new RegExp(
  String.raw`\b(?:writ(?:e|es|ing)|saves?|saving|stores|persist\w*|materiali[sz]\w*|downloads?|creat(?:e|es|ing)|` +
    String.raw`updat(?:e|es|ing)|modif\w*|delet\w*|remov\w*|overwrit\w*|install\w*|clon\w*|upload\w*|sends?|marks?|` +
    String.raw`moves?|renames?|fetch(?:es)? (?:\w+ )?(?:refs?|branches|tags|objects))\b`,
  'i',
);

/** "Rerank a set of provided documents", "the texts you pass in": content the caller hands over, not text fetched from others. */
const SUPPLIED_CONTENT = new RegExp(
  String.raw`\b(?:provided|given|supplied|passed[- ]in|input|caller[\u2019']?s?|your own|user[- ]supplied|caller[- ]supplied)\s+` +
    String.raw`(?:(?:list|set|array|batch) of\s+)?(?:[\w-]+\s+)?(?:documents?|texts?|passages?|strings?|snippets?|content|records?)\b|` +
    String.raw`\b(?:documents?|texts?|passages?|content) (?:you|the caller|the user) (?:provide|pass|supply|give)s?\b`,
  'i',
);
/** An argument that carries the content itself: "documents", "texts", "passages" (not an id or a name of one). */
const CONTENT_ARGUMENT = /^(?:documents?|docs?|texts?|passages?|contents?|emails?|messages?|pages?|files?)$/;

/**
 * The external-content findings of the name and the description, dropped when the tool is handed that content by the
 * caller (rerank_documents(query, documents)): it returns what the agent already had, so nothing new reaches it.
 */
function withoutSuppliedContent(context: ToolContext, findings: Finding[]): Finding[] {
  const stem = (word: string) => word.toLowerCase().replace(/s$/, '');
  const arguments_ = context.parameters
    .filter(([name, schema]) => CONTENT_ARGUMENT.test(snakeName(name)) && (schema.type === 'array' || schema.type === 'string'))
    .map(([name]) => stem(snakeName(name)));
  const inSummary = SUPPLIED_CONTENT.test(context.summary);
  const onlyMetadata = returnsOnlyMetadata(context.description.slice(0, MAX_SCAN)) || countsOnly(context);
  return findings.filter(
    (f) =>
      !(
        f.capability === 'external-content' &&
        (f.rule === NAME_RULES.externalContent.id || f.rule === EXTERNAL_CONTENT_RULE) &&
        (inSummary || onlyMetadata || arguments_.includes(stem(f.text)))
      ),
  );
}

/**
 * The tool counts what it names ("countDocuments", "Count documents in a collection"): a number comes back, not the
 * documents' text. Only when counting is all its name says, or its summary opens with it and the name has no other verb.
 */
function countsOnly(context: ToolContext): boolean {
  const verbs = context.nameFacts.verbs;
  return verbs.length > 0 ? verbs.every((verb) => verb === 'count') : openingVerb(context.sentences) === 'count';
}

/**
 * The summary says the tool makes a document from its input ("generate a PRD from a component") and no argument names
 * where anything is kept (an id, a path, an org, a project, a destination): what it makes comes back, stored nowhere.
 */
function makesDocumentFromInput(tool: Tool, summary: string): boolean {
  return storesNowhere(tool) && DOCUMENT_FROM_INPUT.test(summary);
}

/** The tool takes arguments and none names where anything is kept (an id, a path, an org, a project, a destination). */
function storesNowhere(tool: Tool): boolean {
  const names = Object.keys(tool.inputSchema.properties ?? {});
  return names.length > 0 && !names.some((name) => splitWords(name).some((word) => STORAGE_ARGUMENT_WORDS.has(word.lower)));
}

/** The warnings of loss the description rule looks for ("permanently deletes", "cannot be undone"). */
const DESTRUCTIVE_PHRASE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.destructive-phrase')!.pattern;

/** A `Returns:` line (or "For each X:") that lists fields: "id, name, segment_id, status, created_at, sent_at". */
const RETURNS_LIST = /\breturns\W{0,4}:\W{0,4}(?:for each [\w-]+:\s*)?([\w\s,./-]+?)(?:[.\n]|$)/i;
/** A field that identifies or describes a record without its text: ids, names, states, counts, times. */
const METADATA_FIELD = new RegExp(
  String.raw`^(?:(?:and|or)\s+)?(?:\w+[_ ])?(?:ids?|uuid|arn|name|title|slug|key|status|state|type|kind|count|size|tags?|labels?|` +
    String.raw`region|owner|version|url|created|updated|timestamps?|dates?|(?:\w+_)?(?:at|on|date|time))$`,
  'i',
);

/**
 * The description's `Returns:` list names only metadata fields (ids, names, statuses, timestamps): what
 * comes back describes records rather than carrying their text, whatever noun glosses them ("emails").
 */
function returnsOnlyMetadata(description: string): boolean {
  const list = RETURNS_LIST.exec(description)?.[1];
  if (list === undefined) return false;
  const fields = list
    .split(/,|\band\b/)
    .map((field) => field.trim())
    .filter((field) => field !== '');
  return fields.length >= 2 && fields.every((field) => METADATA_FIELD.test(field));
}

/**
 * The summary's object is one batch: up to three words, then an article and "batch" not followed by
 * "of" ("Delete a HealthOmics batch", "Request cancellation of a batch inference job"). Not "in a
 * batch" or "as one batch", which say the call itself is batched.
 */
const ONE_BATCH = new RegExp(
  String.raw`^(?:[A-Za-z]+\s+){1,3}?(?<!\b(?:in|as|into|per|with)\s)(?:a|an|the|one|this|single)\s+` +
    String.raw`(?:[\w-]+\s+){0,3}?batch\b(?!\s+of\b)`,
  'i',
);

/** The top-level arguments' names and descriptions, bounded like the description. */
function argumentWords(schema: Tool['inputSchema']): string {
  return Object.entries(schema.properties ?? {})
    .map(([name, property]) => `${name} ${typeof property.description === 'string' ? property.description : ''}`)
    .join(' ')
    .slice(0, MAX_SCAN);
}

export function classifyTool(tool: Tool, options: ClassifyOptions = {}): Classification {
  const description = tool.description ?? '';
  const parts = sentences(description.slice(0, MAX_SCAN));
  const summary = summaryOf(parts) ?? '';
  const nameFacts = nameSignals(tool.name, splitWords(tool.name), {
    ui: UI_CONTEXT.test(summary),
    describedVerb: openingVerb(parts),
    parameterObject: identifiedObject(tool),
    unsized: sizesNothing(tool.inputSchema),
    relabels: relabelsOnly(tool.inputSchema) || (RENAME_ONLY.test(summary) && !/\band\b/i.test(summary)),
    oneBatch: ONE_BATCH.test(summary),
    // The server's name, the description and the arguments' names and descriptions (not the whole schema, which a
    // hostile catalogue can make megabytes long).
    capturesRuntime: RUNTIME_CAPTURE.test(description.slice(0, MAX_SCAN)),
    healthDomain: HEALTH_DOMAIN.test(`${options.server ?? ''} ${description.slice(0, MAX_SCAN)} ${argumentWords(tool.inputSchema)}`),
  });
  const context: ToolContext = {
    name: tool.name,
    description,
    summary,
    sentences: parts,
    argumentLines: argumentDescriptions(description.slice(0, MAX_SCAN)),
    nameFacts,
    nameCategory: strongest(nameFacts.findings),
    parameters: Object.entries(tool.inputSchema.properties ?? {}),
    siblings: options.siblings ?? NO_SIBLINGS,
  };
  const described = descriptionSignals(context);
  const operations = operationSignals(tool, context);
  const findings: Finding[] = withoutSuppliedContent(context, [
    ...weakenOverruledName(nameFacts.findings, described, guidance(described)),
    ...described,
    ...parameterSignals(context),
    ...operations.findings,
    ...annotationSignals(tool),
    ...detectToolPoisoning(tool),
  ]);

  const verdict = resolve(tool.name, findings, {
    mentionsChange: MENTIONS_CHANGE.test(description.slice(0, MAX_SCAN)),
    describesNoAct: !MENTIONS_CHANGE.test(description.slice(0, MAX_SCAN)) && !ACTS_IN_PROSE.test(description.slice(0, MAX_SCAN)),
    takesNoArguments: Object.keys(tool.inputSchema.properties ?? {}).length === 0,
    makesDocumentFromInput: makesDocumentFromInput(tool, summary),
    storesNowhere: storesNowhere(tool),
    warnsOnlyOfAddedFinality: warnsOnlyOfAddedFinality(parts, DESTRUCTIVE_PHRASE),
  });
  const override = tool.atlas?.override;
  const reviewed =
    override !== undefined && (override.category !== undefined || override.risk !== undefined || override.rationale !== undefined);
  let review: ReviewNote | undefined;
  if (reviewed) {
    review = { ...(override.reviewedBy ? { by: override.reviewedBy } : {}), ...(override.reviewedOn ? { on: override.reviewedOn } : {}) };
    const changed = [
      override.category && override.category !== verdict.category ? `category ${verdict.category} → ${override.category}` : undefined,
      override.risk && override.risk !== verdict.risk ? `risk ${verdict.risk} → ${override.risk}` : undefined,
    ].filter((part): part is string => part !== undefined);
    verdict.findings.unshift(
      finding({
        rule: VERDICT_RULES.handReview.id,
        source: 'override',
        text: 'atlas.override',
        field: 'atlas.override',
        category: override.category ?? verdict.category,
        risk: override.risk ?? verdict.risk,
        note:
          `A reviewer set this classification by hand${review.by ? ` (${review.by}${review.on ? `, ${review.on}` : ''})` : ''}` +
          `${changed.length > 0 ? `: ${changed.join(', ')}` : ', confirming the engine'}.`,
        clause: 'was reviewed by hand',
      }),
    );
    verdict.category = override.category ?? verdict.category;
    verdict.risk = override.risk ?? verdict.risk;
    verdict.confidence = 1;
  }
  const absent = verdict.findings.find((f) => f.rule === ANNOTATION_RULES.absent.id);
  if (absent) absent.note = absentAnnotationsNote(tool.name, verdict.category);

  const ordered = [...verdict.findings].sort(byStrength);
  const signals = ordered.map(publicSignal);
  // A page of a browser that a sibling sends anywhere ("browser_navigate") shows whatever site the agent picked.
  const steeredBrowser = nameFacts.browser && [...context.siblings].some((sibling) => NAVIGATING_NAME.test(sibling));
  const hints = predictHints(verdict.category, ordered, description, { steeredBrowser, inputSchema: tool.inputSchema });
  const input = { tool, ...(options.server ? { server: options.server } : {}), verdict, ordered, reviewed: review };
  const evidenceLines = evidence(input);
  return {
    category: verdict.category,
    risk: verdict.risk,
    confidence: verdict.confidence,
    signals,
    rationale: reviewed && override.rationale ? override.rationale : rationale(input),
    evidence: evidenceLines.map((line) => line.text),
    evidenceRules: evidenceLines.map((line) => line.rule),
    patterns: relevantPatterns({
      toolName: tool.name,
      category: verdict.category,
      risk: verdict.risk,
      signals,
      definitionChanges: definitionChanges(tool),
    }),
    reviewed,
    annotationConflicts: verdict.annotationConflicts,
    suggestedAnnotations: hints.suggested,
    hintReasons: hints.reasons,
    decidedBy: verdict.decidedBy,
    ...(operations.operations
      ? {
          operations: {
            param: operations.operations.param,
            enumerated: operations.operations.enumerated,
            values: operations.operations.operations.map((op) => ({ value: op.value, category: op.category, risk: op.risk })),
          },
        }
      : {}),
  };
}

/**
 * A clear verb opening the description ("Deletes …") overrules a name verb that is also a common
 * noun ("snapshot", "tag"): the name's verb becomes weak evidence.
 */
function weakenOverruledName(nameFindings: readonly Finding[], described: readonly Finding[], informs: boolean): Finding[] {
  const opening = described.find((f) => f.rule === OPENING_VERB_RULE.id && f.strength === 'strong');
  if (informs)
    return nameFindings.map((f) => (f.rule === NAME_RULES.verb.id && f.category !== 'Read' ? { ...f, strength: 'weak' as const } : f));
  if (!opening) return [...nameFindings];
  return nameFindings.map((f) =>
    f.rule === NAME_RULES.verb.id && f.category !== opening.category ? { ...f, strength: 'weak' as const } : f,
  );
}

/**
 * A description that says the tool provides guidance, and opens with no verb that acts: the tool
 * informs ("containerize_app" returns how to containerise). Its guidance finding becomes strong and
 * the name's acting verbs weak. (A description that opens "Creates …" keeps the name's verb.)
 */
function guidance(described: Finding[]): boolean {
  const found = described.find((f) => f.rule === GUIDANCE_RULE);
  if (!found || described.some((f) => f.rule === OPENING_VERB_RULE.id && f.category !== 'Read')) return false;
  found.strength = 'strong';
  return true;
}

function strongest(findings: readonly Finding[]): Category | undefined {
  let best: Category | null = null;
  for (const f of findings) {
    if (f.source === 'name' && f.category && (best === null || CATEGORY_RANK[f.category] > CATEGORY_RANK[best])) best = f.category;
  }
  return best ?? undefined;
}

const EFFECT_ORDER = { raises: 0, lowers: 1, context: 2 } as const;

/** Overrides first, then accepted evidence by strength, risk and power; set-aside and context last. */
function byStrength(a: Finding, b: Finding): number {
  const key = (f: Finding) => [
    f.source === 'override' ? 0 : 1,
    f.accepted ? 0 : 1,
    EFFECT_ORDER[f.effect],
    f.strength === 'strong' ? 0 : 1,
    -(f.risk ? RISK_RANK[f.risk] : -1),
    -(f.category ? CATEGORY_RANK[f.category] : -1),
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

function publicSignal(f: Finding): Signal {
  return {
    rule: f.rule,
    refinedBy: f.refinedBy,
    source: f.source,
    text: f.text,
    field: f.field,
    effect: f.effect,
    category: f.category,
    risk: f.risk,
    capability: f.capability,
    strength: f.strength,
    accepted: f.accepted,
    note: f.note,
  };
}
