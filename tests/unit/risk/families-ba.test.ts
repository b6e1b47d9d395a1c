/**
 * Word families behind the round-16 fixes of verbs and hints: a domain taken off a website is an
 * outage, not a deletion; a charge per call holds for a read; the page of a browser the agent steers
 * is the open web; an import that upserts by default updates in place.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// 1. Unlinking, detaching or removing a domain from a website: the site stops answering on that name
// and its files stay. Write/high with the outage reason, however the verb is worded.
ruleFamily(
  'verb.take-out-of-rotation',
  [
    { name: 'unlink_domain_from_website', description: 'Unlinks a domain from the website. The site stops serving traffic on it.' },
    { name: 'remove_domain_from_website', description: 'Remove a domain from a website.' },
    { name: 'website_tool', description: 'Remove a domain from a website. The website stops serving traffic on this domain.' },
    { name: 'detach_hostname_from_app', description: 'Detaches a custom host name from a web app.' },
    { name: 'remove_site_domain', description: 'Removes a custom domain from a site.' },
    { name: 'disassociate_domain_from_distribution', description: 'Disassociates an alternate domain from a CDN distribution.' },
    { name: 'detach_instances_from_load_balancer', description: 'Detaches instances from a load balancer.' },
  ],
  [
    { name: 'delete_domain', description: 'Deletes a domain from your account.' },
    { name: 'delete_website_subdomain', description: 'Deletes a subdomain.' },
    { name: 'remove_domain_from_blocklist', description: 'Removes a domain from a blocklist.' },
    { name: 'unlink_contact_from_list', description: 'Unlinks a contact from a list.' },
    { name: 'detach_volume', description: 'Detaches a volume from an instance.' },
    { name: 'remove_website', description: 'Removes a website and its files.' },
  ],
);

describe('a domain taken off a website is an outage to approve, not a deletion to deny', () => {
  it.each([
    ['unlink_domain_from_website', 'Unlinks a domain from the website. The website stops serving traffic on this domain immediately.'],
    ['remove_domain_from_website', 'Remove a domain from a website. The website stops serving traffic on this domain.'],
  ])('%s', (name, description) => {
    const v = exampleVerdict({ name, description, parameters: { website_id: 'string', domain: 'string: Domain name' } });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
});

// 2. A charge per call holds for a read too: the read keeps its category and gets the spending cap.
ruleFamily(
  'description.charged-per-call',
  [
    { name: 'retrieve_records', description: 'Searches memory records by similarity. Each call incurs compute charges.' },
    { name: 'search_memories', description: 'Semantic search. COST WARNING: every invocation incurs AWS charges.' },
    { name: 'get_prediction', description: 'Returns a prediction. Runs live and is billed per event.' },
    { name: 'list_matches', description: 'Lists the matches. This is a billable operation.' },
    { name: 'create_event', description: 'Creates an event. Each call incurs storage costs.' },
  ],
  [
    { name: 'retrieve_records', description: 'Searches memory records by similarity. Searches incur no extra charges.' },
    { name: 'get_cost_report', description: 'Returns the charges of the account for a month.' },
    { name: 'list_invoices', description: 'Lists the invoices you were billed.' },
  ],
);
ruleFamily(
  'description.spending',
  [{ name: 'create_gateway', description: 'Creates a gateway. This launches an EC2 instance in your account.' }],
  [{ name: 'get_gateway', description: 'Returns the gateway and the EC2 instance it launches.' }],
);

describe('a read charged per call stays a read, with a cap', () => {
  it('retrieve_records', () => {
    const v = exampleVerdict({
      name: 'memory_retrieve_records',
      description: 'Semantic search for memory records. COST WARNING: Each call incurs compute charges.',
      parameters: { memory_id: 'string', query: 'string: the search text' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'medium', 'rate_limit']);
  });
});

// 3. The page of a browser that a sibling sends anywhere is the open web: its snapshot, console and
// network requests are open-world reads.
function openWorld(example: ToolExample, siblings: readonly string[]): boolean | undefined {
  const tool = exampleTool(example);
  return classifyTool(tool, { siblings: new Set([tool.name, ...siblings]) }).suggestedAnnotations.openWorldHint;
}
const SESSION = { session_id: 'string: Browser session identifier' };

describe('hint.open-world: reads of a page the agent steered', () => {
  it.each([
    { name: 'browser_snapshot', description: 'Capture an accessibility tree snapshot of the current page.', parameters: SESSION },
    { name: 'browser_network_requests', description: 'List recent network requests made by the page.', parameters: SESSION },
    { name: 'browser_get_html', description: 'Returns the HTML of the current page.', parameters: SESSION },
  ])('open: $name', (example) => {
    expect(openWorld(example, ['browser_navigate', 'browser_click'])).toBe(true);
  });
  it.each([
    { name: 'list_network_requests', description: 'List all requests for the selected page.', siblings: ['navigate_page'] },
    { name: 'list_console_messages', description: 'List the console messages for the target page.', siblings: ['goto_url'] },
  ])('open: $name', ({ siblings, ...example }) => {
    expect(openWorld(example, siblings)).toBe(true);
  });
  it.each([
    // No sibling sends the browser anywhere: whose pages these are is unknown.
    [{ name: 'browser_snapshot', description: 'Capture a snapshot of the current page.', parameters: SESSION }, ['browser_click']],
    // Documentation pages of one vendor are its own domain, even beside a navigating tool.
    [{ name: 'docs_search', description: 'Returns relevant documentation pages.' }, ['navigate_docs', 'navigate_to_definition']],
    [{ name: 'search_elements', description: 'Search for workspace elements.' }, ['get_workspace']],
  ] as const)('closed: %o', (example, siblings) => {
    expect(openWorld(example, siblings)).toBe(false);
  });
});

// 4. An import or a create that, by default, updates what already exists is an in-place update.
ruleFamily(
  'hint.updates-existing',
  [
    {
      name: 'create_contact_import',
      description: 'Bulk-import contacts from a CSV file.',
      parameters: {
        onConflict: {
          type: 'string',
          description:
            'How to handle contacts that already exist: "upsert" updates them, "skip" leaves them unchanged. Defaults to "upsert".',
          enum: ['upsert', 'skip'],
        },
      },
    },
    {
      name: 'import_rows',
      description: 'Imports rows from a CSV file into the table.',
      parameters: { on_duplicate: 'string: what to do with rows whose key exists. Defaults to "update".' },
    },
    { name: 'import_contacts', description: 'Imports contacts from a file. Existing contacts are updated (upsert).' },
    {
      name: 'create_project',
      description: 'Creates a project. If a project with that name already exists, existing projects will be replaced.',
    },
  ],
  [
    {
      name: 'create_contact_import',
      description: 'Bulk-import contacts from a CSV file.',
      parameters: { onConflict: 'string: "upsert" updates existing contacts, "skip" leaves them unchanged. Defaults to "skip".' },
    },
    {
      name: 'import_rows',
      description: 'Imports rows from a CSV file into the table.',
      parameters: { on_duplicate: 'string: what to do with rows whose key exists. Defaults to "skip".' },
    },
    { name: 'create_contact', description: 'Creates a contact.' },
    { name: 'get_import', description: 'Returns an import. Existing contacts are updated (upsert).' },
  ],
);
