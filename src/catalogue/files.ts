/**
 * Node-only: reading the files of a catalogue without ever leaving it. A symbolic link in a
 * catalogue could point anywhere (/etc/passwd, a file of another project, itself), so links are
 * refused, never followed; so is anything that is not a regular file (a folder named x.json, a
 * FIFO, which would block a reader for ever). The check and the read are one: the file is opened
 * with O_NOFOLLOW (a link fails to open) and O_NONBLOCK (a FIFO opens without waiting), and what
 * was opened is checked with fstat, so nothing can be swapped in between.
 */
import { constants, fstatSync, openSync, closeSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeUtf8 } from './json.ts';

/** Server and settings files larger than this are refused: a catalogue file of gigabytes is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export type ReadText = { text: string } | { problem: string };

/** What kind of thing a non-regular file is, for a message. */
export function kindOf(
  stats: Pick<Stats, 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>,
): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** The message for a symbolic link in a catalogue. */
export const SYMLINK_MESSAGE =
  'is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link: put the file itself here';

/** The problem of a file that is not there. */
export const FILE_NOT_FOUND = 'file not found';

function openProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return SYMLINK_MESSAGE;
  if (code === 'ENOENT') return FILE_NOT_FOUND;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? (error as Error).message})`;
}

function checked(stats: Stats): string | undefined {
  if (!stats.isFile()) return `is ${kindOf(stats)}, not a file; the atlas reads only regular files`;
  if (stats.size > MAX_FILE_BYTES)
    return `is ${stats.size.toLocaleString('en')} bytes; a catalogue file may be at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`;
  return undefined;
}

function decoded(bytes: Uint8Array): ReadText {
  const text = decodeUtf8(bytes);
  return 'text' in text ? text : { problem: text.message };
}

/** The UTF-8 text of the regular file `file`, never following a link; or what is wrong with it. */
export async function readRegularFile(file: string): Promise<ReadText> {
  let handle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    return { problem: openProblem(error) };
  }
  try {
    const problem = checked(await handle.stat());
    if (problem) return { problem };
    return decoded(await handle.readFile());
  } catch (error) {
    return { problem: openProblem(error) };
  } finally {
    await handle.close();
  }
}

/** `readRegularFile`, synchronously (for the site settings, read while Astro renders). */
export function readRegularFileSync(file: string): ReadText {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    return { problem: openProblem(error) };
  }
  try {
    const problem = checked(fstatSync(fd));
    if (problem) return { problem };
    return decoded(readFileSync(fd));
  } catch (error) {
    return { problem: openProblem(error) };
  } finally {
    closeSync(fd);
  }
}
