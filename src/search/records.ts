/**
 * Pure: the search index's record of each tool and server page, made from the site model rather
 * than read back from the page's HTML. pagefind then parses no HTML (a tool page is ~60 KB, of
 * which the index keeps ~1 KB), a shard can be rebuilt without the pages of its servers on disk
 * (an incremental build renders only what changed), and what is searchable is said here, once.
 *
 * A record holds what identifies a tool: its name and title, its server and package, its risk
 * and category, its description as the page shows it, its parameters (name, type, description,
 * allowed values) and the names of the attack patterns that apply. Our own reasoning (why,
 * evidence, the policy's explanation) is left out: it repeats the same phrases on every page, so
 * common words would match most of the site, and pagefind's time grows with the matches.
 */
import { RISK_RANK } from '../risk/schema.ts';
import { revealHidden } from '../risk/normalize.ts';
import type { Atlas, AtlasServer, AtlasTool, LoadedServer, LoadedTool } from '../site/atlas.ts';
import { displayText, SERVER_DESCRIPTION_LIMIT, TITLE_LIMIT } from '../site/display.ts';
import { parameterCountLabel, parameterTable } from '../site/parameters.ts';
import { serverSummarySentence } from '../site/server-view.ts';
import { shownDescription } from '../site/tool-view.ts';

/** One page in the index: pagefind's custom record, less its language (the site is English). */
export interface SearchRecord {
  /** The page's site-relative path (`servers/<s>/<t>/`); the search page puts the base path before it. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** Sentences of a record: empty parts left out, each ended so pagefind's excerpts read as text. */
function sentences(parts: readonly (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .map((part) => (/[.!?:;]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** A tool page's search filters: what the search page narrows by. From the summary, so counts need no loaded server. */
export function toolFilters(tool: AtlasTool): Record<string, string[]> {
  return {
    risk: [tool.risk],
    category: [tool.category],
    type: ['tool'],
    annotations: [tool.annotated ? 'annotated by its author' : 'not annotated'],
    registry: [tool.server.server.package.registry],
    // Keyed by slug: two servers may share a name; the search page labels it from search/servers.json.
    server: [tool.server.slug],
  };
}

/** A server page's search filters. */
export function serverFilters(_server: AtlasServer): Record<string, string[]> {
  return { type: ['server'] };
}

export type FilterCounts = Record<string, Record<string, number>>;

/**
 * How many pages carry each value of each filter, as pagefind counts them across all shards: the
 * search page shows these before anything is searched (search/filters.json), without loading the
 * filter index of every shard.
 */
export function filterCounts(atlas: Atlas): FilterCounts {
  const counts: FilterCounts = {};
  const add = (filters: Record<string, string[]>) => {
    for (const [key, values] of Object.entries(filters)) {
      const byValue = (counts[key] ??= {});
      for (const value of values) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  };
  for (const server of atlas.servers) {
    add(serverFilters(server));
    for (const tool of server.tools) add(toolFilters(tool));
  }
  return counts;
}

export function toolRecord(entry: LoadedTool, patternNames: ReadonlyMap<string, string>): SearchRecord {
  const { tool, server } = entry;
  const pkg = server.server.package;
  const table = parameterTable(tool.inputSchema);
  const parameters = table.rows.map((row) =>
    sentences([
      row.name,
      row.type,
      row.description,
      row.values && `One of: ${row.values.join(', ')}${row.moreValues ? `, and ${row.moreValues.toLocaleString('en')} more` : ''}`,
    ]),
  );
  const title = tool.title && tool.title !== tool.name ? displayText(tool.title, TITLE_LIMIT).text : undefined;
  return {
    url: entry.path,
    // What the tool does first: pagefind's excerpt is cut from the stretch with the most matches,
    // and among equals the first one; the facts shown beside every result come last.
    content: sentences([
      revealHidden(tool.name),
      title,
      shownDescription(tool.description ?? ''),
      ...parameters,
      ...entry.patterns.map((id) => patternNames.get(id) ?? id),
      `A tool of ${server.server.name} (${pkg.name}${pkg.version ? ` ${pkg.version}` : ''}, ${pkg.registry})`,
      `${entry.risk} risk, ${entry.category}`,
      parameterCountLabel(tool.inputSchema),
    ]),
    meta: { title: revealHidden(tool.name), server: server.server.name, risk: entry.risk, category: entry.category, type: 'tool' },
    filters: toolFilters(entry),
    sort: { risk: String(RISK_RANK[entry.risk] + 1) },
  };
}

export function serverRecord(server: LoadedServer): SearchRecord {
  const { name, package: pkg, description } = server.server;
  return {
    url: server.path,
    content: sentences([
      name,
      description && displayText(description, SERVER_DESCRIPTION_LIMIT).text,
      pkg.registry,
      `${pkg.name}${pkg.version ? ` ${pkg.version}` : ''}`,
      serverSummarySentence(server),
    ]),
    meta: { title: name, type: 'server' },
    filters: serverFilters(server),
  };
}

/** The records of a server's pages: its own page first, then its tools' in the server's order. */
export function serverRecords(server: LoadedServer, patternNames: ReadonlyMap<string, string>): SearchRecord[] {
  return [serverRecord(server), ...server.tools.map((tool) => toolRecord(tool, patternNames))];
}
