/**
 * Word families behind the round-15 fixes of what the description and the name say comes back (a readiness flag
 * about payments, a snapshot of a disk, a page's network requests) and of prose read as a read-only claim: each fix is
 * checked on several wordings an author would use, not only the sampled one, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// SENS-false. A money noun that is the subject of a readiness flag ("whether payment methods are configured") is a yes
// or no about setup, not a money record; the money noun that the tool returns still counts.
ruleFamily(
  'description.money-records',
  [
    { name: 'get_store', description: 'Get a store’s payment history and its open invoices.' },
    { name: 'get_store', description: 'Returns the payments received by the store this month.' },
    { name: 'get_account', description: 'Returns the billing details of the account, and whether it is active.' },
    { name: 'check_order', description: 'Checks whether the order was refunded and returns its payment record.' },
  ],
  [
    {
      name: 'getStoreMetadata',
      description: 'Get a store’s readiness metadata: whether payment methods and shipping are configured, plus its default currency.',
    },
    { name: 'get_store_status', description: 'Returns whether payments are enabled for the store.' },
    { name: 'get_project_setup', description: 'Tells if billing is already set up for the project.' },
    { name: 'get_shop_readiness', description: 'Reports whether the shop’s payment provider is connected.' },
  ],
);

describe('a store’s readiness metadata is a low-risk read', () => {
  it('getStoreMetadataV1: whether payment methods and shipping are configured', () => {
    const v = exampleVerdict({
      name: 'ecommerce_getStoreMetadataV1',
      description: 'Get a store’s readiness metadata: whether payment methods and shipping are configured, plus its default currency.',
      annotations: { readOnlyHint: true },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
  });
});

// A-external-content-false / -missed. A snapshot is text others wrote only inside a browser or a page (or when it
// holds what a running program captured); a snapshot of a VM, a volume, a file share or a DNS zone is a stored copy.
// The network requests a page made (their URLs, headers and bodies) are the page's own text.
ruleFamily(
  'name.external-content',
  [
    { name: 'browser_snapshot', description: 'Capture an accessibility snapshot of the current page.' },
    { name: 'take_snapshot', description: 'Take a text snapshot of the target page based on the a11y tree.' },
    { name: 'get_snapshot', description: 'Returns a snapshot of the DOM of the open tab.' },
    { name: 'get_breakpoint_snapshot', description: 'Fetch one snapshot to inspect the structure of captured data.' },
    { name: 'browser_network_requests', description: 'Returns a summary of network requests made by the page.' },
    { name: 'list_network_requests', description: 'List all requests for the currently selected page since the last navigation.' },
    { name: 'get_network_request', description: 'Gets one network request by its id, with its response body.' },
  ],
  [
    { name: 'VPS_getSnapshotV1', description: 'Retrieve snapshot for a specified virtual machine.' },
    { name: 'volume-snapshot-get', description: 'Get a volume snapshot by its id.' },
    { name: 'nfs-snapshot-list', description: 'List the snapshots of an NFS share.' },
    { name: 'fileshares_fileshare_snapshot_get', description: 'Get details of a specific file share snapshot.' },
    { name: 'DNS_getDNSSnapshotListV1', description: 'Retrieve the DNS snapshots of a domain.' },
    { name: 'list_db_snapshots', description: 'Lists the snapshots of a database cluster.' },
    { name: 'list_access_requests', description: 'Lists the pending access requests of the project.' },
  ],
);

describe('a page’s network requests carry indirect prompt injection; a disk snapshot does not', () => {
  it('browser_network_requests', () => {
    const v = exampleVerdict({
      name: 'browser_network_requests',
      description: 'List recent network requests and their status. Returns a summary of network requests made by the page.',
    });
    expect(v.rules).toContain('name.external-content');
    expect(v.category).toBe('Read');
  });
  it('VPS_getSnapshotV1', () => {
    const v = exampleVerdict({
      name: 'VPS_getSnapshotV1',
      description: 'Retrieve snapshot for a specified virtual machine. Use this endpoint to view current VPS snapshot information.',
      annotations: { readOnlyHint: true },
    });
    expect(v.rules).not.toContain('name.external-content');
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
  });
});

// S-incidental-prose. "It does not create any test plan" on a create tool scopes what it creates; only "does not create
// anything", "any resources", "any data" or "does not create or modify" says the tool makes nothing.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'preview_deployment', description: 'Previews the deployment. It does not create anything.' },
    { name: 'plan_changes', description: 'Shows the planned changes; it does not create any resources.' },
    { name: 'dry_run', description: 'Validates the template. It does not create or modify resources.' },
    { name: 'get_test_run', description: 'Gets a test run. It does not modify the test plan configuration.' },
    { name: 'validate_config', description: 'Validates a configuration file and does not create any data.' },
  ],
  [
    {
      name: 'loadtesting_testresource_create',
      description:
        'Returns the created Load Testing resource. This creates the resource in Azure only. It does not create any test plan or test run.',
    },
    { name: 'create_project', description: 'Creates a project. It does not create a repository for it.' },
    { name: 'create_workspace', description: 'Creates the workspace only; it does not create the default members.' },
    { name: 'create_bucket', description: 'Creates a bucket. Note: this does not create an access policy.' },
  ],
);
