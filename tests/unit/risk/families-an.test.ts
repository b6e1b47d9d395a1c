/**
 * Word families behind the round-12 fixes of verbs and verdicts: accepting a request that lets
 * another party in, restoring a running system from a backup, booting a machine into a recovery
 * mode, taking the agent's own presence out of an editor, and a conditional overwrite warning.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// ACCESS-under. Accepting or approving a request that lets another party or service into the account
// (a connector, an invitation, a handshake, a share, a peering) is an access grant; not a meeting invitation.
ruleFamily(
  'description.changes-access',
  [
    { name: 'accept_connector', description: 'Activate a connector by associating an IAM role with it.' },
    { name: 'accept_handshake', description: 'Accepts a pending handshake from another account.' },
    { name: 'accept_share', description: 'Accepts the resource share invitation sent by another account.' },
    { name: 'approve_request', description: 'Approves a pending access request to the project.' },
    { name: 'accept_peering', description: 'Accepts a VPC peering connection request.' },
    { name: 'confirm_link', description: 'Confirms the link. Alternative to approving via the console verification link.' },
  ],
  [
    { name: 'accept_event', description: 'Accepts a meeting invitation.' },
    { name: 'accept_quote', description: 'Accepts the quote and places the order.' },
    { name: 'approve_pull_request', description: 'Approves a pull request.' },
    { name: 'list_invitations', description: 'Lists pending invitations you can accept.' },
  ],
);

describe('accepting a connector request is an access grant held for approval', () => {
  it('Write/high require_approval', () => {
    const v = exampleVerdict({
      name: 'accept_connector',
      description: 'Activate a connector by associating an IAM role with it.',
      parameters: { roleArn: 'string: ARN of the IAM role to associate with the connector' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
});

// RESTORE-overwrite. Restoring or reverting a running system from a backup or to an earlier state replaces
// what it holds now; restoring into a new resource, or a deleted item from the trash, adds.
ruleFamily(
  'description.restore-in-place',
  [
    { name: 'restore_droplet', description: 'Restore a droplet from a backup/snapshot' },
    { name: 'restore_vm', description: 'Restore a specified virtual machine to a previous state using a snapshot.' },
    { name: 'revert_server', description: 'Reverts the server to an earlier snapshot.' },
    { name: 'rollback_database', description: 'Rolls back the database to a point in time.' },
    { name: 'restore_volume', description: 'Restores the volume from the selected backup.' },
  ],
  [
    { name: 'restore_snapshot', description: 'Restores a snapshot to a new volume.' },
    { name: 'restore_db', description: 'Restores the database from a backup into a new instance.' },
    { name: 'restore_file', description: 'Restores a deleted file from the trash.' },
    { name: 'create_snapshot', description: 'Creates a snapshot, allowing users to restore the virtual machine to that state later.' },
  ],
);

describe('restoring a running system from a backup is a destruction held for approval', () => {
  it('Destructive/high require_approval', () => {
    const v = exampleVerdict({ name: 'restore-droplet', description: 'Restore a droplet from a backup/snapshot' });
    expect([v.category, v.risk, v.action]).toEqual(['Destructive', 'high', 'require_approval']);
  });
});

// F/take-offline. Starting or entering a recovery, rescue or maintenance mode boots the machine out of its
// own system; starting a recovery job or a maintenance window does not.
ruleFamily(
  'verb.take-offline',
  [
    { name: 'VPS_startRecoveryModeV1', description: 'Initiate recovery mode for a specified virtual machine.' },
    { name: 'start_rescue_mode', description: 'Boots the server into a rescue image.' },
    { name: 'enable_maintenance_mode', description: 'Puts the site in maintenance mode.' },
    { name: 'activate_rescue_mode', description: 'Reboots the server from the rescue image.' },
  ],
  [
    { name: 'start_recovery_job', description: 'Starts a recovery job that copies data to a new bucket.' },
    { name: 'get_maintenance_mode', description: 'Gets whether maintenance mode is on.' },
    { name: 'start_maintenance_window', description: 'Starts a maintenance window.' },
  ],
);

// UNLINK. Taking the agent's own presence out of an editor ends its session; taking out a stored connection deletes it.
ruleFamily(
  'verb.close-session',
  [
    { name: 'disconnect-from-editor', description: 'Remove agent presence from the Resend dashboard editor. Call this when done editing.' },
    { name: 'leave_document', description: 'Removes the agent presence from the shared document.' },
    { name: 'remove_presence', description: 'Removes the presence of the agent in the shared canvas.' },
  ],
  [
    { name: 'delete_connection', description: 'Deletes a stored connection definition.' },
    { name: 'remove_connection', description: 'Removes a saved database connection.' },
  ],
);

describe('ending the agent’s own presence deletes nothing', () => {
  it('disconnect-from-editor is allowed, not destructive', () => {
    const example = { name: 'disconnect-from-editor', description: 'Remove agent presence from the Resend dashboard editor.' };
    const v = exampleVerdict(example);
    expect(v.action).toBe('allow');
    expect(v.category === 'Read' || v.category === 'Write').toBe(true);
    expect(classifyTool(exampleTool(example)).suggestedAnnotations.destructiveHint).toBe(false);
  });
});

// DESTRUCTIVE-hint. A warning that the call overwrites what is there unless a step is taken sets the hint, not the category.
ruleFamily(
  'description.overwrite-warning',
  [
    { name: 'compose_broadcast', description: 'Sets the content of a broadcast. Skipping this will overwrite all existing content.' },
    { name: 'set_page_body', description: 'Sets the page body. If you omit the version, it will overwrite the existing body.' },
    { name: 'compose_template', description: 'Composes a template. Otherwise it would overwrite your existing content.' },
  ],
  [
    { name: 'create_broadcast', description: 'Creates a broadcast. Switching between compose and html modes is lossy.' },
    { name: 'compose_post', description: 'Composes a new post with the given content.' },
  ],
);

describe('a conditional overwrite warning', () => {
  const example = {
    name: 'compose-broadcast',
    description: 'Set the content of a broadcast. Skipping this will overwrite all existing content.',
    parameters: { broadcastId: 'string' },
  };
  it('predicts destructiveHint true and keeps the verdict a write', () => {
    expect(classifyTool(exampleTool(example)).suggestedAnnotations.destructiveHint).toBe(true);
    expect(exampleVerdict(example).category).toBe('Write');
  });
  it('an unconditional "overwrites all existing" is destructive', () => {
    const v = exampleVerdict({ name: 'write_page', description: 'Writes the page. Overwrites all existing content.' });
    expect(v.category).toBe('Destructive');
  });
});
