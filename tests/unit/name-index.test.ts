import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { buildAtlas } from '../../src/site/atlas.ts';
import { revealHidden } from '../../src/risk/normalize.ts';
import {
  bucketFile,
  bucketKey,
  buildNameBuckets,
  matchNames,
  nameWords,
  queryPlan,
  type NameBucket,
  type NameIndexInput,
} from '../../src/search/name-index.ts';

const tool = (name: string, risk = 'low', category = 'Read') => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  risk,
  category,
});

const small: NameIndexInput = {
  servers: [
    {
      slug: 'files',
      name: 'Filesystem',
      tools: [tool('read_file'), tool('delete_file', 'critical', 'Destructive'), tool('list_directory')],
    },
    {
      slug: 'db',
      name: 'Postgres Admin',
      tools: [tool('delete', 'high', 'Destructive'), tool('run_sql', 'critical', 'Execute'), tool('DeleteRows', 'high', 'Destructive')],
    },
    { slug: 'pay', name: 'Payments', tools: [tool('create_payment', 'high', 'Financial'), tool('deleted_items')] },
  ],
};
const buckets = buildNameBuckets(small);

/** What the search page does: fetch the buckets the query needs, then match. */
function search(query: string, filters = {}, riskOrder?: readonly string[], from: Map<string, NameBucket> = buckets) {
  const plan = queryPlan(query);
  if (!plan) return [];
  return matchNames(
    plan.files.flatMap((file) => from.get(file) ?? []),
    query,
    filters,
    riskOrder,
  );
}

describe('name index words and buckets', () => {
  it('splits names into the words they are searched by', () => {
    expect(nameWords('ListAHOWorkflows')).toEqual(['list', 'aho', 'workflows']);
    expect(nameWords('get_secret_value')).toEqual(['get', 'secret', 'value']);
    expect(nameWords('s3-bucket.s3')).toEqual(['s3', 'bucket']);
  });

  it('keys a word by its first three letters, counting letters rather than UTF-16 units', () => {
    expect(bucketKey('delete')).toBe('del');
    expect(bucketKey('s3')).toBe('s3');
    expect(bucketKey('日本語テスト')).toBe('日本語');
    expect(bucketKey('😀😁😂🤣')).toBe('😀😁😂');
  });

  it('names bucket files with plain letters and digits only, whatever the name', () => {
    expect(bucketFile('del')).toBe('del');
    for (const key of ['dé', '日本語', '../', '<sc', 'a b', '😀']) {
      const file = bucketFile(key);
      expect(file).toMatch(/^_[0-9a-f]+$/);
      expect(file).not.toBe(bucketFile(`${key}x`));
    }
  });

  it('puts each tool in the bucket of every word of its name, once, and each server in its words’ buckets', () => {
    expect(
      buckets
        .get('del')!
        .tools.map(([name]) => name)
        .sort(),
    ).toEqual(['DeleteRows', 'delete', 'delete_file', 'deleted_items']);
    expect(
      buckets
        .get('fil')!
        .tools.map(([name]) => name)
        .sort(),
    ).toEqual(['delete_file', 'read_file']);
    const pos = buckets.get('pos')!;
    expect(pos.named.map((i) => pos.servers[i]![1])).toEqual(['Postgres Admin']);
    // Tools are not filed under their server's words: a server's bucket would hold all its tools.
    expect(pos.tools).toEqual([]);
    const rows = buckets.get('row')!;
    expect(rows.tools).toEqual([['DeleteRows', 'deleterows', 0, 2, 3]]);
    expect(rows.servers).toEqual([['db', 'Postgres Admin']]);
  });

  it('plans a query by the buckets of its words of three letters or more', () => {
    expect(queryPlan('')).toBeUndefined();
    expect(queryPlan('  ,, ')).toBeUndefined();
    expect(queryPlan('s3 bucket')).toEqual({ words: ['s3', 'bucket'], files: ['buc'] });
    expect(queryPlan('delete file')).toEqual({ words: ['delete', 'file'], files: ['del', 'fil'] });
    expect(queryPlan('S3')).toEqual({ words: ['s3'], files: ['s3'] });
    expect(queryPlan('get_secret_value')!.files).toEqual(['get', 'sec', 'val']);
  });
});

