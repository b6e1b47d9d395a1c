/**
 * Word families behind the round-16 description and name fixes (what comes back, and prose claims): logs handed back by a
 * diagnosis, a sensitive word naming a grouping or a provider, an e-mail that is a profile's address field, a denied
 * secret written as a field name, and "this only reads". Each is checked on several wordings an author would use, and on
 * close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// 1. A diagnosis that hands back the run's logs among other things returns log text, as the log-reading tools do.
ruleFamily(
  'description.returns-logs',
  [
    { name: 'diagnose_run_failure', description: 'Collects diagnostics for a failed run. Returns the failed tasks with their logs.' },
    { name: 'diagnose_job', description: 'Diagnoses a failed job. If detailed is true, includes all logs.' },
    { name: 'troubleshoot_build', description: 'Summarises a failed build, including the engine logs and the failure reason.' },
    { name: 'inspect_step', description: 'Shows one pipeline step with its logs and timings.' },
  ],
  [
    { name: 'describe_service', description: 'Describes the service with its logs configuration.' },
    { name: 'get_function', description: 'Gets the function, including logs settings and retention.' },
    { name: 'update_service', description: 'Updates the service with its logs enabled.' },
    { name: 'diagnose_run_failure', description: 'Collects the failure reason and recommendations for a failed run.' },
  ],
);

describe('a diagnosis that returns logs is a medium log read', () => {
  it.each([
    'Provides diagnostics for a failed workflow run. Returns: failedTasks: List of failed tasks with their logs.',
    'Explains why a run failed; includes all logs when detailed is true.',
  ])('%s', (description) => {
    const verdict = exampleVerdict({ name: 'DiagnoseRunFailure', description });
    expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'medium', 'rate_limit']);
  });
});

// 2. A people, mail or money word before a grouping, a kind or a provider names that thing: group names, field definitions
// and gateway names come back, not anyone's details or billing records. The phrase's own head decides.
describe('a sensitive word naming a grouping or a provider is no record', () => {
  it.each([
    ['list_contact_groups', 'Get a list of all contact groups.'],
    ['listContactGroupsV1', 'This endpoint returns a list of contact groups that can be used to organize contacts.'],
    ['list_customer_groups', 'Lists the customer groups of the store.'],
    ['list_contact_fields', 'Lists the custom contact fields of the account.'],
    ['list_payment_providers', "List a store's payment providers, connected and available to install."],
    ['list_payment_gateways', 'Lists the payment gateways available to the shop.'],
    ['listStorePaymentProvidersV1', 'Lists the payment providers of a store.'],
  ])('%s: %s', (name, description) => {
    const verdict = exampleVerdict({ name, description });
    expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'low', 'allow']);
  });
  it.each([
    ['list_contacts', 'Lists the contacts of the account.'],
    ['list_contact_group_members', 'Lists the contacts in a contact group.'],
    ['list_payments', 'Lists the payments of a store.'],
    ['list_customers', 'Lists the customers of the store.'],
  ])('stays sensitive: %s', (name, description) => {
    expect(exampleVerdict({ name, description }).risk).not.toBe('low');
  });
});

ruleFamily(
  'description.money-records',
  [
    { name: 'store_info', description: 'Lists the payments of a store.' },
    { name: 'store_info', description: 'Shows the billing history of the account.' },
  ],
  [
    { name: 'store_info', description: "List a store's payment providers and the gateways available to install." },
    { name: 'store_info', description: 'Lists the payment gateways configured for the shop.' },
    { name: 'store_info', description: 'Lists the payment types the shop accepts.' },
  ],
);

// 3. An e-mail listed after a person's other profile fields is the address field of a profile, not mail text.
ruleFamily(
  'description.external-content',
  [
    { name: 'inbox', description: 'Get the latest emails in the inbox.' },
    { name: 'search_mail', description: 'Search emails by subject and return their bodies.' },
    { name: 'get_thread', description: 'Get the emails of a thread.' },
  ],
  [
    {
      name: 'user-info',
      description: 'Get comprehensive user information including user ID, full name, email, timezone and user plan.',
    },
    { name: 'whoami', description: "Get the signed-in user's name and email." },
    { name: 'get_profile', description: 'Get the profile: username, email and avatar.' },
    { name: 'get_member', description: 'Get a member: display name, role, email.' },
  ],
);

// 4. A denied secret written as a field name ("client_secret") is read like the spaced form.
ruleFamily(
  'description.no-secret-returned',
  [
    {
      name: 'get_oauth2_provider',
      description: 'Get metadata for an OAuth2 credential provider. Does NOT return the client_secret value.',
    },
    { name: 'get_api_key_provider', description: 'Gets an API key provider. Never returns the api_key itself.' },
    { name: 'get_integration', description: 'Gets the integration. It does not include the access_token.' },
    { name: 'get_app', description: 'Gets the app. Does not return the client secret value.' },
  ],
  [
    { name: 'get_oauth2_provider', description: 'Get an OAuth2 credential provider, including the client_secret value.' },
    { name: 'get_api_key', description: 'Gets an API key.' },
  ],
);

describe('a denied client_secret leaves a plain read', () => {
  it('get_oauth2_provider', () => {
    const verdict = exampleVerdict({
      name: 'identity_get_oauth2_provider',
      description: 'Get metadata for an OAuth2 credential provider. Returns the provider ARN. Does NOT return the client_secret value.',
    });
    expect([verdict.category, verdict.risk]).toEqual(['Read', 'low']);
  });
});

// 5. "This only reads" is the author's read-only statement, as "read-only" is.
ruleFamily(
  'description.read-only-claim',
  [
    { name: 'secrets_query', description: 'Searches the detected secrets. Despite being a POST this only reads.' },
    { name: 'query_items', description: 'Queries items with a filter body. It only reads; the body carries the query.' },
    { name: 'search_records', description: 'Searches records. This endpoint just queries the index.' },
    { name: 'check_status', description: 'Retrieve the status of a crawl. This only reads job state and does not start the crawl.' },
  ],
  [
    { name: 'sync_items', description: 'Syncs items. It only reads and then deletes the source rows.' },
    { name: 'import_file', description: 'Imports a file. The parser reads only the first sheet.' },
    { name: 'query_items', description: 'Queries items with a filter body.' },
  ],
);
