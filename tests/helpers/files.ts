/** What a test sees of a folder tree: every file, and every file's hash (to show that nothing changed). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every entry under `dir` that is not a folder (a link is followed, so a link to a file counts), relative, forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !statSync(path.join(dir, file)).isDirectory())
    .sort();
}

/** The sha256 of every file under `dir`, by relative path. */
export function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}
