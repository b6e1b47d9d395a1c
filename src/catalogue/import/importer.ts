/**
 * Node-only: one import from start to finish, shared by `atlas import` and the refresh script.
 * list (live or from a file) -> check the tools -> merge with the existing file -> check the
 * result as the build would -> write atomically, or not at all when nothing changed.
 * Any failure throws an ImportError before the write, so a bad server leaves the catalogue as it was.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseServerFile } from '../catalogue.ts';
import { decodeUtf8, parseJsonStrict } from '../json.ts';
import { MAX_NAME, MAX_SHORT } from '../limits.ts';
import { formatPath, formatProblem, quote } from '../problems.ts';
import type { ServerFile } from '../schema.ts';
import { formatServerFile } from '../format.ts';
import { displayPath } from '../load.ts';
import { slugify } from '../slug.ts';
import { listToolsLive, type LiveListing, type LiveTarget } from './client.ts';
import { ImportError } from './error.ts';
import { checkListedTools, readSavedListing } from './listing.ts';
import { mergeImport, type ListingSource, type MergeResult, type ServerDefaults, type ServerFields } from './merge.ts';
import { ensureServersFolder, writeFileAtomic, readExistingServerFile } from './write.ts';

export type ImportSource = { kind: 'live'; target: LiveTarget; label: string } | { kind: 'file'; path: string };

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
  /** The most bytes read of one answer of a live server (see `listToolsLive`). */
  maxMessageBytes?: number | undefined;
  signal?: AbortSignal | undefined;
  progress?: ((line: string) => void) | undefined;
}

