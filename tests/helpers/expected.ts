/**
 * What the pages of a catalogue should say, computed in the test straight from the catalogue and
 * the risk engine (not from the site model the pages use): each tool's classification,
 * recommended rule and one-tool policy, each server's policy, and the files they are built to.
 */
import path from 'node:path';
import type { CatalogueServer } from '../../src/catalogue/catalogue.ts';
import type { Tool } from '../../src/catalogue/schema.ts';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { classifyTool } from '../../src/risk/classify.ts';
import { recommendRule, serverPolicy, toolPolicy } from '../../src/risk/policy/recommend.ts';
import type { PolicyFile, ToolRule } from '../../src/risk/policy/schema.ts';
import type { Classification } from '../../src/risk/schema.ts';
import { loadSettings } from '../../src/site/settings.ts';
import type { Settings } from '../../src/site/settings-schema.ts';
import { PROJECT_ROOT } from './build.ts';

export interface ExpectedTool {
  server: CatalogueServer;
  tool: Tool;
  slug: string;
  /** `/servers/<server>/<tool>/` */
  path: string;
  /** `servers/<server>/<tool>/index.html` */
  file: string;
  classification: Classification;
  rule: ToolRule;
  policy: PolicyFile;
}

export interface ExpectedServer {
  server: CatalogueServer;
  path: string;
  file: string;
  tools: ExpectedTool[];
  policy: PolicyFile;
}

export interface ExpectedSite {
  settings: Settings;
  servers: ExpectedServer[];
  tools: ExpectedTool[];
}

export async function expectedSite(catalogueDir = 'content'): Promise<ExpectedSite> {
  const dir = path.resolve(PROJECT_ROOT, catalogueDir);
  const catalogue = await loadValidCatalogue(dir);
  const servers = catalogue.map((server): ExpectedServer => {
    // As the site classifies (src/site/atlas.ts): knowing the server's other tools, a description
    // that names one is not read as an operation of this one.
    const siblings = new Set(server.tools.map(({ tool }) => tool.name));
    const tools = server.tools.map(({ slug, tool }): ExpectedTool => {
      const classification = classifyTool(tool, { server: server.server.name, siblings });
      const rule = recommendRule(tool, classification);
      return {
        server,
        tool,
        slug,
        path: `/servers/${server.slug}/${slug}/`,
        file: `servers/${server.slug}/${slug}/index.html`,
        classification,
        rule,
        policy: toolPolicy(tool.name, rule),
      };
    });
    return {
      server,
      path: `/servers/${server.slug}/`,
      file: `servers/${server.slug}/index.html`,
      tools,
      policy: serverPolicy(tools.map((t) => ({ tool: t.tool, classification: t.classification }))),
    };
  });
  return { settings: loadSettings(dir), servers, tools: servers.flatMap((s) => s.tools) };
}
