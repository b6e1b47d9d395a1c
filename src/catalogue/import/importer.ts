/**
 * Node-only: one import from start to finish, shared by `atlas import` and the refresh script.
 * list (live or from a file) -> check the tools -> merge with the existing file -> check the
 * result as the build would -> write atomically, or not at all when nothing changed.
 * Any failure throws an ImportError before the write, so a bad server leaves the catalogue as it was.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseServerFile } from '../catalogue.ts';
import { formatServerFile } from '../format.ts';
import { displayPath } from '../load.ts';
import { slugify } from '../slug.ts';
import { listToolsLive, type LiveListing, type LiveTarget } from './client.ts';
import { ImportError } from './error.ts';
import { checkListedTools, readSavedListing } from './listing.ts';
import { mergeImport, type ListingSource, type MergeResult, type ServerFields } from './merge.ts';
import { writeFileAtomic, readExistingServerFile } from './write.ts';

export type ImportSource =
  | { kind: 'live'; target: LiveTarget; label: string }
  | { kind: 'file'; path: string };

export interface ImportOptions {
  source: ImportSource;
  /** The catalogue folder; the file goes to `<outDir>/servers/<slug>.json`. */
  outDir: string;
  /** The server's slug (file name); by default from serverInfo.name. */
  slug?: string | undefined;
  fields: ServerFields;
  /**
   * What to record as provenance.command instead of the command line as typed: the refresh script
   * records a portable command rather than this machine's absolute paths.
   */
  recordedCommand?: string | undefined;
  /**
   * Text that must not end up in the file, such as this machine's temporary folder or home: the
   * catalogue is committed and published, so a path of one machine would be noise or a leak.
   */
  forbiddenText?: readonly string[] | undefined;
  /** YYYY-MM-DD. */
  today: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  progress?: ((line: string) => void) | undefined;
}

export interface ImportOutcome {
  /** Absolute path of the server file. */
  file: string;
  /** False when the file already held exactly this text. */
  written: boolean;
  merge: MergeResult;
}

/**
 * What to record of a URL: no user name, password or query string, where tokens tend to live.
 * The catalogue is published, so a secret there would be a leak.
 */
export function recordableUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

async function listFromFile(file: string): Promise<{ tools: unknown[]; label: string }> {
  const label = displayPath(path.resolve(file));
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON: ${(error as Error).message}`;
    throw new ImportError([`${label}: $: ${reason}`]);
  }
  const saved = readSavedListing(label, json);
  if (saved.problems.length > 0) throw ImportError.fromProblems(saved.problems);
  if (saved.incomplete) {
    throw new ImportError([`${label}: $: the last page has a nextCursor, so the listing is incomplete; save every page (an array of results) and import that`]);
  }
  return { tools: saved.tools, label };
}

export async function importServer(options: ImportOptions): Promise<ImportOutcome> {
  const { source, fields } = options;
  let listing: LiveListing;
  let label: string;
  let provenance: ListingSource;
  if (source.kind === 'live') {
    label = source.label;
    listing = await listToolsLive(source.target, { label, timeoutMs: options.timeoutMs, signal: options.signal, progress: options.progress });
    provenance = {
      transport: source.target.transport,
      command: options.recordedCommand ?? (source.target.transport === 'stdio' ? source.label : recordableUrl(source.target.url)),
    };
    if (listing.serverInfo) provenance.serverInfo = { name: listing.serverInfo.name, version: listing.serverInfo.version };
    if (listing.protocolVersion) provenance.protocolVersion = listing.protocolVersion;
  } else {
    const saved = await listFromFile(source.path);
    label = saved.label;
    listing = { tools: saved.tools };
    provenance = { transport: 'file', command: options.recordedCommand ?? saved.label };
  }

  const checked = checkListedTools(label, listing.serverInfo?.name, listing.tools);
  if (checked.problems.length > 0) throw ImportError.fromProblems(checked.problems);

  const slug = options.slug ?? (listing.serverInfo ? slugify(listing.serverInfo.name, 'server') : fields.name ? slugify(fields.name, 'server') : undefined);
  if (slug === undefined) {
    throw new ImportError([`${label}: a saved tools/list result does not say which server it is from: give --slug or --name`]);
  }
  const file = path.resolve(options.outDir, 'servers', `${slug}.json`);
  const existing = await readExistingServerFile(file);

  const info = listing.serverInfo;
  const merge = mergeImport({
    previous: existing?.server,
    listed: checked.tools,
    source: provenance,
    fields,
    defaults: {
      name: info?.title || info?.name || slug,
      packageName: info?.name || slug,
      version: info?.version,
    },
    date: options.today,
  });

  const text = formatServerFile(merge.server);
  // The build's own checks, before anything is written: an import never leaves a file the build rejects.
  const valid = parseServerFile({ file: displayPath(file), baseName: slug, text });
  if (!valid.server) throw ImportError.fromProblems(valid.problems);

  const leaked = (options.forbiddenText ?? []).filter((forbidden) => forbidden !== '' && text.includes(forbidden));
  if (leaked.length > 0) {
    throw new ImportError(leaked.map((forbidden) => `${displayPath(file)}: $: would contain the machine-specific text ${JSON.stringify(forbidden)}; not written`));
  }

  if (existing?.text === text) return { file, written: false, merge };
  await writeFileAtomic(file, text);
  return { file, written: true, merge };
}
