/**
 * Verdicts that must agree across the whole bundled catalogue: tools whose names say the same
 * thing (a plural, a "_versions" list) land in the same category, and no tool that only reads is
 * Financial.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { singulars, splitWords } from '../../../src/risk/words.ts';
import { server } from './helpers.ts';
import { REFERENCE_SERVERS } from '../../helpers/catalogues.ts';

const files = readdirSync(REFERENCE_SERVERS).filter((file) => file.endsWith('.json'));
const classified = files.flatMap((file) => {
  const s = server(file);
  const siblings = new Set(s.tools.map((t) => t.name));
  return s.tools.map((tool) => ({ file, tool, classification: classifyTool(tool, { siblings }) }));
});

/** The name with plurals made singular and a trailing "versions"/"version" dropped: siblings share it. */
function siblingKey(name: string): string {
  const words = splitWords(name).map((word) => singulars(word.lower)[0] ?? word.lower);
  while (words.length > 1 && words[words.length - 1] === 'version') words.pop();
  return words.join(' ');
}

/** Sibling pairs whose different verdicts are right, each with the reason. */
const EXPLAINED = new Map<string, string>([]);

describe('verdicts across the bundled catalogue', () => {
  it('put siblings that differ only by a plural or a "versions" suffix in the same category', () => {
    const groups = new Map<string, typeof classified>();
    for (const entry of classified) {
      const key = `${entry.file} ${siblingKey(entry.tool.name)}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const disagreeing = [...groups.values()]
      .filter((group) => group.length > 1 && new Set(group.map((e) => e.classification.category)).size > 1)
      .map((group) => group.map((e) => `${e.tool.name}: ${e.classification.category}`).join(' vs '))
      .filter((pair) => !EXPLAINED.has(pair));
    expect(disagreeing).toEqual([]);
  });

  it('finds sibling groups to compare (the check has something to check)', () => {
    const keys = classified.map((e) => `${e.file} ${siblingKey(e.tool.name)}`);
    expect(keys.length - new Set(keys).size).toBeGreaterThanOrEqual(4);
  });

  it('never makes a tool Financial that only reads: every Financial tool is predicted not read-only and changes something', () => {
    const financial = classified.filter((e) => e.classification.category === 'Financial');
    expect(financial.length).toBeGreaterThan(5);
    for (const e of financial) {
      expect(e.classification.suggestedAnnotations.readOnlyHint, e.tool.name).toBe(false);
      expect(
        e.classification.signals.some(
          (s) => s.accepted && s.category === 'Financial' && (s.capability === 'spending' || s.capability === 'money'),
        ),
        e.tool.name,
      ).toBe(true);
    }
  });

  it('gives every tool that reads billing, cost or invoice data a Read verdict, never Financial', () => {
    const reads = classified.filter(
      (e) => /^(list|get|describe)[-_]/i.test(e.tool.name) && /billing|cost|invoice|budget|credit/i.test(e.tool.name),
    );
    expect(reads.length).toBeGreaterThan(5);
    for (const e of reads) expect(e.classification.category, e.tool.name).toBe('Read');
  });
});
