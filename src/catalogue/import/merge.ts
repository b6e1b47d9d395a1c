/**
 * The heart of the importer, as a pure function: the server file we had (if any) plus the tools a
 * server lists today gives the server file to write, with fingerprints, a history of every change
 * and the tools that went away. No clock, no files, no processes: the caller passes the date.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, toolFingerprint } from '../fingerprint.ts';
import { formatServerFile } from '../format.ts';
import { slugify } from '../slug.ts';
import type { ChangedField, Package, Provenance, RemovedTool, ServerFile, Tool, ToolAtlas, ToolHistoryEvent } from '../schema.ts';

export type LiveProvenance = Extract<Provenance, { method: 'live' }>;

/** Where today's listing came from; becomes the file's provenance. */
export type ListingSource = Pick<LiveProvenance, 'transport' | 'command' | 'serverInfo' | 'protocolVersion'>;

/** Catalogue fields given on the command line; each wins over the previous file. */
export interface ServerFields {
  name?: string | undefined;
  registry?: Package['registry'] | undefined;
  packageName?: string | undefined;
  version?: string | undefined;
  description?: string | undefined;
  repository?: string | undefined;
}

/** What to use when neither the command line nor the previous file says (usually from serverInfo). */
export interface ServerDefaults {
  name: string;
  packageName: string;
  version?: string | undefined;
}

export interface MergeInput {
  /** The server file as it was, already validated; undefined on a first import. */
  previous?: ServerFile | undefined;
  /** The tools as the server listed them, in its order, validated and without any `atlas` key. */
  listed: Tool[];
  source: ListingSource;
  fields: ServerFields;
  defaults: ServerDefaults;
  /** Today, YYYY-MM-DD. */
  date: string;
}

export interface ToolChange {
  name: string;
  fields: ChangedField[];
}

export interface MergeResult {
  server: ServerFile;
  added: string[];
  changed: ToolChange[];
  removed: string[];
  /** True when the new file says the same as the previous one (so it keeps its listedOn date). */
  unchanged: boolean;
}

/** Every part of a definition a change can be reported for, in the order a reader expects them. */
const DEFINITION_FIELDS: readonly ChangedField[] = ['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations'];

/** Which parts of a tool's definition differ, compared as canonical JSON (key order does not count). */
export function changedFields(before: Tool, after: Tool): ChangedField[] {
  return DEFINITION_FIELDS.filter((field) => canonicalOrAbsent(before[field]) !== canonicalOrAbsent(after[field]));
}

// The fingerprint's canonical form, so that "changed" here and a new fingerprint always agree.
function canonicalOrAbsent(value: unknown): string {
  return value === undefined ? '' : canonicalJson(value);
}

/**
 * A slug for a tool whose natural slug is already taken on the same server (`get_user` and
 * `getUser` both make `get-user`): the natural slug plus a short hash of the exact name, so the
 * same name always gets the same slug, whatever order the server lists its tools in.
 */
export function collisionSlug(name: string, taken: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(name, 'utf8').digest('hex');
  const base = slugify(name, 'tool');
  for (const length of [8, 16, 32]) {
    const slug = `${base.slice(0, 100 - length - 1).replace(/-+$/, '')}-${hash.slice(0, length)}`;
    if (!taken.has(slug)) return slug;
  }
  throw new Error(`cannot find a free URL slug for tool ${JSON.stringify(name)}`);
}

/** Fingerprint the atlas last recorded for a tool, or of its definition when none was recorded. */
function recordedFingerprint(tool: Tool): string {
  return tool.atlas?.fingerprint ?? toolFingerprint(tool);
}

