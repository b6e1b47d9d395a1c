/**
 * The site model: every server and tool with its URL, its classification and recommended rule,
 * and the indexes pages need (by slug, by risk, by category, by attack pattern, related tools,
 * counts), built once per build from the validated catalogue. Pages pick from it; nothing here
 * reads files, so it is unit-testable, and its cost is linear in the catalogue: no page does work
 * that grows with the number of tools.
 */
import type { CatalogueServer } from '../catalogue/catalogue.ts';
import type { Category, RiskLevel, ServerFile, Tool } from '../catalogue/schema.ts';
import { classifyTool } from '../risk/classify.ts';
import { recommendRule } from '../risk/policy/recommend.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { CATEGORY_RANK, RISK_LEVELS, RISK_RANK, type Classification } from '../risk/schema.ts';
import { splitWords } from '../risk/words.ts';

export { CATEGORIES } from '../values/index.ts';
import { ANNOTATION_HINTS, CATEGORIES } from '../values/index.ts';

export interface AtlasTool {
  slug: string;
  tool: Tool;
  server: AtlasServer;
  /** Site-relative path of the tool page, without the base path: `servers/<server>/<tool>/`. */
  path: string;
  classification: Classification;
  /** The gateway rule recommended for it, computed once here: every page and file that shows it reads this one. */
  rule: ToolRule;
  /** Whether the server's author gave any of the four MCP annotation hints. */
  annotated: boolean;
  /** Position in `toolsByCategory` of its category, so related tools are found without a scan. */
  categoryPosition: number;
  /** Words of its name longer than two letters, lower case, for finding similar tools. */
  nameKeys: readonly string[];
  /** Position among its server's tools. */
  serverPosition: number;
}

export type RiskCounts = Record<RiskLevel, number>;
export type CategoryCounts = Record<Category, number>;

