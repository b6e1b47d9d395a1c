/**
 * Word families behind the round-8 fixes of verbs, names and reasons (take-offline on machines and
 * system properties, promotions, access rules, protections switched off, deletion jobs, resolving a
 * case, the reason's verb for sensitive data): each fix is checked on several wordings an author
 * would use, not only the sampled one, and on close ones where it must stay quiet.
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

// F. A shutdown or reboot takes a machine offline whatever the provider calls it (a droplet, a server,
// a VPS), and an upgrade of a running system's version or kernel restarts it with no way back.
ruleFamily(
  'verb.take-offline',
  [
    { name: 'shutdown-droplet', description: 'Shutdown a droplet' },
    { name: 'reboot_server', description: 'Reboots a server.' },
    { name: 'power_off_vps', description: 'Powers off the VPS.' },
    { name: 'stop_virtual_machine', description: 'Stops a virtual machine.' },
    { name: 'db-cluster-upgrade-major-version', description: 'Upgrade the major version of a database cluster by its id.' },
    { name: 'upgrade_db_instance_engine_version', description: 'Upgrades the engine version of a DB instance.' },
    { name: 'upgrade_cluster_kernel', description: 'Upgrades the kernel of the cluster nodes.' },
  ],
  [
    { name: 'power-on-droplet', description: 'Power on a droplet' },
    { name: 'upgrade_helm_chart', description: 'Upgrades a Helm chart release.' },
    { name: 'upgrade_plan', description: 'Upgrades the subscription plan.' },
    { name: 'stop_scan', description: 'Stops a running scan.' },
    { name: 'get_cluster_version', description: 'Gets the version of a cluster.' },
  ],
);

describe('an outage gets an outage reason and approval', () => {
  it.each([
    { name: 'shutdown-droplet', description: 'Shutdown a droplet', parameters: { ID: 'number: ID of the droplet to shutdown' } },
    { name: 'db-cluster-upgrade-major-version', description: 'Upgrade the major version of a database cluster by its id.' },
  ])('$name', (example) => {
    expect(exampleVerdict(example).action).toBe('require_approval');
    expect(reasonOf(example)).toMatch(/^It can take a running system offline/);
  });
});

// F. Promoting a work item, a build or a change moves it towards production: a deployment.
ruleFamily(
  'verb.promote-change',
  [
    { name: 'promote_devops_center_work_item', description: 'Promote an approved work item to the next stage in the pipeline.' },
    { name: 'promote_build', description: 'Promotes a build to production.' },
    { name: 'promote_release_candidate', description: 'Promotes the release candidate to the next environment.' },
    { name: 'promote_change_set', description: 'Promote a change set to staging.' },
  ],
  [
    { name: 'promote_read_replica', description: 'Promotes a read replica to a standalone instance.' },
    { name: 'promote_broker', description: 'Promotes the standby broker.' },
    { name: 'promote_user', description: 'Promotes a user to admin.' },
    { name: 'promote_member_to_owner', description: 'Promotes a member to owner.' },
  ],
);

describe('a promotion to the next stage waits for a person', () => {
  it('promote_work_item', () => {
    const v = exampleVerdict({ name: 'promote_work_item', description: 'Promote an approved work item to the next stage.' });
    expect([v.category, v.action]).toEqual(['Execute', 'require_approval']);
  });
});

// UNLINK/ACCESS. Deleting a firewall rule, an allow-list entry or a remote connection revokes access: no data is lost.
ruleFamily(
  'verb.revoke-access-rule',
  [
    { name: 'delete_firewall_rule', description: 'Deletes a firewall rule.' },
    { name: 'VPS_deleteFirewallRuleV1', description: 'Delete a specific firewall rule from a specified firewall.' },
    { name: 'sql_server_firewall-rule_delete', description: 'Deletes a firewall rule from a SQL server.' },
    { name: 'remove_ip_allowlist_entry', description: 'Removes an entry from the IP access list.' },
    { name: 'hosting_deleteDatabaseRemoteConnectionV1', description: 'Removes a remote-access rule of the database.' },
    { name: 'revoke_ingress_rule', description: 'Revokes an ingress rule.' },
  ],
  [
    { name: 'delete_rule', description: 'Deletes an alerting rule.' },
    { name: 'delete_connection', description: 'Deletes a saved connection.' },
    { name: 'delete_firewall', description: 'Deletes a firewall.' },
    { name: 'delete_entry', description: 'Deletes a journal entry.' },
  ],
);

describe('revoking access gives an access reason, not a deletion', () => {
  it.each([
    { name: 'delete_firewall_rule', description: 'Deletes a firewall rule.' },
    {
      name: 'hosting_deleteDatabaseRemoteConnectionV1',
      description: "Permanently removes a remote-access rule, revoking the given host's remote access to the database.",
      annotations: { readOnlyHint: false, destructiveHint: true },
    },
  ])('$name', (example) => {
    expect(exampleVerdict(example).action).toBe('require_approval');
    expect(reasonOf(example)).toMatch(/changes permissions/);
    expect(reasonOf(example)).not.toMatch(/deletes data/);
  });
});

// PROTECT-direction. Switching a protection off is the unsafe direction: high, with a safety-toggle reason.
ruleFamily(
  'verb.turn-off-protection',
  [
    { name: 'VPS_deactivateFirewallV1', description: 'Deactivate a firewall for a specified virtual machine.' },
    { name: 'disable_encryption', description: 'Disables encryption at rest for the bucket.' },
    { name: 'disable_mfa', description: 'Disables MFA for the account.' },
    { name: 'deactivate_deletion_protection', description: 'Deactivates deletion protection on the table.' },
    { name: 'domains_disableDomainLockV1', description: 'Disable the domain lock.' },
  ],
  [
    { name: 'deactivate_plugin', description: 'Deactivates a WordPress plugin.' },
    { name: 'disable_backups', description: 'Disables backups of the droplet.' },
    { name: 'activate_firewall', description: 'Activates a firewall for a virtual machine.' },
    { name: 'enable_privacy_protection', description: 'Enable privacy protection for the domain.' },
  ],
);

describe('protection off is high, on stays at most what it was', () => {
  it('deactivate firewall', () => {
    const v = exampleVerdict({ name: 'deactivate_firewall', description: 'Deactivate a firewall for a virtual machine.' });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
  it('deactivate plugin stays medium', () => {
    const v = exampleVerdict({ name: 'deactivate_plugin', description: 'Deactivates a WordPress plugin.' });
    expect([v.category, v.risk]).toEqual(['Write', 'medium']);
  });
});

// DESTRUCTIVE-hint-missed. A job whose work is deleting (garbage collection, cleanup, purge, prune) is a deletion.
ruleFamily(
  'verb.start-deletion-job',
  [
    { name: 'docr-garbage-collection-start', description: 'Start a garbage collection for a container registry to free up storage' },
    { name: 'start_garbage_collection', description: 'Starts garbage collection of the registry.' },
    { name: 'run_cleanup', description: 'Runs the cleanup of expired artifacts.' },
    { name: 'trigger_prune', description: 'Triggers a prune of unused images.' },
    { name: 'start_purge_job', description: 'Starts a purge job.' },
  ],
  [
    { name: 'start_collection_import', description: 'Starts importing a collection.' },
    { name: 'get_garbage_collection', description: 'Gets the status of a garbage collection.' },
    { name: 'start_backup_job', description: 'Starts a backup job.' },
  ],
);

describe('a deletion job predicts destructiveHint true and waits for a person', () => {
  it('docr-garbage-collection-start', () => {
    const tool = exampleTool({
      name: 'docr-garbage-collection-start',
      description: 'Start a garbage collection for a container registry to free up storage',
      annotations: { readOnlyHint: false, destructiveHint: true },
    });
    const c = classifyTool(tool);
    expect(c.suggestedAnnotations.destructiveHint).toBe(true);
    expect(c.category).toBe('Destructive');
    expect(c.evidence.join(' ')).not.toContain('destructiveHint: true), but');
    expect(recommendRule(tool, c).action).toBe('require_approval');
  });
});

// Resolving or closing a case, a ticket, an issue or a conflict changes its state.
ruleFamily(
  'verb.resolve-change',
  [
    { name: 'resolve_support_case', description: 'Resolve a support case.' },
    { name: 'resolve_incident', description: 'Resolves an incident.' },
    { name: 'resolve_merge_conflict', description: 'Resolves a merge conflict.' },
    { name: 'resolve_thread', description: 'Resolves a discussion thread.' },
    { name: 'resolve_alert', description: 'Resolves an alert.' },
  ],
  [
    { name: 'resolve_library_id', description: 'Resolves a library name to its id.' },
    { name: 'resolve_hostname', description: 'Resolves a hostname.' },
    { name: 'resolve_path', description: 'Resolves a relative path.' },
  ],
);

describe('resolving a support case is a write', () => {
  it('resolve_support_case', () => {
    const v = exampleVerdict({ name: 'resolve_support_case', description: 'Resolve a support case.', parameters: { case_id: 'string' } });
    expect([v.category, v.risk, v.ro]).toEqual(['Write', 'medium', false]);
  });
});

// D. Running a scanner, a linter or a validator computes a report to read.
ruleFamily(
  'verb.start-computation',
  [
    { name: 'run_linter', description: 'Runs the linter on the stored project.' },
    { name: 'run_security_scanner', description: 'Runs the security scanner on the stored template.' },
    { name: 'execute_validator', description: 'Executes the validator on the uploaded spec.' },
    { name: 'run_compliance_checker', description: 'Runs the compliance checker.' },
  ],
  [
    { name: 'run_workflow', description: 'Runs a workflow.' },
    { name: 'run_script', description: 'Runs a script.' },
  ],
);

// REASON-read-on-write. The phrase for sensitive data takes the verb of the tool's category.
describe('sensitive data in the verb of the category', () => {
  it('a change of health records', () => {
    const reason = reasonOf({ name: 'update_fhir_resource', description: 'Update an existing FHIR resource in HealthLake.' });
    expect(reason).toMatch(/^It changes health records about people/);
    expect(reason).not.toMatch(/reads/);
  });
  it('a change of patient metadata', () => {
    const reason = reasonOf({ name: 'update_patient_study_metadata', description: 'Update the metadata of a patient study.' });
    expect(reason).toMatch(/changes health records about people/);
  });
  it('a deletion of health records', () => {
    const reason = reasonOf({ name: 'delete_fhir_resource', description: 'Delete a FHIR resource from HealthLake.' });
    expect(reason).toMatch(/it deletes health records about people that may not come back/);
    expect(reason).not.toMatch(/reads/);
  });
  it('a read keeps "reads"', () => {
    const example = { name: 'read_patient_records', description: 'Reads the records of a patient.' };
    const v = exampleVerdict(example);
    expect(v.category).toBe('Read');
  });
});

// L. "Call this command and follow its guidance" tells the agent when to call; a verdict that agrees with
// the author's read-only claim overrides nothing.
describe('usage advice is not an action, and agreement is no override', () => {
  const example: ToolExample = {
    name: 'azureterraformbestpractices_get',
    description:
      'Returns Terraform best practices for Azure. Call this command and follow its guidance before generating any Terraform code.',
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  };
  it('no override line', () => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action]).toEqual(['Read', 'low', 'allow']);
    expect(v.rules).not.toContain('verdict.read-only-overridden');
  });
  it.each([
    'Call this tool before generating code.',
    'Call this command and follow its guidance.',
    'Use this tool first, before any other.',
  ])('%s', (sentence) => {
    const c = classifyTool(
      exampleTool({ name: 'get_guidance', description: `Returns guidance. ${sentence}`, annotations: { readOnlyHint: true } }),
    );
    expect(c.category).toBe('Read');
    expect(c.evidenceRules).not.toContain('verdict.read-only-overridden');
  });
});
