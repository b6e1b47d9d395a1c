/**
 * Node-only: reads a catalogue folder from disk. The checks themselves are pure (`catalogue.ts`).
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalogue, type Catalogue, type RawServerFile } from './catalogue.ts';
import { kindOf, readRegularFile, SYMLINK_MESSAGE } from './files.ts';
import { formatProblem, type Problem } from './problems.ts';

/** The catalogue folder the build and the CLI use, from `CATALOGUE_DIR` (default `content`). */
export function catalogueDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CATALOGUE_DIR || 'content');
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** Files read at once: enough to keep the disk busy, few enough for any limit on open files. */
const READ_CONCURRENCY = 64;

/**
 * Every entry of `<catalogue>/servers/`, read or reported: regular `*.json` files are read (as
 * UTF-8, never through a link); a symbolic link, a folder, a FIFO, a `.JSON` in capitals or any
 * other file is a problem naming it, so nothing in the folder is skipped without a word.
 * `take` turns each file into what the caller keeps, as it is read (the build keeps a digest and,
 * of most files, a summary, rather than every file's text at once); by default the file itself.
 */
export async function readServerFiles(catalogueDir: string): Promise<{ files: RawServerFile[]; problems: Problem[] }>;
export async function readServerFiles<T>(
  catalogueDir: string,
  take: (raw: RawServerFile) => T,
): Promise<{ files: T[]; problems: Problem[] }>;
export async function readServerFiles<T>(
  catalogueDir: string,
  take?: (raw: RawServerFile) => T,
): Promise<{ files: (T | RawServerFile)[]; problems: Problem[] }> {
  const serversDir = path.join(catalogueDir, 'servers');
  const shownDir = displayPath(serversDir);
  try {
    const stats = await lstat(serversDir);
    if (stats.isSymbolicLink())
      return {
        files: [],
        problems: [{ file: shownDir, path: '$', message: `${SYMLINK_MESSAGE.replace('the file itself', 'the folder itself')}` }],
      };
    if (!stats.isDirectory())
      return {
        files: [],
        problems: [
          { file: shownDir, path: '$', message: `is ${kindOf(stats)}, not a folder (a catalogue folder holds servers/<name>.json)` },
        ],
      };
  } catch {
    return {
      files: [],
      problems: [{ file: shownDir, path: '$', message: 'folder not found (a catalogue folder holds servers/<name>.json)' }],
    };
  }
  const entries = (await readdir(serversDir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: Problem[] = [];
  const toRead: { name: string; file: string; absolute: string }[] = [];
  for (const entry of entries) {
    const absolute = path.join(serversDir, entry.name);
    const file = displayPath(absolute);
    const problem = (message: string) => problems.push({ file, path: '$', message });
    if (entry.isSymbolicLink()) problem(SYMLINK_MESSAGE);
    else if (entry.isDirectory()) problem(`is a folder; servers/ holds only server files (<name>.json): move it out`);
    else if (!entry.isFile()) problem(`is ${kindOf(entry)}, not a server file: remove it from servers/`);
    else if (entry.name.endsWith('.json')) toRead.push({ name: entry.name, file, absolute });
    else if (entry.name.toLowerCase().endsWith('.json'))
      problem(`ends in "${entry.name.slice(-5)}": server files end in ".json", in lower case; rename it`);
    else problem('is not a server file (server files end in ".json"): move it out of servers/');
  }
  const files = new Array<T | RawServerFile | undefined>(toRead.length);
  let next = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const index = next++;
      const { name, file, absolute } = toRead[index]!;
      const read = await readRegularFile(absolute);
      if ('problem' in read) problems.push({ file, path: '$', message: read.problem });
      else {
        const raw: RawServerFile = { file, baseName: name.slice(0, -'.json'.length), text: read.text };
        files[index] = take ? take(raw) : raw;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  return {
    files: files.filter((file) => file !== undefined),
    problems: inListingOrder(
      serversDir,
      entries.map((entry) => entry.name),
      problems,
    ),
  };
}

/** Problems in the order of the folder listing (whatever order the reads finished in); others last. */
function inListingOrder(serversDir: string, names: readonly string[], problems: Problem[]): Problem[] {
  const order = new Map(names.map((name, i) => [displayPath(path.join(serversDir, name)), i]));
  const rank = (problem: Problem) => order.get(problem.file) ?? names.length;
  return problems
    .map((problem, i) => [problem, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([problem]) => problem);
}

export async function loadCatalogue(catalogueDir: string): Promise<Catalogue> {
  const { files, problems } = await readServerFiles(catalogueDir);
  if (files.length === 0 && problems.length > 0) return { servers: [], problems };
  const catalogue = buildCatalogue(files);
  return { servers: catalogue.servers, problems: inFileOrder(catalogueDir, [...problems, ...catalogue.problems]) };
}

/** Problems of a catalogue in the order of their files' names (as a folder lists them), each file's in the order found. */
export function inFileOrder(catalogueDir: string, problems: Problem[]): Problem[] {
  const names = [...new Set(problems.map((problem) => path.basename(problem.file)))].sort();
  return inListingOrder(path.join(catalogueDir, 'servers'), names, problems);
}

/** Thrown when a catalogue has problems; its message lists them all, one per line. */
export class CatalogueError extends Error {
  readonly problems: Catalogue['problems'];
  constructor(problems: Catalogue['problems']) {
    super(`The catalogue has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/** Loads a catalogue and throws a `CatalogueError` listing every problem if there is one. */
export async function loadValidCatalogue(catalogueDir: string): Promise<Catalogue['servers']> {
  const catalogue = await loadCatalogue(catalogueDir);
  if (catalogue.problems.length > 0) throw new CatalogueError(catalogue.problems);
  return catalogue.servers;
}
