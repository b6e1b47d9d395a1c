/**
 * The site model: every server and tool with its URL, its classification and recommended rule,
 * and the indexes pages need (by slug, by risk, by category, by attack pattern, related tools,
 * counts), built once per build from the validated catalogue. Pages pick from it; nothing here
 * reads files, so it is unit-testable, and its cost is linear in the catalogue: no page does work
 * that grows with the number of tools.
 *
 * A server is either loaded (its file read and every tool classified: the servers whose pages a
 * build renders) or summarised (what lists, related tools and counts need, kept from an earlier
 * build, src/site/summary.ts). Lists and indexes read only `AtlasTool`; a server's own pages take
 * `LoadedServer` / `LoadedTool`, so the type system keeps a page from reading what a summary lacks.
 */
import type { CatalogueServer } from '../catalogue/catalogue.ts';
import type { Category, RiskLevel, ServerFile, Tool, ToolHistoryEvent } from '../catalogue/schema.ts';
import type { ServerInfo, ServerSummary } from './summary.ts';
import { classifyTool } from '../risk/classify.ts';
import { recommendRule } from '../risk/policy/recommend.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { CATEGORY_RANK, RISK_LEVELS, RISK_RANK, type Classification } from '../risk/schema.ts';
import { splitWords } from '../risk/words.ts';

export { CATEGORIES } from '../values/index.ts';
import { ANNOTATION_HINTS, CATEGORIES } from '../values/index.ts';

/**
 * What every page, list and index may read of any tool. A build that renders only some servers'
 * pages (an incremental build, a slice) has this much of the others from their summaries
 * (src/site/summary.ts), without reading or classifying their files again.
 */
export interface AtlasTool {
  slug: string;
  /** The tool's name exactly as its server gives it. */
  name: string;
  server: AtlasServer;
  /** Site-relative path of the tool page, without the base path: `servers/<server>/<tool>/`. */
  path: string;
  risk: RiskLevel;
  category: Category;
  /** Ids of the attack patterns that apply to it. */
  patterns: readonly string[];
  /** Whether the server's author gave any of the four MCP annotation hints. */
  annotated: boolean;
  /** Whether a person reviewed its verdict by hand (tool.atlas.override). */
  reviewed: boolean;
  /** Changes the importer recorded, oldest first. */
  history: readonly ToolHistoryEvent[];
  /** Position in `toolsByCategory` of its category, so related tools are found without a scan. */
  categoryPosition: number;
  /** Words of its name longer than two letters, lower case, for finding similar tools. */
  nameKeys: readonly string[];
  /** Position among its server's tools. */
  serverPosition: number;
}

/** A tool of a server loaded in full: its definition, classification and rule, for its own pages and files. */
export interface LoadedTool extends AtlasTool {
  server: LoadedServer;
  tool: Tool;
  classification: Classification;
  /** The gateway rule recommended for it, computed once here: every page and file that shows it reads this one. */
  rule: ToolRule;
}

export type RiskCounts = Record<RiskLevel, number>;
export type CategoryCounts = Record<Category, number>;

export interface AtlasServer {
  slug: string;
  file: string;
  server: ServerInfo;
  tools: AtlasTool[];
  path: string;
  riskCounts: RiskCounts;
  categoryCounts: CategoryCounts;
  /** The highest risk of any of its tools (low for a server without tools). */
  worstRisk: RiskLevel;
  /** How many of its verdicts a person reviewed by hand (tool.atlas.override). */
  reviewedCount: number;
  /** Its tools of each category, in the server's order: related tools without sorting the server per page. */
  toolsByCategory: Map<Category, AtlasTool[]>;
  /** Whether its file was read and classified in this build (`LoadedServer`), or it comes from a summary. */
  loaded: boolean;
  /** Its position in catalogue order (by slug): lists sort by it instead of comparing slugs again. */
  position: number;
}

export interface LoadedServer extends AtlasServer {
  server: ServerFile;
  tools: LoadedTool[];
  toolsByCategory: Map<Category, LoadedTool[]>;
  loaded: true;
}

/** A change the importer recorded, for change logs. */
export interface AtlasChange {
  date: string;
  server: AtlasServer;
  /** The tool, when it still exists. */
  tool?: AtlasTool;
  toolName: string;
  kind: 'added' | 'changed' | 'removed';
  fields: string[];
}

/**
 * The site model. Its servers and tools are `AtlasServer` / `AtlasTool`, or, in a `FullAtlas`,
 * the loaded ones.
 */
