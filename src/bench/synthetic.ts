/**
 * Synthetic catalogues for the scale benchmark (issue 7): N tools on servers of skewed sizes (a few
 * with hundreds of tools, most with 5-30), with the variety of real catalogues: five naming
 * styles, descriptions from one sentence to several pages (a few longer than the page shows),
 * 0-12 parameters of every JSON Schema shape servers send (enums, nested objects, arrays,
 * pydantic's `anyOf [T, null]`, `action` enums), annotations on some servers and not others,
 * live, source and unknown provenance.
 *
 * Pure and deterministic: the same `tools` and `seed` give the same servers, byte for byte, on any
 * machine. Servers are generated one at a time (`generateServers` is a generator) so that a
 * catalogue of 250,000 tools never has to be held in memory.
 */
import type { JsonSchemaNode, ServerFile, Tool } from '../catalogue/schema.ts';
import { slugify } from '../catalogue/slug.ts';
import { createRandom, hashSeed, type Random } from './random.ts';
import { capitalize } from '../risk/text.ts';
import {
  DESTRUCTIVE_VERBS,
  DOMAINS,
  EDITIONS,
  FILLER_WORDS,
  FOLLOW_UPS,
  INJECTIONS,
  PLURAL_VERBS,
  QUALIFIERS,
  READ_VERBS,
  REGIONS,
  SECTIONS,
  VENDORS,
  VERBS,
  type Domain,
} from './vocabulary.ts';

/** Bump when the output for a given seed changes, so cached catalogues are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 7;

export const NAMING_STYLES = ['snake_case', 'camelCase', 'PascalCase', 'kebab-case', 'dotted'] as const;
export type NamingStyle = (typeof NAMING_STYLES)[number];

const STYLE_WEIGHTS: readonly (readonly [NamingStyle, number])[] = [
  ['snake_case', 50],
  ['camelCase', 20],
  ['kebab-case', 12],
  ['dotted', 10],
  ['PascalCase', 8],
];

export interface SyntheticOptions {
  /** How many tools in all. */
  tools: number;
  seed?: number;
}

export interface SyntheticServer {
  /** The file's base name (`<baseName>.json`), which is also the server's slug. */
  baseName: string;
  server: ServerFile;
}

/**
 * How many tools each server gets, summing to `total`. Skewed like real catalogues: the first
 * server (in catalogues of 400 tools or more) and about 2% of the others have hundreds of tools,
 * 10% have 31-120, 8% have 1-4 and the rest 5-30.
 */
export function planServerSizes(total: number, random: Random): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    let size: number;
    if (sizes.length === 0 && total >= 400) size = random.int(200, Math.min(900, Math.floor(total / 2)));
    else {
      const roll = random.next();
      size = roll < 0.02 ? random.int(150, 900) : roll < 0.12 ? random.int(31, 120) : roll < 0.2 ? random.int(1, 4) : random.int(5, 30);
    }
    size = Math.min(size, remaining);
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/** Which naming style a tool name is written in, or `single` for one lowercase word. */
export function namingStyleOf(name: string): NamingStyle | 'single' | 'other' {
  if (/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$/.test(name)) return 'dotted';
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name)) return 'kebab-case';
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(name)) return 'snake_case';
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(name)) return 'camelCase';
  if (/^(?:[A-Z][a-z0-9]*){2,}$/.test(name)) return 'PascalCase';
  if (/^[a-z][a-z0-9]*$/.test(name)) return 'single';
  return 'other';
}

/** Words (each possibly with spaces, as in "by id") in one naming style. */
export function joinName(words: readonly string[], style: NamingStyle): string {
  const parts = words.join(' ').split(' ');
  switch (style) {
    case 'snake_case':
      return parts.join('_');
    case 'kebab-case':
      return parts.join('-');
    case 'camelCase':
      return parts.map((part, i) => (i === 0 ? part : capitalize(part))).join('');
    case 'PascalCase':
      return parts.map(capitalize).join('');
    case 'dotted':
      // The object is the namespace: `bucket.list`, `pull_request.get_status`.
      return parts.length < 2 ? parts.join('') : `${parts.slice(1).join('_')}.${parts[0]}`;
  }
}

