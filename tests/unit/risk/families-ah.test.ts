/**
 * Word families behind the round-10 verb, name and verdict classes (sending to a whole audience, a
 * publish whose object only has a message noun as modifier, documents computed from the input, finality
 * that is no loss, appends against increments): each fix is checked on several wordings an author would
 * use, not only the sampled one, and on close ones where it must stay quiet.
 */
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// 1. Sending or scheduling a broadcast, a campaign or a newsletter reaches the whole segment or list it was made
// for, with no recipient argument to check: high, held for approval, like a send to named addresses.
ruleFamily(
  'verb.send-to-audience',
  [
    {
      name: 'send-broadcast',
      description: 'Send (or schedule) an existing broadcast by ID.',
      parameters: { broadcastId: 'string: Broadcast ID', scheduledAt: 'string: When to send the broadcast' },
    },
    { name: 'schedule_campaign', description: 'Schedules a campaign to be sent to its audience at a given time.' },
    { name: 'campaign_send', parameters: { campaign_id: 'string' } },
    { name: 'publish_newsletter', description: 'Publishes the newsletter issue to all subscribers.' },
    { name: 'sendCampaign', description: 'Send a campaign now.', parameters: { campaignId: 'string' } },
    { name: 'mailchimp_action', description: 'Sends a campaign to its list.', parameters: { campaign_id: 'string' } },
  ],
  [
    { name: 'create_campaign', description: 'Creates a draft campaign. Nothing is sent.' },
    { name: 'get_broadcast', description: 'Gets a broadcast by ID.' },
    { name: 'send_campaign_test', description: 'Sends a test of the campaign to the given addresses.' },
    { name: 'delete_broadcast', description: 'Removes a broadcast.' },
    { name: 'send_email', description: 'Sends an email.', parameters: { to: 'string: recipient address' } },
  ],
);

