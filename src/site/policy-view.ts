/**
 * The recommended policy in every format, as a page shows it: each format's text compiled once
 * (src/risk/policy/), highlighted per rule shape (src/site/highlight.ts), with what that gateway
 * cannot enforce, a guide link and the team's own link from the settings. Tool and server pages
 * both call this; the FAQ reads the same compiled results.
 */
import {
  compilePolicy,
  FORMAT_INFO,
  nameInFile,
  POLICY_FORMATS,
  type CompiledPolicy,
  type Limitation,
  type PolicyFormat,
} from '../risk/policy/formats.ts';
import { limitationSummary } from '../risk/policy/limitations.ts';
import type { PolicyFile } from '../risk/policy/schema.ts';
import { highlightCompiled, highlightJson, highlightLight, highlightPolicyFile } from './highlight.ts';

/** A server's file longer than this (characters) is coloured lightly (highlightLight), not by shiki: page weight. */
export const LIGHT_HIGHLIGHT_FROM = 4_000;
import type { Settings } from './settings-schema.ts';

export interface FormatView {
  format: PolicyFormat;
  /** The tab's label. */
  label: string;
  gateway: string;
  /** The code block's id (the copy button's target). */
  id: string;
  /** The name a download saves under. */
  fileName: string;
  mediaType: string;
  html: string;
  limitations: Limitation[];
  /** "2 rate limits, 1 argument check", or '' when the format enforces the whole rule. */
  summary: string;
  /** The guide page's site path, e.g. "gateways/toolhive/". */
  guidePath?: string;
  /** The team's own link for this format (settings.policyFormatLinks). */
  link?: { label: string; href: string };
  /** The static file of the whole server's policy in this format, for server pages. */
  downloadPath?: string;
  /** More files in this format, for server pages: ToolHive's ready authz config beside policy.cedar. */
  extraFiles?: { label: string; path: string }[];
}

export interface FormatViews {
  views: FormatView[];
  /** The format shown first: the site's default. */
  selected: PolicyFormat;
  compiled: Record<PolicyFormat, CompiledPolicy>;
}

/** Every format of `policy`. `name` is the tool's name on a tool page (its policy has that one tool), undefined on a server page. */
export async function formatViews(
  policy: PolicyFile,
  options: {
    server: { name: string; slug: string; path: string };
    idPrefix: string;
    settings: Settings;
    tool?: string;
    fileStem: string;
    /** Where the server's compiled files come from when another route compiles them too (memoised per server). */
    compile?: (format: PolicyFormat) => CompiledPolicy;
  },
): Promise<FormatViews> {
  const { server, settings } = options;
  const compiled = {} as Record<PolicyFormat, CompiledPolicy>;
  const views: FormatView[] = [];
  for (const format of POLICY_FORMATS) {
    const info = FORMAT_INFO[format];
    const result = options.compile?.(format) ?? compilePolicy(format, policy, { server: { name: server.name, slug: server.slug } });
    compiled[format] = result;
    const html =
      format === 'json'
        ? options.tool === undefined
          ? await highlightPolicyFile(policy, { compact: true })
          : await highlightJson(policy, options.tool, { compact: true })
        : options.tool === undefined && result.text.length > LIGHT_HIGHLIGHT_FROM
          ? highlightLight(result.text)
          : await highlightCompiled(result, info.language, (name) => nameInFile(format, name), { compact: true });
    const link = settings.policyFormatLinks?.[format];
    views.push({
      format,
      label: info.label,
      gateway: info.gateway,
      id: `${options.idPrefix}-${format}`,
      fileName: options.tool === undefined ? info.fileName : `${options.fileStem}.${info.fileName}`,
      mediaType: info.mediaType,
      html,
      limitations: result.limitations,
      summary: limitationSummary(result.limitations),
      ...(info.guide ? { guidePath: `gateways/${info.guide}/` } : {}),
      ...(link ? { link } : {}),
      ...(options.tool === undefined ? { downloadPath: `${server.path}${info.fileName}` } : {}),
      ...(options.tool === undefined && format === 'cedar'
        ? { extraFiles: [{ label: 'toolhive-authz.json (ready for thv run --authz-config)', path: `${server.path}toolhive-authz.json` }] }
        : {}),
    });
  }
  return { views, selected: settings.defaultPolicyFormat, compiled };
}
