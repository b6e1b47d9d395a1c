/**
 * Content collections: the attack patterns, documentation pages and gateway guides, MDX that ships
 * with the product. The catalogue is not a collection: the build script loads and validates it
 * (src/catalogue/load.ts reports every problem as `FILE: PATH: message`) and hands the pages the
 * site model it made (src/site/built-atlas.ts); Astro's data store would serialise 100,000 tools
 * to disk and back for a copy nobody reads.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';

const attackPatterns = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/attack-patterns' }),
  schema: z.object({
    name: z.string().min(1).describe("The pattern's name."),
    summary: z.string().min(1).describe('One sentence on what it is.'),
    severity: z.enum(['medium', 'high', 'critical']).describe('How bad it is when it works.'),
    references: z.array(z.object({ title: z.string().min(1), url: z.url() })).describe('Sources.'),
    owasp: z.array(z.string()).describe('OWASP ids, e.g. LLM01:2025.'),
    atlas: z.array(z.string()).describe('MITRE ATLAS technique ids, e.g. AML.T0051.001.'),
  }),
});

const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/docs' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
  }),
});

/** One guide per gateway the policies compile to (/gateways/<id>/): how to load the file, what it enforces, what it cannot. */
const gateways = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/gateways' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    format: z
      .enum(['cedar', 'cel', 'pomerium', 'docker'])
      .describe('The policy format the gateway reads (src/risk/policy/format-info.ts).'),
    order: z.int().describe('Where the guide stands in the list of gateways.'),
  }),
});

export const collections = { attackPatterns, docs, gateways };
