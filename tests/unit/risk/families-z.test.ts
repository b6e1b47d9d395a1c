/**
 * Word families behind the round-8 parameter fixes: closed lists are never paths or addresses, where a
 * clone lands is a write path, a file's contents are no path, stored addresses are never contacted,
 * storage sized in TiB or GiB is paid capacity, a script's content is shipped code, and an upload to a
 * live site is published. Each fix is checked on several wordings an author would use, and on close
 * ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { JsonSchemaNode, Tool } from '../../../src/catalogue/schema.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const rulesOf = (example: ToolExample) => [...rulesApplied(classifyTool(exampleTool(example)))];

/** A tool whose arguments need more of JSON Schema than an example gives (items, properties, format, const). */
interface SchemaCase {
  name: string;
  description?: string;
  /** A schema, or "type: description" as in an example. */
  properties: Record<string, JsonSchemaNode | string>;
}
const schemaOf = (p: JsonSchemaNode | string): JsonSchemaNode =>
  typeof p === 'string' ? { type: p.split(': ')[0], description: p.split(': ').slice(1).join(': ') || undefined } : p;
const toolOf = (c: SchemaCase): Tool => ({
  name: c.name,
  description: c.description,
  inputSchema: { type: 'object', properties: Object.fromEntries(Object.entries(c.properties).map(([k, v]) => [k, schemaOf(v)])) },
});
const rulesOfTool = (c: SchemaCase) => [...rulesApplied(classifyTool(toolOf(c)))];

// 1. ENUM-as-path/address. A value picked from a closed list names no file and no address.
describe('a closed list of values is never a path or an address', () => {
  it.each<SchemaCase>([
    {
      name: 'workflow_versions',
      description: 'Manage workflow version history.',
      properties: { source: { type: 'string', enum: ['local', 'native'], description: "Which history to read: 'local' or 'native'" } },
    },
    {
      name: 'copy_files',
      description: 'Copy files between folders.',
      properties: { destination: { type: 'string', enum: ['workspace', 'home'], description: 'the local folder to copy to' } },
    },
    {
      name: 'read_file',
      description: 'Read a local file.',
      properties: { path: { type: 'string', enum: ['README.md', 'CHANGELOG.md'], description: 'the file to read' } },
    },
  ])('no path line and no prefix on $name', (example) => {
    const tool = toolOf(example);
    const c = classifyTool(tool);
    const rule = recommendRule(tool, c);
    expect([...rulesApplied(c)]).not.toContain('parameter.path');
    expect(Object.values('arguments' in rule ? (rule.arguments ?? {}) : {})).not.toContainEqual(
      expect.objectContaining({ kind: 'prefix' }),
    );
  });
  it.each<SchemaCase>([
    {
      name: 'list_transactions',
      description: 'List transactions.',
      properties: {
        origin: { type: 'array', items: { type: 'string', enum: ['api', 'web', 'subscription_charge'] }, description: 'Filter by origin' },
      },
    },
    { name: 'list_events', description: 'List events.', properties: { origin: { type: 'string', enum: ['web', 'api'] } } },
    { name: 'create_link', description: 'Create a link.', properties: { url: { type: 'string', const: 'https://example.com' } } },
  ])('no address line on $name', (example) => {
    expect(rulesOfTool(example)).not.toContain('parameter.network-target');
    expect(rulesOfTool(example)).not.toContain('parameter.fetch-url');
  });
  it('a free path or origin still counts', () => {
    expect(
      rulesOf({ name: 'read_file', description: 'Read a file.', parameters: { path: 'string: absolute path of the file' } }),
    ).toContain('parameter.path');
    expect(
      rulesOf({ name: 'proxy_request', description: 'Send a request.', parameters: { origin: 'string: the server origin' } }),
    ).toContain('parameter.network-target');
  });
});

