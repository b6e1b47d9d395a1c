/**
 * Pure: what `atlas check` prints: a table of servers and the findings below it (colour only when
 * the output is a terminal), or the same as JSON for scripts. Every name and text from a server is
 * escaped for one line (see escapeLine); secrets are masked by the caller on the finished text.
 */
import { escapeLine } from '../catalogue/problems.ts';
import { RISK_RANK, type RiskLevel } from '../values/index.ts';
import type { CheckedServer } from './assess.ts';
import { toolStatus, type FailOn, type Finding } from './compare.ts';
import { renderLines } from './diff.ts';

export interface ServerFailure {
  server: string;
  /** The importer's lines: what went wrong, with what the server said on stderr. */
  lines: string[];
}

export interface ReportInput {
  config: string;
  lock: string;
  lockExists: boolean;
  engine: string;
  failOn: FailOn;
  exitCode: number;
  /** Every enabled server of the config, in file order. */
  order: readonly string[];
  servers: readonly CheckedServer[];
  failures: readonly ServerFailure[];
  disabled: readonly string[];
  findings: readonly Finding[];
  toolPage?: ((server: string, tool: string) => string | undefined) | undefined;
  /** --update-lock: what is listed now is being approved. */
  updateLock?: boolean | undefined;
}

const STYLE = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m' };

function paint(colour: boolean, style: keyof typeof STYLE, text: string): string {
  return colour ? `${STYLE[style]}${text}${STYLE.reset}` : text;
}

