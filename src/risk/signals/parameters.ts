/**
 * Signals from the input schema: what the agent gets to choose. A `command` string, a `sql`
 * statement, a file path or a URL is the agent's lever on the tool, and the lever is what an
 * attacker who steers the agent pulls. Parameter names, types and descriptions are read together,
 * since names alone are ambiguous (`code` may be source code or an OAuth authorisation code;
 * `path` may be a file path or a JSONPath).
 */
import type { JsonSchemaNode } from '../../catalogue/schema.ts';
import { articleFor } from '../article.ts';
import { quoted, snippet } from '../text.ts';
import { finding, type Finding } from './finding.ts';
import { snakeName, typesOf, type ToolContext } from './context.ts';

const CODE_NAME = /^(code|codes|script|scripts|source_code|code_content|script_content|program|snippet|expression|js|javascript|python|statement_code)$/;
const NOT_SOURCE_CODE = /\b(authori[sz]ation|oauth|otp|one[- ]time|verification|promo|country|language code|region code|error code|status code|currency|zip|postal|pkce|grant)\b/i;
const EXEC_CONTEXT = /\b(execut|evaluat|interpret|runs?\b|running|eval\b|repl\b|sandbox)/i;
const COMMAND_NAME = /^(command|commands|cmd|cmds|cli_command|cli_commands|shell|shell_command|bash|bash_command|cli|argv|command_line|commandline|cmdline)$/;
const SHELL_CONTEXT = /\b(shell|bash|zsh|powershell|terminal|cli\b|command[- ]line|subprocess|os command|aws cli|kubectl)\b/i;
const SQL_NAME = /^(sql|sqls|sql_list|sql_query|sql_statement|sql_statements|statement|statements|cypher|gremlin|promql|query_statement|cql)$/;
const QUERY_NAME = /^(query|queries|query_string|query_text|raw_query)$/;
const QUERY_LANGUAGE = /\b(sql|t-?sql|pl\/?sql|cql|cypher|opencypher|gremlin|sparql|promql|logql|influxql|flux|trino|presto|hiveql|ppl|kql|logs insights|query language|select statements?)\b/i;
const READ_ONLY_LANGUAGE = /\b(promql|logql|logs insights|kql|ppl)\b/i;
const PATH_NAME = /(^|_)(path|paths|filepath|dir|dirs|directory|folder|root|dockerfile_path)$/;
const FILE_NAME = /(^|_)(file|files|filename)$/;
const FILESYSTEM_HINT = /\b(local|file ?system|disk|director(?:y|ies)|folder|absolute|relative|file path|path to|workspace|project)\b/i;
const NOT_FILESYSTEM = /\b(json ?path|jsonpath|iam|s3:\/\/|s3 (key|uri|url|bucket|object|location|path)|url|uri|xpath|prefix for)\b|\$\./i;
const OUTPUT_WORD = /(^|_)(output|out|save|dest|destination|target|export|write|build|log|result|results)(_|$)/;
const URL_NAME = /(^|_)(url|urls|uri|uris|href|link|links|webhook|callback|redirect|redirect_uri|endpoint|origin|start_url|proxy)$/;
/** Addresses that fetch a page or document, as opposed to naming a resource (queue_url) or a server. */
const FETCHED_URL = /^(url|urls|uri|uris|href|link|links|page_url|source_url|doc_url|document_url|web_url|site_url|image_url|file_url)$/;
const FETCH_HINT = /\b(web ?page|page|website|document(?:ation)?|html|fetch|download|http)/i;
/** "queue_url", "topic_arn": an address that identifies a resource rather than a place to fetch from. */
const RESOURCE_ADDRESS = /(^|_)(queue|topic|stream|registry|repository|bucket|table|db|database|cluster|broker|endpoint|subscription|platform)$/;
const S3_HINT = /(^|_)s3(_|$)|\bs3:\/\/|\bs3\b/i;
const STORAGE_OUTPUT = /(^|_)(output|destination|dest|target|export|result|results|error_report)(_|$)/;
const SECRET_NAME = /(^|_)(password|passwd|secret|api_key|apikey|access_key|access_key_id|secret_access_key|bearer|cookie|session_cookie|private_key|connection_string|credentials)$/;
/** Tokens that are credentials; pagination, idempotency and workflow tokens are not. */
const SECRET_TOKEN = /^((access|auth|oauth|session|bearer|refresh|id|api|github|slack|personal|secret|aws_session)_)?token$/;
const ROLE_NAME = /(^|_)role_arn$|^role_?arn$|^role$/;
const PUBLIC_NAME = /(^|_)(publicly_accessible|make_public|public|public_access|is_public|acl)$/;
const SAFETY_NAME = /^(force|skip_security_check|skip_checks?|skip_validation|ignore_checks|no_verify|verify_ssl|unmask|dangerously_\w+|disable_\w+|bypass_\w+)$/;
const DESTRUCTIVE_OPTION = /(^|_)(delete|remove|purge|drop|destroy|wipe|shutdown|terminate)(_|$)/;
const CONFIRM_NAME = /^(confirm|confirmed|confirmation|i_understand|acknowledge)$/;
const RECIPIENT_NAME = /(^|_)(recipient|recipients|payee|beneficiary|to|cc|bcc|email|emails|email_address|email_addresses|phone|phone_number|phonenumber|cc_email_addresses)$/;
const MONEY_NAME = /(^|_)(amount|price|payment|payment_method|card|card_number|iban|account_number|routing_number|currency)$/;
const POLICY_DOCUMENT = /^(policy|policy_document|policy_json|assume_role_policy_document|inline_policy|trust_policy|permissions|permissions_document|resource_policy)$/;
const IAM_HINT = /\b(iam|permissions?|principal|allow|grant|access polic|resource-based|trust)/i;
const POLICY_ARN = /(^|_)policy_arn$/;
const GRANTING_VERBS = new Set(['attach', 'put', 'add', 'grant', 'allow', 'assign']);
const QUERY_RUNNING_VERBS = new Set(['execute', 'exec', 'run', 'query', 'transact', 'invoke', 'call']);
const READ_ONLY_QUERY = /\b(read[- ]?only|only supports? select|select (?:queries|statements) only|only select)\b/i;
const BULK_NAME = /^(many|all|all_regions|recursive|bulk|batch|max_deletions|delete_all)$/;

