/**
 * Which argument conditions the builder offers for a tool, from its input schema (build time
 * only; the page carries the result). A check is offered where it means something:
 * - a prefix for string arguments named like a location (path, file, folder, url, uri, S3 bucket),
 * - a maximum for numeric arguments named like an amount or a size (amount, limit, count, max_*),
 * - allowed values (checkboxes) for arguments that list them: an enum, or the operations the
 *   description lists for a multi-action tool's `operation`, and yes/no switches named like a risk
 *   (force, recursive, public, verify_ssl).
 * Every condition of the recommended rule is offered first (ticked), so each can be edited or
 * turned off; then the schema's arguments in order, up to MAX_OPTIONS.
 */
import type { InputSchema } from '../catalogue/schema.ts';
import { BUCKET_PREFIX, WORKSPACE_PREFIX } from '../risk/policy/recommend.ts';
import { patternProblem } from '../risk/policy/pattern.ts';
import { MAX_PATTERN_INPUT } from './rule.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { splitWords } from '../risk/words.ts';
import { isRecord, typesOf } from '../catalogue/json-types.ts';
import type { ArgumentOption, Scalar } from './controls.ts';

/** At most this many arguments get controls (beyond the recommended checks). */
export const MAX_OPTIONS = 8;
/** An argument with more values than this gets no checkboxes. */
export const MAX_VALUES = 40;
/**
 * Nor does one with a value longer than this: a checkbox label is the value itself, and the page
 * carries each twice (label and model), so twenty values of 50 kB made a tool page of 3 MB.
 */
export const MAX_VALUE_LENGTH = 200;
const shortEnough = (value: Scalar) => String(value).length <= MAX_VALUE_LENGTH;
const DEFAULT_CAP = 100;
/** The most a suggested cap is lifted to by an author's default (recommend.ts has the same ceiling for result sizes). */
const CEILING = 1000;
/** Suggestions that are examples the reader must replace. */
const PLACEHOLDERS = new Set<string>([WORKSPACE_PREFIX, BUCKET_PREFIX, 'https://']);

const LOCATION_WORDS = new Set([
  'path',
  'paths',
  'file',
  'filename',
  'filepath',
  'dir',
  'directory',
  'folder',
  'root',
  'cwd',
  'url',
  'uri',
  'href',
  'link',
  'origin',
  'location',
  'bucket',
]);
const WEB_WORDS = new Set(['url', 'uri', 'href', 'link', 'origin']);
const CAP_WORDS = new Set([
  'amount',
  'limit',
  'count',
  'max',
  'maximum',
  'size',
  'price',
  'total',
  'quantity',
  'qty',
  'budget',
  'cost',
  'timeout',
  'duration',
  'seconds',
  'minutes',
  'hours',
  'days',
  'replicas',
  'workers',
  'capacity',
  'concurrency',
  'parallelism',
  'results',
  'items',
  'rows',
  'records',
  'lines',
  'pages',
  'deletions',
  'runs',
  'cpus',
  'gpus',
  'instances',
  'storage',
]);
const FLAG_WORDS = new Set([
  'force',
  'recursive',
  'overwrite',
  'delete',
  'destroy',
  'purge',
  'cascade',
  'permanent',
  'public',
  'confirm',
  'confirmed',
  'dry',
  'verify',
  'ssl',
  'insecure',
  'unsafe',
  'skip',
  'allow',
  'enable',
  'write',
]);
const HTTPS_ORIGIN = /https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

type Node = Record<string, unknown>;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function unique(values: readonly Scalar[]): Scalar[] {
  return [...new Set(values)];
}

/** The values an argument's schema allows, when it lists them: `enum`, an `anyOf` branch's enum, `const`s. */
export function schemaValues(schema: Node): Scalar[] {
  const lists: unknown[][] = [];
  if (Array.isArray(schema.enum)) lists.push(schema.enum);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches.filter(isRecord)) {
      if (Array.isArray(branch.enum)) lists.push(branch.enum);
      if ('const' in branch) lists.push([branch.const]);
    }
  }
  return unique(lists.flat().filter(isScalar));
}

function words(name: string): string[] {
  return splitWords(name).map((w) => w.lower);
}

function prefixSuggestion(name: string, schema: Node): string | undefined {
  const ws = words(name);
  const format = typeof schema.format === 'string' ? schema.format : '';
  const last = ws.at(-1) ?? '';
  const description = typeof schema.description === 'string' ? schema.description : '';
  const s3 = ws.includes('s3') || /\bs3\b/i.test(description);
  if (s3 && (LOCATION_WORDS.has(last) || last === 'name')) return BUCKET_PREFIX;
  // A bucket of something else (InfluxDB, a rate limiter): no location to suggest.
  if (ws.includes('bucket')) return undefined;
  if (WEB_WORDS.has(last) || format === 'uri' || format === 'url' || format === 'iri') {
    return description.match(HTTPS_ORIGIN)?.[0] ?? 'https://';
  }
  return LOCATION_WORDS.has(last) ? WORKSPACE_PREFIX : undefined;
}