function plural(word: string): string {
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** A multi-word noun's plural: the last word takes it (`access keys`). */
function pluralNoun(noun: readonly string[]): string[] {
  return [...noun.slice(0, -1), plural(noun[noun.length - 1]!)];
}

/** Third person, for descriptions: `lists`, `searches`, `executes`. */
function thirdPerson(verb: string): string {
  const special: Record<string, string> = { exec: 'executes', backup: 'backs up', do: 'does' };
  return special[verb] ?? plural(verb);
}

interface ServerContext {
  random: Random;
  domain: Domain;
  style: NamingStyle;
  /** Some servers mix naming styles (real ones that grew over time do). */
  mixedStyles: boolean;
  paramCase: 'snake_case' | 'camelCase';
  /** pydantic-generated schemas: a `title` on every property, optional ones as `anyOf [T, null]`. */
  pydantic: boolean;
  annotates: boolean;
  source: boolean;
  packageName: string;
}

interface ToolContext {
  verb: string;
  noun: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Parameters

type ParamMaker = (s: ServerContext, t: ToolContext, depth: number) => JsonSchemaNode;

interface ParamSpec {
  words: (t: ToolContext) => string[];
  weight: number;
  make: ParamMaker;
}

const words =
  (...list: string[]) =>
  () =>
    list;
const described = (s: ServerContext, node: JsonSchemaNode, description: string): JsonSchemaNode =>
  s.random.chance(0.75) ? { ...node, description } : node;

function nestedObject(s: ServerContext, t: ToolContext, depth: number, description: string): JsonSchemaNode {
  const { properties, required } = parameters(s, t, s.random.int(2, 5), depth + 1);
  return described(s, { type: 'object', properties, ...(required.length > 0 ? { required } : {}) }, description);
}

const PARAMS: readonly ParamSpec[] = [
  { words: (t) => [...t.noun, 'id'], weight: 14, make: (s, t) => described(s, { type: 'string' }, `The ID of the ${t.noun.join(' ')}.`) },
  {
    words: words('name'),
    weight: 6,
    make: (s, t) => described(s, { type: 'string', minLength: 1, maxLength: 255 }, `The name of the ${t.noun.join(' ')}.`),
  },
  {
    words: words('limit'),
    weight: 6,
    make: (s) => described(s, { type: 'integer', minimum: 1, maximum: 1000, default: 50 }, 'Maximum number of results to return.'),
  },
  {
    words: words('max', 'results'),
    weight: 3,
    make: (s) => described(s, { type: 'integer', minimum: 1 }, 'The maximum number of items per page.'),
  },
  {
    words: words('next', 'token'),
    weight: 4,
    make: (s) => described(s, { type: 'string' }, 'The token from a previous call, to get the next page.'),
  },
  { words: words('cursor'), weight: 2, make: (s) => described(s, { type: 'string' }, 'Opaque pagination cursor.') },
  {
    words: words('query'),
    weight: 5,
    make: (s, t) => described(s, { type: 'string' }, `Search text matched against ${plural(t.noun.join(' '))}.`),
  },
  {
    words: words('filter'),
    weight: 3,
    make: (s, t, depth) =>
      depth >= 2
        ? described(s, { type: 'string' }, 'A filter expression.')
        : described(
            s,
            {
              type: 'object',
              properties: {
                field: { type: 'string', description: 'The field to compare.' },
                operator: { type: 'string', enum: ['eq', 'ne', 'gt', 'lt', 'contains', 'starts_with'] },
                value: { type: ['string', 'number', 'boolean'] },
              },
              required: ['field', 'value'],
            },
            `Only ${plural(t.noun.join(' '))} matching this filter are returned.`,
          ),
  },
  {
    words: words('region'),
    weight: 4,
    make: (s) =>
      s.random.chance(0.5)
        ? described(s, { type: 'string', enum: [...REGIONS] }, 'The region to use.')
        : described(s, { type: 'string' }, 'AWS region, e.g. us-east-1.'),
  },
  {
    words: words('tags'),
    weight: 3,
    make: (s) =>
      s.random.chance(0.5)
        ? described(s, { type: 'object', additionalProperties: { type: 'string' } }, 'Key-value tags to attach.')
        : described(
            s,
            {
              type: 'array',
              items: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'string' } }, required: ['key'] },
            },
            'Tags as a list of key and value pairs.',
          ),
  },
  {
    words: words('force'),
    weight: 2,
    make: (s, t) =>
      described(s, { type: 'boolean', default: false }, `Skip safety checks and ${t.verb} even if the ${t.noun.join(' ')} is in use.`),
  },
  {
    words: words('dry', 'run'),
    weight: 2,
    make: (s) => described(s, { type: 'boolean', default: false }, 'Report what would change without changing anything.'),
  },
  { words: words('recursive'), weight: 1, make: (s) => described(s, { type: 'boolean' }, 'Apply to everything below as well.') },
  {
    words: words('path'),
    weight: 4,
    make: (s) => described(s, { type: 'string' }, "Absolute or relative path on the server's file system."),
  },
  { words: words('content'), weight: 3, make: (s) => described(s, { type: 'string' }, 'The full content to write.') },
  { words: words('body'), weight: 2, make: (s) => described(s, { type: 'string', format: 'markdown' }, 'The message body (Markdown).') },
  {
    words: words('amount'),
    weight: 2,
    make: (s) => described(s, { type: 'number', minimum: 0, exclusiveMinimum: 0 }, 'The amount in the smallest currency unit.'),
  },
  {
    words: words('currency'),
    weight: 2,
    make: (s) => described(s, { type: 'string', enum: ['usd', 'eur', 'gbp', 'jpy', 'chf'] }, 'Three-letter ISO currency code.'),
  },
  { words: words('recipient'), weight: 2, make: (s) => described(s, { type: 'string', format: 'email' }, 'Who receives it.') },
  { words: words('command'), weight: 2, make: (s) => described(s, { type: 'string' }, 'The shell command to run.') },
  {
    words: words('args'),
    weight: 2,
    make: (s) => described(s, { type: 'array', items: { type: 'string' } }, 'Arguments passed to the command.'),
  },
  {
    words: words('timeout', 'seconds'),
    weight: 2,
    make: (s) => described(s, { type: 'integer', minimum: 1, maximum: 3600, default: 30 }, 'Give up after this many seconds.'),
  },
  { words: words('confirm'), weight: 1, make: (s) => described(s, { type: 'boolean' }, 'Must be true to proceed.') },
  {
    words: words('description'),
    weight: 2,
    make: (s, t) => described(s, { type: 'string', maxLength: 1024 }, `A description for the ${t.noun.join(' ')}.`),
  },
  {
    words: words('metadata'),
    weight: 2,
    make: (s, t, depth) =>
      depth >= 2 ? described(s, { type: 'object' }, 'Free-form metadata.') : nestedObject(s, t, depth, 'Metadata to store with it.'),
  },
  {
    words: words('config'),
    weight: 2,
    make: (s, t, depth) =>
      depth >= 2
        ? described(s, { type: 'object', additionalProperties: true }, 'Configuration.')
        : nestedObject(s, t, depth, `Configuration of the ${t.noun.join(' ')}.`),
  },
  {
    words: words('options'),
    weight: 1,
    make: (s, t, depth) => (depth >= 2 ? described(s, { type: 'object' }, 'Options.') : nestedObject(s, t, depth, 'Additional options.')),
  },
  {
    words: (t) => pluralNoun(t.noun),
    weight: 2,
    make: (s, t, depth) =>
      depth >= 2
        ? described(s, { type: 'array', items: { type: 'string' } }, `The ${plural(t.noun.join(' '))}.`)
        : described(
            s,
            { type: 'array', items: nestedObject(s, t, depth, `One ${t.noun.join(' ')}.`), maxItems: 100 },
            `The ${plural(t.noun.join(' '))} to ${t.verb}.`,
          ),
  },
  {
    words: words('start', 'time'),
    weight: 2,
    make: (s) => described(s, { type: 'string', format: 'date-time' }, 'Start of the time range (ISO 8601).'),
  },
  {
    words: words('end', 'time'),
    weight: 2,
    make: (s) => described(s, { type: 'string', format: 'date-time' }, 'End of the time range (ISO 8601).'),
  },
  {
    words: words('sort', 'order'),
    weight: 2,
    make: (s) => described(s, { type: 'string', enum: ['asc', 'desc'], default: 'desc' }, 'Sort order.'),
  },
  {
    words: words('format'),
    weight: 2,
    make: (s) => described(s, { type: 'string', enum: ['json', 'csv', 'yaml', 'text'] }, 'Output format.'),
  },
  {
    words: words('include', 'deleted'),
    weight: 1,
    make: (s) => described(s, { type: 'boolean', default: false }, 'Include deleted items.'),
  },
  { words: words('url'), weight: 2, make: (s) => described(s, { type: 'string', format: 'uri' }, 'The URL to use.') },
  {
    words: words('priority'),
    weight: 1,
    make: (s) =>
      described(
        s,
        s.random.chance(0.5) ? { type: 'string', enum: ['low', 'normal', 'high', 'urgent'] } : { type: 'integer', minimum: 0, maximum: 10 },
        'Priority.',
      ),
  },
  {
    words: words('labels'),
    weight: 1,
    make: (s) => described(s, { type: 'array', items: { type: 'string' }, uniqueItems: true }, 'Labels to apply.'),
  },
  {
    words: words('environment'),
    weight: 1,
    make: (s) => described(s, { type: 'string', enum: ['development', 'staging', 'production'] }, 'Target environment.'),
  },
  {
    words: words('account', 'id'),
    weight: 2,
    make: (s) => described(s, { type: 'string', pattern: '^[0-9]{12}$' }, 'The account to act in.'),
  },
  { words: words('version'), weight: 1, make: (s) => described(s, { type: 'string' }, 'A specific version; the latest when omitted.') },
  { words: words('sql'), weight: 1, make: (s) => described(s, { type: 'string' }, 'The SQL statement to run.') },
  { words: words('expression'), weight: 1, make: (s) => described(s, { type: 'string' }, "An expression in the server's query language.") },
  { words: words('wait'), weight: 1, make: (s) => described(s, { type: 'boolean', default: true }, 'Wait until the operation completes.') },
];

