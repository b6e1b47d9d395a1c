/**
 * Word families behind round-5 single-tool and evidence classes (M name parsing, READ-AS-WRITE, H false
 * Financial): each fix is checked on several names or wordings an author would use, not only the sampled
 * one, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import { ruleFamily } from './families.ts';
import { openingVerb } from '../../../src/risk/signals/description.ts';
import { nameSignals } from '../../../src/risk/signals/name.ts';
import { sentences } from '../../../src/risk/text.ts';
import { splitWords } from '../../../src/risk/words.ts';

const nameVerb = (name: string) => nameSignals(name, splitWords(name)).verbs[0];

// M. Resource-first names put the verb last; of two words that are each a noun and a verb, the last
// one starts, stops or queries something ("run", "trigger", "start", "query").
describe('name verb: a trailing noun-verb that starts work after a noun-verb', () => {
  it.each([
    ['firecrawl_monitor_run', 'run'],
    ['monitor_run', 'run'],
    ['report_trigger', 'trigger'],
    ['sales_report_run', 'run'],
    ['acme_export_start', 'start'],
    ['test_run', 'run'],
  ])('%s -> %s', (name, verb) => expect(nameVerb(name)).toBe(verb));
  it.each([
    // The first word starts work itself, or the verb phrase opens the name and runs on to its end.
    ['run_monitor', 'run'],
    ['schedule_report_run', 'schedule'],
    ['test_lds_graphql_query', 'test'],
    ['monitor_instrumentation_orchestrator_start', 'monitor'],
  ])('stays: %s -> %s', (name, verb) => expect(nameVerb(name)).toBe(verb));
});

// M. "use" is a verb in a name ("use_template" applies a template), never in prose ("Use this tool to …").
describe('name verb: "use" only in names', () => {
  it.each(['use_template', 'use_workspace_template', 'useTemplate', 'template-use'])('%s has the verb "use"', (name) =>
    expect(nameSignals(name, splitWords(name)).verbs).toContain('use'),
  );
  it.each([
    'Use this tool to list the boards of a workspace.',
    'Use when you need the board list.',
    'Using the API key, lists boards.',
    'Use the returned cursor to page.',
  ])('no description verb "use": %s', (text) => expect(openingVerb(sentences(text))).not.toBe('use'));
  it('a read tool whose description starts with "Use" stays a read', () => {
    const c = classifyTool(exampleTool({ name: 'list_boards', description: 'Use this to find boards. Lists all boards.' }));
    expect(c.category).toBe('Read');
  });
});

// M. "all" before a word for the whole interface names the API, not many items.
ruleFamily(
  'name.bulk-change',
  [{ name: 'delete_all_items' }, { name: 'update_all_tasks' }, { name: 'bulk_update_rows' }, { name: 'remove_all_members' }],
  [{ name: 'all_api_write' }, { name: 'all_graphql_mutate' }, { name: 'write_all_endpoints' }, { name: 'call_all_apis' }],
);

ruleFamily(
  'description.graphql-mutations',
  [
    { name: 'api_write', description: 'Execute GraphQL mutations against the monday.com API to create, update, or delete data.' },
    { name: 'graphql', description: 'Run any GraphQL query or mutation against the Linear API.' },
    { name: 'raw_request', description: 'Send arbitrary GraphQL mutations to the Shopify Admin API.' },
    { name: 'mutate', description: 'Runs a custom GraphQL mutation you write.' },
    { name: 'api', description: 'Accepts arbitrary GraphQL queries/mutations and returns the response.' },
  ],
  [
    { name: 'api_read', description: 'Execute read-only GraphQL queries. Only queries are accepted — mutations are rejected.' },
    { name: 'create_mutation_query', description: 'Use this tool to create GraphQL mutation queries for Lightning Web Components.' },
    { name: 'get_schema', description: 'Returns the GraphQL schema, its queries and mutations.' },
    { name: 'graphql_query', description: 'Run a GraphQL query against the API.' },
  ],
);

// READ-AS-WRITE. The author's readOnlyHint: false against a name and a description that only read,
// with nothing in the definition that changes anything.
const hintFalse = { readOnlyHint: false, destructiveHint: true } as const;
ruleFamily(
  'verdict.read-words-over-hint',
  [
    { name: 'excel_read_sheet', description: 'Read values from Excel sheet with pagination.', annotations: hintFalse },
    { name: 'excel_describe_sheets', description: 'List all sheet information of specified Excel file', annotations: hintFalse },
    { name: 'get_invoice', description: 'Gets an invoice by its ID.', annotations: { readOnlyHint: false } },
    { name: 'search_contacts', description: 'Search contacts by name or email.', annotations: { readOnlyHint: false } },
    { name: 'view_page', description: 'Shows the content of a wiki page.', annotations: { readOnlyHint: false } },
  ],
  [
    // Something in the description changes things, or the verb is no plain read.
    {
      name: 'get_file_content',
      description: 'Read a known GitHub path. type:"directory" materializes localPath on disk.',
      annotations: { readOnlyHint: false },
    },
    { name: 'get_report', description: 'Gets the report and saves a copy to the workspace.', annotations: { readOnlyHint: false } },
    { name: 'git_fetch', description: 'Fetch updates from a remote repository.', annotations: { readOnlyHint: false } },
    {
      name: 'get_token',
      description: 'Get a token.',
      annotations: { readOnlyHint: false },
      parameters: { path: 'string: file to write the token to' },
    },
    { name: 'read_sheet', description: 'Read values from a sheet.', annotations: { readOnlyHint: true } },
    { name: 'read_sheet', description: 'Writes values to a sheet.', annotations: { readOnlyHint: false } },
  ],
);
describe('verdict.read-words-over-hint reads and predicts readOnlyHint true', () => {
  it('excel_read_sheet', () => {
    const c = classifyTool(
      exampleTool({ name: 'excel_read_sheet', description: 'Read values from Excel sheet with pagination.', annotations: hintFalse }),
    );
    expect(c.category).toBe('Read');
    expect(c.suggestedAnnotations.readOnlyHint).toBe(true);
  });
});

// H. Updating paid capacity spends only when an argument may size it; a schema of names, tags and
// maintenance settings sizes nothing. An open request body or an empty schema may hide a size.
ruleFamily(
  'verb.provision-capacity',
  [
    { name: 'update_cluster', parameters: { cluster_id: 'string', node_count: 'integer: number of nodes' } },
    { name: 'modify_cache_cluster', parameters: { request: 'object' } },
    { name: 'update_instance', parameters: { instance_id: 'string', instance_type: 'string' } },
    { name: 'update_cluster' },
    { name: 'compute_vm_update', parameters: { 'vm-name': 'string', 'vm-size': 'string: the new VM size' } },
    { name: 'create_cluster', parameters: { name: 'string' } },
  ],
  [
    {
      name: 'doks-update-cluster',
      description: 'Update a DigitalOcean Kubernetes cluster',
      parameters: {
        ClusterID: 'string',
        Name: 'string',
        Tags: 'string[]',
        AutoUpgrade: 'boolean',
        SurgeUpgrade: 'boolean',
        MaintenancePolicy: 'object: Maintenance window policy',
      },
    },
    { name: 'update_cluster', parameters: { cluster_id: 'string', description: 'string', labels: 'string[]' } },
    { name: 'modify_instance', parameters: { instance_id: 'string', display_name: 'string', deletion_protection: 'boolean' } },
    { name: 'rename_cluster', parameters: { cluster_id: 'string', name: 'string' } },
  ],
);
