/**
 * The allowed values of the atlas's own vocabulary, declared once as plain `as const` arrays: the
 * five categories, the four risk levels, the policy actions, limit windows and scopes. Plain data
 * with no imports, so browser code (the search page, the policy builder) can use them without
 * pulling zod into its bundle; the zod enums, ranks and lists elsewhere derive from these.
 */

/** The kinds of power a tool hands an agent, from least to most powerful. */
export const CATEGORIES = ['Read', 'Write', 'Execute', 'Destructive', 'Financial'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How dangerous a tool is, from least to most. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What a gateway rule does with calls to a tool, from most to least permissive. */
export const POLICY_ACTIONS = ['allow', 'rate_limit', 'require_approval', 'deny', 'hide'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** The periods a rate limit counts over. */
export const LIMIT_WINDOWS = ['minute', 'hour', 'day'] as const;
export type LimitWindowValue = (typeof LIMIT_WINDOWS)[number];

/** Whose calls a rate limit counts together. */
export const LIMIT_SCOPES = ['session', 'agent', 'user', 'grant', 'global'] as const;
export type LimitScopeValue = (typeof LIMIT_SCOPES)[number];

/** The four MCP tool annotation hints, in the spec's order. */
export const ANNOTATION_HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
export type AnnotationHint = (typeof ANNOTATION_HINTS)[number];

/** `{ Read: 0, Write: 1, ... }`: the position of each value in its list, for ordering. */
function ranks<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: number } {
  return Object.fromEntries(values.map((value, index) => [value, index])) as { [K in T[number]]: number };
}

export const CATEGORY_RANK = ranks(CATEGORIES);
export const RISK_RANK = ranks(RISK_LEVELS);
