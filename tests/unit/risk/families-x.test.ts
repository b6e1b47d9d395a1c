/**
 * Word families behind the round-7 fixes of name parsing and verb judgement (compound nouns, the
 * direction of a protection, settings that hold no data, what a reason may claim): each fix is
 * checked on several wordings an author would use, not only the sampled one, and on close ones
 * where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

/** The verb the name was read with, and the predicted hints. */
function nameVerb(example: ToolExample) {
  const c = classifyTool(exampleTool(example));
  const sentence = c.evidence[c.evidenceRules.indexOf('name.verb')] ?? '';
  return { verb: /the verb “([^”]+)”/.exec(sentence)?.[1], hints: c.suggestedAnnotations };
}

// M. Compound nouns first: "catch-all" is one route, not the quantifier "all"; the quantifier counts
// after a verb, before the object or after a small word.
ruleFamily(
  'name.bulk-change',
  [
    { name: 'delete_all_users', description: 'Deletes every user of the workspace.' },
    { name: 'mail_deleteAllV1', description: 'Delete all mailboxes.' },
    { name: 'send_to_all', description: 'Sends a message to every subscriber.' },
    { name: 'bulk_delete_records', description: 'Deletes records in bulk.' },
  ],
  [
    { name: 'mail_deleteCatchAllV1', description: 'Delete a catch-all. Messages sent to unknown addresses are no longer routed.' },
    { name: 'create_catch_all', description: 'Creates a catch-all forwarding rule for the domain.' },
    { name: 'resend_catch_all_confirmation', description: 'Resends the confirmation of a catch-all address.' },
  ],
);

// M. Of two verb-like words of a name, the one the description opens with is the verb, and a later
// word that is also a noun ("scenario set") is its object.
describe('the described verb wins over a later noun-too word', () => {
  it.each([
    ['genai-simulation-generate-scenario-set', 'Generate a scenario set from a natural-language goal description.'],
    ['generate_rule_set', 'Generates a rule set from the given examples.'],
    ['agents_generate_data_set', 'Generate a synthetic data set for evaluation.'],
  ])('%s', (name, description) => {
    const { verb, hints } = nameVerb({ name, description, annotations: { readOnlyHint: false } });
    expect(verb?.toLowerCase()).toBe('generate');
    // What it generates is new: nothing is overwritten, and each call makes another.
    expect(hints.destructiveHint).toBe(false);
    expect(hints.idempotentHint).toBe(false);
  });
  it('a name with no described verb keeps its clear verb', () => {
    expect(nameVerb({ name: 'config_set', description: 'Changes a configuration value.' }).verb?.toLowerCase()).toBe('set');
  });
});

// CASCADE / BULK-size. Small items removed many at a time (a plural object, a batch) are never "a
// single small item": the size cap stays, its reason says one call removes many.
ruleFamily(
  'verb.remove-items',
  [
    { name: 'batch_delete_instrumentations_by_scope', description: 'Deletes all configurations that match the service.' },
    { name: 'delete_message_batch', description: 'Deletes up to ten messages from the queue.' },
    { name: 'memory_batch_delete_records', description: 'Deletes memory records.' },
    { name: 'delete_records', description: 'Deletes the given records.' },
    { name: 'remove_tags', description: 'Removes tags from a resource.' },
  ],
  [
    { name: 'delete_record', description: 'Deletes one record.' },
    { name: 'delete_tag', description: 'Deletes a tag.' },
    { name: 'delete_message', description: 'Deletes a message from the queue.' },
  ],
);

// Resetting a set of items to its defaults takes out everything added to it: the whole set, at high.
ruleFamily(
  'verb.reset-set',
  [
    { name: 'DNS_resetDNSRecordsV1', description: 'Reset DNS zone to the default records.' },
    { name: 'reset_dns_records', description: 'Restores the default DNS records of the zone.' },
    { name: 'reset_labels', description: 'Resets the labels of the project to the defaults.' },
  ],
  [
    { name: 'reset_dns_record', description: 'Resets one DNS record to its default value.' },
    { name: 'delete_dns_records', description: 'Deletes the given DNS records.' },
  ],
);

describe('a reset of a whole set is high, a batch of small items keeps high without "a single small item"', () => {
  it('reset records', () => {
    const v = exampleVerdict({ name: 'reset_dns_records', description: 'Reset DNS zone to the default records.' });
    expect([v.category, v.risk, v.action]).toEqual(['Destructive', 'high', 'require_approval']);
  });
  it('batch delete by scope', () => {
    const c = classifyTool(
      exampleTool({ name: 'batch_delete_instrumentations_by_scope', description: 'Batch delete instrumentation configurations by scope.' }),
    );
    expect(c.risk).toBe('high');
    expect(c.evidence.join(' ')).not.toContain('a single small item');
  });
});

