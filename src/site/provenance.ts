/**
 * Where a tool's definition came from, in words and links: the source file and line at the
 * commit that was read, or the live server and the day it was listed; and its recorded history.
 */
import type { Provenance, Tool, ToolHistoryEvent } from '../catalogue/schema.ts';
import { repositoryPath } from '../catalogue/paths.ts';
import { safeExternalUrl } from './urls.ts';
import { capitalize } from '../risk/text.ts';

export interface SourceLink {
  label: string;
  href?: string;
}

/** A GitHub repository URL: owner and name of the characters GitHub allows, neither "." nor "..". */
const GITHUB_REPOSITORY = /^https:\/\/github\.com\/(?!\.\.?\/)[A-Za-z0-9_.-]+\/(?!\.\.?\/?$)[A-Za-z0-9_.-]+\/?$/;

/**
 * `https://github.com/o/r` + commit + file + line -> a permalink to that line. Other hosts: no
 * link. The file is normalised first and must stay inside the repository: a browser resolves `..`
 * in a link, so `../../other/repo/blob/x` would lead into another repository; such a file is shown
 * as text, with no link.
 */
export function sourceLink(provenance: Provenance | undefined, tool: Tool): SourceLink | undefined {
  const source = tool.atlas?.source;
  if (!source) return undefined;
  const label = source.line ? `${source.file}:${source.line}` : source.file;
  if (provenance?.method !== 'source') return { label };
  const repository = safeExternalUrl(provenance.repository);
  const file = repositoryPath(source.file);
  if (!repository || !GITHUB_REPOSITORY.test(repository) || !provenance.commit || !file) return { label };
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return {
    label,
    href:
      `${repository.replace(/\/$/, '')}/blob/${encodeURIComponent(provenance.commit)}/${encoded}` +
      `${source.line ? `#L${source.line}` : ''}`,
  };
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  title: 'title',
  description: 'description',
  inputSchema: 'input schema',
  outputSchema: 'output schema',
  annotations: 'annotations',
};

/** "description and input schema changed on 2026-11-20", "first listed on 2026-11-01". */
export function historySentence(event: ToolHistoryEvent): string {
  if (event.change === 'added') return `First listed on ${event.date}.`;
  const fields = event.fields.map((field) => FIELD_WORDS[field] ?? field);
  const joined = fields.length <= 1 ? (fields[0] ?? 'definition') : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
  return `${capitalize(joined)} changed on ${event.date}.`;
}
