/**
 * Round-17 parameter fixes: a switch that hides secrets from the result (the secrets come back unless it is set), and a
 * credentials argument that only refers to a stored secret (the agent never holds the secret).
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// HIDE. A boolean that keeps a password, secret or token out of what the tool returns: unset, they come back in clear.
ruleFamily(
  'parameter.hides-sensitive',
  [
    {
      name: 'get_glue_connection',
      description: 'Retrieve a connection.',
      parameters: {
        connection_name: 'string',
        hide_password: 'boolean: Flag to retrieve the connection metadata without returning the password',
      },
    },
    { name: 'list_variables', description: 'List CI variables.', parameters: { mask_secrets: 'boolean' } },
    { name: 'get_config', description: 'Get the app config.', parameters: { redact: 'boolean: redact API keys and tokens' } },
    {
      name: 'describe_service',
      description: 'Describe a service.',
      parameters: { secure: 'boolean: if true, passwords are masked in the output' },
    },
    {
      name: 'manage_connections',
      description: 'Manage connections with both read and write operations.',
      parameters: {
        operation: 'string',
        hide_password: 'boolean: The boolean flag to control connection password in return value for get and list operations',
      },
    },
    { name: 'read_settings', description: 'Read settings.', parameters: { omit_credentials: 'boolean' } },
  ],
  [
    // Noise switches name no secret.
    { name: 'list_issues', description: 'List issues.', parameters: { hide_archived: 'boolean: leave archived issues out' } },
    { name: 'list_posts', description: 'List posts.', parameters: { exclude_drafts: 'boolean' } },
    // Stripping credentials from a template being deployed hands nothing back.
    {
      name: 'deploy_template',
      description: 'Deploy a workflow template to your instance.',
      parameters: { stripCredentials: 'boolean: Remove credential references from nodes - user configures in the UI' },
    },
    // A reveal switch is the other rule.
    { name: 'filter_log_events', description: 'Filter log events.', parameters: { unmask: 'boolean: if true, unmask data' } },
    // Not a switch.
    { name: 'get_secret', description: 'Get a secret.', parameters: { hide_password: 'string: a label' } },
  ],
);

describe('a hiding switch is pinned to its hiding value', () => {
  it('pins hide_password to true on a reader, which is medium', () => {
    const v = exampleVerdict({
      name: 'get_glue_connection',
      description: 'Retrieve a connection.',
      parameters: { connection_name: 'string', hide_password: 'boolean: control connection password in return value' },
    });
    expect(v.risk).toBe('medium');
    expect(v.arguments?.hide_password).toEqual({ kind: 'oneOf', values: [true] });
  });
  it('pins the value its words tie to hiding', () => {
    const v = exampleVerdict({
      name: 'list_variables',
      description: 'List CI variables.',
      parameters: { mask_secrets: 'boolean: if false, secret values are masked; if true, they are returned' },
    });
    expect(v.arguments?.mask_secrets).toEqual({ kind: 'oneOf', values: [false] });
  });
});

// REF. A credentials argument that shows only references to stored secrets (a Secrets Manager ARN, a secret id or name,
// a Key Vault reference) is not a secret: the service looks the secret up itself.
ruleFamily(
  'parameter.secret',
  [
    { name: 'register_application', description: 'Register an application.', parameters: { credentials: 'object[]' } },
    {
      name: 'register_application',
      description: 'Register an application.',
      parameters: { credentials: 'object[]: [{"Username": "admin", "Password": "<password>"}]' },
    },
    {
      name: 'create_connection',
      description: 'Create a connection.',
      parameters: { password: 'string: the database password, or leave empty and pass secret_arn for Secrets Manager' },
    },
    { name: 'connect', description: 'Connect.', parameters: { api_key: 'string: your API key (can be kept in a key vault)' } },
  ],
  [
    {
      name: 'register_application',
      description: 'Register an application.',
      parameters: {
        credentials:
          'object[]: Credential configurations: [{"CredentialType": "ADMIN", "DatabaseName": "<SID>/<DB>", "SecretId": "<ARN>"}]',
      },
    },
    {
      name: 'register_application',
      description: 'Register an application.',
      parameters: { credentials: 'object[]: the Secrets Manager secrets that hold the database logins' },
    },
    {
      name: 'create_data_source',
      description: 'Create a data source.',
      parameters: { credentials: 'object: {"secret_arn": "arn:aws:secretsmanager:..."}' },
    },
    {
      name: 'create_linked_service',
      description: 'Create a linked service.',
      parameters: { connection_secret: 'object: Azure Key Vault secret reference: {"store": "...", "secretName": "..."}' },
    },
  ],
);
