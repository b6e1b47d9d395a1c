/**
 * Word families behind the round-11 description fixes: secrets a read warns of, roles a tool creates
 * for itself, links anyone can open, redeployments, losses said in the passive, and issue or
 * pull-request text. Each is checked on several wordings an author would use and on close ones
 * where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// SENS. A read that warns its result may hold sensitive information, or returns a kubeconfig, its
// auth-infos or a connection string, hands credentials to the agent.
ruleFamily(
  'description.returns-credentials',
  [
    {
      name: 'get_app_settings',
      description:
        'Retrieves the application settings of a web app as key-value pairs. Application settings may contain sensitive information.',
    },
    { name: 'read_config', description: 'Reads the service configuration. The values can contain sensitive data.' },
    { name: 'configuration_view', description: 'Get the current Kubernetes configuration content as a kubeconfig YAML' },
    { name: 'get_cluster_credentials', description: 'Returns the raw kubeconfig for the cluster.' },
    { name: 'show_database', description: 'Shows the database details, returning the connection string.' },
    { name: 'view_config', description: 'Prints the merged configuration with its auth-infos.' },
  ],
  [
    { name: 'get_app_settings', description: 'Retrieves the display settings of a web app as key-value pairs.' },
    { name: 'get_kube_context', description: 'Returns the kubeconfig path and the current context name.' },
    { name: 'list_contexts', description: 'Lists the contexts of the kubeconfig.' },
    { name: 'get_database', description: 'Returns the connection string name and the database id.' },
  ],
);

// ACCESS. A tool that creates or provisions a role for itself changes who may do what, whatever its verb.
ruleFamily(
  'description.creates-iam-role',
  [
    {
      name: 'setup',
      description: 'One-time setup: provision or reuse agent space and IAM service role. This creates a minimal role for scanning.',
    },
    { name: 'init_project', description: 'Initialises the project. Provisions an execution role for the functions.' },
    { name: 'configure_agent', description: 'Configures the agent. Omit the role ARN to create a role automatically.' },
    { name: 'deploy_app', description: 'Deploys the app. A service role is automatically created when none is given.' },
    { name: 'bootstrap', description: 'Bootstraps the account and creates a dedicated execution role.' },
  ],
  [
    { name: 'setup', description: 'Sets up the project with an existing IAM role that you pass.' },
    { name: 'setup', description: 'Sets up the project. You must create a role first in the console.' },
    { name: 'get_role', description: 'Returns the role name of the service.' },
  ],
);

describe('a tool that creates its own service role waits for a person', () => {
  it('setup', () => {
    const v = exampleVerdict({
      name: 'setup',
      description: 'One-time setup: provision or reuse agent space and IAM service role. This creates a minimal role for code scanning.',
      parameters: { service_role_arn: 'string: Existing IAM service role ARN. Omit to create a minimal role automatically.' },
    });
    expect([v.risk, v.action]).toEqual(['high', 'require_approval']);
  });
});

// ACCESS. A link that anyone who holds it can open is public exposure.
ruleFamily(
  'description.makes-public',
  [
    {
      name: 'share-email',
      description: 'Create a shareable link for a sent email, so anyone with the link can view it without dashboard access.',
    },
    { name: 'share_document', description: 'Shares the document. Anyone who has the link can open it.' },
    { name: 'create_share', description: 'Creates a share URL; anybody with the URL may download the file.' },
    { name: 'publish_report', description: 'Publishes the report so that everyone holding the shared link can see it.' },
  ],
  [
    { name: 'share_document', description: 'Shares the document with the given collaborators by email.' },
    { name: 'get_share_settings', description: 'Returns whether anyone with the link can view the document.' },
    { name: 'create_invite', description: 'Creates an invite link for a named member of the workspace.' },
  ],
);

// DEPLOY. Pulling the latest images, recreating containers or deploying updates rolls out new code and restarts it.
ruleFamily(
  'description.redeploys',
  [
    {
      name: 'VPS_updateProjectV1',
      description:
        'Updates a Docker Compose project by pulling the latest image versions and recreating containers with new configurations.',
    },
    { name: 'refresh_stack', description: 'Refreshes the stack: pulls the newest images and restarts the services.' },
    { name: 'update_service', description: 'Updates the service. Use this to deploy application updates.' },
    { name: 'sync_app', description: 'Syncs the app and redeploys its pods.' },
  ],
  [
    { name: 'update_project', description: 'Updates the name and description of a Compose project.' },
    { name: 'list_images', description: 'Lists the latest images in the registry.' },
    { name: 'get_deployment', description: 'Returns the deployment and whether its containers were recreated.' },
  ],
);

describe('a redeployment waits for a person', () => {
  it('update_compose_project', () => {
    const v = exampleVerdict({
      name: 'update_compose_project',
      description: 'Updates a Docker Compose project by pulling the latest image versions and recreating containers.',
      annotations: { readOnlyHint: false, destructiveHint: false },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Execute', 'high', 'require_approval']);
  });
});

// DESTRUCTIVE. "Website contents are overwritten by the build result": a loss said in the passive.
ruleFamily(
  'description.destructive-phrase',
  [
    { name: 'build_site', description: 'Builds and deploys the site. Website contents are overwritten by the build result.' },
    { name: 'import_site', description: 'Imports a website from an archive. Existing files are replaced with the archive contents.' },
    { name: 'sync_folder', description: 'Syncs the folder. Files are removed when they are missing from the source.' },
    { name: 'restore_backup', description: 'Restores a backup. The data is completely overwritten during the restore.' },
  ],
  [
    { name: 'render_template', description: 'Renders a template. Placeholders are replaced by the given values.' },
    { name: 'import_site', description: 'Imports a website from an archive. Existing files are not overwritten.' },
    { name: 'build_site', description: 'Builds the site. Files may be overwritten by the build result.' },
  ],
);

describe('a loss said in the passive is destructive', () => {
  const destructive = (example: ToolExample) => classifyTool(exampleTool(example)).suggestedAnnotations.destructiveHint;
  it('build_website_assets', () => {
    const example = {
      name: 'build_website_assets',
      description: 'Builds and deploys a Node.js application. Website contents are overwritten by the build result.',
      annotations: { readOnlyHint: false, destructiveHint: false },
    };
    expect(destructive(example)).toBe(true);
  });
});

// A-external-content. Bodies, comments and reviews of pull requests and issues are text strangers write.
ruleFamily(
  'description.returns-discussion',
  [
    {
      name: 'ghGetHistoryItem',
      description: 'Read known history. PR/issue content selectors request bodies, comments, or review/change details.',
    },
    { name: 'get_issue', description: 'Gets an issue by number and returns its body and comments.' },
    { name: 'get_pull_request', description: 'Fetches a pull request with its review comments.' },
    { name: 'read_thread', description: 'Returns the comments on a merge request.' },
  ],
  [
    { name: 'get_issue', description: 'Gets an issue by number and returns its state, labels and assignees.' },
    { name: 'add_issue_comment', description: 'Adds a comment to an issue.' },
    { name: 'get_pull_request', description: 'Returns the pull request with its comment count.' },
  ],
);

// A-external-content false. "email" as a sign-in method or provider is configuration, not mail.
ruleFamily(
  'description.external-content',
  [
    { name: 'read_inbox', description: 'Returns the emails in the inbox.' },
    { name: 'get_messages', description: 'Gets the emails of the user.' },
  ],
  [
    { name: 'query_auth', description: 'Returns the email login configuration and the enabled providers.' },
    { name: 'get_login_methods', description: 'Gets the email sign-in settings of the app.' },
    { name: 'queryAppAuth', description: '查询登录方式。不要直接写 email 登录 API。' },
  ],
);
