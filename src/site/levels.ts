/** What each risk level and category means, in the words the risk and category pages use. */
import type { Category, RiskLevel } from '../catalogue/schema.ts';

export const RISK_MEANING: Record<RiskLevel, string> = {
  low:
    'Reads information that is not sensitive, or changes nothing. A mistaken or manipulated call costs little; allow it and ' +
    'watch the volume.',
  medium:
    'Reads data that may be sensitive, or makes changes that are easy to undo. Allow it with a rate limit, and know what it can reach.',
  high:
    'Changes systems, runs code or reaches outside, with effects that are hard to undo. Rate-limit it, validate its ' +
    'arguments, and consider approval.',
  critical:
    'Destroys data, spends money, runs arbitrary commands or hands out access. One bad call can be an incident: require a human ' +
    'approval or deny it.',
};

export const CATEGORY_MEANING: Record<Category, string> = {
  Read:
    'Tools that look things up: they return data and change nothing. Their risk is in what they reveal and what their ' +
    'output can inject into the agent.',
  Write:
    'Tools that create or change things: records, files, settings, resources. Their risk is in what they overwrite and who else ' +
    'is affected.',
  Execute: 'Tools that run something: code, commands, queries, builds, workflows. Their effects depend on the arguments the agent chooses.',
  Destructive: 'Tools that delete, terminate or revoke. What they do usually cannot be undone.',
  Financial: 'Tools that move money or commit spending: payments, purchases, paid capacity.',
};

export { capitalize } from '../risk/text.ts';
