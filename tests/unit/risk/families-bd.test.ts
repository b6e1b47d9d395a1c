/**
 * Word families behind the round-17 fixes of verbs, names and verdict steps (a check name over a call that triggers a
 * change, a "create" of a model's answer, a sign-in name over a link builder, a POST that says it only reads): each fix
 * is checked on several wordings an author would use, not only the sampled one, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const hintsOf = (example: ToolExample) => classifyTool(exampleTool(example)).suggestedAnnotations;

// 1. Triggering or starting a change that replaces what was there (an ownership transfer, a key rotation, an
// activation) is a non-additive write; a check name (verify, validate) gives way to a description that says so.
ruleFamily(
  'verb.start-change-event',
  [
    { name: 'trigger_ownership_transfer' },
    { name: 'start_key_rotation' },
    { name: 'verify-domain-claim', description: 'Trigger asynchronous DNS verification and ownership transfer for a domain claim.' },
    { name: 'validate_license', description: 'Triggers the activation of the license key on this account.' },
    { name: 'check_secret', description: 'Start the rotation of the secret and return its new version.' },
  ],
  [
    { name: 'start_file_transfer' },
    { name: 'start_workflow_run' },
    { name: 'verify-domain', description: 'Trigger DNS verification for a domain.' },
    { name: 'validate_config', description: 'Validates the configuration and reports any errors.' },
    { name: 'check_transfer_status', description: 'Returns the status of an ownership transfer.' },
  ],
);

describe('a check name whose description triggers a change writes, and replaces what was there', () => {
  it.each<ToolExample>([
    {
      name: 'verify-domain-claim',
      description:
        'Trigger asynchronous DNS verification and ownership transfer for a domain claim. Once completed, the domain has NEW DKIM records.',
      parameters: { domain_id: 'string' },
    },
    { name: 'validate_transfer', description: 'Triggers the ownership transfer of the repository to the new owner.' },
    { name: 'verify_key', description: 'Start the key rotation and verify the new key.', parameters: { key_id: 'string' } },
  ])('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.ro]).toEqual(['Write', 'medium', false]);
    expect(hintsOf(example).destructiveHint).toBe(true);
  });

  it.each<ToolExample>([
    { name: 'verify-domain', description: 'Trigger DNS verification for a domain.', parameters: { domain_id: 'string' } },
    { name: 'validate_transfer', description: 'Validates that a transfer request is well formed.' },
    { name: 'check_rotation', description: 'Checks when the key rotation last ran.' },
  ])('stays a read: $name', (example) => {
    expect(exampleVerdict(example).category).toBe('Read');
  });
});

// 2. Creating an embedding or a completion asks a model and returns its answer, storing nothing.
ruleFamily(
  'verb.create-model-answer',
  [
    { name: 'openai_embeddings-create' },
    { name: 'create_embedding', description: 'Create an embedding vector for the input text and return it.' },
    { name: 'chat-completions-create', description: 'Create a chat completion with the deployed model.' },
    { name: 'create-completion' },
    { name: 'embeddings_create', description: 'Creates embeddings for the given texts.' },
  ],
  [
    { name: 'create_completion_report' },
    { name: 'create_index', description: 'Create a vector index for embeddings.' },
    { name: 'create_deployment', description: 'Create a model deployment for completions.' },
    { name: 'create_task' },
  ],
);

describe("a create of a model's answer keeps the author's read-only claim", () => {
  it.each<ToolExample>([
    {
      name: 'foundryextensions_openai_embeddings-create',
      description: 'Create embeddings using Azure OpenAI. Generate vector embeddings from text for semantic search.',
      parameters: { 'resource-name': 'string', 'deployment-name': 'string', 'input-text': 'string' },
      annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false },
    },
    {
      name: 'chat-completions-create',
      description: 'Create chat completions using Azure OpenAI.',
      parameters: { 'deployment-name': 'string', messages: 'string' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'create_embedding',
      description: 'Create an embedding vector for the input text and return it.',
      parameters: { text: 'string' },
    },
  ])('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.ro]).toEqual(['Read', true]);
    expect(v.rules).not.toContain('verdict.read-only-overridden');
  });

  it('a create of a stored thing under a read-only claim is still overridden', () => {
    const v = exampleVerdict({
      name: 'create_index',
      description: 'Create a vector index.',
      parameters: { name: 'string' },
      annotations: { readOnlyHint: true },
    });
    expect(v.category).not.toBe('Read');
  });
});

// 3. A sign-in name (authorize, authenticate) over a summary that builds the URL or link a person opens: a read.
describe('a sign-in name that only builds the link reads', () => {
  it.each<ToolExample>([
    {
      name: 'AuthorizeQIndex',
      description: 'Generate the OIDC authorization URL for Q index authentication.',
      parameters: { idc_region: 'string', oauth_state: 'string' },
    },
    { name: 'authorize_app', description: 'Generates the OAuth authorization link the user opens to sign in.' },
    { name: 'authenticate_account', description: 'Generate the OIDC authorization URL for the identity provider.' },
  ])('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.ro]).toEqual(['Read', 'low', true]);
  });

  it.each<ToolExample>([
    { name: 'authorize_user', description: 'Grants the user access to the project.' },
    { name: 'authorize_role', description: 'Generate the authorization URL and grant the role the permission.' },
  ])('keeps its change: $name', (example) => {
    expect(exampleVerdict(example).category).not.toBe('Read');
  });
});

// 4. A description's own read-only sentence outweighs the author's readOnlyHint: false when the name has no verb
// and no other signal of the definition shows a change (a POST that only searches).
describe("a verb-less name whose description says it only reads outweighs the author's readOnlyHint false", () => {
  it.each<ToolExample>([
    {
      name: 'detectedSecretsQueries',
      description: 'Searches the detected secrets. Despite being a POST this only reads — the body carries the query.',
      annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
    },
    {
      name: 'invoiceQueries',
      description: 'Searches invoices by filter. This tool only reads; the POST body carries the filter.',
      annotations: { readOnlyHint: false },
    },
    { name: 'auditQueries', description: 'Queries the audit events. Read-only.', annotations: { readOnlyHint: false } },
  ])('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.ro]).toEqual(['Read', true]);
    expect(v.rules).not.toContain('verdict.read-only-overridden');
  });

  it.each<ToolExample>([
    { name: 'detectedSecretsQueries', description: 'Searches the detected secrets.', annotations: { readOnlyHint: false } },
    {
      name: 'secretsBatch',
      description: 'Deletes the given secrets. This only reads the list first.',
      annotations: { readOnlyHint: false },
    },
    {
      name: 'update_record',
      description: 'Updates a record. This only reads — no, it writes.',
      annotations: { readOnlyHint: false },
    },
  ])('the author still decides: $name', (example) => {
    expect(exampleVerdict(example).category).not.toBe('Read');
  });
});
