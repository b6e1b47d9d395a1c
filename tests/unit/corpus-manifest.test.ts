import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  corpusTable,
  countHints,
  droppedTable,
  CorpusServerSchema,
  parseCorpusManifest,
  recordedCommand,
  startingArguments,
} from '../../src/catalogue/import/corpus-manifest.ts';
import { parseServerFile } from '../../src/catalogue/catalogue.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const CORPUS = path.join(ROOT, 'tests/fixtures/agreement');

function parse(json: unknown) {
  return parseCorpusManifest('manifest.json', JSON.stringify(json));
}

describe('the agreement corpus manifest', () => {
  it('says what is wrong, where, in one line per problem', () => {
    const result = parse({
      servers: [
        { slug: 'a', name: 'A', package: 'a-mcp', version: '^1.2.0' },
        { slug: 'a', name: 'A again', package: 'a-mcp', version: '1.2.0', files: { '../escape': '' } },
        { slug: 'Bad Slug', name: 'B', package: 'b-mcp', version: 'latest', env: { 'NOT-A-NAME': 'x' } },
      ],
    });
    expect(result).toEqual({
      problems: [
        'manifest.json: servers[0].version: expected an exact version such as 1.2.3, not a range or a tag',
        'manifest.json: servers[1].files["../escape"]: expected a path inside the scratch folder (relative, no "..")',
        'manifest.json: servers[2].slug: expected a slug: lower-case letters, digits and single hyphens',
        'manifest.json: servers[2].version: expected an exact version such as 1.2.3, not a range or a tag',
        'manifest.json: servers[2].env["NOT-A-NAME"]: expected an environment variable name',
        'manifest.json: servers[1].slug: slug "a" is already used by servers[0]',
      ],
    });
    const twice = { slug: 'a', name: 'A', package: 'a-mcp', version: '1.2.0' };
    expect(parse({ servers: [twice, twice] })).toEqual({
      problems: ['manifest.json: servers[1].slug: slug "a" is already used by servers[0]'],
    });
    expect(parseCorpusManifest('manifest.json', '{')).toEqual({
      problems: [expect.stringMatching(/^manifest\.json: \$: not valid JSON: /)],
    });
  });

  it('fills in the scratch folder when starting, and records a placeholder instead', () => {
    const server = CorpusServerSchema.parse({
      slug: 'files',
      name: 'Files',
      package: '@acme/files-mcp',
      version: '1.0.0-beta.2',
      args: ['--root', '{scratch}', '--greeting', "it's here"],
      env: { CONFIG: '{scratch}/config.json', TOKEN: 'sk-test-0000' },
      files: { 'config.json': '{"root":"{scratch}"}' },
    });
    expect(startingArguments(server, '/tmp/x')).toEqual({
      args: ['--root', '/tmp/x', '--greeting', "it's here"],
      env: { CONFIG: '/tmp/x/config.json', TOKEN: 'sk-test-0000' },
      files: { 'config.json': '{"root":"/tmp/x"}' },
    });
    expect(recordedCommand(server, 'files-mcp')).toBe(
      `CONFIG=<scratch>/config.json TOKEN=sk-test-0000 files-mcp --root <scratch> --greeting 'it'\\''s here'`,
    );
  });

  it('counts the tools that carry each hint, and only real hints', () => {
    const counts = countHints([
      { annotations: { readOnlyHint: true, openWorldHint: false } },
      { annotations: { readOnlyHint: false, destructiveHint: true } },
      { annotations: { title: 'Only a title' } as never },
      {},
    ]);
    expect(counts).toEqual({
      tools: 4,
      annotated: 2,
      hints: {
        readOnlyHint: { set: 2, true: 1 },
        destructiveHint: { set: 1, true: 1 },
        idempotentHint: { set: 0, true: 0 },
        openWorldHint: { set: 1, true: 0 },
      },
    });
    const server = CorpusServerSchema.parse({ slug: 'a', name: 'A | B', package: 'a-mcp', version: '1.0.0' });
    expect(corpusTable([{ server, counts }]).split('\n')).toEqual([
      '| server | package@version | tools | annotated | readOnlyHint | destructiveHint | idempotentHint | openWorldHint |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| A \\| B | `a-mcp@1.0.0` | 4 | 2 | 2 (1 true) | 1 (1 true) | 0 (0 true) | 1 (0 true) |',
      '| **1 servers** | | **4** | **2** | **2 (1 true)** | **1 (1 true)** | **0 (0 true)** | **1 (0 true)** |',
    ]);
    expect(droppedTable([{ package: 'b-mcp', version: '2.0.0', reason: 'no tool carries a hint | none' }]).split('\n')).toEqual([
      '| package@version | why it is not in the corpus |',
      '| --- | --- |',
      '| `b-mcp@2.0.0` | no tool carries a hint \\| none |',
    ]);
  });
});

describe('the committed agreement corpus', () => {
  const parsed = parseCorpusManifest('manifest.json', readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const manifest = 'manifest' in parsed ? parsed.manifest : undefined;

  it('has a valid manifest', () => {
    expect(parsed).not.toHaveProperty('problems');
  });

  it("has exactly one valid server file per server, at the manifest's version, with annotated tools", () => {
    const files = readdirSync(path.join(CORPUS, 'servers')).sort();
    expect(files).toEqual(manifest!.servers.map((server) => `${server.slug}.json`).sort());
    for (const entry of manifest!.servers) {
      const file = path.join(CORPUS, 'servers', `${entry.slug}.json`);
      const text = readFileSync(file, 'utf8');
      const parsedFile = parseServerFile({ file: entry.slug, baseName: entry.slug, text });
      expect(parsedFile.problems, entry.slug).toEqual([]);
      const server = parsedFile.server!.server;
      expect(server.package, entry.slug).toEqual({ registry: 'npm', name: entry.package, version: entry.version });
      expect(server.name, entry.slug).toBe(entry.name);
      expect(countHints(server.tools).annotated, entry.slug).toBeGreaterThan(0);
      expect(text, entry.slug).not.toMatch(/atlas-corpus-|atlas-agreement-corpus/);
    }
  });
});
