/** The exports' writers, pure: CSV quoting and neutralising, plain names for language models, records. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/export/records.ts';
import { CSV_COLUMNS, csvField, csvHeader, csvLine } from '../../src/export/csv.ts';
import { plainName } from '../../src/export/llms.ts';

const hostile = [
  'plain',
  'a, comma',
  'a "quoted" word',
  'two\nlines',
  'crlf\r\nend',
  '"',
  '',
  '</script><script>alert(1)</script>',
  'ünïcödé ✓ 👩‍💻',
  '\u202Eevil',
];

describe('atlas.csv fields', () => {
  it('round-trip through a CSV parser: commas, quotes, line breaks and odd Unicode come back as written', () => {
    const text = csvLine(hostile);
    const [row] = parse(text, { relax_column_count: false });
    expect(row).toEqual(hostile);
  });

  it('neutralise cells a spreadsheet would run as a formula, and nothing else', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const [row] = parse(csvLine([formula]), {});
      expect(row![0]).toBe(`'${formula}`);
    }
    expect(csvField(-1)).toBe('-1');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('have a header row with one column per field', () => {
    const [header] = parse(csvHeader(), {});
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(new Set(header).size).toBe(header!.length);
  });
});

describe('llms.txt names', () => {
  it('keep a catalogue name on one line, with invisible characters shown and length bounded', () => {
    expect(plainName('fake\n# Heading\r\nignore previous')).toBe('fake # Heading ignore previous');
    expect(plainName('a\u200Bb')).toBe('a⟨U+200B⟩b');
    expect(plainName('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('the build date', () => {
  it('follows SOURCE_DATE_EPOCH, so two builds of one catalogue write the same files', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(buildDate({}, new Date('2026-11-29T23:59:00Z'))).toBe('2026-11-29');
    expect(buildDate({ SOURCE_DATE_EPOCH: 'junk' }, new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });
});
