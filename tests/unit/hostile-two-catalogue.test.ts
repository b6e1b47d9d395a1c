/**
 * Issue 16, the catalogue side: keys zod would drop ("__proto__"), numbers JSON cannot hold,
 * files that are links or not files at all, names that could forge lines of output, encodings and
 * duplicate keys, and links that lead out of the repository or the site. Each class is tried with
 * several payloads; messages are pinned where people read them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeParseAllKeys } from '../../src/catalogue/all-keys.ts';
import { buildCatalogue, parseServerFile, type RawServerFile } from '../../src/catalogue/catalogue.ts';
import { canonicalJson, toolFingerprint } from '../../src/catalogue/fingerprint.ts';
import { formatServerFile } from '../../src/catalogue/format.ts';
import { checkListedTools } from '../../src/catalogue/import/listing.ts';
import { mergeImport } from '../../src/catalogue/import/merge.ts';
import { decodeUtf8, parseJsonStrict } from '../../src/catalogue/json.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { repositoryPath } from '../../src/catalogue/paths.ts';
import { escapeLine, formatProblem } from '../../src/catalogue/problems.ts';
import { ServerFileSchema, ToolSchema, type Tool } from '../../src/catalogue/schema.ts';
import { classifyTool } from '../../src/risk/classify.ts';
import { parameterRows } from '../../src/site/parameters.ts';
import { sourceLink } from '../../src/site/provenance.ts';
import { hrefProblem } from '../../src/site/settings-schema.ts';
import { loadSettings } from '../../src/site/settings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-two-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A fresh catalogue folder with `servers/`. */
function catalogue(): { dir: string; servers: string } {
  const dir = path.join(scratch, `catalogue-${folders++}`);
  mkdirSync(path.join(dir, 'servers'), { recursive: true });
  return { dir, servers: path.join(dir, 'servers') };
}

const GOOD = '{"name":"Good","package":{"registry":"npm","name":"good"},"tools":[{"name":"read","inputSchema":{"type":"object"}}]}';
const file = (baseName: string, text: string): RawServerFile => ({ file: `servers/${baseName}.json`, baseName, text });
const messages = (text: string) => parseServerFile(file('x', text)).problems.map(formatProblem);

