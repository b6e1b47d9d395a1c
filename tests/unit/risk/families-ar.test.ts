/**
 * Word families behind the round-13 fixes of verbs, names and verdict steps: removing an association
 * or taking servers out of a load balancer unlinks rather than deletes, a tool that provides
 * instructions for a workflow step only informs, and a create-or-update (upsert) updates in place.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const reasonOf = (example: ToolExample) => {
  const tool = exampleTool(example);
  return recommendRule(tool, classifyTool(tool)).reason ?? '';
};

// UNLINK-as-delete. Removing an association, a link or a binding between two things that both live on,
// said in so many words ("only removes the association", "the underlying environments are left intact").
ruleFamily(
  'description.unlinks',
  [
    {
      name: 'removeSystemEnvironmentAssociations',
      description:
        'Detaches workspace environments from a system environment. This only removes the association — the underlying environments are left intact.',
    },
    { name: 'unlink_repository', description: 'Only removes the link between the project and the repository.' },
    { name: 'remove_binding', description: 'This tool only deletes the binding; the underlying resources remain untouched.' },
    { name: 'detach_policy', description: 'Removes the relationship. The underlying policy and role stay intact.' },
  ],
  [
    { name: 'delete_environment', description: 'Deletes an environment and all its variables.' },
    { name: 'delete_link', description: 'Deletes a short link permanently.' },
    { name: 'remove_file', description: 'Removes the file. Other files are left intact.' },
    { name: 'delete_tag', description: 'Delete a tag and remove it from every contact carrying it.' },
  ],
);

describe('removing associations between two things that live on is a change, not a deletion', () => {
  it.each([
    ['removeApiCatalogSystemEnvironmentAssociations', 'Removes workspace environment associations from a system environment.'],
    ['remove_associations', 'Removes the associations between a contact and its companies.'],
    ['delete_relationship', 'Deletes the relationship between two records.'],
  ])('%s is Write/medium rate_limit', (name, description) => {
    const v = exampleVerdict({ name, description });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'medium', 'rate_limit']);
  });
  it('deleting a record with its associations stays a deletion', () => {
    expect(exampleVerdict({ name: 'delete_contact', description: 'Deletes a contact and its associations.' }).category).toBe('Destructive');
  });
});

// Taking servers out of a load balancer or a target group: they live on, but stop taking traffic.
ruleFamily(
  'verb.take-out-of-rotation',
  [
    { name: 'lb-remove-droplets', description: 'Remove Droplets from a Load Balancer' },
    { name: 'remove_instances_from_load_balancer' },
    { name: 'remove_instances_from_target_group' },
    { name: 'deregister_instances_from_load_balancer' },
    { name: 'elb_deregister_instances' },
  ],
  [
    { name: 'lb-delete', description: 'Delete a Load Balancer' },
    { name: 'lb-remove-fwd-rules', description: 'Remove forwarding rules from a Load Balancer' },
    { name: 'firewall-remove-droplets', description: 'Remove Droplets from a Firewall' },
    { name: 'delete_droplet', description: 'Deletes a droplet.' },
  ],
);

describe('taking servers out of a load balancer is held for an outage, not a loss of data', () => {
  const example = { name: 'lb-remove-droplets', description: 'Remove Droplets from a Load Balancer' };
  it('Write/high require_approval, and the reason names the outage', () => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
    expect(reasonOf(example)).toMatch(/take a running system offline/);
    expect(reasonOf(example)).not.toMatch(/deletes data/);
  });
});

describe('a warning of loss that says the loss is access gives an access reason', () => {
  it('removing someone from a partnership revokes their access: "changes permissions", not "deletes data"', () => {
    const reason = reasonOf({
      name: 'manage_partner_invites',
      description:
        'Manages partner access: invites partners by email address, or removes them from the partnership. ' +
        'This is irreversible in effect — removing someone from a partnership revokes their access to every shared workspace.',
      annotations: { readOnlyHint: false, destructiveHint: true },
    });
    expect(reason).toMatch(/changes permissions/);
    expect(reason).not.toMatch(/deletes data/);
  });
  it('a warning that something is deleted keeps "deletes data"', () => {
    expect(reasonOf({ name: 'delete_project', description: 'Permanently deletes the project. This is irreversible.' })).toMatch(
      /deletes data/,
    );
  });
});

// D-computation-as-write. "Use this tool to provide next-step instructions": guidance, whatever the name's verb.
ruleFamily(
  'description.guidance',
  [
    { name: 'transition_prd_to_lwc', description: 'Use this tool to provide next-step migration instructions from a PRD to an LWC.' },
    { name: 'plan_migration', description: 'Use this tool to get step-by-step instructions for migrating the app.' },
    { name: 'setup_auth', description: 'Use the setup tool to provide guidance on configuring authentication.' },
  ],
  [
    { name: 'transition_issue', description: 'Use this tool to transition an issue to a new status.' },
    { name: 'send_instructions', description: 'Use this tool to send the instructions to the customer by email.' },
  ],
);

describe('a workflow step that provides instructions and names nowhere to keep anything only informs', () => {
  it.each([
    ['transition_prd_to_lwc', 'Use this tool to provide next-step migration instructions from a PRD to a Lightning Web Component.'],
    ['advance_workflow_step', 'Use this tool to provide instructions for the next step of the migration workflow.'],
  ])('%s is Read/low allow, even with readOnlyHint: false', (name, description) => {
    const v = exampleVerdict({
      name,
      description,
      parameters: { componentName: 'string: the component' },
      annotations: { readOnlyHint: false },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
  });
  it('a transition with an id to change keeps its write', () => {
    const v = exampleVerdict({
      name: 'transition_issue',
      description: 'Transitions an issue to a new status.',
      parameters: { issueId: 'string: the issue' },
      annotations: { readOnlyHint: false },
    });
    expect(v.category).toBe('Write');
  });
});

// DESTRUCTIVE-hint-missed. A create-or-update (upsert) updates what exists in place: destructiveHint true.
ruleFamily(
  'description.create-or-replace',
  [
    { name: 'upload_file', description: 'Creates or overwrites a file at the specified path in the sandbox.' },
    { name: 'webtests_put', description: 'Create or update a standard web test.' },
    { name: 'save_record', description: 'Upserts the record by its key.' },
    { name: 'write_config', description: 'Creates the config if it does not exist, or updates the existing one.' },
    { name: 'store_item', description: 'Writes the item; replaces it if it already exists.' },
  ],
  [
    { name: 'create_index', description: 'Creates an index. Blocks until the index is ready to accept upserts and queries.' },
    { name: 'upload_file', description: 'Creates a new file at the given path.' },
    { name: 'list_records', description: 'Lists records you can create or update.' },
  ],
);

describe('a create-or-update predicts destructiveHint true and stays a write', () => {
  it.each([
    ['upload_file', 'Creates or overwrites a file at the specified path in the session sandbox with the given content.'],
    ['monitor_webtests_createorupdate', 'Create or update a standard web test in Azure Monitor to monitor endpoint availability.'],
    ['loadtesting_testrun_createorupdate', 'Create or update a load test run.'],
  ])('%s', (name, description) => {
    const tool = exampleTool({ name, description, parameters: { path: 'string: where', content: 'string: what' } });
    const c = classifyTool(tool);
    expect(c.suggestedAnnotations.destructiveHint).toBe(true);
    expect(c.category).toBe('Write');
  });
  it('the run-together name verb is read as a create-or-update, not the leading namespace', () => {
    const c = classifyTool(exampleTool({ name: 'monitor_webtests_createorupdate' }));
    expect(c.category).toBe('Write');
    expect(c.suggestedAnnotations.destructiveHint).toBe(true);
  });
  it('a plain upload only adds', () => {
    const c = classifyTool(exampleTool({ name: 'upload_file', description: 'Uploads a new file to the bucket.' }));
    expect(c.suggestedAnnotations.destructiveHint).toBe(false);
  });
});
