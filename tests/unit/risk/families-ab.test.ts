/**
 * Word families behind the round-8 fixes of description rules, sensitivity and external content:
 * each fix is checked on several wordings an author would use, not only the sampled one, and on
 * close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

/** The attack patterns the atlas links to an example tool. */
function patternsOf(example: ToolExample): string[] {
  return classifyTool(exampleTool(example)).patterns.map((p) => p.id);
}

// S. A read-only claim needs the tool as its subject: "does not change" said of the screen, or of
// anything else in a condition ("as long as …", "until …"), is no claim about the tool.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'list_elements', description: 'Lists elements on screen. Does not change anything.' },
    { name: 'inspect_state', description: 'Inspects the current state. This tool does not modify the page.' },
    { name: 'show_config', description: 'Shows the configuration. It does not write to disk.' },
  ],
  [
    {
      name: 'list_elements',
      description:
        'List elements on screen. Refs and coordinates stay valid as long as the screen does not change; re-list after navigation.',
    },
    { name: 'list_rows', description: 'Lists rows. Cursors remain usable until the table does not change shape.' },
    { name: 'get_snapshot', description: 'Gets a snapshot. Cached results are reused while the document does not change.' },
  ],
);

// SENS-false. Sensitivity attaches to what the tool returns: a sensitive-domain adjective before a
// workload noun ("genomic workflows") or a word inside a quoted example question is no such data.
ruleFamily(
  'description.sensitive-data',
  [
    { name: 'search', description: 'Searches patient records.' },
    { name: 'get_variants', description: 'Returns the genomic variants of a sample.' },
    { name: 'read_notes', description: 'Reads clinical notes for an encounter.' },
    { name: 'export_data', description: 'Exports the medical data of a study.' },
  ],
  [
    {
      name: 'analyze_run_performance',
      description:
        'Analyzes workflow run performance. Use this tool when users ask: "How can I reduce costs for my genomic workflows?" ' +
        'It summarizes task metrics (CPU, memory).',
    },
    { name: 'list_pipelines', description: 'Lists the clinical pipelines configured in the account, with their status.' },
    { name: 'optimize_runs', description: 'Suggests instance sizes for genomic workflow runs from their CPU and memory metrics.' },
    { name: 'cost_report', description: 'Reports costs. Example question: "Why are my clinical jobs so expensive?"' },
  ],
);

