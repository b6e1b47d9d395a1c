/**
 * Pure: the tool name the search page offers as an example of an exact-name search, taken from the
 * catalogue being built (so a site of other servers never shows a name it does not have). The
 * first tool, in catalogue order, at the highest risk the catalogue has, whose name is plain
 * enough to type: ASCII letters, digits and `_ . -`, 3 to 60 characters. Catalogue text is
 * hostile; a name that is not plain is never offered.
 */
import { RISK_RANK, type RiskLevel } from '../values/index.ts';

const PLAIN_NAME = /^[A-Za-z][\w.-]{2,59}$/;

export function searchExampleName(tools: readonly { name: string; risk: RiskLevel }[]): string | undefined {
  let best: { name: string; rank: number } | undefined;
  for (const tool of tools) {
    if (!PLAIN_NAME.test(tool.name)) continue;
    const rank = RISK_RANK[tool.risk];
    if (!best || rank > best.rank) best = { name: tool.name, rank };
  }
  return best?.name;
}
