/**
 * Properties that must hold for every tool of the bundled catalogue: valid output, grammatical
 * and specific text, policies that validate, FAQ answers that agree with the rule, and pattern ids
 * that all have their MDX page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../../src/catalogue/load.ts';
import type { Tool } from '../../../src/catalogue/schema.ts';
import { articleFor } from '../../../src/risk/article.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { toolFaq } from '../../../src/risk/faq.ts';
import { explainRule, recommendRule, serverPolicy, toolPolicy } from '../../../src/risk/policy/recommend.ts';
import { parsePolicyFile, PolicyFileSchema, type ToolRule } from '../../../src/risk/policy/schema.ts';
import { PATTERN_IDS } from '../../../src/risk/patterns.ts';
import { ClassificationSchema, type Classification } from '../../../src/risk/schema.ts';
import { REFERENCE_CATALOGUE } from '../../helpers/catalogues.ts';

interface Entry {
  server: string;
  serverName: string;
  packageName: string;
  registry: 'npm' | 'pypi' | 'docker' | 'remote' | 'other';
  tool: Tool;
  classification: Classification;
  rule: ToolRule;
  texts: string[];
}

let entries: Entry[] = [];

beforeAll(async () => {
  const servers = await loadValidCatalogue(REFERENCE_CATALOGUE);
  entries = servers.flatMap((s) =>
    s.tools.map(({ tool }) => {
      const classification = classifyTool(tool, { server: s.server.name });
      const rule = recommendRule(tool, classification);
      const faq = toolFaq({
        toolName: tool.name,
        serverName: s.server.name,
        packageName: s.server.package.name,
        registry: s.server.package.registry,
        classification,
        rule,
        ...(tool.description ? { description: tool.description } : {}),
      });
      const texts = [
        classification.rationale,
        ...classification.evidence,
        ...classification.annotationConflicts,
        ...classification.patterns.map((p) => p.why),
        ...classification.signals.map((s) => s.note),
        explainRule(tool.name, rule),
        ...faq.flatMap((item) => [item.question, item.answer]),
      ];
      return {
        server: s.slug,
        serverName: s.server.name,
        packageName: s.server.package.name,
        registry: s.server.package.registry,
        tool,
        classification,
        rule,
        texts,
      };
    }),
  );
});

/** Generated text with the quotations of third-party text removed (authors' grammar is theirs). */
function ownWords(text: string): string {
  return text.replace(/“[^”]*”/g, '“…”').replace(/`[^`]*`/g, '`…`');
}

describe('the whole bundled catalogue', () => {
  it('has over a thousand tools', () => {
    expect(entries.length).toBeGreaterThan(1000);
  });

  it('produces classifications that validate against ClassificationSchema', () => {
    for (const e of entries) expect(ClassificationSchema.safeParse(e.classification).success, e.tool.name).toBe(true);
  });

  it('never writes "a Execute", "a Destructive" or a wrong article before a category, a risk level or an acronym', () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const text of e.texts) {
        // Third-party text inside quotation marks keeps its own grammar; our words must not.
        if (/\ba (Execute|Destructive)\b/.test(ownWords(text))) bad.push(`${e.tool.name}: ${text}`);
        for (const match of ownWords(text).matchAll(/\b(a|an) ([A-Za-z][A-Za-z0-9]*)/g)) {
          const word = match[2]!;
          if (
            /^(Read|Write|Execute|Destructive|Financial|low|medium|high|critical|[A-Z0-9]{2,})$/.test(word) &&
            articleFor(word) !== match[1]!.toLowerCase()
          ) {
            bad.push(`${e.tool.name}: “${match[0]}” in ${text}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every tool a rationale of its own (no two identical, each naming its tool)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const e of entries) {
      const other = seen.get(e.classification.rationale);
      if (other) duplicates.push(`${e.server}/${e.tool.name} = ${other}`);
      seen.set(e.classification.rationale, `${e.server}/${e.tool.name}`);
      expect(e.classification.rationale).toContain(e.tool.name);
    }
    expect(duplicates).toEqual([]);
  });

  it('quotes the definition in the evidence', () => {
    for (const e of entries) {
      expect(e.classification.evidence.length, e.tool.name).toBeGreaterThan(0);
      expect(
        e.classification.evidence.some((line) => line.includes(e.tool.name) || /“|`/.test(line)),
        e.tool.name,
      ).toBe(true);
    }
  });

  it('recommends rules that validate, alone and as one server-wide policy with default deny', () => {
    for (const e of entries) {
      const file = toolPolicy(e.tool.name, e.rule);
      const parsed = PolicyFileSchema.safeParse(file);
      expect(parsed.success, `${e.tool.name}: ${JSON.stringify(e.rule)}`).toBe(true);
    }
    const byServer = Map.groupBy(entries, (e) => e.server);
    for (const [server, list] of byServer) {
      const policy = serverPolicy(list.map(({ tool, classification }) => ({ tool, classification })));
      expect(policy.default).toBe('deny');
      expect(Object.keys(policy.tools)).toHaveLength(list.length);
      const parsed = parsePolicyFile(JSON.parse(JSON.stringify(policy)));
      expect(parsed.success, server).toBe(true);
    }
  });

  it('uses the same numbers in the FAQ as in the rule, and a deny rule that validates in the block answer', () => {
    for (const e of entries) {
      const faq = toolFaq({
        toolName: e.tool.name,
        serverName: e.serverName,
        packageName: e.packageName,
        registry: e.registry,
        classification: e.classification,
        rule: e.rule,
      });
      const rateLimit = faq.find((item) => item.question.startsWith('How do I rate-limit'))!;
      if ((e.rule.action === 'rate_limit' || e.rule.action === 'require_approval') && e.rule.limits) {
        for (const limit of e.rule.limits) {
          expect(rateLimit.answer).toContain(`at most ${limit.max} call`);
          expect(rateLimit.answer).toContain(`per ${limit.window}`);
          expect(rateLimit.answer).toContain(JSON.stringify(limit));
        }
      }
      const block = faq.find((item) => item.question.startsWith('How do I block'))!;
      const snippet = parsePolicyFile(JSON.parse(block.snippet!));
      expect(snippet.success).toBe(true);
      if (snippet.success) expect(snippet.data.tools[e.tool.name]?.action).toBe('deny');
      const enforce = faq.find((item) => item.question.startsWith('How do I enforce'))!;
      expect(enforce.answer).toContain(explainRule(e.tool.name, e.rule));
      for (const item of faq) expect(item.answer).not.toMatch(/PolicyLayer/i);
    }
  });

  it('only links pattern ids that have an MDX page, and uses them all', () => {
    const files = new Set(
      readdirSync(path.resolve('content/attack-patterns'))
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => n.slice(0, -4)),
    );
    expect([...files].sort()).toEqual([...PATTERN_IDS].sort());
    const used = new Set<string>();
    for (const e of entries) for (const link of e.classification.patterns) used.add(link.id);
    for (const id of used) expect(files.has(id), id).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(PATTERN_IDS.length - 1);
  });

  it('spreads the catalogue over every category and risk level', () => {
    const categories = new Set(entries.map((e) => e.classification.category));
    const risks = new Set(entries.map((e) => e.classification.risk));
    expect(categories.size).toBe(5);
    expect(risks.size).toBe(4);
  });
});

describe('attack-pattern MDX files', () => {
  const dir = path.resolve('content/attack-patterns');
  const KEYS = ['name', 'summary', 'severity', 'references', 'owasp', 'atlas'];
  it.each(PATTERN_IDS.map((id) => [id]))('%s has exactly the agreed frontmatter keys and the three sections', (id) => {
    const text = readFileSync(path.join(dir, `${id}.mdx`), 'utf8');
    const front = text.match(/^---\n([\s\S]*?)\n---\n/)?.[1];
    expect(front).toBeDefined();
    const keys = [...front!.matchAll(/^([a-z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(KEYS);
    expect(front).toMatch(/^severity: (medium|high|critical)$/m);
    for (const url of front!.matchAll(/url: "([^"]+)"/g)) expect(url[1]).toMatch(/^https:\/\//);
    for (const owasp of front!.matchAll(/- "((?:LLM|MCP)\d\d:2025)"/g)) expect(owasp[1]).toMatch(/^(LLM|MCP)(0[1-9]|10):2025$/);
    for (const atlas of front!.matchAll(/- "(AML\.[^"]+)"/g)) expect(atlas[1]).toMatch(/^AML\.T\d{4}(\.\d{3})?$/);
    for (const heading of ['## How it works against MCP tools', '## What it looks like in a tool definition', '## Mitigations'])
      expect(text).toContain(heading);
  });
});
