/**
 * Word families behind the round-7 parameter fixes: paths that are keys in a remote system or that
 * also take S3 URIs or inline content, local paths no check can reach, URLs stored or fetched from,
 * copy recipients, template sources, overwrite modes, sizing on updates, tool pass-through and
 * credentials bound to a destination. Each is checked on several wordings and on close quiet ones.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { rulesApplied } from '../../../src/risk/rules/index.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// E-remote-path. A path at a commit or ref, or a key to look code up by in a monitored service, is no local path.
ruleFamily(
  'parameter.path',
  [
    { name: 'read_file', description: 'Reads a file.', parameters: { file_path: 'string: absolute path to the local file' } },
    {
      name: 'git_show',
      description: 'Show a git object.',
      parameters: { path: 'string: Path to the Git repository. Defaults to the working directory.' },
    },
  ],
  [
    {
      name: 'git_show',
      description: 'Show a git object.',
      parameters: { filePath: 'string: View specific file at a given commit reference.' },
    },
    { name: 'git_blame', description: 'Blame a file.', parameters: { file_path: 'string: the file at the specified revision' } },
    {
      name: 'get_instrumentation',
      description: 'Get a probe on a file.',
      parameters: { file_path: 'string: Code file path for code-location lookup.' },
    },
    {
      name: 'get_breakpoint',
      description: 'Get a breakpoint in a file.',
      parameters: { file_path: 'string: source file path for the lookup' },
    },
  ],
);

// E-remote-path (mixed). A path that also takes an S3 URI or inline content gets no folder prefix.
describe('a path argument that also takes other forms gets no prefix', () => {
  it.each([
    'Workflow definition content: a local ZIP file path, S3 URI (s3://bucket/key.zip), or base64-encoded ZIP content.',
    'README documentation: markdown content, local .md file path, or S3 URI (s3://bucket/key)',
    'Accepts inline content, a local file path, or an S3 URI.',
  ])('%s', (described) => {
    const v = exampleVerdict({
      name: 'create_workflow',
      description: 'Create a workflow.',
      parameters: { source: `string: ${described}` },
    });
    expect(v.arguments?.source).toBeUndefined();
  });
  it('keeps the prefix on a plain local path, even when another argument takes a url', () => {
    const v = exampleVerdict({
      name: 'create_import',
      description: 'Create a contact import.',
      parameters: { filePath: 'string: Local path to a CSV file to read and upload. Use one of filePath, content, or url.' },
    });
    expect(v.arguments?.filePath).toMatchObject({ kind: 'prefix' });
  });
});

// E-local-file. A path power that no check reaches (an array of paths) is held for approval; a mixed value is not.
describe('local paths no condition reaches are approved', () => {
  it.each([
    { paths: { type: 'array', items: { type: 'string' }, description: 'Array of file paths to read' } },
    { files: { type: 'array', items: { type: 'string' }, description: 'absolute paths to the local files' } },
  ])('%j', (parameters) => {
    expect(exampleVerdict({ name: 'read_multiple_files', description: 'Read several files.', parameters }).action).toBe('require_approval');
  });
  it('a mixed value (inline content, a local path or an S3 URI) keeps its rate limit: most calls pass the content', () => {
    const parameters = { content: 'string: The content to lint. Accepts inline content, a local file path, or an S3 URI.' };
    const v = exampleVerdict({ name: 'lint_workflow', description: 'Lint a workflow definition.', parameters });
    expect(v.action).toBe('rate_limit');
    expect(v.arguments?.content).toBeUndefined();
  });
  it('a single local path keeps its prefix and its rate limit', () => {
    const v = exampleVerdict({ name: 'read_file', description: 'Read a file.', parameters: { path: 'string: absolute path to the file' } });
    expect(v.action).toBe('rate_limit');
  });
});

// O. A URL stored on a record is no network target; an attachment's hosted URL is a fetch source, not a delivery address.
ruleFamily(
  'parameter.network-target',
  [
    { name: 'connect', parameters: { endpoint: 'string: the server endpoint' } },
    { name: 'create_proxy', parameters: { proxy_url: 'string: the proxy to route through' } },
  ],
  [
    {
      name: 'stories_add_external_link',
      description: 'Add an external link to a story.',
      parameters: { externalLink: 'string: URL to add' },
    },
    { name: 'create_timeline_item', parameters: { url: 'string: The URL to add to the new timeline item' } },
    { name: 'add_bookmark', parameters: { link: 'string: link to attach to the card' } },
    { name: 'update_task', parameters: { url: 'string: the URL stored on the task' } },
  ],
);
ruleFamily(
  'parameter.fetch-url',
  [
    { name: 'send_email', parameters: { attachment_url: 'string: URL where the file is hosted (the service will fetch it)' } },
    { name: 'create_attachment', parameters: { url: 'string: the file will be downloaded from this URL' } },
  ],
  [{ name: 'send_webhook', parameters: { url: 'string: the webhook URL' } }],
);
ruleFamily(
  'parameter.delivery-address',
  [{ name: 'send_webhook', parameters: { url: 'string: the webhook URL' } }],
  [
    { name: 'send_email', parameters: { url: 'string: URL where the file is hosted (the service will fetch it)' } },
    { name: 'send_message', parameters: { attachment_url: 'string: the service will download it and attach it' } },
  ],
);

// DELIVERY. Who is copied on what a tool creates and mails receives it now.
ruleFamily(
  'parameter.copy-recipient',
  [
    { name: 'create_support_case', parameters: { cc_email_addresses: 'array: Email addresses to CC on the case' } },
    { name: 'create_ticket', parameters: { cc: 'array: addresses copied on the ticket' } },
    { name: 'add_communication_to_case', parameters: { bcc_emails: 'array: blind copies' } },
  ],
  [
    { name: 'update_mail_message', parameters: { cc: 'array: CC recipients of the message' } },
    { name: 'create_draft', parameters: { cc: 'array: CC recipients' } },
    { name: 'list_cases', parameters: { cc_email_addresses: 'array' } },
  ],
);

// SUPPLY. A template fetched from Git or the web is third-party code instantiated.
ruleFamily(
  'parameter.template-source',
  [
    {
      name: 'sam_init',
      description: 'Initializes a serverless application.',
      parameters: { location: 'string: Template or application location (Git, HTTP/HTTPS, zip file path).' },
    },
    {
      name: 'create_project',
      description: 'Create a project from a starter.',
      parameters: { template_url: 'string: GitHub URL of the template' },
    },
    { name: 'create_app', description: 'Create an app from a boilerplate.', parameters: { source: 'string: git repository to copy' } },
  ],
  [
    { name: 'create_project', description: 'Create a project from a template.', parameters: { location: 'string: the region' } },
    { name: 'list_templates', description: 'List templates.', parameters: { source: 'string: GitHub URL of the catalogue' } },
    { name: 'create_bucket', description: 'Create a bucket.', parameters: { location: 'string: https endpoint region' } },
  ],
);

// OVERWRITE-mode. A mode whose values overwrite what is there makes the tool destructive; the rule keeps the safe values.
ruleFamily(
  'parameter.overwrite-mode',
  [
    {
      name: 'create_import_job',
      parameters: {
        'conflict-resolution-mode': 'string: How conflicts are handled. Allowed values: Fail, Skip, OverwriteIfDirty, OverwriteAlways.',
      },
    },
    {
      name: 'create_load_job',
      parameters: { write_disposition: { type: 'string', enum: ['WRITE_APPEND', 'WRITE_EMPTY', 'WRITE_TRUNCATE'] } },
    },
    { name: 'copy_files', parameters: { if_exists: { type: 'string', enum: ['skip', 'fail', 'overwrite'] } } },
  ],
  [
    { name: 'create_import_job', parameters: { conflict_mode: { type: 'string', enum: ['Fail', 'Skip'] } } },
    { name: 'copy_files', parameters: { mode: { type: 'string', enum: ['overwrite', 'replace'] } } },
    { name: 'list_files', parameters: { if_exists: { type: 'string', enum: ['skip', 'overwrite'] } } },
  ],
);
describe('an overwrite mode is checked to its safe values, and the tool is destructive', () => {
  it('oneOf the keeping values', () => {
    const v = exampleVerdict({
      name: 'create_import_job',
      parameters: { conflict_mode: { type: 'string', enum: ['Fail', 'Skip', 'OverwriteIfDirty', 'OverwriteAlways'] } },
    });
    expect(v.arguments?.conflict_mode).toEqual({ kind: 'oneOf', values: ['Fail', 'Skip'] });
  });
});

// SPEND. Sizing a scale set on an update bills.
ruleFamily(
  'parameter.sizes-capacity',
  [
    {
      name: 'compute_vmss_update',
      description: 'Update a virtual machine scale set.',
      parameters: { capacity: 'integer: Number of VM instances (capacity) in the scale set' },
    },
    {
      name: 'update_scale_set',
      description: 'Update a scale set.',
      parameters: { vm_size: 'string: The VM size (e.g., Standard_D2s_v3)' },
    },
    { name: 'update_cluster', description: 'Update a cluster.', parameters: { machine_type: 'string: the machine type of the nodes' } },
  ],
  [
    { name: 'compute_vmss_get', description: 'Get a scale set.', parameters: { capacity: 'integer' } },
    { name: 'restart_vmss', description: 'Restart a scale set.', parameters: { capacity: 'integer' } },
  ],
);

// T. Any tool by name with free arguments passes every call through.
ruleFamily(
  'parameter.any-tool',
  [
    { name: 'execute_sentry_tool', parameters: { name: 'string: The name of the available tool to execute.', arguments: 'object' } },
    { name: 'call_tool', parameters: { tool_name: 'string: name of the tool to call', params: 'object' } },
    { name: 'run_operation', parameters: { operation: 'string: the operation to run', input: 'object' } },
  ],
  [
    { name: 'invoke_action', parameters: { name: 'string: The name of the action to invoke', payload: 'object' } },
    { name: 'describe_tool', parameters: { name: 'string: The name of the tool to describe', arguments: 'object' } },
    { name: 'execute_tool', parameters: { name: 'string: The name of the available tool to execute.' } },
  ],
);
it('a pass-through by tool name is held for approval', () => {
  const v = exampleVerdict({ name: 'execute_tool', parameters: { name: 'string: the name of the tool to execute', arguments: 'object' } });
  expect(v.action).toBe('require_approval');
});

// CRED-binding. Outbound credentials set with the endpoint they are used on.
ruleFamily(
  'parameter.credential-binding',
  [
    { name: 'gateway_target_update', parameters: { target_configuration: 'object', credential_provider_configurations: 'array' } },
    {
      name: 'create_connector',
      parameters: { endpoint: 'string: the URL to call', auth_configuration: 'object: API key or OAuth provider' },
    },
    { name: 'update_integration', parameters: { destination_url: 'string', outbound_auth: 'object' } },
  ],
  [
    { name: 'gateway_target_update', parameters: { description: 'string', credential_provider_configurations: 'array' } },
    { name: 'get_gateway_target', parameters: { target_configuration: 'object', credential_provider_configurations: 'array' } },
  ],
);
it('binding credentials to a destination is high and approved, with confused-deputy', () => {
  const v = exampleVerdict({
    name: 'gateway_target_update',
    parameters: { target_configuration: 'object', credential_provider_configurations: 'array' },
  });
  expect([v.risk, v.action]).toEqual(['high', 'require_approval']);
});

describe('an attachment URL inside an array is a fetch source too', () => {
  it('send_email(attachments[].url)', () => {
    const c = classifyTool({
      name: 'send_email',
      description: 'Sends an email.',
      inputSchema: {
        type: 'object',
        properties: {
          attachments: {
            type: 'array',
            items: {
              type: 'object',
              properties: { url: { type: 'string', description: 'URL where the file is hosted (the service will fetch it)' } },
            },
          },
        },
      },
    });
    expect([...rulesApplied(c)]).toContain('parameter.fetch-url');
    expect([...rulesApplied(c)]).not.toContain('parameter.delivery-address');
  });
});
