/**
 * Word families behind the round-9 parameter fixes: a boolean option's careful value read from its own words, an
 * output that takes a file path or an S3 address, a value that switches a check off, addresses that only identify,
 * access lists that must not open to the whole internet, and query languages that cannot write.
 */
import { describe, expect, it } from 'vitest';
import { keepingValue } from '../../../src/risk/rules/parameters.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// OPTION-polarity. The value pinned on a boolean option is the one that keeps data and checks in place, read from its
// description when it ties the deletion to one value, else from its name.
describe('keepingValue', () => {
  it.each([
    ['delete_catalog_only', 'Whether to delete only the Athena Data Catalog (true) or also its resources (false).'],
    ['purge', 'If true, only the index entry is removed; if false, the documents are deleted as well.'],
    ['cascade', 'Delete just the record (true) or the record and everything under it (false).'],
    ['keep_files', ''],
    ['retain_on_delete', ''],
    ['deleteProtection', ''],
    ['skip_delete', ''],
    ['remove_only_if_empty', ''],
    ['verify_ssl', ''],
    ['requireAuth', ''],
    ['tls', 'Set to false to skip TLS certificate verification.'],
  ])('true for %s', (name, described) => expect(keepingValue(name, described)).toBe(true));
  it.each([
    ['force', ''],
    ['remove_source_branch', ''],
    ['delete_volumes', 'If true, the attached volumes are deleted too.'],
    ['dropTarget', 'Drop the target table before loading (true) or append to it (false).'],
    ['skip_checks', ''],
    ['skip_final_snapshot', ''],
    ['delete_all', 'When set to true, deletes every version; when false, keeps older versions.'],
  ])('false for %s', (name, described) => expect(keepingValue(name, described)).toBe(false));
});

describe('boolean pins follow the option’s polarity', () => {
  it('pins an only-option true on a deleting tool', () => {
    const v = exampleVerdict({
      name: 'manage_catalogs',
      description: 'Manage data catalogs.',
      parameters: {
        operation: { type: 'string', enum: ['list-catalogs', 'get-catalog', 'delete-catalog'] },
        delete_catalog_only: 'boolean: whether to delete only the catalog (true) or also its resources (false)',
      },
    });
    expect(v.arguments?.['delete_catalog_only']).toEqual({ kind: 'oneOf', values: [true] });
  });
  it('still pins a plain destructive switch false', () => {
    const v = exampleVerdict({
      name: 'update_stack',
      description: 'Updates a stack.',
      parameters: { delete_old_versions: 'boolean: delete the old versions' },
    });
    expect(v.arguments?.['delete_old_versions']).toEqual({ kind: 'oneOf', values: [false] });
  });
});

// DELIVERY. An output named so that takes an S3 address, alone or beside a local file path, sends the results to any
// bucket the agent names.
ruleFamily(
  'parameter.output-file-or-bucket',
  [
    {
      name: 'package_workflow',
      description: 'Package workflow definition files into a ZIP.',
      parameters: { output_path: 'string: optional file path or S3 URI (s3://bucket/key) where the ZIP output will be written' },
    },
    {
      name: 'write_report',
      description: 'Writes the report.',
      parameters: { destination: 'string: local file path or S3 location to write the report to' },
    },
    // (An output that takes only an S3 address, "S3 prefix where converted files are saved", is parameter.output-bucket: families-bb.)
    {
      name: 'save_results',
      description: 'Saves results.',
      parameters: { save_to: 'string: a path, or s3://bucket/key, to save the results to' },
    },
  ],
  [
    {
      name: 'package_workflow',
      description: 'Package workflow definition files into a ZIP.',
      parameters: { input_path: 'string: file path or S3 URI of the workflow to package' },
    },
    {
      name: 'get_export',
      description: 'Gets an export.',
      parameters: { output_path: 'string: file path or S3 URI of the export' },
    },
    {
      name: 'export_report',
      description: 'Exports the report.',
      parameters: { destination: 'string: local file path to write the report to' },
    },
  ],
);

// DELIVERY. A value named in the description as switching a check off is a safety switch, whatever the argument's name.
ruleFamily(
  'parameter.check-off-value',
  [
    {
      name: 'package_workflow',
      parameters: { expected_bucket_owner: 'string: account that must own the bucket. Set to None to skip bucket owner verification.' },
    },
    { name: 'upload_object', parameters: { checksum: 'string: expected checksum; leave empty to skip checksum validation' } },
    { name: 'deploy_site', parameters: { ca_bundle: 'string: CA bundle path. Set it to "false" to disable TLS certificate checks.' } },
    { name: 'create_webhook', parameters: { signing_mode: 'string: how deliveries are signed; pass null to skip signature verification' } },
  ],
  [
    { name: 'package_workflow', parameters: { expected_bucket_owner: 'string: account that must own the bucket' } },
    { name: 'get_object', parameters: { checksum: 'string: leave empty to skip checksum validation' } },
    { name: 'create_job', parameters: { retries: 'string: set to 0 to disable retries' } },
  ],
);