export interface Atlas<Server extends AtlasServer = AtlasServer, ToolEntry extends AtlasTool = AtlasTool> {
  servers: Server[];
  tools: ToolEntry[];
  serverBySlug: Map<string, Server>;
  /** Tools by `path` (`servers/<server>/<tool>/`). */
  toolByPath: Map<string, ToolEntry>;
  /** Tools of each risk level and category, riskiest first, then by server and name. */
  toolsByRisk: Map<RiskLevel, ToolEntry[]>;
  toolsByCategory: Map<Category, ToolEntry[]>;
  toolsByPattern: Map<string, ToolEntry[]>;
  riskCounts: RiskCounts;
  /** How many verdicts of each risk level a person reviewed by hand. */
  reviewedByRisk: RiskCounts;
  categoryCounts: CategoryCounts;
  /** Every recorded change, newest first. */
  changes: AtlasChange[];
}

/** An atlas of a whole catalogue read in full (every server loaded), as `buildAtlas` makes it. */
export type FullAtlas = Atlas<LoadedServer, LoadedTool>;

export function emptyRiskCounts(): RiskCounts {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}

export function emptyCategoryCounts(): CategoryCounts {
  return { Read: 0, Write: 0, Execute: 0, Destructive: 0, Financial: 0 };
}

/** `localeCompare` without arguments, made once: the same order, without a collator made per call (100,000 tools are sorted). */
const collator = new Intl.Collator();

/** Riskiest first; then by category power, server (catalogue order, which is by slug) and tool slug, so lists are stable. */
export function byRisk(a: AtlasTool, b: AtlasTool): number {
  return (
    RISK_RANK[b.risk] - RISK_RANK[a.risk] ||
    CATEGORY_RANK[b.category] - CATEGORY_RANK[a.category] ||
    a.server.position - b.server.position ||
    collator.compare(a.slug, b.slug)
  );
}

/** What a server's entry in the atlas is built from: its validated file (classified here), or its summary from an earlier build. */
export type AtlasInput = { loaded: CatalogueServer } | { summary: ServerSummary };

/** The atlas of a whole catalogue, every server loaded. */
export function buildAtlas(catalogue: readonly CatalogueServer[]): FullAtlas {
  return buildAtlasFrom(catalogue.map((loaded) => ({ loaded }))) as FullAtlas;
}

function newServer(slug: string, file: string, server: ServerInfo, loaded: boolean): AtlasServer {
  return {
    slug,
    file,
    server,
    tools: [],
    path: `servers/${slug}/`,
    riskCounts: emptyRiskCounts(),
    categoryCounts: emptyCategoryCounts(),
    worstRisk: 'low',
    reviewedCount: 0,
    toolsByCategory: new Map(),
    loaded,
    position: 0,
  };
}

/** Classifies every tool of a validated server file: a loaded server, its tools not yet in any atlas-wide index. */
export function loadServer(entry: CatalogueServer): LoadedServer {
  const server = newServer(entry.slug, entry.file, entry.server, true) as LoadedServer;
  const siblings = new Set(entry.tools.map(({ tool }) => tool.name));
  for (const { slug, tool } of entry.tools) {
    const classification = classifyTool(tool, { server: entry.server.name, siblings });
    const rule = recommendRule(tool, classification);
    const annotated = ANNOTATION_HINTS.some((hint) => typeof tool.annotations?.[hint] === 'boolean');
    const loaded: LoadedTool = {
      slug,
      name: tool.name,
      server,
      path: `${server.path}${slug}/`,
      risk: classification.risk,
      category: classification.category,
      patterns: classification.patterns.map((pattern) => pattern.id),
      annotated,
      reviewed: classification.reviewed,
      history: tool.atlas?.history ?? [],
      categoryPosition: 0,
      nameKeys: nameKeys(tool.name),
      serverPosition: server.tools.length,
      tool,
      classification,
      rule,
    };
    addTool(server, loaded);
  }
  return server;
}

/** A server as its summary describes it: everything lists and related tools need, no definitions. */
export function serverFromSummary(summary: ServerSummary): AtlasServer {
  const server = newServer(summary.slug, summary.file, summary.server, false);
  for (const tool of summary.tools) {
    addTool(server, {
      slug: tool.slug,
      name: tool.name,
      server,
      path: `${server.path}${tool.slug}/`,
      risk: tool.risk,
      category: tool.category,
      patterns: tool.patterns,
      annotated: tool.annotated,
      reviewed: tool.reviewed,
      history: tool.history,
      categoryPosition: 0,
      nameKeys: nameKeys(tool.name),
      serverPosition: server.tools.length,
    });
  }
  return server;
}

