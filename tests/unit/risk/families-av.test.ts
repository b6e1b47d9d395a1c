/**
 * Word families behind the round-14 parameter fixes (E remote paths on a managed host, BULK-false
 * job nouns, O filter values named in a description's list, a preferred local path no check reaches,
 * an example origin for an address, a registry image reference): each fix is checked on several
 * wordings an author would use, not only the sampled one, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// E. A path on a host the service manages (a sync service's registered server, an agent's machine,
// a target VM) is read there, not on the MCP server's machine: no path line, no /workspace/ prefix.
ruleFamily(
  'parameter.path',
  [
    { name: 'read_file', description: 'Reads a file.', parameters: { path: 'string: The local file path on the server' } },
    {
      name: 'evaluate_script',
      description: 'Evaluates a script.',
      parameters: { sourcePath: "string: path to a JavaScript file on the MCP server's local filesystem" },
    },
    {
      name: 'read_config',
      description: 'Reads a config file.',
      parameters: { file_path: 'string: path to the file on the machine running the server' },
    },
  ],
  [
    {
      name: 'create_server_endpoint',
      description: 'Add a server endpoint to a sync group by specifying a local server path to sync.',
      parameters: {
        server_resource_id: 'string: The resource ID of the registered server',
        server_local_path: 'string: The local folder path on the server for syncing',
      },
    },
    {
      name: 'create_backup_job',
      description: 'Creates a backup job for a protected machine.',
      parameters: { folder_path: 'string: the folder to back up on the registered server' },
    },
    {
      name: 'collect_logs',
      description: 'Collects log files.',
      parameters: { agent_id: 'string', log_directory: 'string: the local log directory on the agent' },
    },
    {
      name: 'run_file_scan',
      description: 'Scans a folder for malware.',
      parameters: { folder: 'string: absolute folder path on the target VM' },
    },
    {
      name: 'copy_to_instance',
      description: 'Copies a file.',
      parameters: { instance_id: 'string', file_path: 'string: local path on the instance' },
    },
  ],
);

describe('a registered server’s path gets no folder prefix', () => {
  it('create_server_endpoint(server_resource_id, server_local_path)', () => {
    const v = exampleVerdict({
      name: 'create_server_endpoint',
      description: 'Add a server endpoint to a sync group by specifying a local server path to sync.',
      parameters: {
        server_resource_id: 'string: The resource ID of the registered server',
        server_local_path: 'string: The local folder path on the server for syncing',
      },
    });
    expect(v.arguments?.server_local_path).toBeUndefined();
  });
});

// BULK-false. "Batch" before a kind of job names one offline job (batch inference, a batch job), not a
// call over many items; "batch" before a thing the call changes still is one.
ruleFamily(
  'name.bulk-change',
  [
    { name: 'batch_update_items', description: 'Updates items.' },
    { name: 'batch_delete_records', description: 'Deletes records.' },
    { name: 'send_message_batch', description: 'Sends messages.' },
    { name: 'bulk_create_jobs', description: 'Creates jobs.' },
  ],
  [
    { name: 'genai-batch-inference-create-file', description: 'Create a presigned URL for uploading a batch inference JSONL input file.' },
    { name: 'genai-batch-inference-upload-file', description: 'Upload JSONL content to the presigned URL.' },
    { name: 'create_batch_job', description: 'Creates a job that runs offline.' },
    { name: 'start_batch_prediction', description: 'Starts a prediction job over an input file.' },
    { name: 'cancel_batch_inference', description: 'Cancels a job.' },
  ],
);

// O. An undescribed address of a reading tool that its description names only among optional
// arguments (beside a grouping key) narrows what the read returns: no network-target line. A fetch's
// address, or an address named in a writing tool's list, still is one.
const RUM = (list: string) =>
  `Monitor real user experience.\n\nUse the action parameter to select an operation.\n\n${list}\n\nAll responses are read-only.`;
ruleFamily(
  'parameter.network-target',
  [
    { name: 'connect', description: 'Connects to a server.', parameters: { endpoint: 'string: the server endpoint' } },
    {
      name: 'query_events',
      description: RUM('Required params: ``callback_url`` (subscribe).'),
      parameters: { action: 'string', callback_url: 'string' },
    },
    {
      name: 'update_monitor',
      description: RUM('Optional params: ``callback_url`` (update).'),
      parameters: { action: 'string', callback_url: 'string' },
    },
  ],
  [
    {
      name: 'query_rum_events',
      description: RUM('Optional params: ``page_url``/``group_by`` (errors, performance, locations).'),
      parameters: { action: 'string', page_url: 'string', group_by: 'string' },
    },
    {
      name: 'get_page_metrics',
      description: RUM('Optional parameters: `page_url` (errors), `browser` (sessions).'),
      parameters: { action: 'string', page_url: 'string', browser: 'string' },
    },
    {
      name: 'search_sessions',
      description: RUM('Optional arguments: referrer_url, device, country.'),
      parameters: { referrer_url: 'string', device: 'string', country: 'string' },
    },
    {
      name: 'update_agent_runtime',
      description: 'Update an agent runtime, creating a new version.',
      parameters: { container_uri: 'string: Updated ECR container URI.' },
    },
    {
      name: 'create_service',
      description: 'Creates a service from an image.',
      parameters: { image_uri: 'string: the ECR image URI to run' },
    },
  ],
);

// E-local-file. A path that also takes inline content keeps its rate limit (most calls pass the content),
// unless the author prefers the local path: then most calls send a local file, and a person approves each.
describe('a preferred local path no check reaches is held for approval', () => {
  const upload = (content: string) =>
    exampleVerdict({
      name: 'upload_artifact',
      description: 'Upload a file or raw content as an artifact.',
      parameters: { connector_id: 'string', content: `string: ${content}` },
    });
  it.each([
    'Local file path (preferred) or raw content string',
    'Local file path (default) or the raw content string',
    'A local file path (recommended) or inline text content',
  ])('approval: %s', (content) => {
    expect(upload(content).action).toBe('require_approval');
  });
  it.each(['Raw content string or a local file path', 'Accepts inline content, a local file path, or an S3 URI (s3://bucket/key).'])(
    'rate limit: %s',
    (content) => {
      expect(upload(content).action).toBe('rate_limit');
    },
  );
});

// O. An address whose https origin the definition gives for that argument (an example value line) is kept
// on that origin; a placeholder host ("d-xxxxxxxxxx") is each user's own, so no prefix.
describe('an address is kept on the origin the definition gives for it', () => {
  const importer = (description: string, uri: string) =>
    exampleVerdict({
      name: 'import_csv_to_table',
      description: `Import data from a CSV file into a table.\n\n${description}`,
      parameters: { table_name: 'string', uri: `string: ${uri}` },
    });
  it('from an example value line of the description, as a placeholder (its region is the author’s)', () => {
    const v = importer(
      "Example input values:\n    uri: 'https://s3tables.us-west-2.amazonaws.com/iceberg'",
      'REST URI for Iceberg catalog',
    );
    expect(v.arguments?.uri).toEqual({ kind: 'prefix', prefix: 'https://s3tables.us-west-2.amazonaws.com/', placeholder: true });
  });
  it('from the argument’s own description', () => {
    const v = importer('', 'REST URI for the catalog, https://catalog.acme-cloud.com/iceberg');
    expect(v.arguments?.uri).toEqual({ kind: 'prefix', prefix: 'https://catalog.acme-cloud.com/' });
  });
  it('not from a placeholder host', () => {
    const v = importer('', 'Your start URL (e.g., https://d-xxxxxxxxxx.awsapps.com/start)');
    expect(v.arguments?.uri).toBeUndefined();
  });
  it('not from an origin the description gives for another argument', () => {
    const v = importer("Example input values:\n    docs: 'https://docs.aws.amazon.com/s3tables/'", 'REST URI for Iceberg catalog');
    expect(v.arguments?.uri).toBeUndefined();
  });
});
