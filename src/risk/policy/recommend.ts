/**
 * The rule we recommend for a tool, from its classification: reads allowed, writes rate-limited,
 * execution rate-limited with argument checks, destruction held for approval or denied, money
 * capped and approved. The sentence that explains a rule (`explainRule`) and the FAQ are written
 * from the same rule object, so no text can disagree with the snippet.
 */
import type { Category, JsonSchemaNode, RiskLevel, Tool } from '../../catalogue/schema.ts';
import type { Capability, Classification, Signal } from '../schema.ts';
import { acceptsBoolean, acceptsNumber, acceptsText } from '../../catalogue/json-types.ts';
import {
  capacityUnit,
  closedChoice,
  hidingValue,
  keepingValue,
  nonOverwritingValues,
  openAccessValues,
  switchOffValues,
  prefersLocalPath,
  takesOtherForms,
} from '../rules/parameters.ts';
import { capitalize } from '../text.ts';
import { listJoin } from '../text.ts';
import { SHUTDOWN_WORDS } from '../lexicon.ts';
import {
  safeRecord,
  type ArgumentCondition,
  type Limit,
  type LimitScope,
  type LimitWindow,
  type PolicyFile,
  type ToolRule,
} from './schema.ts';

/** The folder a path argument is pinned to in a recommended rule; a placeholder to adjust. */
export const WORKSPACE_PREFIX = '/workspace/';
/** The bucket an S3 argument is pinned to in a recommended rule; a placeholder to adjust. */
export const BUCKET_PREFIX = 's3://your-bucket/';
/** The beginning an S3 bucket name must have; a placeholder to adjust. */
export const BUCKET_NAME_PREFIX = 'your-bucket-prefix';
/** The IAM roles a role-passing argument may name: those of your account under role/; a placeholder to adjust. */
export const ROLE_ARN_PREFIX = 'arn:aws:iam::your-account-id:role/';
/** The beginning a table name must have; a placeholder to adjust. */
export const TABLE_PREFIX = 'your_table_prefix';
/** The beginning a repository name must have; a placeholder to adjust. */
export const REPOSITORY_PREFIX = 'your-team/';
/**
 * Managed policies an agent must never attach: each grants (nearly) everything, including the power
 * to grant itself more. https://docs.aws.amazon.com/aws-managed-policy/latest/reference/ lists them.
 */
export const ADMIN_POLICY_ARNS = [
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'arn:aws:iam::aws:policy/PowerUserAccess',
  'arn:aws:iam::aws:policy/IAMFullAccess',
] as const;
/** Kubernetes kinds an agent must not read or write through a generic resource tool: secrets, and cluster-wide grants. */
export const SENSITIVE_KINDS = ['Secret', 'ClusterRole', 'ClusterRoleBinding'] as const;

export type Plan =
  | { action: 'allow' }
  | { action: 'rate_limit'; max: number; window: LimitWindow; scope: LimitScope }
  | { action: 'require_approval'; max: number; window: LimitWindow; scope: LimitScope }
  | { action: 'deny' };

/** The daily cap on calls that cost money. */
const SPENDING_CAP = { max: 20, window: 'day', scope: 'agent' } as const;

/**
 * The rule by category and risk, before anything specific to the tool (the methodology page shows
 * this table). Limits count per agent, never per client session: an agent that opens a new session
 * must not get a fresh budget (the unbounded-consumption attack pattern).
 */
