/**
 * Rules that read the tool's name: its verbs (judged with the verb table) and the nouns that say
 * what it is about whatever its verb. A name is the one part of a tool every client shows, and
 * authors choose it to say what the tool does, so its verbs are strong evidence.
 */
import type { RuleMeta } from './types.ts';

export const NAME_RULES = {
  verb: {
    id: 'name.verb',
    summary:
      'The verb of the name, split whatever its style (delete_bucket, deleteBucket, bucket.delete): the first verb, or an unambiguous verb that follows a word that is also a noun (image_tag_list lists, file_share_get gets), plus verbs joined to it by "and"/"or" (build_and_push). Its category and risk come from the lexicon and the verb table.',
    implies: {},
    fires: { name: 'delete_bucket' },
    quiet: { name: 'bucket_status' },
  },
  nounManagement: {
    id: 'name.noun-management',
    summary:
      'A name that ends in "management" or "administration" after nouns (project-management, node_management): a noun compound for a multi-action tool that manages them. A word before it that is also a verb ("project", "deploy") is part of the object, not the verb.',
    implies: {},
    fires: { name: 'project-management' },
    quiet: { name: 'project_list' },
  },
  informational: {
    id: 'name.informational',
    summary:
      'A name whose last word is help, guide, docs, instructions or the like: the tool explains how to do something rather than doing it.',
    implies: { category: 'Read', risk: 'low' },
    fires: { name: 'deploy_app_help' },
    quiet: { name: 'deploy_app' },
  },
  readOutput: {
    id: 'name.read-output',
    summary:
      'A name with no verb but a word for something to read (report, status, history, metrics, recommendations): weak evidence that the tool reads.',
    implies: { category: 'Read', risk: 'low' },
    fires: { name: 'cluster_status' },
    quiet: { name: 'cluster_widget' },
  },
  moneyNoun: {
    id: 'name.money-records',
    summary:
      'A name with no verb that is about an account’s money records (billing, budgets, invoices, cost, credits): a read of commercially sensitive data, weak evidence.',
    implies: { category: 'Read', risk: 'medium', capability: 'sensitive-data' },
    fires: { name: 'budgets' },
    quiet: { name: 'buckets' },
  },
  health: {
    id: 'name.health-data',
    summary:
      'A name that mentions patients, FHIR, DICOM, medical, clinical or genomic data: regulated data about people, at least medium risk.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    fires: { name: 'search_patients' },
    quiet: { name: 'search_parts' },
  },
  secret: {
    id: 'name.credentials',
    summary: 'A name that mentions secrets, passwords, tokens, vaults or keys: the tool handles credentials, at least medium risk.',
    implies: { risk: 'medium', capability: 'credentials' },
    fires: { name: 'list_api_keys' },
    quiet: { name: 'list_apis' },
  },
  iamChange: {
    id: 'name.access-change',
    summary:
      'A name that changes (any verb but a read) identities, roles, policies or permissions: at least high risk. Not an identity word that says how the tool signs in (connect_with_oauth, login_via_sso) or names the caller (assign_current_user).',
    implies: { risk: 'high', capability: 'permissions' },
    fires: { name: 'detach_role_policy' },
    quiet: { name: 'list_role_policies' },
  },
  bulkChange: {
    id: 'name.bulk-change',
    summary:
      'A name that changes many things at once (batch, bulk, all, many): a mistake is multiplied, at least medium risk, and high when its verb overwrites or removes in place (batch_update, bulk_delete) rather than adds. Not "batch" before a kind of job (batch_inference, batch_job, batch_prediction): that names one offline job, not many items.',
    implies: { risk: 'medium', capability: 'bulk' },
    fires: { name: 'batch_update_items' },
    quiet: { name: 'batch_get_items' },
  },
  externalContent: {
    id: 'name.external-content',
    summary:
      'A reading name about documents, web pages, e-mails, messages, files, logs or the network requests a page made: what comes back was written by others and reaches the agent as input. A snapshot only in a browser or page ("browser_snapshot", a snapshot of the page\'s DOM) or of a running program\'s captured values, not a stored copy of a VM, volume, file share or DNS zone ("VPS_getSnapshotV1").',
    implies: { capability: 'external-content' },
    fires: { name: 'read_email' },
    quiet: { name: 'read_metrics' },
  },
} as const satisfies Record<string, RuleMeta>;
