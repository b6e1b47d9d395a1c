/**
 * The atlas as data: the shape of `atlas.json` and of each `servers/<s>/verdicts.json`, one zod
 * schema per shape, from which the published `atlas.schema.json` is generated.
 */
import { z } from 'zod';
import { PackageSchema } from '../catalogue/schema.ts';
import { ToolRuleSchema } from '../risk/policy/schema.ts';
import { CapabilitySchema, SignalSourceSchema, SuggestedAnnotationsSchema } from '../risk/schema.ts';
import { CATEGORIES, RISK_LEVELS } from '../values/index.ts';

const Hints = {
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
};

export const ExportSignalSchema = z
  .object({
    rule: z.string().describe('The id of the rule that found it; the methodology page lists every rule by id.'),
    refinedBy: z.array(z.string()).describe('Ids of the verb rules that adjusted it.'),
    source: SignalSourceSchema,
    field: z.string().describe('Where in the definition: "name", "description", "inputSchema.properties.sql", ...'),
    effect: z.enum(['raises', 'lowers', 'context']),
    category: z.enum(CATEGORIES).nullable(),
    risk: z.enum(RISK_LEVELS).nullable(),
    capability: CapabilitySchema.nullable(),
    accepted: z.boolean().describe('False when the verdict set it aside.'),
  })
  .describe('One piece of evidence, without its prose (the tool page has that).');

export const ExportToolSchema = z
  .object({
    name: z.string().describe('The tool’s name, exactly as its server gives it.'),
    slug: z.string().describe('The tool’s URL slug.'),
    url: z.string().describe('The tool’s page on the atlas.'),
    description: z.string().describe('The tool’s description in its author’s words (untrusted text; empty when it has none).'),
    category: z.enum(CATEGORIES),
    risk: z.enum(RISK_LEVELS),
    confidence: z.number().min(0).max(1),
    reviewed: z
      .object({ by: z.string().optional(), on: z.string().optional() })
      .nullable()
      .describe('A hand review that set the verdict, or null when the engine alone decided.'),
    annotations: z
      .object({
        author: z.object(Hints).describe('The hints the server’s author wrote (absent ones left out).'),
        predicted: SuggestedAnnotationsSchema,
      })
      .describe('The author’s MCP annotations beside the ones the engine predicts in the spec’s meaning.'),
    signals: z.array(ExportSignalSchema),
    patterns: z.array(z.string()).describe('Ids of the attack patterns that apply (pages under /attack-patterns/).'),
    rule: ToolRuleSchema.describe('The recommended gateway rule for the tool (the format of /policy.schema.json).'),
    fingerprint: z.string().nullable().describe('SHA-256 of the canonical definition, or null when the catalogue has none.'),
    definitionReadOn: z.string().nullable().describe('When the definition was read: extracted from source or listed live (YYYY-MM-DD).'),
    assessedOn: z.string().describe('When the engine judged it: the build date (YYYY-MM-DD).'),
    engineVersion: z.string().describe('The engine that judged it: package version + hash of the rule tables.'),
  })
  .describe('One tool and its verdict.');
export type ExportTool = z.infer<typeof ExportToolSchema>;

export const ExportServerSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    url: z.string().describe('The server’s page on the atlas.'),
    package: PackageSchema,
    repository: z.string().nullable(),
    provenance: z
      .object({
        method: z
          .enum(['source', 'live'])
          .nullable()
          .describe('Read from source code, or listed from the running server; null when unknown.'),
        readOn: z.string().nullable(),
        commit: z.string().nullable(),
      })
      .describe('Where the definitions came from.'),
    tools: z.array(ExportToolSchema),
  })
  .describe('One server, its tools and their verdicts.');
export type ExportServer = z.infer<typeof ExportServerSchema>;

export const AtlasExportSchema = z
  .object({
    $schema: z.string().describe('The URL of this JSON Schema.'),
    format: z.literal('mcp-risk-atlas/1').describe('The export format and its version.'),
    site: z.string().describe('The atlas the data comes from.'),
    generatedOn: z.string().describe('When the file was written (YYYY-MM-DD).'),
    engineVersion: z.string(),
    servers: z.array(ExportServerSchema),
  })
  .describe('Every server and tool of an MCP Risk Atlas, with its verdict.');
export type AtlasExport = z.infer<typeof AtlasExportSchema>;

/** `servers/<s>/verdicts.json`: one server of atlas.json, on its own. */
export const VerdictsFileSchema = ExportServerSchema.extend({
  $schema: z.string().describe('The URL of this JSON Schema.'),
  engineVersion: z.string(),
}).describe('One server of an MCP Risk Atlas, its tools and their verdicts.');

let cached: Record<string, unknown> | undefined;
let cachedVerdicts: Record<string, unknown> | undefined;

/** The JSON Schema of a server's verdicts.json. */
export function verdictsJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  cachedVerdicts ??= z.toJSONSchema(VerdictsFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...(options.id ? { $id: options.id } : {}), title: 'MCP Risk Atlas server verdicts', ...structuredClone(cachedVerdicts) };
}

/** The JSON Schema (draft 2020-12) of atlas.json, generated from the zod schema. */
export function atlasJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  cached ??= z.toJSONSchema(AtlasExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...(options.id ? { $id: options.id } : {}), title: 'MCP Risk Atlas export', ...structuredClone(cached) };
}
