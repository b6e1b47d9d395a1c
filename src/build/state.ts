/**
 * Node: what a build leaves for the next one, beside Astro's caches (one folder per catalogue and
 * output folder, scripts/build.ts): for every server, the digest of its file and its summary, so
 * the next build reads and classifies only the files that changed; what each tool page shows of
 * other servers (its related tools), so pages whose related tools changed are found; the search
 * shards; where each server's records sit in the data exports; and the size and time of a few
 * files of the output, so a site changed or replaced by anything else is never patched.
 * The search records of each server are kept beside it, one file per server (records/<slug>.json).
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ServerSummarySchema } from '../site/summary.ts';

/** Bumped when the state's shape or meaning changes: an older state then means a whole build. */
export const STATE_VERSION = 2;

/** Where a server's part of one export file lies: bytes [start, end). */
export const ByteRangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type ByteRange = z.infer<typeof ByteRangeSchema>;

/** A server's records in the data exports, so the next build copies them instead of classifying the server again. */
export const ExportRangesSchema = z.object({
  json: ByteRangeSchema.describe('Its record in atlas.json (without the separator).'),
  csv: ByteRangeSchema.describe('Its rows in atlas.csv.'),
  llmsFull: ByteRangeSchema.describe('Its tools in llms-full.txt.'),
});
export type ExportRanges = z.infer<typeof ExportRangesSchema>;

export const ServerStateSchema = z.object({
  name: z.string().describe('Its file\'s name in servers/ ("acme.json").'),
  digest: z.string().describe("SHA-256 of the file's text."),
  summary: ServerSummarySchema,
  exports: ExportRangesSchema.optional().describe(
    "Where its records are in the site's exports; absent in a slice, whose exports hold only its own servers.",
  ),
});
export type ServerState = z.infer<typeof ServerStateSchema>;

export const ShardStateSchema = z.object({
  folder: z.string().describe("Site-relative folder of the shard's index."),
  servers: z.array(z.string()).describe('Slugs of its servers, in catalogue order.'),
});

/** A file of the output as the build left it: if its size or time differ, something else wrote there. */
export const SentinelSchema = z.object({ file: z.string(), size: z.number(), mtimeMs: z.number() });
export type Sentinel = z.infer<typeof SentinelSchema>;

export const BuildStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  code: z.string().describe('Digest of the code and content the site was built with (src/build/code-digest.ts).'),
  options: z.string().describe('Digest of the settings that change every page: site URL, base path, settings.json, shard size.'),
  outDir: z.string().describe('The output folder the state describes.'),
  sentinels: z.array(SentinelSchema),
  servers: z.array(ServerStateSchema).describe('Every server of the catalogue, in catalogue order.'),
  related: z.record(z.string(), z.string()).describe('For each tool page, a digest of what it shows of other servers.'),
  shards: z.array(ShardStateSchema),
});
export type BuildState = z.infer<typeof BuildStateSchema>;

/** Files of the output whose size and time identify the site a state describes. */
export const SENTINEL_FILES = ['index.html', 'sitemap-index.xml', 'atlas.json', 'pagefind/shards.json'];

export async function sentinelsOf(outDir: string): Promise<Sentinel[]> {
  const sentinels: Sentinel[] = [];
  for (const file of SENTINEL_FILES) {
    const stats = await stat(path.join(outDir, file)).catch(() => undefined);
    if (stats) sentinels.push({ file, size: stats.size, mtimeMs: stats.mtimeMs });
  }
  return sentinels;
}

const stateFile = (dir: string) => path.join(dir, 'state.json');
/** The folder of the search records a build kept, one file per server (`<slug>.json`). */
export const recordsDir = (dir: string) => path.join(dir, 'records');

/** The last build's state in `dir`, or why there is none to use. */
export async function readState(dir: string): Promise<{ state: BuildState } | { missing: string }> {
  let text: string;
  try {
    text = await readFile(stateFile(dir), 'utf8');
  } catch {
    return { missing: 'no earlier build of this catalogue into this folder' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { missing: "the last build's state is unreadable" };
  }
  if ((json as { version?: unknown } | null)?.version !== STATE_VERSION)
    return { missing: "the last build's state is from another version of the build" };
  const parsed = BuildStateSchema.safeParse(json);
  return parsed.success
    ? { state: parsed.data }
    : { missing: `the last build's state does not fit its schema (${parsed.error.issues[0]?.message ?? ''})` };
}

/** Writes the state last and by rename, so a build that stops half-way leaves the old state or none. */
export async function writeState(dir: string, state: BuildState): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = `${stateFile(dir)}.tmp-${process.pid}`;
  await writeFile(temporary, JSON.stringify(state));
  await rename(temporary, stateFile(dir));
}

/** Forgets the last build (before a whole build, or when its output was replaced). */
export async function clearState(dir: string): Promise<void> {
  await rm(stateFile(dir), { force: true });
  await rm(path.join(dir, 'records'), { recursive: true, force: true });
}
