/**
 * Word families behind the round-11 fixes of verbs, names and verdict steps: a tool that only informs outweighs
 * the author's readOnlyHint: false, the first verb of a hyphenated name is its verb, findings sent back to the
 * tool's own session are a submission, and the records of medical imaging are health data in a health domain.
 * Each fix is checked on several wordings an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const CHANGES = { readOnlyHint: false } as const;

// READ-AS-WRITE. A tool that only gives feedback or guidance, whose arguments name no place to keep anything, reads,
// whatever the author's readOnlyHint: false says.
ruleFamily(
  'description.only-informs',
  [
    {
      name: 'review_lwc_jest_tests',
      description:
        'This is a sub tool of the testing workflow. It should only be used as part of the workflow. Reviews test coverage. ' +
        'Only provides feedback and recommendations, never generates or rewrites test code.',
    },
    { name: 'check_style', description: 'Checks the code style. The tool only returns suggestions; it never modifies any file.' },
    { name: 'assess_plan', description: 'Assesses a migration plan and only gives advice.' },
    { name: 'review_prompt', description: 'Reviews a prompt. It never edits or rewrites anything.' },
  ],
  [
    { name: 'fix_tests', description: 'Rewrites failing tests and provides feedback.' },
    { name: 'format_code', description: 'Formats the code. It never modifies the original file; the result goes to a new file.' },
    { name: 'review_pr', description: 'Posts review comments on a pull request.' },
  ],
);

ruleFamily(
  'description.guidance',
  [
    { name: 'platform_getguidance', description: 'Get how-to guidance for modifying or customizing an existing landing zone.' },
    { name: 'kb_help', description: 'Gets step-by-step instructions for configuring single sign-on.' },
  ],
  [{ name: 'apply_settings', description: 'Applies the settings to the landing zone.' }],
);

describe('a tool that only informs outweighs readOnlyHint: false', () => {
  const informs: ToolExample[] = [
    {
      name: 'review_lwc_jest_tests',
      description:
        'Reviews test coverage and implementation. Only provides feedback and recommendations, never generates or rewrites test code.',
      parameters: { componentName: 'string: Name of the component', files: 'string: component files and their content' },
      annotations: CHANGES,
    },
    {
      name: 'platformlandingzone_getguidance',
      description: 'Get how-to guidance for modifying, configuring, or customizing an existing Platform Landing Zone.',
      parameters: { scenario: 'string: the scenario key', 'policy-name': 'string: a policy to look up' },
      annotations: { readOnlyHint: false, destructiveHint: true },
    },
    {
      name: 'check_accessibility',
      description: 'Checks the markup for accessibility issues. Only returns recommendations; it never modifies any file.',
      parameters: { html: 'string: the markup to check' },
      annotations: CHANGES,
    },
  ];
  it.each(informs.map((t) => [t.name, t] as const))('%s reads', (_, t) => {
    const verdict = exampleVerdict(t);
    expect([verdict.category, verdict.risk, verdict.action, verdict.ro]).toEqual(['Read', 'low', 'allow', true]);
  });

  const acts: ToolExample[] = [
    // An argument that names where something is kept: the author's flag may be right.
    {
      name: 'review_pull_request',
      description: 'Reviews the pull request. Only provides feedback and recommendations.',
      parameters: { repo: 'string: the repository', pull_number: 'number' },
      annotations: CHANGES,
    },
    // Guidance, and a name verb that changes something.
    {
      name: 'configure_landing_zone',
      description: 'Provides guidance for the landing zone and applies the recommended settings.',
      parameters: { scenario: 'string' },
      annotations: CHANGES,
    },
  ];
  it.each(acts.map((t) => [t.name, t] as const))('%s keeps the author’s flag', (_, t) => {
    expect(exampleVerdict(t).ro).toBe(false);
  });
});

// Name parsing. "share-email" shares an email; "email" names the message it acts on.
describe('the verb of a name before a message noun', () => {
  it.each([
    ['share-email', 'Create a shareable link for a sent or received email.'],
    ['share_email', 'Create a shareable link for an email so anyone with the link can view it.'],
    ['forward-email', 'Forward an email.'],
  ])('%s is not read as "emails"', (name, description) => {
    const verdict = exampleVerdict({ name, description });
    expect(verdict.rules).toContain('name.verb');
    expect(verdict.category).toBe('Write');
  });
  it('share-email asks for approval', () => {
    const verdict = exampleVerdict({ name: 'share-email', description: 'Create a shareable link for a sent or received email.' });
    expect([verdict.risk, verdict.action]).toEqual(['high', 'require_approval']);
  });
  it('email_user still emails', () => {
    const verdict = exampleVerdict({ name: 'email_user', description: 'Emails a user.', parameters: { to: 'string: recipient address' } });
    expect(verdict.category).toBe('Write');
    expect(verdict.rules).toContain('name.verb');
  });
});

// SEND to own session. Findings, results or an analysis handed back with no recipient are a submission.
ruleFamily(
  'verb.send-data',
  [
    { name: 'send-brownfield-analysis', description: 'Send brownfield code analysis findings after orchestrator-start returned status.' },
    { name: 'send_findings', description: 'Send the analysis findings back to the orchestrator session.' },
    { name: 'submit_and_send_results', description: 'Send the test results for this session.' },
    { name: 'send_metric_data', description: 'Send metric values to the monitoring service for ingestion.' },
  ],
  [
    { name: 'send_report', description: 'Send a report to the team.' },
    { name: 'send_analysis_email', description: 'Send the analysis email to a colleague.' },
    { name: 'send_results_to_user', description: 'Send the results to the user by email.' },
    { name: 'send_message', description: 'Send a message to a channel.' },
  ],
);

it('send-brownfield-analysis has no outbound message nor data-exfiltration', () => {
  const c = classifyTool(
    exampleTool({
      name: 'monitor_instrumentation_send-brownfield-analysis',
      description: 'Send brownfield code analysis findings after orchestrator-start returned status.',
      parameters: { 'session-id': 'string: The workspace path returned as sessionId', 'findings-json': 'string: JSON with the findings' },
    }),
  );
  expect([c.category, c.risk]).toEqual(['Write', 'medium']);
  expect([...rulesApplied(c)]).toContain('verb.send-data');
  expect(c.patterns.map((p) => p.id)).not.toContain('data-exfiltration');
});

// Health records. In a health domain, a study, series, frame or image set is a record about a patient.
ruleFamily(
  'name.health-data',
  [
    { name: 'get_study_primary_image_sets', parameters: { study_instance_uid: 'string: DICOM Study Instance UID' } },
    { name: 'search_image_sets', description: 'Search image sets in a medical imaging data store.' },
    { name: 'get_image_frame', description: 'Get one frame of a DICOM image set.' },
    { name: 'update_image_set_metadata', description: 'Update the metadata of an image set in the HealthImaging data store.' },
    { name: 'list_series', description: 'Lists the series of a study on the DICOMweb server.' },
    // Was description.sensitive-data in families-ai: the name's "study" now says it, in a DICOM domain.
    { name: 'get_study', description: 'Gets the DICOM metadata of a study, with patient fields.' },
  ],
  [
    // Outside a health domain these are other things.
    { name: 'get_image_frame', description: 'Get one frame of a video.' },
    { name: 'list_series', description: 'Lists the series of a chart.' },
    { name: 'search_image_sets', description: 'Search the image sets of a photo library.' },
    // Jobs and versions of health data are metadata (round 10).
    { name: 'list_image_set_versions', description: 'Lists the versions of a DICOM image set.' },
    { name: 'get_study_import_job', description: 'Gets a DICOM import job.' },
  ],
);

describe('medical-imaging records', () => {
  it('a read is medium', () => {
    const verdict = exampleVerdict({
      name: 'get_study_primary_image_sets',
      description: 'Get the primary image sets of a study.',
      parameters: { study_instance_uid: 'string: DICOM Study Instance UID' },
    });
    expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Read', 'medium', 'rate_limit']);
  });
  it('an update asks for approval', () => {
    const verdict = exampleVerdict({
      name: 'update_image_set_metadata',
      description: 'Update image set metadata with DICOM updates; removable attributes can drop series.',
    });
    expect([verdict.category, verdict.risk, verdict.action]).toEqual(['Write', 'high', 'require_approval']);
  });
  it('a removal of one series keeps its approval', () => {
    const verdict = exampleVerdict({ name: 'remove_series_from_image_set', description: 'Remove a series from a DICOM image set.' });
    expect([verdict.category, verdict.action]).toEqual(['Destructive', 'require_approval']);
  });
});
