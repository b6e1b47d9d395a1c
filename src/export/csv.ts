/**
 * `atlas.csv`: one row per tool, the columns a spreadsheet needs, in RFC 4180 CSV. Catalogue text
 * is hostile: every field is quoted when it holds a comma, a quote or a line break, and a field
 * that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection. Descriptions are
 * cut at 32,000 characters, under the 32,767 a spreadsheet cell holds.
 */
import { cutAt } from '../site/display.ts';
import { ANNOTATION_HINTS } from '../values/index.ts';
import type { ExportServer, ExportTool } from './schema.ts';

export const CSV_DESCRIPTION_LIMIT = 32_000;

export const CSV_COLUMNS = [
  'server',
  'server_name',
  'package_registry',
  'package_name',
  'package_version',
  'tool',
  'page_url',
  'category',
  'risk',
  'confidence',
  'reviewed',
  ...ANNOTATION_HINTS.map((hint) => `author_${hint}`),
  ...ANNOTATION_HINTS.map((hint) => `predicted_${hint}`),
  'attack_patterns',
  'policy_action',
  'fingerprint',
  'definition_read_on',
  'assessed_on',
  'engine_version',
  'description',
] as const;

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: neutralised if a spreadsheet would run it, quoted if it needs quotes. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

export function csvRow(server: ExportServer, tool: ExportTool): string {
  return csvLine([
    server.slug,
    server.name,
    server.package.registry,
    server.package.name,
    server.package.version ?? '',
    tool.name,
    tool.url,
    tool.category,
    tool.risk,
    tool.confidence,
    tool.reviewed !== null,
    ...ANNOTATION_HINTS.map((hint) => tool.annotations.author[hint]),
    ...ANNOTATION_HINTS.map((hint) => tool.annotations.predicted[hint]),
    tool.patterns.join(';'),
    tool.rule.action,
    tool.fingerprint,
    tool.definitionReadOn,
    tool.assessedOn,
    tool.engineVersion,
    tool.description.length > CSV_DESCRIPTION_LIMIT ? `${cutAt(tool.description, CSV_DESCRIPTION_LIMIT)}…` : tool.description,
  ]);
}
