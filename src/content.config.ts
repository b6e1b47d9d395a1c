/**
 * Content collections. `servers` is the catalogue, read and validated by our own loader so that
 * every problem is reported in the catalogue's `FILE: PATH: message` format; attack patterns and
 * documentation pages are MDX that ship with the product.
 *
 * A server's entry in the data store holds what identifies it (slug, file, name, tool count), not
 * its tools: Astro serialises the whole store to disk and parses it back for rendering, which for
 * 100,000 tools costs seconds and gigabytes for a copy nobody needs. Pages get the full validated
 * catalogue from the same in-process load (src/catalogue/validated-catalogue.ts, via the site model).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { validatedCatalogue } from './catalogue/validated-catalogue.ts';
import { catalogueDirFromEnv } from './catalogue/load.ts';

const servers = defineCollection({
  loader: {
    name: 'atlas-catalogue',
    async load({ store }) {
      store.clear();
      for (const entry of await validatedCatalogue(catalogueDirFromEnv())) {
        store.set({ id: entry.slug, data: { slug: entry.slug, file: entry.file, name: entry.server.name, tools: entry.tools.length } });
      }
    },
  },
  schema: z.object({
    slug: z.string().describe('The server\'s URL slug.'),
    file: z.string().describe('Its server file, as the catalogue editor knows it.'),
    name: z.string().describe('Its display name.'),
    tools: z.number().int().nonnegative().describe('How many tools it lists.'),
  }),
});

const attackPatterns = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/attack-patterns' }),
  schema: z.object({
    name: z.string().min(1).describe('The pattern\'s name.'),
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
    format: z.enum(['cedar', 'cel', 'pomerium', 'docker']).describe('The policy format the gateway reads (src/risk/policy/format-info.ts).'),
    order: z.int().describe('Where the guide stands in the list of gateways.'),
  }),
});

export const collections = { servers, attackPatterns, docs, gateways };
