/**
 * `/search/filters.json`: every search filter's values and how many pages carry each, from the
 * site model. The search page builds its filters from this before anything is searched, instead of
 * loading the filter index of every search shard.
 */
import type { APIRoute } from 'astro';
import { filterCounts } from '../../search/records.ts';
import { getAtlas } from '../../site/load-atlas.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ filters: filterCounts(await getAtlas()) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
