/**
 * How the engine predicts the four MCP annotations in the spec's own meaning (schema 2026-07-28),
 * from its verdict and findings, so a server author can paste them and so agreement with authors
 * is measured in the spec's terms rather than in our categories:
 *
 * - readOnlyHint: the tool does not modify its environment.
 * - destructiveHint: the tool may perform destructive updates, meaning any non-additive change:
 *   an update or overwrite in place counts; only additive changes are `false`. (Meaningful when
 *   not read-only; for reads we predict `false`.)
 * - idempotentHint: calling it again with the same arguments has no additional effect. (For reads
 *   we predict `true`.)
 * - openWorldHint: it interacts with an open world of external entities (the web, any address,
 *   other people), as opposed to a closed domain such as its own store or memory.
 *
 * For each hint the rows are tried in order; the first that applies decides, and the prediction
 * names it.
 */
import type { Category } from '../../values/index.ts';
import type { VerbEntry } from '../lexicon.ts';
import type { Capability } from '../schema.ts';
import type { RuleMeta } from './types.ts';

/** What the hint rules look at. */
export interface HintFacts {
  category: Category;
  /** Capabilities of the accepted findings that raise or inform. */
  capabilities: ReadonlySet<Capability>;
  /** What the verb that decided the category does to its object, once judged, if a verb decided. */
  verb: Pick<VerbEntry, 'effect' | 'idempotent'> | undefined;
  /** Any accepted finding ran arbitrary code, commands, queries in a writing language or API calls. */
  runsAnything: boolean;
  /** It sends requests to any endpoint of an API, with a method its name fixes. */
  reachesAnyCall: boolean;
  /** The description mentions the web, the internet, search engines or third-party sites. */
  mentionsOutside: boolean;
  /** The description says a repeated call is harmless ("succeeds silently if it already exists"). */
  describedIdempotent: boolean;
  /** The description says the tool never overwrites ("fails if the file already exists"). */
  describedAdditive: boolean;
  /** The tool reads a page of a browser the agent steers (a snapshot, the console, the network requests). */
  readsBrowserPage: boolean;
  /** An option left at its default, or the description, says records already there are updated (upsert, overwrite). */
  updatesExisting: boolean;
}

export type HintName = 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint';

export interface HintRule extends RuleMeta {
  hint: HintName;
  applies: (facts: HintFacts) => boolean;
  value: boolean;
  /** The reason shown beside the prediction. */
  because: string;
}

const REACHES_OUT: readonly Capability[] = [
  'network-fetch',
  'network-target',
  'outbound-message',
  'file-upload',
  'browser-control',
  'public-exposure',
  'open-world',
];
const REMOVES: readonly Capability[] = ['destruction'];

