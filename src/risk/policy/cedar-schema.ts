/**
 * A Cedar schema of ToolHive's entity model for one server, generated from its tools, so the
 * generated policy.cedar can be validated (cedar-wasm's `validate`, strict mode) before anyone
 * loads it: a typo in an attribute, a String compared with a Long, or an argument read without a
 * `has` guard is then an error here rather than a silent deny in the gateway.
 *
 * The entity model is ToolHive's (https://docs.stacklok.com/toolhive/reference/authz-policy-reference):
 * principal `Client` (in `THVGroup`), action `call_tool`, resource `Tool` (in `MCP`) with `name`,
 * `operation`, `feature` and the four annotation hints, each present only when the server sets it;
 * the call's arguments as `arg_<name>` in the context (and on the resource).
 *
 * Argument types follow the Cedar project's MCP schema generator
 * (https://github.com/cedar-policy/cedar-for-agents, rust/cedar-policy-mcp-schema-generator: JSON
 * Schema string → String, boolean → Bool, integer → Long) with ToolHive's preprocessing on top:
 * objects and arrays become `arg_<name>_present: Bool`. That generator models one action per tool
 * with the input as a record; ToolHive has one action for every tool, so here a server's
 * arguments share one context type. JSON `number` is typed Long like `integer`, because the
 * policies compare caps as whole numbers (see cedar.ts). An argument name that two tools type
 * differently gets no attribute: a policy that reads it then fails validation, which is the point.
 */
import type { JsonSchemaNode, Tool } from '../../catalogue/schema.ts';
import { defineKey, type ArgumentCondition, type PolicyFile } from './schema.ts';

type CedarType = { type: 'String' } | { type: 'Long' } | { type: 'Boolean' };
interface Attribute {
  type: CedarType['type'];
  required: boolean;
}

import { typesOf } from '../../catalogue/json-types.ts';

const ANNOTATIONS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;


/** The Cedar type a scalar value has in ToolHive's request. */
function valueType(value: unknown): CedarType['type'] | undefined {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number' && Number.isInteger(value)) return 'Long';
  return undefined;
}

/** The one type all values share, if they share one. */
function sharedType(values: readonly unknown[]): CedarType['type'] | undefined {
  const types = new Set(values.map(valueType));
  return types.size === 1 ? [...types][0] : undefined;
}

/** What a check on an untyped argument says its type is: a prefix needs text, a cap a number. */
function conditionType(condition: ArgumentCondition | undefined): CedarType['type'] | undefined {
  if (!condition) return undefined;
  switch (condition.kind) {
    case 'prefix':
    case 'pattern':
      return 'String';
    case 'max':
      return 'Long';
    case 'oneOf':
    case 'notOneOf':
      return sharedType(condition.values);
  }
}

/**
 * The attribute an argument becomes in ToolHive's request, or undefined when its type is not one
 * Cedar can hold. An argument whose schema names no single type is typed by its `enum`, or by the
 * check the rule puts on it.
 */
function argumentAttribute(name: string, schema: JsonSchemaNode, condition: ArgumentCondition | undefined): [string, CedarType['type']] | undefined {
  const types = typesOf(schema);
  if (types.length !== 1) {
    const inferred = (Array.isArray(schema.enum) ? sharedType(schema.enum) : undefined) ?? conditionType(condition);
    return inferred ? [`arg_${name}`, inferred] : undefined;
  }
  switch (types[0]) {
    case 'string':
      return [`arg_${name}`, 'String'];
    case 'boolean':
      return [`arg_${name}`, 'Boolean'];
    case 'integer':
    case 'number':
      return [`arg_${name}`, 'Long'];
    case 'object':
    case 'array':
      return [`arg_${name}_present`, 'Boolean'];
    default:
      return undefined;
  }
}

/** The `arg_*` attributes of a server's tools; a name typed two ways is left out. */
export function argumentAttributes(tools: readonly Tool[], policy?: PolicyFile): Map<string, CedarType['type']> {
  const types = new Map<string, CedarType['type'] | null>();
  for (const tool of tools) {
    const properties = tool.inputSchema.properties ?? {};
    const rule = policy && Object.hasOwn(policy.tools, tool.name) ? policy.tools[tool.name] : undefined;
    const checks = rule && 'arguments' in rule && rule.arguments ? rule.arguments : {};
    for (const name of Object.keys(properties)) {
      const attribute = argumentAttribute(name, properties[name]!, Object.hasOwn(checks, name) ? checks[name] : undefined);
      if (!attribute) continue;
      const [key, type] = attribute;
      const known = types.get(key);
      types.set(key, known === undefined || known === type ? type : null);
    }
  }
  const out = new Map<string, CedarType['type']>();
  for (const [key, type] of types) if (type) out.set(key, type);
  return out;
}

function record(attributes: Iterable<[string, Attribute]>): { type: 'Record'; attributes: Record<string, Attribute> } {
  const out: Record<string, Attribute> = {};
  for (const [key, attribute] of attributes) defineKey(out, key, attribute);
  return { type: 'Record', attributes: out };
}

/**
 * The Cedar schema (JSON format) of ToolHive's entities for a server with these tools. With the
 * server's policy, arguments the tools leave untyped are typed by the checks on them.
 */
export function cedarSchema(tools: readonly Tool[], policy?: PolicyFile): Record<string, unknown> {
  const args = [...argumentAttributes(tools, policy)].map(([key, type]) => [key, { type, required: false }] as [string, Attribute]);
  const toolAttributes: [string, Attribute][] = [
    ['name', { type: 'String', required: true }],
    ['operation', { type: 'String', required: true }],
    ['feature', { type: 'String', required: true }],
    ...ANNOTATIONS.map((hint) => [hint, { type: 'Boolean', required: false }] as [string, Attribute]),
    ...args,
  ];
  return {
    '': {
      entityTypes: {
        THVGroup: {},
        MCP: {},
        Client: { memberOfTypes: ['THVGroup'] },
        Tool: { memberOfTypes: ['MCP'], shape: record(toolAttributes) },
      },
      actions: {
        call_tool: {
          appliesTo: { principalTypes: ['Client'], resourceTypes: ['Tool'], context: record(args) },
        },
      },
    },
  };
}
