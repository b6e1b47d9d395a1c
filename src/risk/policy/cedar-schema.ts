/**
 * A Cedar schema of ToolHive's entity model for one server, generated from its tools, so the
 * generated policy.cedar can be validated (cedar-wasm's `validate`, strict mode) before anyone
 * loads it: a typo in an attribute, a String compared with a decimal, or an argument read without
 * a `has` guard is then an error here rather than a silent deny in the gateway.
 *
 * The entity model is ToolHive's (https://docs.stacklok.com/toolhive/reference/authz-policy-reference):
 * principal `Client` (in `THVGroup`), action `call_tool`, resource `Tool` (in `MCP`) with `name`,
 * `operation`, `feature` and the four annotation hints, each present only when the server sets it;
 * the call's arguments as `arg_<name>` in the context (and on the resource).
 *
 * Argument types are what ToolHive's code hands Cedar (stacklok/toolhive,
 * pkg/authz/authorizers/cedar: core.go preprocessArguments, entity.go convertToCedarValueAtDepth),
 * not what the JSON Schema names: JSON string → String, boolean → Bool, and every number, `integer`
 * or not, → decimal, since ToolHive decodes the call into float64. Any argument passed as an
 * object, an array or null becomes `arg_<name>_present: Bool`, so every argument has that
 * attribute too. This follows the shape of the Cedar project's MCP schema generator
 * (https://github.com/cedar-policy/cedar-for-agents, rust/cedar-policy-mcp-schema-generator), which
 * models one action per tool with the input as a record; ToolHive has one action for every tool,
 * so here a server's arguments share one context type. An attribute that two tools type
 * differently is left out: a policy that reads it then fails validation, which is the point.
 */
import type { JsonSchemaNode, Tool } from '../../catalogue/schema.ts';
import { defineKey, type ArgumentCondition, type PolicyFile } from './schema.ts';
import { typesOf } from '../../catalogue/json-types.ts';

/** The Cedar types an argument can have in ToolHive's request. */
type CedarType = 'String' | 'Boolean' | 'decimal';
interface Attribute {
  type: CedarType;
  required: boolean;
}

const ANNOTATIONS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

/** The Cedar type a scalar value has in ToolHive's request. */
function valueType(value: unknown): CedarType | undefined {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'decimal';
  return undefined;
}

/** The one type all values share, if they share one. */
function sharedType(values: readonly unknown[]): CedarType | undefined {
  const types = new Set(values.map(valueType));
  return types.size === 1 ? [...types][0] : undefined;
}

/** What a check on an untyped argument says its type is: a prefix needs text, a cap a number. */
function conditionType(condition: ArgumentCondition | undefined): CedarType | undefined {
  if (!condition) return undefined;
  switch (condition.kind) {
    case 'prefix':
    case 'pattern':
      return 'String';
    case 'max':
      return 'decimal';
    case 'oneOf':
    case 'notOneOf':
      return sharedType(condition.values);
  }
}

/**
 * The attributes an argument can become in ToolHive's request: `arg_<name>_present` always (an
 * object, an array or null), and `arg_<name>` when its type is one Cedar holds. An argument whose
 * schema names no single type is typed by its `enum`, or by the check the rule puts on it.
 */
function argumentAttributesOf(name: string, schema: JsonSchemaNode, condition: ArgumentCondition | undefined): [string, CedarType][] {
  const present: [string, CedarType] = [`arg_${name}_present`, 'Boolean'];
  const types = typesOf(schema);
  let type: CedarType | undefined;
  if (types.length !== 1) type = (Array.isArray(schema.enum) ? sharedType(schema.enum) : undefined) ?? conditionType(condition);
  else if (types[0] === 'string') type = 'String';
  else if (types[0] === 'boolean') type = 'Boolean';
  else if (types[0] === 'integer' || types[0] === 'number') type = 'decimal';
  return type ? [[`arg_${name}`, type], present] : [present];
}

/** The `arg_*` attributes of a server's tools; a name typed two ways is left out. */
export function argumentAttributes(tools: readonly Tool[], policy?: PolicyFile): Map<string, CedarType> {
  const types = new Map<string, CedarType | null>();
  for (const tool of tools) {
    const properties = tool.inputSchema.properties ?? {};
    const rule = policy && Object.hasOwn(policy.tools, tool.name) ? policy.tools[tool.name] : undefined;
    const checks = rule && 'arguments' in rule && rule.arguments ? rule.arguments : {};
    for (const name of Object.keys(properties)) {
      for (const [key, type] of argumentAttributesOf(name, properties[name]!, Object.hasOwn(checks, name) ? checks[name] : undefined)) {
        const known = types.get(key);
        types.set(key, known === undefined || known === type ? type : null);
      }
    }
  }
  const out = new Map<string, CedarType>();
  for (const [key, type] of types) if (type) out.set(key, type);
  return out;
}

/** An attribute in Cedar's JSON schema format: decimal is an extension type. */
function attributeJson(attribute: Attribute): Record<string, unknown> {
  const type = attribute.type === 'decimal' ? { type: 'Extension', name: 'decimal' } : { type: attribute.type };
  return { ...type, required: attribute.required };
}

function record(attributes: Iterable<[string, Attribute]>): { type: 'Record'; attributes: Record<string, Record<string, unknown>> } {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, attribute] of attributes) defineKey(out, key, attributeJson(attribute));
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
