/**
 * The rules that turn findings into a verdict, with their ids (a classification lists the ones
 * that applied in `decidedBy`) and the named weights of the confidence figure.
 */
import type { RuleMeta } from './types.ts';

export const VERDICT_RULES = {
  readOnlyAccepted: {
    id: 'verdict.read-only-accepted',
    summary:
      'A read-only claim (readOnlyHint: true, "read-only" in the description, or a query language that cannot write) holds when no finding contradicts it; query-like findings then count as reads.',
    implies: { category: 'Read' },
    fires: { name: 'run_query', description: 'Runs a read-only SQL query.', parameters: { sql: 'string' } },
    quiet: { name: 'delete_rows', description: 'Runs a read-only SQL query.', parameters: { sql: 'string' } },
  },
  readOnlyOverridden: {
    id: 'verdict.read-only-overridden',
    summary: 'A read-only claim that a name verb, a parameter or an operation contradicts is set aside, and the page says so.',
    implies: {},
    fires: { name: 'delete_rows', annotations: { readOnlyHint: true } },
    quiet: { name: 'list_rows', annotations: { readOnlyHint: true } },
  },
  readWordsOverHint: {
    id: 'verdict.read-words-over-hint',
    summary:
      "The author's readOnlyHint: false is set aside when the name and the description's opening both only read (read, get, list, search, describe, view, show, retrieve) and nothing else in the definition (a parameter, an operation, a phrase, any word of a change in the description) changes anything: the flag is most likely a default.",
    implies: { category: 'Read' },
    fires: { name: 'read_sheet', description: 'Read values from a sheet.', annotations: { readOnlyHint: false } },
    quiet: { name: 'read_sheet', description: 'Writes values to a sheet.', annotations: { readOnlyHint: false } },
  },
  finalityOfAddition: {
    id: 'verdict.finality-of-addition',
    summary:
      'Every warning of loss in the description is "cannot be undone" or "irreversible" said of a step that adds ("Publishing cannot be undone"): it says the step is final, not that anything is lost. The warning counts as a change at medium, never as a deletion, and sets aside no destructiveHint: false.',
    implies: { category: 'Write', risk: 'medium' },
    fires: {
      name: 'create_version',
      description: 'Publishes the draft as a new version. Publishing cannot be undone.',
      annotations: { readOnlyHint: false, destructiveHint: false },
    },
    quiet: { name: 'delete_version', description: 'Deletes a version. Deleting cannot be undone.' },
  },
  notDestructiveAccepted: {
    id: 'verdict.not-destructive-accepted',
    summary:
      'A "not destructive" claim (destructiveHint: false) demotes weak destructive findings to writes, unless a strong one (a destructive name verb or operation) contradicts it.',
    implies: {},
    fires: { name: 'notes', description: 'Deletes old notes.', annotations: { readOnlyHint: false, destructiveHint: false } },
    quiet: { name: 'delete_note', annotations: { readOnlyHint: false, destructiveHint: false } },
  },
  strongestSignal: {
    id: 'verdict.strongest-signal',
    summary:
      'The category is that of the worst strong finding (weak ones count only when nothing is strong): highest risk first, then the more powerful category. The risk is the highest that any counted finding implies.',
    implies: {},
    fires: { name: 'delete_bucket' },
    quiet: { name: 'thing' },
  },
  unboundedExecute: {
    id: 'verdict.unbounded-execute',
    summary:
      'A tool that runs arbitrary code or shell commands is Execute whatever else it does, since that covers everything else (unless it also spends money).',
    implies: { category: 'Execute' },
    fires: { name: 'purge_files', parameters: { command: 'string: shell command to run' } },
    quiet: { name: 'purge_files', parameters: { path: 'string: file path' } },
  },
  bulkRaise: {
    id: 'verdict.bulk-raise',
    summary: 'A destructive tool with a parameter that widens it to many items is one risk level higher.',
    implies: { risk: 'one level up' },
    fires: { name: 'delete_objects', parameters: { recursive: 'boolean' } },
    quiet: { name: 'delete_objects', parameters: { key: 'string' } },
  },
  sizeCap: {
    id: 'verdict.size-cap',
    summary:
      'A deletion whose verbs all remove one small item (a message, a note, a row) or one mark (a reaction, a star) is bounded by that size as a whole: a warning phrase ("irreversible") or the author’s destructiveHint does not raise it, unless something says it acts in bulk.',
    implies: { risk: 'at most medium' },
    fires: { name: 'delete_comment', description: 'Deletes a comment. This action is irreversible.' },
    quiet: {
      name: 'delete_comments',
      description: 'Deletes all comments of a thread. This action is irreversible.',
      parameters: { all: 'boolean' },
    },
  },
  recoverableCap: {
    id: 'verdict.recoverable-cap',
    summary:
      'A deletion the description says can be undone (a soft delete, moved to Deleted Items or the trash) is at most high, unless it acts in bulk: it is held for approval, never denied outright.',
    implies: { risk: 'at most high' },
    fires: { name: 'delete_database', description: 'Deletes a database. It is moved to the trash and can be restored for 30 days.' },
    quiet: { name: 'delete_database', description: 'Deletes a database.' },
  },
  destructiveHintOnly: {
    id: 'verdict.destructive-hint-only',
    summary:
      'The author’s `destructiveHint: true` is the only finding that names a category: the spec assumes it of every tool that is not read-only, so it says a change of unknown reach, not a loss. Write at medium, held by a rate limit, and the page says the hint was set aside.',
    implies: { category: 'Write', risk: 'medium' },
    fires: { name: 'thing', annotations: { readOnlyHint: false, destructiveHint: true } },
    quiet: { name: 'delete_thing', annotations: { readOnlyHint: false, destructiveHint: true } },
  },
  impliedChange: {
    id: 'verdict.implied-change',
    summary:
      'No finding names a category, but one shows a way to change things (a write path, spending, a message sent, permissions created): Write, with low confidence.',
    implies: { category: 'Write', risk: 'medium' },
    fires: { name: 'gateway', description: 'A gateway for agents. Each one provisions AWS infrastructure and incurs AWS charges.' },
    quiet: { name: 'gateway', description: 'A gateway for agents.' },
  },
  noEvidenceRead: {
    id: 'verdict.no-evidence-read',
    summary:
      'Nothing in the definition shows a way to change anything (pure computations, documentation, guidance, checks): Read at low risk, with low confidence, and the page says the verdict rests on silence.',
    implies: { category: 'Read', risk: 'low' },
    fires: { name: 'sequential_reasoning' },
    quiet: { name: 'delete_thing' },
  },
  handReview: {
    id: 'verdict.hand-review',
    summary:
      'A reviewer’s override in the catalogue (`atlas.override`) sets the category, risk or rationale by hand; it wins over the engine, and the page says who reviewed it and when.',
    implies: {},
    fires: { name: 'delete_thing', override: { category: 'Write', risk: 'low' } },
    quiet: { name: 'delete_thing' },
  },
} as const satisfies Record<string, RuleMeta>;

/**
 * The confidence figure: a base, plus a share for each independent source (name, description,
 * parameter, operation, annotation) that agrees with the verdict and a smaller one for further
 * agreeing findings, minus a share for each finding or claim that disagrees; bounded, and fixed
 * low when nothing but silence decided.
 */
export const CONFIDENCE_WEIGHTS = {
  base: 0.25,
  perAgreeingSource: 0.2,
  perFurtherAgreement: 0.05,
  furtherAgreementsCounted: 3,
  perDisagreement: 0.1,
  floor: 0.1,
  ceiling: 0.95,
  /** When no finding named a category. */
  fromSilence: 0.2,
} as const;