describe('keys zod would drop: "__proto__"', () => {
  const protoServer = `{"name":"P","package":{"registry":"npm","name":"p","__proto__":{"x":1}},"__proto__":"server-level","tools":[
    {"name":"run","description":"Runs it.","__proto__":{"hidden":"tool-level"},
     "inputSchema":{"type":"object","properties":{"before":{"type":"string"},"__proto__":{"type":"string","description":"The shell command to execute on the host.","__proto__":{"nested":true}},"after":{"type":"object","properties":{"__proto__":{"type":"number"}}}},"required":["__proto__"]},
     "annotations":{"readOnlyHint":false,"__proto__":"annotation"}}]}`;

  it('keeps every one, as an own key in its place, through the catalogue schema', () => {
    const parsed = parseServerFile(file('p', protoServer));
    expect(parsed.problems).toEqual([]);
    const server = parsed.server!.server;
    const tool = server.tools[0]!;
    // The parsed definition says exactly what the file says, key for key.
    expect(canonicalJson(server)).toBe(canonicalJson(JSON.parse(protoServer)));
    expect(Object.keys(tool.inputSchema.properties!)).toEqual(['before', '__proto__', 'after']);
    expect(Object.getPrototypeOf(tool.inputSchema.properties)).toBe(Object.prototype);
    expect(Object.keys(tool)).toContain('__proto__');
    expect(Object.keys(server.package)).toContain('__proto__');
  });

  it('validates a "__proto__" value like any other and names it in the message', () => {
    const bad = (key: string) =>
      `{"name":"P","package":{"registry":"npm","name":"p"},"tools":[{"name":"t","inputSchema":{"type":"object","properties":{"${key}":{"type":42,"description":7}}}}]}`;
    expect(messages(bad('__proto__'))).toEqual(messages(bad('x')).map((line) => line.replaceAll('properties.x.', 'properties.__proto__.')));
    expect(messages(bad('__proto__'))).toHaveLength(2);
    expect(
      messages(
        '{"name":"P","package":{"registry":"npm","name":"p"},"tools":[{"name":"t","inputSchema":{"type":"object"},"atlas":{"__proto__":{"risk":"low"}}}]}',
      ),
    ).toEqual(['servers/x.json: tools[0].atlas: Unrecognized key: "__proto__" (tool "t" of server "P")']);
  });

  it('reaches the page, the fingerprint, the risk engine and a re-import', () => {
    const tool = parseServerFile(file('p', protoServer)).server!.server.tools[0]!;
    expect(parameterRows(tool.inputSchema).map((row) => row.name)).toEqual(['before', '__proto__', 'after', 'after.__proto__']);
    const { __proto__: _dropped, ...withoutProto } = tool.inputSchema.properties!;
    const dropped: Tool = { ...tool, inputSchema: { ...tool.inputSchema, properties: withoutProto } };
    expect(toolFingerprint(tool)).not.toBe(toolFingerprint(dropped));
    // The engine gets the definition the file holds, argument and all.
    expect(classifyTool(tool)).toEqual(classifyTool(JSON.parse(protoServer).tools[0] as Tool));

    const listed = checkListedTools('tools.json', 'P', [JSON.parse(protoServer).tools[0]]);
    expect(listed.problems).toEqual([]);
    expect(Object.keys(listed.tools[0]!.inputSchema.properties!)).toEqual(['before', '__proto__', 'after']);
    const first = mergeImport({
      listed: listed.tools,
      source: { transport: 'file' },
      fields: {},
      defaults: { name: 'P', packageName: 'p' },
      date: '2026-05-01',
    });
    const text = formatServerFile(first.server);
    expect(JSON.parse(text).tools[0].inputSchema.properties.__proto__.description).toBe('The shell command to execute on the host.');
    // A rug pull through that argument is a change with a new fingerprint, not "unchanged".
    const changedTool = JSON.parse(protoServer).tools[0];
    changedTool.inputSchema.properties.__proto__.description = 'Anything at all.';
    const again = checkListedTools('tools.json', 'P', [changedTool]).tools;
    const second = mergeImport({
      previous: parseServerFile(file('p', text)).server!.server,
      listed: again,
      source: { transport: 'file' },
      fields: {},
      defaults: { name: 'P', packageName: 'p' },
      date: '2026-05-02',
    });
    expect(second.unchanged).toBe(false);
    expect(second.changed).toEqual([{ name: 'run', fields: ['inputSchema'] }]);
  });

  it('safeParseAllKeys leaves the input as it was and finds no key it was not given', () => {
    const input = JSON.parse('{"a":{"__proto__":1,"b":2}}');
    const before = JSON.stringify(input);
    const schema = ServerFileSchema.shape.tools.element.shape.inputSchema;
    expect(safeParseAllKeys(schema, { type: 'object', properties: input }).success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    expect(safeParseAllKeys(ToolSchema, { name: 'x', inputSchema: { type: 'object' } }).data).toEqual({
      name: 'x',
      inputSchema: { type: 'object' },
    });
  });
});

describe('numbers JSON cannot hold', () => {
  it.each([
    [
      'a maximum of 1e309',
      '"maximum":1e309',
      'tools[0].inputSchema.properties.amount.maximum: the number 1e309 is beyond what a double holds (it reads as Infinity, which JSON cannot write back): use a finite number',
    ],
    [
      'a default of -1e400',
      '"default":-1e400',
      'tools[0].inputSchema.properties.amount.default: the number -1e400 is beyond what a double holds (it reads as -Infinity, which JSON cannot write back): use a finite number',
    ],
    [
      'an enum value of 1E+999',
      '"enum":[1,1E+999]',
      'tools[0].inputSchema.properties.amount.enum[1]: the number 1E+999 is beyond what a double holds',
    ],
    [
      'four hundred digits',
      `"minimum":${'9'.repeat(400)}`,
      `tools[0].inputSchema.properties.amount.minimum: the number ${'9'.repeat(40)}… is beyond what a double holds`,
    ],
  ])('%s is a problem naming file and path', (_, schema, message) => {
    const text = `{"name":"Pay","package":{"registry":"npm","name":"pay"},"tools":[{"name":"pay","inputSchema":{"type":"object","properties":{"amount":{"type":"number",${schema}}}}}]}`;
    const [problem] = messages(text);
    expect(problem).toContain(`servers/x.json: ${message}`);
  });

  it('is a problem in a listed tool that did not come through the strict reader', () => {
    const { problems } = checkListedTools('tools.json', 'S', [
      { name: 'pay', inputSchema: { type: 'object', properties: { amount: { type: 'number', maximum: Infinity } } } },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'tools.json: tools[0].inputSchema.properties.amount.maximum: the number is Infinity, which JSON cannot hold (a number past a double, such as 1e309?): use a finite number',
    ]);
  });

  it('does not mind large finite numbers and tiny ones', () => {
    expect(
      messages(
        `{"name":"Pay","package":{"registry":"npm","name":"pay"},"tools":[{"name":"pay","inputSchema":{"type":"object","properties":{"a":{"maximum":1.7976931348623157e308,"minimum":1e-400}}}}]}`,
      ),
    ).toEqual([]);
  });
});

describe('encodings and duplicate keys', () => {
  it('accepts a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]);
    const decoded = decodeUtf8(bytes);
    expect(decoded).toEqual({ text: GOOD });
    expect(messages(`\uFEFF${GOOD}`)).toEqual([]);
  });

  it.each([
    [
      'UTF-16 little-endian with its mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
      'the file is UTF-16 (little-endian) text, by its byte order mark: save it as UTF-8',
    ],
    [
      'UTF-16 big-endian with its mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]),
      'the file is UTF-16 (big-endian) text, by its byte order mark: save it as UTF-8',
    ],
    [
      'UTF-16 little-endian without a mark',
      Buffer.from(GOOD, 'utf16le'),
      'the file looks like UTF-16 (little-endian) text (a NUL byte after every letter): save it as UTF-8',
    ],
    [
      'UTF-32',
      Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]),
      'the file is UTF-32 (little-endian) text, by its byte order mark: save it as UTF-8',
    ],
    [
      'Latin-1',
      Buffer.from('{"name":"Caf\xe9",\n "x": "\xe9"}', 'latin1'),
      'the file is not UTF-8 text: the byte 0xE9 at line 1, column 13 does not belong to a UTF-8 character (Latin-1 or Windows-1252 text?): save the file as UTF-8',
    ],
    [
      'an overlong UTF-8 form',
      Buffer.from([0x7b, 0x0a, 0x20, 0xc0, 0xaf, 0x7d]),
      'the file is not UTF-8 text: the byte 0xC0 at line 2, column 2 does not belong',
    ],
    ['an encoded surrogate', Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), 'the file is not UTF-8 text: the byte 0xED at line 1, column 2'],
    [
      'a cut-off sequence at the end',
      Buffer.from([0x22, 0x61, 0xe2, 0x82]),
      'the file is not UTF-8 text: the byte 0xE2 at line 1, column 3',
    ],
  ])('names %s', (_, bytes, message) => {
    const decoded = decodeUtf8(bytes);
    expect('message' in decoded && decoded.message).toContain(message);
  });

  it.each([
    [
      '"tools" twice: the first list would vanish',
      '{"name":"S","package":{"registry":"npm","name":"s"},"tools":[{"name":"evil","inputSchema":{"type":"object"}}],"tools":[]}',
      'servers/x.json: tools: the key "tools" appears more than once in this object; JSON readers disagree on which value counts (some keep the first, this one the last): keep one',
    ],
    [
      'a description twice',
      '{"name":"S","package":{"registry":"npm","name":"s"},"tools":[{"name":"t","description":"Reads.","inputSchema":{"type":"object"},"description":"Deletes."}]}',
      'servers/x.json: tools[0].description: the key "description" appears',
    ],
    [
      'a parameter twice, once escaped',
      '{"name":"S","package":{"registry":"npm","name":"s"},"tools":[{"name":"t","inputSchema":{"type":"object","properties":{"path":{},"p\\u0061th":{}}}}]}',
      'servers/x.json: tools[0].inputSchema.properties.path: the key "path" appears',
    ],
    [
      '"__proto__" twice',
      '{"name":"S","package":{"registry":"npm","name":"s"},"tools":[{"name":"t","inputSchema":{"type":"object","properties":{"__proto__":{},"__proto__":{}}}}]}',
      'servers/x.json: tools[0].inputSchema.properties.__proto__: the key "__proto__" appears',
    ],
  ])('refuses %s, naming the path', (_, text, message) => {
    expect(messages(text)[0]).toContain(message);
  });

  it('says where JSON breaks, by line and column, without quoting the file', () => {
    expect(messages('root:x:0:0:root:/root:/bin/bash\n')).toEqual([
      'servers/x.json: $: not valid JSON: at line 1, column 1: "r" where a value should be',
    ]);
    expect(messages('{\n  "name": "S",\n  "tools": [\n    {"name": "t",}\n  ]\n}')).toEqual([
      'servers/x.json: $: not valid JSON: at line 4, column 18 (in tools[0].name): "}" where a key in double quotes should be',
    ]);
    expect(messages('{"name": "a\u2028\u0007b"}')[0]).toBe(
      'servers/x.json: $: not valid JSON: at line 1, column 13 (in name): a control character ⟨U+0007⟩ inside a string: JSON needs it escaped (such as \\n or \\u0000)',
    );
    expect(messages('{"name": "S"} \uFEFF')[0]).toBe(
      'servers/x.json: $: not valid JSON: at line 1, column 15: ⟨U+FEFF⟩ (a byte order mark) after the end of the JSON value',
    );
    expect(parseJsonStrict('[1, 2').ok).toBe(false);
    expect(parseJsonStrict('{"a": [1, {"b": null}], "c": "\\u00e9"}')).toEqual({ ok: true, value: { a: [1, { b: null }], c: 'é' } });
  });
});

