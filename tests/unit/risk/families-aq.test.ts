/**
 * Word families behind the round-13 fixes of what comes back: a money, people or mail word that only modifies a catalogue, a
 * count or a template; the buyers' details on a shop's orders; an attachment's content; "read-only" said of the object a
 * change leaves behind; a person a thing is made for; an e-mail used as a search key. Each is checked on several wordings an
 * author would use, and on close ones where it must stay quiet.
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

// SENS-false. A catalogue is the public offer, the same for every customer: a money word before it is no billing record.
ruleFamily(
  'verb.read-money-data',
  [
    { name: 'list_invoices', description: 'Lists the invoices of the account.' },
    { name: 'billing_get_subscription_list', description: 'Lists the subscriptions the account pays for.' },
    { name: 'get_billing_history', description: 'Gets the billing history of the account.' },
  ],
  [
    { name: 'billing_getCatalogItemListV1', description: 'Retrieve catalog items available for order.' },
    { name: 'get_billing_catalog', description: 'Gets the catalogue of services with their prices.' },
    { name: 'list_billing_catalogue_items', description: 'Lists the products available for purchase and their pricing.' },
  ],
);

// SENS-false. Counts, rates and delivery states of e-mail, or an e-mail template the account wrote: nobody's details.
ruleFamily(
  'verb.read-personal-data',
  [
    { name: 'get_customer', description: 'Gets a customer by id.' },
    { name: 'list_contacts', description: 'Lists the contacts of an audience.' },
    { name: 'get_email_addresses', description: 'Gets the e-mail addresses of a user.' },
  ],
  [
    { name: 'get-email-metrics', description: 'Retrieve account-level email delivery and engagement metrics for a date range.' },
    { name: 'get_email_stats', description: 'Gets sending statistics (sent, bounced, opened) per day.' },
    { name: 'get_customer_statistics', description: 'Returns the number of new customers per month.' },
    { name: 'get-template', description: 'Get an email template by ID. Returns the HTML content and variables.' },
    { name: 'list_email_templates', description: 'Get a list of the email templates in a profile.' },
  ],
);

ruleFamily(
  'name.external-content',
  [
    { name: 'read_email', description: 'Reads an e-mail.' },
    { name: 'get_message', description: 'Gets a message by id.' },
  ],
  [
    { name: 'get_email_metrics', description: 'Gets delivery counts per domain.' },
    { name: 'list_email_templates', description: 'Lists the saved templates.' },
    { name: 'get_message_statistics', description: 'Gets sent and received counts.' },
  ],
);

// A-external-content-false. An e-mail named as a search key or a breakdown, or the delivery of mail, is no mail text.
ruleFamily(
  'description.external-content',
  [
    { name: 'search', description: 'Search emails by sender and return them.' },
    { name: 'inbox', description: 'Returns the emails in the inbox.' },
    { name: 'find_mail', description: 'Find emails about an invoice and return their text.' },
  ],
  [
    { name: 'find-project-collaborators', description: 'Find users (collaborators, teammates) by name or email to look up their user ID.' },
    { name: 'find_member', description: 'Search members by email.' },
    { name: 'get_metrics', description: 'Retrieve sending metrics, optionally broken down by period, domain, email, or broadcast.' },
    { name: 'get_metrics', description: 'Retrieve account-level email delivery and engagement metrics.' },
    { name: 'get_report', description: 'Retrieve the email deliverability report for a domain.' },
  ],
);

// SENS-missed. A shop's order, shipment or fulfilment with its addresses or the buyer's contact details is personal data.
ruleFamily(
  'description.returns-buyer-details',
  [
    {
      name: 'ecommerce_retrieveAnOrderV1',
      description: 'Retrieve one order in full: line items, addresses, the totals breakdown and fulfilments with tracking.',
    },
    { name: 'get_shipment', description: 'Gets a shipment with its shipping address and tracking number.' },
    { name: 'get_order', description: "Returns the order with the customer's name, email and phone." },
    { name: 'list_orders', description: 'Lists orders with the buyer name and the billing address.' },
    { name: 'get_fulfillment', description: 'Gets a fulfillment with the origin and destination addresses.' },
  ],
  [
    { name: 'list_orders', description: 'Lists orders with their totals. Filter by status or customer email.' },
    { name: 'get_order', description: 'Gets an order with its line items and totals.' },
    { name: 'find_ip_addresses', description: 'Lists the IP addresses of a network.' },
    { name: 'search_places', description: 'Searches places and returns their postal address and opening hours.' },
    { name: 'create_order', description: 'Creates an order shipped to the given shipping address.' },
  ],
);

describe('a shop order with addresses is a read of personal data', () => {
  it('is Read/medium with data-exfiltration', () => {
    const example = {
      name: 'retrieve_order',
      description: 'Retrieve one order in full: line items, addresses and fulfilments with tracking.',
    };
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'medium', 'rate_limit']);
    expect(patternsOf(example)).toContain('data-exfiltration');
  });
});

// A-external-content-missed. An attachment's content is a file someone else uploaded: the agent reads it as input.
ruleFamily(
  'description.returns-attachment-content',
  [
    { name: 'describe_attachment', description: 'Retrieve an attachment by ID. Returns the file name and base64-encoded content.' },
    { name: 'get_ticket_file', description: 'Downloads the attached file of a ticket comment.' },
    { name: 'fetch_mail_part', description: 'Fetches the content of an attachment of a message.' },
    { name: 'view_attachment', description: 'Get the attachment of a task comment and return its text.' },
  ],
  [
    { name: 'list_attachments', description: 'Lists the attachments of an issue with their names and sizes.' },
    { name: 'get_cwan_attachment', description: 'Get a Cloud WAN attachment. Call again to retrieve additional attachments.' },
    { name: 'get_tgw', description: 'Gets the transit gateway and its VPC attachments.' },
    { name: 'get_attachment_ids', description: 'Get attachment IDs of a case.' },
    { name: 'upload_attachment', description: 'Uploads an attachment to a record.' },
  ],
);

describe('a support-case attachment is external content', () => {
  it('gets indirect-prompt-injection', () => {
    expect(patternsOf({ name: 'describe_attachment', description: 'Retrieve an attachment by ID.' })).toContain(
      'indirect-prompt-injection',
    );
  });
});

// S-incidental-prose. "read-only" said of the object a change leaves behind is no claim that the tool only reads.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'query', description: 'Runs a read-only SQL query.' },
    { name: 'inspect', description: 'This tool is read-only. It inspects the cluster.' },
    { name: 'inspect', description: 'Inspects the cluster. Read-only.' },
  ],
  [
    {
      name: 'updateComponent',
      description: 'Changes the status of a component: archive it, making the component read-only while keeping its versions.',
    },
    { name: 'lock_table', description: 'Sets the table to read-only until it is unlocked.' },
    { name: 'archive_project', description: 'Archives a project. Archived projects are archived and read-only.' },
    { name: 'freeze_repo', description: 'Marks the repository as read-only for every member.' },
    { name: 'update_volume', description: 'Updates a volume; turns the mount read-only when asked.' },
  ],
);

// ACCESS-false. A person after "for" is who the thing is made for: creating a calendar for a user grants no access.
describe('a thing made for a user is no access change', () => {
  it.each([
    'Create a new calendar for a user.',
    'Create a new folder for the current user.',
    'Creates a notebook for each member of the team.',
  ])('%s', (description) => {
    const patterns = patternsOf({ name: 'create_item', description });
    expect(patterns).not.toContain('confused-deputy');
    expect(patterns).not.toContain('excessive-agency');
  });
  it.each(['Grant a role to a user.', 'Add a user to the admins group.'])('still an access change: %s', (description) => {
    expect(patternsOf({ name: 'assign', description })).toContain('confused-deputy');
  });
});
