/**
 * Node: a digest of everything besides the catalogue that decides what a build writes: the site's
 * code and templates (src/), the attack patterns, docs and gateway guides (content/ without
 * servers/), public/, the Astro config, the build script and the exact dependencies
 * (package-lock.json). An incremental build reuses what the last build wrote only while this
 * digest is the same; any change to code or dependencies rebuilds the whole site, since no build
 * can tell which pages a change in a component or in the risk engine touches.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Folders and files of the project, relative to its root, that the site is made from. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'scripts/build.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** The bundled catalogue is data, compared server by server; it is not code. */
const NOT_CODE = new Set(['content/servers']);

async function filesUnder(root: string, relative: string, out: string[]): Promise<void> {
  if (NOT_CODE.has(relative)) return;
  let entries;
  try {
    entries = await readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      out.push(relative);
      return;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const child = `${relative}/${entry.name}`;
    if (entry.isDirectory()) await filesUnder(root, child, out);
    else if (entry.isFile()) out.push(child);
  }
}

export async function codeDigest(root: string): Promise<string> {
  const files: string[] = [];
  for (const source of SOURCES) await filesUnder(root, source, files);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
