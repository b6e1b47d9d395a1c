/**
 * `/search/names/<bucket>.json`: the buckets of the name index (see src/search/name-index.ts), one
 * file per first three letters of a word of a tool or server name. The search page fetches the
 * buckets of a query's words and shows the names that match while pagefind searches everything.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { NameBucket } from '../../../search/name-index.ts';
import { getNameBuckets, rendersSiteWide } from '../../../site/load-atlas.ts';

export const getStaticPaths = (async () =>
  (rendersSiteWide() ? [...(await getNameBuckets())] : []).map(([bucket, data]) => ({
    params: { bucket },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: NameBucket }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
