/**
 * Word families behind the round-7 fixes of sensitivity and external content: sensitivity sits on
 * the head of what is returned (not on a modifier or on a vocabulary of definitions), and text
 * written by others is the object of the returning verb. Each fix is checked on several wordings
 * an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const patternsOf = (example: ToolExample) => classifyTool(exampleTool(example)).patterns.map((p) => p.id);

// 1. A definition of records (their fields, properties, schema, types) is no record: the personal,
// billing or log word before it says what the definitions describe.
ruleFamily(
  'verb.read-personal-data',
  [
    { name: 'list_contacts', description: 'Lists the contacts of the audience.' },
    { name: 'get_customer_details', description: 'Gets the details of a customer.' },
    { name: 'get_contact', description: 'Get the contact with the given id.' },
  ],
  [
    { name: 'list_contact_properties', description: 'List all contact properties.' },
    { name: 'listContactFields', description: 'Get the custom contact fields defined in a profile.' },
    { name: 'get_customer_schema', description: 'Returns the schema of customer records.' },
    { name: 'list_contact_field_types', description: 'Lists the field types of contacts.' },
  ],
);
ruleFamily(
  'verb.read-money-data',
  [
    { name: 'list_invoices', description: 'Lists invoices.' },
    { name: 'list_reserved_instances', description: 'Lists the reserved instances of the account.' },
    { name: 'get_billing_report', description: 'Gets the billing report for a month.' },
  ],
  [
    { name: 'reserved-ip-get', description: 'Get reserved IPv4 or IPv6 information by IP' },
    { name: 'list_reserved_names', description: 'Lists the names reserved in the registry.' },
    { name: 'list_cost_category_definitions', description: 'Lists all cost category definitions in the account.' },
    { name: 'get_billing_schema', description: 'Returns the schema of a billing export.' },
  ],
);
ruleFamily(
  'description.returns-definitions',
  [
    {
      name: 'getAuditLogEventActions',
      description: 'Lists every audit log event action. This returns the set of possible actions, not any events that happened.',
    },
    { name: 'list_log_actions', description: 'Lists log actions. This is the vocabulary the filter of search_logs expects.' },
    { name: 'get_contact_attributes', description: 'Shows which custom attributes are configured for contacts.' },
    { name: 'get_log_actions', description: 'Returns the list of possible actions an audit log records.' },
  ],
  [
    { name: 'get_audit_log_events', description: 'Lists the events recorded in the audit log.' },
    { name: 'get_logs', description: 'Returns the log lines of a pod.' },
    { name: 'list_contacts', description: 'Lists the contacts of an audience.' },
  ],
);
describe('a vocabulary of log words is no log to read', () => {
  it.each([
    'Lists every audit log event action. This returns the set of possible actions, not any events that happened.',
    'Get the list of possible log actions. This is the vocabulary the action filter expects.',
  ])('%s', (description) => {
    const example = { name: 'getAuditLogEventActions', description };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Read', risk: 'low' });
    expect(patternsOf(example)).not.toContain('indirect-prompt-injection');
  });
  it('a read of the audit log itself stays medium', () => {
    expect(exampleVerdict({ name: 'getAuditLogs', description: 'Lists audit log events.' })).toMatchObject({ risk: 'medium' });
  });
});

// 2. "Sensitive data" next to secrets or credentials names credentials, not data about people.
ruleFamily(
  'description.sensitive-secrets',
  [
    {
      name: 'manage_k8s_resource',
      description: 'Manages a resource. The server needs the `--allow-sensitive-data-access` flag for Secret resources.',
    },
    {
      name: 'read_config',
      description: 'Reads configuration. Sensitive data such as secrets and credentials is shown only with --unmask.',
    },
    { name: 'get_item', description: 'Gets an item. Requires sensitive-data access to read stored credentials.' },
  ],
  [
    { name: 'get_pod_logs', description: 'Gets pod logs. The server must be run with the `--allow-sensitive-data-access` flag.' },
    { name: 'search_patients', description: 'Searches patient records.' },
    { name: 'list_secrets', description: 'Lists the names of the secrets.' },
  ],
);
ruleFamily(
  'description.sensitive-data',
  [
    { name: 'get_pod_logs', description: 'Gets pod logs. The server must be run with the `--allow-sensitive-data-access` flag.' },
    { name: 'search', description: 'Searches patient records.' },
  ],
  [{ name: 'manage_resource', description: 'Manages a resource. Requires the --allow-sensitive-data-access flag for Secret resources.' }],
);

// 3. A read that returns credential information, or tells the agent to mask a secret key when it shows
// the result, returns credentials; a tool that captures a live program's arguments and locals reads
// whatever production requests carry.
ruleFamily(
  'description.returns-credentials',
  [
    {
      name: 'get_aws_session_info',
      description: 'Provides details about the session, including the profile, region, and credential information.',
    },
    { name: 'show_connection', description: 'Shows the connection, with its credential details.' },
    {
      name: 'get_environment',
      description: 'Gets the environment. If displaying values, mask AWS_SECRET_ACCESS_KEY except its last 4 characters.',
    },
    { name: 'describe_profile', description: 'Describes the profile. Redact any API keys before displaying it to the user.' },
  ],
  [
    { name: 'get_aws_session_info', description: 'Gets the profile name, account ID and region of the session.' },
    { name: 'list_buckets', description: 'Lists buckets. Uses the AWS credentials of the default profile.' },
    { name: 'get_session', description: 'Gets the session. Credential information is never returned.' },
    { name: 'rotate_key', description: 'Rotates the key and returns its credential information.' },
  ],
);
ruleFamily(
  'description.captures-runtime',
  [
    {
      name: 'create_instrumentation',
      description: 'Creates a breakpoint. Set capture_arguments for methods and capture_locals for lines.',
    },
    { name: 'add_probe', description: 'Adds a probe to the live service that captures return values of the method.' },
    { name: 'set_logpoint', description: 'Sets a logpoint capturing the relevant arguments on every request.' },
    { name: 'create_snapshot_point', description: 'Creates a snapshot point. It records the actual values on the next failing request.' },
  ],
  [
    { name: 'create_breakpoint', description: 'Creates a breakpoint that pauses the local debugger.' },
    { name: 'get_breakpoint_snapshot', description: 'Reads the values captured by a breakpoint: arguments and locals.' },
    { name: 'take_screenshot', description: 'Captures the screen of the page.' },
  ],
);
describe('runtime capture and credential reads', () => {
  it('a breakpoint that captures locals is a Write at high with data-exfiltration', () => {
    const example = { name: 'create_instrumentation', description: 'Creates a probe. Set capture_locals to capture local variables.' };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
    expect(patternsOf(example)).toContain('data-exfiltration');
  });
  it('a read that returns credential information is medium with data-exfiltration', () => {
    const example = { name: 'get_session_info', description: 'Gets the session, including the account ID and credential information.' };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Read', risk: 'medium' });
    expect(patternsOf(example)).toContain('data-exfiltration');
  });
});

// 4. Text written by others is what the returning verb returns: not "file" before a word for its kinds
// (types, formats, extensions), not what a returned link, id or count points at, and not a noun that
// glosses records whose `Returns:` list names only metadata fields.
ruleFamily(
  'name.external-content',
  [
    { name: 'get_file', description: 'Gets a file.' },
    { name: 'read_documents', description: 'Reads the documents of a folder.' },
    { name: 'get_email', description: 'Gets an email.' },
  ],
  [
    { name: 'GetSupportedFileTypes', description: 'Get information about supported genomics file types.' },
    { name: 'list_file_formats', description: 'Lists the file formats the converter accepts.' },
    { name: 'get_document_extensions', description: 'Gets the document extensions that can be indexed.' },
    { name: 'list_emails', description: 'Lists emails.\n\nReturns: id, subject_id, status, created_at, sent_at.' },
  ],
);
ruleFamily(
  'description.external-content',
  [
    { name: 'get_website', description: 'Gets the website and returns its text.' },
    { name: 'fetch', description: 'Fetches web pages and returns their text.' },
    { name: 'list_emails', description: 'Lists emails in the inbox.' },
    { name: 'search_docs', description: 'Returns the documents matching the query.' },
  ],
  [
    { name: 'horizons_getWebsiteV1', description: 'Get the link for the user to open their website in the editor.' },
    { name: 'get_site', description: 'Get the URL of the website.' },
    { name: 'count', description: 'Gets the number of documents in a collection.' },
    { name: 'list_inboxes', description: 'Lists the names of inboxes.' },
    {
      name: 'list-broadcasts',
      description:
        'List all broadcast campaigns (newsletters/bulk emails to audiences).\n\n**Returns:** For each broadcast: id, name, segment_id, status, created_at, sent_at.',
    },
  ],
);

// 5. Retrieved documents, web-grounded answers with citations, and what users reported are text
// written by others.
ruleFamily(
  'description.retrieved-documents',
  [
    {
      name: 'QueryKnowledgeBases',
      description:
        'Query a knowledge base.\n\nThe response contains JSON objects, each representing a retrieved document with:\n- content: The text content of the document',
    },
    { name: 'search_kb', description: 'Searches the knowledge base and returns the retrieved passages.' },
    { name: 'retrieve', description: 'Retrieve knowledge base results for a query.' },
  ],
  [
    { name: 'create_document', description: 'Creates a document. Updates the text content of the document if it exists.' },
    { name: 'list_knowledge_bases', description: 'Lists the knowledge bases and their ids.' },
  ],
);
ruleFamily(
  'description.web-content',
  [
    { name: 'perplexity_ask', description: 'Answer a question using web-grounded AI. Returns a text response with numbered citations.' },
    { name: 'ask', description: 'Answers questions. Returns an answer with inline citations.' },
    { name: 'list_feedback_tool', description: 'List user feedback items from the Feedback API with filtering.' },
    { name: 'get_issue', description: 'Gets a user-reported issue by id.' },
    { name: 'list_reviews', description: 'Returns customer feedback left in the app store.' },
  ],
  [
    { name: 'submit_feedback', description: 'Sends feedback about the tool to its authors.' },
    { name: 'ask', description: 'Answers questions about the bundled documentation.' },
    { name: 'list_issues', description: 'Lists the issues of a project.' },
  ],
);

// 6. A read-only claim has the tool itself as its subject: a quoted argument value in an example call
// of another tool is no claim.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'run_query', description: 'Runs a read-only SQL query.' },
    { name: 'query_storage', description: 'Queries storage objects. This tool is read-only.' },
    { name: 'inspect', description: 'Read only: inspects the bucket.' },
  ],
  [
    {
      name: 'manageStorage',
      description: 'Manages storage files. Set bucket ACLs with managePermissions(action="update", permission="READONLY").',
    },
    { name: 'manage_share', description: 'Manages a share. Pass access: "read-only" to share it without edit rights.' },
    { name: 'set_mode', description: "Sets the mode of the volume, e.g. mode='readonly'." },
  ],
);

// 7. The tool creates an IAM role only when it is the subject: a role a person creates in the console,
// or must create before a later step, is not the tool's doing.
ruleFamily(
  'description.creates-iam-role',
  [
    { name: 'setup', description: 'Sets up the project. Creates IAM role with push permissions.' },
    { name: 'deploy_app', description: 'Deploys the app and creates an execution role for it.' },
    { name: 'init_pipeline', description: 'Initialises the pipeline. An IAM role is created for the build.' },
  ],
  [
    {
      name: 'create_connector',
      description:
        'Create a connector. It must be activated by opening the verification link in the console (lets you create an IAM role during approval).',
    },
    { name: 'create_job', description: 'Creates a job. You must create a service role first and pass its ARN.' },
    { name: 'open_console', description: 'Opens the console, which allows the user to create a role.' },
  ],
);
describe('a connector pending a person’s approval grants nothing', () => {
  it('stays Write/medium without confused-deputy', () => {
    const example = {
      name: 'create_connector',
      description:
        'Create a connector in a workspace. Opening the verification link in the AWS console lets you create an IAM role during approval.',
    };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Write', risk: 'medium' });
    expect(patternsOf(example)).not.toContain('confused-deputy');
  });
});