// 2. E-local-file. Where a clone, checkout, download or extraction lands is a local write path, even on a repository tool.
ruleFamily(
  'parameter.write-path',
  [
    {
      name: 'git_clone',
      description: 'Clone a repository from a remote URL.',
      parameters: { path: 'string: Destination path where the repository should be cloned.' },
    },
    {
      name: 'checkout_work_item',
      description: 'Checks out the branch of a work item in a repository.',
      parameters: { localPath: 'string: The directory path where the repository should be cloned/checked out.' },
    },
    {
      name: 'download_release',
      description: 'Downloads a release asset of a GitHub repository.',
      parameters: { dir: 'string: Folder where the asset will be downloaded' },
    },
    {
      name: 'unpack_archive',
      description: 'Unpack an archive from the repository.',
      parameters: { target_dir: 'string: directory where the files are to be extracted' },
    },
  ],
  [
    {
      name: 'git_clone',
      description: 'Clone a repository.',
      parameters: { path: 'string: Destination path where the repository should be cloned in the remote sandbox.' },
    },
    {
      name: 'get_repository_tree',
      description: 'List files of a repository.',
      parameters: { path: 'string: the path inside the repository' },
    },
  ],
);
describe('where a clone lands gets a folder prefix', () => {
  it('git_clone path', () => {
    const v = exampleVerdict({
      name: 'git_clone',
      description: 'Clone a repository from a remote URL or local path.',
      parameters: { url: 'string: Git repository URL', path: 'string: Destination path where the repository should be cloned.' },
    });
    expect(v.arguments?.path).toMatchObject({ kind: 'prefix' });
  });
});
// An address that also takes file:// or a local path reaches local files, and no prefix fits it.
ruleFamily(
  'parameter.local-url',
  [
    {
      name: 'git_clone',
      description: 'Clone a repository from a remote URL or local path.',
      parameters: { url: 'string: Git repository URL: HTTP(S), SSH, git://, file://, or an absolute filesystem path.' },
    },
    { name: 'git_remote', parameters: { url: 'string: Remote URL. Accepts HTTP(S), SSH, git://, or file:// URLs.' } },
    { name: 'import_data', parameters: { source_url: 'string: an https URL, or a local path to the file' } },
  ],
  [
    { name: 'git_clone', parameters: { url: 'string: Git repository URL: HTTP(S) or SSH.' } },
    { name: 'read_page', parameters: { url: 'string: the web page to fetch' } },
    { name: 'export_data', parameters: { output_uri: 'string: s3:// location, or a local path' } },
  ],
);
describe('an address that also takes a local path', () => {
  it('keeps the network power (open world) and gets no folder prefix', () => {
    const v = exampleVerdict({
      name: 'git_clone',
      description: 'Clone a repository.',
      parameters: { url: 'string: Git repository URL: HTTP(S), SSH, git://, file://, or an absolute filesystem path.' },
    });
    expect(v.arguments?.url).toBeUndefined();
    expect(
      classifyTool(exampleTool({ name: 'git_clone', parameters: { url: 'string: HTTP(S) or file:// URL' } })).suggestedAnnotations,
    ).toMatchObject({ openWorldHint: true });
  });
});

// 3. E-content-as-path. "The contents of the file", "not the path" cancel the path reading.
describe("a file's contents are no path", () => {
  it.each([
    'The contents of the circleci config file. This should be the contents of the config file, not the path to the file.',
    'The full text of the YAML file.',
    'Raw configuration, not a file path.',
    'The body of the document, rather than a path.',
  ])('config_file: %s', (described) => {
    const example = {
      name: 'config_helper',
      description: 'Validates configuration files.',
      parameters: { configFile: `string: ${described}` },
    };
    expect(rulesOf(example)).not.toContain('parameter.path');
  });
  it('a path to the file, or contents that may also be a local path, still is one', () => {
    const path = {
      name: 'config_helper',
      description: 'Validates configuration files.',
      parameters: { configFile: 'string: path to the config file' },
    };
    expect(rulesOf(path)).toContain('parameter.path');
    const either = {
      name: 'lint_config',
      description: 'Lints configuration files.',
      parameters: { configFile: 'string: the contents of the config file, or a local file path' },
    };
    expect(rulesOf(either)).toContain('parameter.path');
  });
});

