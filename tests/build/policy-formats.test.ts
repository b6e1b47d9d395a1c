/**
 * The policy formats as built: beside every server's policy.json, the same policy in every
 * gateway's format (policy.cedar, policy.cel.yaml, policy.pomerium.yaml, docker-tools.yaml) and a
 * ToolHive authz config ready to load; on every tool and server page, one tab per format whose
 * code is exactly what the compiler writes for the engine's rule (computed here from the
 * catalogue), with what that gateway cannot enforce and its guide; every guide built.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { compilePolicy, FORMAT_INFO, POLICY_FORMATS } from '../../src/risk/policy/formats.ts';
import { compileCedar } from '../../src/risk/policy/cedar.ts';
import { expectedSite } from '../helpers/expected.ts';
import { attr, elementTextById, parseDocument, text } from '../helpers/html.ts';

const expected = await expectedSite('content');
let site: string;

beforeAll(() => {
  site = inject('bundledSite');
});

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');

describe('per-server files in every format', () => {
  it("are built for every server, exactly as the compiler writes the engine's policy", () => {
    for (const server of expected.servers) {
      const options = { server: { name: server.server.server.name, slug: server.server.slug } };
      for (const format of POLICY_FORMATS) {
        if (format === 'json') continue;
        const file = `servers/${server.server.slug}/${FORMAT_INFO[format].fileName}`;
        expect(existsSync(path.join(site, file)), file).toBe(true);
        expect(read(file), file).toBe(compilePolicy(format, server.policy, options).text);
      }
    }
  });

  it('include a ToolHive authz config whose every policy is one Cedar statement of policy.cedar', () => {
    for (const server of expected.servers) {
      const config = JSON.parse(read(`servers/${server.server.slug}/toolhive-authz.json`)) as {
        version: string;
        type: string;
        cedar: { policies: string[]; entities_json: string };
      };
      expect(config).toMatchObject({ version: '1.0', type: 'cedarv1', cedar: { entities_json: '[]' } });
      expect(config.cedar.policies.length).toBeGreaterThan(0);
      for (const policy of config.cedar.policies) {
        const parts = cedar.policySetTextToParts(policy);
        expect(parts.type === 'success' && parts.policies.length, policy).toBe(1);
      }
      // Together they are policy.cedar without its comments: the same decisions.
      const statements = cedar.policySetTextToParts(compileCedar(server.policy).text);
      if (statements.type !== 'success') throw new Error(server.server.slug);
      if (statements.policies.length > 0) expect(config.cedar.policies.length).toBe(statements.policies.length);
      else expect(config.cedar.policies).toEqual(['forbid (principal, action, resource) when { false };']);
    }
  });
});

describe('the format tabs on pages', () => {
  it("show every format on every tool page, each the compiler's text for the tool's rule", () => {
    const problems: string[] = [];
    for (const tool of expected.tools) {
      const html = read(tool.file);
      const options = { server: { name: tool.server.server.name, slug: tool.server.slug } };
      for (const format of POLICY_FORMATS) {
        const shown = elementTextById(html, `policy-${format}`);
        const want =
          format === 'json' ? JSON.stringify(tool.policy, null, 2) : compilePolicy(format, tool.policy, options).text.slice(0, -1);
        if (shown !== want) problems.push(`${tool.file}: the ${format} tab differs from the compiler's text`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("show every format on every server page, as the server's files", () => {
    for (const server of expected.servers) {
      const html = read(server.file);
      const options = { server: { name: server.server.server.name, slug: server.server.slug } };
      for (const format of POLICY_FORMATS) {
        const want =
          format === 'json' ? JSON.stringify(server.policy, null, 2) : compilePolicy(format, server.policy, options).text.slice(0, -1);
        expect(elementTextById(html, `server-policy-${format}`), `${server.file} ${format}`).toBe(want);
      }
    }
  });

  it("work without JavaScript: one radio per format, the site's default checked, each panel with its gateway's limits and guide", async () => {
    const tool = expected.tools.find((t) => t.tool.name === 'build_and_push_image_to_ecr')!;
    const doc = await parseDocument(read(tool.file));
    const radios = doc.querySelectorAll('input[data-format-choice]');
    expect(radios.map((r) => attr(r, 'value'))).toEqual([...POLICY_FORMATS]);
    expect(radios.filter((r) => attr(r, 'checked') !== undefined).map((r) => attr(r, 'value'))).toEqual([
      expected.settings.defaultPolicyFormat,
    ]);
    for (const radio of radios) expect(doc.querySelector(`label[for="${attr(radio, 'id')}"]`)).not.toBeNull();
    // Cedar cannot count calls: the rule's limit is stated, with ToolHive's own rate limiting to pair it with.
    const cedarNotes = text(doc.querySelector('[data-format-limits="cedar"]'));
    expect(cedarNotes).toMatch(/At most 20 calls per hour per agent is not counted\. Cedar decides one call at a time and has no counters/);
    // It waits for a person: ToolHive has no approval step, and the page says what to do instead.
    expect(cedarNotes).toMatch(/ToolHive has no approval step/);
    expect(cedarNotes).toMatch(/rateLimiting/);
    expect(doc.querySelector('[data-format-limits="cedar"] a[href="/gateways/toolhive/"]')).not.toBeNull();
    // agentgateway cannot see the app_path check, and says so.
    expect(text(doc.querySelector('[data-format-limits="cel"]'))).toMatch(
      /app_path must start with “\/workspace\/” \(a placeholder: put your own in its place\) is not checked/,
    );
    // The placeholder is marked in the files themselves.
    expect(elementTextById(read(tool.file), 'policy-cedar')).toMatch(/PLACEHOLDER: `app_path`: “\/workspace\/”/);
    expect(elementTextById(read(tool.file), 'policy-json')).toMatch(/"placeholder": true/);
  });

  it('answer "how do I enforce this in <gateway>" for each gateway, from the compiled file\'s own limits', () => {
    const tool = expected.tools.find((t) => t.tool.name === 'build_and_push_image_to_ecr')!;
    const html = read(tool.file);
    for (const gateway of ['ToolHive', 'agentgateway', 'Pomerium', 'Docker MCP Gateway']) {
      expect(html).toContain(`How do I enforce this rule on build_and_push_image_to_ecr in ${gateway}?`);
    }
    const options = { server: { name: tool.server.server.name, slug: tool.server.slug } };
    for (const limitation of compilePolicy('pomerium', tool.policy, options).limitations)
      expect(html.replaceAll('&#39;', "'")).toContain(limitation.text.replaceAll('`', '').slice(0, 40));
  });
});

describe('gateway guides', () => {
  it.each(['toolhive', 'agentgateway', 'pomerium', 'docker'])('/gateways/%s/ is built, with an example the compiler wrote', (guide) => {
    const html = read(`gateways/${guide}/index.html`);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toMatch(/What it cannot, and what to pair it with/);
    expect(html).toContain('id="example-');
  });
});
