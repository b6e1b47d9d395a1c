/**
 * Word families behind the round-11 fixes of parameter rules and operations: reveal switches pinned to the value that
 * hides, export destinations set by an object, filter values that only look like addresses, operation enums that do
 * more than the name's verb, and health records named by a parameter. Each is checked on several wordings an author
 * would use, and on close ones where it must stay quiet.
 */
import { expect, it } from 'vitest';
import { hidingValue } from '../../../src/risk/rules/parameters.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// REVEAL-switch-unpinned. A switch that returns masked or encrypted data in clear is pinned to its hiding value.
ruleFamily(
  'parameter.reveals-sensitive',
  [
    { name: 'get_log_events', parameters: { unmask: 'boolean: if true, unmask sensitive log data' } },
    { name: 'get_parameter', parameters: { with_decryption: 'boolean: decrypt SecureString values' } },
    { name: 'getBrowserStorage', parameters: { includeValues: 'boolean: return the actual values; these are credentials' } },
    { name: 'list_env_vars', parameters: { show_values: 'boolean' } },
    { name: 'list_settings', parameters: { include_values: 'boolean: include values, which may contain secrets' } },
  ],
  [
    { name: 'list_settings', parameters: { include_values: 'boolean: include the values of each chart setting' } },
    { name: 'get_log_events', parameters: { start_from_head: 'boolean' } },
    { name: 'create_secret', parameters: { include_values: 'boolean: secrets' } },
  ],
);

it('a reveal switch is checked to its hiding value', () => {
  const verdict = exampleVerdict({
    name: 'get_log_events',
    description: 'Get log events from CloudWatch Logs.',
    parameters: { log_group: 'string', unmask: 'boolean: If true, unmask sensitive log data' },
  });
  expect([verdict.action, verdict.arguments?.unmask]).toEqual(['rate_limit', { kind: 'oneOf', values: [false] }]);
});

it.each([
  ['If true, unmask sensitive log data', false],
  ['', false],
  ['Set to true to keep secret values masked; false returns them in clear', true],
  ['When false, values are shown in plain text', true],
  ['Return decrypted values (true) or encrypted ones (false)', false],
])('the hiding value of a reveal switch described "%s" is %s', (described, expected) => {
  expect(hidingValue(described)).toBe(expected);
});

// DELIVERY export destination object. Where an export writes, set by an object no prefix check reaches.
ruleFamily(
  'parameter.export-destination-object',
  [
    { name: 'start_fhir_export_job', parameters: { output_data_config: 'object: output data configuration' } },
    { name: 'create_export_task', parameters: { destination_config: 'object' } },
    { name: 'create_backup_plan', parameters: { target_location: 'object: where the backup is written' } },
    { name: 'copy_snapshot', parameters: { destination_configuration: 'object' } },
  ],
  [
    { name: 'start_fhir_import_job', parameters: { input_data_config: 'object: input data configuration' } },
    { name: 'start_fhir_export_job', parameters: { output_data_config: 'string: S3 URI' } },
    { name: 'create_report', parameters: { output_config: 'object: the format of the report' } },
    { name: 'describe_export_job', parameters: { job_id: 'string' } },
  ],
);

it('an export of health records to a destination object waits for a person', () => {
  const verdict = exampleVerdict({
    name: 'start_fhir_export_job',
    description: 'Start a FHIR export job to export data from HealthLake',
    parameters: { datastore_id: 'string', output_data_config: 'object: Output data configuration', data_access_role_arn: 'string' },
  });
  expect(verdict.action).toBe('require_approval');
});

it('an export of build artefacts to a destination object keeps its rate limit', () => {
  const verdict = exampleVerdict({
    name: 'start_export_job',
    description: 'Start a job that exports the build artefacts.',
    parameters: { output_data_config: 'object: Output data configuration' },
  });
  expect(verdict.action).not.toBe('require_approval');
});

// O-filter value. An address word on a filter or a bare route is not a network target.
ruleFamily(
  'parameter.network-target',
  [
    { name: 'connect', parameters: { endpoint: 'string: the server endpoint' } },
    { name: 'configure_client', parameters: { base_url: 'string: the API base URL, e.g. https://api.example.com' } },
    { name: 'set_proxy', parameters: { proxy_url: 'string: proxy address' } },
  ],
  [
    {
      name: 'get_recent_incidents',
      parameters: { endpoint: 'string: Filter by operation substring (e.g., "/api/users"). Uses contains match.' },
    },
    { name: 'list_requests', parameters: { url: 'string: only requests matching this substring' } },
    { name: 'list_traces', parameters: { endpoint: 'string: filter traces by endpoint' } },
    { name: 'create_batch_job', parameters: { endpoint: "string: target path (e.g. '/v1/chat/completions')" } },
    { name: 'search_logs', parameters: { path: 'string: prefix match on the request path' } },
  ],
);

// J-operation-enum-ignored. An action enum whose values do more than the name's verb raises the verdict.
it.each([
  ['review_pull_request', ['approve', 'decline', 'merge', 'unapprove']],
  ['handle_merge_request', ['approve', 'merge', 'close']],
  ['inspect_document', ['view', 'publish', 'share']],
])('%s with an action enum is judged by its worst value', (name, values) => {
  const verdict = exampleVerdict({
    name,
    description: 'Performs an action on it.',
    parameters: { id: 'string', action: { type: 'string', enum: values } },
  });
  expect(verdict.rules).toContain('operation.value');
  expect(verdict.category).not.toBe('Read');
});

it.each([
  ['git_rebase', ['start', 'continue', 'abort', 'skip']],
  ['query_database', ['runQuery', 'describeInstance', 'getInstanceInfo']],
  ['get_report', ['get', 'list']],
])('%s: an enum of runs, lesser removals or reads of the same rank adds no operation', (name, values) => {
  const verdict = exampleVerdict({
    name,
    description: 'Does its work.',
    parameters: { action: { type: 'string', enum: values } },
  });
  expect(verdict.rules).not.toContain('operation.value');
});

// SENS-missed. A parameter that names a health record makes the tool's data health information.
ruleFamily(
  'parameter.health-record',
  [
    { name: 'get_primary_items', parameters: { study_instance_uid: 'string: DICOM Study Instance UID' } },
    { name: 'get_observations', parameters: { patient_id: 'string: the patient' } },
    { name: 'read_resource', parameters: { resource_type: 'string: the FHIR resource type' } },
    { name: 'describe_item', parameters: { item_uid: 'string: DICOM series identifier' } },
  ],
  [
    { name: 'search_datasets', parameters: { tag: 'string: a tag such as genomics' } },
    { name: 'get_study', parameters: { study_id: 'string: ID of the study' } },
    { name: 'search_patients', parameters: { patient_id: 'string' } },
  ],
);

it('a read of image sets named by a DICOM study is health data at medium risk', () => {
  const verdict = exampleVerdict({
    name: 'get_study_primary_image_sets',
    description: 'Get primary image sets for a specific study.',
    parameters: { datastore_id: 'string: ID of the datastore', study_instance_uid: 'string: DICOM Study Instance UID' },
  });
  expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'medium', 'rate_limit']);
});
