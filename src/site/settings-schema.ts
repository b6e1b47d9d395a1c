/**
 * Site settings: everything another team changes to publish its own atlas, in one validated file
 * (`<CATALOGUE_DIR>/settings.json`, falling back to `content/settings.json`).
 */
import { z } from 'zod';
import { POLICY_FORMATS } from '../risk/policy/format-info.ts';

/** Any origin: site paths are resolved against it to see whether they stay on it. */
const PROBE = 'https://site.invalid';

/**
 * Why `href` cannot be a link of the settings, or undefined when it can. Allowed: an http(s) URL,
 * a mailto: link, or a path of this site (`/methodology/`), which the pages put under the base
 * path. Browsers read more into a link than it shows: they drop tabs and line breaks anywhere in
 * it, take a backslash for a slash (`/\evil.example/x` is `//evil.example/x`, another site) and
 * resolve `..` and `%2e%2e` (climbing out of a base path such as /atlas/). So: no whitespace,
 * control character or backslash at all, and a site path must resolve to itself on this site.
 */
export function hrefProblem(href: string): string | undefined {
  if (/[\s\p{Cc}\p{Cf}\\]/u.test(href))
    return 'expected no spaces, control characters or backslashes in a link (browsers drop or reinterpret them)';
  if (href.startsWith('/')) {
    if (href.startsWith('//')) return 'expected a site path starting with a single "/" ("//" starts another site\'s address)';
    const resolved = new URL(href, PROBE);
    if (resolved.origin !== PROBE)
      return `expected a site path, not a link that leaves the site (it resolves to ${JSON.stringify(resolved.href)})`;
    // Browsers resolve "." and ".." segments, written plainly or as %2e, before asking for the page.
    const dotted = href
      .replace(/[?#].*$/s, '')
      .split('/')
      .find((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
    if (dotted !== undefined)
      return `expected a site path without "." or ".." segments (it resolves to ${JSON.stringify(resolved.pathname)})`;
    return undefined;
  }
  if (/^mailto:./i.test(href)) return undefined;
  if (/^https?:\/\//i.test(href)) {
    try {
      const url = new URL(href);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return undefined;
    } catch {
      // Falls through to the message.
    }
    return 'expected a valid http(s) URL';
  }
  return 'expected an http(s) URL, a mailto: link or a site path starting with /';
}

const LinkSchema = z.object({
  label: z.string().min(1).describe('The link text.'),
  href: z
    .string()
    .superRefine((href, ctx) => {
      const problem = hrefProblem(href);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('Where the link goes: an http(s) URL, a mailto: link or a site path starting with / (put under the base path).'),
});

export const SettingsSchema = z
  .object({
    productName: z.string().min(1).describe("The site's name, shown in the header and page titles."),
    tagline: z.string().min(1).describe('One sentence on what the site is, for the home page and meta descriptions.'),
    siteUrl: z.url().describe('The absolute origin the site is published at; `SITE_URL` overrides it.'),
    gatewayName: z.string().min(1).describe('What the site calls the MCP gateway that enforces policies, e.g. "your MCP gateway".'),
    callToAction: z
      .object({
        heading: z.string().min(1).describe('The heading of the call to action on tool and server pages.'),
        text: z.string().min(1).describe('One or two sentences under it.'),
        primary: LinkSchema.describe('The main button.'),
        secondary: LinkSchema.optional().describe('An optional second link.'),
      })
      .describe('The call to action shown on tool and server pages.'),
    contactEmail: z.email().optional().describe('Where readers report a wrong classification (used when `verdictReport` is not given).'),
    verdictReport: z
      .object({
        urlTemplate: z
          .string()
          .superRefine((template, ctx) => {
            const filled = template.replace(/\{(tool|server|version|verdict|engine|page|title|body)\}/g, 'x');
            const problem = /^https?:\/\//i.test(filled) ? hrefProblem(filled) : 'expected an http(s) URL';
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          })
          .optional()
          .describe(
            'An issue tracker URL with placeholders {tool} {server} {version} {verdict} {engine} {page} {title} {body}, each ' +
              'filled percent-encoded, e.g. "https://github.com/org/atlas/issues/new?title={title}&body={body}".',
          ),
        email: z.email().optional().describe('An address to send reports to, when there is no tracker.'),
      })
      .optional()
      .describe('Where the "this verdict is wrong" link of each tool page goes.'),
    defaultPolicyFormat: z
      .enum(POLICY_FORMATS)
      .default('json')
      .describe(
        'The policy format shown first on tool and server pages until a reader picks another: "json" (policy.json), "cedar" (ToolHive), ' +
          '"cel" (agentgateway), "pomerium" or "docker" (Docker MCP Gateway). A team that runs ToolHive sets "cedar".',
      ),
    policyFormatLinks: z
      .partialRecord(z.enum(POLICY_FORMATS), LinkSchema)
      .optional()
      .describe("Per format, a link of your own shown with it, e.g. your team's runbook for loading policies into ToolHive."),
  })
  .describe('Site settings.');
export type Settings = z.infer<typeof SettingsSchema>;
