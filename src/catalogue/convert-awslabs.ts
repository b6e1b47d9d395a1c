/**
 * Converts the awslabs/mcp extraction (`../shared/catalogue/awslabs-mcp.json`: servers found by
 * static analysis of the repository, parameters as Python annotations) into server files of our
 * catalogue format, with parameters turned into a JSON Schema `inputSchema` and the provenance
 * (repository, commit, source file and line) kept.
 */
import { z } from 'zod';
import type { JsonSchemaNode, ServerFile, Tool } from './schema.ts';
import { toolFingerprint } from './fingerprint.ts';
import { slugify } from './slug.ts';

const ExtractedParameterSchema = z.looseObject({
  name: z.string(),
  type: z.string().nullable().optional(),
  required: z.boolean(),
  description: z.string().nullable().optional(),
  aws_type: z.string().optional(),
});

const ExtractedToolSchema = z.looseObject({
  name: z.string(),
  title: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  parameters: z.array(ExtractedParameterSchema).nullable(),
  annotations: z.record(z.string(), z.unknown()).nullable().optional(),
  source: z.string(),
  registered_at: z.string().optional(),
  generated_from: z.object({ service: z.string(), operation: z.string() }).loose().optional(),
  proxied_from: z.string().optional(),
  condition: z.string().optional(),
});

const ExtractedServerSchema = z.looseObject({
  package: z.string().nullable(),
  name: z.string(),
  path: z.string(),
  description: z.string().nullable().optional(),
  summary: z.string().nullable().optional(),
  version: z.string().nullable().optional(),
  kind: z.string(),
  notes: z.string().optional(),
  tools: z.array(ExtractedToolSchema),
});

/** The extraction file's shape: only what the conversion reads. */
export const AwslabsExtractionSchema = z.looseObject({
  source: z.looseObject({
    repository: z.string(),
    commit: z.string(),
    extracted: z.iso.date(),
    method: z.string(),
  }),
  servers: z.array(ExtractedServerSchema),
});
export type AwslabsExtraction = z.infer<typeof AwslabsExtractionSchema>;
type ExtractedServer = z.infer<typeof ExtractedServerSchema>;
type ExtractedTool = z.infer<typeof ExtractedToolSchema>;

