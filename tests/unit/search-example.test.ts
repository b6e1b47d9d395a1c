import { describe, expect, it } from 'vitest';
import { searchExampleName } from '../../src/site/search-example.ts';

describe('the search page example', () => {
  it('is the first plain name at the highest risk the catalogue has', () => {
    expect(
      searchExampleName([
        { name: 'list_notes', risk: 'low' },
        { name: 'delete_note', risk: 'high' },
        { name: 'drop_table', risk: 'high' },
        { name: 'read_note', risk: 'medium' },
      ]),
    ).toBe('delete_note');
  });

  it('never offers a name that is not plain to type (markup, odd Unicode, megabytes)', () => {
    const hostile = ['<script>alert(1)</script>', 'del\u200Bete', 'x'.repeat(5_000_000), 'ab', '_leading'];
    expect(searchExampleName(hostile.map((name) => ({ name, risk: 'critical' as const })))).toBeUndefined();
    expect(searchExampleName([...hostile.map((name) => ({ name, risk: 'critical' as const })), { name: 'get_item', risk: 'low' }])).toBe(
      'get_item',
    );
  });

  it('is absent for an empty catalogue', () => {
    expect(searchExampleName([])).toBeUndefined();
  });
});