const PARAM_WEIGHTS = PARAMS.map((spec) => [spec, spec.weight] as const);
const PARAM_COUNTS: readonly (readonly [number, number])[] = [
  [0, 10],
  [1, 15],
  [2, 15],
  [3, 15],
  [4, 12],
  [5, 10],
  [6, 8],
  [7, 5],
  [8, 4],
  [9, 2],
  [10, 2],
  [11, 1],
  [12, 1],
];
const ACTION_VERBS = ['list', 'get', 'describe', 'create', 'update', 'delete', 'start', 'stop', 'run', 'tag', 'archive', 'restore'];

function paramName(s: ServerContext, parts: readonly string[]): string {
  return joinName(parts, s.paramCase);
}

/** pydantic's shapes: a title on every property, optional ones widened to `anyOf [T, null]`. */
function pydanticShape(name: string, node: JsonSchemaNode, required: boolean): JsonSchemaNode {
  const title = name.split('_').map(capitalize).join(' ');
  if (required) return { ...node, title };
  const { description, default: _default, ...type } = node;
  return { anyOf: [type, { type: 'null' }], default: null, ...(description === undefined ? {} : { description }), title };
}

function parameters(
  s: ServerContext,
  t: ToolContext,
  count: number,
  depth: number,
): { properties: Record<string, JsonSchemaNode>; required: string[] } {
  const properties: Record<string, JsonSchemaNode> = {};
  const required: string[] = [];
  let added = 0;
  for (let attempt = 0; added < count && attempt < count * 4; attempt++) {
    const spec = s.random.weighted(PARAM_WEIGHTS);
    const name = paramName(s, spec.words(t));
    if (Object.hasOwn(properties, name)) continue;
    const isRequired = s.random.chance(attempt === 0 ? 0.7 : 0.35);
    const node = spec.make(s, t, depth);
    properties[name] = s.pydantic && depth === 0 ? pydanticShape(name, node, isRequired) : node;
    added++;
    if (isRequired) required.push(name);
  }
  return { properties, required };
}

