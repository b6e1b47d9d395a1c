/**
 * The "this verdict is wrong" link of a tool page: an issue tracker URL template or a mail address
 * from the site settings, prefilled with the tool, its server and version, the verdict and the
 * engine version, and nothing else (no tracking, no script). Every value is percent-encoded, so
 * catalogue text cannot break out of the URL it is put in, and names are shown with their hidden
 * characters made visible and cut short.
 */
import { revealHidden } from '../risk/normalize.ts';

export interface VerdictReportFields {
  tool: string;
  server: string;
  /** The server's package version, when the catalogue gives one. */
  version?: string;
  /** "Write / medium" */
  verdict: string;
  engineVersion: string;
  /** The tool page's absolute URL. */
  page: string;
}

export interface VerdictReportSettings {
  /** A URL with placeholders: {tool} {server} {version} {verdict} {engine} {page} {title} {body}. */
  urlTemplate?: string | undefined;
  email?: string | undefined;
}

const LIMIT = 200;

function shown(text: string): string {
  const visible = revealHidden(text).replace(/[\r\n]+/g, ' ');
  return visible.length > LIMIT ? `${visible.slice(0, LIMIT)}…` : visible;
}

/** The title and body of the report, in plain text. */
export function reportText(fields: VerdictReportFields): { title: string; body: string } {
  const tool = shown(fields.tool);
  const server = shown(fields.server);
  const title = `Wrong verdict: ${tool} on ${server}`;
  const body = [
    `Tool: ${tool}`,
    `Server: ${server}${fields.version ? ` ${shown(fields.version)}` : ''}`,
    `Verdict: ${fields.verdict}`,
    `Engine: ${fields.engineVersion}`,
    `Page: ${fields.page}`,
    '',
    'What the tool really does, and what the verdict should be:',
    '',
  ].join('\n');
  return { title, body };
}

/** The link, or undefined when the settings give nowhere to report to. */
export function reportHref(settings: VerdictReportSettings | undefined, fields: VerdictReportFields): string | undefined {
  const { title, body } = reportText(fields);
  if (settings?.urlTemplate) {
    const values: Record<string, string> = {
      tool: shown(fields.tool),
      server: shown(fields.server),
      version: fields.version ? shown(fields.version) : '',
      verdict: fields.verdict,
      engine: fields.engineVersion,
      page: fields.page,
      title,
      body,
    };
    return settings.urlTemplate.replace(/\{(tool|server|version|verdict|engine|page|title|body)\}/g, (_, key: string) =>
      encodeURIComponent(values[key]!),
    );
  }
  if (settings?.email) return `mailto:${settings.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return undefined;
}