describe('SENS-false: a metrics read about genomic workflows', () => {
  it('is Read/low and allowed', () => {
    const v = exampleVerdict({
      name: 'AnalyzeRunPerformance',
      description:
        'Analyze workflow run performance and provide optimization recommendations.\n\nUse this tool when users ask about:\n' +
        '- "How can I reduce costs for my genomic workflows?"\n\nThe tool summarizes run manifest logs containing task-level metrics.',
      parameters: { run_ids: 'string[]' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
  });
});

// SENS-missed. A read that says it returns a secret itself ("including its signing secret") returns credentials.
ruleFamily(
  'description.returns-credentials',
  [
    { name: 'get-webhook', description: 'Get a webhook by ID, including its signing secret.' },
    { name: 'get_app', description: 'Gets an OAuth app. Returns the client ID and the client secret.' },
    { name: 'get_deploy_key', description: 'Gets a deploy key along with its private key.' },
    { name: 'get_connection', description: 'Fetches the connection with the access token used to call it.' },
    { name: 'list_storage', description: 'Lists storage entries. Values contain session tokens when includeValues is set.' },
    { name: 'get_session_info', description: 'Returns the profile name, account ID, region, and credential information.' },
  ],
  [
    { name: 'get-webhook', description: 'Get a webhook by ID, without its signing secret.' },
    { name: 'get_user', description: 'Gets a user and returns whether the password is expired.' },
    { name: 'get_app', description: 'Gets an OAuth app, including its client secret expiry date and its redirect URIs.' },
    { name: 'get_policy', description: 'Returns the password policy of the account.' },
    { name: 'rotate_secret', description: 'Rotates the signing secret of a webhook and returns the new secret.' },
  ],
);

// CONFIRM. A confirmation the author asks for before this call, in the usual wordings and in
// "only call this after the user has explicitly asked"; not a menu of next steps after the call,
// nor a question that clarifies an input.
ruleFamily(
  'description.confirmation-expected',
  [
    { name: 'reset', description: 'Resets the cache. Requires user confirmation.' },
    { name: 'drop_index', description: 'Drops an index. You must ask the user before calling this tool.' },
    { name: 'delete_rows', description: 'Deletes rows. Ask the user to confirm before running it.' },
    {
      name: 'allocate_device',
      description: 'Reserve a remote device, a billed resource. Only call this after the user has explicitly asked to use a remote device.',
    },
    { name: 'create_key', description: 'Creates an access key. Only call this tool when the user explicitly asks.' },
    { name: 'start_login', description: 'Starts a device login. Never call this tool speculatively.' },
  ],
  [
    {
      name: 'generate_resources',
      description:
        'Generates a CDK app. After CDK generation completes, you MUST ask the user if they want to: 1. Deploy it 2. Generate code.',
    },
    {
      name: 'get_recommended_alarms',
      description:
        'Gets recommended alarms for a metric. If uncertain about the correct statistic, ask the user to confirm the metric type before generating.',
    },
    { name: 'create_chart', description: 'Creates a chart. You must ask the user which chart type they prefer when it is unclear.' },
    { name: 'list_orgs', description: 'Lists all configured orgs. Only use it if the user explicitly asks for a list of orgs.' },
  ],
);

describe('CONFIRM: a next-step menu after a generator call', () => {
  it('keeps a rate limit rather than approval', () => {
    const v = exampleVerdict({
      name: 'generate_resources',
      description:
        'Generates a CDK app from a data model file. After generation completes, you MUST ask the user if they want to deploy it.',
      parameters: { resource_type: 'string' },
    });
    expect(v.action).not.toBe('require_approval');
  });
});

// ACCESS-under. A description that edits an access policy, grants someone permissions or lets a
// service reach something changes access, whatever the name's verb; not a role an argument
// already carries, nor what it lets you do.
ruleFamily(
  'description.changes-access',
  [
    {
      name: 'create_cache_rule',
      description:
        'Creates a pull-through cache rule. Updating the registry permissions policy to allow HealthOmics to create repositories.',
    },
    { name: 'create_template', description: 'Creates a repository creation template that grants HealthOmics the required permissions.' },
    {
      name: 'clone_image',
      description: 'Clones an image. The tool will: 1. Pull the image 2. Grant the service access permissions to the repository.',
    },
    { name: 'create_bucket', description: 'Creates a bucket and attaches a bucket policy that lets the account read it.' },
    { name: 'setup_function', description: 'Sets up a function. It modifies the resource policy to allow API Gateway to invoke it.' },
  ],
  [
    { name: 'create_cache_rule', description: 'Creates a cache rule. The role you pass must grant the service pull access.' },
    { name: 'subscribe', description: 'Subscribes an endpoint to a topic. Ensure that you set correct permission policies if required.' },
    { name: 'create_link', description: 'Creates a share link. Use share_item when you want to grant explicit access.' },
    { name: 'create_job', description: 'Creates a job. This allows you to access the results later.' },
    { name: 'get_policy', description: 'Gets the bucket policy that grants the account read access.' },
  ],
);

describe('ACCESS-under: a create tool that edits a registry permissions policy', () => {
  it('is Write/high with approval', () => {
    const v = exampleVerdict({
      name: 'CreatePullThroughCacheForService',
      description:
        'Create a pull-through cache rule. This includes:\n1. Creating the pull-through cache rule\n' +
        '2. Updating the registry permissions policy to allow the service to create repositories and import images',
      parameters: { upstream_registry: 'string' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
});

// VERIFY-as-read. Steps of the description that start containers or local runtimes, or execute
// commands read from a file, make a validate/test tool an Execute, whatever its opening verb.
ruleFamily(
  'description.runs-containers-or-commands',
  [
    {
      name: 'data_model_validation',
      description: 'Validates a data model. Sets up DynamoDB Local environment (Docker/Podman/Finch or Java fallback).',
    },
    { name: 'test_stack', description: 'Tests the stack. It spins up a local Postgres in Docker and runs the migrations.' },
    { name: 'verify_patterns', description: 'Verifies access patterns by executing their AWS CLI implementations.' },
    { name: 'check_app', description: 'Checks the app. Launches a temporary test container and probes its health endpoint.' },
    { name: 'validate_scripts', description: 'Validates the scripts by executing the listed shell commands.' },
  ],
  [
    { name: 'data_model_validation', description: 'Validates the JSON structure of a data model against its schema.' },
    { name: 'start_project', description: 'Starts all services in a Docker Compose project that are currently stopped.' },
    { name: 'get_run_command', description: 'Gets the docker run command for an image.' },
    { name: 'list_containers', description: 'Lists the running Docker containers on the host.' },
    { name: 'explain_cli', description: 'Explains what the AWS CLI commands in a script do.' },
  ],
);

ruleFamily(
  'description.writes-files',
  [
    { name: 'model_validation', description: 'Validates the model. Saves detailed validation results to model_validation.json.' },
    { name: 'scan_repo', description: 'Scans the repository and writes the findings to report.md.' },
    { name: 'export_chart', description: 'Renders the chart and saves it to the local filesystem.' },
  ],
  [
    { name: 'model_validation', description: 'Validates the model and returns the results as JSON.' },
    { name: 'read_config', description: 'Reads the settings stored in config.yaml.' },
  ],
);

describe('VERIFY-as-read: a validation tool that runs DynamoDB Local and CLI commands', () => {
  it('is Execute/high with approval and not read-only', () => {
    const v = exampleVerdict({
      name: 'dynamodb_data_model_validation',
      description:
        'Validates and tests DynamoDB data models against DynamoDB Local.\n\nWHAT IT DOES:\n' +
        '- Sets up DynamoDB Local environment (Docker/Podman/Finch/nerdctl or Java fallback)\n' +
        '- Creates tables and inserts test data from your model specification\n' +
        '- Tests all defined access patterns by executing their AWS CLI implementations\n' +
        '- Saves detailed validation results to dynamodb_model_validation.json',
      parameters: { workspace_dir: 'string: Absolute path of the workspace directory' },
    });
    expect([v.category, v.risk, v.action, v.ro]).toEqual(['Execute', 'high', 'require_approval', false]);
  });
});

// A-external-content. Logs are text applications and their users wrote, however the tool reaches
// them: a log query, a read of log events, or an operation value that fetches logs.
ruleFamily(
  'description.returns-logs',
  [
    { name: 'execute_log_insights_query', description: 'Executes a CloudWatch Logs Insights query and waits for the results.' },
    { name: 'run_query', description: 'Runs a query over one or more log groups and returns the matching rows.' },
    { name: 'tail', description: 'Tails the recent log lines of a container.' },
    { name: 'execute_dql', description: 'Executes a DQL statement. Get data like logs, metrics and spans.' },
    { name: 'find-activity', description: 'Retrieve recent activity logs of the workspace.' },
  ],
  [
    { name: 'put_log_events', description: 'Uploads a batch of log events to the specified log stream.' },
    { name: 'cancel_query', description: 'Cancels a running Logs Insights query.' },
    { name: 'describe_log_groups', description: 'Lists log groups you would retrieve or query logs from.' },
    { name: 'get_build_details', description: 'Gets build details. When it failed, read `Get build logs` for the cause.' },
    { name: 'get_log_settings', description: 'Gets the logs configuration of the function.' },
  ],
);

ruleFamily(
  'operation.external-content',
  [
    {
      name: 'troubleshooting_tool',
      parameters: { action: { type: 'string', enum: ['fetch_task_logs', 'fetch_network_configuration'] } },
    },
    { name: 'mail_tool', parameters: { operation: { type: 'string', enum: ['read_email', 'list_folders'] } } },
    { name: 'manage_logs', parameters: { action: { type: 'string', enum: ['searchLogs', 'checkLogService'] } } },
  ],
  [
    { name: 'troubleshooting_tool', parameters: { action: { type: 'string', enum: ['fetch_task_failures', 'fetch_status'] } } },
    { name: 'remote_tool', parameters: { mode: { type: 'string', enum: ['get-url', 'set-url', 'list'] } } },
    { name: 'manage_logs', parameters: { action: { type: 'string', enum: ['checkLogService', 'get_status'] } } },
    { name: 'manage_logs', parameters: { action: { type: 'string', enum: ['delete_logs', 'list_streams'] } } },
  ],
);

describe('A-external-content: a log query tool', () => {
  it('carries indirect prompt injection', () => {
    const tool = {
      name: 'execute_log_insights_query',
      description: 'Executes a CloudWatch Logs Insights query and waits for the results to be available.',
      parameters: { log_group_names: 'string[]', query_string: 'string: The query string in the Logs Insights Query Language' },
    };
    expect(exampleVerdict(tool).category).toBe('Read');
    expect(patternsOf(tool)).toContain('indirect-prompt-injection');
  });
});

// K. A query the description calls a filter of the listed items reads: a read-only query, not a
// statement that could change or drop data.
ruleFamily(
  'parameter.read-only-query',
  [
    {
      name: 'container_item_query',
      description: 'List items from a container, optionally providing a custom SQL query to filter results.',
      parameters: { query: 'string: SQL query to execute against the container.' },
    },
    {
      name: 'search_records',
      description: 'Searches records of a table.',
      parameters: { query: 'string: a SQL filter expression applied to the listed records' },
    },
    { name: 'execute_query', parameters: { query: 'string: the PromQL query' } },
  ],
  [
    { name: 'run_query', parameters: { sql: 'string: the SQL to run' } },
    {
      name: 'execute_sql',
      description: 'Executes a SQL statement against the database.',
      parameters: { query: 'string: SQL statement; use a WHERE clause to filter rows' },
    },
  ],
);
