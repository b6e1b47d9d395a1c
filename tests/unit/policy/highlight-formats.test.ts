/**
 * The highlighted tabs: each compiled file highlighted part by part and line by line (comments put
 * in shiki's markup directly, code once per shape with the tool's name swapped out and back) must
 * read exactly as the file, whatever the names hold, on every server of the bundled and hostile
 * catalogues and on one-tool policies of each; and the light colouring of large server files too.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../../src/catalogue/load.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { compilePolicy, FORMAT_INFO, nameInFile, POLICY_FORMATS } from '../../../src/risk/policy/formats.ts';
import { recommendRule, serverPolicy, toolPolicy } from '../../../src/risk/policy/recommend.ts';
import { compactShiki, highlightCompiled, highlightJson, highlightLight, TOKEN_CLASSES } from '../../../src/site/highlight.ts';
import { readFileSync } from 'node:fs';
import { decodeEntities } from '../../helpers/html.ts';
import { REFERENCE_CATALOGUE } from '../../helpers/catalogues.ts';

/** What a reader copies: the code's text content. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ''));
}

describe.each([
  ['the reference catalogue', REFERENCE_CATALOGUE],
  ['the hostile catalogue', 'tests/fixtures/catalogues/hostile'],
])('highlighted formats of %s', (_, dir) => {
  it('read exactly as the compiled files, server files and one-tool files alike', async () => {
    const servers = await loadValidCatalogue(path.resolve(dir));
    let checked = 0;
    for (const server of servers) {
      const entries = server.tools.map(({ tool }) => ({ tool, classification: classifyTool(tool, { server: server.server.name }) }));
      const options = { server: { name: server.server.name, slug: server.slug } };
      const policies = [
        serverPolicy(entries),
        ...entries.slice(0, 8).map(({ tool, classification }) => toolPolicy(tool.name, recommendRule(tool, classification))),
      ];
      for (const policy of policies) {
        for (const format of POLICY_FORMATS) {
          if (format === 'json') continue;
          const compiled = compilePolicy(format, policy, options);
          const html = await highlightCompiled(compiled, FORMAT_INFO[format].language, (name) => nameInFile(format, name));
          expect(textOf(html), `${server.slug} ${format}`).toBe(compiled.text.slice(0, -1));
          expect(html.split('<span').length, `${server.slug} ${format}: balanced spans`).toBe(html.split('</span>').length);
          // Every colour our files get is one of the token classes: the compact markup keeps no style attribute.
          const compact = compactShiki(html);
          expect(compact.match(/<span style=/g) ?? [], `${server.slug} ${format}`).toEqual([]);
          expect(textOf(compact)).toBe(compiled.text.slice(0, -1));
          expect(textOf(highlightLight(compiled.text))).toBe(compiled.text.slice(0, -1));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  }, 120_000);
});

describe('highlighting', () => {
  it('has one CSS rule per token class, with the same colours', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    // Prettier writes each rule on its own lines and the colours in lower case.
    const rule = /\.shiki \.sk(\d+) \{\s*--shiki-light: (#[0-9a-f]{6});\s*--shiki-dark: (#[0-9a-f]{6});\s*\}/gi;
    const rules = [...css.matchAll(rule)].map((m) => [Number(m[1]), m[2]!.toUpperCase(), m[3]!.toUpperCase()]);
    expect(rules).toEqual(TOKEN_CLASSES.map(([light, dark], i) => [i, light, dark]));
  });

  it('compacts JSON tabs too, and leaves a colour it does not know as a style', async () => {
    const html = await highlightJson({ version: '1', default: 'deny', tools: { t: { action: 'allow' } } });
    expect(compactShiki(html)).not.toMatch(/<span style=/);
    expect(compactShiki('<span style="--shiki-light:#123456;--shiki-dark:#654321">x</span>')).toBe(
      '<span style="--shiki-light:#123456;--shiki-dark:#654321">x</span>',
    );
  });

  it('colours comment lines as shiki does, without calling it per line', async () => {
    const policy = toolPolicy('x_tool', {
      action: 'rate_limit',
      limits: [{ counter: 'x_tool.calls', window: 'minute', max: 5, scope: 'agent' }],
    });
    const compiled = compilePolicy('cedar', policy);
    const html = await highlightCompiled(compiled, 'cedar', (name) => nameInFile('cedar', name));
    const comment = html.split('\n').find((line) => line.includes('NOT ENFORCED: '))!;
    expect(comment).toMatch(
      /^<span class="line"><span style="[^"]+">\/\/ NOT ENFORCED: At most 5 calls per minute per agent is not counted\./,
    );
  });
});