// PROTECT-direction. Turning a protection or a lock on is the safe direction: no permission change,
// at most medium; turning it off stays high.
ruleFamily(
  'verb.turn-on-protection',
  [
    { name: 'domains_enablePrivacyProtectionV1', description: 'Enable privacy protection for the domain.' },
    { name: 'enable_deletion_protection', description: 'Turns on deletion protection for the database.' },
    { name: 'activate_domain_lock', description: 'Activates the transfer lock of the domain.' },
    { name: 'enable_termination_protection', description: 'Enables termination protection on the stack.' },
  ],
  [
    { name: 'disable_privacy_protection', description: 'Disable privacy protection for the domain.' },
    { name: 'enable_user', description: 'Enables a user account.' },
    { name: 'unlock_domain', description: 'Removes the transfer lock of the domain.' },
  ],
);

describe('protection on is medium, off stays high', () => {
  it('enable', () => {
    const v = exampleVerdict({ name: 'enable_privacy_protection', description: 'Enable privacy protection for the domain.' });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'medium', 'rate_limit']);
  });
  it('disable', () => {
    const v = exampleVerdict({ name: 'disable_privacy_protection', description: 'Disable privacy protection for the domain.' });
    expect(v.risk).toBe('high');
  });
});

// INSTALL-non-package. Installing a certificate, a key or a licence runs no publisher's code: a
// change of credentials (high, approval), no supply chain; a reinstall overwrites the one in use.
ruleFamily(
  'verb.reinstall-credential',
  [
    { name: 'agency-hosting_reinstallWebsiteSSLV1', description: 'Replaces the certificate of the domain; the old one is revoked.' },
    { name: 'reinstall_certificate', description: 'Reinstalls the TLS certificate of the load balancer.' },
    { name: 'reinstall_license', description: 'Reinstalls the product licence on the server.' },
  ],
  [
    { name: 'reinstall_package', description: 'Reinstalls an npm package.' },
    { name: 'install_ssl', description: 'Installs an SSL certificate for the website.' },
  ],
);
ruleFamily(
  'verb.install-credential',
  [
    { name: 'hosting_installSSLV1', description: 'Requests a lifetime SSL certificate for the website.' },
    { name: 'install_certificate', description: 'Installs a certificate on the web server.' },
    { name: 'install_ssh_key', description: 'Installs an SSH key on the virtual machine.' },
  ],
  [
    { name: 'install_package', description: 'Installs a package from npm.' },
    { name: 'install_plugin', description: 'Installs a WordPress plugin.' },
  ],
);

describe('a credential install is a Write with approval and no supply chain', () => {
  it.each([
    ['reinstall_website_ssl', 'Reinstalls the SSL certificate of the website.', true],
    ['install_ssl', 'Installs an SSL certificate for the website.', false],
  ])('%s', (name, description, destructive) => {
    const c = classifyTool(exampleTool({ name, description }));
    expect([c.category, c.risk]).toEqual(['Write', 'high']);
    expect(c.patterns.map((p) => p.id)).not.toContain('supply-chain');
    expect(c.suggestedAnnotations.destructiveHint).toBe(destructive);
  });
});

// G. Clearing or resetting the session's own state (context, working directory, selection) holds no
// data: a Write at low; clearing a directory, a store or messages stays a deletion.
ruleFamily(
  'verb.clear-session-state',
  [
    { name: 'git_clear_working_dir', description: 'Clear the session working directory setting. This resets the context.' },
    { name: 'reset_context', description: 'Resets the conversation context of this session.' },
    { name: 'clear_selection', description: 'Clears the current selection in the editor.' },
    { name: 'unset_current_directory', description: 'Unsets the current directory used by later commands.' },
  ],
  [
    { name: 'clear_dir', description: 'Deletes every file in the directory.' },
    { name: 'clear_messages', description: 'Clears all messages of the channel.' },
    { name: 'reset_settings', description: 'Resets every setting of the account to its default.' },
  ],
);

describe('clearing session state is Write/low', () => {
  it('git_clear_working_dir', () => {
    const v = exampleVerdict({
      name: 'git_clear_working_dir',
      description: 'Clear the session working directory setting. This resets the context without restarting the server.',
    });
    expect([v.category, v.risk]).toEqual(['Write', 'low']);
  });
});

// NAV-as-action. Selecting or switching to a page, a tab or a window only picks which one later
// calls address; acting inside the page (selecting an option, clicking) stays Execute.
ruleFamily(
  'verb.pick-view',
  [
    { name: 'select_page', description: 'Select a page as a context for future tool calls.' },
    { name: 'switch_tab', description: 'Switches to another open browser tab.' },
    { name: 'browser_select_tab', description: 'Selects the tab that later browser calls act on.' },
    { name: 'activate_tab', description: 'Activates the browser tab with the given index.' },
  ],
  [
    { name: 'select_option', description: 'Selects an option in a dropdown on the page.' },
    { name: 'browser_click', description: 'Clicks an element on the page.' },
    { name: 'switch_branch', description: 'Switches the git branch of the repository.' },
  ],
);

