/**
 * Round-5 classes about power and removal, tested over the family of wordings a real author uses,
 * not only the sampled one: outage verbs and deployments are sent for approval (F); stopping a
 * program or flushing a cache is not a deletion of stored data (B/G); protecting a branch is an
 * access change (ACCESS).
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict as verdict } from './families.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';

describe('F: work that takes a running system down or deploys is sent for approval', () => {
  it.each<ToolExample>([
    { name: 'servicefabric_managedcluster_nodetype_restart', description: 'Restart nodes of a specific node type in a managed cluster.' },
    { name: 'reboot_broker' },
    { name: 'restart_nodes' },
    { name: 'failover_db_cluster' },
    { name: 'drain_node' },
    { name: 'cordon_nodes' },
    { name: 'shutdown_instance' },
    { name: 'promote', parameters: { BrokerId: 'string' } },
    { name: 'reboot', parameters: { instance_id: 'string' } },
    { name: 'run_rollback_pipeline' },
    { name: 'trigger_release' },
    { name: 'start_deployment' },
    { name: 'rollback_release' },
  ])('$name needs approval', (example) => {
    expect(verdict(example).action).toBe('require_approval');
  });

  it.each<ToolExample>([
    { name: 'stop_scan' },
    { name: 'restart_conversation' },
    { name: 'run_test_pipeline' },
    { name: 'promote', parameters: { message: 'string' } },
  ])('$name is not held for approval', (example) => {
    expect(verdict(example).action).not.toBe('require_approval');
  });
});

describe('B/G: removal is rated by what is lost', () => {
  it.each<ToolExample>([
    { name: 'mobile_terminate_app' },
    { name: 'kill_process' },
    { name: 'terminate_application' },
    { name: 'abort_program' },
    { name: 'kill_app' },
  ])('$name stops a program: Execute/medium', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Execute', risk: 'medium' });
  });

  it.each<ToolExample>([
    { name: 'spaces-cdn-flush-cache' },
    { name: 'purge_cache' },
    { name: 'clear_website_cache' },
    { name: 'delete_cdn_cache' },
    { name: 'flush_buffer' },
  ])('$name empties a cache that refills: Write/medium', (example) => {
    expect(verdict(example)).toMatchObject({ category: 'Write', risk: 'medium' });
  });

  it.each<ToolExample>([
    { name: 'terminate_instances' },
    { name: 'delete_serverless_cache' },
    { name: 'delete_database' },
    { name: 'purge_queue' },
  ])('$name still destroys', (example) => {
    expect(verdict(example).category).toBe('Destructive');
  });

  it.each<ToolExample>([{ name: 'delete_app' }, { name: 'delete_application' }])(
    '$name is not a whole store (high, not critical)',
    (example) => {
      expect(verdict(example)).toMatchObject({ category: 'Destructive', risk: 'high' });
    },
  );
});

describe('ACCESS: protection is an access control', () => {
  it.each<ToolExample>([
    { name: 'unprotect_branch', description: 'Remove protection from a branch.' },
    { name: 'protect_branch' },
    { name: 'unprotect_tag' },
    { name: 'delete_branch_protection' },
  ])('$name changes who may push: high with approval', (example) => {
    const v = verdict(example);
    expect(v.risk).toBe('high');
    expect(v.action).toBe('require_approval');
  });

  it('unprotecting is not a data deletion', () => {
    expect(verdict({ name: 'unprotect_branch', description: 'Remove protection from a branch.' }).category).toBe('Write');
  });
});
