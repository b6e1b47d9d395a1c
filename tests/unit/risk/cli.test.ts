/** `atlas classify FILE`, run as users run it: a child process printing JSON. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyFile } from '../../../src/risk/policy/schema.ts';
import { REFERENCE_SERVERS } from '../../helpers/catalogues.ts';

const fixtures = path.resolve('tests/fixtures/risk');

function classify(file: string) {
  const result = spawnSync(process.execPath, ['bin/atlas.ts', 'classify', file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Row {
  name: string;
  category: string;
  risk: string;
  confidence: number;
  reviewed: boolean;
  rationale: string;
  evidence: string[];
  annotationConflicts: string[];
  patterns: { id: string; why: string }[];
  signals: { source: string; text: string }[];
  policy: { action: string };
  suggestedAnnotations: Record<string, unknown>;
  hintReasons: Record<string, { rule: string; because: string }>;
}

describe('atlas classify', () => {
  it('classifies a raw tools/list result', () => {
    const { code, stdout, stderr } = classify(path.join(fixtures, 'tools-list.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((r) => [r.name, r.category, r.risk])).toEqual([
      ['read_file', 'Read', 'medium'],
      ['delete_records', 'Destructive', 'critical'],
      ['run_shell', 'Execute', 'critical'],
    ]);
    const [read, del, shell] = rows;
    expect(read!.policy).toMatchObject({ action: 'rate_limit', arguments: { path: { kind: 'prefix' } } });
    expect(del!.annotationConflicts[0]).toMatch(/readOnlyHint: true/);
    expect(del!.policy.action).toBe('deny');
    expect(shell!.patterns.map((p) => p.id)).toContain('command-injection');
    // The four MCP annotations, predicted in the spec's meaning, ready to paste.
    expect(read!.suggestedAnnotations).toEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    expect(del!.suggestedAnnotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(shell!.suggestedAnnotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
      openWorldHint: true,
    });
    for (const row of rows) {
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']) {
        expect(typeof row.suggestedAnnotations[hint], `${row.name} ${hint}`).toBe('boolean');
        expect(row.hintReasons[hint]!.rule).toMatch(/^hint\./);
      }
    }
    for (const row of rows) {
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(row.confidence).toBeGreaterThan(0);
      expect(row.confidence).toBeLessThanOrEqual(1);
      expect(row.signals.length).toBeGreaterThan(0);
      expect(parsePolicyFile({ version: '1', default: 'deny', tools: { [row.name]: row.policy } }).success).toBe(true);
    }
  });

  it('classifies a JSON-RPC response to tools/list, including a tool named "__proto__"', () => {
    const { code, stdout } = classify(path.join(fixtures, 'jsonrpc-tools-list.json'));
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((r) => r.name)).toEqual(['send_email', '__proto__']);
    expect(rows[0]).toMatchObject({ category: 'Write', risk: 'high' });
    expect(rows[1]).toMatchObject({ category: 'Read', risk: 'low', policy: { action: 'allow' } });
  });

  it('classifies a server file of the catalogue, applying hand reviews', () => {
    const { code, stdout } = classify(path.join(fixtures, 'server.json'));
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows[0]).toMatchObject({ name: 'list_widgets', category: 'Read', risk: 'low', reviewed: false });
    expect(rows[1]).toMatchObject({
      name: 'purge_widgets',
      category: 'Destructive',
      risk: 'high',
      reviewed: true,
      rationale: 'Widgets are rebuilt nightly; reviewed as high, not critical.',
    });
    expect(rows[1]!.policy.action).toBe('require_approval');
  });

  it('classifies a bundled catalogue file', () => {
    const { code, stdout } = classify(path.join(REFERENCE_SERVERS, 'ecs-mcp-server.json'));
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.find((r) => r.name === 'build_and_push_image_to_ecr')).toMatchObject({
      category: 'Execute',
      risk: 'high',
      policy: { action: 'require_approval' },
    });
    expect(rows.find((r) => r.name === 'build_and_push_image_to_ecr')!.rationale).toContain('Amazon ECS MCP Server');
  });

  it('reports invalid tools in the catalogue format and exits 1', () => {
    const file = path.join(fixtures, 'invalid-tools.json');
    const { code, stdout, stderr } = classify(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const shown = path.relative(process.cwd(), file);
    expect(stderr).toContain(`${shown}: tools[1].name: expected a non-empty tool name (tool #1 of this server)`);
    expect(stderr).toContain(`${shown}: tools[2].inputSchema: expected object, received undefined (tool "no_schema" of this server)`);
    expect(stderr).toContain(`${shown}: 2 problems`);
  });

  it('reports a JSON-RPC error response, bad JSON and a missing file', () => {
    const rpc = classify(path.join(fixtures, 'jsonrpc-error.json'));
    expect(rpc.code).toBe(1);
    expect(rpc.stderr).toMatch(/: error: the JSON-RPC response is an error, not a tool list: "Method not found"/);
    const missing = classify(path.join(fixtures, 'does-not-exist.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does-not-exist\.json: \$: cannot read the file: ENOENT/);
    const usage = spawnSync(process.execPath, ['bin/atlas.ts', 'classify'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run atlas -- classify FILE/);
  });
});
