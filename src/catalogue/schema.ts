/**
 * The catalogue's shapes: one zod schema per shape, every field documented, every type derived
 * with `z.infer`. Everything in a catalogue comes from third parties, so the schemas accept what
 * real MCP servers send (loose objects where the MCP spec allows extra keys) and reject what would
 * break a page or a URL (missing names, wrong types).
 */
import { z } from 'zod';
import { CATEGORIES, RISK_LEVELS } from '../values/index.ts';
import { MAX_NAME, MAX_SHORT, MAX_TOOL_NAME, MAX_URL } from './limits.ts';

/** Where a package is published. `remote` is a hosted server with no installable package. */
export const RegistrySchema = z
  .enum(['npm', 'pypi', 'docker', 'remote', 'other'])
  .describe('Where the server is published: npm, pypi, docker, remote (hosted only) or other.');
export type Registry = z.infer<typeof RegistrySchema>;

export const PackageSchema = z
  .looseObject({
    registry: RegistrySchema,
    name: z.string().min(1).max(MAX_NAME).describe('The package name as the registry knows it, or the URL of a remote server.'),
    version: z.string().min(1).max(MAX_SHORT).optional().describe('The version the tools were taken from.'),
  })
  .describe('How to get the server.');
export type Package = z.infer<typeof PackageSchema>;

/**
 * A JSON Schema node, as loose as JSON Schema itself: servers put anything in here, including
 * `$ref` cycles and deep nesting. Only the keys the site reads are typed; all others are kept.
 */
export const JsonSchemaNodeSchema = z
  .looseObject({
    type: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('JSON type or types of the value (string, number, integer, boolean, array, object, null).'),
    description: z.string().optional().describe("What the value means, in the server author's words."),
    enum: z.array(z.unknown()).optional().describe('The only values allowed.'),
  })
  .describe('A JSON Schema for one value.');
export type JsonSchemaNode = z.infer<typeof JsonSchemaNodeSchema>;

export const InputSchemaSchema = z
  .looseObject({
    type: z.literal('object').describe('Always "object": MCP tool arguments are a JSON object.'),
    properties: z
      .record(z.string(), JsonSchemaNodeSchema)
      // Checked here rather than on the key schema, whose own message zod replaces with "Invalid key in record".
      .superRefine((properties, ctx) => {
        for (const key of Object.keys(properties)) {
          if (key.length > MAX_NAME)
            ctx.addIssue({ code: 'custom', path: [key], message: `expected an argument name of at most ${MAX_NAME} characters` });
        }
      })
      .optional()
      .describe('One JSON Schema per argument, keyed by argument name.'),
    required: z.array(z.string()).optional().describe('Names of the arguments the caller must give.'),
  })
  .describe("The JSON Schema of the tool's arguments (MCP `Tool.inputSchema`).");
export type InputSchema = z.infer<typeof InputSchemaSchema>;

export const OutputSchemaSchema = z
  .looseObject({
    type: z.literal('object').describe('Always "object": MCP structured tool results are a JSON object.'),
  })
  .describe("The JSON Schema of the tool's structured result (MCP `Tool.outputSchema`).");

/**
 * MCP tool annotations. The spec calls them untrusted hints; the risk engine treats them so.
 * Defaults when absent (per the MCP spec): readOnly false, destructive true, idempotent false,
 * openWorld true.
 */
export const AnnotationsSchema = z
  .looseObject({
    title: z.string().optional().describe('A human-readable title for the tool.'),
    readOnlyHint: z.boolean().optional().describe('The author says the tool does not modify its environment.'),
    destructiveHint: z
      .boolean()
      .optional()
      .describe('The author says the tool may perform destructive updates (meaningful only when not read-only).'),
    idempotentHint: z
      .boolean()
      .optional()
      .describe('The author says calling the tool twice with the same arguments has no further effect.'),
    openWorldHint: z.boolean().optional().describe('The author says the tool interacts with an open world of external entities.'),
  })
  .describe('MCP tool annotations: hints from the server author, not guarantees.');
export type Annotations = z.infer<typeof AnnotationsSchema>;

export const CategorySchema = z.enum(CATEGORIES).describe('The kind of power a tool hands an agent.');
export type Category = z.infer<typeof CategorySchema>;

export const RiskLevelSchema = z.enum(RISK_LEVELS).describe('How dangerous the tool is.');
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** A hand review that replaces the engine's verdict for one tool. */
export const ClassificationOverrideSchema = z
  .strictObject({
    category: CategorySchema.optional(),
    risk: RiskLevelSchema.optional(),
    rationale: z.string().min(1).optional().describe("Why the reviewer decided so; shown instead of the engine's text."),
    reviewedBy: z.string().min(1).optional().describe('Who reviewed the tool.'),
    reviewedOn: z.iso.date().optional().describe('When the tool was reviewed (YYYY-MM-DD).'),
  })
  .describe('A reviewed classification that wins over the risk engine.');
export type ClassificationOverride = z.infer<typeof ClassificationOverrideSchema>;

/** Where in the server's source code a tool is defined. */
export const SourceLocationSchema = z
  .strictObject({
    file: z
      .string()
      .min(1)
      // Shown as text whatever it says; linked only when it stays inside the repository (src/catalogue/paths.ts).
      .describe('Path of the source file, relative to the repository root.'),
    line: z.number().int().positive().optional().describe('Line of the definition in that file.'),
    registeredAt: z.string().min(1).optional().describe('`file:line` where the tool is registered, when elsewhere.'),
    generatedFrom: z.string().min(1).optional().describe('The API operation the tool is generated from, if generated.'),
    proxiedFrom: z.string().min(1).optional().describe('The server this tool is proxied from, if proxied.'),
    condition: z.string().min(1).optional().describe('When the server offers the tool, if not always.'),
  })
  .describe("Where the tool is defined in the server's source.");

