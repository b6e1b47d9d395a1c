/** What a server page shows beyond the raw server file, derived in one place. */
import { RISK_LEVELS } from '../risk/schema.ts';
import { serverPolicy } from '../risk/policy/recommend.ts';
import { summarizeRule } from '../risk/policy/describe.ts';
import { CATEGORIES, type AtlasServer, type LoadedServer, type LoadedTool } from './atlas.ts';
import { formatViews } from './policy-view.ts';
import { compilePolicy, type CompiledPolicy, type PolicyFormat } from '../risk/policy/formats.ts';
import type { PolicyFile } from '../risk/policy/schema.ts';
import type { Settings } from './settings-schema.ts';
import { plural } from './display.ts';
import { historySentence } from './provenance.ts';

const policies = new WeakMap<LoadedServer, PolicyFile>();
const compiled = new WeakMap<LoadedServer, Map<PolicyFormat, CompiledPolicy>>();

/** The server's recommended policy, computed once per build however many routes ask (its page, its files, its builder). */
export function serverPolicyFor(server: LoadedServer): PolicyFile {
  let policy = policies.get(server);
  if (!policy) {
    policy = serverPolicy(server.tools.map((t) => ({ tool: t.tool, classification: t.classification, rule: t.rule })));
    policies.set(server, policy);
  }
  return policy;
}

/** The server's policy in one format, compiled once per build for its page and its file. */
export function serverCompiled(server: LoadedServer, format: PolicyFormat): CompiledPolicy {
  let byFormat = compiled.get(server);
  if (!byFormat) compiled.set(server, (byFormat = new Map<PolicyFormat, CompiledPolicy>()));
  let result = byFormat.get(format);
  if (!result) {
    result = compilePolicy(format, serverPolicyFor(server), { server: { name: server.server.name, slug: server.slug } });
    byFormat.set(format, result);
  }
  return result;
}

/** The risk summary of a server page, in one sentence. */
export function serverSummarySentence(server: AtlasServer): string {
  const counts = RISK_LEVELS.filter((level) => server.riskCounts[level] > 0).map((level) => `${server.riskCounts[level]} ${level}`);
  return server.tools.length === 0
    ? 'This server lists no tools.'
    : `Of its ${plural(server.tools.length, 'tool')}: ${counts.join(', ')}. ` +
        `${plural(server.categoryCounts.Destructive + server.categoryCounts.Financial + server.categoryCounts.Execute, 'tool')} ` +
        `can execute, destroy or spend.`;
}

export async function serverView(server: LoadedServer, settings: Settings) {
  const rows = server.tools.map((tool: LoadedTool) => ({ tool, ruleSummary: summarizeRule(tool.rule) }));
  const provenance = server.server.provenance;
  const changes = server.tools
    .flatMap((t) => (t.tool.atlas?.history ?? []).map((event) => ({ date: event.date, line: `${t.tool.name}: ${historySentence(event)}` })))
    .concat(
      provenance?.method === 'live'
        ? (provenance.removedTools ?? []).map((r) => ({ date: r.date, line: `${r.name}: no longer listed on ${r.date}.` }))
        : [],
    )
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((change) => change.line);
  return {
    metaDescription:
      `${server.server.name} (${server.server.package.name}): ${plural(server.tools.length, 'MCP tool')}, their ` +
      `risk levels, and a gateway policy for the whole server.`,
    toolCount: plural(server.tools.length, 'tool'),
    summarySentence: serverSummarySentence(server),
    riskRows: RISK_LEVELS.map((level) => ({ label: level, count: server.riskCounts[level], className: `bar-${level}` })).reverse(),
    categoryRows: CATEGORIES.map((category) => ({ label: category, count: server.categoryCounts[category], className: 'bar-category' })),
    rows,
    formats: await formatViews(serverPolicyFor(server), {
      server: { name: server.server.name, slug: server.slug, path: server.path },
      idPrefix: 'server-policy',
      settings,
      fileStem: server.slug,
      compile: (format) => serverCompiled(server, format),
    }),
    provenanceSentence:
      provenance?.method === 'source'
        ? `Tools read from the source at ${provenance.repository}${provenance.path ? ` (${provenance.path})` : ''}` +
          `${provenance.commit ? `, commit ${provenance.commit.slice(0, 12)}` : ''}, on ${provenance.extractedOn}.`
        : provenance?.method === 'live'
          ? `Tools listed live from the running server on ${provenance.listedOn}.`
          : 'The catalogue does not say where these tools came from.',
    changes,
  };
}
