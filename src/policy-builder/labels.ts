/** The words the builder's controls show for actions, windows and scopes. */
import type { LimitScope, LimitWindow, RuleAction } from '../risk/policy/schema.ts';

export const ACTION_LABELS: Record<RuleAction, string> = {
  allow: 'Allow',
  rate_limit: 'Rate-limit',
  require_approval: 'Require approval',
  deny: 'Deny (refuse calls)',
  hide: 'Hide (remove from the tool list)',
};

/** Shorter, for the select in each row of the server builder. */
export const ACTION_SHORT_LABELS: Record<RuleAction, string> = {
  allow: 'Allow',
  rate_limit: 'Rate-limit',
  require_approval: 'Require approval',
  deny: 'Deny',
  hide: 'Hide',
};

export const WINDOW_LABELS: Record<LimitWindow, string> = { minute: 'minute', hour: 'hour', day: 'day' };

export const SCOPE_LABELS: Record<LimitScope, string> = {
  session: 'client session',
  agent: 'agent',
  user: 'user',
  grant: 'access grant',
  global: 'all callers together',
};
