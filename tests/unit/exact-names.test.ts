import { describe, expect, it } from 'vitest';
import { exactNamesFirst } from '../../src/search/exact-names.ts';
import type { NameHit } from '../../src/search/name-index.ts';

const hit = (name: string, path: string, rank: number): NameHit => ({ type: 'tool', name, path, serverName: 'Server', rank });
const result = (url: string) => ({ url, excerpt: '' });

describe('exact names first in the full-text answer', () => {
  it('moves the result of the exactly named tool to the top, keeping the others in order', () => {
    const results = [result('/servers/b/other/'), result('/servers/a/build/'), result('/servers/c/third/')];
    const placed = exactNamesFirst(results, [hit('build', 'servers/a/build/', 0)], '/');
    expect(placed.lead).toEqual([{ result: results[1] }]);
    expect(placed.rest.map((one) => one.url)).toEqual(['/servers/b/other/', '/servers/c/third/']);
    expect([...placed.pinned]).toEqual(['/servers/a/build/']);
  });

  it('leads with the name match itself when the first page of results lacks it, and pins it for later pages', () => {
    const results = [result('/atlas/servers/b/other/')];
    const exact = hit('build', 'servers/a/build/', 0);
    const placed = exactNamesFirst(results, [exact], '/atlas/');
    expect(placed.lead).toEqual([{ hit: exact }]);
    expect(placed.rest).toEqual(results);
    expect(placed.pinned.has('/atlas/servers/a/build/')).toBe(true);
  });

  it('leaves the answer alone when no name is the whole query (prefix and word matches are not exact)', () => {
    const results = [result('/servers/b/other/'), result('/servers/a/build-all/')];
    const placed = exactNamesFirst(results, [hit('build_all', 'servers/a/build-all/', 1), hit('x build', 'servers/a/x/', 2)], '/');
    expect(placed.lead).toEqual([]);
    expect(placed.rest).toEqual(results);
    expect(placed.pinned.size).toBe(0);
  });

  it('keeps the name index order among several tools of the same name on different servers, each once', () => {
    const results = [result('/servers/z/get/'), result('/servers/y/get/')];
    const hits = [hit('get', 'servers/y/get/', 0), hit('get', 'servers/z/get/', 0), hit('get', 'servers/y/get/', 0)];
    const placed = exactNamesFirst(results, hits, '/');
    expect(placed.lead).toEqual([{ result: results[1] }, { result: results[0] }]);
    expect(placed.rest).toEqual([]);
  });

  it('leads with at most `limit` exact matches (a common name is on hundreds of servers), the rest left where the answer put them', () => {
    const hits = Array.from({ length: 30 }, (_, i) => hit('list_streams', `servers/s${i}/list-streams/`, 0));
    const results = [result('/servers/s25/list-streams/'), result('/servers/other/x/')];
    const placed = exactNamesFirst(results, hits, '/', 20);
    expect(placed.lead).toHaveLength(20);
    expect(placed.lead.every((entry) => 'hit' in entry)).toBe(true);
    expect(placed.rest.map((one) => one.url)).toEqual(['/servers/s25/list-streams/', '/servers/other/x/']);
    expect(placed.pinned.size).toBe(20);
  });
});
