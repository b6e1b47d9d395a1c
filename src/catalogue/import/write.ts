/**
 * Node-only: reading the server file an import updates, and writing its new text so that a reader
 * (the build, git, a crash half-way) only ever sees the old file or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseServerFile } from '../catalogue.ts';
import { FILE_NOT_FOUND, kindOf, readRegularFile } from '../files.ts';
import { displayPath } from '../load.ts';
import type { ServerFile } from '../schema.ts';
import { ImportError } from './error.ts';

/**
 * Refuses an output folder that would take the import elsewhere: `<out>/servers` must be a real
 * folder (or not exist yet), never a symbolic link, which would have the file written wherever it
 * points. The folder is made when missing and checked again, so the check is of what is written to.
 */
export async function ensureServersFolder(serversDir: string): Promise<void> {
  const check = async () => {
    const stats = await lstat(serversDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stats?.isSymbolicLink()) {
      throw new ImportError([
        `${displayPath(serversDir)}: $: is a symbolic link; the importer writes only into ` +
          "the catalogue's own servers/ folder and never follows a link: make it a real folder",
      ]);
    }
    if (stats && !stats.isDirectory()) throw new ImportError([`${displayPath(serversDir)}: $: is ${kindOf(stats)}, not a folder`]);
    return stats !== undefined;
  };
  if (!(await check())) {
    await mkdir(serversDir, { recursive: true });
    await check();
  }
}

/** The server file at `file` with its exact text, or undefined when there is none yet. A link there is refused, never followed. */
export async function readExistingServerFile(file: string): Promise<{ text: string; server: ServerFile } | undefined> {
  const read = await readRegularFile(file);
  if ('problem' in read) {
    if (read.problem === FILE_NOT_FOUND) return undefined;
    throw ImportError.fromProblems([{ file: displayPath(file), path: '$', message: `${read.problem}; nothing was imported` }]);
  }
  const { text } = read;
  const parsed = parseServerFile({ file: displayPath(file), baseName: path.basename(file, '.json'), text });
  if (!parsed.server) {
    // Merging into a file we cannot read would lose what it holds (overrides, history): stop instead.
    throw ImportError.fromProblems([
      ...parsed.problems,
      {
        file: displayPath(file),
        path: '$',
        message: 'the existing file has problems: fix them (or move the file away) before importing into it',
      },
    ]);
  }
  return { text, server: parsed.server.server };
}

/**
 * Writes through a temporary file in the same folder (so the rename cannot cross file systems)
 * and renames it over the target, which POSIX makes atomic. The temporary name starts with a dot
 * and does not end in `.json`, so the catalogue loader never mistakes a leftover for a server.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