export function mergeImport(input: MergeInput): MergeResult {
  const { previous, date } = input;
  const before = new Map((previous?.tools ?? []).map((tool) => [tool.name, tool]));
  const listedNames = new Set(input.listed.map((tool) => tool.name));
  const added: string[] = [];
  const changed: ToolChange[] = [];
  const takenSlugs = new Set<string>();

  const tools = input.listed.map((listed): Tool => {
    const { atlas: _fromServer, ...definition } = listed;
    const fingerprint = toolFingerprint(definition);
    const old = before.get(listed.name);
    const history: ToolHistoryEvent[] = [...(old?.atlas?.history ?? [])];
    if (old) {
      const from = recordedFingerprint(old);
      const fields = changedFields(old, definition);
      // A fingerprint that differs while no field does means the recorded one was stale (the file
      // was edited by hand to the new definition): nothing changed on the server since, so no event.
      if (from !== fingerprint && fields.length > 0) {
        history.push({ change: 'changed', date, from, to: fingerprint, fields });
        changed.push({ name: listed.name, fields });
      }
    } else if (previous) {
      // Only relative to an earlier listing does a tool "appear"; on a first import the baseline
      // is the whole listing and provenance.listedOn says when it was taken.
      history.push({ change: 'added', date, fingerprint });
      added.push(listed.name);
    }

    // Slug, source and reviewed override belong to the atlas, not the server: they survive re-imports.
    const atlas: ToolAtlas = { ...old?.atlas, fingerprint };
    if (history.length > 0) atlas.history = history;
    else delete atlas.history;
    const slug = atlas.slug ?? slugify(listed.name, 'tool');
    if (takenSlugs.has(slug)) atlas.slug = collisionSlug(listed.name, takenSlugs);
    takenSlugs.add(atlas.slug ?? slug);
    return { ...definition, atlas };
  });

  const previousProvenance = previous?.provenance?.method === 'live' ? previous.provenance : undefined;
  const goneNow: RemovedTool[] = (previous?.tools ?? [])
    .filter((tool) => !listedNames.has(tool.name))
    .map((tool) => ({ name: tool.name, date, fingerprint: recordedFingerprint(tool) }));
  // A tool that comes back is listed again (with an 'added' event), so it leaves removedTools.
  const removedTools = [...(previousProvenance?.removedTools ?? []).filter((tool) => !listedNames.has(tool.name)), ...goneNow];

  const { fields, defaults } = input;
  const pkg: Package = {
    registry: fields.registry ?? previous?.package.registry ?? 'other',
    name: fields.packageName ?? previous?.package.name ?? defaults.packageName,
  };
  // serverInfo.version is the version of the package only while the package is named after
  // serverInfo (then it follows upgrades); a package named otherwise keeps the version it was given.
  const version =
    fields.version ??
    (pkg.name === defaults.packageName ? defaults.version : undefined) ??
    (previous?.package.name === pkg.name ? previous.package.version : undefined);
  if (version !== undefined) pkg.version = version;

  const provenance: LiveProvenance = { method: 'live', transport: input.source.transport, listedOn: date };
  if (input.source.command !== undefined) provenance.command = input.source.command;
  if (input.source.serverInfo !== undefined) provenance.serverInfo = input.source.serverInfo;
  if (input.source.protocolVersion !== undefined) provenance.protocolVersion = input.source.protocolVersion;
  if (removedTools.length > 0) provenance.removedTools = removedTools;

  const server: ServerFile = {
    // Keys the atlas does not know (kept by the loose schema) stay as the editor left them.
    ...previous,
    name: fields.name ?? previous?.name ?? defaults.name,
    package: pkg,
    provenance,
    tools,
  };
  const description = fields.description ?? previous?.description;
  if (description !== undefined) server.description = description;
  const repository = fields.repository ?? previous?.repository;
  if (repository !== undefined) server.repository = repository;

  // listedOn is the date the file's listing was first seen in this exact form. When a re-import
  // finds nothing new, the old date stays, so re-importing an unchanged server rewrites no byte
  // and a catalogue in git shows no diff; a change of any kind (a tool, serverInfo, a flag) moves
  // the date forward together with the change it dates.
  const removed = goneNow.map((tool) => tool.name);
  if (previous && previousProvenance) {
    const sameDate: ServerFile = { ...server, provenance: { ...provenance, listedOn: previousProvenance.listedOn } };
    if (formatServerFile(sameDate) === formatServerFile(previous)) return { server: sameDate, added, changed, removed, unchanged: true };
  }
  return { server, added, changed, removed, unchanged: false };
}