function inputSchema(s: ServerContext, t: ToolContext, multiplexer: boolean): Tool['inputSchema'] {
  const { random } = s;
  const { properties, required } = parameters(s, t, random.weighted(PARAM_COUNTS), 0);
  if (multiplexer) {
    // One tool that does several things, chosen by an `action` argument (common in real servers).
    const actions = random.sample(ACTION_VERBS, random.int(3, 8));
    const action: JsonSchemaNode = { type: 'string', enum: actions, description: `What to do: ${actions.join(', ')}.` };
    const rest = Object.fromEntries(Object.entries(properties).filter(([name]) => name !== 'action'));
    return { type: 'object', properties: { action, ...rest }, required: ['action', ...required.filter((name) => name !== 'action')] };
  }
  const schema: Tool['inputSchema'] = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  if (random.chance(0.3)) schema.additionalProperties = false;
  if (random.chance(0.15)) schema.$schema = 'http://json-schema.org/draft-07/schema#';
  return schema;
}

// ---------------------------------------------------------------------------------------------
// Descriptions

function fill(template: string, s: ServerContext, t: ToolContext): string {
  const noun = t.noun.join(' ');
  return template
    .replaceAll('{nouns}', plural(noun))
    .replaceAll('{noun}', noun)
    .replaceAll('{verb}', t.verb)
    .replaceAll('{param}', paramName(s, s.random.pick([['region'], ['status'], ['created', 'after'], ['owner'], ['tag']])));
}