describe('a send to an audience is held for approval', () => {
  const audience: ToolExample[] = [
    { name: 'send-broadcast', description: 'Send (or schedule) an existing broadcast by ID.', parameters: { broadcastId: 'string' } },
    { name: 'schedule_campaign', description: 'Schedules a campaign to be sent to its audience.', parameters: { campaign_id: 'string' } },
    { name: 'publish_newsletter', parameters: { newsletter_id: 'string' } },
  ];
  it.each(audience.map((t) => [t.name, t] as const))('%s', (_, t) => {
    const v = exampleVerdict(t);
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
  it('a draft campaign stays a medium write', () => {
    const v = exampleVerdict({ name: 'create_campaign', description: 'Creates a draft campaign. Nothing is sent.' });
    expect([v.category, v.risk]).toEqual(['Write', 'medium']);
  });
});

// 2. The message noun must be the head of what is published or sent: an email template, an email address or a
// notification channel is no message.
ruleFamily(
  'verb.publish-no-message',
  [
    { name: 'publish-template', description: 'Publish an email template in Resend.' },
    { name: 'publish_email_template' },
    { name: 'publish_notification_page' },
    { name: 'publish_version' },
  ],
  [
    { name: 'publish_message' },
    { name: 'publish_message_batch' },
    { name: 'publish_email_batch' },
    { name: 'publish_notification' },
    { name: 'publish' },
  ],
);

ruleFamily(
  'description.sends-messages',
  [
    { name: 'notify_team', description: 'Sends an email to the team.' },
    { name: 'sns_tool', description: 'Publishes a message to a topic.' },
    { name: 'alert_tool', description: 'Delivers notifications to on-call engineers.' },
    { name: 'mail_tool', description: 'Sends an email notification to the reviewer.' },
  ],
  [
    { name: 'publish-template', description: 'Publish an email template in Resend.' },
    { name: 'template_tool', description: 'Publishes the email template so campaigns can use it.' },
    { name: 'verify_tool', description: 'Sends an email address verification request to the provider.' },
    { name: 'channel_tool', description: 'Publishes a notification channel for the team.' },
    { name: 'domain_tool', description: 'Sends email domain settings to the DNS provider.' },
  ],
);

describe('publishing a template sends nothing', () => {
  it.each([
    ['publish-template', 'Publish an email template in Resend. Templates must be published before they can be used for sending emails.'],
    ['publish_message_template', 'Publishes a message template.'],
  ])('%s', (name, description) => {
    const c = classifyTool(exampleTool({ name, description, parameters: { id: 'string: The template ID' } }));
    expect(c.patterns.map((p) => p.id)).not.toContain('data-exfiltration');
    expect([c.category, c.risk]).toEqual(['Write', 'medium']);
  });
});

// 3. A create or generate tool that makes a document from what it is given, with no argument that names where
// anything is kept, computes: the author's readOnlyHint: true holds.
describe('a document made from the input is a computation', () => {
  const computing: ToolExample[] = [
    {
      name: 'create_aura_blueprint_draft',
      description: 'Use this tool to generate a Product Requirements Document (PRD) from a Salesforce Aura component.',
      parameters: { componentName: 'string: Name of the Aura component', files: 'object: Component files as key-value pairs' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'create_migration_plan',
      description: 'Creates a migration plan from the given database schema.',
      parameters: { schema: 'string: the DDL of the current schema' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'generate_report',
      description: 'Generates a summary report based on the supplied metrics.',
      parameters: { metrics: 'string: the metrics as JSON' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'draft_spec',
      description: 'Drafts a technical specification out of the feature notes.',
      parameters: { notes: 'string' },
      annotations: { readOnlyHint: true },
    },
  ];
  it.each(computing.map((t) => [t.name, t] as const))('%s stays a read', (_, t) => {
    const v = exampleVerdict(t);
    expect([v.category, v.risk, v.ro]).toEqual(['Read', 'low', true]);
  });

  const writing: ToolExample[] = [
    {
      name: 'create_issue',
      description: 'Creates an issue.',
      parameters: { title: 'string', body: 'string' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'create_report',
      description: 'Creates a report from the data in the project.',
      parameters: { project_id: 'string', data: 'string' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'generate_plan',
      description: 'Generates a plan from the template and saves it.',
      parameters: { output_path: 'string: where to write the plan' },
      annotations: { readOnlyHint: true },
    },
    {
      name: 'create_document',
      description: 'Creates a document from the given text.',
      parameters: { workspace: 'string', text: 'string' },
      annotations: { readOnlyHint: true },
    },
    { name: 'create_plan', description: 'Creates a plan from the given goals.', parameters: { goals: 'string' } },
  ];
  it.each(writing.map((t) => [t.name, t] as const))('%s stays a write', (_, t) => {
    expect(exampleVerdict(t).category).toBe('Write');
  });
});

// 4. "cannot be undone" or "irreversible" said of a step that adds (publish, create, submit) is finality, not loss.
ruleFamily(
  'verdict.finality-of-addition',
  [
    {
      name: 'createComponentVersion',
      description:
        "Publishes the component's current draft as a new immutable version. Publishing cannot be undone and the resulting version " +
        'cannot be edited.',
      annotations: { readOnlyHint: false, destructiveHint: false },
    },
    { name: 'submit_filing', description: 'Submits the filing to the registry. Once submitted, a filing is irreversible.' },
    { name: 'create_release', description: 'Creates a release tag. Creating a release cannot be undone.' },
    { name: 'publish_package', description: 'Publishes the package to the registry. Publishing is irreversible.' },
  ],
  [
    { name: 'delete_version', description: 'Deletes a version. Deleting cannot be undone.' },
    { name: 'publish_version', description: 'Publishes a version and removes the draft. This cannot be undone.' },
    { name: 'publish_site', description: 'Publishes the site, overwriting the live one, which cannot be undone.' },
    { name: 'create_version', description: 'Creates a version. This action is irreversible.' },
    {
      name: 'publish_post',
      description: 'Publishes a post. Publishing cannot be undone. Old drafts will be deleted.',
    },
  ],
);

describe('finality is no loss', () => {
  it('createComponentVersion keeps the author’s destructiveHint: false', () => {
    const tool = exampleTool({
      name: 'createComponentVersion',
      description:
        "Publishes the component's current draft as a new immutable version under the label you supply. Publishing cannot be undone " +
        'and the resulting version cannot be edited — publish another version to supersede it.',
      parameters: { componentId: "string: The component's ID.", label: 'string' },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    });
    const c = classifyTool(tool);
    expect([c.category, c.risk, c.suggestedAnnotations.destructiveHint]).toEqual(['Write', 'medium', false]);
    expect([...rulesApplied(c)]).not.toContain('verdict.read-only-overridden');
  });
  it('a removal that cannot be undone stays destructive', () => {
    const v = exampleVerdict({ name: 'delete_version', description: 'Deletes a version. Deleting cannot be undone.' });
    expect(v.category).toBe('Destructive');
  });
});

// 5. Appending or prepending to a stored value keeps what was there (additive: destructiveHint false); stepping a
// counter up or down overwrites its old value in place (destructiveHint true).
describe('append is additive, increment is not', () => {
  const hintOf = (t: ToolExample) => {
    const c = classifyTool(exampleTool(t));
    return [c.suggestedAnnotations.destructiveHint, c.hintReasons.destructiveHint.rule];
  };
  it.each([
    ['cache_append', 'Append data to an existing key.'],
    ['cache_prepend', 'Prepend data to an existing key.'],
    ['json_arrappend', 'Append values to the JSON array at a path.'],
    ['array_append', 'Appends an item to the end of the array.'],
  ])('%s', (name, description) => {
    expect(hintOf({ name, description, parameters: { key: 'string', value: 'string' } })).toEqual([false, 'hint.additive']);
  });
  it.each([
    ['cache_incr', 'Increment a numeric value.'],
    ['cache_decr', 'Decrement a numeric value.'],
    ['counter_increment', 'Increments the counter by the given amount.'],
  ])('%s', (name, description) => {
    expect(hintOf({ name, description, parameters: { key: 'string', amount: 'number' } })).toEqual([true, 'hint.updates-in-place']);
  });
});
