/**
 * Site settings: everything another team changes to publish its own atlas, in one validated file
 * (`<CATALOGUE_DIR>/settings.json`, falling back to `content/settings.json`).
 */
import { z } from 'zod';
import { POLICY_FORMATS } from '../risk/policy/format-info.ts';

const LinkSchema = z.object({
  label: z.string().min(1).describe('The link text.'),
  href: z
    .string()
    .regex(/^(https?:\/\/|mailto:|\/)/, 'expected an http(s) URL, a mailto: link or a site path starting with /')
    .describe('Where the link goes.'),
});

export const SettingsSchema = z
  .object({
    productName: z.string().min(1).describe('The site\'s name, shown in the header and page titles.'),
    tagline: z.string().min(1).describe('One sentence on what the site is, for the home page and meta descriptions.'),
    siteUrl: z.url().describe('The absolute origin the site is published at; `SITE_URL` overrides it.'),
    gatewayName: z
      .string()
      .min(1)
      .describe('What the site calls the MCP gateway that enforces policies, e.g. "your MCP gateway".'),
    callToAction: z
      .object({
        heading: z.string().min(1).describe('The heading of the call to action on tool and server pages.'),
        text: z.string().min(1).describe('One or two sentences under it.'),
        primary: LinkSchema.describe('The main button.'),
        secondary: LinkSchema.optional().describe('An optional second link.'),
      })
      .describe('The call to action shown on tool and server pages.'),
    contactEmail: z.email().optional().describe('Where readers report a wrong classification.'),
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
      .describe('Per format, a link of your own shown with it, e.g. your team\'s runbook for loading policies into ToolHive.'),
  })
  .describe('Site settings.');
export type Settings = z.infer<typeof SettingsSchema>;