export interface ImportOutcome {
  /** Absolute path of the server file. */
  file: string;
  /** False when the file already held exactly this text. */
  written: boolean;
  merge: MergeResult;
  /** What the import left out and why (an over-long serverInfo), one line each. */
  warnings: string[];
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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError([
      formatProblem({
        file: label,
        path: '$',
        message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (error as Error).message})`,
      }),
    ]);
  }
  const decoded = decodeUtf8(bytes);
  if ('message' in decoded) throw ImportError.fromProblems([{ file: label, path: '$', message: decoded.message }]);
  const parsed = parseJsonStrict(decoded.text);
  if (!parsed.ok)
    throw ImportError.fromProblems(
      parsed.problems.map((problem) => ({ file: label, path: formatPath(problem.path), message: problem.message })),
    );
  const saved = readSavedListing(label, parsed.value);
  if (saved.problems.length > 0) throw ImportError.fromProblems(saved.problems);
  if (saved.incomplete) {
    throw ImportError.fromProblems([
      {
        file: label,
        path: '$',
        message: 'the last page has a nextCursor, so the listing is incomplete; save every page (an array of results) and import that',
      },
    ]);
  }
  return { tools: saved.tools, label };
}

/** What a server says of itself, checked against the catalogue's limits before anything uses it. */
interface ServerInfoUse {
  /** serverInfo as provenance records it, or undefined when a value is too long to keep. */
  recorded?: { name: string; version: string } | undefined;
  defaults: ServerDefaults;
  /** Lines to show: what was too long and left out. */
  warnings: string[];
}

/**
 * The server's serverInfo, as defaults and as provenance. A value longer than the catalogue
 * keeps (a name of 10,000 characters) is reported, not fatal: it is left out of provenance, and
 * as a default it is used only when neither a flag nor the existing file gives the field (then the
 * import stops and names the flag that would give it).
 */
function useServerInfo(
  label: string,
  info: LiveListing['serverInfo'],
  slug: string,
  fields: ServerFields,
  previous: ServerFile | undefined,
): ServerInfoUse {
  const warnings: string[] = [];
  const describe = (field: string, value: string, max: number) =>
    `${label}: serverInfo.${field} is ${value.length.toLocaleString('en')} ` +
    `characters (${quote(value, 40)}), more than the ${max} the catalogue keeps`;
  const name = info?.title || info?.name || slug;
  const packageName = info?.name || slug;
  const nameTooLong = name.length > MAX_NAME;
  const packageTooLong = packageName.length > MAX_NAME;
  const versionTooLong = (info?.version.length ?? 0) > MAX_SHORT;
  const needed: string[] = [];
  if (nameTooLong && fields.name === undefined && previous === undefined) needed.push('--name');
  if (packageTooLong && fields.packageName === undefined && previous === undefined) needed.push('--package');
  if (needed.length > 0) {
    throw new ImportError([
      describe(nameTooLong ? (info?.title ? 'title' : 'name') : 'name', nameTooLong ? name : packageName, MAX_NAME) +
        `: give ${needed.join(' and ')} (nothing was imported)`,
    ]);
  }
  if (info && (info.name.length > MAX_NAME || versionTooLong)) {
    warnings.push(
      (info.name.length > MAX_NAME ? describe('name', info.name, MAX_NAME) : describe('version', info.version, MAX_SHORT)) +
        ': serverInfo is not recorded in provenance',
    );
  }
  if (info?.title && info.title.length > MAX_NAME && fields.name !== undefined)
    warnings.push(`${describe('title', info.title, MAX_NAME)}: not used; --name is`);
  const recorded = info && info.name.length <= MAX_NAME && !versionTooLong ? { name: info.name, version: info.version } : undefined;
  return {
    recorded,
    defaults: {
      // Too long to be used, but not needed either: a flag or the existing file gives the field.
      name: nameTooLong ? slug : name,
      packageName: packageTooLong ? slug : packageName,
      version: versionTooLong ? undefined : info?.version,
    },
    warnings,
  };
}

export async function importServer(options: ImportOptions): Promise<ImportOutcome> {
  const { source, fields } = options;
  let listing: LiveListing;
  let label: string;
  let provenance: ListingSource;
  if (source.kind === 'live') {
    label = source.label;
    listing = await listToolsLive(source.target, {
      label,
      timeoutMs: options.timeoutMs,
      maxMessageBytes: options.maxMessageBytes,
      signal: options.signal,
      progress: options.progress,
    });
    provenance = {
      transport: source.target.transport,
      command: options.recordedCommand ?? (source.target.transport === 'stdio' ? source.label : recordableUrl(source.target.url)),
    };
    if (listing.protocolVersion) provenance.protocolVersion = listing.protocolVersion;
  } else {
    const saved = await listFromFile(source.path);
    label = saved.label;
    listing = { tools: saved.tools };
    provenance = { transport: 'file', command: options.recordedCommand ?? saved.label };
  }

  const checked = checkListedTools(label, listing.serverInfo?.name, listing.tools);
  if (checked.problems.length > 0) throw ImportError.fromProblems(checked.problems);

  const slug =
    options.slug ??
    (listing.serverInfo ? slugify(listing.serverInfo.name, 'server') : fields.name ? slugify(fields.name, 'server') : undefined);
  if (slug === undefined) {
    throw new ImportError([`${label}: a saved tools/list result does not say which server it is from: give --slug or --name`]);
  }
  const serversDir = path.resolve(options.outDir, 'servers');
  const file = path.join(serversDir, `${slug}.json`);
  await ensureServersFolder(serversDir);
  const existing = await readExistingServerFile(file);

  const info = useServerInfo(label, listing.serverInfo, slug, fields, existing?.server);
  if (info.recorded) provenance.serverInfo = info.recorded;
  const merge = mergeImport({
    previous: existing?.server,
    listed: checked.tools,
    source: provenance,
    fields,
    defaults: info.defaults,
    date: options.today,
  });

  const text = formatServerFile(merge.server);
  // The build's own checks, before anything is written: an import never leaves a file the build rejects.
  const valid = parseServerFile({ file: displayPath(file), baseName: slug, text });
  if (!valid.server) throw ImportError.fromProblems(valid.problems);

  const leaked = (options.forbiddenText ?? []).filter((forbidden) => forbidden !== '' && text.includes(forbidden));
  if (leaked.length > 0) {
    throw new ImportError(
      leaked.map(
        (forbidden) => `${displayPath(file)}: $: would contain the machine-specific text ${JSON.stringify(forbidden)}; not written`,
      ),
    );
  }

  if (existing?.text === text) return { file, written: false, merge, warnings: info.warnings };
  await writeFileAtomic(file, text);
  return { file, written: true, merge, warnings: info.warnings };
}
