import { describe, expect, it } from 'vitest';
import { jsonLdText } from '../../src/site/json-ld.ts';
import { parameterCountLabel, parameterRows } from '../../src/site/parameters.ts';
import { highlightJson } from '../../src/site/highlight.ts';
import { joinBase, safeExternalUrl } from '../../src/site/urls.ts';

describe('jsonLdText', () => {
  it('cannot be closed by text inside it, and parses back to the same object', () => {
    const data = { text: '</script><script>alert(1)</script> & \u2028 <!--' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('parameterRows', () => {
  it('lists arguments with type, required flag, description and allowed values', () => {
    expect(
      parameterRows({
        type: 'object',
        properties: {
          path: { type: 'string', description: 'Where' },
          mode: { type: 'string', enum: ['read', 'write'] },
          limit: { type: ['integer', 'null'] },
          tags: { type: 'array', items: { type: 'string' } },
          choice: { anyOf: [{ type: 'string' }, { type: 'number' }] },
          ref: { $ref: '#/$defs/thing' },
        },
        required: ['path'],
      }),
    ).toEqual([
      { name: 'path', depth: 0, type: 'string', required: true, description: 'Where' },
      { name: 'mode', depth: 0, type: 'string', required: false, values: ['read', 'write'] },
      { name: 'limit', depth: 0, type: 'integer | null', required: false },
      { name: 'tags', depth: 0, type: 'array of string', required: false },
      { name: 'choice', depth: 0, type: 'string | number', required: false },
      { name: 'ref', depth: 0, type: 'reference to #/$defs/thing', required: false },
    ]);
  });

  it('flattens nested objects under dotted names, and stops at a bounded depth', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50; i++) deep = { type: 'object', properties: { inner: deep }, required: ['inner'] };
    const rows = parameterRows({ type: 'object', properties: { root: deep } });
    expect(rows.map((row) => row.name)).toEqual(['root', 'root.inner', 'root.inner.inner', 'root.inner.inner.inner']);
    expect(rows[1]!.required).toBe(true);
  });

  it('counts parameters in words', () => {
    expect(parameterCountLabel({ type: 'object' })).toBe('no parameters');
    expect(parameterCountLabel({ type: 'object', properties: { a: {} }, required: ['a'] })).toBe('1 parameter, 1 required');
    expect(parameterCountLabel({ type: 'object', properties: { a: {}, b: {}, c: {} }, required: ['a', 'b'] })).toBe(
      '3 parameters, 2 required',
    );
    expect(parameterCountLabel({ type: 'object', properties: { a: {}, b: {} } })).toBe('2 parameters, none required');
  });
});

describe('highlightJson', () => {
  it('gives HTML whose text is exactly the JSON, with the name escaped, from one cached shape', async () => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
    const textOf = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|amp));/gi, (_, hex: string, dec: string, name: string) =>
          hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : named[name]!,
        );
    for (const name of [
      'read_file',
      'evil</span><script>x</script>',
      'quote"name',
      'back\\slash',
      '0',
      '1',
      'max',
      ':',
      '__proto__',
      'a',
    ]) {
      const value = JSON.parse(JSON.stringify({ tools: { [name]: { limits: [{ counter: `${name}_rate`, max: 10, window: 'minute' }] } } }));
      if (name === '__proto__') Object.defineProperty(value.tools, name, { value: { limits: [] }, enumerable: true });
      const html = await highlightJson(value, name);
      expect(html).not.toContain('<script>');
      expect(textOf(html)).toBe(JSON.stringify(value, null, 2));
    }
  });
});

describe('urls', () => {
  it('joins base paths', () => {
    expect(joinBase('/', 'servers/x/')).toBe('/servers/x/');
    expect(joinBase('/atlas/', '/servers/')).toBe('/atlas/servers/');
    expect(joinBase('/atlas', '')).toBe('/atlas/');
  });
  it('links only http(s) URLs from catalogue data', () => {
    expect(safeExternalUrl('https://github.com/awslabs/mcp')).toBe('https://github.com/awslabs/mcp');
    expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeExternalUrl('not a url')).toBeUndefined();
  });
});