function maxSuggestion(name: string, schema: Node): number | undefined {
  const ws = words(name);
  if (!ws.some((w) => CAP_WORDS.has(w) || w === 'k')) return undefined;
  // As recommend.ts caps: lifted to the author's default so ordinary calls pass, never past the
  // ceiling (a hostile default of 1e300 is not a cap), lowered by their maximum.
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  const lifted = finite(schema.default) ? Math.min(Math.max(DEFAULT_CAP, schema.default), CEILING) : DEFAULT_CAP;
  return finite(schema.maximum) ? Math.min(lifted, schema.maximum) : lifted;
}

/** An author's own pattern, offered as a check when it is anchored and compiles in RE2 (never as JavaScript). */
function patternSuggestion(schema: Node): { pattern: string; maxLength: number } | undefined {
  if (typeof schema.pattern !== 'string' || patternProblem(schema.pattern) !== undefined) return undefined;
  const maxLength =
    typeof schema.maxLength === 'number' && Number.isSafeInteger(schema.maxLength) && schema.maxLength >= 1
      ? Math.min(schema.maxLength, MAX_PATTERN_INPUT)
      : 256;
  return { pattern: schema.pattern, maxLength };
}

/** The check offered for one argument without a recommended check, if any. */
function offerFor(name: string, schema: Node, known: readonly Scalar[] | undefined): ArgumentOption | undefined {
  const types = typesOf(schema);
  let values = schemaValues(schema);
  if (values.length === 0 && known) values = unique(known);
  if (values.length === 0 && types.includes('boolean') && words(name).some((w) => FLAG_WORDS.has(w))) values = [true, false];
  if (values.length >= 2 && values.length <= MAX_VALUES && values.every(shortEnough))
    return { name, kind: 'oneOf', values, suggestion: values, recommended: false };
  if (types.includes('string') || (types.length === 0 && values.length === 0)) {
    const prefix = prefixSuggestion(name, schema);
    if (prefix !== undefined)
      return { name, kind: 'prefix', suggestion: prefix, recommended: false, ...(PLACEHOLDERS.has(prefix) ? { placeholder: true } : {}) };
    const pattern = patternSuggestion(schema);
    if (pattern) return { name, kind: 'pattern', suggestion: pattern.pattern, maxLength: pattern.maxLength, recommended: false };
  }
  if (types.includes('integer') || types.includes('number')) {
    const max = maxSuggestion(name, schema);
    if (max !== undefined) return { name, kind: 'max', suggestion: max, recommended: false };
  }
  return undefined;
}

/**
 * The argument checks to offer for a tool. `knownValues` gives values for arguments whose schema
 * lists none, such as the operations a multi-action tool's description names.
 */
export function builderOptions(
  inputSchema: InputSchema,
  recommended?: ToolRule,
  knownValues: ReadonlyMap<string, readonly Scalar[]> = new Map(),
): ArgumentOption[] {
  const properties = isRecord(inputSchema.properties) ? inputSchema.properties : {};
  const schemaOf = (name: string): Node => (Object.hasOwn(properties, name) && isRecord(properties[name]) ? properties[name] : {});
  const options: ArgumentOption[] = [];
  const taken = new Set<string>();

  const recommendedChecks = recommended && 'arguments' in recommended && recommended.arguments ? Object.entries(recommended.arguments) : [];
  for (const [name, condition] of recommendedChecks) {
    taken.add(name);
    if (condition.kind === 'prefix')
      options.push({
        name,
        kind: 'prefix',
        suggestion: condition.prefix,
        recommended: true,
        ...(condition.placeholder ? { placeholder: true } : {}),
      });
    else if (condition.kind === 'max') options.push({ name, kind: 'max', suggestion: condition.max, recommended: true });
    else if (condition.kind === 'pattern')
      options.push({ name, kind: 'pattern', suggestion: condition.pattern, maxLength: condition.maxLength, recommended: true });
    else if (condition.kind === 'notOneOf')
      options.push({
        name,
        kind: 'notOneOf',
        values: condition.values.filter(shortEnough),
        suggestion: condition.values.filter(shortEnough),
        recommended: true,
      });
    else {
      const schema = schemaOf(name);
      const switches = typesOf(schema).includes('boolean') ? [true, false] : [];
      // The rule's own values always; others the schema lists only while short enough to show.
      const others = [...schemaValues(schema), ...(knownValues.get(name) ?? []), ...switches].filter(shortEnough);
      const values = unique([...condition.values, ...others]).slice(0, Math.max(MAX_VALUES, condition.values.length));
      options.push({ name, kind: 'oneOf', values, suggestion: condition.values, recommended: true });
    }
  }
  for (const name of Object.keys(properties)) {
    if (options.length >= MAX_OPTIONS + recommendedChecks.length) break;
    if (taken.has(name)) continue;
    const option = offerFor(name, schemaOf(name), knownValues.get(name));
    if (option) {
      taken.add(name);
      options.push(option);
    }
  }
  return options;
}
