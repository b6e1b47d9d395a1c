/**
 * Builds the bundled catalogue once for all build and browser tests, into a temporary folder
 * whose path the tests get with `inject('bundledSite')`. Its search index is sharded (see below).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    bundledSite: string;
  }
}

/**
 * Pages per search shard of the test build: the bundled site's index comes in about 20 shards, more
 * than the search worker takes in one group (12), so every search test also proves the browser
 * merges shards into one index and answers from its first group before the others are in (large
 * sites are sharded, 94 shards at 100,000 pages).
 */
export const BUNDLED_SHARD_PAGES = 50;

export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-site-'));
  const outDir = path.join(root, 'dist');
  const result = await runBuild({ OUT_DIR: outDir, CATALOGUE_DIR: 'content', ATLAS_SEARCH_SHARD_PAGES: String(BUNDLED_SHARD_PAGES) });
  if (result.status !== 0) throw new Error(`building the bundled catalogue failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  project.provide('bundledSite', outDir);
  return () => rmSync(root, { recursive: true, force: true });
}
