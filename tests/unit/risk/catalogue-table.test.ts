/**
 * Expected verdicts for real tools of the bundled catalogue, as a security engineer would rate
 * them. The table covers every category and every risk level; the reasoning for the less obvious
 * rows is in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { Category, RiskLevel } from '../../../src/catalogue/schema.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { realTool } from './helpers.ts';

type Row = [file: string, tool: string, category: Category, risk: RiskLevel];

const f = (name: string) => `${name}-mcp-server.json`;

const TABLE: Row[] = [
  // Read, low: metadata and public reference data.
  [f('aws-documentation'), 'search_documentation', 'Read', 'low'],
  [f('redshift'), 'list_clusters', 'Read', 'low'],
  [f('iam'), 'list_roles', 'Read', 'low'],
  [f('aws-pricing'), 'get_pricing', 'Read', 'low'], // public AWS list prices, not the account's spend
  [f('aws-location'), 'geocode', 'Read', 'low'],
  [f('amazon-translate'), 'detect_language', 'Read', 'low'],
  [f('cloudwatch'), 'get_metric_data', 'Read', 'low'],
  [f('aws-iot-sitewise'), 'get_current_timestamp', 'Read', 'low'],
  [f('amazon-mq'), 'list_brokers', 'Read', 'low'],
  [f('aws-healthomics'), 'ListAHOWorkflows', 'Read', 'low'],
  [f('aws-serverless'), 'deploy_serverless_app_help', 'Read', 'low'], // explains deploying, does not deploy
  ['mcp-server-memory.json', 'read_graph', 'Read', 'low'],
  // Read, medium: untrusted or sensitive content, free-form queries, arbitrary paths.
  [f('aws-documentation'), 'read_documentation', 'Read', 'medium'], // fetches a page written by others
  [f('healthlake'), 'read_fhir_resource', 'Read', 'medium'], // health records
  [f('healthimaging'), 'get_patient_studies', 'Read', 'medium'],
  [f('eks'), 'get_pod_logs', 'Read', 'medium'], // logs carry tokens and personal data
  [f('cloudwatch'), 'execute_log_insights_query', 'Read', 'medium'], // Logs Insights cannot write
  [f('prometheus'), 'ExecuteQuery', 'Read', 'medium'], // PromQL cannot write
  [f('aurora-dsql'), 'readonly_query', 'Read', 'medium'],
  [f('amazon-keyspaces'), 'executeQuery', 'Read', 'medium'], // "read-only SELECT"
  [f('redshift'), 'execute_query', 'Read', 'medium'], // SQL, but annotated read-only and nothing contradicts it
  [f('document-loader'), 'read_document', 'Read', 'medium'], // any path the agent names
  ['mcp-server-filesystem.json', 'read_file', 'Read', 'medium'],
  // Read, high: returns secrets.
  ['mcp-server-everything.json', 'get-env', 'Read', 'high'], // environment variables hold credentials
  // Read, low: closing the tool's own session changes nothing behind it.
  [f('documentdb'), 'disconnect', 'Read', 'low'],
  [f('memcached'), 'cache_quit', 'Read', 'low'],
  // Write, low.
  [f('amazon-bedrock-agentcore'), 'browser_close', 'Write', 'low'],
  // Write, medium: ordinary changes.
  [f('aws-appsync'), 'create_api', 'Write', 'medium'],
  [f('memcached'), 'cache_set', 'Write', 'medium'],
  [f('amazon-sns-sqs'), 'send_message', 'Write', 'medium'], // to a queue, not to people
  [f('s3-tables'), 'create_table', 'Write', 'medium'],
  [f('documentdb'), 'insert', 'Write', 'medium'],
  [f('aws-support'), 'create_support_case', 'Write', 'medium'],
  [f('amazon-translate'), 'create_terminology', 'Write', 'medium'],
  [f('aws-transform'), 'get_resource', 'Write', 'medium'], // writes the artifact to `savePath`
  // Write, high: people, identities, exposure, health records, cluster state.
  [f('amazon-sns-sqs'), 'publish', 'Write', 'high'], // SMS or email to any number
  [f('iam'), 'create_user', 'Write', 'high'],
  [f('iam'), 'create_access_key', 'Write', 'high'],
  [f('aws-dataprocessing'), 'upload_to_s3', 'Write', 'high'], // `make_public`
  [f('eks'), 'apply_yaml', 'Write', 'high'],
  [f('healthlake'), 'update_fhir_resource', 'Write', 'high'],
  // Write, critical: the agent writes permissions.
  [f('iam'), 'put_role_policy', 'Write', 'critical'],
  [f('iam'), 'attach_user_policy', 'Write', 'critical'],
  [f('aws-dataprocessing'), 'add_inline_policy', 'Write', 'critical'],
  // Execute, medium: starts a bounded check.
  [f('aws-for-sap-management'), 'start_config_checks', 'Execute', 'medium'],
  [f('security-agent'), 'start_security_scan', 'Execute', 'medium'],
  // Execute, high.
  [f('ecs'), 'build_and_push_image_to_ecr', 'Execute', 'high'],
  [f('finch'), 'finch_build_container_image', 'Execute', 'high'],
  [f('aws-serverless'), 'sam_deploy', 'Execute', 'high'],
  [f('postgres'), 'run_query', 'Execute', 'high'], // any SQL, no read-only claim
  [f('amazon-neptune'), 'run_gremlin_query', 'Execute', 'high'], // Gremlin can mutate the graph
  [f('amazon-bedrock-agentcore'), 'invoke_agent_runtime', 'Execute', 'high'],
  [f('amazon-mq'), 'reboot_broker', 'Execute', 'high'],
  [f('healthlake'), 'start_fhir_export_job', 'Execute', 'high'],
  // Execute, critical: the agent writes the program.
  [f('aws-api'), 'call_aws', 'Execute', 'critical'],
  [f('amazon-bedrock-agentcore'), 'execute_command', 'Execute', 'critical'],
  [f('amazon-bedrock-agentcore'), 'execute_code', 'Execute', 'critical'],
  [f('amazon-bedrock-agentcore'), 'browser_evaluate', 'Execute', 'critical'], // JavaScript with the page's cookies
  // Destructive, medium: one small item.
  [f('amazon-sns-sqs'), 'delete_message', 'Destructive', 'medium'],
  [f('aws-for-sap-management'), 'delete_schedule', 'Destructive', 'medium'],
  [f('valkey'), 'json_arrpop', 'Destructive', 'medium'],
  // Destructive, high.
  [f('iam'), 'delete_user', 'Destructive', 'high'],
  [f('aws-transform'), 'delete_job', 'Destructive', 'high'],
  [f('amazon-sns-sqs'), 'delete_queue', 'Destructive', 'high'],
  [f('aws-dataprocessing'), 'manage_aws_glue_jobs', 'Destructive', 'high'], // worst operation: delete-job
  [f('eks'), 'manage_k8s_resource', 'Destructive', 'high'], // operation "delete"
  [f('aws-transform'), 'manage_collaborator', 'Write', 'high'], // action "remove" revokes a collaborator's access; "put" grants a role
  ['mcp-server-filesystem.json', 'write_file', 'Destructive', 'high'], // overwrites existing files
  // Destructive, critical: whole stores, bulk, health data.
  [f('aws-transform'), 'delete_workspace', 'Destructive', 'critical'],
  [f('timestream-for-influxdb'), 'DeleteDbCluster', 'Destructive', 'critical'],
  [f('memcached'), 'cache_flush_all', 'Destructive', 'critical'],
  [f('healthimaging'), 'delete_patient_studies', 'Destructive', 'critical'],
  [f('healthimaging'), 'bulk_delete_by_criteria', 'Destructive', 'critical'],
  [f('healthimaging'), 'delete_datastore', 'Destructive', 'critical'],
  [f('documentdb'), 'dropCollection', 'Destructive', 'critical'],
  [f('amazon-sns-sqs'), 'purge_queue', 'Destructive', 'critical'],
  // Read, medium: the account's spend and billing records are sensitive, but reading them moves no money.
  [f('billing-cost-management'), 'cost-explorer', 'Read', 'medium'],
  [f('billing-cost-management'), 'budgets', 'Read', 'medium'],
  [f('billing-cost-management'), 'invoicing', 'Read', 'medium'],
  [f('billing-cost-management'), 'sp-purchase-analyzer', 'Read', 'medium'], // analyses a purchase, does not make it
  [f('billing-cost-management'), 'list-custom-line-items', 'Read', 'medium'],
  [f('billing-cost-management'), 'list-custom-line-item-versions', 'Read', 'medium'],
  [f('elasticache'), 'get-cost-and-usage', 'Read', 'medium'],
  // Financial, high: provisions capacity billed while it exists.
  [f('elasticache'), 'create-cache-cluster', 'Financial', 'high'],
  [f('elasticache'), 'create-serverless-cache', 'Financial', 'high'],
  [f('elasticache'), 'create-replication-group', 'Financial', 'high'],
  [f('elasticache'), 'create-jump-host-cache-cluster', 'Financial', 'high'], // launches an EC2 instance
  [f('postgres'), 'create_cluster', 'Financial', 'high'],
  [f('mysql'), 'create_cluster', 'Financial', 'high'],
  [f('sagemaker-ai'), 'update_hp_cluster', 'Financial', 'high'], // resizes GPU instance groups
  [f('timestream-for-influxdb'), 'CreateDbInstance', 'Financial', 'high'], // also `publicly_accessible`
  // Dispatchers of any resource type are as powerful as the API behind them.
  [f('ccapi'), 'create_resource', 'Execute', 'high'],
  [f('ccapi'), 'update_resource', 'Execute', 'high'],
  [f('ccapi'), 'delete_resource', 'Destructive', 'critical'],
  [f('aws-dataprocessing'), 'manage_aws_emr_ec2_steps', 'Execute', 'high'], // add-steps runs the steps
  // Sibling tools agree.
  [f('elasticache'), 'delete-cache-cluster', 'Destructive', 'critical'],
  [f('elasticache'), 'delete-replication-group', 'Destructive', 'critical'],
];

describe('classifyTool on real catalogue tools', () => {
  it('covers every category and every risk level with at least 60 tools', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(TABLE.map((row) => row[2]))).toEqual(new Set(['Read', 'Write', 'Execute', 'Destructive', 'Financial']));
    expect(new Set(TABLE.map((row) => row[3]))).toEqual(new Set(['low', 'medium', 'high', 'critical']));
  });

  it('no read-only tool of the bundled catalogue is Financial: every Financial tool changes something', () => {
    for (const [file, name, category] of TABLE) {
      if (category !== 'Financial') continue;
      expect(classifyTool(realTool(file, name)).suggestedAnnotations.readOnlyHint, name).toBe(false);
    }
    expect(new Set(TABLE.map((row) => row[3]))).toEqual(new Set(['low', 'medium', 'high', 'critical']));
  });

  it.each(TABLE)('%s %s -> %s / %s', (file, name, category, risk) => {
    const result = classifyTool(realTool(file, name));
    expect({ category: result.category, risk: result.risk }).toEqual({ category, risk });
  });

  it('build_and_push_image_to_ecr: Execute / high, with evidence naming the build and the push to the registry', () => {
    const result = classifyTool(realTool(f('ecs'), 'build_and_push_image_to_ecr'));
    expect(result.category).toBe('Execute');
    expect(result.risk).toBe('high');
    const evidence = result.evidence.join('\n');
    expect(evidence).toMatch(/\bbuild/i);
    expect(evidence).toMatch(/push[^\n]*registry/i);
    expect(evidence).toContain('build_and_push_image_to_ecr');
    expect(result.rationale).toContain('`app_path`');
  });
});
