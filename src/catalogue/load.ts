/**
 * Node-only: reads a catalogue folder from disk. The checks themselves are pure (`catalogue.ts`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalogue, type Catalogue, type RawServerFile } from './catalogue.ts';
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

export async function readServerFiles(catalogueDir: string): Promise<RawServerFile[] | Problem> {
  const serversDir = path.join(catalogueDir, 'servers');
  let names: string[];
  try {
    names = (await readdir(serversDir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return { file: displayPath(serversDir), path: '$', message: 'folder not found (a catalogue folder holds servers/<name>.json)' };
  }
  return Promise.all(
    names.map(async (name) => {
      const absolute = path.join(serversDir, name);
      return { file: displayPath(absolute), baseName: name.slice(0, -'.json'.length), text: await readFile(absolute, 'utf8') };
    }),
  );
}

export async function loadCatalogue(catalogueDir: string): Promise<Catalogue> {
  const files = await readServerFiles(catalogueDir);
  if (!Array.isArray(files)) return { servers: [], problems: [files] };
  return buildCatalogue(files);
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
