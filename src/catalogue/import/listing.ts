/**
 * Pure checks of what a server (or a saved file) says in answer to `tools/list`, before anything
 * is merged or written. Problems come out in the catalogue's `FILE: PATH: message` shape, with the
 * command, URL or file in place of FILE, so a broken tool is named as precisely as a broken file.
 */
import { z } from 'zod';
import { safeParseAllKeys } from '../all-keys.ts';
import { formatPath, problemsFromZod, quote, type Problem } from '../problems.ts';
import { nestingProblem, nonFiniteProblems } from '../limits.ts';
import { ToolSchema, type Tool } from '../schema.ts';
import { isRecord } from '../json-types.ts';

/** One page of a `tools/list` result, as loose as MCP allows; the tools are checked one by one later. */
export const ListToolsPageSchema = z
  .looseObject({
    tools: z.array(z.unknown()).describe("The tools on this page, checked afterwards against the catalogue's tool schema."),
    nextCursor: z.string().optional().describe('Present when more pages follow: pass it back to get the next one.'),
  })
  .describe('One page of an MCP tools/list result.');
export type ListToolsPage = z.infer<typeof ListToolsPageSchema>;

/** A JSON-RPC error object, as a server answers a request it cannot serve. */
const JsonRpcErrorSchema = z.looseObject({
  code: z.number().describe('The JSON-RPC error code, e.g. -32601 for an unknown method.'),
  message: z.string().describe("The server's explanation."),
});

const ListedToolsSchema = z.object({ tools: z.array(ToolSchema) });

/**
 * Checks one page and returns it, or the problems with it. `at` is where the page sits in its
 * source (`[1].result` in a saved array of responses, empty for a single live page).
 */
export function readPage(source: string, page: unknown, at: ReadonlyArray<PropertyKey> = []): ListToolsPage | Problem[] {
  const result = ListToolsPageSchema.safeParse(page);
  if (result.success) return result.data;
  return result.error.issues.map((issue) => ({
    file: source,
    path: formatPath([...at, ...issue.path]),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));
}

/**
 * Validates every listed tool against the catalogue's tool schema and rejects duplicate names.
 * The atlas's own `atlas` key is dropped first: it holds the reviewed override and the URL slug,
 * which a server must never be able to set for itself.
 */
export function checkListedTools(source: string, serverName: string | undefined, raw: unknown[]): { tools: Tool[]; problems: Problem[] } {
  const stripped = raw.map((tool) => {
    if (typeof tool !== 'object' || tool === null || Array.isArray(tool) || !Object.hasOwn(tool, 'atlas')) return tool;
    const { atlas: _planted, ...rest } = tool as Record<string, unknown>;
    return rest;
  });
  // A schema thousands of levels deep would overflow the stack of the file writer: say so instead.
  const tooDeep = nestingProblem(source, { tools: stripped });
  if (tooDeep) return { tools: [], problems: [tooDeep] };
  const nonFinite = nonFiniteProblems(source, { tools: stripped });
  if (nonFinite.length > 0) return { tools: [], problems: nonFinite };
  // Every key survives, "__proto__" included (zod alone would drop it without a word).
  const result = safeParseAllKeys(ListedToolsSchema, { tools: stripped });
  // `name` lets the messages say which server, as they do for catalogue files.
  const context = { name: serverName, tools: stripped };
  if (!result.success) return { tools: [], problems: problemsFromZod(source, context, result.error) };

  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  result.data.tools.forEach((tool, index) => {
    const first = firstIndex.get(tool.name);
    if (first === undefined) firstIndex.set(tool.name, index);
    else
      problems.push({
        file: source,
        path: `tools[${index}].name`,
        message: `duplicate tool name ${quote(tool.name)}: tools[${first}] has the same name`,
      });
  });
  return { tools: problems.length > 0 ? [] : result.data.tools, problems };
}

/** Reads one saved page: a bare result `{"tools": [...]}` or a JSON-RPC response with `result`. */
function readSavedPage(source: string, page: unknown, at: PropertyKey[]): ListToolsPage | Problem[] {
  if (isRecord(page) && Object.hasOwn(page, 'error')) {
    const error = JsonRpcErrorSchema.safeParse(page.error);
    const detail = error.success ? `${error.data.code} ${quote(error.data.message, 200)}` : 'with no readable code or message';
    return [
      { file: source, path: formatPath([...at, 'error']), message: `the saved response is a JSON-RPC error, not a tool list: ${detail}` },
    ];
  }
  if (isRecord(page) && Object.hasOwn(page, 'result')) return readPage(source, page.result, [...at, 'result']);
  return readPage(source, page, at);
}

/**
 * A saved `tools/list` result: `{"tools": [...]}`, a JSON-RPC response whose `result` is that, or
 * an array of either for a listing saved page by page (nextCursor), whose tools are joined in order.
 */
export function readSavedListing(source: string, json: unknown): { tools: unknown[]; problems: Problem[]; incomplete: boolean } {
  const pages = Array.isArray(json) ? json.map((page, index) => readSavedPage(source, page, [index])) : [readSavedPage(source, json, [])];
  const problems = pages.flatMap((page) => (Array.isArray(page) ? page : []));
  if (Array.isArray(json) && json.length === 0)
    problems.push({ file: source, path: '$', message: 'an empty array: expected one tools/list result or an array of pages' });
  if (problems.length > 0) return { tools: [], problems, incomplete: false };
  const read = pages as ListToolsPage[];
  // A last page that still has a cursor means the listing was saved before its end.
  return { tools: read.flatMap((page) => page.tools), problems: [], incomplete: read.at(-1)?.nextCursor !== undefined };
}
