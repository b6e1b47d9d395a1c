/**
 * Word families behind the round-14 verb, name and verdict fixes: a receive from a queue takes the messages from
 * other consumers; machines, rules or tags taken out of a firewall change who can reach them, and delete nothing;
 * a key a service creates is a credential.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// CONSUME-as-read. SQS ReceiveMessage hides what it returns from the other consumers for a visibility timeout and
// counts toward the dead-letter limit: a change to the queue. A peek, or a read of mail already received, reads.
ruleFamily(
  'verb.consume-from-queue',
  [
    { name: 'receive_message', description: 'Execute the AWS Amazon SQS `receive_message` operation.' },
    { name: 'receive_messages', description: 'Receives up to 10 messages from the queue.' },
    { name: 'receiveMessagesFromQueue', description: 'Receive messages from a Service Bus queue.' },
    { name: 'receive_tasks', description: 'Receive pending tasks for this worker.' },
    { name: 'receive_from_queue', description: 'Receives the next message of a queue.' },
  ],
  [
    { name: 'peek_messages', description: 'Peek at messages in the queue without removing them.' },
    { name: 'get-received-email', description: 'Retrieve a single received email by ID.' },
    { name: 'list_received_emails', description: 'Lists the emails received by the domain.' },
    { name: 'get_queue_attributes', description: 'Gets the attributes of a queue.' },
    { name: 'receive_payment', description: 'Records a payment received from a customer.' },
  ],
);

describe('a receive from a queue', () => {
  it('is a Write at medium that still hands the agent text others wrote, not destructive', () => {
    const v = exampleVerdict({ name: 'receive_message', description: 'Execute the AWS Amazon SQS `receive_message` operation.' });
    expect(v).toMatchObject({ category: 'Write', risk: 'medium', action: 'rate_limit', ro: false });
    expect(v.rules).toContain('name.external-content');
  });
});

// UNLINK reason. Droplets, rules or tags taken out of a firewall live on; what changes is who can reach the machines.
ruleFamily(
  'verb.revoke-access-rule',
  [
    { name: 'firewall-remove-droplets', description: 'Removes one or more droplets from a firewall' },
    { name: 'firewall_remove_tags', description: 'Removes one or more tags from a firewall' },
    { name: 'remove_rules_from_firewall', description: 'Removes inbound rules from a firewall.' },
    { name: 'firewall_remove_servers', description: 'Detach servers from a cloud firewall.' },
    { name: 'delete_firewall_rule', description: 'Deletes a firewall rule.' },
  ],
  [
    { name: 'lb-remove-droplets', description: 'Remove Droplets from a Load Balancer' },
    { name: 'remove_droplet_tags', description: 'Removes tags from a droplet.' },
    { name: 'delete_droplets', description: 'Deletes droplets.' },
    { name: 'firewall_list_droplets', description: 'Lists the droplets a firewall guards.' },
  ],
);

describe('taking droplets out of a firewall', () => {
  it('needs approval as an access change, not a deletion', () => {
    const v = exampleVerdict({ name: 'firewall-remove-droplets', description: 'Removes one or more droplets from a firewall' });
    expect(v).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
  });
});

// Credentials. A key a service makes (a Spaces access key, an SSH key, a key pair) lets its holder in.
ruleFamily(
  'verb.issue-key',
  [
    { name: 'spaces-key-create', description: 'Create a new Spaces key. The returned secret key should never be committed.' },
    { name: 'create_key', description: 'Creates a new key for the account.' },
    { name: 'create_ssh_key', description: 'Adds an SSH key to the account.' },
    { name: 'keypair_create', description: 'Create a key pair.' },
    { name: 'createPublicKey', description: 'Add a new public key to your account.' },
  ],
  [
    { name: 'create_partition_key', description: 'Adds a partition key to the table.' },
    { name: 'press_key', description: 'Press a key on the keyboard.' },
    { name: 'get_key', description: 'Gets a key.' },
    { name: 'create_key_value_store', description: 'Creates a key-value store.' },
    { name: 'create_primary_key', description: 'Adds a primary key to a table.' },
  ],
);

describe('creating a Spaces key', () => {
  it('needs approval, with the credential reason', () => {
    const v = exampleVerdict({
      name: 'spaces-key-create',
      description: 'Create a new Spaces key. The returned secret key should never be committed.',
      annotations: { readOnlyHint: false, destructiveHint: false },
    });
    expect(v).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
  });
});

// MUTATION-runner-as-read. A tool that runs the GraphQL the agent wrote against a live org, as a step of a mutation
// workflow, can run the mutation: the author's read-only claim does not hold. A runner that refuses mutations reads.
ruleFamily(
  'description.graphql-runner-for-mutations',
  [
    {
      name: 'test_lds_graphql_query',
      description:
        'This is a sub tool of the create_lds_graphql_read_query and create_lds_graphql_mutation_query tools. ' +
        'Tests a GraphQL query against a connected Salesforce org and returns the result.',
      annotations: { readOnlyHint: true },
    },
    {
      name: 'validate_query',
      description: 'Used while building queries and mutations. Runs the GraphQL query against the live API and returns the response.',
    },
    {
      name: 'try_graphql',
      description: 'Step 3 of the mutation workflow: executes your GraphQL operation against the target instance.',
    },
  ],
  [
    {
      name: 'test_graphql_query',
      description: 'Used to build mutations. Tests a GraphQL query against a connected org. Mutations are rejected.',
    },
    { name: 'test_graphql_query', description: 'Tests a GraphQL query against a connected org and returns the result.' },
    { name: 'create_graphql_mutation_query', description: 'Builds the text of a GraphQL mutation for the agent to review.' },
  ],
);

describe('a GraphQL runner of a mutation workflow', () => {
  it('needs approval whatever its readOnlyHint says', () => {
    const v = exampleVerdict({
      name: 'test_lds_graphql_query',
      description:
        'This is a sub tool of the create_lds_graphql_read_query and create_lds_graphql_mutation_query tools. ' +
        'Tests a GraphQL query against a connected Salesforce org and returns the result.',
      annotations: { readOnlyHint: true },
    });
    expect(v).toMatchObject({ action: 'require_approval', ro: false });
  });
});

// D-computation-as-write. A tool that builds a structured document from its arguments and hands it back makes no
// resource; "bulk" or "batch" before the kind of work a schema describes counts no items.
ruleFamily(
  'description.returns-computed',
  [
    {
      name: 'create_bulk_import_schema',
      description:
        'Create a structured JSON schema for AWS IoT SiteWise bulk import operations using dataclasses to ensure correct format.',
      parameters: { asset_models: 'object[]', assets: 'object[]' },
    },
    {
      name: 'create_query_body',
      description: 'Create a structured request body for the given filters.',
      parameters: { filters: 'object[]' },
    },
    {
      name: 'create_payload',
      description: 'Creates a structured event payload for the webhook tests.',
      parameters: { event: 'object' },
    },
  ],
  [
    { name: 'create_schema', description: 'Creates a schema in the registry.' },
    { name: 'create_import_job', description: 'Create a bulk import job that loads the files from S3.' },
  ],
);

ruleFamily(
  'name.bulk-change',
  [
    { name: 'batch_update_schemas', description: 'Updates many schemas in one call.' },
    { name: 'delete_all_schemas', description: 'Deletes every schema.' },
    { name: 'create_bulk_import_job', description: 'Starts a bulk import job.' },
    { name: 'bulk_delete_field_definitions', description: 'Deletes field definitions.' },
  ],
  [
    { name: 'create_bulk_import_schema', description: 'Create a structured JSON schema for bulk import operations.' },
    { name: 'get_batch_job_definition', description: 'Gets the definition of a batch job.' },
  ],
);

describe('a schema builder', () => {
  it('reads: it makes a document and stores nothing', () => {
    const v = exampleVerdict({
      name: 'create_bulk_import_schema',
      description:
        'Create a structured JSON schema for AWS IoT SiteWise bulk import operations using dataclasses to ensure correct format.',
      parameters: { asset_models: 'object[]', assets: 'object[]' },
    });
    expect(v).toMatchObject({ category: 'Read', risk: 'low', action: 'allow' });
  });
});

// Machines picked out by a tag go down like one machine: "power-off-droplets-tag" is as strict as "power-off-droplet".
ruleFamily(
  'verb.take-offline',
  [
    { name: 'power-off-droplets-tag', description: 'Power off droplets by tag' },
    { name: 'power-cycle-droplets-tag', description: 'Power cycle droplets by tag' },
    { name: 'shutdown_servers_label', description: 'Shut down the servers that carry a label.' },
    { name: 'power-off-droplet', description: 'Power off a droplet' },
  ],
  [
    { name: 'power-on-droplets-tag', description: 'Power on droplets by tag' },
    { name: 'stop_tag_sync', description: 'Stops the tag sync.' },
  ],
);