export const HINT_RULES: readonly HintRule[] = [
  {
    id: 'hint.read-only',
    hint: 'readOnlyHint',
    value: true,
    summary:
      'readOnlyHint is true when the verdict is Read and nothing the tool does costs money: nothing in the definition changes anything.',
    implies: { hint: 'readOnlyHint: true' },
    applies: (f) => f.category === 'Read' && !f.capabilities.has('spending'),
    because: 'the verdict is Read: nothing in the definition changes anything',
    fires: { name: 'list_tables' },
    quiet: { name: 'create_table' },
  },
  {
    id: 'hint.changes',
    hint: 'readOnlyHint',
    value: false,
    summary: 'readOnlyHint is false for every other verdict (Write, Execute, Destructive, Financial).',
    implies: { hint: 'readOnlyHint: false' },
    applies: () => true,
    because: 'the tool changes, runs, removes or spends something',
    fires: { name: 'create_table' },
    quiet: { name: 'list_tables' },
  },
  {
    id: 'hint.read-not-destructive',
    hint: 'destructiveHint',
    value: false,
    summary: 'destructiveHint is false for a read (the spec gives it meaning only when a tool is not read-only).',
    implies: { hint: 'destructiveHint: false' },
    applies: (f) => f.category === 'Read',
    because: 'it only reads',
    fires: { name: 'list_tables' },
    quiet: { name: 'delete_table' },
  },
  {
    id: 'hint.destroys',
    hint: 'destructiveHint',
    value: true,
    summary: 'destructiveHint is true when the verdict is Destructive, or a finding removes or overwrites data.',
    implies: { hint: 'destructiveHint: true' },
    applies: (f) => f.category === 'Destructive' || REMOVES.some((c) => f.capabilities.has(c)),
    because: 'it removes or overwrites data',
    fires: { name: 'delete_table' },
    quiet: { name: 'create_table' },
  },
  {
    id: 'hint.runs-anything',
    hint: 'destructiveHint',
    value: true,
    summary:
      'destructiveHint is true when the tool runs code, shell commands, statements in a language that can write, or any API call the agent builds: what it changes is up to the agent.',
    implies: { hint: 'destructiveHint: true' },
    applies: (f) => f.runsAnything,
    because: 'it runs whatever the agent writes, which may update or delete',
    fires: { name: 'run_sql', parameters: { sql: 'string: the SQL to run' } },
    quiet: { name: 'run_report', parameters: { report: 'string' } },
  },
  {
    id: 'hint.page-decides',
    hint: 'destructiveHint',
    value: true,
    summary:
      'destructiveHint is true when the tool acts on a page or screen (click, type, submit, upload): what the action does is up to the page, and a button may delete or overwrite.',
    implies: { hint: 'destructiveHint: true' },
    applies: (f) => f.verb?.effect === 'runs' && f.capabilities.has('browser-control'),
    because: 'what a click or a keystroke does is up to the page, which may delete or overwrite',
    fires: { name: 'browser_click', description: 'Clicks an element on the page.', parameters: { ref: 'string: the element' } },
    quiet: { name: 'browser_hover', description: 'Hovers over an element on the page.', parameters: { ref: 'string: the element' } },
  },
  {
    id: 'hint.updates-existing',
    hint: 'destructiveHint',
    value: true,
    summary:
      'destructiveHint is true when an option left at its default makes a create or an import update what already exists ' +
      '(`onConflict` defaulting to "upsert", a mode defaulting to "overwrite"), or the description says existing records are ' +
      'updated or overwritten: an upsert updates in place, which the spec counts as non-additive.',
    implies: { hint: 'destructiveHint: true' },
    applies: (f) => f.updatesExisting,
    because: 'by default it updates records that already exist, which the spec counts as destructive',
    fires: {
      name: 'import_contacts',
      description: 'Imports contacts from a CSV file.',
      parameters: { on_conflict: 'string: "upsert" updates existing contacts, "skip" leaves them. Defaults to "upsert".' },
    },
    quiet: {
      name: 'import_contacts',
      description: 'Imports contacts from a CSV file.',
      parameters: { on_conflict: 'string: "upsert" updates existing contacts, "skip" leaves them. Defaults to "skip".' },
    },
  },
  {
    id: 'hint.described-additive',
    hint: 'destructiveHint',
    value: false,
    summary:
      'destructiveHint is false when the description says the tool never overwrites (it fails if the file exists, or must use a new name) and nothing else removes or runs arbitrary work.',
    implies: { hint: 'destructiveHint: false' },
    applies: (f) => f.describedAdditive,
    because: 'its description says it never overwrites what exists',
    fires: { name: 'write_file', description: 'Writes a new file. It never overwrites an existing file.' },
    quiet: { name: 'write_file', description: 'Writes a file.' },
  },
  {
    id: 'hint.updates-in-place',
    hint: 'destructiveHint',
    value: true,
    summary:
      'destructiveHint is true when the deciding verb changes something in place (update, set, put, replace, move, rename, configure, restore, increment or decrement a counter): the spec counts an in-place update as non-additive, and a counter stepped up or down loses its old value.',
    implies: { hint: 'destructiveHint: true' },
    applies: (f) => f.verb?.effect === 'changes' || f.verb?.effect === 'removes',
    because: 'it updates or replaces existing data in place, which the spec counts as destructive',
    fires: { name: 'update_record' },
    quiet: { name: 'create_record' },
  },
  {
    id: 'hint.additive',
    hint: 'destructiveHint',
    value: false,
    summary:
      'destructiveHint is false when the deciding verb only adds (create, add, insert, send, post, upload, start, submit, or append or prepend to a stored value or list, whose old content stays) and nothing else removes or overwrites.',
    implies: { hint: 'destructiveHint: false' },
    applies: (f) => f.verb?.effect === 'adds' || f.verb?.effect === 'runs',
    because: 'it only adds: new records, messages or runs',
    fires: { name: 'create_record' },
    quiet: { name: 'update_record' },
  },
  {
    id: 'hint.destructive-by-default',
    hint: 'destructiveHint',
    value: true,
    summary: 'destructiveHint is true when nothing says the change is additive: the spec’s own default.',
    implies: { hint: 'destructiveHint: true' },
    applies: () => true,
    because: 'nothing says its changes are only additive, so the spec’s default holds',
    fires: { name: 'widget', annotations: { readOnlyHint: false } },
    quiet: { name: 'create_widget' },
  },
  {
    id: 'hint.read-idempotent',
    hint: 'idempotentHint',
    value: true,
    summary: 'idempotentHint is true for a read: repeating it changes nothing.',
    implies: { hint: 'idempotentHint: true' },
    applies: (f) => f.category === 'Read',
    because: 'reading again changes nothing',
    fires: { name: 'list_tables' },
    quiet: { name: 'create_table' },
  },
  {
    id: 'hint.described-idempotent',
    hint: 'idempotentHint',
    value: true,
    summary:
      'idempotentHint is true when the description says a repeated call is harmless (idempotent, succeeds silently when the thing already exists, safe to retry).',
    implies: { hint: 'idempotentHint: true' },
    applies: (f) => f.describedIdempotent && !f.runsAnything,
    because: 'its description says a repeated call changes nothing more',
    fires: { name: 'create_directory', description: 'Creates a directory. If the directory already exists, it succeeds silently.' },
    quiet: { name: 'create_directory', description: 'Creates a directory.' },
  },
  {
    id: 'hint.not-idempotent',
    hint: 'idempotentHint',
    value: false,
    summary:
      'idempotentHint is false when the tool runs code, commands, statements or API calls, spends or moves money, or its verb adds or starts something: every call has its own effect.',
    implies: { hint: 'idempotentHint: false' },
    applies: (f) => f.runsAnything || f.category === 'Financial' || f.verb?.idempotent === false,
    because: 'each call adds, starts or spends something of its own',
    fires: { name: 'create_record' },
    quiet: { name: 'delete_record' },
  },
  {
    id: 'hint.idempotent',
    hint: 'idempotentHint',
    value: true,
    summary:
      'idempotentHint is true when the deciding verb sets, updates or removes (set, put, update, delete, enable, close): a second identical call finds the work done.',
    implies: { hint: 'idempotentHint: true' },
    applies: (f) => f.verb?.idempotent === true,
    because: 'a second identical call finds the change already made',
    fires: { name: 'delete_record' },
    quiet: { name: 'create_record' },
  },
  {
    id: 'hint.idempotent-unknown',
    hint: 'idempotentHint',
    value: false,
    summary: 'idempotentHint is false when no verb says otherwise: the spec’s own default.',
    implies: { hint: 'idempotentHint: false' },
    applies: () => true,
    because: 'nothing says a repeated call is harmless, so the spec’s default holds',
    fires: { name: 'widget', annotations: { readOnlyHint: false } },
    quiet: { name: 'delete_widget' },
  },
  {
    id: 'hint.open-world',
    hint: 'openWorldHint',
    value: true,
    summary:
      'openWorldHint is true when the tool reaches outside a closed domain: it fetches addresses the agent picks, drives a browser or reads the page ' +
      'one shows (a snapshot, its console or network requests), sends messages to people, makes things public, runs code or commands, passes API ' +
      'calls through, or its description speaks of the web or the internet.',
    implies: { hint: 'openWorldHint: true' },
    applies: (f) =>
      REACHES_OUT.some((c) => f.capabilities.has(c)) || f.runsAnything || f.reachesAnyCall || f.mentionsOutside || f.readsBrowserPage,
    because: 'it reaches addresses, people or systems outside its own domain',
    fires: { name: 'fetch_page', parameters: { url: 'string: the web page to fetch' } },
    quiet: { name: 'get_note', parameters: { note_id: 'string' } },
  },
  {
    id: 'hint.closed-world',
    hint: 'openWorldHint',
    value: false,
    summary: 'openWorldHint is false otherwise: the tool works within its own service, store or memory.',
    implies: { hint: 'openWorldHint: false' },
    applies: () => true,
    because: 'it works within its own service or store',
    fires: { name: 'get_note', parameters: { note_id: 'string' } },
    quiet: { name: 'fetch_page', parameters: { url: 'string: the web page to fetch' } },
  },
];
