import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCatalogue } from '../../src/bench/catalogue-files.ts';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { buildAtlas, byRisk, relatedTools, type Atlas, type AtlasTool } from '../../src/site/atlas.ts';

const catalogue = await loadValidCatalogue(path.resolve(import.meta.dirname, '../../content'));
const atlas = buildAtlas(catalogue);

/** The plain definition: the server's other tools, same category first, then in server order. */
function naiveSameServer(tool: AtlasTool, limit: number): AtlasTool[] {
  return tool.server.tools
    .filter((other) => other !== tool)
    .map((other, index) => ({ other, index, rank: other.category === tool.category ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

describe('related tools on the same server', () => {
  it('are, for every tool of the bundled catalogue, its own category first and then the server order', () => {
    for (const limit of [1, 6, 40]) {
      for (const tool of atlas.tools)
        expect(
          relatedTools(atlas, tool, limit).sameServer.map((t) => t.path),
          tool.path,
        ).toEqual(naiveSameServer(tool, limit).map((t) => t.path));
    }
  });

  it('never list the tool itself nor a tool of another server', () => {
    for (const tool of atlas.tools) {
      const { sameServer, sameCategory } = relatedTools(atlas, tool);
      expect(sameServer).not.toContain(tool);
      expect(sameServer.every((other) => other.server === tool.server)).toBe(true);
      expect(sameCategory.every((other) => other.server !== tool.server && other.category === tool.category)).toBe(true);
    }
  });
});

/** The plain definition of the other list: scan the window, sort by shared words then risk order, one per server. */
function naiveSameCategory(atlas: Atlas, tool: AtlasTool, limit = 6, scan = 400): AtlasTool[] {
  const keys = new Set(tool.nameKeys);
  const candidates = atlas.toolsByCategory.get(tool.category) ?? [];
  const start = Math.max(0, tool.categoryPosition - scan / 2);
  const scored = candidates
    .slice(start, start + scan)
    .filter((other) => other.server !== tool.server)
    .map((other) => ({ other, score: other.nameKeys.filter((key) => keys.has(key)).length }))
    .sort((a, b) => b.score - a.score || byRisk(a.other, b.other));
  const picked: AtlasTool[] = [];
  const servers = new Set<unknown>();
  for (const { other } of scored) {
    if (picked.length >= limit) break;
    if (servers.has(other.server)) continue;
    servers.add(other.server);
    picked.push(other);
  }
  return picked;
}

/** A synthetic catalogue of 3,000 tools: category lists longer than the scan window, and many names that share words. */
async function syntheticAtlas(): Promise<Atlas> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-related-'));
  try {
    writeSyntheticCatalogue(dir, { tools: 3000, seed: 11 });
    return buildAtlas(await loadValidCatalogue(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('related tools of the same category on other servers', () => {
  it('are, for every bundled tool, those sharing most words of the name first, then the riskiest, one per server', () => {
    for (const tool of atlas.tools)
      expect(
        relatedTools(atlas, tool).sameCategory.map((t) => t.path),
        tool.path,
      ).toEqual(naiveSameCategory(atlas, tool).map((t) => t.path));
  });

  it('are the same as the plain definition on a catalogue whose category lists are longer than the window', async () => {
    const synthetic = await syntheticAtlas();
    expect(Math.max(...[...synthetic.toolsByCategory.values()].map((list) => list.length))).toBeGreaterThan(400);
    for (const tool of synthetic.tools)
      expect(
        relatedTools(synthetic, tool).sameCategory.map((t) => t.path),
        tool.path,
      ).toEqual(naiveSameCategory(synthetic, tool).map((t) => t.path));
  });
});
