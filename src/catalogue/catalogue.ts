/**
 * Pure checks and shaping of a catalogue once its files are read: schema validation of each file,
 * then the checks that need the whole catalogue (duplicate names, URL slug collisions).
 * File-system access lives in `load.ts`.
 */
import { safeParseAllKeys } from './all-keys.ts';
import { parseJsonStrict } from './json.ts';
import { nestingProblem } from './limits.ts';
import { formatPath, problemsFromZod, quote, type Problem } from './problems.ts';
import { ServerFileSchema, type ServerFile, type Tool } from './schema.ts';
import { slugify } from './slug.ts';

/** A tool with the URL slug it gets. */
export interface CatalogueTool {
  slug: string;
  tool: Tool;
}

/** A validated server file with its URL slugs resolved. */
export interface CatalogueServer {
  /** The file the server came from, as shown in messages. */
  file: string;
  slug: string;
  server: ServerFile;
  tools: CatalogueTool[];
}

export interface Catalogue {
  servers: CatalogueServer[];
  problems: Problem[];
}

/** A server file as read from disk, before parsing. */
export interface RawServerFile {
  file: string;
  /** The file's base name without `.json`, the default server slug. */
  baseName: string;
  /** The file's text, decoded from UTF-8 (a byte order mark may still lead it). */
  text: string;
}

export function toolSlug(tool: Tool): string {
  return tool.atlas?.slug ?? slugify(tool.name, 'tool');
}

export function serverSlug(server: ServerFile, baseName: string): string {
  return server.slug ?? slugify(baseName, 'server');
}

/**
 * A JSON text read strictly (see json.ts: syntax errors with line and column, duplicate keys and
 * non-finite numbers are problems) and not nested too deep for what walks it later.
 */
export function readJsonDocument(file: string, text: string): { json: unknown } | { problems: Problem[] } {
  const parsed = parseJsonStrict(text);
  if (!parsed.ok)
    return { problems: parsed.problems.map((problem) => ({ file, path: formatPath(problem.path), message: problem.message })) };
  // Before anything walks it: thousands of levels overflow the stack of whatever recurses into them.
  const tooDeep = nestingProblem(file, parsed.value);
  return tooDeep ? { problems: [tooDeep] } : { json: parsed.value };
}

/** Parses and validates one server file; a file with problems yields no server. */
export function parseServerFile(raw: RawServerFile): { server?: CatalogueServer; problems: Problem[] } {
  const read = readJsonDocument(raw.file, raw.text);
  if ('problems' in read) return { problems: read.problems };
  const { json } = read;
  // Every key survives, "__proto__" included (zod alone would drop it without a word).
  const result = safeParseAllKeys(ServerFileSchema, json);
  if (!result.success) return { problems: problemsFromZod(raw.file, json, result.error) };

  const server = result.data;
  const problems: Problem[] = [];
  const byName = new Map<string, number>();
  const bySlug = new Map<string, number>();
  const tools: CatalogueTool[] = server.tools.map((tool, index) => {
    const slug = toolSlug(tool);
    const sameName = byName.get(tool.name);
    if (sameName !== undefined) {
      problems.push({
        file: raw.file,
        path: `tools[${index}].name`,
        message: `duplicate tool name ${quote(tool.name)}: tools[${sameName}] has the same name (server ${quote(server.name)})`,
      });
    } else {
      byName.set(tool.name, index);
      const sameSlug = bySlug.get(slug);
      if (sameSlug !== undefined) {
        problems.push({
          file: raw.file,
          path: `tools[${index}].name`,
          message:
            `tool ${quote(tool.name)} gets the URL slug "${slug}", already taken by tools[${sameSlug}] ` +
            `${quote(server.tools[sameSlug]!.name)}; give one of them its own "atlas": { "slug": ... } (server ${quote(server.name)})`,
        });
      }
      bySlug.set(slug, index);
    }
    return { slug, tool };
  });
  if (problems.length > 0) return { problems };
  return { server: { file: raw.file, slug: serverSlug(server, raw.baseName), server, tools }, problems };
}

/** Two servers' files give the same URL slug: the later file (in listing order) is the one at fault. */
export function slugTaken(
  file: string,
  server: { slug: string; server: { name: string; slug?: string | undefined } },
  takenBy: string,
): Problem {
  return {
    file,
    path: server.server.slug === undefined ? '$' : 'slug',
    message:
      `server ${quote(server.server.name)} gets the URL slug "${server.slug}", already taken by ${takenBy}; rename the ` +
      `file or set "slug"`,
  };
}

/** Validates every file and then the catalogue as a whole; reports all problems, not the first. */
export function buildCatalogue(files: RawServerFile[]): Catalogue {
  const problems: Problem[] = [];
  const servers: CatalogueServer[] = [];
  const bySlug = new Map<string, CatalogueServer>();
  for (const raw of files) {
    const parsed = parseServerFile(raw);
    problems.push(...parsed.problems);
    if (!parsed.server) continue;
    const taken = bySlug.get(parsed.server.slug);
    if (taken) {
      problems.push(slugTaken(raw.file, parsed.server, taken.file));
      continue;
    }
    bySlug.set(parsed.server.slug, parsed.server);
    servers.push(parsed.server);
  }
  if (files.length === 0) problems.push({ file: 'servers/', path: '$', message: 'no server files (*.json) found' });
  servers.sort((a, b) => a.slug.localeCompare(b.slug));
  return { servers, problems };
}
