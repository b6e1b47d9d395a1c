/**
 * Phrase families behind the round-5 out-of-sample errors (classes E, D, C, M and single tools): each rule is
 * checked on several wordings a real author would use, not only the sampled one, and on close wordings where it
 * must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { ruleFamily } from './families.ts';

// E. A content argument whose accepted forms include a local file or folder, wherever that form sits in the list.
ruleFamily(
  'parameter.path',
  [
    {
      name: 'validate_workflow',
      parameters: { definition_source: 'string: Workflow definition: a local ZIP file path, S3 URI, or base64 content' },
    },
    {
      name: 'lint_bundle',
      parameters: { files: 'string: Mapping of paths to content, a local directory path, a ZIP file path, or an S3 URI' },
    },
    { name: 'build_site', parameters: { source: 'string: Inline markdown or a local folder to bundle' } },
    { name: 'render_doc', parameters: { readme: 'string: README content, local .md file path, or S3 URI' } },
    { name: 'check_spec', parameters: { spec: 'string: the spec, either inline YAML or a local YAML file path' } },
  ],
  [
    { name: 'install_chart', parameters: { repo: 'string: Chart repository URL (optional if using local chart path)' } },
    { name: 'create_doc', parameters: { body: 'string: Markdown content (not a local file path)' } },
    { name: 'create_doc', parameters: { body: 'string: Markdown content, or an S3 URI' } },
  ],
);

ruleFamily(
  'parameter.upload-path',
  [
    {
      name: 'start_scan',
      description: 'Start a scan. Uploads the current repo and the diff patch.',
      parameters: { path: 'string: absolute path to the code directory' },
    },
    {
      name: 'deploy_app',
      description: 'Zips and uploads your project to the host.',
      parameters: { dir: 'string: local project directory' },
    },
    {
      name: 'publish_site',
      description: 'The folder is zipped and uploaded to the bucket.',
      parameters: { folder: 'string: local folder' },
    },
    {
      name: 'submit_job',
      description: 'Packages the workspace and uploads the code for a remote build.',
      parameters: { root: 'string: absolute path to the workspace' },
    },
    {
      name: 'create_workflow',
      parameters: { definition_source: 'string: Workflow definition: a local ZIP file path, S3 URI, or base64 content' },
    },
    { name: 'update_template', parameters: { body: 'string: template body, or a local file path to read it from' } },
    {
      name: 'start_security_scan',
      description: 'Start a security code review scan. Zips code, uploads to S3, starts scan, returns immediately.',
      parameters: { path: 'string: Path to the code directory to scan.' },
    },
    {
      name: 'ship_build',
      description: 'Tars the project folder, then uploads it to the build service.',
      parameters: { dir: 'string: directory of the project' },
    },
    {
      name: 'sync_site',
      description: 'Compresses the source directory and then uploads the archive.',
      parameters: { root: 'string: absolute path to the site' },
    },
  ],
  [
    {
      name: 'start_scan',
      description: 'Start a scan of the code directory; results are returned.',
      parameters: { path: 'string: absolute path to the code directory' },
    },
    { name: 'lint_bundle', parameters: { files: 'string: Mapping of paths to content, a local directory path, or a ZIP file path' } },
    { name: 'apply_manifest', parameters: { filename: 'string: path to a YAML file to apply' } },
    {
      name: 'zip_folder',
      description: 'Zips the folder into an archive next to it. Nothing is uploaded.',
      parameters: { folder: 'string: absolute path to the folder' },
    },
  ],
);

// D. A computation on the input that hands its result back: the make verb only makes the answer.
const reads = (t: ToolExample) => classifyTool(exampleTool(t)).category;
describe('description.returns-computed keeps computations as reads', () => {
  it.each([
    {
      name: 'buffer_tool',
      description: 'Create a buffer zone around a point. Works offline without API calls.',
      annotations: { readOnlyHint: true },
    },
    { name: 'union_tool', description: 'Merge polygons into one geometry. Runs entirely offline.', annotations: { readOnlyHint: true } },
    { name: 'ask_model', description: 'Send a prompt to the model and get back an answer.', annotations: { readOnlyHint: true } },
    { name: 'create_time_window', description: 'Creates a formatted time window from start and end dates.' },
    { name: 'create_unit_tests', description: 'Generates unit tests using a built-in rule set.', annotations: { readOnlyHint: true } },
    { name: 'create_digest', description: 'Create a combined digest of the given texts. Nothing is saved.' },
  ] as ToolExample[])('Read: $description', (t) => {
    expect(reads(t)).toBe('Read');
  });
  it.each([
    {
      name: 'create_zone',
      description: 'Create a buffer zone and save it to the project. Works offline.',
      parameters: { output_path: 'string: file to save to' },
    },
    { name: 'send_message', description: 'Send a message to a channel and get back its id.', parameters: { channel: 'string' } },
    { name: 'create_report', description: 'Creates a report in the workspace.' },
    { name: 'delete_zone', description: 'Deletes a zone. Works offline without API calls.' },
  ] as ToolExample[])('not Read: $description', (t) => {
    expect(reads(t)).not.toBe('Read');
  });
});

// C. Authorising something that is no principal or permission grants nothing new.
ruleFamily(
  'verb.authorize-no-grant',
  [{ name: 'reauthorize_subscription' }, { name: 'authorize_webhook' }, { name: 'AuthorizeQIndex' }, { name: 'reauthorize_connection' }],
  [
    { name: 'authorize_user' },
    { name: 'authorize_security_group_ingress' },
    { name: 'authorize_role_policy' },
    { name: 'grant_permission' },
  ],
);

// C. A description that says the secret is not returned, whatever adjective the secret carries.
ruleFamily(
  'description.no-secret-returned',
  [
    { name: 'list_oauth2_providers', description: 'Lists providers. Does NOT return client secrets.' },
    { name: 'get_app', description: 'Gets an app. It never returns the private key.' },
    { name: 'list_tokens', description: 'Lists tokens. Does not expose the refresh tokens.' },
    { name: 'get_connection', description: 'Gets a connection; does not include its access keys.' },
  ],
  [
    { name: 'get_client_secret', description: 'Returns the client secret.' },
    { name: 'get_app', description: 'Gets an app and its private key.' },
  ],
);
