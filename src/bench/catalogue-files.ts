/**
 * Node-only: writes a synthetic catalogue to disk, and tells whether one already written can be
 * reused. A manifest (`synthetic.json`, beside `servers/`) records what was generated; the
 * catalogue loader only reads `servers/*.json`, so the manifest does not disturb a build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatServerFile } from '../catalogue/format.ts';
import { GENERATOR_VERSION, generateServers, type SyntheticOptions } from './synthetic.ts';

export interface CatalogueManifest {
  generator: 'atlas-synthetic';
  version: number;
  seed: number;
  tools: number;
  servers: number;
}

export const MANIFEST = 'synthetic.json';

export function readManifest(dir: string): CatalogueManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as CatalogueManifest;
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds the catalogue these options generate (same generator version, seed and size). */
export function isReusable(dir: string, options: Required<SyntheticOptions>): boolean {
  const manifest = readManifest(dir);
  return (
    manifest?.generator === 'atlas-synthetic' &&
    manifest.version === GENERATOR_VERSION &&
    manifest.seed === options.seed &&
    manifest.tools === options.tools
  );
}

/**
 * Writes `dir/servers/<slug>.json` for every server, then the manifest (last, so an interrupted
 * run is never mistaken for a complete one). Refuses to touch a `servers/` folder holding other
 * JSON files unless `replace` is set, so a wrong `--out` cannot wipe a real catalogue.
 */
export function writeSyntheticCatalogue(dir: string, options: Required<SyntheticOptions>, replace = false): CatalogueManifest {
  const serversDir = path.join(dir, 'servers');
  const existing = existsSync(serversDir) ? readdirSync(serversDir).filter((name) => name.endsWith('.json')) : [];
  if (existing.length > 0 && !replace && readManifest(dir) === undefined) {
    throw new Error(
      `${serversDir} already holds ${existing.length} server files and is not a synthetic catalogue; choose another folder or pass --force`,
    );
  }
  rmSync(path.join(dir, MANIFEST), { force: true });
  rmSync(serversDir, { recursive: true, force: true });
  mkdirSync(serversDir, { recursive: true });
  let servers = 0;
  let tools = 0;
  for (const { baseName, server } of generateServers(options)) {
    writeFileSync(path.join(serversDir, `${baseName}.json`), formatServerFile(server));
    servers++;
    tools += server.tools.length;
  }
  const manifest: CatalogueManifest = { generator: 'atlas-synthetic', version: GENERATOR_VERSION, seed: options.seed, tools, servers };
  writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
