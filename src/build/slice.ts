/**
 * Node: the file a slice of a build across machines (`npm run build -- --shard I/N`) leaves beside
 * its pages, `atlas-slice.json`, which `atlas merge` reads: which slice it is, the code, settings
 * and catalogue it was built from, and its servers (summaries, and where their records are in the
 * slice's export files) and search shards. The merge checks that the slices fit together before
 * it writes anything.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ServerStateSchema, ShardStateSchema } from './state.ts';

export const SLICE_FILE = 'atlas-slice.json';

export const SliceSchema = z.object({
  format: z.literal('mcp-risk-atlas-slice/1'),
  slice: z.number().int().positive().describe('Which slice, from 1.'),
  of: z.number().int().positive().describe('How many slices the build has.'),
  code: z.string().describe('Digest of the code and content it was built with.'),
  options: z.string().describe('Digest of the site URL, base path, settings and shard size.'),
  catalogue: z.string().describe('Digest of every server file of the catalogue (name and digest): every slice must have read the same.'),
  servers: z.array(ServerStateSchema).describe('Its servers, in catalogue order.'),
  shards: z.array(ShardStateSchema).describe('Its search shards, in catalogue order.'),
});
export type Slice = z.infer<typeof SliceSchema>;

/** One digest of a whole catalogue: its files' names and digests, in order. */
export function catalogueDigest(files: readonly { name: string; digest: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    hash.update(`${file.name}\0${file.digest}\n`);
  return hash.digest('hex');
}

export async function writeSlice(dir: string, slice: Slice): Promise<void> {
  await writeFile(path.join(dir, SLICE_FILE), JSON.stringify(slice));
}

export async function readSlice(dir: string): Promise<Slice> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SLICE_FILE), 'utf8');
  } catch {
    throw new Error(`${dir}: not a slice of a build (no ${SLICE_FILE}); build one with \`npm run build -- --shard I/N\``);
  }
  const parsed = SliceSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path.join(dir, SLICE_FILE)}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
