/**
 * Expected verdicts for real tools of the agreement corpus (tests/fixtures/agreement: real npm
 * servers with their authors' annotations), as the round-2 expert review of 15 servers judged
 * them. Each block pins one class of error the review found, so a rule change that brings the
 * class back fails here; the synthetic cases of the same classes are in edge-cases.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerFileSchema, type Category, type RiskLevel, type ServerFile } from '../../../src/catalogue/schema.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { PROJECT_ROOT } from '../../helpers/build.ts';
import { tool } from './helpers.ts';

const SERVERS = path.join(PROJECT_ROOT, 'tests/fixtures/agreement/servers');
const cache = new Map<string, ServerFile>();

function classified(server: string, name: string) {
  let file = cache.get(server);
  if (!file) {
    file = ServerFileSchema.parse(JSON.parse(readFileSync(path.join(SERVERS, `${server}.json`), 'utf8')));
    cache.set(server, file);
  }
  const tool = file.tools.find((t) => t.name === name);
  if (!tool) throw new Error(`${server} has no tool ${name}`);
  const classification = classifyTool(tool, { server: file.name, siblings: new Set(file.tools.map((t) => t.name)) });
  return { tool, classification, rule: recommendRule(tool, classification) };
}

type Row = [server: string, tool: string, category: Category, risk: RiskLevel];

function table(rows: Row[]) {
  it.each(rows)('%s %s -> %s / %s', (server, name, category, risk) => {
    const { classification } = classified(server, name);
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category, risk });
  });
}

describe('class A: the author’s destructiveHint does not outrank what the tool says it does', () => {
  table([
    ['notion', 'API-query-data-source', 'Read', 'low'], // queries a database; the hint comes from the POST method
    ['notion', 'API-create-a-comment', 'Write', 'medium'],
    ['notion', 'API-move-page', 'Write', 'medium'],
    ['ms-365', 'create-excel-table', 'Write', 'medium'],
    ['ms-365', 'create-onenote-notebook', 'Write', 'medium'],
    ['line', 'create_rich_menu', 'Write', 'medium'],
    ['line', 'set_rich_menu_default', 'Write', 'medium'],
    ['supabase', 'update_storage_config', 'Write', 'medium'],
    ['playwright', 'browser_resize', 'Write', 'low'], // the tool's own browser window
    ['playwright', 'browser_hover', 'Write', 'low'],
    ['playwright', 'browser_navigate', 'Write', 'medium'], // what it fetches, not what it deletes
    ['paddle', 'preview_prices', 'Read', 'low'], // readOnlyHint: false from the POST method; the name only previews
    ['paddle', 'preview_transaction_create', 'Read', 'low'], // "without creating a transaction entity"
    ['paddle', 'preview_subscription_update', 'Read', 'low'],
  ]);

  it('keeps the hint where the tool’s words agree or are silent', () => {
    expect(classified('ms-365', 'delete-calendar-event').classification.category).toBe('Destructive');
    expect(classified('mongodb', 'atlas-streams-teardown').classification.category).toBe('Destructive'); // "Delete Atlas Stream Processing resources"
  });

  it('says why the hint was set aside, and gives no "deletes data" reason', () => {
    const { classification, rule } = classified('notion', 'API-post-page');
    expect(classification.annotationConflicts.join(' ')).toMatch(/destructiveHint: true/);
    expect(JSON.stringify(rule)).not.toMatch(/deletes data/);
  });
});

describe('class C: a path on a remote service is not a path on the server’s disk', () => {
  table([
    ['gitlab', 'get_repository_tree', 'Read', 'low'], // "The path inside the repository"
    ['gitlab', 'list_commits', 'Read', 'low'],
    ['gitlab', 'verify_namespace', 'Read', 'low'], // a namespace path
    ['gitlab', 'get_ci_catalog_resource', 'Read', 'low'], // a project path
    ['gitlab', 'get_merge_request_file_diff', 'Read', 'low'],
  ]);

  it.each([
    ['gitlab', 'get_file_contents'],
    ['gitlab', 'update_project'], // `path` is the project slug
    ['supabase', 'deploy_edge_function'], // paths inside the uploaded `files`
    ['hostinger', 'hosting_getWebsiteFileContentV1'], // relative to the website's document root
    ['resend', 'create-domain'], // a Return-Path subdomain
  ])('%s %s gets no /workspace/ prefix check', (server, name) => {
    expect(JSON.stringify(classified(server, name).rule)).not.toContain('/workspace/');
  });

  it.each([
    ['desktop-commander', 'read_file', 'path'], // undescribed, on a tool about files
    ['kubernetes-flux159', 'kubectl_apply', 'filename'], // "read on the machine running the MCP server"
    ['digitalocean', 'genai-run-evaluation-workflow', 'dataset_file_path'], // a local CSV it uploads
    ['excel', 'excel_read_sheet', 'fileAbsolutePath'],
  ])('%s %s keeps the prefix check on the local path `%s`', (server, name, param) => {
    const rule = classified(server, name).rule as { arguments?: Record<string, { prefix?: string }> };
    expect(rule.arguments?.[param]?.prefix).toBe('/workspace/');
  });

  it('puts no team prefix on a Helm repository URL', () => {
    for (const name of ['install_helm_chart', 'upgrade_helm_chart'])
      expect(JSON.stringify(classified('kubernetes-flux159', name).rule)).not.toContain('your-team/');
  });
});

describe('class B: deleting one small or recoverable item is bounded by what it removes', () => {
  table([
    ['gitlab', 'delete_issue_emoji_reaction', 'Destructive', 'low'], // one reaction, set again in one click
    ['gitlab', 'delete_draft_note', 'Destructive', 'medium'], // "may be irreversible" is a hedge, not a warning
    ['gitlab', 'delete_merge_request_discussion_note', 'Destructive', 'medium'],
    ['ms-365', 'delete-mail-message', 'Destructive', 'medium'], // "To permanently delete, delete again": an instruction
    ['ms-365', 'delete-excel-table-row', 'Destructive', 'medium'],
    ['ms-365', 'delete-outlook-contact', 'Destructive', 'high'], // one person's record: approval, not deny
    ['ms-365', 'delete-contact-folder', 'Destructive', 'high'], // "lands in Deleted Items"
  ]);

  it('does not read advice about other tools as a read-only claim', () => {
    for (const name of ['create_issue', 'delete_draft_note']) {
      expect(classified('gitlab', name).classification.signals.some((s) => s.rule === 'description.read-only-claim')).toBe(false);
    }
  });
});

describe('class E: a word that may be a noun or a safe verb is read in the sense the definition settles', () => {
  table([
    ['paddle', 'list_discounts', 'Read', 'low'], // `code` is the discount code
    ['paddle', 'get_client_side_token', 'Read', 'low'], // "Can be exposed client-side safely"
    ['digitalocean', 'genai-model-eval-run-workflow', 'Execute', 'high'], // "Run a … model evaluation workflow": eval is a noun
    ['netlify', 'netlify-deploy-services-reader', 'Read', 'low'], // the agent noun "reader" heads the name
    ['digitalocean', 'alert-policy-create', 'Write', 'high'], // an alert policy is not an IAM policy (high: its Slack webhook URL receives every alert)
    ['gitlab', 'delete_branch', 'Destructive', 'high'], // a branch is a ref, not a whole store
    ['notion', 'API-post-search', 'Read', 'low'], // POST /search: the method, then the verb
    ['line', 'push_text_message', 'Write', 'medium'], // a push message is sent, not deployed
    ['line', 'broadcast_text_message', 'Write', 'high'], // to every follower at once
  ]);

  it('gives a push message the sender’s patterns, not the supply chain’s', () => {
    const ids = classified('line', 'push_text_message').classification.patterns.map((p) => p.id);
    expect(ids).not.toContain('supply-chain');
    expect(ids).toContain('data-exfiltration');
  });
});

describe('class D: execution and API pass-through reached through parameters that are not named `command`', () => {
  table([
    ['desktop-commander', 'interact_with_process', 'Execute', 'critical'], // `input` is typed into a shell or REPL
    ['kubernetes-flux159', 'kubectl_create', 'Execute', 'critical'], // a container `command`
    ['digitalocean', 'apps-create-app-from-spec', 'Execute', 'critical'], // spec.services[].build_command, inside array items
    ['supabase', 'apply_migration', 'Execute', 'high'], // "The SQL query to apply": SQL runs whatever the verb (as run_query)
    ['netlify', 'netlify-project-services-updater', 'Write', 'high'], // operations fixed in the alternatives of `selectSchema`; manage-env-vars
    ['ms-365', 'graph-batch', 'Execute', 'high'], // method: 'GET'|'POST'|'PATCH'|'DELETE' per request
  ]);

  it('names nested parameters by their path, into array items', () => {
    const { classification } = classified('digitalocean', 'apps-create-app-from-spec');
    expect(classification.signals.map((s) => s.text)).toContain('spec.services[].build_command');
  });

  it('reads a `shell` beside a `command` as the choice of shell, not a second command', () => {
    const { classification } = classified('desktop-commander', 'start_process');
    expect(classification.signals.filter((s) => s.rule === 'parameter.shell-command').map((s) => s.text)).toEqual(['command']);
  });
});

describe('class F: what describes a price moves no money; what commits billing does', () => {
  table([
    ['stripe', 'create_price', 'Write', 'medium'], // a catalogue price
    ['paddle', 'create_price', 'Write', 'medium'],
    ['paddle', 'create_discount', 'Write', 'medium'], // as stripe create_coupon
    ['stripe', 'create_payment_link', 'Write', 'medium'], // a link a customer may pay through; `price` is an ID
    ['stripe', 'update_subscription', 'Financial', 'high'], // proration_behavior: always_invoice bills now
    ['supabase', 'create_project', 'Financial', 'high'], // takes a cost confirmation id
    ['supabase', 'create_branch', 'Financial', 'high'],
    ['stripe', 'create_refund', 'Financial', 'critical'],
    ['paddle', 'create_adjustment', 'Financial', 'critical'], // "to refund or credit all or part of a transaction"
  ]);
});

describe('class I: CRM records whose kind an argument picks', () => {
  table([
    ['hubspot', 'hubspot-list-objects', 'Read', 'medium'], // objectType lists contacts and leads: personal data
    ['hubspot', 'hubspot-search-objects', 'Read', 'medium'],
    ['hubspot', 'hubspot-batch-read-objects', 'Read', 'medium'],
    ['hubspot', 'hubspot-batch-create-objects', 'Write', 'medium'], // record kinds of one CRM, not any resource of an API
    ['hubspot', 'hubspot-batch-update-objects', 'Write', 'high'], // overwrites up to 100 records in place
  ]);

  it('gives no command-injection pattern to a CRM batch insert', () => {
    expect(classified('hubspot', 'hubspot-batch-create-objects').classification.patterns.map((p) => p.id)).not.toContain(
      'command-injection',
    );
  });
});

describe('class G: the author asks for a person, or the tool hands out sign-in links', () => {
  it.each([
    ['paddle', 'replay_notification'], // "Don't use this tool without checking with the user first"
    ['supabase', 'confirm_cost'], // "Ask the user to confirm …": a person's consent is the point
    ['paddle', 'create_customer_portal_session'],
  ])('%s %s is held for approval', (server, name) => {
    expect(classified(server, name).rule.action).toBe('require_approval');
  });

  it('rates a tool that returns links which sign a customer in as handing out credentials', () => {
    const { classification } = classified('paddle', 'create_customer_portal_session');
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category: 'Write', risk: 'high' });
    expect(classification.signals.some((s) => s.rule === 'description.mints-access' && s.capability === 'credentials')).toBe(true);
  });

  it('does not ask for approval because the description tells the agent to confirm before calling another tool', () => {
    const t = tool({
      name: 'get_task',
      description: 'Gets a task. After fetching a task, wait for the user’s decision before calling complete_task.',
    });
    expect(recommendRule(t, classifyTool(t, { siblings: new Set(['complete_task']) })).action).not.toBe('require_approval');
  });
});

describe('class H: exposure and safety switches judged by what they do', () => {
  table([
    ['digitalocean', 'functions-list-packages', 'Read', 'low'], // `Public` only includes public packages in the result
    ['digitalocean', 'functions-create-or-update-package', 'Write', 'high'], // `Publish`: "make the package publicly accessible"
    ['desktop-commander', 'set_config_value', 'Write', 'critical'], // an empty allowedDirectories allows full file-system access
  ]);

  it('keeps a visibility away from "public", an auth requirement on, and a publish switch off', () => {
    const args = (server: string, name: string) =>
      (classified(server, name).rule as { arguments?: Record<string, unknown> }).arguments ?? {};
    expect(args('gitlab', 'update_project').visibility).toEqual({ kind: 'notOneOf', values: ['public'] });
    expect(args('supabase', 'deploy_edge_function').verify_jwt).toEqual({ kind: 'oneOf', values: [true] });
    expect(args('digitalocean', 'functions-create-or-update-package').Publish).toEqual({ kind: 'oneOf', values: [false] });
  });

  it('does not read access-control lists of a database user as public exposure', () => {
    expect(classified('digitalocean', 'db-cluster-update-user').classification.patterns.map((p) => p.id)).not.toContain(
      'data-exfiltration',
    );
  });
});

describe('class K: availability and recoverability', () => {
  table([
    ['ms-365', 'remove-account', 'Write', 'low'], // a cached login, not the account
    ['digitalocean', 'lb-delete-cache', 'Write', 'medium'], // a CDN cache rebuilds from the origin: nothing is lost
    ['supabase', 'pause_project', 'Write', 'high'], // takes the project's database and APIs offline
  ]);
});

describe('class N: local files the tool reaches or sends out', () => {
  it('gives a file search over an undescribed path the reach of a file reader', () => {
    const { classification, rule } = classified('desktop-commander', 'start_search'); // searchType files|content
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category: 'Read', risk: 'medium' });
    expect((rule as { arguments?: Record<string, { prefix?: string }> }).arguments?.path?.prefix).toBe('/workspace/');
  });

  it('treats uploading local files into a browser page as a way out for any file', () => {
    const { classification } = classified('playwright', 'browser_file_upload');
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category: 'Execute', risk: 'high' });
    expect(classification.patterns.map((p) => p.id)).toContain('data-exfiltration');
  });

  it('finds the local dataset an evaluation workflow uploads (PE5)', () => {
    expect(classified('digitalocean', 'genai-create-evaluation-dataset').classification.patterns.map((p) => p.id)).toContain(
      'data-exfiltration',
    );
  });
});

describe('class J: Kubernetes arguments that widen the reach', () => {
  it('rates a get of any resource type as a read of credentials and keeps Secrets out of `resourceType`', () => {
    const { classification, rule } = classified('kubernetes-flux159', 'kubectl_get');
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category: 'Read', risk: 'medium' });
    const condition = (rule as { arguments?: Record<string, { kind: string; values?: string[] }> }).arguments?.resourceType;
    expect(condition?.kind).toBe('notOneOf');
    expect(condition?.values).toEqual(expect.arrayContaining(['Secret', 'secrets']));
  });

  it('raises a delete across all namespaces or by label selector to critical', () => {
    const { classification } = classified('kubernetes-flux159', 'kubectl_delete');
    expect({ category: classification.category, risk: classification.risk }).toEqual({ category: 'Destructive', risk: 'critical' });
    expect(classification.decidedBy).toContain('verdict.bulk-raise');
  });
});

describe('class L: sign-offs and final submissions', () => {
  table([
    ['gitlab', 'approve_merge_request', 'Write', 'high'], // an agent's approval defeats two-person review
    ['stripe', 'update_dispute', 'Write', 'high'], // `submit` sends the evidence to the bank for good
  ]);

  it('keeps the final submission off in the rule', () => {
    expect((classified('stripe', 'update_dispute').rule as { arguments?: Record<string, unknown> }).arguments?.submit).toEqual({
      kind: 'oneOf',
      values: [false],
    });
  });
});

describe('class M: an option that deletes only when another action happens later', () => {
  table([
    ['gitlab', 'create_merge_request', 'Write', 'medium'], // remove_source_branch acts when the request is merged
    ['gitlab', 'update_merge_request', 'Write', 'medium'],
  ]);

  it('still keeps the option off, and still raises the merge itself', () => {
    expect(
      (classified('gitlab', 'create_merge_request').rule as { arguments?: Record<string, unknown> }).arguments?.remove_source_branch,
    ).toEqual({ kind: 'oneOf', values: [false] });
    expect(classified('gitlab', 'merge_merge_request').classification.signals.some((s) => s.rule === 'parameter.destructive-option')).toBe(
      true,
    );
  });

  it('reads "remove duplicates" on a reading tool as trimming the result', () => {
    expect(classified('brightdata', 'discover').classification.risk).toBe('low');
  });
});

describe('class O: a write the description says never overwrites is additive', () => {
  it.each([
    ['ms-365', 'download-bytes-to-file'], // "never overwrites an existing file"
    ['desktop-commander', 'write_pdf'], // "MUST use a new unique filename"
  ])('%s %s is predicted destructiveHint: false', (server, name) => {
    expect(classified(server, name).classification.suggestedAnnotations.destructiveHint).toBe(false);
  });
});

describe('pattern and evidence errors (PE1–PE5)', () => {
  const patterns = (server: string, name: string) => classified(server, name).classification.patterns.map((p) => p.id);
  const texts = (server: string, name: string) => classified(server, name).classification.signals.map((s) => `${s.rule} ${s.text}`);

  it('PE1: takes no count, switch, enum or response field for a network address', () => {
    expect(patterns('brave-search', 'brave_llm_context')).not.toContain('data-exfiltration'); // maximum_number_of_urls
    expect(patterns('desktop-commander', 'get_config')).not.toContain('data-exfiltration'); // origin ∈ {ui, llm}
    expect(texts('desktop-commander', 'read_file').filter((t) => t.startsWith('parameter.network-target'))).toEqual([]); // isUrl, origin
    expect(texts('ms-365', 'create-onenote-notebook').some((t) => /sectionsUrl/.test(t))).toBe(false); // "the URL for the … navigation property"
  });

  it('PE2: reads nouns of a name as nouns', () => {
    expect(texts('desktop-commander', 'start_process')).toContain('name.verb start');
    expect(texts('netlify', 'netlify-project-services-reader')).not.toContain('name.verb project');
    expect(classified('desktop-commander', 'force_terminate').classification.evidence.join(' ')).not.toMatch(/terminates “force”/);
  });

  it('PE4: a quota or an address of something is not content written by others', () => {
    expect(patterns('line', 'get_message_quota')).not.toContain('indirect-prompt-injection');
    expect(patterns('supabase', 'get_project_url')).not.toContain('indirect-prompt-injection');
  });

  it('PE5: finds the patterns that plainly apply, and drops those that do not', () => {
    expect(patterns('paddle', 'create_discount')).not.toContain('command-injection'); // a discount code
    expect(patterns('supabase', 'execute_sql')).toEqual(expect.arrayContaining(['indirect-prompt-injection', 'data-exfiltration'])); // "may return untrusted user data"
    expect(texts('digitalocean', 'alert-policy-delete').some((t) => /remove-access|access-change/.test(t))).toBe(false);
  });
});
