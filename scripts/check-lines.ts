/**
 * `npm run check:lines`: no line of the source (src/, scripts/) is longer than the formatter's
 * width, outside the data tables. Prettier wraps code but leaves a long string, regular expression
 * or comment as it is; this check catches those. Data tables (one rule or one word per entry, each
 * entry a sentence) are exempt: a rule's summary reads best whole. In an .astro template, where a
 * line break between tags and text renders as whitespace, a long line breaks inside a tag
 * (`<code\n>`) or moves its sentence into a frontmatter constant.
 *
 * Prints every long line as FILE:LINE: N characters, and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const WIDTH = 140;
const ROOTS = ['src', 'scripts'];
const SOURCE = /\.(ts|mjs|astro)$/;
/** The data tables: rule rows and word lists, whose entries are sentences. */
const DATA_TABLES = [/^src\/risk\/rules\//, /^src\/risk\/lexicon\.ts$/, /^src\/bench\/vocabulary\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.isFile() && SOURCE.test(entry.name) ? [file] : [];
  });
}

const failures: string[] = [];
for (const file of ROOTS.flatMap(sourceFiles).sort()) {
  if (DATA_TABLES.some((table) => table.test(file))) continue;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      // Characters as a reader counts them, not UTF-16 units.
      const length = [...line].length;
      if (length > WIDTH) failures.push(`${file}:${index + 1}: ${length} characters`);
    });
}

for (const line of failures) console.log(line);
console.log(
  failures.length === 0
    ? `no line over ${WIDTH} characters outside the data tables`
    : `${failures.length} lines over ${WIDTH} characters outside the data tables: see above`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