function fillerSentence(random: Random): string {
  const length = random.int(8, 22);
  const sentence: string[] = [];
  for (let i = 0; i < length; i++) sentence.push(random.pick(FILLER_WORDS));
  return `${capitalize(sentence.join(' '))}.`;
}

function opening(s: ServerContext, t: ToolContext): string {
  const { random } = s;
  const noun = PLURAL_VERBS.has(t.verb) ? plural(t.noun.join(' ')) : t.noun.join(' ');
  const object = PLURAL_VERBS.has(t.verb)
    ? random.pick(['all', 'the', 'matching']) + ` ${noun}`
    : `${random.pick(['a', 'the', 'an existing', 'the specified'])} ${noun}`;
  const tail = random.pick([
    '',
    ' in the account',
    ' in the current project',
    ' by its identifier',
    ' and returns its details',
    ` for the given ${paramName(s, ['owner'])}`,
    ` on ${s.domain.name.toLowerCase()} resources`,
  ]);
  const verb = random.chance(0.5) ? capitalize(t.verb) : capitalize(thirdPerson(t.verb));
  return `${verb} ${object}${tail}.`;
}

function section(s: ServerContext, t: ToolContext, heading: string): string {
  const { random } = s;
  const lines = [`## ${heading}`, ''];
  if (heading === 'Examples') {
    lines.push(
      '```json',
      JSON.stringify({ [paramName(s, [...t.noun, 'id'])]: `${t.noun.join('-')}-1234`, [paramName(s, ['dry', 'run'])]: true }, null, 2),
      '```',
    );
  } else if (random.chance(0.5)) {
    for (let i = random.int(2, 6); i > 0; i--)
      lines.push(`- ${random.chance(0.6) ? fill(random.pick(FOLLOW_UPS), s, t) : fillerSentence(random)}`);
  } else {
    const sentences: string[] = [];
    for (let i = random.int(2, 5); i > 0; i--)
      sentences.push(random.chance(0.5) ? fill(random.pick(FOLLOW_UPS), s, t) : fillerSentence(random));
    lines.push(sentences.join(' '));
  }
  return lines.join('\n');
}

