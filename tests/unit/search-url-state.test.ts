import { describe, expect, it } from 'vitest';
import { isEmpty, paramsFromState, stateFromParams, stateKey } from '../../src/scripts/search/url-state.ts';

const state = (query: string) => stateFromParams(new URLSearchParams(query));

describe("the search page's URL", () => {
  it('reads query, filters in the order chosen, and the order; drops empty and repeated values', () => {
    expect(state('q=delete&risk=critical&risk=high&risk=critical&sort=risk-desc&category=')).toEqual({
      query: 'delete',
      sort: 'risk-desc',
      filters: { risk: ['critical', 'high'] },
    });
    expect(state('')).toEqual({ query: '', sort: '', filters: {} });
  });

  it('keeps only the filters the index knows, when told which, and only the orders it offers', () => {
    expect(stateFromParams(new URLSearchParams('q=x&risk=high&colour=red'), new Set(['risk'])).filters).toEqual({ risk: ['high'] });
    expect(state('q=x&sort=alphabetical').sort).toBe('');
  });

  it('writes q first and leaves out what is empty, so the same search is always the same URL', () => {
    expect(paramsFromState({ query: 'delete bucket', sort: 'risk-asc', filters: { type: ['tool'], risk: ['low'] } }).toString()).toBe(
      'q=delete+bucket&type=tool&risk=low&sort=risk-asc',
    );
    expect(paramsFromState({ query: '   ', sort: '', filters: {} }).toString()).toBe('');
    expect(stateKey(state('risk=high&q=a'))).toBe('q=a&risk=high');
  });

  it('reads back what it writes, whatever the text', () => {
    for (const query of ['delete', 'a&b=c', '“quoted” ✓', '  spaced  ', '%41', 'q=1']) {
      const written = { query, sort: 'risk-desc', filters: { server: ['a-b', 'c'] } };
      expect(stateFromParams(paramsFromState(written))).toEqual(query.trim() === '' ? { ...written, query: '' } : written);
    }
  });

  it('is empty with neither words nor filters', () => {
    expect(isEmpty(state('q=%20%20&sort=risk-desc'))).toBe(true);
    expect(isEmpty(state('risk=high'))).toBe(false);
  });
});
