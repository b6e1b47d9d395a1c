/**
 * Word families behind the round-9 fixes of sensitivity and external content: sensitivity attaches to
 * what a tool returns (a machine's address, a configuration named after money, runtime captures),
 * external content to what comes back (audit events, public code; not addresses nor modifiers), access
 * changes and confirmation requests in more wordings, and public registries as a supply chain.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const patternsOf = (example: ToolExample) => classifyTool(exampleTool(example)).patterns.map((p) => p.id);
const named = (examples: readonly ToolExample[]) => examples.map((t) => [`${t.name} ${t.description ?? ''}`, t] as const);

// SENS-false. An IP or MAC address is an interface's or a host's, not a person's, unless people own it.
ruleFamily(
  'verb.read-personal-data',
  [
    { name: 'list_customer_addresses', description: 'Lists the postal addresses of a customer.' },
    { name: 'get_address', description: 'Gets a saved address.' },
    { name: 'list_user_ip_addresses', description: 'Lists the IP addresses a user signed in from.' },
    { name: 'get_contacts', description: 'Gets the contacts of the account.' },
  ],
  [
    { name: 'find_ip_address', description: 'Locate an Elastic Network Interface by its IP address.' },
    { name: 'list_ip_addresses', description: 'Lists the IP addresses of a subnet.' },
    { name: 'get_mac_address', description: 'Gets the MAC address of a network interface.' },
    { name: 'describe_network_addresses', description: 'Describes the network addresses of the VPC.' },
  ],
);

// SENS-false. A money word before a configuration, job or telemetry head names that thing, not spend records.
ruleFamily(
  'verb.read-money-data',
  [
    { name: 'list_invoices', description: 'Lists the invoices of the account.' },
    { name: 'get_cost_and_usage', description: 'Gets cost and usage data for a period.' },
    { name: 'list_transactions', description: 'Lists the payment transactions of a customer.' },
    { name: 'get_billing_report', description: 'Gets the monthly billing report.' },
  ],
  [
    { name: 'list-cost-allocation-tags', description: 'Lists cost allocation tags in the account.' },
    {
      name: 'list-cost-allocation-tag-backfill-history',
      description: 'Retrieves the history of cost allocation tag backfill requests.',
    },
    { name: 'search_transaction_spans', description: 'Searches the spans of traced requests.' },
    { name: 'get_transaction_logs_settings', description: 'Gets how long the database keeps its logs.' },
    { name: 'get_billing_settings', description: 'Gets the notification preferences of the account.' },
    { name: 'list_cost_category_definitions', description: 'Lists the rules that group costs.' },
  ],
);

// SENS-missed. Reading what a breakpoint or probe captured from live requests is the read side of capturing it.
ruleFamily(
  'description.returns-runtime-capture',
  [
    { name: 'get_sample_snapshot_for_breakpoint', description: 'Fetch one nearby snapshot to inspect the structure of captured data.' },
    { name: 'list_snapshots', description: 'Lists breakpoint snapshots with the captured local variables.' },
    { name: 'read_probe_output', description: 'Returns the probe captures of the last hour.' },
    { name: 'get_snapshot', description: 'Gets the snapshot of a breakpoint, with captured arguments and locals.' },
  ],
  [
    { name: 'get_snapshot', description: 'Gets an EBS volume snapshot by id.' },
    { name: 'create_breakpoint', description: 'Creates a breakpoint that captures local variables.' },
    {
      name: 'get_incident',
      description: 'Gets an incident. Then read the captured values with `get_sample_snapshot_for_breakpoint`.',
    },
    { name: 'take_screenshot', description: 'Captures the screen and returns the image.' },
  ],
);

describe('a read of runtime captures is medium and carries data out', () => {
  it('get_sample_snapshot_for_breakpoint is Read/medium with data-exfiltration', () => {
    const example = {
      name: 'get_sample_snapshot_for_breakpoint',
      description: 'Fetch one nearby snapshot to inspect the structure of captured data.',
    };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Read', risk: 'medium', action: 'rate_limit' });
    expect(patternsOf(example)).toContain('data-exfiltration');
  });
});

// A-external-content missed. Audit events are logs: who did what, with the actors' own strings in them.
ruleFamily(
  'description.returns-logs',
  [
    { name: 'lookup_events', description: 'Look up CloudTrail events based on various criteria.' },
    { name: 'events', description: 'This tool searches CloudTrail events using the LookupEvents API.' },
    { name: 'audit', description: 'Searches the audit events of the organization by actor and action.' },
    { name: 'query_trail', description: 'Queries the audit trail for changes to the project.' },
  ],
  [
    { name: 'create_trail', description: 'Creates a trail that delivers audit events to a bucket.' },
    { name: 'list_event_actions', description: 'Lists the event types the audit service can record.' },
  ],
);

describe('audit events are read at medium, as logs', () => {
  it.each(
    named([
      { name: 'lookup_events', description: 'Searches CloudTrail events by user name, event name or resource.' },
      { name: 'list_audit_events', description: 'Lists who did what in the organization.' },
      { name: 'get_audit_trail', description: 'Returns the audit trail of a document.' },
    ]),
  )('%s', (_, t) => {
    expect(exampleVerdict(t)).toMatchObject({ category: 'Read', risk: 'medium' });
    expect(patternsOf(t)).toContain('indirect-prompt-injection');
  });
});

// A-external-content missed. Code, snippets and READMEs from hosted or public repositories are written by strangers.
ruleFamily(
  'description.public-code',
  [
    {
      name: 'ghSearch',
      description: 'Discover GitHub code with operation:"code", repositories with "repositories", or a known repository tree.',
    },
    { name: 'code_search', description: 'Search tool for public GitHub repositories.' },
    { name: 'search', description: 'Search an index of public repositories, GitHub issues and repository READMEs.' },
    { name: 'find_examples', description: 'Finds usage examples and returns code snippets with their source.' },
    { name: 'get_package', description: 'Gets a package with its README content.' },
  ],
  [
    { name: 'deploy_site', description: 'Deploys the site from a connected GitHub repository.' },
    { name: 'create_project', description: 'Creates a project. The URL can be a GitHub repository URL.' },
    { name: 'list_repos', description: 'Lists the repositories of the organization.' },
    { name: 'generate_code', description: 'Generates code from a prompt and writes it to a file.' },
  ],
);

// A-external-content false. Returned URLs are addresses, not content.
describe('a tool that returns URLs returns no external content', () => {
  it.each(
    named([
      { name: 'get_price_list_urls', description: 'Get download URLs for bulk pricing data files.' },
      { name: 'get_queue_url', description: 'Gets the URL of a queue.' },
      { name: 'getSdkDownloadUrl', description: 'Gets a download link for a generated SDK.' },
    ]),
  )('%s', (_, t) => {
    expect(patternsOf(t)).not.toContain('indirect-prompt-injection');
  });
  it('fetching a URL still does', () => {
    expect(patternsOf({ name: 'fetch_url', description: 'Fetches a web page and returns its text.' })).toContain(
      'indirect-prompt-injection',
    );
  });
});

// A-external-content false. A content word that modifies what comes back is not its head.
ruleFamily(
  'description.external-content',
  [
    { name: 'fetch', description: 'Fetches web pages and returns their text.' },
    { name: 'scrape', description: 'Scrape a single webpage URL and get back the results in Markdown.' },
    { name: 'read_inbox', description: 'Returns the e-mails in the inbox.' },
    { name: 'crawl', description: 'Start a crawl at a website URL and return the collected pages.' },
  ],
  [
    { name: 'get_deployment_settings', description: 'Returns the Git auto-deployment settings of the website.' },
    { name: 'list_tokens', description: 'Retrieve a list of Email API tokens across all your orders.' },
    { name: 'list_suppressions', description: 'List email addresses on the suppression list.' },
    { name: 'get_wordpress_settings', description: 'Returns the current WordPress settings for a website.' },
    {
      name: 'remove_suppression',
      description: 'Remove an email address from the suppression list, allowing the address to receive emails again.',
    },
  ],
);

// ACCESS-under. An address range allowed in, access lost: both change who may reach what.
ruleFamily(
  'description.changes-access',
  [
    { name: 'atlas-create-access-list', description: 'Allow Ip/CIDR ranges to access your MongoDB Atlas clusters.' },
    { name: 'add_allowlist', description: 'Allows IP/CIDR blocks to access the database.' },
    { name: 'remove_members', description: 'Removes members from the team. Removed members lose access to its workspaces.' },
    { name: 'revoke_token', description: 'Revokes a token. The token immediately loses access to the API.' },
    { name: 'transfer_workspace', description: 'Transfers a workspace. Members of the old team no longer have access to it.' },
  ],
  [
    { name: 'reset_password', description: 'Resets a password. Use it if you lose access to your account.' },
    { name: 'list_members', description: 'Lists members who can access the workspace.' },
    { name: 'create_entry', description: 'Creates an entry in the allow list.' },
  ],
);

describe('an address range allowed in is an access change at high', () => {
  it('atlas-create-access-list is Write/high and waits for approval', () => {
    expect(
      exampleVerdict({ name: 'atlas-create-access-list', description: 'Allow Ip/CIDR ranges to access your MongoDB Atlas clusters.' }),
    ).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
  });
  it('removing members who then lose access is high', () => {
    expect(
      exampleVerdict({
        name: 'removeTeamMembers',
        description: 'Removes members from the team. Removed members lose access to the team’s collections and workspaces.',
      }),
    ).toMatchObject({ risk: 'high', action: 'require_approval' });
  });
});

ruleFamily(
  'description.confirmation-expected',
  [
    { name: 'remove_members', description: 'Removes members. Only call it on an explicit instruction naming who to remove.' },
    { name: 'delete_sdk', description: 'Deletes an SDK. Only call this on an explicit request.' },
    { name: 'update_settings', description: 'Updates team settings. Only use this tool upon explicit confirmation.' },
    { name: 'reset', description: 'Resets the cache. Requires user confirmation.' },
  ],
  [
    { name: 'list_members', description: 'Lists members. Call it on any request about the team.' },
    { name: 'remove_members', description: 'Removes members. Call it on an explicit instruction only if you like.' },
  ],
);

// SUPPLY-missed. An image taken from an upstream or public registry is software nobody in the account reviewed.
ruleFamily(
  'description.public-image-source',
  [
    {
      name: 'CloneContainerToECR',
      description: 'Copies a container image from an upstream registry (Docker Hub, Quay.io, ECR Public) to your private repository.',
    },
    { name: 'create_pull_through_cache', description: 'Creates a pull-through cache rule for the specified upstream registry.' },
    { name: 'mirror_image', description: 'Mirrors an image from Docker Hub into the project registry.' },
    { name: 'import_image', description: 'Imports an image from a public container registry.' },
  ],
  [
    { name: 'copy_image', description: 'Copies a container image between two of your private repositories.' },
    { name: 'search_images', description: 'Searches Docker Hub for images matching a name.' },
    { name: 'list_pull_through_cache_rules', description: 'Lists pull-through cache rules for upstream registries.' },
  ],
);

describe('an image from a public registry links supply-chain', () => {
  it.each(
    named([
      {
        name: 'CloneContainerToECR',
        description: 'Copies a container image from an upstream registry (Docker Hub, Quay.io, ECR Public) to your private repository.',
      },
      { name: 'create_pull_through_cache', description: 'Creates a pull-through cache rule for the specified upstream registry.' },
    ]),
  )('%s', (_, t) => {
    expect(patternsOf(t)).toContain('supply-chain');
    expect([...rulesApplied(classifyTool(exampleTool(t)))]).not.toContain('verb.install');
  });
  it('copying between private repositories does not', () => {
    expect(
      patternsOf({ name: 'copy_image', description: 'Copies a container image between two of your private repositories.' }),
    ).not.toContain('supply-chain');
  });
});
