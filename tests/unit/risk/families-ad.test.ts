/**
 * Word families behind the round-9 fixes of verbs, names and reasons: a rename is no access change,
 * people taken out of a team lose access, an uninstalled scanner is a protection turned off, a
 * counter stepped in place is overwritten, and a tool that takes no arguments keeps its author's
 * read-only claim. Each fix is checked on several wordings an author would use, and on close ones
 * where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

/** The reason an approval or a deny rule gives, or '' for a rule without one. */
function reasonOf(example: ToolExample): string {
  const tool = exampleTool(example);
  const rule = recommendRule(tool, classifyTool(tool));
  return 'reason' in rule ? (rule.reason ?? '') : '';
}

// RENAME. An edit limited to a name, a title, a label, a description or tags changes no access, whatever it renames.
ruleFamily(
  'verb.relabel-only',
  [
    { name: 'update-api-key', description: 'Rename an existing API key.', parameters: { id: 'string', name: 'string' } },
    { name: 'rename_role', description: 'Renames an IAM role.' },
    { name: 'update_api_key', description: 'Updates an API key.', parameters: { key_id: 'string', name: 'string' } },
    {
      name: 'policy_engine_update',
      description: 'Update a policy engine.',
      parameters: { policy_engine_id: 'string', description: 'string' },
    },
    { name: 'edit_secret', description: 'Edits a secret.', parameters: { secret_id: 'string', title: 'string', tags: 'array' } },
    { name: 'update_token', description: 'Rename a personal access token.', parameters: { token: 'string', new_name: 'string' } },
  ],
  [
    { name: 'update_api_key', description: 'Updates an API key.', parameters: { key_id: 'string', name: 'string', scopes: 'array' } },
    { name: 'update_role', description: 'Updates a role.', parameters: { role_id: 'string', policy_document: 'string' } },
    { name: 'update_secret', description: 'Updates a secret.', parameters: { secret_id: 'string', value: 'string' } },
    { name: 'update_user', description: 'Updates a user.', parameters: { user_id: 'string', name: 'string', email: 'string' } },
  ],
);

