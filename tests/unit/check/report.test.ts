import { describe, expect, it } from 'vitest';
import { checkTools, type CheckedServer } from '../../../src/check/assess.ts';
import { compareWithLock } from '../../../src/check/compare.ts';
import { humanReport, jsonReport, type ReportInput } from '../../../src/check/report.ts';

const server: CheckedServer = {
  name: 'notes',
  transport: 'stdio',
  command: 'npx notes',
  location: { path: 'mcpServers.notes', line: 2, column: 5, endLine: 2 },
  tools: checkTools('notes', [
    {
      name: 'read_note',
      description: 'Reads a note by its id.',
      inputSchema: { type: 'object', properties: { id: { type: 'string' } } },
      annotations: { readOnlyHint: true },
    },
    { name: 'wipe\x1b[2J\nFAIL fake', description: 'Permanently deletes every note.', inputSchema: { type: 'object', properties: {} } },
  ]),
};

const input = (overrides: Partial<ReportInput> = {}): ReportInput => {
  const findings = compareWithLock([server], undefined, 'high');
  return {
    config: '.mcp.json',
    lock: 'mcp-atlas.lock.json',
    lockExists: false,
    engine: 'e',
    failOn: 'high',
    exitCode: 1,
    order: ['notes', 'broken'],
    servers: [server],
    failures: [
      { server: 'broken', lines: ['.mcp.json: mcpServers.broken: the server exited (or closed its stdout) before answering initialize'] },
    ],
    disabled: ['off'],
    findings,
    ...overrides,
  };
};

describe('the human report', () => {
  it('is a table, then failures, then what is only reported; names from servers cannot fake lines or colours', () => {
    const text = humanReport(input(), false);
    expect(text).toMatch(/^server +tools +high\+ +new +changed +removed +poisoned +highest +status$/m);
    // The control characters in a tool's name are tool poisoning too.
    expect(text).toMatch(/^notes +2 +1 +2 +0 +0 +1 +critical +FAIL$/m);
    expect(text).toContain('FAIL    notes/wipe\\x1b[2J\\x0aFAIL fake: tool poisoning (poisoning.control-in-name)');
    expect(text).toMatch(/^broken( +-){7} +ERROR$/m);
    expect(text).toContain('off: disabled in the config, not checked');
    expect(text).toContain('FAIL    notes/wipe\\x1b[2J\\x0aFAIL fake: new tool, critical risk (Destructive), not in the lock file');
    expect(text).toContain('new     notes: 1 new tool below high risk, not in the lock file: read_note (low)');
    expect(text).not.toContain('\x1b');
    expect(text.indexOf('FAIL    notes/')).toBeLessThan(text.indexOf('new     notes:'));
  });

  it('colours only when asked (a terminal)', () => {
    expect(humanReport(input(), true)).toContain('\x1b[31mFAIL');
  });

  it("as JSON: each server with its tools' standing, the error of one that could not be listed", () => {
    const report = jsonReport(input()) as {
      servers: { name: string; status: string; tools?: { name: string; status: string }[]; error?: string[] }[];
    };
    expect(report.servers.map((s) => [s.name, s.status, s.tools?.map((t) => t.status)])).toEqual([
      ['notes', 'fail', ['new', 'new']],
      ['broken', 'error', undefined],
    ]);
    expect(report.servers[1]!.error).toEqual([
      '.mcp.json: mcpServers.broken: the server exited (or closed its stdout) before answering initialize',
    ]);
  });
});
