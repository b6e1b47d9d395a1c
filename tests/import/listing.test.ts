import { describe, expect, it } from 'vitest';
import { checkListedTools, readPage, readSavedListing } from '../../src/catalogue/import/listing.ts';
import { parseEnvPairs, resolveToday, splitCommand } from '../../src/catalogue/import/options.ts';
import { formatProblem } from '../../src/catalogue/problems.ts';

const ok = (name: string) => ({ name, inputSchema: { type: 'object' } });

describe('checkListedTools', () => {
  it('names the tool and the field of a tool that breaks the schema', () => {
    const { problems } = checkListedTools('node server.js', 'acme', [ok('a'), ok('b'), { name: 'x', inputSchema: { type: 'string' } }]);
    expect(problems.map(formatProblem)).toEqual([
      'node server.js: tools[2].inputSchema.type: expected "object" (tool "x" of server "acme")',
    ]);
  });

  it.each([
    [[{ inputSchema: { type: 'object' } }], 'node s.js: tools[0].name: expected string, received undefined (tool #0 of server "acme")'],
    [[{ name: 'a' }], 'node s.js: tools[0].inputSchema: expected object, received undefined (tool "a" of server "acme")'],
    [
      [{ name: 'a', inputSchema: { type: 'object' }, description: 7 }],
      'node s.js: tools[0].description: expected string, received number (tool "a" of server "acme")',
    ],
    [
      [{ name: 'a', inputSchema: { type: 'object' }, annotations: { readOnlyHint: 'yes' } }],
      'node s.js: tools[0].annotations.readOnlyHint: expected boolean, received string (tool "a" of server "acme")',
    ],
    [[ok('a'), 'tool'], 'node s.js: tools[1]: expected object, received string (tool #1 of server "acme")'],
    [[ok('a'), ok('b'), ok('a')], 'node s.js: tools[2].name: duplicate tool name "a": tools[0] has the same name'],
  ])('%j', (tools, message) => {
    expect(checkListedTools('node s.js', 'acme', tools).problems.map(formatProblem)).toEqual([message]);
  });

  it('passes good tools through, keeping keys it does not know, without a planted atlas key', () => {
    const { tools, problems } = checkListedTools('s', undefined, [
      { ...ok('a'), execution: { taskSupport: 'optional' }, atlas: { override: { risk: 'low' } } },
    ]);
    expect(problems).toEqual([]);
    expect(tools).toEqual([{ ...ok('a'), execution: { taskSupport: 'optional' } }]);
  });
});

describe('readPage', () => {
  it('wants tools as an array and a string cursor', () => {
    expect(readPage('s', { tools: [ok('a')], nextCursor: 'n' })).toEqual({ tools: [ok('a')], nextCursor: 'n' });
    expect((readPage('s', { tools: {} }) as never[]).map(formatProblem)).toEqual(['s: tools: expected array, received object']);
    expect((readPage('s', { tools: [], nextCursor: 2 }) as never[]).map(formatProblem)).toEqual([
      's: nextCursor: expected string, received number',
    ]);
  });
});

describe('readSavedListing', () => {
  const tools = [ok('a'), ok('b')];
  it.each([
    ['a bare result', { tools }],
    ['a JSON-RPC response', { jsonrpc: '2.0', id: 1, result: { tools } }],
    ['pages', [{ jsonrpc: '2.0', id: 1, result: { tools: [ok('a')], nextCursor: 'p2' } }, { tools: [ok('b')] }]],
  ])('reads %s', (_, json) => {
    expect(readSavedListing('f.json', json)).toEqual({ tools, problems: [], incomplete: false });
  });

  it('says when the last page still has a cursor', () => {
    expect(readSavedListing('f.json', { tools, nextCursor: 'more' }).incomplete).toBe(true);
  });

  it.each([
    [
      { jsonrpc: '2.0', id: 1, error: { code: -32601, message: 'Method not found' } },
      'f.json: error: the saved response is a JSON-RPC error, not a tool list: -32601 "Method not found"',
    ],
    [[{ tools }, { result: { tools: 'x' } }], 'f.json: [1].result.tools: expected array, received string'],
    [[], 'f.json: $: an empty array: expected one tools/list result or an array of pages'],
    [{ tool: [] }, 'f.json: tools: expected array, received undefined'],
  ])('rejects %j', (json, message) => {
    expect(readSavedListing('f.json', json).problems.map(formatProblem)).toEqual([message]);
  });
});

describe('splitCommand', () => {
  it.each([
    ['node server.js', ['node', 'server.js']],
    ['  npx  -y   @acme/server ', ['npx', '-y', '@acme/server']],
    ['node -e "process.exit(3)"', ['node', '-e', 'process.exit(3)']],
    [`node -e 'console.log("hi")'`, ['node', '-e', 'console.log("hi")']],
    ['run "a \\"quoted\\" word" \'$HOME\' \\$PATH', ['run', 'a "quoted" word', '$HOME', '$PATH']],
    ['say "" end', ['say', '', 'end']],
    ['/opt/my\\ server/bin --flag=a\\ b', ['/opt/my server/bin', '--flag=a b']],
    ['', []],
  ])('%s', (text, words) => {
    expect(splitCommand(text)).toEqual(words);
  });

  it('refuses an unclosed quote', () => {
    expect(splitCommand('node -e "oops')).toEqual({ error: 'unclosed double quote in "node -e \\"oops"' });
  });
});

describe('parseEnvPairs and resolveToday', () => {
  it('reads NAME=VALUE, values may hold "="', () => {
    expect(parseEnvPairs(['A=1', 'B=x=y', 'C='])).toEqual({ env: { A: '1', B: 'x=y', C: '' } });
    expect(parseEnvPairs(['=1'])).toEqual({ error: '--env "=1": expected NAME=VALUE' });
    expect(parseEnvPairs(['NOVALUE'])).toEqual({ error: '--env "NOVALUE": expected NAME=VALUE' });
  });

  it('takes ATLAS_TODAY when set, else the UTC date', () => {
    expect(resolveToday({ ATLAS_TODAY: '2026-02-03' })).toBe('2026-02-03');
    expect(resolveToday({}, new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
    expect(resolveToday({ ATLAS_TODAY: 'tomorrow' })).toEqual({ error: 'ATLAS_TODAY="tomorrow": expected a date as YYYY-MM-DD' });
  });
});
