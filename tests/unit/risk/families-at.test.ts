/**
 * Word families behind round-14 description classes about what comes back: real-user monitoring
 * data, an author's own "treat the output as sensitive", files of public datasets, a money word that
 * is only the topic of instructions, and snapshots taken at an instrumentation point. Each fix is
 * checked on several wordings an author would use and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// SENS-missed: the author marks the output sensitive or confidential.
ruleFamily(
  'description.marked-sensitive',
  [
    { name: 'list_preferences', description: 'Lists portal preferences. NOTE: treat the output as sensitive.' },
    { name: 'get_contract', description: 'Gets a contract. Treat all returned records as confidential.' },
    { name: 'export_report', description: 'Exports the report. The results are confidential.' },
    { name: 'get_account', description: 'Gets the account. The response contains sensitive business information.' },
    { name: 'list_payees', description: 'Lists the payees. Handle the output with care.' },
  ],
  [
    { name: 'list_preferences', description: 'Lists portal preferences. The shared secret is omitted from the output.' },
    { name: 'get_account', description: 'Gets the account. The response does not contain sensitive information.' },
    { name: 'get_settings', description: 'Gets the settings. Settings may contain sensitive information.' },
    { name: 'detect_pii', description: 'Checks whether a text is sensitive.' },
  ],
);

// SENS-false: a money noun that is only the topic of instructions or a guide.
ruleFamily(
  'description.money-records',
  [
    { name: 'list_records', description: 'Lists the payments of the store.' },
    { name: 'get_document', description: 'Retrieve an invoice and its line items.' },
    { name: 'sync_status', description: 'Returns the sync status of your catalog, orders and payments.' },
  ],
  [
    {
      name: 'get_setup_instructions',
      description: 'Retrieve step-by-step setup instructions for keeping your catalog, orders, shipping and payments in sync.',
    },
    { name: 'get_guide', description: 'Get the guide on how to accept payments with the API.' },
    { name: 'get_docs', description: 'Returns documentation about refunds and invoices endpoints.' },
  ],
);

ruleFamily(
  'description.guidance',
  [
    { name: 'get_instructions', description: 'Retrieve step-by-step setup instructions, formatted as Markdown.' },
    { name: 'guide', description: 'Fetches best practices for tagging resources.' },
  ],
  [{ name: 'get_orders', description: 'Retrieve the orders of the store.' }],
);

describe('a money word that is the topic of setup instructions', () => {
  it('is a Read/low allow', () => {
    const v = exampleVerdict({
      name: 'ecommerce_getSetupInstructions',
      description:
        'Retrieve step-by-step setup instructions, formatted as Markdown, for connecting a custom sales channel to your store ' +
        'and keeping your catalog, orders, shipping and payments in sync through the Ecommerce API.',
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
  });
});

// A-external-content / SENS-missed: real-user monitoring data.
const realUserFires = [
  { name: 'query_rum_events', description: 'CloudWatch RUM – monitor real user experience across web and mobile apps.' },
  { name: 'get_sessions', description: 'Returns RUM sessions and page views for the app.' },
  { name: 'list_replays', description: 'List the session replays recorded for the site.' },
  { name: 'get_errors', description: 'Gets the JavaScript errors of your users in the last hour.' },
  { name: 'query_events', description: 'Query real-user monitoring (RUM) data for a time range.' },
];
const realUserQuiet = [
  { name: 'get_app_monitor', description: 'Get the settings of a real user monitoring app monitor.' },
  { name: 'list_monitors', description: 'Lists the app monitors of the account.' },
  { name: 'create_app_monitor', description: 'Creates a real user monitoring app monitor for a domain.' },
  { name: 'list_sessions', description: 'Lists the Azure Virtual Desktop sessions of a host pool.' },
];
ruleFamily('description.real-user-data', realUserFires, realUserQuiet);
ruleFamily('description.real-user-data-text', realUserFires, realUserQuiet);

describe('a free query over real-user monitoring events', () => {
  it('is a Read/medium rate_limit', () => {
    const v = exampleVerdict({
      name: 'query_rum_events',
      description:
        'CloudWatch RUM – monitor real user experience across web and mobile apps. Use the action parameter to select ' +
        'an operation. All responses are read-only. Logs Insights is the query engine; the server does not write any data.',
      parameters: { action: 'string', app_monitor_name: 'string', query_string: 'string' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'medium', 'rate_limit']);
  });
});

ruleFamily(
  'description.returns-logs',
  [
    { name: 'search_records', description: 'This helper builds a Logs Insights query around the event time.' },
    { name: 'query', description: 'Runs the query. Logs Insights is the query engine.' },
  ],
  [{ name: 'put_query_definition', description: 'Saves a query definition for later.' }],
);

// A-external-content-missed: the contents of a file of a public dataset.
ruleFamily(
  'description.public-dataset-file',
  [
    { name: 'sample_dataset', description: "Read a sample of a specific file from a public dataset's S3 bucket." },
    { name: 'get_object', description: 'Downloads an object from a public S3 bucket and returns its text.' },
    { name: 'peek', description: 'Returns the first 20 lines of a file in an open data registry.' },
    { name: 'read_file', description: 'Returns the contents of a file from a third-party dataset.' },
  ],
  [
    { name: 'preview_dataset', description: "List the file keys and sizes of a public dataset's S3 bucket." },
    { name: 'read_file', description: 'Reads a file from your private bucket.' },
    { name: 'upload_file', description: 'Uploads a file to a public bucket.' },
  ],
);

describe('a public dataset file', () => {
  it('is external content in an open world', () => {
    const tool = {
      name: 'sample_dataset',
      description: "Read a sample of a specific file from a public dataset's S3 bucket. Downloads raw bytes using anonymous access.",
    };
    const v = exampleVerdict(tool);
    expect([v.category, v.risk]).toEqual(['Read', 'low']);
    expect(v.rules).toContain('description.public-dataset-file');
    expect(classifyTool(exampleTool(tool)).suggestedAnnotations.openWorldHint).toBe(true);
  });
});

// SENS-missed: snapshots taken at an instrumentation point carry live request values.
ruleFamily(
  'description.returns-runtime-capture',
  [
    { name: 'search_snapshots', description: 'Search CloudWatch Logs snapshots near a known instrumentation status timestamp.' },
    { name: 'get_snapshot', description: 'Returns the snapshot captured by the instrumentation at that line.' },
  ],
  [
    { name: 'get_snapshot', description: 'Fetch one EBS volume snapshot by id.' },
    { name: 'list_snapshots', description: 'List the RDS snapshots of the cluster.' },
  ],
);