describe('a renamed key is no access change', () => {
  it('update-api-key(id, name)', () => {
    const v = exampleVerdict({
      name: 'update-api-key',
      description: 'Rename an existing API key.',
      parameters: { id: 'string', name: 'string' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'medium', 'rate_limit']);
    expect(v.rules).not.toContain('name.credentials');
  });
  it('update_api_key with scopes stays an access change', () => {
    const v = exampleVerdict({
      name: 'update_api_key',
      description: 'Updates an API key.',
      parameters: { key_id: 'string', scopes: 'array' },
    });
    expect([v.risk, v.action]).toEqual(['high', 'require_approval']);
  });
});

// Revoking people. Members, users, groups or organisations taken out of a team, a workspace or an org lose access.
ruleFamily(
  'verb.revoke-membership',
  [
    { name: 'removeTeamMembers', description: 'Removes users, groups, or organizations from a team.' },
    { name: 'remove_user_from_workspace', description: 'Removes a user from the workspace.' },
    { name: 'delete_org_member', description: 'Removes a member of the organization.' },
    { name: 'remove_members_from_team', description: 'Removes members from a team.' },
    { name: 'kick_user_from_organization', description: 'Kicks a user out of the organization.' },
  ],
  [
    { name: 'remove_contact_from_segment', description: 'Remove a contact from a segment.' },
    { name: 'remove_subscriber_from_list', description: 'Removes a subscriber from a mailing list.' },
    { name: 'remove_subtask', description: 'Removes a subtask from its parent.' },
    { name: 'delete_team', description: 'Deletes a team.' },
  ],
);

describe('people taken out of a team wait for a person', () => {
  // Round 6 read these as unlinks at Write/medium (families-t); round 9 holds that the people lose access.
  it.each(['remove_member_from_team', 'removeTeamMembers'])('%s is an access change at high', (name) => {
    expect(exampleVerdict({ name })).toMatchObject({ category: 'Write', risk: 'high' });
  });
  it('removeTeamMembers', () => {
    const example = { name: 'removeTeamMembers', description: 'Removes users, groups, or organizations from a team.' };
    expect(exampleVerdict(example).action).toBe('require_approval');
    expect(reasonOf(example)).toMatch(/^It changes permissions/);
    expect(reasonOf(example)).not.toMatch(/deletes/);
  });
});

// PROTECT-direction. Uninstalling or deleting a security control turns a protection off; it deletes no data.
ruleFamily(
  'verb.remove-protection',
  [
    { name: 'uninstall_malware_scanner', description: 'Uninstalls the malware scanner from a server.' },
    { name: 'VPS_uninstallScannerV1', description: 'Uninstall the malware scanner on a specified virtual machine.' },
    { name: 'remove_antivirus', description: 'Removes the antivirus agent from the host.' },
    { name: 'delete_waf', description: 'Deletes a web application firewall.' },
    { name: 'firewall-delete', description: 'Delete a firewall' },
  ],
  [
    { name: 'uninstall_package', description: 'Uninstalls a package.' },
    { name: 'delete_scan_report', description: 'Deletes a scan report.' },
    { name: 'remove_plugin', description: 'Removes a plugin from the site.' },
    { name: 'install_malware_scanner', description: 'Installs the malware scanner.' },
  ],
);

describe('a removed protection is no deletion', () => {
  it('delete_firewall', () => {
    const example = { name: 'delete_firewall', description: 'Deletes a firewall.' };
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
    expect(reasonOf(example)).not.toMatch(/deletes data/);
  });
});

// DESTRUCTIVE-hint. Stepping a counter up or down overwrites the stored value in place.
describe('an increment overwrites in place', () => {
  it.each([
    ['cache_incr', 'Increment a counter in the cache.'],
    ['cache_decr', 'Decrement a counter in the cache.'],
    ['increment_counter', 'Increments the counter by the given amount.'],
    ['decrement_stock', 'Decrements the stock level of a product.'],
  ])('%s', (name, description) => {
    const c = classifyTool(exampleTool({ name, description, parameters: { key: 'string', value: 'number' } }));
    expect(c.category).toBe('Write');
    expect(c.suggestedAnnotations.destructiveHint).toBe(true);
    expect(c.suggestedAnnotations.idempotentHint).toBe(false);
  });
  it('add_item stays additive', () => {
    const c = classifyTool(exampleTool({ name: 'add_item', description: 'Adds an item to the list.', parameters: { item: 'string' } }));
    expect(c.suggestedAnnotations.destructiveHint).toBe(false);
  });
});

// D-computation-as-write (narrow). A tool with no arguments at all cannot write anything the agent chose: its
// author's read-only claim holds. A tool with content arguments keeps its verb against the claim.
describe('a tool without arguments keeps its author’s read-only claim', () => {
  it.each([
    ['create_lightning_type', 'Creates, enhances, and provides expert guidance for custom Lightning types.'],
    ['generate_component_guide', 'Generates a step-by-step guide for building a component.'],
    ['create_workflow_plan', 'Use this tool to create a component by following a workflow of guidelines.'],
  ])('%s', (name, description) => {
    const v = exampleVerdict({ name, description, annotations: { readOnlyHint: true } });
    expect([v.category, v.action, v.ro]).toEqual(['Read', 'allow', true]);
  });
  it.each([
    ['create_issue', 'Creates an issue.', { title: 'string', body: 'string' }],
    ['create_page', 'Creates a page.', { content: 'string' }],
  ])('%s with arguments stays a write', (name, description, parameters) => {
    const v = exampleVerdict({ name, description, parameters, annotations: { readOnlyHint: true } });
    expect(v.category).toBe('Write');
    expect(v.rules).toContain('verdict.read-only-overridden');
  });
  it('delete_cache without arguments stays destructive under a read-only claim', () => {
    const v = exampleVerdict({ name: 'delete_all_sessions', description: 'Deletes all sessions.', annotations: { readOnlyHint: true } });
    expect(v.category).not.toBe('Read');
  });
});