describe('name index matching', () => {
  it('ranks the exact name first, then names starting with the query, then names with every word', () => {
    expect(search('delete').map((hit) => hit.name)).toEqual(['delete', 'DeleteRows', 'delete_file', 'deleted_items']);
    expect(search('delete').map((hit) => hit.rank)).toEqual([0, 1, 1, 1]);
    expect(search('file').map((hit) => [hit.name, hit.rank])).toEqual([
      ['Filesystem', 1],
      ['read_file', 2],
      ['delete_file', 2],
    ]);
  });

  it('matches words as the start of a word of the name, not anywhere in it', () => {
    expect(search('ete')).toEqual([]);
    expect(search('dele').map((hit) => hit.name)).toContain('delete');
    expect(search('rows delete').map((hit) => hit.name)).toEqual(['DeleteRows']);
  });

  it('finds a tool by words of its server’s name with words of its own, after the names that have them all', () => {
    const hits = search('postgres delete');
    expect(hits.map((hit) => [hit.name, hit.rank])).toEqual([
      ['delete', 3],
      ['DeleteRows', 3],
    ]);
    expect(hits[0]!.path).toBe('servers/db/delete/');
  });

  it('finds servers by their name, with the path of their page', () => {
    expect(search('postgres')).toEqual([
      { type: 'server', name: 'Postgres Admin', path: 'servers/db/', serverName: 'Postgres Admin', rank: 1 },
    ]);
    expect(search('filesystem').map((hit) => [hit.type, hit.name, hit.rank])).toEqual([['server', 'Filesystem', 0]]);
  });

  it('applies the risk, category, type and server filters', () => {
    expect(search('delete', { risk: ['critical'] }).map((hit) => hit.name)).toEqual(['delete_file']);
    expect(search('delete', { category: ['Read'] }).map((hit) => hit.name)).toEqual(['deleted_items']);
    expect(search('delete', { server: ['db'] }).map((hit) => hit.name)).toEqual(['delete', 'DeleteRows']);
    expect(search('delete', { server: ['Postgres Admin'] })).toEqual([]);
    expect(search('postgres', { type: ['tool'] })).toEqual([]);
    expect(search('postgres', { type: ['server'] }).map((hit) => hit.name)).toEqual(['Postgres Admin']);
    // Servers have no risk: a risk filter leaves them out, as it does in pagefind.
    expect(search('postgres', { risk: ['low'] })).toEqual([]);
  });

  it('orders by risk level first when asked, tools only', () => {
    const hits = search('delete', {}, ['critical', 'high', 'medium', 'low']);
    expect(hits.map((hit) => [hit.name, hit.risk])).toEqual([
      ['delete_file', 'critical'],
      ['delete', 'high'],
      ['DeleteRows', 'high'],
      ['deleted_items', 'low'],
    ]);
    expect(search('delete', {}, ['low', 'medium', 'high', 'critical'])[0]!.name).toBe('deleted_items');
    expect(search('filesystem', {}, ['critical'])).toEqual([]);
  });

  it('lists a name found in two buckets once', () => {
    const hits = search('delete file');
    expect(hits.map((hit) => hit.name)).toEqual(['delete_file']);
  });

  it('keeps hostile names as data: markup and odd Unicode are names like any other', () => {
    const hostile = buildNameBuckets({
      servers: [
        {
          slug: 'evil',
          name: '<img src=x onerror=alert(1)>',
          tools: [tool('</script><script>alert(1)</script>'), tool('‮exec_shell'), tool('日本語ツール')],
        },
      ],
    });
    for (const file of hostile.keys()) expect(file).toMatch(/^(_[0-9a-f]+|[a-z0-9]+)$/);
    expect(search('script', {}, undefined, hostile).map((hit) => hit.name)).toEqual(['</script><script>alert(1)</script>']);
    expect(search('日本語', {}, undefined, hostile).map((hit) => hit.name)).toEqual(['日本語ツール']);
    expect(search('img', {}, undefined, hostile).map((hit) => [hit.type, hit.path])).toEqual([['server', 'servers/evil/']]);
  });
});

describe('name index of the bundled catalogue', () => {
  it('finds every tool by its exact name among the first results, each at its own page', async () => {
    const atlas = buildAtlas(await loadValidCatalogue(path.resolve(import.meta.dirname, '../../content')));
    const index = buildNameBuckets({
      servers: atlas.servers.map((server) => ({
        slug: server.slug,
        name: server.server.name,
        tools: server.tools.map((t) => ({
          name: revealHidden(t.tool.name),
          slug: t.slug,
          risk: t.classification.risk,
          category: t.classification.category,
        })),
      })),
    });
    for (const atlasTool of atlas.tools) {
      const name = revealHidden(atlasTool.tool.name);
      if (nameWords(name).length === 0) continue;
      const hits = search(name, {}, undefined, index);
      const exact = hits.filter((hit) => hit.rank === 0);
      expect(
        exact.map((hit) => hit.name.toLowerCase()),
        name,
      ).toContain(name.toLowerCase());
      expect(
        hits.slice(0, exact.length).every((hit) => hit.rank === 0),
        name,
      ).toBe(true);
      const own = hits.find((hit) => hit.path === atlasTool.path);
      expect(own, `${atlasTool.path} found by ${name}`).toMatchObject({
        type: 'tool',
        risk: atlasTool.classification.risk,
        category: atlasTool.classification.category,
        serverName: atlasTool.server.server.name,
      });
    }
  });
});