export const PLANS: Record<Category, Record<RiskLevel, Plan>> = {
  Read: {
    low: { action: 'allow' },
    medium: { action: 'rate_limit', max: 60, window: 'minute', scope: 'agent' },
    high: { action: 'require_approval', max: 20, window: 'hour', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'hour', scope: 'agent' },
  },
  Write: {
    low: { action: 'rate_limit', max: 60, window: 'minute', scope: 'agent' },
    medium: { action: 'rate_limit', max: 20, window: 'minute', scope: 'agent' },
    high: { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'hour', scope: 'agent' },
  },
  Execute: {
    low: { action: 'rate_limit', max: 30, window: 'minute', scope: 'agent' },
    medium: { action: 'rate_limit', max: 10, window: 'minute', scope: 'agent' },
    high: { action: 'rate_limit', max: 10, window: 'minute', scope: 'agent' },
    critical: { action: 'require_approval', max: 10, window: 'hour', scope: 'agent' },
  },
  Destructive: {
    low: { action: 'rate_limit', max: 10, window: 'minute', scope: 'agent' },
    medium: { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' },
    high: { action: 'require_approval', max: 10, window: 'hour', scope: 'agent' },
    critical: { action: 'deny' },
  },
  Financial: {
    low: { action: 'rate_limit', max: 30, window: 'hour', scope: 'agent' },
    medium: { action: 'rate_limit', max: 30, window: 'hour', scope: 'agent' },
    high: { action: 'require_approval', max: 10, window: 'day', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'day', scope: 'agent' },
  },
};

/** Powers that reach a whole store, API or host, or send local files away: at Execute/high they wait for a person. */
const STORE_WIDE_POWERS: ReadonlySet<Capability> = new Set<Capability>([
  'code-execution',
  'command-execution',
  'query-language',
  'api-passthrough',
  'build-deploy',
  'package-install',
  'file-upload',
]);

/** Powers over local files: a path argument that has them gets a folder prefix. */
const FILE_POWERS: ReadonlySet<Capability | null> = new Set<Capability>(['filesystem-read', 'filesystem-write', 'file-upload']);

/**
 * What a power does, in the words a deny or approval reason uses. A reason names only powers the
 * tool's own definition shows (its accepted signals), never a category's boilerplate: a Read tool
 * is not said to read "sensitive data" unless a signal found sensitive data.
 */
const CAPABILITY_WORDS: Partial<Record<Capability, string>> = {
  'code-execution': 'runs code the agent writes',
  'command-execution': 'runs commands',
  'query-language': 'runs queries the agent writes',
  'api-passthrough': 'passes any API call through',
  'filesystem-read': 'reads files',
  'filesystem-write': 'writes files',
  'file-upload': 'uploads local files',
  'network-fetch': 'fetches from the network',
  'cloud-storage': 'reads or writes cloud storage',
  'outbound-message': 'sends messages',
  credentials: 'handles credentials',
  permissions: 'changes permissions',
  'role-passing': 'hands an IAM role to a service',
  'sensitive-data': 'reads sensitive data',
  bulk: 'acts on many items at once',
  money: 'touches money',
  spending: 'spends money',
  'public-exposure': 'can make things public',
  'build-deploy': 'builds or deploys',
  'package-install': 'installs packages',
  'resource-provisioning': 'creates cloud resources',
  'browser-control': 'drives a browser',
  destruction: 'deletes data that may not come back',
  'safety-toggle': 'can switch off a safety check',
  'confirmation-expected': 'its author asks that a person confirm each call',
};

const OUTAGE_WORDS = 'can take a running system offline';

/** A destruction signal whose own words ("include_ec2_instance_shutdown") stop a system rather than delete anything. */
function shutsDown(signal: Signal): boolean {
  return signal.source === 'parameter' && SHUTDOWN_WORDS.test(signal.text) && !/delet|remov|destroy|terminat|purge|drop/i.test(signal.text);
}

/** What a tool of each category does to the sensitive data it touches: a change does not read it, a deletion does not either. */
const SENSITIVE_VERBS: Partial<Record<Category, string>> = { Read: 'reads', Write: 'changes', Destructive: 'deletes' };
/** A signal that the tool records live data as it flows (arguments, traffic): a capture reads it, whatever the category. */
const CAPTURE_RULE = /captur/;
const HEALTH_RULE = /health/;
const HEALTH_WORD = /\b(?:patients?|fhir|dicom|phi|medical|clinical|genomics?)\b/i;

/** "changes health records about people", "deletes sensitive data": the sensitive-data phrase in the verb of the tool's category. */
function sensitivePhrase(signal: Signal, category: Category | undefined): string {
  const health = HEALTH_RULE.test(signal.rule) || signal.refinedBy.some((id) => HEALTH_RULE.test(id)) || HEALTH_WORD.test(signal.text);
  const what = health ? 'health records about people' : 'sensitive data';
  const verb = CAPTURE_RULE.test(signal.rule) || category === undefined ? 'reads' : (SENSITIVE_VERBS[category] ?? 'handles');
  return `${verb} ${what}`;
}

/**
 * A warning of loss whose own words say what is lost is someone's access ("irreversible in effect — removing someone from
 * a partnership revokes their access"): an access change, not lost data, unless the same words delete something.
 */
function revokesAccess(signal: Signal): boolean {
  // The signal's text is the warning word ("irreversible"); its note quotes the sentence that says what is lost.
  return signal.source === 'description' && REVOKED_ACCESS.test(signal.note) && !/delet|destroy|eras|purg|wip(?:e|ing)/i.test(signal.note);
}
const REVOKED_ACCESS = /\b(?:revok(?:e|es|ing)|los(?:e|es|ing)|remov(?:e|es|ing)) (?:[\w'’-]+ ){0,2}access\b/i;

/** Verb rules that found the verb takes a running system offline or out of the traffic it serves: its outage is the power. */
const OUTAGE_RULES: ReadonlySet<string> = new Set(['verb.take-offline', 'verb.take-out-of-rotation']);

/** A verb rule that found the tool sets up a standing mail forward: no message is sent now, every later one goes out. */
const STANDING_FORWARD_RULE = 'verb.set-up-mail-forward';
const STANDING_FORWARD_WORDS = 'sends data out: every later message of the mailbox goes to an address the agent picks';

/** The phrase for one signal's power, or undefined when it names none. */
function powerPhrase(signal: Signal, category: Category | undefined): string | undefined {
  // A verb that takes a running system offline names no capability: its outage is the power.
  if (signal.refinedBy.some((id) => OUTAGE_RULES.has(id))) return OUTAGE_WORDS;
  if (signal.refinedBy.includes(STANDING_FORWARD_RULE)) return STANDING_FORWARD_WORDS;
  if (!signal.capability) return undefined;
  if (signal.capability === 'sensitive-data') return sensitivePhrase(signal, category);
  if (signal.capability === 'destruction' && revokesAccess(signal)) return CAPABILITY_WORDS.permissions;
  // "deletes data" needs evidence of deletion: a side effect that shuts a system down is an outage.
  return signal.capability === 'destruction' && shutsDown(signal) ? OUTAGE_WORDS : CAPABILITY_WORDS[signal.capability];
}

/** Verb rules that found the tool's verb takes something out or away without deleting it (a collaborator, an access rule, a member). */
const NOTHING_DELETED: ReadonlySet<string> = new Set([
  'verb.revoke-collaborator',
  'verb.revoke-access-rule',
  'verb.revoke-membership',
  'verb.remove-protection',
  'verb.take-out-of-group',
  'verb.take-out-of-rotation',
]);

/** "it runs commands and writes files", from the tool's accepted signals; undefined when none names a power. */
export function powersOf(classification: Pick<Classification, 'signals'> & Partial<Pick<Classification, 'category'>>): string | undefined {
  let words: string[] = [];
  // The tool's own verb says nothing is deleted: a warning phrase or the author's hint does not make the reason say it is.
  const unlinks = classification.signals.some((s) => s.accepted && s.refinedBy.some((id) => NOTHING_DELETED.has(id)));
  const losesAccess = classification.signals.some((s) => s.accepted && s.capability === 'destruction' && revokesAccess(s));
  for (const signal of classification.signals) {
    if (unlinks && signal.capability === 'destruction') continue;
    // Evidence of power, and the author's own request for confirmation (a context signal).
    if (!signal.accepted || (signal.effect !== 'raises' && signal.capability !== 'confirmation-expected')) continue;
    // The author's destructiveHint on a tool that is not Destructive (a create, an update) says nothing is deleted; nor
    // on one whose own warning of loss says the loss is someone's access.
    if (signal.capability === 'destruction' && signal.source === 'annotation' && (classification.category !== 'Destructive' || losesAccess))
      continue;
    const phrase = powerPhrase(signal, classification.category);
    if (phrase && !words.includes(phrase)) words.push(phrase);
    if (words.length === 2) break;
  }
  // "deletes data that may not come back and deletes health records about people": one deletion, of those records.
  const deleted = words.find((w) => w.startsWith('deletes ') && w !== CAPABILITY_WORDS.destruction);
  if (deleted && words.includes(CAPABILITY_WORDS.destruction!)) {
    words = words.filter((w) => w !== deleted).map((w) => (w === CAPABILITY_WORDS.destruction ? `${deleted} that may not come back` : w));
  }
  if (words.length === 0) return undefined;
  // A verb phrase takes "it" when it starts the list or follows "its author asks…", which has its own subject.
  return listJoin(words.map((w, i) => (w.startsWith('its ') || (i > 0 && !words[i - 1]!.startsWith('its ')) ? w : `it ${w}`)));
}

/** The counter a tool's recommended limit counts in. */
export function counterName(toolName: string): string {
  return `${toolName}.calls`;
}

/** The recommended rule for one tool. */
export function recommendRule(tool: Tool, classification: Classification): ToolRule {
  const { category, risk, signals } = classification;
  const accepted = signals.filter((s) => s.accepted && s.effect !== 'lowers');
  const hidden = accepted.find((s) => s.capability === 'hidden-instructions');
  if (hidden) {
    return {
      action: 'hide',
      reason: `The definition of ${tool.name} carries text aimed at the model (${hidden.text.slice(0, 60)}); hidden until reviewed.`,
    };
  }

  let plan = PLANS[category][risk];
  const conditions: [string, ArgumentCondition][] = [];

  // A multi-action tool whose worst operation destroys: let the read-only operations through, nothing else.
  // (Only a top-level argument: an operation fixed inside an object's alternatives cannot be checked by value.)
  const operations =
    category === 'Destructive' && Object.hasOwn(tool.inputSchema.properties ?? {}, classification.operations?.param ?? '')
      ? classification.operations
      : undefined;
  const safe = operations?.values.filter((op) => op.category === 'Read').map((op) => op.value) ?? [];
  if (operations && safe.length > 0) {
    conditions.push([operations.param, { kind: 'oneOf', values: safe }]);
    plan = { action: 'rate_limit', max: 30, window: 'minute', scope: 'agent' };
  }
  // With no read-only operation, a tool denied for its worst operation still lets its others
  // ("createCollection" beside "deleteCollection") through, each call approved.
  const kept = operations?.values.filter((op) => op.category !== 'Destructive').map((op) => op.value) ?? [];
  if (operations && safe.length === 0 && kept.length > 0 && plan.action === 'deny') {
    conditions.push([operations.param, { kind: 'oneOf', values: kept }]);
    plan = { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' };
  }
  // Execution that reaches a whole store, API or host (SQL, any API call, a deploy, a command) can
  // change or drop anything as easily as read it, and an upload sends local files away: a person
  // approves it, a rate limit is not enough.
  // So does execution that can take a running system offline (reboot, fail over): ten outages a minute are not a limit.
  if (
    category === 'Execute' &&
    risk === 'high' &&
    accepted.some((s) => (s.capability !== null && STORE_WIDE_POWERS.has(s.capability)) || s.refinedBy.includes('verb.take-offline'))
  ) {
    plan = { action: 'require_approval', max: 20, window: 'hour', scope: 'agent' };
  }
  // The author expects a person to confirm each call: make the gateway ask.
  if (
    (plan.action === 'allow' || plan.action === 'rate_limit') &&
    conditions.length === 0 &&
    accepted.some((s) => s.capability === 'confirmation-expected' && s.source === 'description')
  ) {
    plan = { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' };
  }

  // A tool whose calls cost money (it provisions, or its description says it incurs charges) gets
  // a cap per day as well, whatever else its plan says: a looping agent must not run up a bill.
  const spends = accepted.some((s) => s.capability === 'spending');
  if (plan.action === 'allow' && spends) plan = { action: 'rate_limit', ...SPENDING_CAP };

  if (plan.action === 'deny') return { action: 'deny', reason: denyReason(tool.name, classification) };
  if (plan.action === 'allow') return { action: 'allow' };

  conditions.push(
    ...argumentConditions(
      tool,
      category,
      accepted,
      conditions.map(([name]) => name),
    ),
  );
  const checked = conditions.slice(0, 5);
  // A power over local files on an argument no check reaches (an array of paths) is not confined by a rate limit: a
  // person approves each call. (A field deep inside an object, a service's workspaceRoot or a diff position's path,
  // is a setting of the call rather than what it works on. A path that also takes S3 URIs or inline content is
  // mostly called with those, a linter's source text: approving each call would block the harmless use; unless the
  // author prefers the local path, "Local file path (preferred) or raw content string", which most calls then pass.)
  if (plan.action === 'rate_limit' && unconfinedFiles(accepted, checked, tool.inputSchema.properties ?? {}))
    plan = { action: 'require_approval', ...UNCONFINED_FILES_CAP };
  // An export of sensitive data (health records, secrets) to a destination inside an object no check reaches: a person approves it.
  if (plan.action === 'rate_limit' && exportsSensitiveUnchecked(accepted))
    plan = { action: 'require_approval', max: 20, window: 'hour', scope: 'agent' };
  const limits: Limit[] = [{ counter: counterName(tool.name), window: plan.window, max: plan.max, scope: plan.scope }];
  if (spends && plan.window !== 'day') limits.push({ counter: counterName(tool.name), ...SPENDING_CAP });
  const args = checked.length > 0 ? { arguments: safeRecord(checked) } : {};
  if (plan.action === 'rate_limit') return { action: 'rate_limit', limits, ...args };
  return { action: 'require_approval', limits, ...args, reason: approvalReason(classification) };
}

/** An export destination set by an object argument, of data the definition marks as sensitive or as secrets. */
function exportsSensitiveUnchecked(accepted: readonly Signal[]): boolean {
  return (
    accepted.some((s) => s.rule === 'parameter.export-destination-object') &&
    accepted.some((s) => s.capability === 'sensitive-data' || s.capability === 'credentials')
  );
}

/** The limit of a tool held for approval because its file paths cannot be checked. */
const UNCONFINED_FILES_CAP = { max: 30, window: 'hour', scope: 'agent' } as const;

/** Whether a power over local files sits on a top-level argument that none of `checked` confines. */
function unconfinedFiles(
  accepted: readonly Signal[],
  checked: readonly [string, ArgumentCondition][],
  properties: Readonly<Record<string, JsonSchemaNode>>,
): boolean {
  return accepted.some(
    (s) =>
      s.source === 'parameter' &&
      FILE_POWERS.has(s.capability) &&
      !/[.[]/.test(s.text) &&
      !checked.some(([name]) => name === s.text) &&
      !(Object.hasOwn(properties, s.text) && takesOtherForms(properties[s.text]!) && !prefersLocalPath(properties[s.text]!)),
  );
}

/** Why a call waits for a person: the powers the definition shows, then the verdict. */
export function approvalReason(classification: Pick<Classification, 'category' | 'risk' | 'signals'>): string {
  const powers = powersOf(classification);
  const verdict = `${classification.category}, ${classification.risk} risk`;
  return powers ? `${capitalize(powers)} (${verdict}).` : `Rated ${verdict} from its definition.`;
}

/** The reason a deny rule gives the agent: the verdict, and the powers the definition shows (only those). */
export function denyReason(toolName: string, classification: Pick<Classification, 'category' | 'risk' | 'signals'>): string {
  const powers = powersOf(classification);
  return (
    `Denied by policy: ${toolName} falls in the ${classification.category} category ` +
    `at ${classification.risk} risk${powers ? ` (${powers})` : ''}. Allow it only for a reviewed task.`
  );
}

/**
 * The limit to suggest for a tool whose rule has none (allowed, denied or hidden): the limit its
 * category would get at medium risk.
 */
export function suggestedLimit(toolName: string, category: Category): Limit {
  const plan = PLANS[category].medium;
  const fallback =
    plan.action === 'rate_limit' || plan.action === 'require_approval'
      ? plan
      : { max: 60, window: 'minute' as const, scope: 'agent' as const };
  return { counter: counterName(toolName), window: fallback.window, max: fallback.max, scope: fallback.scope };
}

/** A case-insensitive match of the whole name against any of `names` (each a pattern, `_?` for an optional underscore). */
const anyName = (names: readonly string[]) => new RegExp(`^(${names.join('|')})$`, 'i');

const RESULT_SIZE = anyName([
  'max_?results',
  'max_?items',
  'max_?records',
  'limit',
  'page_?size',
  'count',
  'top_?k',
  'k',
  'max_?rows',
  'entry_?limit',
  'number_?of_?results',
  'tail_?lines',
  'max_?findings',
  'max_?services',
  'max_?slos',
  'max_?query_?results',
  'max_?resources_?to_?analyze',
]);
/**
 * Caps by kind of argument: [name, the cap we recommend, the atlas's ceiling for that kind]. An
 * author's schema may lower the cap (its `maximum`), or lift it to its `default` so that ordinary
 * calls pass, but never past the ceiling: a definition is third-party text, and a `default` of
 * 1e300 must not turn an amount cap into no cap.
 */
const SIZING: readonly (readonly [RegExp, number, number])[] = [
  [/^(max_?deletions|max_?pages)$/i, 10, 100],
  [
    anyName([
      'number_?of_?workers',
      'worker_?count',
      'instance_?count',
      'desired_?count',
      'replicas',
      'node_?count',
      'node_?group_?count',
      // A bare count of capacity: instances of a scale set ("Number of VM instances (capacity)").
      'capacity',
      'max_?runs',
      'max_?concurrency',
      'parallelism',
    ]),
    10,
    100,
  ],
  [/^(max_?capacity|max_?cpus)$/i, 32, 256],
  [/^max_?gpus$/i, 4, 16],
  [/^(allocated_?storage(_?gb)?|storage_?capacity)$/i, 100, 1000],
  [/^(timeout|timeout_?seconds|max_?timeout|max_?duration|duration|session_?timeout_?seconds)$/i, 900, 3600],
  // How long a consumer holds what it took (a queue message's visibility timeout, a lock, a lease): the others wait that long.
  [/^(visibility_?timeout|lock_?duration|lease_?duration|lease_?time|lock_?timeout|lease)(_?seconds|_?secs)?$/i, 900, 3600],
  [/^(amount|price|total|max_?amount)$/i, 100, 1000],
  [RESULT_SIZE, 100, 1000],
];
/** Caps on a storage size by its unit ("size in TiB"): a few TiB, or a TiB counted in GiB, before a person looks. */
const STORAGE_SIZING = { TiB: [16, 128], GiB: [1024, 16384] } as const;

function storageSizing(name: string, schema: JsonSchemaNode): readonly [RegExp, number, number] | undefined {
  const unit = capacityUnit(name, schema);
  return unit === undefined ? undefined : [/./, ...STORAGE_SIZING[unit]];
}
const HTTPS_ORIGIN = /https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

/** A host an author writes to stand for the reader's own: "d-xxxxxxxxxx", "your-domain", "example.com", "<tenant>". */
const PLACEHOLDER_HOST = /x{3,}|\byour[-_]|\bexample\b|[<{]/i;
/** The https origin of an example value the description gives for an argument on a line of its own ("uri: 'https://…/iceberg'"). */
function exampleOrigin(name: string, description: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = description.slice(0, 8000).match(new RegExp(`^\\s*[-*]?\\s*\`?${escaped}\`?\\s*[:=]\\s*["'\`]?(https://[^\\s"'\`]+)`, 'm'));
  return line?.[1]?.match(HTTPS_ORIGIN)?.[0];
}
const POLICY_ARN = /(^|_)policy_?arn$/i;
const BUCKET_NAME = /^(bucket|bucket_?name|s3_?bucket(_?name)?|[a-z]+_bucket_?name)$/i;
const TABLE_NAME = /^(table|table_?name)$/i;
const REPOSITORY_NAME = /^(repository|repository_?name|repo|repo_?name)$/i;
const KUBERNETES = /\b(k8s|kubernetes|kubectl)\b/i;
/** A parameter that holds a whole object (its YAML or JSON), not a kind name. */
const MANIFEST = /\b(?:yaml|json|manifest|representation|full spec)\b/i;
const KIND_NAME = /^(kind|resource_?type|resource|resource_?kind|type)$/i;

/** Secret, secret, secrets, ClusterRole, clusterrole, clusterroles, …: kubectl takes every spelling. */
function sensitiveKindSpellings(): string[] {
  return SENSITIVE_KINDS.flatMap((kind) => [kind, kind.toLowerCase(), `${kind.toLowerCase()}s`]);
}

/** The values of an enum that make something public ("public", "public-read"). */
function publicValues(schema: JsonSchemaNode): string[] {
  return Array.isArray(schema.enum)
    ? schema.enum.filter((v): v is string => typeof v === 'string' && /^public(?:[-_]read(?:[-_]write)?)?$|^anyone|^anonymous$/i.test(v))
    : [];
}

/** A value that is an address rather than a name: `format: uri`, or described as a URL. */
function isAddress(schema: JsonSchemaNode): boolean {
  return schema.format === 'uri' || schema.format === 'url' || /\b(?:url|uri|https?:\/\/)/i.test(schema.description ?? '');
}

/**
 * The service's own maximum as the argument's text states it, with no unit after it ("Maximum: 10", "between 1 and 10",
 * "Valid values: 1 to 10", "up to 10"): a cap above it limits nothing. (Not "up to 15 minutes": a unit may not be ours.)
 */
const STATED_MAXIMUM = new RegExp(
  String.raw`\b(?:max(?:imum)?(?: value)?(?: is| of)?:?|up to|between \d+ and|valid values?(?: are)?:? \d+ (?:to|-)|from \d+ to)` +
    String.raw`\s*(\d+)\b` +
    String.raw`(?![ -]?(?:ms|milli|sec|s\b|min|h\b|hours?|days?|[kmgt]i?b\b|%|[.,]\d))`,
  'i',
);
function statedMaximum(schema: JsonSchemaNode): number | undefined {
  const stated = (schema.description ?? '').match(STATED_MAXIMUM)?.[1];
  return stated === undefined ? undefined : Number(stated);
}

/**
 * The cap for a numeric argument: ours, lowered by the author's maximum (in the schema or its text), lifted to their default,
 * never past our ceiling.
 */
export function capFor(name: string, schema: JsonSchemaNode): number | undefined {
  const sized = SIZING.find(([pattern]) => pattern.test(name)) ?? storageSizing(name, schema);
  if (!sized) return undefined;
  const [, cap, ceiling] = sized;
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  const lifted = finite(schema.default) ? Math.min(Math.max(cap, schema.default), ceiling) : cap;
  const maximum = finite(schema.maximum) ? schema.maximum : statedMaximum(schema);
  return maximum !== undefined && maximum > 0 ? Math.min(lifted, maximum) : lifted;
}

/** Checks on the arguments that decide what the tool does, most important first. */
function argumentConditions(
  tool: Tool,
  category: Category,
  accepted: readonly Signal[],
  taken: readonly string[],
): [string, ArgumentCondition][] {
  const properties = tool.inputSchema.properties ?? {};
  const out: [string, ArgumentCondition][] = [];
  const used = new Set(taken);
  const add = (name: string, condition: ArgumentCondition) => {
    if (used.has(name)) return;
    used.add(name);
    out.push([name, condition]);
  };
  const paramOf = (s: Signal) => (s.source === 'parameter' && Object.hasOwn(properties, s.text) ? s.text : undefined);
  const placeholder = (prefix: string): ArgumentCondition => ({ kind: 'prefix', prefix, placeholder: true });

  for (const s of accepted) {
    const name = paramOf(s);
    if (!name) continue;
    const schema = properties[name]!;
    if (!acceptsText(schema)) continue;
    // (Not on an argument that also takes an S3 URI or inline content: the prefix would refuse those.)
    if (FILE_POWERS.has(s.capability)) {
      // (Nor on a closed list of values: a prefix would refuse every one of them.)
      if (!takesOtherForms(schema) && !closedChoice(schema)) add(name, placeholder(WORKSPACE_PREFIX));
    } else if (s.capability === 'cloud-storage') add(name, placeholder(BUCKET_PREFIX));
    else if (s.capability === 'role-passing') add(name, placeholder(ROLE_ARN_PREFIX));
    else if (s.capability === 'permissions' && POLICY_ARN.test(name)) add(name, { kind: 'notOneOf', values: [...ADMIN_POLICY_ARNS] });
    // A visibility whose values include "public": any value but those.
    else if (s.capability === 'public-exposure' && publicValues(schema).length > 0)
      add(name, { kind: 'notOneOf', values: publicValues(schema) });
    // A source address of an access rule: any value but the open ranges and wildcards that let everyone in.
    else if (s.capability === 'public-exposure' && s.rule === 'parameter.access-source' && openAccessValues(schema).length > 0)
      add(name, { kind: 'notOneOf', values: openAccessValues(schema) });
    // An authentication, encryption or logging mode: any value but those that switch it off.
    else if (s.capability === 'safety-toggle' && switchOffValues(schema).length > 0)
      add(name, { kind: 'notOneOf', values: switchOffValues(schema) });
    // A mode whose values include overwriting what is there: only the values that keep it.
    else if (s.capability === 'destruction' && nonOverwritingValues(schema).length > 0)
      add(name, { kind: 'oneOf', values: nonOverwritingValues(schema) });
    else if (s.capability === 'network-fetch') {
      const origin = (schema.description ?? '').match(HTTPS_ORIGIN)?.[0] ?? (tool.description ?? '').match(HTTPS_ORIGIN)?.[0];
      if (origin) add(name, { kind: 'prefix', prefix: origin });
    }
    // Any other address the agent picks, where the definition gives its origin for this argument: calls stay on
    // that origin. One the argument's own text states is the origin; one from an example value ("uri:
    // 'https://s3tables.us-west-2.amazonaws.com/iceberg'") shows the shape, and its region or account is the
    // author's, so it is a placeholder the operator replaces with their own.
    else if (s.capability === 'network-target') {
      // (Not a placeholder host, "https://d-xxxxxxxxxx.awsapps.com/start": each user's own host differs from it.)
      const stated = (schema.description ?? '').match(HTTPS_ORIGIN)?.[0];
      const origin = stated ?? exampleOrigin(name, tool.description ?? '');
      if (origin && !PLACEHOLDER_HOST.test(origin))
        add(name, stated ? { kind: 'prefix', prefix: origin } : { kind: 'prefix', prefix: origin, placeholder: true });
    }
  }
  for (const s of accepted) {
    const name = paramOf(s);
    if (!name) continue;
    const schema = properties[name]!;
    if (!acceptsBoolean(schema)) continue;
    if (
      s.capability === 'safety-toggle' ||
      s.capability === 'public-exposure' ||
      s.capability === 'destruction' ||
      s.capability === 'bulk'
    ) {
      add(name, { kind: 'oneOf', values: [keepingValue(name, schema.description)] });
    }
    // A switch that returns masked or encrypted data in clear: only its hiding value.
    if (s.rule === 'parameter.reveals-sensitive') add(name, { kind: 'oneOf', values: [hidingValue(schema.description)] });
    // A switch that keeps secrets out of the result: only its hiding value (true, unless its words say otherwise).
    if (s.rule === 'parameter.hides-sensitive') add(name, { kind: 'oneOf', values: [hidingValue(schema.description, true)] });
    // A switch that makes a reading tool write (start, store or bring in something): only off, so the call stays a read.
    if (s.rule === 'parameter.write-switch') add(name, { kind: 'oneOf', values: [false] });
  }
  // Resources named by identifier: scope them to your own (by prefix) where the tool changes them.
  const kubernetes = KUBERNETES.test(tool.name.replace(/_/g, ' ')) || KUBERNETES.test(tool.description ?? '');
  for (const [name, schema] of Object.entries(properties)) {
    if (!acceptsText(schema) || schema.type === undefined) continue;
    // Any argument that picks the resource type ("kind", or kubectl's "resourceType": "secrets"), in either spelling.
    // (Not on a whole manifest, "Complete YAML or JSON representation of the resource": a kind check on it never matches.)
    if (KIND_NAME.test(name) && kubernetes && !Array.isArray(schema.enum) && !MANIFEST.test(schema.description ?? ''))
      add(name, { kind: 'notOneOf', values: name === 'kind' ? [...SENSITIVE_KINDS] : sensitiveKindSpellings() });
    if (category === 'Read') continue;
    const s3 = /\bs3\b/i.test(`${name.replace(/_/g, ' ')} ${schema.description ?? ''} ${tool.name.replace(/_/g, ' ')}`);
    if (BUCKET_NAME.test(name) && s3) add(name, placeholder(BUCKET_NAME_PREFIX));
    else if (TABLE_NAME.test(name)) add(name, placeholder(TABLE_PREFIX));
    // A team prefix fits a repository's name, never its address ("Helm repository URL").
    else if (REPOSITORY_NAME.test(name) && !isAddress(schema)) add(name, placeholder(REPOSITORY_PREFIX));
  }
  for (const [name, schema] of Object.entries(properties)) {
    if (!acceptsNumber(schema)) continue;
    const cap = capFor(name, schema);
    if (cap !== undefined) add(name, { kind: 'max', max: cap });
  }
  return out;
}

/** The one-tool policy file: default deny, this tool's rule. */
export function toolPolicy(toolName: string, rule: ToolRule): PolicyFile {
  return { version: '1', default: 'deny', tools: safeRecord([[toolName, rule]]) };
}

/** Every tool's recommended rule in one file, default deny. */
export function serverPolicy(tools: readonly { tool: Tool; classification: Classification; rule?: ToolRule }[]): PolicyFile {
  return {
    version: '1',
    default: 'deny',
    tools: safeRecord(tools.map(({ tool, classification, rule }) => [tool.name, rule ?? recommendRule(tool, classification)] as const)),
  };
}

export { describeCondition, describeLimit, explainRule } from './describe.ts';
