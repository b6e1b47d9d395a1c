/** Articles, word splitting and quoting of untrusted text. */
import { describe, expect, it } from 'vitest';
import { article, articleFor } from '../../../src/risk/article.ts';
import { quoted, snippet } from '../../../src/risk/text.ts';
import { splitWords } from '../../../src/risk/words.ts';

describe('article', () => {
  it.each([
    ['Execute', 'an Execute'],
    ['Read', 'a Read'],
    ['Write', 'a Write'],
    ['Destructive', 'a Destructive'],
    ['Financial', 'a Financial'],
    ['high', 'a high'],
    ['hour', 'an hour'],
    ['MCP', 'an MCP'],
    ['SQL', 'an SQL'],
    ['URL', 'a URL'],
    ['user', 'a user'],
    ['unknown', 'an unknown'],
    ['one-off', 'a one-off'],
    ['IAM', 'an IAM'],
  ])('%s -> %s', (word, expected) => {
    expect(article(word)).toBe(expected);
  });

  it('never gives "a" to a category that starts with a vowel', () => {
    expect(articleFor('Execute')).toBe('an');
  });
});

describe('splitWords', () => {
  it.each([
    ['build_and_push_image_to_ecr', ['build', 'and', 'push', 'image', 'to', 'ecr']],
    ['ListAHOWorkflows', ['List', 'AHO', 'Workflows']],
    ['InfluxDBWritePoints', ['Influx', 'DB', 'Write', 'Points']],
    ['get-ssh-tunnel-command', ['get', 'ssh', 'tunnel', 'command']],
    ['files.read', ['files', 'read']],
    ['executeQuery', ['execute', 'Query']],
    ['AuthorizeQIndex', ['Authorize', 'Q', 'Index']],
    ['löschen_datei', ['löschen', 'datei']],
    ['删除文件', ['删除文件']],
  ])('%s', (name, words) => {
    expect(splitWords(name).map((w) => w.text)).toEqual(words);
  });
});

describe('quoting untrusted text', () => {
  it('reveals hidden characters (control characters included), keeps emoji whole and collapses whitespace', () => {
    expect(snippet('a\u200Bb\u202Ec\n\n  d\u0007e')).toBe('a⟨U+200B⟩b⟨U+202E⟩c d⟨U+0007⟩e');
    expect(snippet('👩\u200D💻 ❤\uFE0F\t\r\nok')).toBe('👩\u200D💻 ❤\uFE0F ok');
  });

  it('cuts long text at a word boundary', () => {
    expect(quoted('word '.repeat(100), 30)).toMatch(/^“(word ){4,5}word…”$|^“word( word)+…”$/);
  });
});
