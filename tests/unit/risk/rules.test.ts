/**
 * One test per rule id: each rule fires on its own positive example and stays quiet on its close
 * negative one. The examples live beside the rules (src/risk/rules/) and the methodology page shows
 * them, so a rule without a working example cannot ship.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool, RULE_BY_ID, RULES, rulesApplied } from '../../../src/risk/rules/index.ts';
import { RULE_SECTIONS } from '../../../src/risk/rules/types.ts';
import { POISONING_DETECTOR_IDS } from '../../../src/risk/signals/poisoning.ts';
import { ruleAnchor } from '../../../src/site/urls.ts';
import { server } from './helpers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_SERVERS } from '../../helpers/catalogues.ts';

describe('the rule tables', () => {
  it('give every rule a unique id that starts with its section', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.section}.`), rule.id).toBe(true);
    for (const rule of RULES) expect(RULE_SECTIONS).toContain(rule.section);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s fires on its example and not on its counter-example', (id, rule) => {
    const fired = rulesApplied(classifyTool(exampleTool(rule.fires)));
    expect([...fired], `${id} should fire on ${JSON.stringify(rule.fires)}`).toContain(id);
    const quiet = rulesApplied(classifyTool(exampleTool(rule.quiet)));
    expect([...quiet], `${id} should stay quiet on ${JSON.stringify(rule.quiet)}`).not.toContain(id);
  });

  it('write summaries the methodology page can show: no article before a category name ("a Write"), as the page test refuses', () => {
    const articled = RULES.filter((rule) => /\b(?:a|an) (?:Read|Write|Execute|Destructive|Financial)\b/.test(rule.summary)).map(
      (rule) => rule.id,
    );
    expect(articled).toEqual([]);
  });

  it('give every rule its own anchor on the methodology page', () => {
    const anchors = RULES.map((rule) => ruleAnchor(rule.id));
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9-]+$/);
  });

  it('give every poisoning detector an entry', () => {
    for (const id of POISONING_DETECTOR_IDS) expect(RULE_BY_ID.has(`poisoning.${id}`), id).toBe(true);
  });

  it('hold every rule id the code names: the verdict steps decide by ids written as strings, so a renamed rule cannot leave one behind', () => {
    const sources = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : [],
      );
    const sections = RULE_SECTIONS.join('|');
    const named = new RegExp(`['\`](?:${sections})\\.[a-z0-9-]+['\`]`, 'g');
    const unknown: string[] = [];
    let seen = 0;
    for (const file of sources('src')) {
      for (const [quoted] of readFileSync(file, 'utf8').matchAll(named)) {
        seen++;
        if (!RULE_BY_ID.has(quoted.slice(1, -1))) unknown.push(`${file}: ${quoted}`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(unknown).toEqual([]);
  });

  it('name every rule a classification of the bundled catalogue uses', () => {
    const unknown = new Set<string>();
    for (const file of readdirSync(REFERENCE_SERVERS)) {
      for (const tool of server(file).tools) {
        for (const id of rulesApplied(classifyTool(tool))) if (!RULE_BY_ID.has(id)) unknown.add(id);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
