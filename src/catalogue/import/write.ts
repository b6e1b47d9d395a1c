/**
 * Node-only: reading the server file an import updates, and writing its new text so that a reader
 * (the build, git, a crash half-way) only ever sees the old file or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseServerFile } from '../catalogue.ts';
import { displayPath } from '../load.ts';
import type { ServerFile } from '../schema.ts';
import { ImportError } from './error.ts';

/** The server file at `file` with its exact text, or undefined when there is none yet. */
export async function readExistingServerFile(file: string): Promise<{ text: string; server: ServerFile } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = parseServerFile({ file: displayPath(file), baseName: path.basename(file, '.json'), text });
  if (!parsed.server) {
    // Merging into a file we cannot read would lose what it holds (overrides, history): stop instead.
    throw ImportError.fromProblems([
      ...parsed.problems,
      { file: displayPath(file), path: '$', message: 'the existing file has problems: fix them (or move the file away) before importing into it' },
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
