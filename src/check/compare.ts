/**
 * Pure: what changed since the lock file, and what of it fails the check.
 * Fails (exit 1): a tool-poisoning signal in any tool, approved or not; a changed definition of an
 * approved tool (a rug pull), with its word diff; a tool that is not in the lock at or above the
 * `--fail-on` level. Reported only: new tools below it, removed tools and servers, a server whose
 * command or version changed, a verdict that changed for the same definition (a newer engine).
 */
import { RISK_RANK, type Category, type RiskLevel } from '../values/index.ts';
import type { CheckedServer, CheckedTool } from './assess.ts';
import { diffDefinitions, type FieldDiff } from './diff.ts';
import type { LockFile, LockServer, LockTool } from './lock.ts';

/** The ids of what `atlas check` itself reports; risk findings use the risk engine's rule ids. */
export const CHECK_RULES = {
  changed: {
    id: 'check.changed-definition',
    summary:
      "An approved tool's definition changed since it was locked (a rug pull until reviewed): " +
      'its description, schema or annotations differ from the lock file.',
  },
  newTool: { id: 'check.new-tool', summary: 'A tool that is not in the lock file.' },
  removedTool: { id: 'check.removed-tool', summary: 'A locked tool the server no longer lists.' },
  newServer: { id: 'check.new-server', summary: 'A server of the config that is not in the lock file.' },
  removedServer: { id: 'check.removed-server', summary: 'A locked server that is no longer in the config.' },
  serverChanged: {
    id: 'check.server-changed',
    summary: 'A locked server is now started or reached differently, or reports another name or version.',
  },
  verdictChanged: {
    id: 'check.verdict-changed',
    summary: 'The same definition now gets another verdict or rule (the risk engine changed).',
  },
} as const;

/** `none`: new tools never fail the check (changes and poisoning still do). */
export type FailOn = RiskLevel | 'none';

interface About {
  server: string;
  tool?: string;
  /** True when this finding makes the check exit 1. */
  fails: boolean;
}

export type Finding = About &
  (
    | { kind: 'poisoning'; rule: string; text: string; note: string; risk: RiskLevel }
    | { kind: 'changed'; before: Verdict; after: Verdict; diff: FieldDiff[] }
    | { kind: 'new-tool'; risk: RiskLevel; category: Category; rule: string }
    | { kind: 'removed-tool'; before: Verdict }
    | { kind: 'new-server' }
    | { kind: 'removed-server' }
    | {
        kind: 'server-changed';
        changes: { field: 'transport' | 'command' | 'serverInfo.name' | 'serverInfo.version'; before: string; after: string }[];
      }
    | { kind: 'verdict-changed'; before: Verdict; after: Verdict }
  );

export interface Verdict {
  fingerprint: string;
  category: Category;
  risk: RiskLevel;
  action: string;
}

/** How a tool now stands against the lock: what the table shows. */
export type ToolStatus = 'approved' | 'new' | 'changed';

function verdict(tool: CheckedTool | LockTool): Verdict {
  return { fingerprint: tool.fingerprint, category: tool.category, risk: tool.risk, action: tool.rule.action };
}

export function atOrAbove(risk: RiskLevel, failOn: FailOn): boolean {
  return failOn !== 'none' && RISK_RANK[risk] >= RISK_RANK[failOn];
}

function identityChanges(server: CheckedServer, locked: LockServer): Extract<Finding, { kind: 'server-changed' }>['changes'] {
  const changes: Extract<Finding, { kind: 'server-changed' }>['changes'] = [];
  const pairs = [
    ['transport', locked.transport, server.transport],
    ['command', locked.command, server.command],
    ['serverInfo.name', locked.serverInfo?.name ?? '', server.serverInfo?.name ?? ''],
    ['serverInfo.version', locked.serverInfo?.version ?? '', server.serverInfo?.version ?? ''],
  ] as const;
  for (const [field, before, after] of pairs) if (before !== after) changes.push({ field, before, after });
  return changes;
}

/**
 * Every finding for the servers listed now against `lock` (undefined: no lock yet, every tool is
 * new). `unlisted` names the config's servers that could not be listed: their locked tools are not
 * reported as removed, since nothing is known of them.
 */
export function compareWithLock(
  servers: readonly CheckedServer[],
  lock: LockFile | undefined,
  failOn: FailOn,
  unlisted: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  const lockedServers = new Map((lock?.servers ?? []).map((server) => [server.name, server]));
  for (const server of servers) {
    const locked = lockedServers.get(server.name);
    if (lock && !locked) findings.push({ kind: 'new-server', server: server.name, fails: false });
    if (locked) {
      const changes = identityChanges(server, locked);
      if (changes.length > 0) findings.push({ kind: 'server-changed', server: server.name, changes, fails: false });
    }
    const lockedTools = new Map((locked?.tools ?? []).map((tool) => [tool.name, tool]));
    for (const tool of server.tools) {
      for (const signal of tool.poisoning) {
        findings.push({
          kind: 'poisoning',
          server: server.name,
          tool: tool.name,
          rule: signal.rule,
          text: signal.text,
          note: signal.note,
          risk: tool.risk,
          fails: true,
        });
      }
      const before = lockedTools.get(tool.name);
      if (!before) {
        findings.push({
          kind: 'new-tool',
          server: server.name,
          tool: tool.name,
          risk: tool.risk,
          category: tool.category,
          rule: tool.verdictRule,
          fails: atOrAbove(tool.risk, failOn),
        });
      } else if (before.fingerprint !== tool.fingerprint) {
        findings.push({
          kind: 'changed',
          server: server.name,
          tool: tool.name,
          before: verdict(before),
          after: verdict(tool),
          diff: diffDefinitions(before.definition, tool.definition),
          fails: true,
        });
      } else if (before.risk !== tool.risk || before.category !== tool.category || before.rule.action !== tool.rule.action) {
        findings.push({
          kind: 'verdict-changed',
          server: server.name,
          tool: tool.name,
          before: verdict(before),
          after: verdict(tool),
          fails: false,
        });
      }
    }
    const listed = new Set(server.tools.map((tool) => tool.name));
    for (const tool of locked?.tools ?? []) {
      if (!listed.has(tool.name))
        findings.push({ kind: 'removed-tool', server: server.name, tool: tool.name, before: verdict(tool), fails: false });
    }
  }
  const present = new Set([...servers.map((server) => server.name), ...unlisted]);
  for (const locked of lock?.servers ?? []) {
    if (!present.has(locked.name)) findings.push({ kind: 'removed-server', server: locked.name, fails: false });
  }
  return findings;
}

/** Each tool's standing, for the table: new, changed or approved. */
export function toolStatus(findings: readonly Finding[], server: string, tool: string): ToolStatus {
  const mine = findings.filter((finding) => finding.server === server && finding.tool === tool);
  if (mine.some((finding) => finding.kind === 'changed')) return 'changed';
  if (mine.some((finding) => finding.kind === 'new-tool')) return 'new';
  return 'approved';
}
