/**
 * Word families behind the round-10 fixes of description rules, sensitivity and external content:
 * what a tool returns decides whether it is text others wrote (A-external-content) or sensitive (SENS),
 * a result saved to a named file writes files (GENERATE-writes-files), a cache read forgets nothing
 * (LOCAL-STATE-false), and a command picked from allowlisted reads reaches no interpreter (K-read-only-query).
 */
import { expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// A-external-content missed. Named web engines mean web results.
ruleFamily(
  'description.web-content',
  [
    {
      name: 'search_engine_batch',
      description: 'Run multiple search queries simultaneously. Returns JSON for Google, Markdown for Bing/Yandex.',
    },
    { name: 'web_lookup', description: 'Search DuckDuckGo for the query and return the top hits.' },
    { name: 'lookup', description: 'Runs the query through Bing and returns the ranked hits.' },
    { name: 'find_pages', description: 'Queries Yandex or Baidu for pages in the given region.' },
  ],
  [
    { name: 'list_files', description: 'Lists files in Google Drive.' },
    { name: 'create_event', description: 'Creates an event in Google Calendar.' },
    { name: 'get_campaigns', description: 'Gets the campaigns of a Google Ads account.' },
  ],
);

// Passages, full text or the body of papers, articles and posts are third-party text.
ruleFamily(
  'description.retrieved-documents',
  [
    { name: 'read_paper', description: 'Retrieve in-body passages from one paper that are relevant to a specific question.' },
    { name: 'get_article', description: 'Gets the full text of a news article by its id.' },
    { name: 'fetch_post', description: 'Returns the body of the blog post.' },
    { name: 'paper_excerpts', description: 'Returns excerpts from the preprints that match the query.' },
  ],
  [
    { name: 'get_paper', description: 'Gets the metadata of a paper: title, authors, year and DOI.' },
    { name: 'call_endpoint', description: 'Returns the body of the POST request that was sent.' },
    { name: 'count_articles', description: 'Counts the articles in a category.' },
  ],
);

// Case communications and correspondence are text people wrote.
ruleFamily(
  'description.returns-correspondence',
  [
    { name: 'describe_communications', description: 'Retrieve communications for a support case.' },
    { name: 'describe_cases', description: 'Retrieve support cases. You can include or exclude resolved cases and communications.' },
    { name: 'get_ticket', description: 'Gets a ticket with its ticket messages.' },
    { name: 'get_correspondence', description: 'Returns the correspondence with a customer.' },
  ],
  [
    { name: 'list_channels', description: 'Lists the communication channels configured for alerts.' },
    { name: 'get_settings', description: 'Gets the correspondence address of the account.' },
    { name: 'create_case', description: 'Creates a support case and sends communications to the support team.' },
  ],
);

// Query results take the class of what was queried; analysing a log group reads its events.
ruleFamily(
  'description.returns-logs',
  [
    { name: 'get_query_results', description: 'Get the results of a completed CloudTrail Lake query with pagination support.' },
    { name: 'fetch_results', description: 'Fetches the results from a Logs Insights query.' },
    { name: 'query_results', description: 'Returns audit log query results for the organisation.' },
    { name: 'analyze_log_group', description: 'Analyzes a CloudWatch log group for anomalies and message patterns.' },
  ],
  [
    { name: 'get_query_results', description: 'Get the results of a completed Athena query.' },
    { name: 'describe_log_groups', description: 'Lists log groups and their retention settings.' },
  ],
);

it('query results of a log query are read at medium, with the content pattern', () => {
  const verdict = exampleVerdict({
    name: 'get_query_results',
    description: 'Get the results of a completed CloudTrail Lake query with pagination support.',
  });
  expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'medium', 'rate_limit']);
});

// A-external-content false. Websites listed as the user's hosting records are inventory, not pages.
ruleFamily(
  'description.external-content',
  [
    { name: 'scrape', description: 'Scrape a website and return its text as markdown.' },
    { name: 'crawl', description: 'Crawl the entire website and return every page.' },
    { name: 'read_site', description: 'Returns the content of the website at the given address.' },
  ],
  [
    { name: 'list_websites', description: 'List the websites the user owns.' },
    { name: 'list_websites', description: 'Retrieve a paginated list of websites accessible to the authenticated client.' },
    { name: 'list_php_versions', description: 'Lists the PHP versions an Agency Plan website can be switched to.' },
    { name: 'list_cron_jobs', description: 'Returns a paginated list of cron jobs configured for an Agency Plan website.' },
  ],
);

// A log word before a setting head (group, stream, retention) is configuration, not log text.
ruleFamily(
  'name.external-content',
  [
    { name: 'get_log_events', description: 'Gets the log events.' },
    { name: 'tail_logs', description: 'Tails the logs.' },
    { name: 'get_build_log', description: 'Gets a build log.' },
  ],
  [
    { name: 'describe_log_streams', description: 'Describe CloudWatch Logs log streams.' },
    { name: 'describe_log_groups', description: 'Lists log groups.' },
    { name: 'get_log_retention', description: 'Gets the log retention of a group.' },
    { name: 'list_log_subscription_filters', description: 'Lists subscription filters.' },
  ],
);

// SENS-false. A health word before a job, version or store head is a record about work, unless the tool starts it.
ruleFamily(
  'name.health-data',
  [
    { name: 'get_patient_record', description: 'Gets one record.' },
    { name: 'search_fhir_resources', description: 'Searches resources.' },
    { name: 'start_fhir_export_job', description: 'Starts an export job.' },
  ],
  [
    { name: 'list_dicom_export_jobs', description: 'List DICOM export jobs for a data store.' },
    { name: 'list_fhir_jobs', description: 'List FHIR import/export jobs' },
    { name: 'get_dicom_import_job', description: 'Gets the status of an import job.' },
    { name: 'list_image_set_versions', description: 'Lists versions of an image set.' },
  ],
);