export const ChangedFieldSchema = z.enum(['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations']);
export type ChangedField = z.infer<typeof ChangedFieldSchema>;

/** One event in a tool's recorded history, written by the importer. */
export const ToolHistoryEventSchema = z
  .discriminatedUnion('change', [
    z.strictObject({
      change: z.literal('added').describe('The tool appeared.'),
      date: z.iso.date().describe('When the change was seen (YYYY-MM-DD).'),
      fingerprint: z.string().describe('The fingerprint the tool had when it appeared.'),
    }),
    z.strictObject({
      change: z.literal('changed').describe("The tool's definition changed."),
      date: z.iso.date(),
      from: z.string().describe('The fingerprint before.'),
      to: z.string().describe('The fingerprint after.'),
      fields: z.array(ChangedFieldSchema).min(1).describe('Which parts of the definition changed.'),
    }),
  ])
  .describe('A change to a tool seen on re-import.');
export type ToolHistoryEvent = z.infer<typeof ToolHistoryEventSchema>;

/** What the atlas keeps about a tool beyond the MCP definition. One key, so the rest stays pure MCP. */
export const ToolAtlasSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens')
      .max(100)
      .optional()
      .describe("The tool's URL slug, when the one derived from its name is not wanted (e.g. to separate a collision)."),
    source: SourceLocationSchema.optional(),
    override: ClassificationOverrideSchema.optional(),
    fingerprint: z.string().optional().describe('SHA-256 of the canonical definition, written by the importer.'),
    history: z.array(ToolHistoryEventSchema).optional().describe('Changes seen by the importer, oldest first.'),
  })
  .describe('Atlas data about the tool: slug, provenance, reviewed classification, fingerprint and history.');
export type ToolAtlas = z.infer<typeof ToolAtlasSchema>;

/** An MCP `Tool` exactly as `tools/list` returns it, plus the atlas's own `atlas` key. */
export const ToolSchema = z
  .looseObject({
    name: z
      .string()
      .min(1, 'expected a non-empty tool name')
      .max(MAX_TOOL_NAME, `expected a tool name of at most ${MAX_TOOL_NAME} characters (MCP recommends 1 to 128)`)
      .describe("The tool's unique name on its server."),
    title: z.string().optional().describe('A human-readable title.'),
    description: z.string().optional().describe("What the tool does, in its author's words (untrusted text)."),
    inputSchema: InputSchemaSchema,
    outputSchema: OutputSchemaSchema.optional(),
    annotations: AnnotationsSchema.optional(),
    atlas: ToolAtlasSchema.optional(),
  })
  .describe('An MCP tool definition.');
export type Tool = z.infer<typeof ToolSchema>;

/** A tool that the atlas removed from a server, kept in the server's change log. */
export const RemovedToolSchema = z.strictObject({
  name: z.string().describe('The name the tool had.'),
  date: z.iso.date().describe('When the tool was seen missing (YYYY-MM-DD).'),
  fingerprint: z.string().describe('The fingerprint it had last.'),
});
export type RemovedTool = z.infer<typeof RemovedToolSchema>;

export const ProvenanceSchema = z
  .discriminatedUnion('method', [
    z.strictObject({
      method: z.literal('source').describe("Extracted from the server's source code, without running it."),
      repository: z.url().describe('The repository the source came from.'),
      commit: z.string().optional().describe('The commit that was read.'),
      path: z.string().optional().describe("The server's folder inside the repository."),
      extractedOn: z.iso.date().describe('When it was extracted (YYYY-MM-DD).'),
      notes: z.string().optional().describe('What the extraction could not see, such as tools generated at start-up.'),
    }),
    z.strictObject({
      method: z.literal('live').describe('Listed from the running server with tools/list.'),
      transport: z.enum(['stdio', 'streamable-http', 'file']).describe('How the server was reached.'),
      command: z.string().optional().describe('The command or URL that started or reached it.'),
      listedOn: z.iso.date().describe('When the tools were listed (YYYY-MM-DD).'),
      serverInfo: z
        .strictObject({ name: z.string().max(MAX_NAME), version: z.string().max(MAX_SHORT) })
        .optional()
        .describe('What the server said of itself on initialize.'),
      protocolVersion: z.string().optional().describe('The MCP protocol version negotiated.'),
      removedTools: z.array(RemovedToolSchema).optional().describe('Tools the server no longer lists.'),
    }),
  ])
  .describe('Where the tool definitions came from.');
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** One server file: `<catalogue>/servers/<anything>.json`. */
export const ServerFileSchema = z
  .looseObject({
    name: z
      .string()
      .min(1, 'expected a non-empty server name')
      .max(MAX_NAME, `expected a server name of at most ${MAX_NAME} characters`)
      .describe("The server's display name."),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens')
      .max(100)
      .optional()
      .describe("The server's URL slug; by default derived from the file name."),
    package: PackageSchema,
    description: z.string().optional().describe('What the server is for (untrusted text).'),
    repository: z.string().max(MAX_URL).optional().describe('The source repository URL (untrusted: linked only if http or https).'),
    provenance: ProvenanceSchema.optional(),
    tools: z.array(ToolSchema).describe("The server's tools, in the order the server lists them."),
  })
  .describe('An MCP server and its tools.');
export type ServerFile = z.infer<typeof ServerFileSchema>;