function highest(server: CheckedServer): RiskLevel | undefined {
  return server.tools.reduce<RiskLevel | undefined>(
    (top, tool) => (top === undefined || RISK_RANK[tool.risk] > RISK_RANK[top] ? tool.risk : top),
    undefined,
  );
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A fixed-width table; `paintCell` colours a cell after padding, so colour codes do not count as width. */
function table(rows: string[][], paintCell: (row: number, column: number, text: string) => string): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row, r) =>
    row
      .map((cell, c) => paintCell(r, c, c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

function findingLine(finding: Finding, colour: boolean): string[] {
  const who = escapeLine(finding.tool === undefined ? finding.server : `${finding.server}/${finding.tool}`);
  const tag = (text: string, style: keyof typeof STYLE) => paint(colour, style, text.padEnd(8));
  const head = finding.fails ? tag('FAIL', 'red') : finding.kind === 'new-tool' ? tag('new', 'yellow') : tag('note', 'dim');
  switch (finding.kind) {
    case 'poisoning':
      return [
        `${head}${who}: tool poisoning (${finding.rule}): ${escapeLine(finding.note)} ` +
          `Found: ${escapeLine(JSON.stringify(cut(finding.text, 120)))}`,
      ];
    case 'changed': {
      const verdict =
        finding.before.risk === finding.after.risk ? `${finding.after.risk} risk` : `risk ${finding.before.risk} → ${finding.after.risk}`;
      const lines = [
        `${head}${who}: definition changed since it was approved (${finding.diff.map((diff) => diff.field).join(', ')}; ${verdict})`,
      ];
      for (const diff of finding.diff) {
        lines.push(`          ${diff.field}:`);
        for (const line of renderLines(diff.lines, colour)) lines.push(`            ${line}`);
      }
      return lines;
    }
    case 'new-tool':
      return [`${head}${who}: new tool, ${finding.risk} risk (${finding.category}), not in the lock file`];
    case 'removed-tool':
      return [`${head}${who}: removed (it was ${finding.before.risk} risk when approved)`];
    case 'new-server':
      return [`${head}${who}: new server, not in the lock file`];
    case 'removed-server':
      return [`${head}${who}: in the lock file, no longer in the config`];
    case 'server-changed': {
      const changes = finding.changes.map(
        (change) => `${change.field} ${escapeLine(JSON.stringify(change.before))} → ${escapeLine(JSON.stringify(change.after))}`,
      );
      return [`${head}${who}: ${changes.join('; ')}`];
    }
    case 'verdict-changed':
      return [
        `${head}${who}: same definition, verdict now ${finding.after.risk} risk (${finding.after.category}, ${finding.after.action}); ` +
          `approved as ${finding.before.risk} (${finding.before.category}, ${finding.before.action})`,
      ];
  }
}

/** The human summary: the table, the findings (failures first), the listing errors and the verdict line. */
export function humanReport(input: ReportInput, colour: boolean): string {
  const lines: string[] = [];
  lines.push(
    `atlas check ${escapeLine(input.config)} against ${escapeLine(input.lock)}` +
      `${input.lockExists ? '' : ' (none yet: every tool is new)'}; engine ${input.engine}`,
  );
  lines.push('');
  const byName = new Map(input.servers.map((server) => [server.name, server]));
  const failed = new Map(input.failures.map((failure) => [failure.server, failure]));
  const rows = [['server', 'tools', 'high+', 'new', 'changed', 'removed', 'poisoned', 'highest', 'status']];
  for (const name of input.order) {
    const server = byName.get(name);
    const mine = input.findings.filter((finding) => finding.server === name);
    const count = (kind: Finding['kind']) =>
      String(new Set(mine.filter((finding) => finding.kind === kind).map((finding) => finding.tool)).size);
    if (!server) {
      rows.push([cut(escapeLine(name), 40), '-', '-', '-', '-', '-', '-', '-', failed.has(name) ? 'ERROR' : '-']);
      continue;
    }
    const highPlus = server.tools.filter((tool) => RISK_RANK[tool.risk] >= RISK_RANK.high).length;
    rows.push([
      cut(escapeLine(name), 40),
      String(server.tools.length),
      String(highPlus),
      count('new-tool'),
      count('changed'),
      count('removed-tool'),
      count('poisoning'),
      highest(server) ?? '-',
      mine.some((finding) => finding.fails) ? 'FAIL' : 'ok',
    ]);
  }
  lines.push(
    ...table(rows, (row, column, text) => {
      if (row === 0) return paint(colour, 'bold', text);
      if (column !== rows[0]!.length - 1) return text;
      return text.trim() === 'ok' ? paint(colour, 'green', text) : text.trim() === '-' ? text : paint(colour, 'red', text);
    }),
  );
  for (const name of input.disabled) lines.push(paint(colour, 'dim', `${escapeLine(name)}: disabled in the config, not checked`));

  // Failures first; then new tools below the --fail-on level, many on a first run, one line per
  // server; then what is only reported.
  const quiet = (finding: Finding) => finding.kind === 'new-tool' && !finding.fails;
  const show = (finding: Finding) => {
    lines.push(...findingLine(finding, colour));
    const page =
      finding.tool !== undefined && (finding.fails || finding.kind === 'new-tool')
        ? input.toolPage?.(finding.server, finding.tool)
        : undefined;
    if (page) lines.push(`          ${escapeLine(page)}`);
  };
  if (input.findings.length > 0) lines.push('');
  for (const finding of input.findings) if (finding.fails) show(finding);
  for (const name of input.order) {
    const below = input.findings.filter((finding) => quiet(finding) && finding.server === name);
    if (below.length === 0) continue;
    const names = below.map((finding) => `${finding.tool} (${'risk' in finding ? finding.risk : ''})`).join(', ');
    lines.push(
      `${paint(colour, 'yellow', 'new'.padEnd(8))}${escapeLine(name)}: ` +
        `${below.length} new tool${below.length === 1 ? '' : 's'} below ${input.failOn === 'none' ? 'any' : input.failOn} risk, ` +
        `not in the lock file: ${escapeLine(names)}`,
    );
  }
  for (const finding of input.findings) if (!finding.fails && !quiet(finding)) show(finding);
  if (input.failures.length > 0) lines.push('');
  for (const failure of input.failures) for (const line of failure.lines) lines.push(paint(colour, 'red', escapeLine(line)));

  lines.push('');
  const failing = input.findings.filter((finding) => finding.fails);
  if (input.exitCode === 2) {
    lines.push(
      paint(
        colour,
        'red',
        `${input.failures.length} server${input.failures.length === 1 ? '' : 's'} could not be listed: the check could not run (exit 2)`,
      ),
    );
  } else if (input.updateLock && input.exitCode === 0) {
    lines.push(paint(colour, 'green', 'approved: the lock file records every tool listed now'));
  } else if (input.updateLock) {
    lines.push(
      paint(
        colour,
        'red',
        'the lock file records every tool listed now, but tool poisoning fails the check whether approved or not (exit 1)',
      ),
    );
  } else if (failing.length > 0) {
    const kinds = (['poisoning', 'changed', 'new-tool'] as const)
      .map((kind) => [kind, failing.filter((finding) => finding.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) =>
        kind === 'poisoning'
          ? `${n} tool-poisoning signal${n === 1 ? '' : 's'}`
          : kind === 'changed'
            ? `${n} changed definition${n === 1 ? '' : 's'}`
            : `${n} new tool${n === 1 ? '' : 's'} at or above ${input.failOn} risk`,
      );
    lines.push(paint(colour, 'red', `${kinds.join(', ')}: the check fails (exit 1). Review, then approve with --update-lock.`));
  } else {
    lines.push(
      paint(
        colour,
        'green',
        `no findings fail the check (new tools fail from ${input.failOn === 'none' ? 'no level' : `${input.failOn} risk`} up)`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The same as data: every server with its tools' standing, every finding (diffs as plain lines). */
export function jsonReport(input: ReportInput): unknown {
  const byName = new Map(input.servers.map((server) => [server.name, server]));
  const failed = new Map(input.failures.map((failure) => [failure.server, failure]));
  return {
    config: input.config,
    lock: input.lock,
    lockExists: input.lockExists,
    engine: input.engine,
    failOn: input.failOn,
    exitCode: input.exitCode,
    servers: input.order.map((name) => {
      const server = byName.get(name);
      if (!server) return { name, status: 'error', error: failed.get(name)?.lines ?? [] };
      return {
        name,
        status: input.findings.some((finding) => finding.server === name && finding.fails) ? 'fail' : 'ok',
        transport: server.transport,
        command: server.command,
        ...(server.serverInfo ? { serverInfo: server.serverInfo } : {}),
        tools: server.tools.map((tool) => ({
          name: tool.name,
          category: tool.category,
          risk: tool.risk,
          action: tool.rule.action,
          fingerprint: tool.fingerprint,
          status: toolStatus(input.findings, name, tool.name),
          ...(input.toolPage?.(name, tool.name) ? { page: input.toolPage(name, tool.name) } : {}),
        })),
      };
    }),
    disabled: input.disabled,
    findings: input.findings.map((finding) =>
      finding.kind === 'changed'
        ? { ...finding, diff: finding.diff.map((diff) => ({ field: diff.field, lines: renderLines(diff.lines) })) }
        : finding,
    ),
  };
}
