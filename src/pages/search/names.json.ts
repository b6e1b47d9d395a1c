/**
 * `/search/names.json`: the list of the name index's buckets, so the search page fetches only
 * buckets that exist (a word no name starts with would otherwise cost a request and a 404).
 */
import type { APIRoute } from 'astro';
import { getNameBuckets } from '../../site/load-atlas.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ buckets: [...(await getNameBuckets()).keys()].sort() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