// 4. O stored/identifying addresses. An address a generator writes down, a field of recorded feedback, or a link on a
// record the tool creates is data, never contacted.
describe('stored addresses are never contacted', () => {
  it.each<SchemaCase>([
    {
      name: 'generate_app_manifest',
      description: 'Generate Kubernetes manifest for a deployment and service.',
      properties: { image_uri: 'string: Full ECR image URI with tag', output_dir: 'string: absolute path to save the manifest' },
    },
    {
      name: 'generate_helm_chart',
      description: 'Generates a Helm chart for the service.',
      properties: { endpoint_url: 'string: the URL of the backend' },
    },
    {
      name: 'render_template',
      description: 'Renders the config template with the given values.',
      properties: { api_url: 'string: the API URL to put in the config' },
    },
    {
      name: 'site_feedback',
      description: 'Submit concise quality feedback for a completed scrape job.',
      properties: {
        url: { type: 'string', format: 'uri' },
        sources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } } },
      },
    },
    {
      name: 'search_feedback',
      description: 'Records quality feedback for a prior search.',
      properties: { valuableSources: { type: 'array', items: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } } } },
    },
    {
      name: 'create-todo-task',
      description: 'Create a task.',
      properties: {
        body: {
          type: 'object',
          properties: {
            linkedResources: {
              type: 'array',
              items: { type: 'object', properties: { webUrl: { type: 'string', description: 'Deep link to the linkedResource.' } } },
            },
          },
        },
      },
    },
    {
      name: 'create-event',
      description: 'Create a calendar event.',
      properties: {
        attachments: {
          type: 'array',
          items: { type: 'object', properties: { fileUrl: { type: 'string', description: 'URL of the attached file' } } },
        },
      },
    },
  ])('$name', (example) => {
    const rules = rulesOfTool(example);
    expect(rules).not.toContain('parameter.network-target');
    expect(rules).not.toContain('parameter.fetch-url');
  });
  it('no open world from a generator that writes an image address into a manifest', () => {
    const c = classifyTool(
      exampleTool({
        name: 'generate_app_manifest',
        description: 'Generate Kubernetes manifest for a deployment. load_balancer_scheme: internal or internet-facing',
        parameters: { image_uri: 'string: Full ECR image URI with tag' },
      }),
    );
    expect(c.suggestedAnnotations.openWorldHint).toBe(false);
    expect(c.patterns.map((p) => p.id)).not.toContain('data-exfiltration');
  });
  it.each<SchemaCase>([
    // Contacted: the words say it is fetched, checked, delivered to; or it sits under a webhook, a chat channel, an issuer, a server.
    {
      name: 'create_monitor',
      description: 'Create an uptime monitor.',
      properties: { config: { type: 'object', properties: { url: { type: 'string', description: 'the URL to check every minute' } } } },
    },
    {
      name: 'create_alert',
      description: 'Create an alert policy.',
      properties: { SlackDetails: { type: 'array', items: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } } } },
    },
    {
      name: 'update_subscription',
      description: 'Update a subscription.',
      properties: {
        body: {
          type: 'object',
          properties: {
            notificationUrl: { type: 'string', description: 'The URL of the endpoint that receives the change notifications.' },
          },
        },
      },
    },
    {
      name: 'create_cluster',
      description: 'Create a Kubernetes cluster.',
      properties: { sso: { type: 'object', properties: { issuer_url: { type: 'string', format: 'uri' } } } },
    },
    {
      name: 'create_crawl',
      description: 'Create a crawl of a website.',
      properties: { options: { type: 'object', properties: { url: { type: 'string' } } } },
    },
    { name: 'generate_summary', description: 'Generates a summary of a web page.', properties: { url: 'string: the page to summarise' } },
  ])('still an address: $name', (example) => {
    const rules = rulesOfTool(example);
    expect(rules.some((r) => /^parameter\.(?:network-target|fetch-url|notification-address|delivery-address)$/.test(r))).toBe(true);
  });
});