describe('what is in servers/: read or reported, never followed', () => {
  it('reports links (outside, /etc/passwd, dangling, to itself, to a folder), folders, .JSON, other files and FIFOs, reading none', async () => {
    const { dir, servers } = catalogue();
    const outside = path.join(scratch, 'outside.json');
    writeFileSync(outside, '{"name":"canary-outside-7c1e","package":{"registry":"npm","name":"x"},"tools":[]}');
    writeFileSync(path.join(servers, 'good.json'), GOOD);
    symlinkSync(outside, path.join(servers, 'link-outside.json'));
    symlinkSync('/etc/passwd', path.join(servers, 'passwd.json'));
    symlinkSync(path.join(scratch, 'missing.json'), path.join(servers, 'dangling.json'));
    symlinkSync('self.json', path.join(servers, 'self.json'));
    symlinkSync(scratch, path.join(servers, 'folder-link.json'));
    mkdirSync(path.join(servers, 'folder.json'));
    writeFileSync(path.join(servers, 'upper.JSON'), GOOD);
    writeFileSync(path.join(servers, 'README.md'), '# notes');
    expect(spawnSync('mkfifo', [path.join(servers, 'pipe.json')]).status).toBe(0);
    const { servers: loaded, problems } = await loadCatalogue(dir);
    const lines = problems.map(formatProblem).map((line) => line.slice(line.indexOf('servers/')));
    expect(lines).toEqual([
      'servers/README.md: $: is not a server file (server files end in ".json"): move it out of servers/',
      'servers/dangling.json: $: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here',
      'servers/folder-link.json: $: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here',
      'servers/folder.json: $: is a folder; servers/ holds only server files (<name>.json): move it out',
      'servers/link-outside.json: $: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here',
      'servers/passwd.json: $: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here',
      'servers/pipe.json: $: is a named pipe (FIFO), not a server file: remove it from servers/',
      'servers/self.json: $: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here',
      'servers/upper.JSON: $: ends in ".JSON": server files end in ".json", in lower case; rename it',
    ]);
    expect(loaded.map((server) => server.slug)).toEqual(['good']);
    expect(JSON.stringify(problems)).not.toMatch(/canary|root:/);
  });

  it('refuses a servers/ folder that is a link', async () => {
    const dir = path.join(scratch, 'linked-servers');
    mkdirSync(dir);
    symlinkSync(catalogue().servers, path.join(dir, 'servers'));
    const { problems } = await loadCatalogue(dir);
    expect(problems.map(formatProblem)[0]).toMatch(
      /linked-servers\/servers: \$: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the folder itself here$/,
    );
  });

  it('refuses a settings.json that is a link, without reading or printing what it points to', () => {
    const { dir, servers } = catalogue();
    writeFileSync(path.join(servers, 'good.json'), GOOD);
    const secret = path.join(scratch, 'secret-settings.txt');
    writeFileSync(secret, 'canary-settings-91ab: not JSON');
    symlinkSync(secret, path.join(dir, 'settings.json'));
    expect(() => loadSettings(dir)).toThrow(/settings\.json: \$: is a symbolic link; the atlas reads only regular files/);
    try {
      loadSettings(dir);
    } catch (error) {
      expect((error as Error).message).not.toContain('canary');
    }
    // A dangling link is refused too, not passed over for the project's settings.
    rmSync(path.join(dir, 'settings.json'));
    symlinkSync(path.join(scratch, 'no-such-settings.json'), path.join(dir, 'settings.json'));
    expect(() => loadSettings(dir)).toThrow(/settings\.json: \$: is a symbolic link/);
  });

  it('does not quote a settings file that is not JSON', () => {
    const { dir } = catalogue();
    writeFileSync(path.join(dir, 'settings.json'), 'canary-settings-22cd: {');
    expect(() => loadSettings(dir)).toThrow(/settings\.json: \$: not valid JSON: at line 1, column 1: "c" where a value should be$/);
    try {
      loadSettings(dir);
    } catch (error) {
      expect((error as Error).message).not.toContain('canary');
    }
  });
});

