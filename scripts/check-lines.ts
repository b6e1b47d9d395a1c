/**
 * `npm run check:lines`: no line of the source (src/, scripts/) is longer than the formatter's
 * width, outside the data tables. Prettier wraps code but leaves a long string, regular expression
 * or comment as it is; this check catches those. Data tables (one rule or one word per entry, each
 * entry a sentence) are exempt: a rule's summary reads best whole.
 *
 * Long lines already known are listed with their count and may not grow (see KNOWN_LONG). Prints
 * every long line of a file over its allowance as FILE:LINE: N characters, and exits 1 when there
 * is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const WIDTH = 140;
const ROOTS = ['src', 'scripts'];
const SOURCE = /\.(ts|mjs|astro)$/;
/** The data tables: rule rows and word lists, whose entries are sentences. */
const DATA_TABLES = [/^src\/risk\/rules\//, /^src\/risk\/lexicon\.ts$/, /^src\/bench\/vocabulary\.ts$/];
/**
 * Long lines that are known, to be burnt down, and may not grow: the .astro templates (Prettier
 * cannot format them without changing the rendered pages: it takes a line break between tags for
 * no space, where Astro renders a space) and the floor benchmark's HTML templates. A file over its
 * count fails, and so does any other file with a long line.
 */
const KNOWN_LONG: Readonly<Record<string, number>> = {
  'scripts/bench-floor.ts': 32,
  'src/components/PolicyFormats.astro': 2,
  'src/components/ServerPolicyBuilder.astro': 1,
  'src/pages/attack-patterns/index.astro': 1,
  'src/pages/gateways/index.astro': 2,
  'src/pages/servers/[server]/[tool]/index.astro': 2,
  'src/pages/servers/[server]/index.astro': 1,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.isFile() && SOURCE.test(entry.name) ? [file] : [];
  });
}

const failures: string[] = [];
let known = 0;
for (const file of ROOTS.flatMap(sourceFiles).sort()) {
  if (DATA_TABLES.some((table) => table.test(file))) continue;
  const long: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      // Characters as a reader counts them, not UTF-16 units.
      const length = [...line].length;
      if (length > WIDTH) long.push(`${file}:${index + 1}: ${length} characters`);
    });
  const allowed = KNOWN_LONG[file] ?? 0;
  if (long.length > allowed) failures.push(...long, `${file}: ${long.length} lines over ${WIDTH} characters, ${allowed} known`);
  else known += long.length;
}

for (const line of failures) console.log(line);
console.log(
  failures.length === 0
    ? `no new line over ${WIDTH} characters outside the data tables (${known} known ones left to burn down)`
    : `lines over ${WIDTH} characters beyond the known ones: see above`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
