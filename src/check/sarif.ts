/**
 * Pure: the findings of `atlas check` as a SARIF 2.1.0 log, for GitHub code scanning and any other
 * SARIF reader. One result per finding; its rule id is the risk engine's (`poisoning.override`,
 * `parameter.shell-command`: the rule that decided the verdict) or, for what only the check knows
 * (a changed definition, a removed tool), one of CHECK_RULES. Each result points at the server's
 * entry in the config file (lines of the entry), names the tool as a logical location, and links
 * the tool's page on the atlas site when one is configured.
 */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { quote } from '../catalogue/problems.ts';
import { RULE_BY_ID } from '../risk/rules/index.ts';
import { CHECK_RULES, type Finding } from './compare.ts';
import { renderLines } from './diff.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  findings: readonly Finding[];
  /** Where each server's entry is in the config, by name (servers that could not be listed included). */
  entries: ReadonlyMap<string, { line: number; column: number; endLine: number }>;
  /** The config file and the lock file, relative to `sourceRoot` when inside it (forward slashes), else file: URLs. */
  configUri: string;
  lockUri: string;
  /** A file: URL of the folder relative URIs start from (a repository's root in CI). */
  sourceRoot?: string | undefined;
  /** The page of a tool on the atlas site, when a site is configured. */
  toolPage?: ((server: string, tool: string) => string | undefined) | undefined;
  site?: string | undefined;
  engine: string;
  version: string;
  /** Servers that could not be listed, with the message why (already free of secrets). */
  failures: readonly { server: string; message: string }[];
}

const CHECK_RULE_BY_ID = new Map<string, { id: string; summary: string }>(Object.values(CHECK_RULES).map((rule) => [rule.id, rule]));

/** The check's own rule for each kind of finding the risk engine has no rule for. */
const RULE_OF_KIND = {
  changed: CHECK_RULES.changed.id,
  'removed-tool': CHECK_RULES.removedTool.id,
  'new-server': CHECK_RULES.newServer.id,
  'removed-server': CHECK_RULES.removedServer.id,
  'server-changed': CHECK_RULES.serverChanged.id,
  'verdict-changed': CHECK_RULES.verdictChanged.id,
} as const satisfies Record<Exclude<Finding['kind'], 'poisoning' | 'new-tool'>, string>;

/** The engine's rule that found a poisoning or decided a new tool's verdict; the check's own rule otherwise. */
function ruleIdOf(finding: Finding): string {
  return finding.kind === 'poisoning' || finding.kind === 'new-tool' ? finding.rule : RULE_OF_KIND[finding.kind];
}

function levelOf(finding: Finding): Sarif.Result.level {
  if (finding.fails) return 'error';
  return finding.kind === 'new-tool' ? 'warning' : 'note';
}

function toolWords(finding: Finding): string {
  return finding.tool === undefined ? `server ${quote(finding.server)}` : `tool ${quote(finding.tool)} of server ${quote(finding.server)}`;
}

/** One sentence (and for a change, its diff) on a finding; texts from the server are quoted and escaped. */
export function findingMessage(finding: Finding): string {
  const what = toolWords(finding);
  switch (finding.kind) {
    case 'poisoning':
      return `Tool poisoning in ${what}: ${finding.note} (found: ${quote(finding.text, 120)}).`;
    case 'changed': {
      const fields = finding.diff.map((diff) => diff.field).join(', ');
      const verdict =
        finding.before.risk === finding.after.risk ? `${finding.after.risk} risk` : `risk ${finding.before.risk} → ${finding.after.risk}`;
      const lines = finding.diff.flatMap((diff) => [`${diff.field}:`, ...renderLines(diff.lines).map((line) => `  ${line}`)]);
      return [
        `The definition of ${what} changed since it was approved (${fields}; ${verdict}). ` +
          'Review the change, then run atlas check --update-lock.',
        ...lines,
      ].join('\n');
    }
    case 'new-tool':
      return (
        `New ${what}: ${finding.risk} risk (${finding.category}), ` +
        `not in the lock file${finding.fails ? '' : ' (below the --fail-on level)'}.`
      );
    case 'removed-tool':
      return `The ${what} is no longer listed (it was ${finding.before.risk} risk when approved).`;
    case 'new-server':
      return `The ${what} is not in the lock file; its tools are reported as new.`;
    case 'removed-server':
      return `The ${what} is in the lock file but no longer in the config.`;
    case 'server-changed': {
      const changes = finding.changes.map((change) => `${change.field} ${quote(change.before, 80)} → ${quote(change.after, 80)}`);
      return `The ${what} changed: ${changes.join('; ')}.`;
    }
    case 'verdict-changed':
      return (
        `The same definition of ${what} now gets ${finding.after.risk} risk (${finding.after.category}, ${finding.after.action}); ` +
        `it was approved as ${finding.before.risk} risk (${finding.before.category}, ${finding.before.action}).`
      );
  }
}