function addTool(server: AtlasServer, tool: AtlasTool): void {
  server.tools.push(tool);
  const ofCategory = server.toolsByCategory.get(tool.category);
  if (ofCategory) ofCategory.push(tool);
  else server.toolsByCategory.set(tool.category, [tool]);
  server.riskCounts[tool.risk]++;
  if (tool.reviewed) server.reviewedCount++;
  server.categoryCounts[tool.category]++;
  if (RISK_RANK[tool.risk] > RISK_RANK[server.worstRisk]) server.worstRisk = tool.risk;
}

/**
 * The atlas from servers loaded now and servers summarised by an earlier build, in the order of
 * their slugs as the catalogue sorts them, whichever way each came in: the same inputs give the
 * same atlas, so a page rendered from either is the same page.
 */
export function buildAtlasFrom(inputs: readonly AtlasInput[]): Atlas {
  const servers = inputs.map((input) => ('loaded' in input ? loadServer(input.loaded) : serverFromSummary(input.summary)));
  servers.sort((a, b) => a.slug.localeCompare(b.slug));
  return indexServers(servers);
}

/**
 * The atlas-wide indexes (by slug, path, risk, category, pattern; counts; changes) over servers in
 * catalogue order (by slug, `localeCompare`).
 */
export function indexServers(servers: AtlasServer[]): Atlas {
  const tools: AtlasTool[] = [];
  const serverBySlug = new Map<string, AtlasServer>();
  const toolByPath = new Map<string, AtlasTool>();
  const riskCounts = emptyRiskCounts();
  const reviewedByRisk = emptyRiskCounts();
  const categoryCounts = emptyCategoryCounts();
  const changes: AtlasChange[] = [];
  for (const [position, server] of servers.entries()) {
    server.position = position;
    serverBySlug.set(server.slug, server);
    for (const tool of server.tools) {
      tools.push(tool);
      toolByPath.set(tool.path, tool);
      riskCounts[tool.risk]++;
      if (tool.reviewed) reviewedByRisk[tool.risk]++;
      categoryCounts[tool.category]++;
      for (const event of tool.history) {
        changes.push({
          date: event.date,
          server,
          tool,
          toolName: tool.name,
          kind: event.change,
          fields: event.change === 'changed' ? event.fields : [],
        });
      }
    }
    const provenance = server.server.provenance;
    if (provenance?.method === 'live') {
      for (const removed of provenance.removedTools ?? [])
        changes.push({ date: removed.date, server, toolName: removed.name, kind: 'removed', fields: [] });
    }
  }

  const sorted = [...tools].sort(byRisk);
  const toolsByRisk = new Map<RiskLevel, AtlasTool[]>(RISK_LEVELS.map((level) => [level, []]));
  const toolsByCategory = new Map<Category, AtlasTool[]>(CATEGORIES.map((category) => [category, []]));
  const toolsByPattern = new Map<string, AtlasTool[]>();
  for (const tool of sorted) {
    toolsByRisk.get(tool.risk)!.push(tool);
    const sameCategory = toolsByCategory.get(tool.category)!;
    tool.categoryPosition = sameCategory.length;
    sameCategory.push(tool);
    for (const pattern of tool.patterns) {
      const list = toolsByPattern.get(pattern) ?? [];
      list.push(tool);
      toolsByPattern.set(pattern, list);
    }
  }
  changes.sort(
    (a, b) => b.date.localeCompare(a.date) || a.server.slug.localeCompare(b.server.slug) || a.toolName.localeCompare(b.toolName),
  );

  return {
    servers,
    tools,
    serverBySlug,
    toolByPath,
    toolsByRisk,
    toolsByCategory,
    toolsByPattern,
    riskCounts,
    reviewedByRisk,
    categoryCounts,
    changes,
  };
}

/** The server at `slug`, loaded in full: its pages and files are being rendered, so it must be. */
export function loadedServer(atlas: Atlas, slug: string): LoadedServer {
  const server = atlas.serverBySlug.get(slug);
  if (!server) throw new Error(`site model: no server servers/${slug}/`);
  if (!server.loaded)
    throw new Error(`site model: servers/${slug}/ comes from an earlier build's summary; only servers loaded in full render their pages`);
  return server as LoadedServer;
}

