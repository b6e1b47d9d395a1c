/**
 * How well the engine, blind to annotations, agrees with the annotations authors did write: a
 * check that the name/description/parameter rules say what authors mean. Read must match
 * readOnlyHint both ways (Read iff readOnlyHint: true); Destructive must match destructiveHint on
 * tools that are not read-only, where the hint is meaningful.
 */
import type { Category, Tool } from '../catalogue/schema.ts';
import { classifyTool } from './classify.ts';

export interface AgreementCase {
  server: string;
  tool: string;
  /** The author's hint. */
  hint: boolean;
  /** The engine's category with the annotations removed. */
  category: Category;
  agrees: boolean;
}

export interface AgreementMeasure {
  total: number;
  agreeing: number;
  /** 0..100, one decimal. */
  percent: number;
  disagreeing: AgreementCase[];
}

export interface AgreementReport {
  /** Tools carrying readOnlyHint or destructiveHint. */
  annotated: number;
  read: AgreementMeasure;
  destructive: AgreementMeasure;
}

/** The tool as if its author had written no annotations (and nobody had reviewed it). */
export function withoutAnnotations(tool: Tool): Tool {
  const { annotations: _annotations, atlas, ...rest } = tool;
  if (!atlas) return rest;
  const { override: _override, ...keptAtlas } = atlas;
  return { ...rest, atlas: keptAtlas };
}

export function annotationAgreement(entries: readonly { server: string; tool: Tool }[]): AgreementReport {
  const read: AgreementCase[] = [];
  const destructive: AgreementCase[] = [];
  let annotated = 0;
  for (const { server, tool } of entries) {
    const { readOnlyHint, destructiveHint } = tool.annotations ?? {};
    if (readOnlyHint === undefined && destructiveHint === undefined) continue;
    annotated++;
    const { category } = classifyTool(withoutAnnotations(tool));
    if (readOnlyHint !== undefined) {
      read.push({ server, tool: tool.name, hint: readOnlyHint, category, agrees: (category === 'Read') === readOnlyHint });
    }
    if (readOnlyHint === false && destructiveHint !== undefined) {
      destructive.push({ server, tool: tool.name, hint: destructiveHint, category, agrees: (category === 'Destructive') === destructiveHint });
    }
  }
  return { annotated, read: measure(read), destructive: measure(destructive) };
}

function measure(cases: readonly AgreementCase[]): AgreementMeasure {
  const agreeing = cases.filter((c) => c.agrees).length;
  return {
    total: cases.length,
    agreeing,
    percent: cases.length === 0 ? 100 : Math.round((agreeing / cases.length) * 1000) / 10,
    disagreeing: cases.filter((c) => !c.agrees),
  };
}