ruleFamily(
  'description.sensitive-data',
  [
    { name: 'search', description: 'Searches patient records.' },
    { name: 'get_metadata', description: 'Gets the DICOM metadata of a study, with patient fields.' },
  ],
  [
    { name: 'list_jobs', description: 'List DICOM export jobs for a data store.' },
    { name: 'list_stores', description: 'Lists the FHIR data stores of the account.' },
    { name: 'list_runs', description: 'Lists the genomic workflow runs.' },
  ],
);

// SENS-false. The opening verb comes from the first declarative sentence: not a bullet, a numbered step or a quoted question.
it('a quoted example question never gives the opening verb', () => {
  const verdict = exampleVerdict({
    name: 'audit_group_health',
    description:
      'HEALTH AUDIT TOOL - Detect anomalies and unhealthy services in a group.\n\nUse this tool when users ask:\n' +
      '- "Is the Payment application healthy?"\n- "Any anomalies in the Payment services?"',
    parameters: { group_name: 'string' },
  });
  expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'low', 'allow']);
});

ruleFamily(
  'description.opening-verb',
  [
    { name: 'audit_thing', description: 'HEALTH AUDIT TOOL - Detect anomalies in a group.' },
    { name: 'explain_thing', description: 'MANDATORY: Explain any data in clear, human-readable format.' },
  ],
  [
    { name: 'audit_thing', description: 'HEALTH AUDIT. Use this tool when users ask:\n- "Is the Payment application healthy?"' },
    { name: 'audit_thing', description: 'HEALTH AUDIT. "Delete all the stale entries?"' },
  ],
);

// SENS-missed. A secret said to be returned, passive or as a field name, is a credential read.
ruleFamily(
  'description.returns-credentials',
  [
    {
      name: 'list_notification_settings',
      description: 'Lists notification settings. The endpointSecretKey is returned for webhook signature verification.',
    },
    { name: 'get_webhook', description: 'Gets a webhook. Its signing_secret is included in the response.' },
    { name: 'get_integration', description: 'Gets an integration. The `clientSecret` is also returned.' },
    { name: 'get_user', description: 'Gets a user. The API key is shown once in the result.' },
  ],
  [
    {
      name: 'get_actor_task',
      description: 'Gets a task. Input fields the Actor declares as secret are returned as encrypted placeholders, never in plaintext.',
    },
    { name: 'list_items', description: 'Lists items. The next page token is returned when there are more results.' },
    { name: 'get_webhook', description: 'Gets a webhook. The signing secret is not returned.' },
  ],
);

// GENERATE-writes-files. A result appended, written or saved to a named file writes files, whatever the verb.
ruleFamily(
  'description.writes-files',
  [
    {
      name: 'compute_costs',
      description:
        'Calculate monthly costs from access patterns.\n\nArgs:\n    workspace_dir: the folder containing data_model.md - report will be appended',
    },
    { name: 'analyze_project', description: 'Analyzes the project. The findings will be written to report.json.' },
    { name: 'summarize', description: 'Summarizes the run; the summary is saved to the local file system.' },
  ],
  [
    { name: 'compute_costs', description: 'Calculate monthly costs from access patterns and return them.' },
    { name: 'save_record', description: 'The record will be saved to the database.' },
    { name: 'export_report', description: 'The report will be written to the S3 bucket.' },
  ],
);

// LOCAL-STATE-false. Only a removing or changing verb forgets local state; a CAS token read from a cache is a version stamp.
ruleFamily(
  'description.local-state',
  [
    { name: 'remove_account', description: 'Remove an account from the local token cache.' },
    { name: 'clear_logs', description: 'Clears captured console entries.' },
    { name: 'sign_out', description: 'Signs out and deletes cached credentials.' },
  ],
  [
    { name: 'cache_gets', description: 'Get a value and its CAS token from the cache.' },
    { name: 'get_session', description: 'Reads the session from the local cache.' },
    { name: 'list_tokens', description: 'Lists cached tokens.' },
  ],
);

// K-read-only-query. A command chosen from allowlisted read-only commands reads data; it reaches no interpreter that acts.
it('an allowlisted read-only command is data exfiltration, not command injection', () => {
  const tool = exampleTool({
    name: 'store_read',
    description: 'Execute a read-only store command.\n\nOnly allowlisted read-only commands are accepted.',
    parameters: { command: 'string: command name (e.g., "GET", "HGETALL")', args: 'array' },
  });
  const patterns = classifyTool(tool).patterns.map((p) => p.id);
  expect(patterns).toContain('data-exfiltration');
  expect(patterns).not.toContain('command-injection');
});

it('a command the tool runs as given still reaches an interpreter', () => {
  const tool = exampleTool({
    name: 'run_command',
    description: 'Execute a store command.',
    parameters: { command: 'string: the command to run' },
  });
  expect(classifyTool(tool).patterns.map((p) => p.id)).toContain('command-injection');
});

// What "will be appended" to a file adds to it, and replaces nothing: destructiveHint false.
ruleFamily(
  'description.additive-only',
  [
    { name: 'compute_costs', description: 'Calculates costs. The cost analysis will be appended to data_model.md.' },
    { name: 'log_result', description: 'Records the result; each entry is appended to the journal file.' },
  ],
  [
    { name: 'save_report', description: 'Saves the report to report.md, replacing the previous one.' },
    { name: 'write_notes', description: 'Text is appended or overwritten depending on the mode.' },
  ],
);