/** The tool at `path` (`servers/<server>/<tool>/`), loaded in full. */
export function loadedTool(atlas: Atlas, path: string): LoadedTool {
  const tool = atlas.toolByPath.get(path);
  if (!tool) throw new Error(`site model: no tool ${path}`);
  if (!tool.server.loaded)
    throw new Error(`site model: ${path} comes from an earlier build's summary; only servers loaded in full render their pages`);
  return tool as LoadedTool;
}

/** Words of a tool name that say what it acts on (not its verb), for finding similar tools. */
function nameKeys(name: string): string[] {
  return splitWords(name)
    .map((word) => word.lower)
    .filter((word) => word.length > 2);
}

/**
 * Up to `limit` other tools of the tool's server: its own category first, then the rest, each in
 * the server's order. Reads at most `limit + 1` tools of each category list, so a server of
 * thousands of tools costs each of its pages no more than a small one.
 */
function sameServerTools(tool: AtlasTool, limit: number): AtlasTool[] {
  const byCategory = tool.server.toolsByCategory;
  const picked: AtlasTool[] = [];
  for (const other of byCategory.get(tool.category) ?? []) {
    if (picked.length >= limit) return picked;
    if (other !== tool) picked.push(other);
  }
  // The other categories' lists are each in server order: merge their heads.
  const lists = [...byCategory].filter(([category]) => category !== tool.category).map(([, list]) => list);
  const next = lists.map(() => 0);
  while (picked.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![next[i]!];
      if (head && (best < 0 || head.serverPosition < lists[best]![next[best]!]!.serverPosition)) best = i;
    }
    if (best < 0) break;
    picked.push(lists[best]![next[best]!++]!);
  }
  return picked;
}

/**
 * For each category list, where each word of a name stands: the positions of the tools whose name
 * has the word, ascending, once per time the name has it. Built on first use, so a page finds the
 * tools that share a word with its own by looking up its few words, not by reading its whole window.
 */
const positionsByWord = new WeakMap<readonly AtlasTool[], Map<string, number[]>>();

function wordPositions(candidates: readonly AtlasTool[]): Map<string, number[]> {
  let index = positionsByWord.get(candidates);
  if (index) return index;
  index = new Map();
  candidates.forEach((tool, position) => {
    for (const key of tool.nameKeys) {
      const positions = index.get(key);
      if (positions) positions.push(position);
      else index.set(key, [position]);
    }
  });
  positionsByWord.set(candidates, index);
  return index;
}

/** The index of the first of `sorted` (ascending) that is `value` or more. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Related tools of a tool: others on the same server (same category first) and tools of the same
 * category on other servers that share a word of the name. Bounded work per tool: it looks at
 * the tool's own server and at most `scan` tools of its category.
 */
export function relatedTools(atlas: Atlas, tool: AtlasTool, limit = 6, scan = 400): { sameServer: AtlasTool[]; sameCategory: AtlasTool[] } {
  const sameServer = sameServerTools(tool, limit);

  const keys = new Set(tool.nameKeys);
  const candidates = atlas.toolsByCategory.get(tool.category) ?? [];
  const start = Math.max(0, tool.categoryPosition - scan / 2);
  const end = Math.min(candidates.length, start + scan);
  // How many words each tool of the window shares with this one, found through the words' positions.
  const index = wordPositions(candidates);
  const sharedWords = new Map<number, number>();
  for (const key of keys) {
    const positions = index.get(key) ?? [];
    for (let at = firstAtLeast(positions, start); at < positions.length && positions[at]! < end; at++)
      sharedWords.set(positions[at]!, (sharedWords.get(positions[at]!) ?? 0) + 1);
  }
  // Candidates are already in byRisk order, so among equal scores their position is the order:
  // only the few that share a word need sorting, and the rest follow as they are.
  const sharing: { other: AtlasTool; score: number; position: number }[] = [];
  for (const [position, score] of sharedWords) {
    const other = candidates[position]!;
    if (other.server !== tool.server) sharing.push({ other, score, position });
  }
  sharing.sort((a, b) => b.score - a.score || a.position - b.position);
  const sameCategory: AtlasTool[] = [];
  const seenServers = new Set<AtlasServer>();
  // One tool per server, so the list shows the category across the catalogue.
  const take = (other: AtlasTool) => {
    if (sameCategory.length >= limit || other.server === tool.server || seenServers.has(other.server)) return;
    seenServers.add(other.server);
    sameCategory.push(other);
  };
  for (const { other } of sharing) take(other);
  for (let position = start; position < end && sameCategory.length < limit; position++) take(candidates[position]!);
  return { sameServer, sameCategory };
}
