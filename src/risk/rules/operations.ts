/**
 * Rules for multi-action tools: one tool whose `action`/`operation` argument picks what it does
 * ("list", "get-job", "delete-job"). Such a tool is as dangerous as its worst operation, since the
 * agent chooses the operation on every call. Values come from the argument's `enum`, else from the
 * lists authors write in the argument's or the tool's description (never the names of the
 * server's other tools that a description mentions).
 */
import type { RuleMeta } from './types.ts';

export const OPERATION_RULES = {
  value: {
    id: 'operation.value',
    summary:
      'One value of the dispatching argument (`action`, `operation`, `command` with an enum), judged like a name verb with the verb table: the tool is as dangerous as its worst value, and its recommended rule lets only the read-only values through.',
    implies: {},
    fires: { name: 'manage_jobs', parameters: { operation: { type: 'string', enum: ['list-jobs', 'delete-job'] } } },
    quiet: { name: 'manage_jobs', parameters: { job_name: 'string' } },
  },
  multiAction: {
    id: 'operation.multi-action',
    summary:
      'A dispatching argument whose values fall in more than one category: one tool bundles reads and changes, and the agent picks on every call.',
    implies: { capability: 'multi-action' },
    fires: { name: 'manage_jobs', parameters: { operation: { type: 'string', enum: ['list-jobs', 'delete-job'] } } },
    quiet: { name: 'manage_jobs', parameters: { operation: { type: 'string', enum: ['list-jobs', 'get-job'] } } },
  },
  externalContent: {
    id: 'operation.external-content',
    summary:
      'A reading value of the dispatching argument that, read as a tool name, returns text others wrote ("fetch_task_logs", "read_email", "get_document"): with that value the tool hands logs, messages or documents to the agent as input, so the whole tool does.',
    implies: { capability: 'external-content' },
    fires: { name: 'diagnostics_tool', parameters: { action: { type: 'string', enum: ['fetch_task_logs', 'fetch_task_status'] } } },
    quiet: { name: 'diagnostics_tool', parameters: { action: { type: 'string', enum: ['fetch_task_metrics', 'fetch_task_status'] } } },
  },
} as const satisfies Record<string, RuleMeta>;
