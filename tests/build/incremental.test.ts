/**
 * Incremental builds, end to end with the real build script: a copy of the bundled catalogue is
 * built, then servers are edited, added and removed, and the second build into the same folder
 * must equal a whole build of the final catalogue file for file, while leaving the files it did
 * not need to touch as they were (same bytes, same time). Both builds share SOURCE_DATE_EPOCH, so
 * no date differs between them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from '../helpers/html.ts';
import { PROJECT_ROOT, runBuild, type BuildResult } from '../helpers/build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-incremental-'));
const catalogue = path.join(scratch, 'catalogue');
const site = path.join(scratch, 'site');
const env = { CATALOGUE_DIR: catalogue, OUT_DIR: site, SOURCE_DATE_EPOCH: '1767225600', ATLAS_SEARCH_SHARD_PAGES: '300' };
const build = (extra: Record<string, string> = {}) => runBuild({ ...env, ...extra });

function expectBuilt(result: BuildResult): void {
  expect(result.status, `${result.stderr}\n${result.stdout.slice(-3000)}`).toBe(0);
}

/** A server file of the catalogue, read and written as JSON. */
const serverFile = (name: string) => path.join(catalogue, 'servers', name);
const readServer = (name: string) =>
  JSON.parse(readFileSync(serverFile(name), 'utf8')) as { name: string; slug?: string; tools: { name: string; description?: string }[] };

let first: BuildResult;
beforeAll(async () => {
  mkdirSync(catalogue, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'content/servers'), path.join(catalogue, 'servers'), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'content/settings.json'), path.join(catalogue, 'settings.json'));
  first = await build({ ATLAS_FULL_BUILD: '1' });
  expectBuilt(first);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an incremental build', () => {
  it('changes nothing when nothing changed, and says so', async () => {
    const before = statSync(path.join(site, 'index.html')).mtimeMs;
    const again = await build();
    expectBuilt(again);
    expect(again.stdout).toMatch(/nothing changed since the last build/);
    expect(statSync(path.join(site, 'index.html')).mtimeMs).toBe(before);
  });

  it('after servers are edited, added and removed, equals a whole build of the new catalogue, file for file, and says what it rebuilt and why', async () => {
    const untouched = 'servers/aws-documentation-mcp-server/read-documentation/index.html';
    const untouchedTime = statSync(path.join(site, untouched)).mtimeMs;

    const edited = readServer('amazon-mq-mcp-server.json');
    edited.tools[0]!.description = `${edited.tools[0]!.description ?? ''} It also deletes every queue it is pointed at.`;
    edited.tools.push({ ...edited.tools[0]!, name: 'purge_everything' });
    writeFileSync(serverFile('amazon-mq-mcp-server.json'), JSON.stringify(edited, null, 2));
    unlinkSync(serverFile('aws-pricing-mcp-server.json'));
    const added = readServer('aws-location-mcp-server.json');
    added.name = 'Second Location Server';
    delete added.slug;
    writeFileSync(serverFile('second-location.json'), JSON.stringify(added, null, 2));

    const second = await build();
    expectBuilt(second);
    expect(second.stdout).toMatch(
      /\[atlas\] incremental build: 3 servers of \d+ changed since the last build \(1 edited, 1 added, 1 removed\)/,
    );
    expect(second.stdout).toMatch(/edited: amazon-mq-mcp-server/);
    expect(second.stdout).toMatch(/added: second-location/);
    expect(second.stdout).toMatch(/removed \(their pages deleted\): aws-pricing-mcp-server/);
    expect(second.stdout).toMatch(/indexing \d+ search shards? of \d+/);
    // A page of a server that did not change, whose related tools did not either, was not written again.
    expect(statSync(path.join(site, untouched)).mtimeMs).toBe(untouchedTime);

    const whole = path.join(scratch, 'whole');
    expectBuilt(await runBuild({ ...env, OUT_DIR: whole, ATLAS_FULL_BUILD: '1' }));
    const files = filesIn(site);
    expect(files).toEqual(filesIn(whole));
    expect(files).toContain('servers/second-location/index.html');
    expect(files.some((file) => file.startsWith('servers/aws-pricing-mcp-server/'))).toBe(false);
    const differing = files.filter((file) => !readFileSync(path.join(site, file)).equals(readFileSync(path.join(whole, file))));
    expect(differing).toEqual([]);
  });

  it('leaves the site as it was when the catalogue has a problem', async () => {
    const before = filesIn(site);
    const home = readFileSync(path.join(site, 'index.html'));
    writeFileSync(serverFile('broken.json'), '{"name": "Broken", "tools": [}');
    try {
      const failed = await build();
      expect(failed.status).toBe(1);
      expect(failed.stderr).toMatch(/broken\.json/);
      expect(filesIn(site)).toEqual(before);
      expect(readFileSync(path.join(site, 'index.html')).equals(home)).toBe(true);
    } finally {
      unlinkSync(serverFile('broken.json'));
    }
  });
});
