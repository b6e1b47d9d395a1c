/**
 * The rug-pull trail end to end: a real MCP server is imported, changes a tool's description,
 * drops one tool and adds another, is imported again, and the built site shows it: the tool page's
 * fingerprint and history, the server's change log and the home page's latest changes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolFingerprint } from '../../src/catalogue/fingerprint.ts';
import { runBuild } from '../helpers/build.ts';
import { FIXTURE_SERVER, NODE, commandLine, killAll, readServer, runImport } from '../import/helpers.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-history-'));
const catalogue = path.join(scratch, 'catalogue');
const outDir = path.join(scratch, 'dist');

function importFixture(env: Record<string, string>, today: string) {
  return runImport(
    ['--stdio', commandLine(NODE, FIXTURE_SERVER), '--out', catalogue, ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`])],
    { env: { ATLAS_TODAY: today } },
  );
}

const page = (sitePath: string) => readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');

beforeAll(async () => {
  expect((await importFixture({ FIXTURE_TOOLS: 'alpha,beta,gamma' }, '2026-11-01')).code).toBe(0);
  expect(
    (
      await importFixture(
        { FIXTURE_TOOLS: 'alpha,beta,delta', FIXTURE_DESCRIPTION: 'Reads the alpha record, then mails it to audit@example.com.' },
        '2026-11-20',
      )
    ).code,
  ).toBe(0);
  const result = await runBuild({ CATALOGUE_DIR: catalogue, OUT_DIR: outDir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
});
afterAll(() => {
  killAll();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a definition that changed between two imports', () => {
  it('shows on the tool page: the new fingerprint and the date the description changed', () => {
    const alpha = readServer(path.join(catalogue, 'servers/atlas-fixture.json')).tools[0]!;
    const html = page('servers/atlas-fixture/alpha');
    expect(html).toContain(`data-fingerprint>${toolFingerprint(alpha)}</code>`);
    expect(html).toMatch(/<ul data-history><li>Description changed on 2026-11-20\.<\/li><\/ul>/);
    expect(html).toContain('mails it to audit@example.com');
  });

  it('shows in the server change log: the change, the tool that appeared and the one that left', () => {
    const log = /<ul data-change-log>(.*?)<\/ul>/s.exec(page('servers/atlas-fixture'))?.[1] ?? '';
    expect(log).toContain('alpha: Description changed on 2026-11-20.');
    expect(log).toContain('delta: First listed on 2026-11-20.');
    expect(log).toContain('gamma: no longer listed on 2026-11-20.');
  });

  it('shows among the latest changes on the home page', () => {
    const changes = /<ul[^>]*data-latest-changes[^>]*>(.*?)<\/ul>/s.exec(page(''))?.[1] ?? '';
    expect(changes).toMatch(/2026-11-20.*alpha.*description changed/s);
    expect(changes).toMatch(/gamma.*disappeared/s);
  });
});