/** Lines such as "path: JSONPath expression" in the description's Args block, by parameter name. */
const ARG_LINE = /^[ \t]*[-*]?[ \t]*`?([A-Za-z_][A-Za-z0-9_]*)`?[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]*(\S.*)$/gm;

export function argumentDescriptions(description: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of description.matchAll(ARG_LINE)) if (!found.has(match[1]!)) found.set(match[1]!, match[2]!);
  return found;
}

export function parameterSignals(context: ToolContext): Finding[] {
  const argLines = context.argumentLines;
  const findings: Finding[] = [];
  for (const [name, schema] of context.parameters) {
    const described = schema.description ?? argLines.get(name) ?? '';
    findings.push(...signalsFor(name, schema, described, context));
  }
  return findings;
}

function field(name: string): string {
  return `inputSchema.properties.${name}`;
}

function describe(name: string, described: string): string {
  return described ? `\`${name}\` (${quoted(described, 90)})` : `\`${name}\``;
}

function signalsFor(name: string, schema: JsonSchemaNode, described: string, context: ToolContext): Finding[] {
  const snake = snakeName(name);
  const types = typesOf(schema);
  const isText = types.length === 0 || types.includes('string') || types.includes('array');
  const isBoolean = types.includes('boolean');
  const isNumber = types.includes('integer') || types.includes('number');
  const about = `${described} ${context.summary}`;
  const shown = describe(name, described);
  const out: Finding[] = [];
  const reads = context.nameCategory === undefined || context.nameCategory === 'Read';

  if (CODE_NAME.test(snake) && isText && !NOT_SOURCE_CODE.test(described)) {
    const executes = (snake !== 'expression' || /javascript|\bjs\b|evaluat/i.test(about)) &&
      (EXEC_CONTEXT.test(about) || context.nameFacts.verbs.some((v) => ['execute', 'exec', 'run', 'eval', 'evaluate', 'invoke'].includes(v)));
    if (executes) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), category: 'Execute', risk: 'critical', capability: 'code-execution',
        unbounded: true, asReadOnly: null,
        note: `The parameter ${shown} carries source code that the tool runs: the agent writes the program.`,
        clause: `runs whatever code the agent puts in \`${name}\``,
      }));
    } else if (snake !== 'expression') {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), risk: 'high', capability: 'code-execution',
        note: `The parameter ${shown} takes source code, which ends up stored or deployed where it will run later.`,
        clause: `ships code the agent writes in \`${name}\``,
      }));
    }
    return out;
  }

  if (COMMAND_NAME.test(snake) && isText && !types.includes('object')) {
    const shell = SHELL_CONTEXT.test(about) || SHELL_CONTEXT.test(context.name);
    out.push(finding({
      source: 'parameter', text: name, field: field(name), category: 'Execute', risk: shell ? 'critical' : 'high', capability: 'command-execution',
      ...(shell ? { unbounded: true, asReadOnly: null } : { asReadOnly: { category: 'Read', risk: 'medium' } }),
      note: shell
        ? `The parameter ${shown} is a command line the tool executes: anything the shell or CLI can do, the agent can do.`
        : `The parameter ${shown} is a command the tool sends to the system behind it, chosen by the agent.`,
      clause: shell ? `executes the command line in \`${name}\`` : `sends the command the agent writes in \`${name}\``,
    }));
    return out;
  }

  const sqlByName = SQL_NAME.test(snake);
  if ((sqlByName || (QUERY_NAME.test(snake) && QUERY_LANGUAGE.test(about))) && isText) {
    const language = (about.match(QUERY_LANGUAGE)?.[0] ?? (sqlByName ? snake.split('_')[0]! : 'query')).replace(/^sqls?$/i, 'SQL');
    // A linter or analyser reads the statement without running it.
    const runs = context.nameCategory !== 'Read' || context.nameFacts.verbs.some((v) => QUERY_RUNNING_VERBS.has(v)) || /\b(execut|runs?\b)/i.test(context.summary);
    if (!runs) return out;
    if ((READ_ONLY_LANGUAGE.test(about) && !/\bsql\b/i.test(about)) || READ_ONLY_QUERY.test(described)) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), category: 'Read', risk: 'medium', capability: 'query-language',
        note: `The parameter ${shown} is a free-form ${language} query: the agent decides how much data is read and how expensive the query is.`,
        clause: `runs any ${language} query the agent writes in \`${name}\``,
      }));
    } else {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), category: 'Execute', risk: 'high', capability: 'query-language',
        asReadOnly: { category: 'Read', risk: 'medium' },
        note: `The parameter ${shown} is ${articleFor(language)} ${language} statement written by the agent: unless the database account is read-only, it can change or drop data as easily as read it.`,
        clause: `runs the ${language} the agent writes in \`${name}\``,
      }));
    }
    return out;
  }

  if ((PATH_NAME.test(snake) || (FILE_NAME.test(snake) && FILESYSTEM_HINT.test(described))) && isText &&
    !NOT_FILESYSTEM.test(described) && !snake.includes('prefix') && !snake.includes('json') && !S3_HINT.test(snake) &&
    (snake !== 'path' || FILESYSTEM_HINT.test(described) || /file|director|folder/i.test(context.summary))) {
    if (OUTPUT_WORD.test(snake)) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), category: 'Write', risk: 'medium', capability: 'filesystem-write', asReadOnly: null,
        note: `The parameter ${shown} tells the tool where to write on the server’s file system, and the agent picks the place.`,
        clause: `writes files where \`${name}\` points`,
      }));
    } else {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'filesystem-read', strength: reads ? 'strong' : 'weak',
        ...(reads ? { category: 'Read' as const } : {}),
        note: `The parameter ${shown} is a path on the server’s machine chosen by the agent, so the tool reads whatever that path reaches.`,
        clause: `reads the files \`${name}\` points to`,
      }));
    }
    return out;
  }

  if (URL_NAME.test(snake) || schema.format === 'uri') {
    // Judge the words before the last: "queue_url" names a queue, "endpoint" alone is an address.
    if (RESOURCE_ADDRESS.test(snake.replace(/_?[a-z0-9]+$/, '')) && !FETCHED_URL.test(snake)) return out;
    if (S3_HINT.test(snake) || S3_HINT.test(described)) {
      if (STORAGE_OUTPUT.test(snake) && !reads) {
        out.push(finding({
          source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'cloud-storage',
          note: `The parameter ${shown} is where the results go, and the agent chooses it: data can be written to storage you do not watch.`,
          clause: `sends its output wherever \`${name}\` says`,
        }));
      }
      return out;
    }
    const sends = context.nameFacts.findings.some((f) => f.capability === 'outbound-message');
    if (sends) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), risk: 'high', capability: 'outbound-message',
        note: `The parameter ${shown} is where the tool delivers, and the agent chooses it: every message can go to an address an attacker controls.`,
        clause: `delivers to the address in \`${name}\``,
      }));
    } else if (reads && (FETCHED_URL.test(snake) || FETCH_HINT.test(described))) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), category: 'Read', risk: 'medium', capability: 'network-fetch',
        note: `The parameter ${shown} is an address the tool fetches: the page it returns is written by whoever controls that address.`,
        clause: `fetches whatever address the agent puts in \`${name}\``,
      }));
    } else {
      out.push(finding({
        source: 'parameter', effect: 'context', text: name, field: field(name), capability: 'network-target', strength: 'weak',
        note: `The parameter ${shown} points the tool at a network address of the agent’s choosing.`,
        clause: `connects to the address in \`${name}\``,
      }));
    }
    return out;
  }

  if ((SECRET_NAME.test(snake) || SECRET_TOKEN.test(snake)) && !isBoolean && !snake.endsWith('_arn')) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'credentials', strength: 'weak',
      note: `The parameter ${shown} takes a secret: the agent has to hold it, and it will sit in the conversation, in logs and in any tool output that echoes it.`,
      clause: `takes a secret in \`${name}\``,
    }));
    return out;
  }

  if (ROLE_NAME.test(snake) && (snake.endsWith('arn') || /\barn\b|iam role/i.test(described))) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'role-passing', strength: 'weak',
      note: `The parameter ${shown} hands an IAM role to the service: whatever that role may do, the work started here may do.`,
      clause: `passes the IAM role in \`${name}\``,
    }));
    return out;
  }

  if (POLICY_DOCUMENT.test(snake) && (types.includes('object') || isText) && context.nameCategory !== 'Read' && context.nameCategory !== undefined &&
    (context.nameFacts.nouns.has('iam') || IAM_HINT.test(described))) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'critical', capability: 'permissions', asReadOnly: null,
      note: `The parameter ${shown} is a permissions document the agent writes: one call can grant any permission, including to itself.`,
      clause: `writes the permissions the agent puts in \`${name}\``,
    }));
    return out;
  }

  if (POLICY_ARN.test(snake) && context.nameFacts.verbs.some((v) => GRANTING_VERBS.has(v))) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'critical', capability: 'permissions',
      note: `The parameter ${shown} lets the agent pick any managed policy, administrator access included.`,
      clause: `attaches whichever policy \`${name}\` names`,
    }));
    return out;
  }

  if (PUBLIC_NAME.test(snake)) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'high', capability: 'public-exposure', asReadOnly: null,
      note: `The parameter ${shown} can make the result reachable from the internet.`,
      clause: `can make things public through \`${name}\``,
    }));
    return out;
  }

  if (DESTRUCTIVE_OPTION.test(snake) && (isBoolean || types.length === 0 || isText)) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'high', capability: 'destruction', asReadOnly: null,
      note: `The parameter ${shown} is an option that deletes or shuts down something as a side effect.`,
      clause: `can also delete or shut down things through \`${name}\``,
    }));
    return out;
  }

  if (reads) return out; // the switches below only matter on tools that change things

  if (SAFETY_NAME.test(snake)) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'safety-toggle', strength: 'weak',
      note: `The parameter ${shown} switches off a safeguard, and the agent decides when.`,
      clause: `lets the agent switch off a safeguard (\`${name}\`)`,
    }));
    return out;
  }

  if (CONFIRM_NAME.test(snake)) {
    out.push(finding({
      source: 'parameter', effect: 'context', text: name, field: field(name), capability: 'confirmation-expected', strength: 'weak',
      note: `The parameter ${shown} is a confirmation switch, but the agent sets it itself, so it does not replace a human approval.`,
      clause: `has a confirmation switch (\`${name}\`) the agent can set itself`,
    }));
    return out;
  }

  if (RECIPIENT_NAME.test(snake) && isText) {
    const sends = context.nameFacts.findings.some((f) => f.capability === 'outbound-message') || /\b(send|publish|notify|email|sms|message)/i.test(context.summary);
    if (sends) {
      out.push(finding({
        source: 'parameter', text: name, field: field(name), risk: 'high', capability: 'outbound-message',
        note: `The parameter ${shown} names who receives the message, so the agent can reach anyone, including an attacker.`,
        clause: `delivers to whoever \`${name}\` names`,
      }));
    }
    return out;
  }

  if (MONEY_NAME.test(snake) && (isNumber || isText)) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), category: 'Financial', risk: 'high', capability: 'money',
      note: `The parameter ${shown} is a sum of money or a means of payment chosen by the agent.`,
      clause: `takes a payment detail in \`${name}\``,
    }));
    return out;
  }

  if (BULK_NAME.test(snake)) {
    out.push(finding({
      source: 'parameter', text: name, field: field(name), risk: 'medium', capability: 'bulk', strength: 'weak',
      note: `The parameter ${shown} widens one call to many items.`,
      clause: `can act on many items at once (\`${name}\`)`,
    }));
    return out;
  }
  return out;
}

/** A short, quoted description of a parameter for prose elsewhere. */
export function parameterLabel(name: string, schema: JsonSchemaNode | undefined): string {
  return schema?.description ? `\`${name}\` (${snippet(schema.description, 60)})` : `\`${name}\``;
}
