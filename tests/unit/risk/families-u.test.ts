/**
 * Word families behind round-6 classes (E remote paths, A web content, T generic API calls, delivery
 * addresses, private workspace data, possessive objects, read-only words in other languages): each fix
 * is checked on several wordings an author would use, not only the sampled one, and on close ones
 * where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { ruleFamily } from './families.ts';

// E. A path inside a spec, a sandbox, a VM, a bucket or remote storage is not on the server's machine;
// a download's destination is.
ruleFamily(
  'parameter.path',
  [
    { name: 'read_file', description: 'Reads a file.', parameters: { file_path: 'string: absolute path to the file' } },
    { name: 'list_dir', description: 'Lists the files of a directory.', parameters: { path: 'string: the directory to list' } },
  ],
  [
    {
      name: 'getSpecFile',
      description: "Gets the contents of an API specification's file.",
      parameters: { specId: 'string', filePath: 'string: The path to the file.' },
    },
    {
      name: 'download_file',
      description: 'Download a file from the sandboxed code interpreter session.',
      parameters: { session_id: 'string', path: "string: Relative file path in the sandbox (e.g. 'out/result.csv')" },
    },
    { name: 'read_vm_file', description: 'Reads a file.', parameters: { path: 'string: the file path on the virtual machine' } },
    { name: 'cat_remote', description: 'Reads a file.', parameters: { path: 'string: remote path of the file' } },
    { name: 'get_blob', description: 'Reads a file.', parameters: { file_path: 'string: the file path in the storage container' } },
    { name: 'get_file_contents', description: 'Gets a file.', parameters: { repo_id: 'string', file_path: 'string: path to the file' } },
  ],
);

describe('a download’s destination stays local', () => {
  it('download_object(bucket, key, local_path)', () => {
    const t = exampleTool({
      name: 'download_object',
      description: 'Downloads an object from the bucket.',
      parameters: { bucket: 'string', key: 'string', local_path: 'string: local path to save the file to' },
    });
    expect([...rulesApplied(classifyTool(t))]).toContain('parameter.write-path');
  });
});

// A. Web search results, snippets and what other people posted are written by strangers.
ruleFamily(
  'description.web-content',
  [
    {
      name: 'perplexity_search',
      description: 'Search the web and return a ranked list of results with titles, URLs, snippets, and dates.',
    },
    { name: 'user_analysis', description: "Analyze a Reddit user's posting history. Returns posts, comments, and statistics." },
    { name: 'lookup', description: 'Searches the internet for the query.' },
    { name: 'get_reviews', description: 'Returns the latest customer reviews of a product.' },
    { name: 'thread', description: 'Fetch a forum thread with its replies.' },
    { name: 'answer', description: 'Returns answers with citations from the web.' },
    { name: 'ask', description: 'Answers a question using real-time web search.' },
  ],
  [
    { name: 'get_table_schema', description: 'Fetch table columns and comments.' },
    { name: 'list_profiles', description: 'Returns all profiles of the account.' },
    { name: 'create_post', description: 'Creates a new blog post.' },
    { name: 'rerank', description: 'Reranks the given documents by relevance to a query.' },
  ],
);

// A (negative). Content the caller hands over is not text from others.
describe('caller-supplied content is not external content', () => {
  it.each([
    {
      name: 'rerank-documents',
      description: 'Rerank a set of provided documents by relevance to a query.',
      parameters: { query: 'string', documents: 'string[]' },
    },
    { name: 'summarize_document', description: 'Summarises the given document text.', parameters: { document: 'string' } },
    { name: 'classify_texts', description: 'Classifies the texts you pass in.', parameters: { texts: 'string[]' } },
  ] as ToolExample[])('$name', (t) => {
    expect(classifyTool(exampleTool(t)).patterns.map((p) => p.id)).not.toContain('indirect-prompt-injection');
  });
  it.each([
    { name: 'read_email', description: 'Reads the emails of the inbox.', parameters: { folder: 'string' } },
    { name: 'get_documents', description: 'Returns the documents of the knowledge base.', parameters: { query: 'string' } },
  ] as ToolExample[])('still external: $name', (t) => {
    expect(classifyTool(exampleTool(t)).patterns.map((p) => p.id)).toContain('indirect-prompt-injection');
  });
});

// T. A service, a free operation name and free parameters call any API.
ruleFamily(
  'parameter.any-operation',
  [
    { name: 'callCloudApi', parameters: { service: 'string: the product', action: 'string: the Action name', params: 'object' } },
    { name: 'use_aws', parameters: { service_name: 'string', operation_name: 'string', parameters: 'object' } },
    { name: 'invoke', parameters: { api: 'string', operation: 'string', arguments: 'object' } },
  ],
  [
    { name: 'callCloudApi', parameters: { service: 'string', action: { type: 'string', enum: ['DescribeInstances'] }, params: 'object' } },
    { name: 'manage_cluster', parameters: { action: 'string: start or stop', cluster_id: 'string' } },
    { name: 'run_op', parameters: { service: 'string', operation: 'string' } },
  ],
);
describe('a generic API call is held for approval', () => {
  it('callCloudApi', () => {
    const c = classifyTool(exampleTool({ name: 'callCloudApi', parameters: { service: 'string', action: 'string', params: 'object' } }));
    expect([c.category, c.risk]).toEqual(['Execute', 'high']);
  });
});

// Delivery addresses: where later events go is a delivery; a template's default or a repository URL is not.
ruleFamily(
  'parameter.notification-address',
  [
    {
      name: 'create_notification_setting',
      description: 'Creates a notification destination.',
      parameters: { destination: 'string: Webhook endpoint URL or email address.' },
    },
    { name: 'create-webhook', parameters: { endpoint: 'string: The URL where webhook events will be sent' } },
    { name: 'update_subscription', parameters: { callback_url: 'string: callback URL that notifications are posted to' } },
    { name: 'alert-policy-create', parameters: { url: 'string: Slack webhook URL' } },
  ],
  [
    { name: 'create_product', parameters: { download_url: 'string: external download link delivered to the customer' } },
    { name: 'register_service', parameters: { gitRepoUrl: "string: The source provider's Git repo URL." } },
    { name: 'list_webhooks', parameters: { url: 'string: filter by webhook URL' } },
  ],
);
describe('a stored address is no recipient', () => {
  it.each([
    {
      name: 'create-template',
      description: 'Create a new email template.',
      parameters: { replyTo: 'string: Default Reply-to email address. Can be overridden when sending.' },
    },
    { name: 'update_email_template', description: 'Updates an email template.', parameters: { from: 'string', reply_to: 'string' } },
    {
      name: 'register_service',
      description: 'Registers services.',
      parameters: { gitRepoUrl: "string: The source provider's Git repo URL." },
    },
    {
      name: 'post_catalog_entry',
      description: 'Posts a catalog entry.',
      parameters: { homepage_url: 'string: the homepage URL of the project' },
    },
  ] as ToolExample[])('$name', (t) => {
    const fired = [...rulesApplied(classifyTool(exampleTool(t)))];
    expect(fired).not.toContain('parameter.recipient');
    expect(fired).not.toContain('parameter.delivery-address');
  });
  it('a send still has recipients', () => {
    const fired = rulesApplied(classifyTool(exampleTool({ name: 'send_email', parameters: { to: 'string', reply_to: 'string' } })));
    expect([...fired]).toContain('parameter.recipient');
  });
});

// Private data: answering from the user's own mail, meetings, files.
ruleFamily(
  'description.private-workspace-data',
  [
    {
      name: 'ask',
      description: 'Ask a question to Microsoft 365 Copilot for information about emails, meetings, files, and other M365 data.',
    },
    { name: 'query', description: 'Answers questions from your emails, calendar and documents.' },
    { name: 'chat', description: "Chat with an assistant grounded in your organization's data." },
    { name: 'search_workspace', description: 'Searches across messages, files and contacts of the workspace.' },
  ],
  [
    { name: 'ask', description: 'Ask a question about the public documentation.' },
    { name: 'send_email', description: 'Sends emails, meetings and files to the recipients.' },
    { name: 'search_files', description: 'Searches files.' },
  ],
);

// Sensitive words that name the subject of a public literature.
ruleFamily(
  'description.sensitive-data',
  [
    { name: 'search', description: 'Searches patient records.' },
    { name: 'get_trial', description: 'Returns clinical data of the study participants.' },
  ],
  [
    { name: 'search_papers', description: 'Search paper metadata and abstracts across biomedical, life-science, and clinical literature.' },
    { name: 'find_articles', description: 'Finds medical journal articles.' },
    { name: 'pubmed', description: 'Searches clinical publications.' },
  ],
);

// Read-only SQL in other languages.
ruleFamily(
  'parameter.read-only-query',
  [
    { name: 'queryMysqlDatabase', parameters: { sql: 'string: action=runQuery 使用的只读 SQL' } },
    { name: 'consulta', parameters: { sql: 'string: consulta SQL de solo lectura' } },
    { name: 'consulta_pt', parameters: { sql: 'string: consulta SQL somente leitura' } },
    { name: 'abfrage', parameters: { sql: 'string: SQL-Abfrage, nur lesen' } },
    { name: 'requete', parameters: { sql: 'string: requête SQL en lecture seule' } },
    { name: 'zapros', parameters: { sql: 'string: SQL-запрос только для чтения' } },
    { name: 'kensaku', parameters: { sql: 'string: 読み取り専用の SQL' } },
  ],
  [{ name: 'run_sql', parameters: { sql: 'string: SQL statement to execute' } }],
);

// "without modifying" in what the tool's result lets others do is no read-only claim.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'diff', description: 'Compares two versions without modifying either.' },
    { name: 'preview', description: 'Shows the plan. Does not modify anything.' },
  ],
  [
    {
      name: 'create_map',
      description:
        'Create a registry map. Registry mappings allow workflows to use images (Docker Hub, Quay.io) without modifying the workflow definition.',
    },
    { name: 'create_alias', description: 'Creates an alias, which lets clients switch versions without changing their code.' },
  ],
);

// A possessive owner ("the user's selection") is not the object of the verb.
describe('possessive owners are not the object', () => {
  it('Submit the user’s selection does not change permissions', () => {
    const c = classifyTool(exampleTool({ name: 'send-enhancement-select', description: "Submit the user's enhancement selection." }));
    expect(c.risk).not.toBe('high');
  });
  it('Grant the user a role still changes permissions', () => {
    const c = classifyTool(exampleTool({ name: 'grant_role', description: 'Grants a role to the user.' }));
    expect(c.risk).toBe('high');
  });
});

// ACCESS. A tool that makes what it acts on public exposes it to anyone; one that reports it, or a public key, does not.
ruleFamily(
  'description.makes-public',
  [
    { name: 'publishMock', description: 'Publishes a mock. This sets its Access Control configuration setting to public.' },
    {
      name: 'publish_docs',
      description: "Publishes a collection's documentation. This makes it publicly available to anyone with the link.",
    },
    { name: 'update_repo', description: 'Updates a repository; can change its visibility to public.' },
    { name: 'share_file', description: 'Shares the file with anyone who has the link.' },
    { name: 'set_bucket_acl', description: 'Makes the bucket public so that anyone can read its objects.' },
  ],
  [
    { name: 'get_bucket_policy', description: 'Returns whether the bucket is publicly accessible.' },
    { name: 'set_key', description: 'Sets the public key of the user.' },
    { name: 'search_code', description: 'Searches public GitHub repositories.' },
    { name: 'publish_post', description: 'Publishes a draft post to the blog.' },
    { name: 'update_repo', description: 'Changes the repository between public and private.' },
  ],
);
