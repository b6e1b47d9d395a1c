/**
 * Bad servers get a clear message and a non-zero exit, and write nothing: the catalogue folder is
 * byte for byte what it was (or still absent), no temporary file is left, and the server process
 * is gone, also after a time-out and after Ctrl-C.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_SERVER, NODE, commandLine, isAlive, killAll, runImport, snapshot, waitFor } from './helpers.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-import-fail-'));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  killAll();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const fixture = (mode: string) => ['--stdio', commandLine(NODE, FIXTURE_SERVER), '--env', `FIXTURE_MODE=${mode}`];

/** A catalogue that already holds the file a working fixture import would overwrite. */
function catalogueWithFixtureFile(): string {
  const out = tempDir();
  mkdirSync(path.join(out, 'servers'));
  writeFileSync(
    path.join(out, 'servers/atlas-fixture.json'),
    '{"name": "kept as it is", "package": {"registry": "other", "name": "x"}, "tools": []}\n',
  );
  return out;
}

const cases: [string, string[], RegExp][] = [
  [
    'exits at once',
    ['--stdio', commandLine(NODE, '-e', 'process.exit(3)')],
    /: the server exited \(or closed its stdout\) before answering initialize$/m,
  ],
  [
    'prints garbage on stdout',
    ['--stdio', commandLine(NODE, '-e', 'console.log("Server ready!"); setInterval(() => {}, 1000)')],
    /: the server wrote something other than a JSON-RPC message on stdout \(MCP servers must log to stderr\): .*Server ready!/,
  ],
  ['never answers', [...fixture('hang'), '--timeout', '2'], /: no answer to initialize within 2 s \(--timeout 2\)/],
  ['never answers tools/list', [...fixture('hang-list'), '--timeout', '2'], /: no answer to tools\/list within 2 s/],
  [
    'answers tools/list with an error',
    fixture('list-error'),
    /: the server answered tools\/list with error -32603: "the tool registry is unavailable"$/m,
  ],
  [
    'returns a tool that breaks the schema',
    fixture('bad-schema'),
    /fixture-server\.ts: tools\[2\]\.inputSchema\.type: expected "object" \(tool "gamma" of server "atlas-fixture"\)$/m,
  ],
  [
    'cannot be started',
    ['--stdio', 'atlas-no-such-command --flag'],
    /^atlas-no-such-command --flag: could not start "atlas-no-such-command": command not found$/m,
  ],
];

describe('a bad server', () => {
  it.each(cases)('%s: fails cleanly and writes nothing', async (_, args, message) => {
    const out = catalogueWithFixtureFile();
    const before = snapshot(out);
    const run = await runImport([...args, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(snapshot(out)).toEqual(before);
  });

  it('leaves an absent catalogue absent', async () => {
    const out = path.join(tempDir(), 'catalogue');
    const run = await runImport([...fixture('bad-schema'), '--out', out]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('shows what the server said on stderr before it died', async () => {
    const run = await runImport([
      '--stdio',
      commandLine(NODE, '-e', 'console.error("missing API_KEY"); process.exit(1)'),
      '--out',
      tempDir(),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('server stderr: missing API_KEY');
  });
});

describe('stopping the server', () => {
  it('stops a server that never answers, after the time-out', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const run = await runImport([...fixture('hang'), '--env', `FIXTURE_PID_FILE=${pidFile}`, '--timeout', '1', '--out', tempDir()]);
    expect(run.code).toBe(1);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isAlive(pid), 10_000)).toBe(true);
  });

  it('stops the server and exits 130 on Ctrl-C', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const out = tempDir();
    const run = await runImport([...fixture('hang'), '--env', `FIXTURE_PID_FILE=${pidFile}`, '--timeout', '60', '--out', out], {
      onStart: (child) => {
        // Only the importer gets the signal (not its process group, as a terminal would do), so
        // the server's end proves the importer stopped it.
        void waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 20_000).then(() => child.kill('SIGINT'));
      },
    });
    expect(run.stderr).toMatch(/interrupted; the server was stopped/);
    expect(run.code).toBe(130);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isAlive(pid), 10_000)).toBe(true);
    expect(snapshot(out)).toEqual({});
  });
});

describe('usage errors', () => {
  it.each([
    [[], 'give exactly one of --stdio, --url or --file'],
    [['--stdio', 'x', '--url', 'http://127.0.0.1:1/'], 'give exactly one of --stdio, --url or --file'],
    [['--stdio', 'node -e "oops'], '--stdio: unclosed double quote'],
    [['--stdio', 'x', '--timeout', 'soon'], '--timeout "soon": expected a number of seconds above 0'],
    [['--stdio', 'x', '--registry', 'cargo'], '--registry "cargo": expected one of npm, pypi, docker, remote, other'],
    [['--stdio', 'x', '--slug', 'Bad Slug'], '--slug "Bad Slug": expected lowercase letters, digits and single hyphens'],
    [['--url', 'file:///etc/passwd'], 'expected http:// or https://'],
    [['--file', 'x.json', '--env', 'A=1'], '--env and --cwd only apply to --stdio'],
    [['--stdio', 'x', '--bogus'], "Unknown option '--bogus'"],
  ])('%j', async (args, message) => {
    const run = await runImport(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
