/**
 * How well the engine, blind to annotations, predicts the annotations authors did write, in the
 * MCP spec's own terms (src/risk/rules/hints.ts): a check that the name, description and parameter
 * rules say what authors mean, kept apart from our own categories.
 *
 * - readOnlyHint: every tool whose author sets it.
 * - destructiveHint and idempotentHint: tools whose author says they are not read-only and sets
 *   the hint (the spec gives them meaning only then).
 * - openWorldHint: every tool whose author sets it.
 */
import type { Tool } from '../catalogue/schema.ts';
import { ANNOTATION_HINTS, type AnnotationHint } from '../values/index.ts';
import { classifyTool } from './classify.ts';

export interface AgreementCase {
  server: string;
  tool: string;
  hint: AnnotationHint;
  /** What the author wrote. */
  author: boolean;
  /** What the engine predicts with the annotations removed. */
  predicted: boolean;
  /** The hint rule that decided the prediction. */
  rule: string;
  agrees: boolean;
}

export interface AgreementMeasure {
  total: number;
  agreeing: number;
  /** 0..1, three decimals (1 when there is nothing to measure). */
  rate: number;
  disagreeing: AgreementCase[];
}

export type HintMeasures = Record<AnnotationHint, AgreementMeasure>;

export interface AgreementReport {
  /** Tools carrying at least one of the four hints. */
  annotated: number;
  overall: HintMeasures;
  /** The same measures per server, by the server's slug. */
  byServer: Map<string, HintMeasures & { annotated: number }>;
}

/** The tool as if its author had written no annotations (and nobody had reviewed it). */
export function withoutAnnotations(tool: Tool): Tool {
  const { annotations: _annotations, atlas, ...rest } = tool;
  if (!atlas) return rest;
  const { override: _override, ...keptAtlas } = atlas;
  return { ...rest, atlas: keptAtlas };
}

/** Whether the author's hint is scored: destructive and idempotent only on tools the author says are not read-only. */
function scored(tool: Tool, hint: AnnotationHint): boolean {
  const annotations = tool.annotations ?? {};
  if (typeof annotations[hint] !== 'boolean') return false;
  if (hint === 'destructiveHint' || hint === 'idempotentHint') return annotations.readOnlyHint === false;
  return true;
}

export function annotationAgreement(entries: readonly { server: string; tool: Tool; siblings?: ReadonlySet<string> }[]): AgreementReport {
  const cases: AgreementCase[] = [];
  const annotatedByServer = new Map<string, number>();
  let annotated = 0;
  for (const { server, tool, siblings } of entries) {
    if (!ANNOTATION_HINTS.some((hint) => typeof tool.annotations?.[hint] === 'boolean')) continue;
    annotated++;
    annotatedByServer.set(server, (annotatedByServer.get(server) ?? 0) + 1);
    const classification = classifyTool(withoutAnnotations(tool), siblings ? { siblings } : {});
    for (const hint of ANNOTATION_HINTS) {
      if (!scored(tool, hint)) continue;
      const author = tool.annotations![hint] as boolean;
      const predicted = classification.suggestedAnnotations[hint];
      cases.push({
        server,
        tool: tool.name,
        hint,
        author,
        predicted,
        rule: classification.hintReasons[hint].rule,
        agrees: author === predicted,
      });
    }
  }
  const byServer = new Map<string, HintMeasures & { annotated: number }>();
  for (const [server, count] of annotatedByServer)
    byServer.set(server, { annotated: count, ...measures(cases.filter((c) => c.server === server)) });
  return { annotated, overall: measures(cases), byServer };
}

function measures(cases: readonly AgreementCase[]): HintMeasures {
  return Object.fromEntries(ANNOTATION_HINTS.map((hint) => [hint, measure(cases.filter((c) => c.hint === hint))])) as HintMeasures;
}

function measure(cases: readonly AgreementCase[]): AgreementMeasure {
  const agreeing = cases.filter((c) => c.agrees).length;
  return {
    total: cases.length,
    agreeing,
    rate: cases.length === 0 ? 1 : Math.round((agreeing / cases.length) * 1000) / 1000,
    disagreeing: cases.filter((c) => !c.agrees),
  };
}