describe('names in messages cannot forge lines', () => {
  it('escapes controls, separators and invisible characters in every part of a line', () => {
    expect(escapeLine('a\nb\r\u001b[31mc\u2028d\u202Ee\u0085f\u{E0041}')).toBe('a\\x0ab\\x0d\\x1b[31mc\\u2028d\\u202ee\\x85f\\u{e0041}');
    expect(formatProblem({ file: 'servers/x\n.json', path: 'tools[0]', message: 'bad\nservers/forged.json: $: fine' })).toBe(
      'servers/x\\x0a.json: tools[0]: bad\\x0aservers/forged.json: $: fine',
    );
  });

  it('atlas validate prints one line per problem, whatever the file names hold', () => {
    const { dir, servers } = catalogue();
    const names = [
      'evil\nforged.json: $: all good.json',
      'esc\u001b[2K\u001b[1A.json',
      'sep\u2028line.json',
      'bidi\u202Enosj.json',
      'bell\u0007.json',
    ];
    for (const name of names) writeFileSync(path.join(servers, name), '{"name": ""}');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/atlas.ts'), 'validate', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    // Two problems per file (no name, no package... at least one line each), none forged.
    expect(lines.every((line) => line.startsWith(path.relative(ROOT, servers)) || line.startsWith(servers))).toBe(true);
    expect(lines.some((line) => /^forged\.json/.test(line))).toBe(false);
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029\u202E]/);
    expect(run.stdout).toContain('evil\\x0aforged.json: $: all good.json: name: expected a non-empty server name');
  });
});

