/**
 * Node: how much a folder holds, for the build's and the benchmark's reports (the search index's
 * size, a site's output). Symbolic links are not followed.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
  /** Files named `*.html`. */
  htmlFiles: number;
}

/** Bytes and number of the files under `dir` (symbolic links not followed); zeros if it does not exist. */
export async function folderSize(dir: string): Promise<FolderSize> {
  const size: FolderSize = { bytes: 0, files: 0, htmlFiles: 0 };
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return size;
  }
  const files = entries.filter((entry) => entry.isFile());
  // Bounded parallelism: 250,000 lstat calls at once would only queue in libuv's pool anyway.
  for (let i = 0; i < files.length; i += 256) {
    const stats = await Promise.all(files.slice(i, i + 256).map((entry) => lstat(path.join(entry.parentPath, entry.name))));
    for (const stat of stats) size.bytes += stat.size;
  }
  size.files = files.length;
  size.htmlFiles = files.filter((entry) => entry.name.endsWith('.html')).length;
  return size;
}
