/**
 * Content collections. `servers` is the catalogue, read and validated by our own loader so that
 * every problem is reported in the catalogue's `FILE: PATH: message` format; attack patterns and
 * documentation pages are MDX that ship with the product.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { catalogueDirFromEnv, loadValidCatalogue } from './catalogue/load.ts';

const servers = defineCollection({
  loader: {
    name: 'atlas-catalogue',
    async load({ store }) {
      store.clear();
      for (const entry of await loadValidCatalogue(catalogueDirFromEnv())) {
        store.set({ id: entry.slug, data: { ...entry } });
      }
    },
  },
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

export const collections = { servers, attackPatterns, docs };