/** Splits `a, b[c, d], e` at top-level commas or pipes only. */
function splitTopLevel(text: string, separator: ',' | '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '[' || char === '(') depth++;
    if (char === ']' || char === ')') depth--;
    if (char === separator && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== '');
}

const SCALARS: Record<string, JsonSchemaNode> = {
  str: { type: 'string' },
  string: { type: 'string' },
  int: { type: 'integer' },
  integer: { type: 'integer' },
  long: { type: 'integer' },
  float: { type: 'number' },
  double: { type: 'number' },
  number: { type: 'number' },
  bool: { type: 'boolean' },
  boolean: { type: 'boolean' },
  datetime: { type: 'string', format: 'date-time' },
  timestamp: { type: 'string', format: 'date-time' },
  dict: { type: 'object' },
  object: { type: 'object' },
  structure: { type: 'object' },
  map: { type: 'object' },
  list: { type: 'array' },
  array: { type: 'array' },
  any: {},
};

/**
 * A Python type annotation as JSON Schema: `Optional[List[str]]` -> `{type: 'array', items: {type: 'string'}}`,
 * `Literal['A', 'B']` -> `{type: 'string', enum: ['A', 'B']}`. Types it cannot map (a project's own
 * classes) give an untyped schema that keeps the annotation in `x-python-type`.
 */
export function pythonTypeToJsonSchema(annotation: string): JsonSchemaNode {
  const text = annotation.trim();
  const union = splitTopLevel(text, '|').filter((part) => part !== 'None');
  if (union.length > 1) return mergeUnion(union.map(pythonTypeToJsonSchema));
  if (union.length === 1 && union[0] !== text) return pythonTypeToJsonSchema(union[0]!);

  const generic = /^([A-Za-z_.]+)\[(.*)\]$/s.exec(text);
  if (generic) {
    const outer = generic[1]!.replace(/^(typing|t)\./, '');
    const args = splitTopLevel(generic[2]!, ',');
    if (outer === 'Optional') return pythonTypeToJsonSchema(args[0] ?? 'Any');
    if (outer === 'Union') return pythonTypeToJsonSchema(args.join(' | '));
    if (outer === 'Annotated') return pythonTypeToJsonSchema(args[0] ?? 'Any');
    if (/^(List|list|Sequence|Set|set|Tuple|tuple)$/.test(outer)) {
      const items = args[0] ? pythonTypeToJsonSchema(args[0]) : {};
      return Object.keys(items).length > 0 ? { type: 'array', items } : { type: 'array' };
    }
    if (/^(Dict|dict|Mapping)$/.test(outer)) return { type: 'object' };
    if (outer === 'Literal') {
      const values = args.map((arg) => {
        const quoted = /^(['"])(.*)\1$/s.exec(arg);
        if (quoted) return quoted[2]!;
        const asNumber = Number(arg);
        return Number.isNaN(asNumber) ? arg : asNumber;
      });
      const type = values.every((v) => typeof v === 'string')
        ? 'string'
        : values.every((v) => typeof v === 'number')
          ? 'number'
          : undefined;
      return type ? { type, enum: values } : { enum: values };
    }
  }
  const scalar = SCALARS[text.replace(/^(typing|t)\./, '').toLowerCase()];
  if (scalar) return { ...scalar };
  return { 'x-python-type': text };
}

function mergeUnion(schemas: JsonSchemaNode[]): JsonSchemaNode {
  const types = schemas.map((s) => s.type);
  if (types.every((t): t is string => typeof t === 'string')) return { type: [...new Set(types)] };
  return { anyOf: schemas };
}

function toolInputSchema(tool: ExtractedTool): Tool['inputSchema'] {
  const properties: Record<string, JsonSchemaNode> = {};
  const required: string[] = [];
  for (const parameter of tool.parameters ?? []) {
    let schema = parameter.type ? pythonTypeToJsonSchema(parameter.type) : {};
    if (parameter.aws_type && (schema.type === undefined || schema['x-python-type'] !== undefined)) {
      schema = pythonTypeToJsonSchema(parameter.aws_type);
    }
    if (parameter.description) schema = { ...schema, description: parameter.description };
    properties[parameter.name] = schema;
    if (parameter.required) required.push(parameter.name);
  }
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** `path/to/file.py:42` -> `{ file, line }`. */
function splitLocation(location: string): { file: string; line?: number } {
  const match = /^(.*):(\d+)$/.exec(location);
  return match ? { file: match[1]!, line: Number(match[2]) } : { file: location };
}

function convertTool(tool: ExtractedTool): Tool {
  const source = splitLocation(tool.source);
  const converted: Tool = {
    name: tool.name,
    ...(tool.title ? { title: tool.title } : {}),
    ...(tool.description ? { description: tool.description } : {}),
    inputSchema: toolInputSchema(tool),
    ...(tool.annotations ? { annotations: tool.annotations } : {}),
    atlas: {
      source: {
        ...source,
        ...(tool.registered_at ? { registeredAt: tool.registered_at } : {}),
        ...(tool.generated_from ? { generatedFrom: `${tool.generated_from.service} API operation ${tool.generated_from.operation}` } : {}),
        ...(tool.proxied_from ? { proxiedFrom: tool.proxied_from } : {}),
        ...(tool.condition ? { condition: tool.condition } : {}),
      },
    },
  };
  // Fingerprinted as the importer fingerprints live definitions, so their history starts now.
  converted.atlas!.fingerprint = toolFingerprint(converted);
  return converted;
}

/** The file name (without `.json`) a server gets: its package name without the `awslabs.` prefix. */
export function serverFileBaseName(server: ExtractedServer): string {
  const name = server.package ?? server.path.split('/').pop() ?? server.name;
  return slugify(name.replace(/^awslabs\./, ''), 'server');
}

export interface ConvertedServer {
  baseName: string;
  server: ServerFile;
}

export interface Conversion {
  servers: ConvertedServer[];
  /** Servers left out, with why: those that list no tools of their own. */
  skipped: { name: string; reason: string }[];
}

export function convertAwslabs(extraction: AwslabsExtraction): Conversion {
  const repository = `https://github.com/${extraction.source.repository}`;
  const servers: ConvertedServer[] = [];
  const skipped: Conversion['skipped'] = [];
  for (const server of extraction.servers) {
    if (server.tools.length === 0) {
      skipped.push({ name: server.name, reason: server.notes ?? 'no tools found in the source' });
      continue;
    }
    const remoteUrl = server.package ? undefined : /https:\/\/[^\s)]+/.exec(server.notes ?? '')?.[0];
    const description = server.summary || server.description;
    servers.push({
      baseName: serverFileBaseName(server),
      server: {
        name: server.name,
        package: server.package
          ? { registry: 'pypi', name: server.package, ...(server.version ? { version: server.version } : {}) }
          : { registry: 'remote', name: remoteUrl ?? serverFileBaseName(server) },
        ...(description ? { description } : {}),
        repository,
        provenance: {
          method: 'source',
          repository,
          commit: extraction.source.commit,
          path: server.path,
          extractedOn: extraction.source.extracted,
          notes: [extraction.source.method, server.notes].filter(Boolean).join('. '),
        },
        tools: server.tools.map(convertTool),
      },
    });
  }
  return { servers, skipped };
}
