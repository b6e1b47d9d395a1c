/**
 * Rules for the MCP annotations a server author writes on a tool. The spec calls them hints from
 * an untrusted author: a hint that raises risk (readOnlyHint: false) is taken at its word, a hint
 * that lowers it (readOnlyHint: true) is a claim the verdict accepts only when nothing else
 * contradicts it. destructiveHint: true is the spec's default for any tool that is not read-only,
 * so it is weak evidence: it decides only where the tool's own words are silent.
 */
import type { RuleMeta } from './types.ts';

export const ANNOTATION_RULES = {
  readOnly: {
    id: 'annotation.read-only',
    summary:
      '`readOnlyHint: true`: the author claims the tool changes nothing. Accepted only when no name verb, parameter or operation contradicts it.',
    implies: { category: 'Read', risk: 'low' },
    fires: { name: 'thing', annotations: { readOnlyHint: true } },
    quiet: { name: 'thing', annotations: { readOnlyHint: false } },
  },
  changes: {
    id: 'annotation.changes',
    summary: '`readOnlyHint: false`: the author says the tool changes its environment; taken at its word.',
    implies: { category: 'Write', risk: 'medium' },
    fires: { name: 'thing', annotations: { readOnlyHint: false } },
    quiet: { name: 'thing', annotations: { readOnlyHint: true } },
  },
  destructive: {
    id: 'annotation.destructive',
    summary:
      '`destructiveHint: true` on a tool that is not read-only: the author warns that it may destroy or overwrite data. The spec assumes this of every tool that is not read-only, and it covers any update in place, so it is weak evidence: a strong finding of the name, schema or operations that names another category outranks it (a `create_`, `query_` or `resize_` verb), it never adds "deletes data" to such a tool, and alone it gives Write at medium (verdict.destructive-hint-only). It counts where other words of the definition also say the tool destroys.',
    implies: { category: 'Destructive', risk: 'high', capability: 'destruction' },
    fires: { name: 'thing', annotations: { readOnlyHint: false, destructiveHint: true } },
    quiet: { name: 'thing', annotations: { readOnlyHint: false, destructiveHint: false } },
  },
  notDestructive: {
    id: 'annotation.not-destructive',
    summary:
      '`destructiveHint: false`: the author claims the tool only adds. It demotes weak destructive hints to writes, but not a destructive verb in the name or an operation.',
    implies: {},
    fires: { name: 'thing', annotations: { readOnlyHint: false, destructiveHint: false } },
    quiet: { name: 'thing', annotations: { readOnlyHint: false } },
  },
  destructiveAbsent: {
    id: 'annotation.destructive-absent',
    summary: '`readOnlyHint: false` without `destructiveHint`: by the spec, a client must assume the tool may destroy data.',
    implies: {},
    fires: { name: 'thing', annotations: { readOnlyHint: false } },
    quiet: { name: 'thing', annotations: { readOnlyHint: false, destructiveHint: false } },
  },
  contradictory: {
    id: 'annotation.contradictory',
    summary:
      '`readOnlyHint: true` together with `destructiveHint: true`: the spec ignores the second, but the pair shows the annotations were not written with care.',
    implies: {},
    fires: { name: 'thing', annotations: { readOnlyHint: true, destructiveHint: true } },
    quiet: { name: 'thing', annotations: { readOnlyHint: true, destructiveHint: false } },
  },
  idempotent: {
    id: 'annotation.idempotent',
    summary: '`idempotentHint`: whether repeating a call with the same arguments changes anything more; context for the reader.',
    implies: {},
    fires: { name: 'thing', annotations: { idempotentHint: true } },
    quiet: { name: 'thing', annotations: { readOnlyHint: true } },
  },
  openWorld: {
    id: 'annotation.open-world',
    summary: '`openWorldHint: true`: the tool reaches an open world of outside systems whose answers nobody vetted.',
    implies: { capability: 'open-world' },
    fires: { name: 'thing', annotations: { openWorldHint: true } },
    quiet: { name: 'thing', annotations: { openWorldHint: false } },
  },
  closedWorld: {
    id: 'annotation.closed-world',
    summary:
      '`openWorldHint: false`: the author claims the tool only touches a closed set of systems; contradicted by any network parameter.',
    implies: {},
    fires: { name: 'thing', annotations: { openWorldHint: false } },
    quiet: { name: 'thing', annotations: { openWorldHint: true } },
  },
  absent: {
    id: 'annotation.absent',
    summary:
      'No annotations at all: a client following the spec assumes the worst of the tool, so the verdict rests on the definition alone.',
    implies: {},
    fires: { name: 'thing' },
    quiet: { name: 'thing', annotations: { readOnlyHint: true } },
  },
} as const satisfies Record<string, RuleMeta>;
