/**
 * Round-5 leftovers as word families: an enumerated operation argument is read whatever the
 * name's verb (J); arguments that carry code the service will run (F); an argument that can switch
 * authentication, encryption or logging off (ACCESS); deleting a container of stores (cascade).
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict as verdict } from './families.ts';
import type { ExampleParameter, ToolExample } from '../../../src/risk/rules/types.ts';

const ops = (values: string[], param = 'action'): Record<string, ExampleParameter> => ({
  [param]: { type: 'string', enum: values },
  collection: 'string',
});

describe('J: an enumerated operation argument is read even when the name has a plain verb', () => {
  it.each<ToolExample>([
    { name: 'writeDatabaseContent', parameters: ops(['insert', 'update', 'delete']) },
    { name: 'write_records', parameters: ops(['create', 'update', 'remove'], 'operation') },
    { name: 'update_collection', parameters: ops(['rename', 'drop'], 'mode') },
    { name: 'modify_table_rows', parameters: ops(['upsert', 'purge'], 'op') },
    { name: 'edit_document', parameters: ops(['append', 'replace', 'delete'], 'action') },
  ])('$name is Destructive through its enum', (example) => {
    expect(verdict(example).category).toBe('Destructive');
  });

  it.each<ToolExample>([
    { name: 'writeDatabaseContent', parameters: ops(['insert', 'update']) },
    { name: 'git_rebase', parameters: ops(['start', 'continue', 'abort', 'skip'], 'mode') },
    { name: 'write_log', parameters: ops(['append', 'rotate'], 'mode') },
    { name: 'update_setting', parameters: ops(['fast', 'slow', 'balanced'], 'mode') },
  ])('$name is not made Destructive by its enum', (example) => {
    expect(verdict(example).category).not.toBe('Destructive');
  });

  it('a denied worst operation leaves the others through, each approved', () => {
    const v = verdict({ name: 'writeDatabaseStructure', parameters: ops(['createCollection', 'updateCollection', 'deleteCollection']) });
    expect(v).toMatchObject({ category: 'Destructive', action: 'require_approval' });
    expect(v.arguments).toEqual({ action: { kind: 'oneOf', values: ['createCollection', 'updateCollection'] } });
  });
});

describe('F: arguments that carry code the service will run', () => {
  it.each<ToolExample>([
    {
      name: 'create_channel_namespace',
      parameters: { code_handlers: 'string: The event handler functions that run custom business logic' },
    },
    { name: 'create_resolver', parameters: { resolver_code: 'string: source code of the resolver' } },
    { name: 'update_function', parameters: { function_body: 'string: the function body, source code in Python' } },
    { name: 'create_trigger', parameters: { handler: 'string: handler code that runs on each event' } },
    { name: 'put_rule', parameters: { js_code: 'string: handler source code, run on each request' } },
  ])('$name ships code: high, approval', (example) => {
    expect(verdict(example)).toMatchObject({ risk: 'high', action: 'require_approval' });
  });

  it.each<ToolExample>([
    {
      name: 'update_partial_workflow',
      description: 'Apply diff operations. patchNodeField edits "parameters.jsCode".',
      parameters: { operations: { type: 'array', description: 'Diff operations to apply' } },
    },
    {
      name: 'patch_pipeline',
      description: 'Patch a pipeline definition; edits may change script steps.',
      parameters: { patches: { type: 'array', description: 'Edits to apply' } },
    },
    { name: 'update_flow', parameters: { changes: { type: 'array', description: 'Changes to apply, including to the code nodes' } } },
  ])('$name patches code fields: high, approval', (example) => {
    expect(verdict(example)).toMatchObject({ risk: 'high', action: 'require_approval' });
  });

  it.each<ToolExample>([
    { name: 'create_coupon', parameters: { promo_code: 'string: the promo code customers enter' } },
    { name: 'update_address', parameters: { zip_code: 'string: postal code' } },
    { name: 'create_function', parameters: { handler: 'string: the handler name, e.g. index.handler' } },
    {
      name: 'update_partial_workflow',
      description: 'Apply diff operations: rename nodes, add tags.',
      parameters: { operations: { type: 'array', description: 'Diff operations to apply' } },
    },
    { name: 'update_order', parameters: { error_code: 'string: the error code to record' } },
  ])('$name carries no code', (example) => {
    expect(verdict(example).rules).not.toContain('parameter.code-shipped');
    expect(verdict(example).rules).not.toContain('parameter.code-patches');
  });
});

describe('ACCESS: an argument that can switch authentication, encryption or logging off', () => {
  it.each<[ToolExample, string[]]>([
    [{ name: 'gateway_update', parameters: { authorizer_type: 'string: Inbound auth: "CUSTOM_JWT", "AWS_IAM", or "NONE"' } }, ['NONE']],
    [{ name: 'create_endpoint', parameters: { auth_mode: { type: 'string', enum: ['oauth', 'api_key', 'none'] } } }, ['none']],
    [{ name: 'update_api', parameters: { authentication: { type: 'string', enum: ['JWT', 'ANONYMOUS'] } } }, ['ANONYMOUS']],
    [{ name: 'create_bucket', parameters: { encryption: { type: 'string', enum: ['AES256', 'aws:kms', 'disabled'] } } }, ['disabled']],
    [{ name: 'configure_listener', parameters: { tls_mode: 'string: one of STRICT, PERMISSIVE or PLAINTEXT' } }, ['PLAINTEXT']],
    [{ name: 'update_cluster', parameters: { logging_level: { type: 'string', enum: ['INFO', 'DEBUG', 'OFF'] } } }, ['OFF']],
  ])('%j is high and forbids the off values', (example, off) => {
    const v = verdict(example);
    expect(v.risk).toBe('high');
    const name = Object.keys(example.parameters!)[0]!;
    expect(v.arguments?.[name]).toEqual({ kind: 'notOneOf', values: off });
  });

  it.each<ToolExample>([
    { name: 'gateway_update', parameters: { authorizer_type: 'string: Inbound auth: "CUSTOM_JWT" or "AWS_IAM"' } },
    { name: 'create_endpoint', parameters: { auth_mode: { type: 'string', enum: ['oauth', 'api_key'] } } },
    { name: 'update_report', parameters: { format: { type: 'string', enum: ['pdf', 'none'] } } },
    { name: 'get_gateway', parameters: { authorizer_type: 'string: filter: "CUSTOM_JWT", "AWS_IAM" or "NONE"' } },
  ])('$name cannot switch protection off', (example) => {
    expect(verdict(example).rules).not.toContain('parameter.protection-off-choice');
  });
});

describe('Cascade: deleting a container of stores is as severe as deleting a store', () => {
  it.each<ToolExample>([
    {
      name: 'sql_server_delete',
      description: 'Remove the specified SQL server from your subscription, including all associated databases.',
    },
    { name: 'delete_instance', description: 'Deletes the instance along with all of its databases.' },
    { name: 'remove_account', description: 'Removes the storage account and all its buckets.' },
    { name: 'delete_server', description: 'Deletes all server data and the server itself.' },
    { name: 'delete_org', description: 'Deletes the organization together with every repository it holds.' },
  ])('$name is critical', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Destructive', risk: 'critical' });
  });

  it.each<ToolExample>([
    { name: 'delete_instance', description: 'Deletes the instance; its databases are kept in a snapshot.' },
    { name: 'delete_server', description: 'Deletes the server.' },
    { name: 'delete_website', description: 'Removes a website and all of its data.' },
  ])('$name is not critical', (example) => {
    expect(verdict(example).risk).not.toBe('critical');
  });
});