// O. An address that names a cloud resource (a Key Vault key, a container image whose existence a check looks up), or a URL
// the tool only matches or looks things up by, is an identifier: no network target. An address the tool calls stays one.
ruleFamily(
  'parameter.network-target',
  [
    { name: 'connect', parameters: { endpoint: 'string: the server endpoint' } },
    { name: 'create_file_system', parameters: { proxy_url: 'string: the proxy the service connects through' } },
    {
      name: 'find_providers',
      description: 'Browse data providers. Use urls to find providers for a website.',
      parameters: { urls: 'array' },
    },
    { name: 'check_endpoint', parameters: { endpoint: 'string: the endpoint to check' } },
    // (A repository the tool searches in is reached, not looked up by.)
    {
      name: 'search_repository',
      description: 'Search code in a repository.',
      parameters: { url: 'string: GitHub repository URL to search' },
    },
  ],
  [
    {
      name: 'create_file_system',
      parameters: { key_url: 'string: Full Key Vault key URL. Format: https://{vault}.vault.azure.net/keys/{key}/{version}' },
    },
    { name: 'create_volume', parameters: { encryption_key_uri: 'string: the KMS key URI used to encrypt the volume' } },
    { name: 'validate_prerequisites', parameters: { image_uri: 'string: Full ECR image URI with tag (e.g. 1234.dkr.ecr.aws/app:1)' } },
    { name: 'describe_image', parameters: { image_url: 'string: the container image reference to describe' } },
    {
      name: 'find_providers',
      description: 'Browse data providers. Use urls to find providers for a website. Discovery does not execute providers.',
      parameters: { urls: 'array' },
    },
    { name: 'get_stories_by_link', description: 'Find stories containing a link.', parameters: { link: 'string: URL to search for' } },
    { name: 'list_bookmarks', parameters: { url: 'string: filter bookmarks by URL' } },
  ],
);

// K. SOQL and SOSL cannot write; a query the tool's own description says is read-only, with no writing mode beside it, is
// read as such. A description that offers a read-write mode, DML or DDL keeps the statement's power.
ruleFamily(
  'parameter.read-only-query',
  [
    {
      name: 'run_soql_query',
      description: 'Run a SOQL query against a Salesforce org.',
      parameters: { query: 'string: SOQL query to run' },
    },
    { name: 'search_records', description: 'Run a SOSL search.', parameters: { query: 'string: the SOSL query to execute' } },
    {
      name: 'query_database',
      description: 'Execute SQL queries against S3 Tables. This tool provides a secure interface to run read-only SQL queries.',
      parameters: { query: 'string' },
    },
    {
      name: 'run_query',
      description: 'Runs SQL against the warehouse. Queries are read-only.',
      parameters: { sql: 'string: the SQL to run' },
    },
    {
      name: 'execute_query',
      description: 'Execute a query on the replica. Only SELECT queries are accepted.',
      parameters: { query: 'string: the SQL statement' },
    },
  ],
  [
    { name: 'run_query', description: 'Run a SQL query against the database.', parameters: { sql: 'string: the SQL to run' } },
    {
      name: 'transact',
      description: 'Execute SQL statements in a transaction. In read-only mode, only read-only queries run. Read-write mode supports DML.',
      parameters: { statements: 'array: the SQL statements' },
    },
    {
      name: 'run_query',
      description: 'Run SQL against the database. Use a non-read-only query to change data.',
      parameters: { sql: 'string: the SQL to run' },
    },
  ],
);

// ACCESS. A source address, range or CIDR block stored by a tool that lets addresses in decides who reaches the system; the
// rule refuses the open ranges and the wildcards the description names, where the argument is text.
ruleFamily(
  'parameter.access-source',
  [
    { name: 'create_access_list', parameters: { cidr_block: 'string: CIDR block to allow access from' } },
    { name: 'add_ip_allowlist_entry', parameters: { ip: 'string: the IP address or CIDR range to allowlist' } },
    { name: 'create_firewall_rule', parameters: { source_detail: 'string: IP range, CIDR, single IP or `any`' } },
    { name: 'create_remote_connection', parameters: { ip: 'string: Remote host to allow: an IPv4/IPv6 address, or "%" for any host.' } },
    { name: 'authorize_ingress', parameters: { cidr_ip: 'string: the IPv4 CIDR range for inbound traffic' } },
    { name: 'create_access_list', parameters: { ipAddresses: 'array: IP addresses to allow access from' } },
  ],
  [
    { name: 'create_vpc', parameters: { cidr_block: 'string: the CIDR block of the VPC' } },
    { name: 'create_domain', parameters: { ip_address: 'string: IP address for the domain' } },
    { name: 'delete_remote_connection', parameters: { ip: 'string: Remote host to revoke: an IPv4/IPv6 address, or "%".' } },
    { name: 'list_firewall_rules', parameters: { source_ip: 'string: filter rules that allow this IP address' } },
    { name: 'create_route', parameters: { destination_cidr_block: 'string: the destination CIDR of the route' } },
  ],
);

describe('access-source conditions', () => {
  it('refuses the open CIDR ranges and the named wildcard on a text argument', () => {
    const v = exampleVerdict({
      name: 'create_firewall_rule',
      description: 'Creates an inbound firewall rule.',
      parameters: { source: 'string: source CIDR range, or "any"' },
    });
    expect(v.arguments?.['source']).toEqual({ kind: 'notOneOf', values: ['0.0.0.0/0', '::/0', 'any', 'ANY'] });
  });
  it('refuses the wildcard a single-host argument names', () => {
    const v = exampleVerdict({
      name: 'create_remote_connection',
      parameters: { ip: 'string: Remote host to allow: an IPv4/IPv6 address, or "%" for any host.' },
    });
    expect(v.arguments?.['ip']).toEqual({ kind: 'notOneOf', values: ['%'] });
  });
  it('puts no check on a list, which a deny-list cannot reach', () => {
    const v = exampleVerdict({ name: 'create_access_list', parameters: { cidrBlocks: 'array: CIDR blocks to allow access from' } });
    expect(v.arguments?.['cidrBlocks']).toBeUndefined();
  });
});
