/**
 * Node: puts what an incremental build rendered into the output folder, file by file, leaving
 * every other file as it is (same bytes, same time). A file whose bytes did not change is not
 * touched. In the parts of the site the build rendered whole (a changed server's folder, a
 * re-indexed shard, the pages that list the whole catalogue), a file the build did not write any
 * more is deleted; the folders of removed servers and dropped shards go as a whole.
 *
 * Every replaced or deleted file is first moved into a folder beside the output; if anything
 * fails half-way, they are moved back and the output is as it was. Each file is replaced by a
 * rename, so a reader of the live site never sees half a file.
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Ownership {
  /** Whether the build rendered this site-relative folder (`a/b/`) and all below it whole, so that what it did not write there is gone. */
  ownsTree(folder: string): boolean;
  /** Whether it rendered the files directly in this folder (`` is the site's top) whole. */
  ownsFiles(folder: string): boolean;
  /** Site-relative folders (`servers/x/`) to delete whole. */
  deleted: readonly string[];
}

export interface ApplyReport {
  written: number;
  unchanged: number;
  deleted: number;
}

async function walk(root: string, relative = ''): Promise<string[]> {
  const files: string[] = [];
  let entries;
  try {
    entries = await readdir(path.join(root, relative), { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(root, child)));
    else files.push(child);
  }
  return files;
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (!sb || !sb.isFile() || sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
  return ba.equals(bb);
}

/** The folders of a site-relative file, innermost first: `a/b/c.html` -> `a/b/`, `a/`, ``. */
function foldersOf(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, i) => `${parts.slice(0, parts.length - i).join('/')}/`).concat('');
}

/** Files of the output inside folders the build owns, for finding those it did not write again. */
async function ownedFiles(outDir: string, ownership: Ownership): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string) => {
    let entries;
    try {
      entries = await readdir(path.join(outDir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = `${relative}${entry.name}`;
      if (entry.isDirectory()) {
        const folder = `${child}/`;
        if (ownership.ownsTree(folder)) found.push(...(await walk(outDir, child)));
        // Only descend where an owned folder may still be below (servers/, pagefind-shards/).
        else if (relative === '') await visit(folder);
      } else if (ownership.ownsFiles(relative)) found.push(child);
    }
  };
  await visit('');
  return found;
}

export async function applyIncremental(staging: string, outDir: string, ownership: Ownership): Promise<ApplyReport> {
  const backup = `${outDir}.apply-${process.pid}`;
  await rm(backup, { recursive: true, force: true });
  /** Moves done so far: [from, to], undone in reverse on failure. */
  const journal: [string, string][] = [];
  const move = async (from: string, to: string) => {
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
    journal.push([from, to]);
  };
  const report: ApplyReport = { written: 0, unchanged: 0, deleted: 0 };
  try {
    const staged = await walk(staging);
    const stagedSet = new Set(staged);
    for (const file of staged) {
      const target = path.join(outDir, file);
      if (await sameBytes(path.join(staging, file), target)) {
        report.unchanged++;
        continue;
      }
      if (await stat(target).catch(() => undefined)) await move(target, path.join(backup, file));
      await move(path.join(staging, file), target);
      report.written++;
    }
    for (const file of await ownedFiles(outDir, ownership)) {
      if (stagedSet.has(file)) continue;
      await move(path.join(outDir, file), path.join(backup, file));
      report.deleted++;
    }
    for (const folder of ownership.deleted) {
      const from = path.join(outDir, folder);
      if (!(await stat(from).catch(() => undefined))) continue;
      report.deleted += (await walk(from)).length;
      await move(from, path.join(backup, folder));
    }
  } catch (error) {
    for (const [from, to] of journal.reverse()) await rename(to, from).catch(() => undefined);
    await rm(backup, { recursive: true, force: true });
    throw error;
  }
  await rm(backup, { recursive: true, force: true });
  // Folders the deletions emptied (a removed tool's, a list page no longer needed).
  for (const [, to] of journal) {
    if (!to.startsWith(backup)) continue;
    for (const folder of foldersOf(path.relative(backup, to).split(path.sep).join('/'))) {
      if (folder === '') break;
      if (
        !(await rmdir(path.join(outDir, folder)).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  return report;
}
