import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { buildAtlas, relatedTools, type AtlasTool } from '../../src/site/atlas.ts';

const catalogue = await loadValidCatalogue(path.resolve(import.meta.dirname, '../../content'));
const atlas = buildAtlas(catalogue);

/** The plain definition: the server's other tools, same category first, then in server order. */
function naiveSameServer(tool: AtlasTool, limit: number): AtlasTool[] {
  return tool.server.tools
    .filter((other) => other !== tool)
    .map((other, index) => ({ other, index, rank: other.classification.category === tool.classification.category ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

describe('related tools on the same server', () => {
  it('are, for every tool of the bundled catalogue, its own category first and then the server order', () => {
    for (const limit of [1, 6, 40]) {
      for (const tool of atlas.tools) expect(relatedTools(atlas, tool, limit).sameServer.map((t) => t.path), tool.path).toEqual(naiveSameServer(tool, limit).map((t) => t.path));
    }
  });

  it('never list the tool itself nor a tool of another server', () => {
    for (const tool of atlas.tools) {
      const { sameServer, sameCategory } = relatedTools(atlas, tool);
      expect(sameServer).not.toContain(tool);
      expect(sameServer.every((other) => other.server === tool.server)).toBe(true);
      expect(sameCategory.every((other) => other.server !== tool.server && other.classification.category === tool.classification.category)).toBe(true);
    }
  });
});
