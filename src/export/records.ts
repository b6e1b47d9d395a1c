/**
 * Site model -> export records: one function per shape of src/export/schema.ts, pure, so each
 * export (JSON, CSV, text) is written from the same record and cannot disagree with another.
 */
import type { Provenance } from '../catalogue/schema.ts';
import type { LoadedServer, LoadedTool } from '../site/atlas.ts';
import { ANNOTATION_HINTS } from '../values/index.ts';
import type { ExportServer, ExportTool } from './schema.ts';

export interface ExportContext {
  /** Absolute URL of the site root, with a trailing slash: "https://example.org/atlas/". */
  siteRoot: string;
  /** The build date, YYYY-MM-DD. */
  assessedOn: string;
  engineVersion: string;
}

/** The date a server's definitions were read. */
export function definitionDate(provenance: Provenance | undefined): string | null {
  if (!provenance) return null;
  return provenance.method === 'source' ? provenance.extractedOn : provenance.listedOn;
}

export function toolRecord(entry: LoadedTool, context: ExportContext): ExportTool {
  const { tool, classification: c } = entry;
  const override = tool.atlas?.override;
  const author: ExportTool['annotations']['author'] = {};
  for (const hint of ANNOTATION_HINTS) {
    const value = tool.annotations?.[hint];
    if (typeof value === 'boolean') author[hint] = value;
  }
  return {
    name: tool.name,
    slug: entry.slug,
    url: `${context.siteRoot}${entry.path}`,
    description: tool.description ?? '',
    category: c.category,
    risk: c.risk,
    confidence: c.confidence,
    reviewed: c.reviewed
      ? { ...(override?.reviewedBy ? { by: override.reviewedBy } : {}), ...(override?.reviewedOn ? { on: override.reviewedOn } : {}) }
      : null,
    annotations: { author, predicted: c.suggestedAnnotations },
    signals: c.signals.map((s) => ({
      rule: s.rule,
      refinedBy: s.refinedBy,
      source: s.source,
      field: s.field,
      effect: s.effect,
      category: s.category,
      risk: s.risk,
      capability: s.capability,
      accepted: s.accepted,
    })),
    patterns: c.patterns.map((p) => p.id),
    rule: entry.rule,
    fingerprint: tool.atlas?.fingerprint ?? null,
    definitionReadOn: definitionDate(entry.server.server.provenance),
    assessedOn: context.assessedOn,
    engineVersion: context.engineVersion,
  };
}

export function serverRecord(server: LoadedServer, context: ExportContext): ExportServer {
  const provenance = server.server.provenance;
  return {
    slug: server.slug,
    name: server.server.name,
    url: `${context.siteRoot}${server.path}`,
    package: server.server.package,
    repository: server.server.repository ?? null,
    provenance: {
      method: provenance?.method ?? null,
      readOn: definitionDate(provenance),
      commit: provenance?.method === 'source' ? (provenance.commit ?? null) : null,
    },
    tools: server.tools.map((tool) => toolRecord(tool, context)),
  };
}

/**
 * The build date: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, so two
 * builds of the same catalogue write the same files; otherwise today, in UTC.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}
