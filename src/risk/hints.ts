/**
 * The four MCP annotations predicted in the spec's meaning (the rules and their reasons are in
 * src/risk/rules/hints.ts), and how they compare with the ones the author wrote.
 */
import type { Annotations, InputSchema, JsonSchemaNode } from '../catalogue/schema.ts';
import { ANNOTATION_HINTS, type AnnotationHint, type Category } from '../values/index.ts';
import { IN_PLACE_MODE, UPDATES_EXISTING } from './lexicon.ts';
import { DESCRIPTION_RULES } from './rules/description.ts';
import { HINT_RULES, type HintFacts } from './rules/hints.ts';
import type { Capability, HintReason, SuggestedAnnotations } from './schema.ts';
import type { Finding } from './signals/finding.ts';
import { capitalize } from './text.ts';

/** An API endpoint path the agent picks: it reaches the whole API (see `reachesAnyCall`). */
const ENDPOINT_PATH_RULE = 'parameter.endpoint-path';
/** Findings that let the agent decide what runs: arbitrary code or commands, any API call. */
const RUNS_ANYTHING: ReadonlySet<Capability> = new Set(['command-execution', 'api-passthrough']);
const IDEMPOTENT_RULE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.idempotent')!.id;
const ADDITIVE_RULE = DESCRIPTION_RULES.find((rule) => rule.id === 'description.additive-only')!.id;
const OUTSIDE = new RegExp(
  String.raw`\b(internet(?![- ]facing)|the web\b|web ?(?:search|pages?|sites?|content)|websites?|search engines?|` +
    String.raw`third[- ]party (?:sites?|services?|apis?|websites?)|any (?:public )?url|public (?:web|internet)|online sources?|` +
    // A public or open-data dataset read with anonymous access: files anyone may have published.
    String.raw`public datasets?|open[- ]data (?:registry|sets?|buckets?)|anonymous(?:ly)? (?:access|read))\b`,
  'i',
);

/** What the hints read of the tool beyond its findings. */
export interface HintContext {
  /** The name is about a browser or a page, and a sibling tool sends that browser to any address. */
  steeredBrowser?: boolean;
  inputSchema?: InputSchema;
}

/** An argument's default, from the schema or from its description ("Defaults to \"upsert\"."). */
function defaultOf(node: JsonSchemaNode): unknown {
  if ('default' in node) return node.default;
  return /\bdefaults? to:? [`"'“]?([\w-]+)/i.exec(node.description ?? '')?.[1];
}

/** An argument that, left out, makes the call update what already exists: `onConflict` defaulting to "upsert". */
function updatesByDefault(schema: InputSchema | undefined): boolean {
  return Object.values(schema?.properties ?? {}).some((node) => {
    const value = defaultOf(node);
    return typeof value === 'string' && IN_PLACE_MODE.test(value);
  });
}

/** `findings` strongest first, as the classification lists them. */
export function predictHints(
  category: Category,
  findings: readonly Finding[],
  description: string,
  context: HintContext = {},
): { suggested: SuggestedAnnotations; reasons: Record<AnnotationHint, HintReason> } {
  const counted = findings.filter((f) => f.accepted && f.effect !== 'lowers');
  const capabilities = new Set(counted.flatMap((f) => (f.capability ? [f.capability] : [])));
  // The verb that says what the tool does: one of the verdict's category, else the name's, else any.
  // Of several verbs of that kind ("build_and_push"), the one that changes most decides.
  const verbs = counted.filter((f) => f.effect === 'raises' && f.verb !== undefined);
  const ofCategory = verbs.filter((f) => f.category === category);
  const decisive = mostChanging(ofCategory) ?? verbs.find((f) => f.source === 'name') ?? verbs[0];
  const facts: HintFacts = {
    category,
    capabilities,
    verb: decisive?.verbEffect !== undefined ? { effect: decisive.verbEffect, idempotent: decisive.verbIdempotent ?? false } : undefined,
    // An endpoint path on a tool whose name fixes the method (bb_post) sends only that method: its verb decides
    // what the call changes, but it still reaches the whole API.
    runsAnything: counted.some(
      (f) =>
        f.unbounded === true ||
        (f.capability !== null && RUNS_ANYTHING.has(f.capability) && f.rule !== ENDPOINT_PATH_RULE) ||
        (f.capability === 'query-language' && f.category === 'Execute') ||
        // Code the tool runs now (evaluate_script); code a create only stores (a resolver's code) runs later, if ever.
        (f.capability === 'code-execution' && decisive?.verbEffect === 'runs'),
    ),
    reachesAnyCall: counted.some((f) => f.rule === ENDPOINT_PATH_RULE),
    describedIdempotent: counted.some((f) => f.rule === IDEMPOTENT_RULE),
    describedAdditive: counted.some((f) => f.rule === ADDITIVE_RULE),
    mentionsOutside: OUTSIDE.test(description.slice(0, 4000)),
    // A page the agent sent the browser to holds what any site wrote: reading it reaches the open web.
    readsBrowserPage: context.steeredBrowser === true && capabilities.has('external-content'),
    updatesExisting: updatesByDefault(context.inputSchema) || UPDATES_EXISTING.test(description.slice(0, 4000)),
  };
  const suggested = {} as SuggestedAnnotations;
  const reasons = {} as Record<AnnotationHint, HintReason>;
  for (const hint of ANNOTATION_HINTS) {
    const rule = HINT_RULES.find((row) => row.hint === hint && row.applies(facts))!;
    suggested[hint] = rule.value;
    reasons[hint] = { rule: rule.id, because: rule.because };
  }
  return { suggested, reasons };
}

const EFFECT_WEIGHT = { removes: 4, changes: 3, runs: 2, adds: 1, none: 0 } as const;

function mostChanging(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  let weight = -1;
  for (const f of findings) {
    const effect = f.verbEffect;
    const w = effect ? EFFECT_WEIGHT[effect] : -1;
    if (w > weight) {
      best = f;
      weight = w;
    }
  }
  return best;
}

export interface HintComparison {
  hint: AnnotationHint;
  /** What the author wrote, if anything. */
  author: boolean | undefined;
  predicted: boolean;
  /** True when the author gave the hint and it differs from ours. */
  disagrees: boolean;
  /** One sentence for the reader: which way they differ and why, or what the author's silence means. */
  sentence: string;
}

/**
 * The author's hints beside ours. destructiveHint and idempotentHint mean nothing on a tool that
 * is read-only (the spec ignores them), so a difference there is not a disagreement.
 */
export function compareHints(
  annotations: Annotations | undefined,
  suggested: SuggestedAnnotations,
  reasons: Record<AnnotationHint, HintReason>,
): HintComparison[] {
  const readOnly = annotations?.readOnlyHint ?? suggested.readOnlyHint;
  return ANNOTATION_HINTS.map((hint) => {
    const author = annotations?.[hint];
    const predicted = suggested[hint];
    const meaningful = hint === 'readOnlyHint' || hint === 'openWorldHint' || !readOnly;
    const disagrees = typeof author === 'boolean' && author !== predicted && meaningful;
    const because = reasons[hint].because;
    const sentence =
      typeof author !== 'boolean'
        ? `${capitalize(because)}.`
        : disagrees
          ? `The author says \`${author}\`, but ${because}.`
          : meaningful
            ? `Agrees with the author: ${because}.`
            : 'The spec gives this hint no meaning on a read-only tool.';
    return { hint, author: typeof author === 'boolean' ? author : undefined, predicted, disagrees, sentence };
  });
}