// 5. SPEND-missed. Storage sized in TiB or GiB on a create or resize is paid capacity, capped by its unit.
ruleFamily(
  'parameter.sizes-capacity',
  [
    { name: 'managedlustre_fs_create', parameters: { size: 'integer: The AMLFS size in TiB as an integer. Examples: 4, 12, 128.' } },
    { name: 'nfs-file-share-create', parameters: { SizeGibibytes: 'integer: Size of the file share in GiB' } },
    {
      name: 'fileshare_update',
      parameters: { 'provisioned-storage-in-gib': 'integer: The desired provisioned storage size of the share in GiB' },
    },
    { name: 'resize_volume', parameters: { capacity: 'number: the new capacity in TB' } },
    { name: 'create_file_system', parameters: { storage_capacity: 'integer: storage capacity, in GiB' } },
  ],
  [
    { name: 'list_file_systems', parameters: { size: 'integer: minimum size in TiB' } },
    { name: 'create_workflow', parameters: { storage_capacity: 'integer: Default static storage capacity in GiB for workflow runs' } },
    { name: 'create_file_system', parameters: { size: 'string: The name of the size tier' } },
    { name: 'upload_file', parameters: { size: 'integer: size of the file in bytes' } },
  ],
);
describe('storage sized in billed units', () => {
  it('is Financial/high, held for approval, with a cap by unit', () => {
    const tib = exampleVerdict({
      name: 'managedlustre_fs_create',
      description: 'Create an Azure Managed Lustre file system.',
      parameters: { size: 'integer: The AMLFS size in TiB as an integer.' },
    });
    expect(tib).toMatchObject({ category: 'Financial', risk: 'high', action: 'require_approval' });
    expect(tib.arguments?.size).toEqual({ kind: 'max', max: 16 });
    const gib = exampleVerdict({ name: 'create_share', description: 'Create a file share.', parameters: { size: 'integer: size in GiB' } });
    expect(gib.arguments?.size).toEqual({ kind: 'max', max: 1024 });
  });
});

// 6. F shipped code. A generic content or body described as a script's text is code the tool stores and will run.
ruleFamily(
  'parameter.code-shipped',
  [
    { name: 'VPS_updatePostInstallScriptV1', parameters: { content: 'string: Content of the script' } },
    { name: 'create_hook', parameters: { body: "string: The hook's body" } },
    { name: 'save_userscript', parameters: { source: 'string: Source code of the userscript' } },
    { name: 'update_handler', parameters: { text: 'string: the text of the handler function' } },
    { name: 'add_macro', parameters: { content: 'string: Macro content' } },
  ],
  [
    { name: 'validate_script', parameters: { content: 'string: Content of the script' } },
    { name: 'update_note', parameters: { content: 'string: Content of the note' } },
    { name: 'create_document', parameters: { body: 'string: The body of the document' } },
    { name: 'update_script', parameters: { name: 'string: Name of the script' } },
  ],
);
describe('a script the agent writes and the service runs later', () => {
  it('is held for approval as Write/high', () => {
    const v = exampleVerdict({
      name: 'VPS_updatePostInstallScriptV1',
      description: 'Update a specific post-install script.',
      parameters: { postInstallScriptId: 'integer', name: 'string: Name of the script', content: 'string: Content of the script' },
    });
    expect(v).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
  });
  it('runs now when the verb runs it', () => {
    expect(rulesOf({ name: 'run_script', parameters: { content: 'string: Content of the script' } })).toContain('parameter.code-executed');
  });
});

// 7. DEPLOY-missed. Files uploaded to a live site or CDN are published: the upload path is high and held for approval.
describe('an upload to a live site is a deployment', () => {
  it.each([
    'Update the frontend assets of a deployed web application. This tool uploads new frontend assets to S3 and optionally invalidates the CloudFront cache.',
    'Publishes the site: uploads the build folder to static website hosting.',
    'Uploads the dist assets to the CDN and invalidates the cache.',
  ])('%s', (description) => {
    const v = exampleVerdict({
      name: 'update_webapp_frontend',
      description,
      parameters: { built_assets_path: 'string: Absolute path to pre-built frontend assets' },
    });
    expect(v.rules).toContain('parameter.upload-path');
    expect(v).toMatchObject({ risk: 'high', action: 'require_approval' });
  });
  it('an upload to a bucket that serves nothing stays medium', () => {
    const v = exampleVerdict({
      name: 'upload_files',
      description: 'Uploads the files to the S3 bucket.',
      parameters: { path: 'string: Absolute path of the folder to upload' },
    });
    expect(v.rules).toContain('parameter.upload-path');
    expect(v.risk).toBe('medium');
  });
});
