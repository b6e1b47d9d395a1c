/**
 * Round-6 families: taking something out of a group is unlinking (UNLINK), an "un" verb undoes its
 * base (NEG), an index is no whole store (B), a one-time code completes a verification (VERIFY), and
 * a role ARN on a name without a verb is still handed over (ROLE).
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict as verdict } from './families.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';

describe('UNLINK: taking an item out of a group, a list or a parent leaves the item', () => {
  it.each<ToolExample>([
    { name: 'remove-contact-from-segment' },
    { name: 'drop_subscriber_from_list' },
    { name: 'remove_issue_from_sprint' },
    { name: 'kick_member_from_channel' },
    { name: 'remove_group_member' },
    { name: 'unlink_issue' },
    { name: 'stories-remove-subtask' },
    { name: 'delete_story_parent', description: 'Remove sub-task from parent (becomes regular story).' },
    { name: 'delete_membership', description: 'Removes the user from the team; the user account still exists.' },
  ])('$name is a Write at medium', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Write', risk: 'medium' });
  });

  it.each<ToolExample>([
    { name: 'remove_object_from_bucket' },
    { name: 'remove_document_from_collection' },
    { name: 'remove_file' },
    { name: 'delete_group' },
    { name: 'delete_story', description: 'Deletes a story from the workspace.' },
    { name: 'remove_file', description: 'Removes a file from the list of files and deletes it.' },
  ])('$name stays Destructive', (example) => {
    expect(verdict(example).category).toBe('Destructive');
  });
});

describe('NEG: an "un" verb undoes its base', () => {
  it.each<ToolExample>([
    { name: 'unapprove_merge_request' },
    { name: 'unassign_issue' },
    { name: 'unstar_repository' },
    { name: 'unfollow_project' },
    { name: 'unpin_message' },
    { name: 'unpublish_page' },
    { name: 'unschedule_post' },
    { name: 'uncomplete_task' },
    { name: 'unlike_post' },
  ])('$name is a Write at medium, no sign-off', (example) => {
    const v = verdict(example);
    expect(v).toMatchObject({ category: 'Write', risk: 'medium' });
    expect(v.rules).not.toContain('verb.sign-off');
  });

  it.each<ToolExample>([{ name: 'unshare_document' }, { name: 'unprotect_branch' }, { name: 'unlock_user' }, { name: 'unban_user' }])(
    '$name changes access: Write at high',
    (example) => {
      expect(verdict(example)).toMatchObject({ category: 'Write', risk: 'high', action: 'require_approval' });
    },
  );

  it.each<ToolExample>([{ name: 'undeploy_service' }, { name: 'undeploy_application' }])('$name takes down what runs', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Destructive', risk: 'high' });
  });

  it('approve keeps its sign-off', () => {
    expect(verdict({ name: 'approve_merge_request' }).risk).toBe('high');
  });
});

describe('B: an index is derived data, a store is not', () => {
  it.each<ToolExample>([
    { name: 'drop-index', description: 'Drop an index for the provided database and collection.' },
    { name: 'delete_search_index' },
    { name: 'drop_secondary_index' },
    { name: 'delete_index_on_table' },
  ])('$name is Destructive at high, held for approval', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Destructive', risk: 'high', action: 'require_approval' });
  });

  it.each<ToolExample>([{ name: 'drop_collection' }, { name: 'delete_database' }, { name: 'delete_vector_index' }])(
    '$name stays critical',
    (example) => {
      expect(verdict(example).risk).toBe('critical');
    },
  );
});

describe('VERIFY: a one-time code completes a verification', () => {
  it.each<ToolExample>([
    { name: 'verify_sms_sandbox_phone_number', parameters: { phone_number: 'string', one_time_password: 'string' } },
    { name: 'verify_email_address', parameters: { verification_code: 'string' } },
    { name: 'confirm_signup', parameters: { confirmation_code: 'string' } },
    { name: 'validate_otp', parameters: { otp: 'string' } },
    { name: 'verify_phone', parameters: { code: 'string: the one-time code sent by SMS' } },
  ])('$name is a Write, not read-only', (example) => {
    const v = verdict(example);
    expect(v.category).toBe('Write');
    expect(v.ro).toBe(false);
  });

  it.each<ToolExample>([
    { name: 'verify_signature', parameters: { payload: 'string', signature: 'string' } },
    { name: 'verify_domain', parameters: { domain: 'string' } },
    { name: 'get_country', parameters: { country_code: 'string' } },
  ])('$name stays a read', (example) => {
    expect(verdict(example).category).toBe('Read');
  });
});

describe('ROLE: a role ARN argument hands a role over', () => {
  it.each<ToolExample>([
    { name: 'managed_batch_translation_workflow', parameters: { data_access_role_arn: 'string: IAM role ARN' } },
    { name: 'start_job', parameters: { execution_role: 'string: ARN of the IAM role the job assumes' } },
    { name: 'create_pipeline', parameters: { service_role: 'string: IAM role ARN' } },
  ])('$name passes the role', (example) => {
    expect(verdict(example).rules).toContain('parameter.role');
  });

  it('a read does not pass a role', () => {
    expect(verdict({ name: 'get_role', parameters: { role_arn: 'string' } }).rules).not.toContain('parameter.role');
  });
});
