import path from 'node:path';
import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { buildAtlas } from '../../src/site/atlas.ts';
import { serverPolicyFor } from '../../src/site/server-view.ts';
import { highlightPolicyFile } from '../../src/site/highlight.ts';

const atlas = buildAtlas(await loadValidCatalogue(path.resolve(import.meta.dirname, '../../content')));
const shiki = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['json'] });
const whole = (value: unknown) =>
  shiki.codeToHtml(JSON.stringify(value, null, 2), {
    lang: 'json',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });

describe('a server policy highlighted rule by rule', () => {
  it('is byte for byte what shiki gives for the whole file, for every bundled server', async () => {
    for (const server of atlas.servers) {
      const policy = serverPolicyFor(server);
      expect(await highlightPolicyFile(policy), server.slug).toBe(whole(policy));
    }
  });

  it('stays exact for names that also occur in the rest of the file, and for odd names', async () => {
    const rule = { action: 'allow' };
    const policy = {
      version: '1',
      default: 'deny',
      tools: {
        deny: { action: 'deny', reason: 'deny deny' },
        '1': rule,
        tools: { action: 'hide' },
        '</span>"\\': rule,
        version: { action: 'rate_limit', limits: [{ counter: 'version.calls', window: 'minute', max: 1, scope: 'session' }] },
      },
    };
    expect(await highlightPolicyFile(policy)).toBe(whole(policy));
  });

  it('handles one tool and no tools', async () => {
    for (const tools of [{}, { only: { action: 'allow' } }]) {
      const policy = { version: '1', default: 'deny', tools };
      expect(await highlightPolicyFile(policy)).toBe(whole(policy));
    }
  });
});
