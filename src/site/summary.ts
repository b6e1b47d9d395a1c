/**
 * A server's summary: what the site-wide pages (home, lists, name index), other servers' related
 * tools and the search filters need to know of a server, without its tool definitions. A build
 * keeps the summary of every server it loaded (src/build/state.ts), so the next build loads only
 * the servers whose files changed and takes the rest from here: the same atlas either way, since
 * a summary is made from the loaded server by the same code that reads it back (`buildAtlasFrom`).
 */
import { z } from 'zod';
import { CategorySchema, RiskLevelSchema, ServerFileSchema, ToolHistoryEventSchema } from '../catalogue/schema.ts';
import type { LoadedServer } from './atlas.ts';

export const ToolSummarySchema = z.object({
  slug: z.string().describe("The tool's URL slug."),
  name: z.string().describe('Its name exactly as its server gives it.'),
  risk: RiskLevelSchema,
  category: CategorySchema,
  patterns: z.array(z.string()).describe('Ids of the attack patterns that apply to it.'),
  annotated: z.boolean().describe('Whether its author gave any MCP annotation hint.'),
  reviewed: z.boolean().describe('Whether a person reviewed its verdict by hand (tool.atlas.override).'),
  history: z.array(ToolHistoryEventSchema).describe('Changes the importer recorded, oldest first.'),
});
export type ToolSummary = z.infer<typeof ToolSummarySchema>;

/** A server file without its tools: what lists and the site-wide pages show of a server. */
export const ServerInfoSchema = ServerFileSchema.omit({ tools: true });
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

export const ServerSummarySchema = z.object({
  slug: z.string().describe("The server's URL slug."),
  file: z.string().describe('Its server file, as messages and pages name it.'),
  server: ServerInfoSchema.describe('The server file without its tools.'),
  tools: z.array(ToolSummarySchema).describe("Its tools, in the server's order."),
});
export type ServerSummary = z.infer<typeof ServerSummarySchema>;

export function summarize(server: LoadedServer): ServerSummary {
  const { tools: _tools, ...info } = server.server;
  return {
    slug: server.slug,
    file: server.file,
    server: info,
    tools: server.tools.map((tool) => ({
      slug: tool.slug,
      name: tool.name,
      risk: tool.risk,
      category: tool.category,
      patterns: [...tool.patterns],
      annotated: tool.annotated,
      reviewed: tool.reviewed,
      history: [...tool.history],
    })),
  };
}