describe('links stay where they claim to go', () => {
  it.each([
    ['src/server.py', 'src/server.py'],
    ['./src//server.py', 'src/server.py'],
    ['src/a/../server.py', 'src/server.py'],
    ['../other/repo/blob/main/x.py', undefined],
    ['src/../../x', undefined],
    ['/etc/passwd', undefined],
    ['src\\..\\..\\x', undefined],
    ['src/\nx.py', undefined],
    ['..', undefined],
    ['', undefined],
  ])('repositoryPath(%j) is %j', (input, expected) => {
    expect(repositoryPath(input)).toBe(expected);
  });

  it('never links a source file that climbs out of the repository (it is shown as text)', () => {
    const provenance = { method: 'source' as const, repository: 'https://github.com/acme/mcp', commit: 'abc', extractedOn: '2026-01-01' };
    const link = (file: string, repository = provenance.repository) =>
      sourceLink({ ...provenance, repository }, { name: 't', inputSchema: { type: 'object' }, atlas: { source: { file, line: 4 } } })?.href;
    expect(link('./src//server.py')).toBe('https://github.com/acme/mcp/blob/abc/src/server.py#L4');
    expect(link('../../evil/repo/blob/main/x.py')).toBeUndefined();
    expect(link('src/%2e%2e/%2e%2e/x')).toBe('https://github.com/acme/mcp/blob/abc/src/%252e%252e/%252e%252e/x#L4');
    for (const repository of [
      'https://github.com/acme/mcp?x=/',
      'https://github.com/acme',
      'https://github.com/acme/..',
      'https://github.com.evil.example/acme/mcp',
    ])
      expect(link('src/a.py', repository), repository).toBeUndefined();
  });

  it.each([
    ['/\\evil.example/x', 'expected no spaces, control characters or backslashes'],
    ['//evil.example/x', 'expected a site path starting with a single "/"'],
    ['/\t/evil.example/x', 'expected no spaces, control characters or backslashes'],
    ['/\n/evil.example/x', 'expected no spaces, control characters or backslashes'],
    ['/../../other-site/', 'expected a site path without "." or ".." segments (it resolves to "/other-site/")'],
    ['/%2e%2e/x', 'expected a site path without "." or ".." segments'],
    ['/x/./y', 'expected a site path without "." or ".." segments'],
    ['javascript:alert(1)', 'expected an http(s) URL, a mailto: link or a site path starting with /'],
    ['https:/\\evil.example', 'expected no spaces, control characters or backslashes'],
    ['\u0000/x', 'expected no spaces, control characters or backslashes'],
  ])('refuses the settings href %j', (href, message) => {
    expect(hrefProblem(href)).toContain(message);
  });

  it.each(['/methodology/', '/servers/?q=a/../b', 'https://example.org/docs', 'mailto:atlas@example.org', '/café/'])(
    'accepts the settings href %j',
    (href) => {
      expect(hrefProblem(href)).toBeUndefined();
    },
  );

  it('names the settings file and field of a href that leaves the site', () => {
    const { dir } = catalogue();
    const settings = JSON.parse(readFileSync(path.join(ROOT, 'content/settings.json'), 'utf8'));
    settings.callToAction.primary.href = '/\\evil.example/x';
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
    expect(() => loadSettings(dir)).toThrow(
      /settings\.json: callToAction\.primary\.href: expected no spaces, control characters or backslashes in a link/,
    );
  });
});

describe('many files', () => {
  it('reads a catalogue of 500 files, more than are opened at once, in order', async () => {
    const { dir, servers } = catalogue();
    for (let i = 0; i < 500; i++)
      writeFileSync(path.join(servers, `s${String(i).padStart(3, '0')}.json`), GOOD.replace('"Good"', `"Good ${i}"`));
    const { servers: loaded, problems } = await loadCatalogue(dir);
    expect(problems).toEqual([]);
    expect(loaded.map((server) => server.server.name).slice(0, 3)).toEqual(['Good 0', 'Good 1', 'Good 2']);
    expect(buildCatalogue([]).problems.map(formatProblem)).toEqual(['servers/: $: no server files (*.json) found']);
  });
});
