/**
 * axe-core in a page, for browser tests. The script goes in through page.evaluate (DevTools), not a
 * <script> tag, so it runs under the site's strict Content-Security-Policy too.
 *
 *   expect(await axeViolations(page)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './build.ts';

let source: string | undefined;

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/**
 * axe's violations (every rule it runs by default: WCAG 2.x A and AA plus best practices), one line
 * per rule and element: "color-contrast (serious): .badge[data-risk=low]: Fix any of ...".
 */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  source ??= readFileSync(path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const result = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const found = await axe.run({ include: [document], exclude: exclude.map((selector) => [selector]) }, { resultTypes: ['violations'] });
    return found.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, options.exclude ?? []);
  return result.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ').slice(0, 300)}`,
    ),
  );
}