export interface AtlasServer {
  slug: string;
  file: string;
  server: ServerFile;
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

export interface Atlas {
  servers: AtlasServer[];
  tools: AtlasTool[];
  serverBySlug: Map<string, AtlasServer>;
  /** Tools by `path` (`servers/<server>/<tool>/`). */
  toolByPath: Map<string, AtlasTool>;
  /** Tools of each risk level and category, riskiest first, then by server and name. */
  toolsByRisk: Map<RiskLevel, AtlasTool[]>;
  toolsByCategory: Map<Category, AtlasTool[]>;
  toolsByPattern: Map<string, AtlasTool[]>;
  riskCounts: RiskCounts;
  /** How many verdicts of each risk level a person reviewed by hand. */
  reviewedByRisk: RiskCounts;
  categoryCounts: CategoryCounts;
  /** Every recorded change, newest first. */
  changes: AtlasChange[];
}


export function emptyRiskCounts(): RiskCounts {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}

export function emptyCategoryCounts(): CategoryCounts {
  return { Read: 0, Write: 0, Execute: 0, Destructive: 0, Financial: 0 };
}

/** Riskiest first; then by category power, server and tool name, so lists are stable. */
export function byRisk(a: AtlasTool, b: AtlasTool): number {
  return (
    RISK_RANK[b.classification.risk] - RISK_RANK[a.classification.risk] ||
    CATEGORY_RANK[b.classification.category] - CATEGORY_RANK[a.classification.category] ||
    a.server.slug.localeCompare(b.server.slug) ||
    a.slug.localeCompare(b.slug)
  );
}

export function buildAtlas(catalogue: readonly CatalogueServer[]): Atlas {
  const servers: AtlasServer[] = [];
  const tools: AtlasTool[] = [];
  const serverBySlug = new Map<string, AtlasServer>();
  const toolByPath = new Map<string, AtlasTool>();
  const riskCounts = emptyRiskCounts();
  const reviewedByRisk = emptyRiskCounts();
  const categoryCounts = emptyCategoryCounts();
  const changes: AtlasChange[] = [];

  for (const entry of catalogue) {
    const server: AtlasServer = {
      slug: entry.slug,
      file: entry.file,
      server: entry.server,
      tools: [],
      path: `servers/${entry.slug}/`,
      riskCounts: emptyRiskCounts(),
      categoryCounts: emptyCategoryCounts(),
      worstRisk: 'low',
      reviewedCount: 0,
      toolsByCategory: new Map(),
    };
    const siblings = new Set(entry.tools.map(({ tool }) => tool.name));
    for (const { slug, tool } of entry.tools) {
      const classification = classifyTool(tool, { server: entry.server.name, siblings });
      const rule = recommendRule(tool, classification);
      const annotated = ANNOTATION_HINTS.some((hint) => typeof tool.annotations?.[hint] === 'boolean');
      const atlasTool: AtlasTool = { slug, tool, server, path: `${server.path}${slug}/`, classification, rule, annotated, categoryPosition: 0, nameKeys: nameKeys(tool.name), serverPosition: server.tools.length };
      server.tools.push(atlasTool);
      const ofCategory = server.toolsByCategory.get(classification.category);
      if (ofCategory) ofCategory.push(atlasTool);
      else server.toolsByCategory.set(classification.category, [atlasTool]);
      server.riskCounts[classification.risk]++;
      if (classification.reviewed) {
        server.reviewedCount++;
        reviewedByRisk[classification.risk]++;
      }
      server.categoryCounts[classification.category]++;
      if (RISK_RANK[classification.risk] > RISK_RANK[server.worstRisk]) server.worstRisk = classification.risk;
      riskCounts[classification.risk]++;
      categoryCounts[classification.category]++;
      tools.push(atlasTool);
      toolByPath.set(atlasTool.path, atlasTool);
      for (const event of tool.atlas?.history ?? []) {
        changes.push({
          date: event.date,
          server,
          tool: atlasTool,
          toolName: tool.name,
          kind: event.change,
          fields: event.change === 'changed' ? event.fields : [],
        });
      }
    }
    if (entry.server.provenance?.method === 'live') {
      for (const removed of entry.server.provenance.removedTools ?? []) {
        changes.push({ date: removed.date, server, toolName: removed.name, kind: 'removed', fields: [] });
      }
    }
    servers.push(server);
    serverBySlug.set(server.slug, server);
  }

  const sorted = [...tools].sort(byRisk);
  const toolsByRisk = new Map<RiskLevel, AtlasTool[]>(RISK_LEVELS.map((level) => [level, []]));
  const toolsByCategory = new Map<Category, AtlasTool[]>(CATEGORIES.map((category) => [category, []]));
  const toolsByPattern = new Map<string, AtlasTool[]>();
  for (const tool of sorted) {
    toolsByRisk.get(tool.classification.risk)!.push(tool);
    const sameCategory = toolsByCategory.get(tool.classification.category)!;
    tool.categoryPosition = sameCategory.length;
    sameCategory.push(tool);
    for (const pattern of tool.classification.patterns) {
      const list = toolsByPattern.get(pattern.id) ?? [];
      list.push(tool);
      toolsByPattern.set(pattern.id, list);
    }
  }
  changes.sort((a, b) => b.date.localeCompare(a.date) || a.server.slug.localeCompare(b.server.slug) || a.toolName.localeCompare(b.toolName));

  return { servers, tools, serverBySlug, toolByPath, toolsByRisk, toolsByCategory, toolsByPattern, riskCounts, reviewedByRisk, categoryCounts, changes };
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
  for (const other of byCategory.get(tool.classification.category) ?? []) {
    if (picked.length >= limit) return picked;
    if (other !== tool) picked.push(other);
  }
  // The other categories' lists are each in server order: merge their heads.
  const lists = [...byCategory].filter(([category]) => category !== tool.classification.category).map(([, list]) => list);
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
 * Related tools of a tool: others on the same server (same category first) and tools of the same
 * category on other servers that share a word of the name. Bounded work per tool: it looks at
 * the tool's own server and at most `scan` tools of its category.
 */
export function relatedTools(atlas: Atlas, tool: AtlasTool, limit = 6, scan = 400): { sameServer: AtlasTool[]; sameCategory: AtlasTool[] } {
  const sameServer = sameServerTools(tool, limit);

  const keys = new Set(tool.nameKeys);
  const candidates = atlas.toolsByCategory.get(tool.classification.category) ?? [];
  const start = Math.max(0, tool.categoryPosition - scan / 2);
  const end = Math.min(candidates.length, start + scan);
  // Candidates are already in byRisk order, so among equal scores their position is the order:
  // only the few that share a word need sorting, and the rest follow as they are.
  const sharing: { other: AtlasTool; score: number; position: number }[] = [];
  for (let position = start; position < end; position++) {
    const other = candidates[position]!;
    if (other.server === tool.server) continue;
    let shared = 0;
    for (const key of other.nameKeys) if (keys.has(key)) shared++;
    if (shared > 0) sharing.push({ other, score: shared, position });
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