describe('selecting a page keeps the author’s read-only claim', () => {
  it('select_page', () => {
    const v = exampleVerdict({
      name: 'select_page',
      description: 'Select a page as a context for future tool calls.',
      annotations: { readOnlyHint: true },
    });
    expect([v.category, v.risk, v.action, v.ro]).toEqual(['Read', 'low', 'allow', true]);
  });
});

// SCHEDULE-under. "schedule X" does X, later and maybe again and again: it is rated at least as X
// done now, never as a bounded start of work.
describe('a scheduled verb is rated as the verb itself', () => {
  const RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
  it.each([
    ['stop_application', 'Stop an SAP application.'],
    ['stop_db_cluster', 'Stops the database cluster.'],
    ['delete_snapshots', 'Deletes old snapshots of the volume.'],
    ['reboot_instance', 'Reboots the EC2 instance.'],
  ])('schedule_%s', (name, description) => {
    const now = exampleVerdict({ name, description });
    const later = exampleVerdict({ name: `schedule_${name}`, description: `Schedule: ${description}` });
    expect(later.category).toBe(now.category);
    expect(RANK[later.risk]).toBeGreaterThanOrEqual(RANK[now.risk]);
  });
  it('schedule alone keeps its own reading', () => {
    expect(nameVerb({ name: 'schedule_maintenance_window', description: 'Schedules a maintenance window.' }).verb).toBe('schedule');
  });
  it('each call sets up another schedule', () => {
    const { hints } = nameVerb({ name: 'schedule_stop_application', description: 'Schedule automatic stop of an SAP application.' });
    expect(hints.idempotentHint).toBe(false);
  });
});

// Reasons need their own evidence. "Publish" sends messages only when what it publishes is
// delivered (a message, an event, a notification, an update to watchers).
ruleFamily(
  'verb.publish-no-message',
  [
    { name: 'publishDocumentation', description: "Publishes a collection's documentation." },
    { name: 'publish_website', description: 'Publishes the website so that it is live.' },
    { name: 'publish_lambda_version', description: 'Publishes a version of the function.' },
    { name: 'publish_workflow', description: 'Publishes a workflow so that it can run.' },
  ],
  [
    { name: 'publish_message', description: 'Publishes a message to an SNS topic.' },
    { name: 'publish_batch', description: 'Execute the AWS Amazon SNS `publish_batch` operation.' },
    { name: 'publish_event', description: 'Publishes an event to the event bus.' },
    { name: 'publish_workspace_update', description: 'Publishes an update, notifying everyone watching the workspace.' },
  ],
);

// Removing a collaborator takes a person's access away; nothing is deleted.
ruleFamily(
  'verb.revoke-collaborator',
  [
    { name: 'remove_collaborator', description: 'Removes a collaborator from the repository.' },
    { name: 'delete_workspace_collaborator', description: 'Deletes a collaborator of the workspace.' },
    { name: 'revoke_collaborator', description: 'Revokes the access of a project collaborator.' },
  ],
  [
    { name: 'remove_file', description: 'Removes a file from the repository.' },
    { name: 'delete_user', description: 'Deletes a user account and its data.' },
  ],
);

describe('approval reasons say what the evidence shows', () => {
  const reason = (example: ToolExample) => {
    const tool = exampleTool(example);
    const rule = recommendRule(tool, classifyTool(tool));
    return 'reason' in rule ? rule.reason : '';
  };
  it('a shutdown side effect is an outage, not deleted data', () => {
    const text = reason({
      name: 'stop_application',
      description: 'Stop an SAP application.',
      parameters: { application_id: 'string', include_ec2_instance_shutdown: 'boolean: If True, also shutdown the EC2 instances.' },
    });
    expect(text).toContain('offline');
    expect(text).not.toContain('deletes data');
  });
  it('a delete side effect still deletes data', () => {
    const text = reason({
      name: 'update_stack',
      description: 'Updates the stack.',
      parameters: { stack_id: 'string', delete_old_resources: 'boolean: If true, deletes the resources no longer in the template.' },
    });
    expect(text).not.toContain('offline');
  });
  it('publishing documentation sends no message', () => {
    const text = reason({
      name: 'publishDocumentation',
      description: "Publishes a collection's documentation. This makes it publicly available to anyone with the link.",
    });
    expect(text).not.toContain('sends messages');
  });
  it('removing a collaborator changes permissions', () => {
    const text = reason({ name: 'remove_collaborator', description: 'Removes a collaborator from the repository.' });
    expect(text).toContain('changes permissions');
    expect(text).not.toContain('deletes data');
  });
});