function ruleDescriptor(id: string, site: string | undefined): Sarif.ReportingDescriptor {
  const engine = RULE_BY_ID.get(id);
  const check = CHECK_RULE_BY_ID.get(id);
  const summary = engine?.summary ?? check?.summary ?? id;
  const methodology = site ? `${site}/methodology/` : undefined;
  return {
    id,
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    help: {
      text:
        `${summary}${methodology ? ` How the atlas classifies tools: ${methodology}` : ''} ` +
        "Each result links the tool's page on the atlas when a site is configured (--site).",
    },
    ...(methodology ? { helpUri: methodology } : {}),
    properties: { tags: ['mcp', 'security'], section: engine?.section ?? 'check' },
  };
}

export function buildSarif(options: SarifOptions): Sarif.Log {
  const ruleIds = [...new Set(options.findings.map(ruleIdOf))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  // A relative URI starts from the source root; an absolute one (a file outside it) must not name one.
  const at = (uri: string): Sarif.ArtifactLocation =>
    options.sourceRoot && !/^[a-z][a-z0-9+.-]*:/i.test(uri) ? { uri, uriBaseId: 'SRCROOT' } : { uri };
  const results: Sarif.Result[] = options.findings.map((finding) => {
    const ruleId = ruleIdOf(finding);
    const entry = options.entries.get(finding.server);
    const page = finding.tool !== undefined ? options.toolPage?.(finding.server, finding.tool) : undefined;
    const location: Sarif.Location = entry
      ? {
          physicalLocation: {
            artifactLocation: at(options.configUri),
            region: { startLine: entry.line, startColumn: entry.column, endLine: entry.endLine },
          },
          logicalLocations: [
            finding.tool !== undefined
              ? { name: finding.tool, fullyQualifiedName: `${finding.server}/${finding.tool}`, kind: 'function' }
              : { name: finding.server, fullyQualifiedName: finding.server, kind: 'module' },
          ],
        }
      : { physicalLocation: { artifactLocation: at(options.lockUri) } };
    return {
      ruleId,
      ruleIndex: index.get(ruleId)!,
      level: levelOf(finding),
      kind: 'fail',
      message: { text: `${findingMessage(finding)}${page ? `\nAtlas page: ${page}` : ''}` },
      locations: [location],
      // Stable across runs whatever lines move, so code scanning keeps one alert per finding.
      partialFingerprints: {
        'mcpAtlasFinding/v1': createHash('sha256')
          .update(JSON.stringify([finding.kind, finding.server, finding.tool ?? '', ruleId]))
          .digest('hex'),
      },
      properties: {
        server: finding.server,
        ...(finding.tool !== undefined ? { tool: finding.tool } : {}),
        finding: finding.kind,
        ...('risk' in finding ? { risk: finding.risk } : {}),
        ...(page ? { atlasPage: page } : {}),
      },
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'MCP Risk Atlas',
            version: options.version,
            ...(options.site ? { informationUri: `${options.site}/` } : {}),
            rules: ruleIds.map((id) => ruleDescriptor(id, options.site)),
            properties: { engine: options.engine },
          },
        },
        ...(options.sourceRoot ? { originalUriBaseIds: { SRCROOT: { uri: options.sourceRoot } } } : {}),
        invocations: [
          {
            executionSuccessful: options.failures.length === 0,
            toolExecutionNotifications: options.failures.map((failure) => ({
              level: 'error',
              message: { text: failure.message },
              ...(options.entries.get(failure.server)
                ? {
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: at(options.configUri),
                          region: {
                            startLine: options.entries.get(failure.server)!.line,
                            endLine: options.entries.get(failure.server)!.endLine,
                          },
                        },
                      },
                    ],
                  }
                : {}),
            })),
          },
        ],
        results,
      },
    ],
  };
}