function description(s: ServerContext, t: ToolContext): string | undefined {
  const { random } = s;
  const kind = random.weighted([
    ['none', 5],
    ['one', 40],
    ['few', 30],
    ['doc', 18],
    ['long', 5.5],
    ['huge', 1.5],
  ] as const);
  if (kind === 'none') return undefined;
  const parts = [opening(s, t)];
  if (kind === 'few') for (let i = random.int(1, 3); i > 0; i--) parts.push(fill(random.pick(FOLLOW_UPS), s, t));
  let text = parts.join(' ');
  if (kind === 'doc' || kind === 'long' || kind === 'huge') {
    const blocks = [text, fill(random.pick(FOLLOW_UPS), s, t)];
    const sections = kind === 'doc' ? random.sample(SECTIONS, random.int(1, 2)) : random.sample(SECTIONS, random.int(4, 8));
    for (const heading of sections) blocks.push(section(s, t, heading));
    text = blocks.join('\n\n');
    // A few descriptions are longer than a page shows (the site cuts at 6,000 characters).
    const target = kind === 'huge' ? random.int(7000, 24000) : 0;
    while (text.length < target) text += `\n\n${section(s, t, random.pick(SECTIONS))}`;
  }
  if (random.chance(0.004)) text += `\n\n${random.pick(INJECTIONS)}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Tools and servers

function annotations(s: ServerContext, verb: string): Tool['annotations'] | undefined {
  const { random } = s;
  if (!random.chance(s.annotates ? 0.9 : 0.03)) return undefined;
  // Authors are sometimes wrong (or lie); the atlas must cope with both.
  const readOnly = READ_VERBS.has(verb) !== random.chance(0.05);
  const destructive = DESTRUCTIVE_VERBS.has(verb) !== random.chance(0.05);
  const shape = random.weighted([
    ['all', 50],
    ['readOnly', 25],
    ['two', 25],
  ] as const);
  const out: NonNullable<Tool['annotations']> = { readOnlyHint: readOnly };
  if (shape !== 'readOnly') out.destructiveHint = destructive;
  if (shape === 'all') {
    out.idempotentHint = readOnly || ['put', 'set', 'update'].includes(verb);
    out.openWorldHint = random.chance(0.5);
  }
  return out;
}

function titleOf(nameWords: readonly string[]): string {
  return nameWords
    .flatMap((word) => word.split(' '))
    .map(capitalize)
    .join(' ');
}

function makeTool(s: ServerContext, taken: { names: Set<string>; slugs: Set<string> }): Tool {
  const { random } = s;
  const domainVerbs = s.domain.verbs ?? [];
  const style = s.mixedStyles ? random.weighted(STYLE_WEIGHTS) : s.style;
  let name: string;
  let t: ToolContext;
  let nameWords: string[];
  let multiplexer: boolean;
  for (let attempt = 0; ; attempt++) {
    multiplexer = random.chance(0.05);
    const verb = multiplexer ? 'manage' : domainVerbs.length > 0 && random.chance(0.15) ? random.pick(domainVerbs) : random.weighted(VERBS);
    const noun = random.chance(0.85) ? random.pick(s.domain.nouns) : random.pick(random.pick(DOMAINS).nouns);
    t = { verb, noun };
    const object = PLURAL_VERBS.has(verb) ? pluralNoun(noun) : [...noun];
    nameWords = [verb, ...object];
    if (random.chance(attempt < 3 ? 0.2 : 0.8)) nameWords.push(random.pick(QUALIFIERS));
    if (attempt >= 6) nameWords.push(String(attempt));
    name = joinName(nameWords, style);
    const slug = slugify(name, 'tool');
    if (!taken.names.has(name) && !taken.slugs.has(slug)) {
      taken.names.add(name);
      taken.slugs.add(slug);
      break;
    }
  }
  const tool: Tool = { name, inputSchema: inputSchema(s, t, multiplexer) };
  if (random.chance(0.2)) tool.title = titleOf(nameWords);
  const text = description(s, t);
  if (text !== undefined) tool.description = text;
  if (random.chance(0.04)) {
    tool.outputSchema = {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'object' } }, [paramName(s, ['next', 'token'])]: { type: 'string' } },
    };
  }
  const hints = annotations(s, t.verb);
  if (hints) {
    if (random.chance(0.2)) hints.title = titleOf(nameWords);
    tool.annotations = hints;
  }
  if (s.source && random.chance(0.6)) {
    tool.atlas = {
      source: { file: `src/${s.packageName}/tools/${t.noun.join('_')}.${s.pydantic ? 'py' : 'ts'}`, line: random.int(12, 2400) },
    };
  }
  return tool;
}

function dateBefore(random: Random, days: number): string {
  // A fixed origin, never the clock, so output depends on the seed alone.
  return new Date(Date.UTC(2026, 10, 1) - random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

function hex(random: Random, length: number): string {
  let out = '';
  while (out.length < length) out += random.int(0, 0xffff).toString(16).padStart(4, '0');
  return out.slice(0, length);
}

function makeServer(random: Random, size: number, takenSlugs: Set<string>): SyntheticServer {
  const vendor = random.pick(VENDORS);
  const domain = random.pick(DOMAINS);
  const shape = random.weighted([
    [0, 50],
    [1, 20],
    [2, 15],
    [3, 15],
  ] as const);
  let name = [
    `${vendor} ${domain.name} MCP Server`,
    `${vendor} ${domain.name}`,
    `${domain.name} MCP for ${vendor}`,
    `mcp-server-${slugify(vendor)}-${slugify(domain.name)}`,
  ][shape]!;
  let baseName = slugify(name, 'server');
  for (let attempt = 0; takenSlugs.has(baseName); attempt++) {
    // Another server already has this name: add an edition, and a number once editions repeat too.
    const edition = random.pick(EDITIONS);
    name = attempt < 3 ? `${name.replace(/ MCP Server$/, '')} ${edition} MCP Server` : `${name} ${attempt}`;
    baseName = slugify(name, 'server');
  }
  takenSlugs.add(baseName);

  const registry = random.weighted([
    ['npm', 45],
    ['pypi', 35],
    ['docker', 8],
    ['remote', 8],
    ['other', 4],
  ] as const);
  const vendorSlug = slugify(vendor);
  const packageName = {
    npm: `@${vendorSlug}/${baseName}`,
    pypi: `${baseName}`.replace(/-/g, random.chance(0.5) ? '-' : '_'),
    docker: `${vendorSlug}/${baseName}`,
    remote: `https://mcp.${vendorSlug}.example.com/${slugify(domain.name)}`,
    other: `${baseName}.zip`,
  }[registry];
  const source = random.chance(0.3);
  const live = !source && random.chance(0.55);
  const context: ServerContext = {
    random,
    domain,
    style:
      registry === 'pypi'
        ? random.weighted([
            ['snake_case', 85],
            ['kebab-case', 10],
            ['dotted', 5],
          ] as const)
        : random.weighted(STYLE_WEIGHTS),
    mixedStyles: random.chance(0.08),
    paramCase: registry === 'pypi' || random.chance(0.5) ? 'snake_case' : 'camelCase',
    pydantic: registry === 'pypi' && random.chance(0.7),
    annotates: random.chance(0.4),
    source,
    packageName: baseName,
  };

  const server: ServerFile = {
    name,
    package: {
      registry,
      name: packageName,
      ...(random.chance(0.85) ? { version: `${random.int(0, 3)}.${random.int(0, 20)}.${random.int(0, 40)}` } : {}),
    },
    tools: [],
  };
  if (random.chance(0.85)) {
    const nouns = random.sample(domain.nouns, 3).map((noun) => plural(noun.join(' ')));
    server.description =
      `${domain.name} tools for ${vendor}: work with ${nouns.join(', ')} from an AI ` +
      `agent.${random.chance(0.3) ? ` ${fillerSentence(random)}` : ''}`;
  }
  const repository = `https://github.com/${vendorSlug}/${baseName}`;
  if (random.chance(0.75)) server.repository = random.chance(0.03) ? `git@github.com:${vendorSlug}/${baseName}.git` : repository;
  if (source) {
    server.provenance = {
      method: 'source',
      repository,
      commit: hex(random, 40),
      path: `src/${baseName}`,
      extractedOn: dateBefore(random, 300),
    };
  } else if (live) {
    const transport = random.weighted([
      ['stdio', 60],
      ['streamable-http', 30],
      ['file', 10],
    ] as const);
    server.provenance = {
      method: 'live',
      transport,
      ...(transport === 'file'
        ? {}
        : { command: transport === 'stdio' ? `npx -y ${packageName}` : `https://mcp.${vendorSlug}.example.com/mcp` }),
      listedOn: dateBefore(random, 120),
      ...(random.chance(0.7)
        ? { serverInfo: { name: baseName, version: `${random.int(0, 3)}.${random.int(0, 9)}.${random.int(0, 20)}` } }
        : {}),
      ...(random.chance(0.6) ? { protocolVersion: random.pick(['2025-03-26', '2025-06-18', '2025-11-25']) } : {}),
    };
  }
  const taken = { names: new Set<string>(), slugs: new Set<string>() };
  for (let i = 0; i < size; i++) server.tools.push(makeTool(context, taken));
  return { baseName, server };
}

/** The servers of a synthetic catalogue of `tools` tools, one at a time, in a fixed order. */
export function* generateServers(options: SyntheticOptions): Generator<SyntheticServer> {
  const seed = options.seed ?? DEFAULT_SEED;
  const sizes = planServerSizes(options.tools, createRandom(hashSeed(seed, 'sizes', options.tools)));
  const takenSlugs = new Set<string>();
  for (const [index, size] of sizes.entries()) {
    // Each server has its own stream, so one server's changes do not shift every later one.
    yield makeServer(createRandom(hashSeed(seed, 'server', index)), size, takenSlugs);
  }
}

/** The whole catalogue in memory: for tests and small sizes. */
export function generateCatalogue(options: SyntheticOptions): SyntheticServer[] {
  return [...generateServers(options)];
}
