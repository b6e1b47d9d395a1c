/**
 * Rules that read the input schema: what the agent gets to choose. A `command` string, a `sql`
 * statement, a file path or a URL is the agent's lever on the tool, and the lever is what an
 * attacker who steers the agent pulls. Parameter names, types and descriptions are read together,
 * since names alone are ambiguous (`code` may be source code or an OAuth authorisation code;
 * `path` may be a file path or a JSONPath).
 *
 * Rows are tried in order for each parameter, and the first that applies makes the parameter's one
 * finding. A path or an address on its own never decides the category: it says how far the tool
 * reaches, not whether it reads or writes.
 */
import type { JsonSchemaNode } from '../../catalogue/schema.ts';
import { VERBS, type VerbEntry } from '../lexicon.ts';
import { MAX_SCAN, snakeName, type ToolContext } from '../signals/context.ts';
import type { Finding } from '../signals/finding.ts';
import { articleFor } from '../article.ts';
import { classesOf } from '../signals/judge.ts';
import { splitWords } from '../words.ts';
import type { RuleMeta } from './types.ts';

/** What the parameter rules look at, computed once per parameter. */
export interface ParameterFacts {
  name: string;
  /** The name in snake_case lower case: "QueueUrl" -> "queue_url". */
  snake: string;
  /** A property inside an object or array argument ("spec.services[].run_command"). */
  nested: boolean;
  /** The names of the properties of the object that holds it, itself included (the tool's parameters at the top level). */
  siblings: readonly string[];
  schema: JsonSchemaNode;
  /** Its description, or its line in the description's Args block. */
  described: string;
  /** Its description and the tool's summary together. */
  about: string;
  /** "`name` (“its description”)", for notes. */
  shown: string;
  types: string[];
  isText: boolean;
  isBoolean: boolean;
  isNumber: boolean;
  /** The tool's name reads (or has no verb). */
  reads: boolean;
  tool: ToolContext;
}

export type ParameterFindingFields = Partial<
  Pick<Finding, 'effect' | 'category' | 'risk' | 'capability' | 'strength' | 'unbounded' | 'asReadOnly'>
>;

export interface ParameterRule extends RuleMeta {
  applies: (p: ParameterFacts) => boolean;
  set: ParameterFindingFields;
  note: (p: ParameterFacts) => string;
  clause: (p: ParameterFacts) => string;
  /** The verb of what the parameter makes the call do, when the parameter decides what the tool does to the world. */
  acts?: (p: ParameterFacts) => string | undefined;
}

const CODE_NAME =
  /^(code|codes|script|scripts|source_code|code_content|script_content|program|snippet|expression|js|javascript|python|statement_code)$/;
// Compound names that carry code when their description says so: "code_handlers", "js_code",
// "function_body", "handler_source", "inline_script" ("error_code" and "country_code" are not).
const CODE_COMPOUND =
  /^(?:[a-z0-9]+_){1,3}(?:code|codes|script|scripts|handler|handlers|snippet|snippets|source|body)$|^(?:code|script|handler|function|lambda)_(?:handlers?|body|source|content|text)$|^handlers?$/;
const DESCRIBED_AS_CODE =
  /\b(?:source code|code (?:that|which|to) (?:runs?|executes?|is (?:run|executed))|(?:functions?|handlers?|code|scripts?) that (?:runs?|executes?)|custom (?:business )?logic|function bod(?:y|ies)|(?:java ?script|type ?script|python|lua|ruby|js|node\.?js) (?:code|source|functions?|handlers?|snippets?|scripts?)|code (?:of|for) the (?:function|handler|resolver))\b/i;
/** A generic text argument (`content`, `body`, `source`, `text`) that may hold a script's text when its description says so. */
const CONTENT_NAME = /^(?:content|contents|body|source|text|data|file_content|raw)$/;
/**
 * Its description says it is the text of a script, hook or handler, which runs later where it is stored ("Content of the
 * script", "The hook's body", "Script source", "Source code of the handler").
 */
const SCRIPT_TEXT =
  /^\W*(?:the )?(?:full |raw )?(?:content|contents|body|source(?: code)?|text|code) (?:of|for) (?:the |this |a |an )?(?:[\w-]+ ){0,2}?(?:scripts?|hooks?|handlers?|userscripts?|macros?|lambdas?|functions?)\b|^\W*(?:the )?(?:[\w-]+ )?(?:script|hook|handler|userscript|macro)(?:['’]s)? (?:content|contents|body|source(?: code)?|text|code)\b/i;
// A list of edits to a stored definition ("operations": patchNodeField on "parameters.jsCode").
const PATCH_LIST_NAME = /^(?:operations|ops|patches|patch|changes|edits|updates|diffs?|mutations)$/;
const CODE_FIELD =
  /\b(?:js_?code|python_?code|function_?code|code nodes?|parameters\.code|(?:script|code|function) (?:fields?|nodes?|steps?|bod(?:y|ies))|source code)\b/i;
// An argument that picks how calls are authenticated, encrypted or logged ("authorizer_type",
// "auth_mode", "encryption", "tls_mode", "logging_level"), one of whose values switches that off.
const PROTECTION_CHOICE_NAME =
  /^(?:[a-z0-9]+_)?(?:auth|authn|authz|authori[sz]ation|authori[sz]er|authentication|encryption|encrypt|tls|ssl|logging|log|audit|audit_log|security)(?:_(?:type|mode|method|level|scheme|kind|setting|option|policy))?$/;
const OFF_VALUE = /^(?:none|no[-_ ]?auth|anonymous|unauthenticated|disabled?|off|plain[-_ ]?text|insecure|unencrypted)$/i;
const OFF_IN_PROSE =
  /["'`](none|no[-_ ]?auth|anonymous|unauthenticated|disabled?|off|plain[-_ ]?text|insecure|unencrypted)["'`]|\b(NONE|NO_AUTH|ANONYMOUS|UNAUTHENTICATED|DISABLED|OFF|PLAINTEXT|INSECURE|UNENCRYPTED)\b/g;

/**
 * The values of an argument that switch authentication, encryption or logging off: those of its
 * enum, else those its description lists in quotes or capitals ("CUSTOM_JWT", "AWS_IAM", or "NONE").
 */
export function switchOffValues(schema: JsonSchemaNode, described = schema.description ?? ''): string[] {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v): v is string => typeof v === 'string' && OFF_VALUE.test(v));
  return [...new Set([...described.slice(0, 2000).matchAll(OFF_IN_PROSE)].map((m) => m[1] ?? m[2]!))];
}
/**
 * Names whose true value is the careful one: a check kept on (verify_ssl, require_auth, enforce_tls), or a deletion
 * narrowed or held back (delete_catalog_only, keep_data, retain_on_delete, preserve_history, skip_delete, dry_run).
 */
const TRUE_KEEPS_NAME =
  /^(?:verify|require|enforce)(?:_|$)|(?:^|_)(?:only|keep|keeps|retain|retains|preserve|preserves|protect|protected|protection|prevent|private|dry_run|read_only|safe_mode)(?:_|$)|(?:^|_)(?:skip|no|dont|do_not|without|never)_(?:delete|deletion|remove|removal|purge|drop|destroy|wipe|cleanup|overwrite)(?:_|$)/;
/** Where a description ties a deletion to one value: "… only the catalog (true) or also its resources (false)", "If false, …". */
const VALUE_CLAUSE = {
  true: /([^.;()]*)\((?:if |when |set to |=\s*)?true\)|\b(?:(?:if|when) (?:set to |it is )?|set (?:it |this )?to )true\b[,:]?([^.;]*)/i,
  false: /([^.;()]*)\((?:if |when |set to |=\s*)?false\)|\b(?:(?:if|when) (?:set to |it is )?|set (?:it |this )?to )false\b[,:]?([^.;]*)/i,
};
/** A clause that narrows what is deleted, or keeps it ("only the catalog", "keeps the files", "not deleted"). */
const NARROWS = /\b(?:only|just|keeps?|keeping|kept|retain(?:s|ed)?|preserv(?:e|es|ed)|not|never|without)\b/i;
/** A clause that switches a check off: "to skip bucket owner verification", "disables TLS certificate checks". */
const SKIPS_CHECK =
  /\b(?:skip|skips|skipping|disable|disables|disabling|bypass|bypasses|turn off|turns off|switch off|ignore|ignores)\b[^.;]{0,40}?\b(?:verification|verifying|validation|validating|checks?|checking|authentication|signatures?|ssl|tls|certificates?)\b/i;
/** A description that names the value that switches a check off: "Set to None to skip bucket owner verification". */
const VALUE_SKIPS_CHECK =
  /\b(?:set (?:it |this )?to|pass|leave (?:it )?(?:empty|blank|unset)|omit(?: it)?)\s*["'`]?(?:none|null|false|empty|0|"")?["'`]?\s+(?:to|in order to)\s+(?:skip|disable|bypass|turn off|switch off|ignore)\b[^.;]{0,40}?\b(?:verification|validation|checks?|checking|authentication|signatures?|ssl|tls|certificates?)\b/i;
/** A clause that deletes, or deletes more ("also its resources", "and everything in it"). */
const WIDENS =
  /\b(?:also|as well|along with|together with|including|everything|delet\w*|remov\w*|destroy\w*|drop\w*|purg\w*|wip\w*|overwrit\w*)\b/i;

/** What a description says a boolean does at `value` ("(true) deletes only the catalog"), if it says. */
function valueClause(described: string, value: 'true' | 'false'): string | undefined {
  const m = described.match(VALUE_CLAUSE[value]);
  return m ? (m[1] ?? m[2] ?? '') : undefined;
}

/**
 * The value of a boolean option that keeps data and checks in place, read from its own words: its description when it
 * ties the deletion to one value ("whether to delete only the catalog (true) or also its resources (false)": true), else its
 * name (`verify_ssl`, `delete_catalog_only`, `keep_files`, `skip_delete`: true; `force`, `remove_source_branch`: false).
 */
export function keepingValue(name: string, described = ''): boolean {
  const keeps = (c: string | undefined) => c !== undefined && NARROWS.test(c) && !SKIPS_CHECK.test(c);
  const destroys = (c: string | undefined) => c !== undefined && (SKIPS_CHECK.test(c) || (!NARROWS.test(c) && WIDENS.test(c)));
  const [ifTrue, ifFalse] = [valueClause(described, 'true'), valueClause(described, 'false')];
  if ((keeps(ifTrue) && !keeps(ifFalse)) || (destroys(ifFalse) && !destroys(ifTrue))) return true;
  if ((keeps(ifFalse) && !keeps(ifTrue)) || (destroys(ifTrue) && !destroys(ifFalse))) return false;
  return TRUE_KEEPS_NAME.test(snakeName(name));
}
/** A clause that keeps data hidden: "masked", "redacted", "encrypted values are returned", "omits secrets". */
const HIDES = /\b(?:mask(?:s|ed|ing)?|redact(?:s|ed|ing)?|hid(?:e|es|den|ing)|encrypt(?:s|ed)?|omit(?:s|ted)?|exclud(?:e|es|ed))\b/i;
/** A clause that shows it: "unmask sensitive log data", "decrypts", "include secret values", "in clear". */
const SHOWS = /\b(?:unmask\w*|reveal\w*|decrypt\w*|show\w*|includ(?:e|es|ed|ing)|return\w*|in (?:clear|plain ?text))\b/i;

/**
 * The value of a reveal switch (`unmask`, `include_secrets`, `with_decryption`) that keeps data masked, read from its own
 * words: true when its description ties hiding to true ("true to keep values masked") or showing to false; false when it
 * ties them the other way; else whether the switch hides by its name (`hide_password`: true; `unmask`: false).
 */
export function hidingValue(described = '', hidesByName = false): boolean {
  const [ifTrue, ifFalse] = [valueClause(described, 'true'), valueClause(described, 'false')];
  if ((hidingClause(ifTrue) && !hidingClause(ifFalse)) || (showingClause(ifFalse) && !showingClause(ifTrue))) return true;
  if ((hidingClause(ifFalse) && !hidingClause(ifTrue)) || (showingClause(ifTrue) && !showingClause(ifFalse))) return false;
  // A hide switch (`hide_password`, `mask_secrets`) whose words do not tie hiding to a value hides when set.
  return hidesByName;
}
const hidingClause = (c: string | undefined) => c !== undefined && HIDES.test(c) && !/\bunmask|\bun-?redact|\bdecrypt/i.test(c);
const showingClause = (c: string | undefined) => c !== undefined && SHOWS.test(c) && !hidingClause(c);
/** A switch whose name hides what comes back (`hide_password`, `mask_secrets`, `redact`, `omit_credentials`, `without_secrets`). */
/** Words that place something in what the call returns: "in return value", "without returning", "in the output". */
const IN_RESULT = /\b(?:return\w*|results?|output|responses?|retriev\w*|listings?|displayed|shown)\b/i;
const HIDE_NAME = /^(?:hide|hides|mask|redact|redacted|omit|exclude|without|strip|obfuscate|sanitize|sanitise)(?:_|$)/;
/**
 * A boolean that keeps secrets out of what a tool returns: a hide switch whose name or text names a password, secret, token
 * or credential (`hide_password`: "control connection password in return value"), or any boolean whose text says that, set
 * to true, it hides them ("If true, passwords are masked"). Unset, the secrets come back in clear; noise switches
 * (`hide_archived`, `exclude_drafts`) name no secret.
 */
export function hidesSecrets(snake: string, described: string): boolean {
  if (HIDE_NAME.test(snake)) return SECRET_VALUES.test(snake.replace(/_/g, ' ')) || SECRET_VALUES.test(described);
  const ifTrue = valueClause(described, 'true');
  return hidingClause(ifTrue) && SECRET_VALUES.test(ifTrue ?? '');
}
const NOT_SOURCE_CODE =
  /\b(authori[sz]ation|oauth|otp|one[- ]time|verification|promo|country|language code|region code|error code|status code|currency|zip|postal|pkce|grant)\b/i;
const PROGRAM_CONTEXT =
  /\b(source|function|script|program|snippet|resolver|handler|module|javascript|typescript|python|ruby|lua|golang|java|js|ts|sql|shell|bash|playwright|execut|evaluat|interpret|compil|runs?\b|running)/i;
const EXEC_CONTEXT = /\b(execut|evaluat|interpret|runs?\b|running|eval\b|repl\b|sandbox)/i;
const STORING_VERBS: ReadonlySet<string> = new Set([
  'create',
  'update',
  'upload',
  'save',
  'store',
  'deploy',
  'put',
  'publish',
  'set',
  'add',
  'write',
  'register',
  'edit',
  'modify',
  'replace',
  'push',
  'commit',
  'install',
  'schedule',
  'upsert',
  'import',
  'patch',
  'apply',
]);
const CONTAINER_VERBS: ReadonlySet<string> = new Set(['run', 'create', 'start', 'launch', 'deploy', 'submit', 'exec', 'execute']);
const EXECUTING_VERBS = new Set(['execute', 'exec', 'run', 'eval', 'evaluate', 'invoke']);
const COMMAND_NAME =
  /^(command|commands|cmd|cmds|cli_command|cli_commands|shell|shell_command|bash|bash_command|cli|argv|command_line|commandline|cmdline)$/;
// A command run in a container or pod runs whatever the image holds: as good as a shell.
const SHELL_CONTEXT =
  /\b(shell|bash|zsh|powershell|terminal|cli\b|command[- ]line|subprocess|os command|aws cli|kubectl|containers?|pods?)\b/i;
/** Text typed into a running process: its name, and a summary that sends input to a terminal, a shell or a REPL. */
const INPUT_NAME = /^(input|inputs|stdin|keys|keystrokes|text|line|lines|data|command|commands)$/;
const PROCESS_INPUT =
  /\b(?:send|sends|write|writes|type|types|pipe|pipes)\b[^.]{0,40}\b(?:input|keys|keystrokes|text|commands?|lines?)\b[^.]{0,30}\b(?:to|into)\b[^.]{0,30}\b(?:terminal|shell|repl|console|process|pty|tty|stdin)\b/i;
const SQL_NAME =
  /^(sql|sqls|sql_list|sql_query|sql_statement|sql_statements|statement|statements|cypher|gremlin|promql|query_statement|cql|dql|dql_statement|dql_query|kql|kql_query|logql|logql_query|promql_query)$/;
const QUERY_NAME = /^(query|queries|query_string|query_text|raw_query)$/;
const QUERY_LANGUAGE =
  /\b(sql|soql|sosl|t-?sql|pl\/?sql|cql|cypher|opencypher|gremlin|sparql|promql|logql|influxql|flux|trino|presto|hiveql|ppl|kql|dql|cls|lucene|jmespath|logs insights|query language|select statements?)\b/i;
// A statement applied or migrated runs like one executed: "The SQL query to apply", "Applies a migration".
const RUNS_STATEMENT =
  /\b(execut(?:e|es|ed|ing)|runs?\b|running|to run\b|evaluat(?:e|es|ed)|appl(?:y|ies|ied)\b|migrat(?:e|es|ion|ions)\b|ddl\b)/i;
const CHECKING_VERBS: ReadonlySet<string> = new Set(['verify', 'validate', 'lint', 'check', 'format', 'parse']);
const OPENS_WITH_QUERY = /^\W*quer(?:y|ies)\b/i;
/** A parameter's own description that says it is a command to run or code to execute. */
// What the parameter is, at the start of its description ("The shell command to run"), or a
// command or code "to run": a mention ("used in CLI commands") says nothing of what it holds.
const DESCRIBED_COMMAND =
  /^\W*(?:(?:the|a|an|optional|required|one|single)\s+)*(?:[\w-]+\s+){0,2}?(?:shell|bash|zsh|powershell|terminal|os)\s+command\b|\bcommand(?:[- ]line)? (?:to|that will be|which will be|that is) (?:run|execut)/i;
const DESCRIBED_CODE =
  /^\W*(?:(?:the|a|an|optional|required|some)\s+)*(?:[\w-]+\s+){0,2}?(?:python|javascript|typescript|js|ruby|lua|shell|bash)\s+(?:code|script|snippet|expression)\b|\b(?:code|script|program|snippet|expression) (?:to|that will be|which will be|that is) (?:run|execut|evaluat|interpret)/i;
/** A container image the tool runs: whatever the image holds runs with the tool's access. */
const IMAGE_NAME = /^(?:image|images|container_image|image_uri|image_url|image_name|docker_image|image_ref)$/;
const RUNS_CONTAINERS = /\b(?:pods?|containers?|tasks?|jobs?|workloads?)\b/i;
/** A list of steps, nodes or stages whose description says each runs a jar, a command, code or a workflow node. */
const STEPS_NAME = /^(?:steps|nodes|pipeline|pipelines|stages|actions)$/;
const RUNNABLE_ITEMS = /\b(?:jars?|hadoop ?jar ?steps?|command[- ]runner|commands?|scripts?|code|workflow nodes?)\b/i;
/** Where a template, starter or scaffold comes from (`location`, `template_url`, `starter_repo`). */
const TEMPLATE_SOURCE_NAME =
  /^(?:(?:template|starter|scaffold|boilerplate|app|application|project)_)?(?:location|source|src|url|uri|repo|repository|git_url|repo_url)$|^(?:template|starter|scaffold|boilerplate)$/;
/** Its description says it takes a Git or web address: "Template or application location (Git, HTTP/HTTPS, zip file path)". */
const REMOTE_SOURCE = /\b(?:git(?:hub|lab)?|https?|http\/https|repo(?:sitory)?|url)\b/i;
/** What that address holds is code to instantiate: a template, starter, scaffold, boilerplate or cookiecutter. */
const TEMPLATE_WORDS = /\b(?:templates?|starters?|scaffold(?:s|ing)?|boilerplates?|cookiecutter|blueprints?)\b/i;
/** A path argument that names an endpoint of the API the tool calls ("The API endpoint path (without base URL)"). */
const ENDPOINT_PATH_NAME = /^(?:path|endpoint|url_path|api_path|endpoint_path|resource_path|uri)$/;
const DESCRIBED_ENDPOINT_PATH =
  /\b(?:api )?endpoint path\b|\bapi (?:path|route)\b|\bpath of the (?:[\w-]+ )?(?:api )?endpoint\b|\b(?:without|relative to) (?:the )?base url\b/i;
/** The operation of a generic API call ("action": "CreateCloudRunEnv"), the service it belongs to, and the open object of its arguments. */
const OPERATION_NAME =
  /^(?:action|action_name|operation|operation_name|operation_id|api_action|api_operation|api_method|method_name|command_name)$/;
const SERVICE_NAME = /^(?:service|service_name|service_id|api|api_name|product|product_name|client|client_name|module)$/;
const OPEN_PARAMS_NAME =
  /^(?:params|parameters|args|arguments|input|inputs|request|request_params|request_parameters|payload|body|kwargs|options)$/;
/**
 * The name of a tool or operation to run, beside its free arguments ("name": "The name of the available tool to execute").
 * (Not "the name of the action to invoke" of a functions service: that runs one deployed function.)
 */
const TOOL_NAME_ARG = /^(?:name|tool|tool_name|tool_id|operation|operation_name|operation_id|action|action_name)$/;
const NAMES_TOOL_TO_RUN =
  /\bname of (?:the |an? )?(?:[\w-]+ ){0,2}?(?:tools?|operations?|api (?:calls?|methods?)) (?:to (?:execute|call|run|invoke)|that (?:will be|is) (?:executed|called|run|invoked))\b|\b(?:tool|operation) (?:name )?to (?:execute|call|run|invoke)\b/i;
const REQUEST_BODY_NAME = /^(?:body|data|payload|request_body|json|method|http_method)$/;
/**
 * Query and log-search languages that only fetch: PromQL, LogQL, KQL, PPL, Dynatrace DQL, Tencent CLS, Lucene, JMESPath, and
 * Salesforce's SOQL and SOSL (no DML: records change only through the API's other calls).
 */
const READ_ONLY_LANGUAGE = /\b(promql|logql|logs insights|kql|ppl|dql|cls|lucene|jmespath|soql|sosl)\b/i;
/** The tool's own description says the queries it runs are read-only: "a secure interface to run read-only SQL queries". */
const READ_ONLY_QUERIES_CLAIM =
  /(?<!\bnon[- ]?)\bread[- ]?only (?:[\w-]+ ){0,2}?(?:quer(?:y|ies)|statements?)\b|\b(?:quer(?:y|ies)|statements?) (?:are|is|must be) read[- ]?only\b|\bonly (?:select|read) (?:quer(?:y|ies)|statements?)\b/i;
const READ_ONLY_QUERY =
  /\b(read[- ]?only|only supports? select|select (?:queries|statements) only|only select|select (?:query|queries)|(?:log )?(?:search|filter) syntax|(?:quer(?:y|ies)|statements?) to filter (?:the )?(?:listed |returned )?(?:results|items|rows|documents|records|entries)|filter expressions?)\b|只读|唯读|僅讀|仅查询|読み取り専用|読取専用|\b(?:solo|sólo) lectura\b|\bsomente leitura\b|\bapenas leitura\b|\bnur[- ]lesen\b|\bschreibgeschützt\b|\blecture seule\b|только чтение|только для чтения|\bsola lettura\b|읽기 전용/i;
const PATH_NAME = /(^|_)(path|paths|filepath|dir|dirs|directory|folder|root|dockerfile_path)$/;
const FILE_NAME = /(^|_)(file|files|filename)$/;
/** The two ends of a move or copy ("source", "destination"): paths when the tool works on files. */
const ENDPOINT_NAME = /^(source|destination|src|dst|dest|target)(_path)?$/;
/** A file that leaves the machine: uploaded, attached, sent. */
const UPLOADED = /\b(?:to upload|uploads?|uploading|to attach|attach(?:es|ed)?|to send)\b|上传/i;
/** Where a parameter's description puts a path on the server's own machine. */
const LOCAL_PATH =
  /\b(?:local(?:ly)?|absolute|file ?system|on (?:the |your )?(?:disk|machine|computer)|machine running|(?:current |session )?working dir(?:ectory)?|cwd|home dir(?:ectory)?|(?:project|workspace) (?:root|folder|directory)|workspace|to (?:upload|save|write)|sav(?:e|es|ed|ing) (?:it |them |the [\w-]+ )?(?:to|in|into)|written to|output (?:path|file|dir(?:ectory)?|folder)|(?:text|audio|image|yaml|json) files?|csv|jsonl|pdf|zip|xlsx?)\b|\.(?:csv|jsonl?|ya?ml|txt|md|pdf|zip|tar|tgz|gz|apk|ipa|png|jpe?g|xlsx?|docx?)\b|~\/|\/(?:Users|home|tmp)\/|[A-Z]:\\|本地/i;
/**
 * Where it puts the path on a remote service: inside a repository, a bucket, a website, an upload, or a name that is a path
 * (namespace, slug); at a commit or ref ("View specific file at a given commit reference"), or a key to look code up by in a
 * monitored service ("Code file path for code-location lookup").
 */
const REMOTE_PATH =
  /\b(?:in(?:side)?|within|of|from|on) (?:an? |the |this )?(?:[\w-]+ )?(?:repositor(?:y|ies)|repos?|buckets?|(?:file )?shares?|websites?|sites?|bundles?|archives?|pods?|clouds?|drives?|mailbox(?:es)?|merge requests?|pull requests?|sandbox(?:es)?|sandboxed [\w-]+|(?:remote|cloud|object|blob) (?:storage|servers?|hosts?|machines?|systems?|file ?systems?)|storage (?:accounts?|containers?)|containers?|virtual machines?|vms?|(?:api )?spec(?:ification)?s?|remote [\w-]+)\b|\brelative to (?:the )?(?:[\w-]+ )?(?:repo(?:sitory)?|website|document|site|web|vhost) root\b|\bat (?:an? |the )?(?:given |specific |specified |particular )?(?:commit|ref|revision|sha|tag)(?: (?:reference|ref|id|hash))?\b|\bfor (?:the )?(?:[\w-]+ )?look-?ups?\b|\bfile path (?:before|after) (?:the )?changes\b|\bdiff (?:comments?|notes?|positions?)\b|\b(?:code|source)[- ]locations?\b|\b(?:namespace|slug|cloud ?path|remote (?:file ?)?path|path on the remote|url path|mount path|document root|public_html|wp-content|website root|return[- ]path|webhook|(?:folder|directory|drive|item) ids?|(?:the )?(?:id|identifier) of (?:an? |the )?[\w-]+|project path)\b|云端|静态托管|托管(?:路径|侧)/i;
/**
 * A path placed on a host the service manages rather than on this machine: "the local folder path on the server" of a
 * sync service's registered server, "the folder on the registered agent", "a path on the target VM". Not "the MCP
 * server's filesystem" or "the machine running the server", which are this machine.
 */
const ON_MANAGED_HOST =
  /\bon (?:the|that|this|each|every|a|an|its) (?:(?:registered|managed|enrolled|connected|on-premises|on-prem|target|remote|selected|specified|given) )?(?:servers?|hosts?|agents?|machines?|vms?|virtual machines?|instances?|nodes?|devices?)\b(?!['’])/i;
/** The qualifier that makes the host plainly remote on its own: "on the registered server", "on the target VM". */
const MANAGED_HOST_QUALIFIER =
  /\bon (?:the|that|this|each|every|a|an|its) (?:registered|managed|enrolled|connected|on-premises|on-prem|target|remote)\b/i;
/** An argument naming that host: server_resource_id, server_id, agent_name, vm_id, instance_id, node_name, host_arn. */
const HOST_ARG =
  /^(?:(?:registered|target|remote|managed)_)?(?:server|host|agent|machine|vm|virtual_machine|instance|node|device)_(?:resource_)?(?:ids?|names?|arns?|keys?)$/;
/** A property pinning a commit or ref beside a path in the same object: base_sha, head_sha, commit_id, ref, revision. */
const REVISION_ARG = /^(?:(?:base|head|start|from|to|source|target|parent)_)?(?:sha|commit|commit_id|commit_sha|ref|revision|rev)$/;
/**
 * A path's own text says the tool leaves the file to the agent: "This tool does not read file contents", "the agent is responsible
 * for reading each file", "for reference only".
 */
const NOT_READ_BY_TOOL =
  /\b(?:this|the) tool (?:does not|doesn['’]t|never|will not|won['’]t) (?:read|open|load|access)s? (?:the |any )?(?:files?|(?:file )?contents?)\b|\b(?:the )?(?:agent|caller|client|model|assistant) (?:is|are) responsible for (?:reading|opening|loading)\b|\bfor reference only\b/i;
/** Unless the tool still looks at the file's metadata: "does not read file contents, only its size and permissions". */
const FILE_METADATA = /\b(?:metadata|size|permissions?|timestamps?|mtime|exists?|existence|stat)\b/i;
/** A description that puts the path on this machine in so many words ("the local directory to save to"). */
const PLAINLY_LOCAL = /(?<!\bnot (?:an? |the )?)\b(?:local(?:ly)?|absolute|on (?:the |your )?(?:disk|machine|computer))\b|本地/i;
/** An argument naming the remote object a path sits in: a spec, a repository, a bucket, a sandbox, a drive, a VM. */
const REMOTE_CONTAINER_ARG =
  /^(?:(?:api_)?spec(?:ification)?|repo(?:sitory)?|bucket|sandbox|drive|site|gist|vm|virtual_machine|share|storage_account|blob_container)(?:_(?:id|name|key|slug))?$|^owner_repo$/;
/** A tool that works on a remote service's files: a repository, a bucket, a website, a merge request. */
const REMOTE_TOOL =
  /\b(?:repositor(?:y|ies)|repo|buckets?|namespaces?|merge requests?|pull requests?|websites?|hosting|commits?|sandbox(?:es|ed)?|code interpreter|virtual machines?|remote (?:servers?|hosts?|machines?|storage)|(?:api |openapi )?specification'?s? files?|files? (?:of|in) (?:an? |the )?(?:api |openapi )?spec(?:ification)?)\b|\b(?:to|from|in|into|of|on|within) (?:an? |the |your |this )?(?:[\w.-]+ ){0,2}projects?\b/i;
const FILE_WORDS = /\b(?:files?|director(?:y|ies)|folders?)\b/i;
const FILESYSTEM_HINT = /\b(local|file ?system|disk|director(?:y|ies)|folder|absolute|relative|file path|path to|workspace|project)\b/i;
const NOT_FILESYSTEM = /\b(json ?path|jsonpath|iam|s3:\/\/|s3 (key|uri|url|bucket|object|location|path)|url|uri|xpath|prefix for)\b|\$\./i;
/** Names of a place to write; "result", "target" or "log" paths are only outputs when their description says so. */
const OUTPUT_WORD = /(^|_)(output|out|save|saved|dest|destination|export|write)(_|$)/;
const MAYBE_OUTPUT_WORD = /(^|_)(target|build|log|result|results)(_|$)/;
const WRITES_HINT = /\b(writ(?:e|es|ten)|sav(?:e|es|ed)|output|stor(?:e|es|ed)|creat(?:e|es|ed)|destination)\b/i;
/** A name for where to save ("saveTo", "write_to", "download_dir"); a path only when its description names a path, file or folder. */
const SAVE_NAME = /^(?:save|write|download|export|output)_(?:to|as|into|file|dir|directory|folder|location)$/;
/** An argument described as local paths ("Absolute paths to spec documents"), whatever its name. */
const DESCRIBED_PATHS = /^\W*(?:the |a |an )?(?:list of |array of )?(?:absolute|local|full) (?:file )?paths? (?:to|of)\b/i;
/** A switch that lets the call overwrite what is there: "save files …, even if they overwrite your local changes". */
const OVERWRITES =
  /\b(?:even if (?:it|they|this|that) (?:overwrites?|replaces?)|overwrit(?:e|es|ing) (?:any |the |your )?(?:existing|local))\b/i;
/** A switch named for overwriting what is there: `overwrite`, `replace_existing`, `allow_overwrite`, `clobber`, `force_overwrite`. */
// (Not a bare `replace`: "Whether to replace the node after deletion" adds a new one.)
const OVERWRITE_NAME =
  /^(?:(?:allow|force|should|do)_)?(?:overwrite|overwrites|clobber)(?:_(?:existing|if_exists|all|files?))?$|^replace_(?:existing|if_exists|all|files?)$/;
/**
 * A switch described as replacing what exists when set: "When false, does not replace an existing installation", "Replace the
 * existing file if there is one", "the job fails unless true" (said of an existing X).
 */
const REPLACES_EXISTING =
  /\breplac(?:e|es|ed|ing) (?:an? |the |any )?(?:existing|current|previous|old)\b|\b(?:existing|current) [\w-]+ (?:is|are|will be|gets?) (?:replaced|overwritten)\b/i;
/**
 * What a switch's own text says the call then does to the world: starts work, stores or installs something, brings
 * something in. (Not a setting of the read itself: "enable debug mode", "apply filtering", "start from the beginning".)
 */
const SWITCHED_ACTION =
  /(?:initiate|trigger|kick off|launch|populate|save|store|write|persist|install|deploy|commit|push|upload|submit|register|import|create)(?:s|es)?\b/
    .source;
/** Where a switch keeps its output for the agent alone, not in the world: "store results in context for other tools". */
const KEPT_FOR_AGENT =
  /(?![^.;]{0,40}\b(?:in|into|to|for) (?:the |its |an? )?(?:\w+ )?(?:context|memory|session|response|output|results?)\b)/.source;
/**
 * A boolean option whose own text says that, set, the call does something beyond reading: "If True and the image is
 * not found, attempt to initiate the pull-through", "When true, creates the bucket if it is missing".
 */
const WRITES_WHEN_TRUE = new RegExp(
  String.raw`\b(?:if|when) (?:set to |it is )?true\b(?:[^.;]{0,160}?[,:])?\s+(?:then )?(?:(?:it|this|the tool) )?` +
    String.raw`(?:(?:will|also|automatically|attempts? to|tries to|try to) )*(?:${SWITCHED_ACTION})${KEPT_FOR_AGENT}`,
  'i',
);
/** The same said by the option's opening verb: "Automatically trigger config checks", "Save parameters to the configuration file". */
const OPENS_WITH_WRITE = new RegExp(
  String.raw`^\W*(?:whether to |set (?:it |this )?to true to )?(?:(?:also|automatically) )?(?:${SWITCHED_ACTION})${KEPT_FOR_AGENT}`,
  'i',
);
/** The tool's name reads, or it has no verb and its summary opens with one that reads ("sam_logs": "Fetches logs …"). */
function readsByName(p: ParameterFacts): boolean {
  if (p.tool.nameCategory !== undefined) return p.tool.nameCategory === 'Read';
  const first = p.tool.summary.match(/^\W*([a-z]+)/i)?.[1]?.toLowerCase() ?? '';
  const entry = VERBS.get(first) ?? VERBS.get(first.replace(/(?<=(?:sh|ch|ss|x))es$|s$/, ''));
  return entry?.category === 'Read';
}
/** The verb of what a write switch makes the call do ("initiates", "Save"), as the lexicon spells it ("initiate", "save"). */
function switchedVerb(described: string): string | undefined {
  const clause = (described.match(WRITES_WHEN_TRUE) ?? described.match(OPENS_WITH_WRITE))?.[0] ?? '';
  const verb = clause.match(new RegExp(`(?:${SWITCHED_ACTION})$`, 'i'))?.[0]?.toLowerCase();
  return verb?.replace(/(?<=(?:sh|ch))es$|s$/, '');
}
/** An argument that picks how a clash with existing data is handled: a mode, strategy, behaviour or conflict policy. */
const MODE_NAME =
  /(?:^|_)(?:mode|strategy|behaviou?r|on_conflict|conflict|conflicts|conflict_resolution|if_exists|when_exists|on_existing|existing|disposition|collision)(?:_|$)/;
/** A value that overwrites, replaces or deletes what is there: "OverwriteIfDirty", "overwrite_always", "replace", "WRITE_TRUNCATE". */
const OVERWRITE_VALUE = /^(?:overwrite|replace|delete|truncate|drop|clobber|purge|wipe|write_truncate)/i;
/** Where a description lists an argument's values: "Allowed values: Fail, Skip, OverwriteIfDirty, OverwriteAlways." */
const LISTED_VALUES = /\b(?:allowed|valid|possible|accepted|supported) values?(?: are| is)?\s*:?\s*([^.\n]+)/i;
const PATH_WORDS = /\b(?:path|file ?name|file|director(?:y|ies)|folder)\b/i;
/** A path's description says the tool writes there: "The directory to save images in", "Path to write the logs to". */
const SAVES_THERE =
  /\b(?:path|director(?:y|ies)|folder|location) where (?:the |a |an |this |each )?(?:[\w-]+ ){0,2}?(?:should|will|is to|are to|must|is|are) be (?:cloned|checked out|downloaded|extracted|unpacked|unzipped|saved|written|stored|exported)\b|\b(?:path|director(?:y|ies)|folder|file|location|where)\s+(?:to|in which to|into which to|where to)\s+(?:save|write|store|download|export|put)\b|\b(?:saved?|written|stored|downloaded|exported)\s+(?:to|in|into|under)\s+(?:this|that|the given)\b/i;
/** What lands on this machine wherever the service's data comes from: a clone, a checkout, a download, an extracted archive. */
const LANDS_HERE = /\b(?:cloned|checked out|downloaded|extracted|unpacked|unzipped)\b/i;
/** An address that may also name a local file: "HTTP(S), SSH, git://, file://, or an absolute filesystem path". */
const LOCAL_ADDRESS_FORM = /\bfile:\/\/|\b(?:absolute|local) (?:file ?system |filesystem |file )?paths?\b/i;
/** Beside it, a remote scheme the same argument takes, so a folder prefix would refuse the common call. */
const REMOTE_SCHEME = /\bhttps?\b|\bhttp\(s\)|\bssh\b|\bgit:\/\/|\bs3:\/\//i;
/**
 * A content argument that also takes a local file or folder, wherever the local form sits in its list of accepted
 * forms: "Accepts inline content, a local file path, or an S3 URI", "content: a local ZIP file path, S3 URI, or
 * base64", "a mapping of paths to content, a local directory path, a ZIP file path", "path to a PFX/PEM file", and a text
 * that opens with the local form and offers the content itself ("Local file path (preferred) or raw content string").
 */
const ACCEPTS_LOCAL_FILE =
  /^\W*(?:an? |the )?local (?:file ?)?(?:path|director(?:y|ies)|folder)\b[^.]{0,40}?\bor\b[^.]{0,30}?\b(?:content|contents|text|data|string|base64)\b|\b(?:accepts?|either|or|can be|may be)\b[^.]{0,60}?\b(?:an? )?absolute (?:file ?)?path\b|(?:\b(?:accepts?|either|or|can be|may be)\b|[:,;(])[^.]{0,80}?(?<!\bnot (?:an? |the )?)\blocal (?:[\w.-]+ ){0,2}?(?:(?:(?:file|director(?:y|ies)|folder)s? ?)?paths?|director(?:y|ies)|folders?)\b|(?:^|[:,;(]\s*|\b(?:a|either|or)\s+)(?:an? |the )?(?:local )?(?:file ?)?path to an? (?:local )?[\w/.-]+ (?:file|directory|folder)\b/i;
/**
 * The tool's own description says it uploads or sends what a path names, in any word order: "Uploads the source
 * directory …", "Uploads the current repo and the diff patch", "zips and uploads your project", "the folder is
 * uploaded to S3", "packages the workspace and uploads it", "Zips code, uploads to S3", "tars the folder, then uploads it".
 */
const UPLOADS_FILES =
  /\b(?:uploads?|uploading|(?:zips?|packages?|bundles?|archives?|compress(?:es)?) and uploads?|sends?|submits?)\s+(?:the |your |all |each |its |a )?(?:[\w-]+ ){0,3}?(?:director(?:y|ies)|folders?|files?|documents?|source(?: code)?|code(?:base)?|(?:[\w-]+ )?assets|repo(?:s|sitory|sitories)?|projects?|workspaces?|(?:diff )?patch(?:es)?|diffs?|archives?)\b|\b(?:director(?:y|ies)|folders?|files?|source(?: code)?|code(?:base)?|(?:[\w-]+ )?assets|repo(?:s|sitory|sitories)?|projects?|workspaces?|patch(?:es)?)\s+(?:is|are|will be|gets?|get)\s+(?:(?:zipped|packaged|bundled|archived|compressed) and )?uploaded\b|\b(?:zips?|packages?|bundles?|archives?|compress(?:es)?|tars?)\s+(?:the |your |all |its )?(?:[\w-]+ ){0,2}?(?:director(?:y|ies)|folders?|files?|source(?: code)?|code(?:base)?|(?:[\w-]+ )?assets|repo(?:s|sitory|sitories)?|projects?|workspaces?)\b[^.]{0,24}?\b(?:then |and )?uploads?\b/i;
/**
 * The tool's description says what it uploads is served: a deployed app's frontend, a live site, static hosting, a CDN
 * ("uploads new frontend assets to S3 and optionally invalidates the CloudFront cache").
 */
const SERVES_UPLOADS =
  /\b(?:deployed|live|production|hosted) (?:web ?)?(?:app(?:lication)?s?|sites?|websites?|frontends?)\b|\bcloudfront\b|\bcdn\b|\bstatic (?:web ?)?(?:site|website|hosting)\b|\binvalidat\w* (?:the )?(?:[\w-]+ )?cache\b/i;

/** What the tool uploads goes live: whatever file the agent names is published, a deployment as much as a copy. */
export function servesUploads(tool: ToolContext): boolean {
  return SERVES_UPLOADS.test(tool.description.slice(0, 4000));
}
/**
 * A form other than a local path that an argument also takes: an S3 or web address, base64, inline or markdown content.
 * (A bare "url" is often another argument: "Use one of filePath, content, or url".)
 */
const NON_PATH_FORM =
  /\b(?:s3|gs|https?) ur[il]s?\b|\bs3:\/\/|\b(?:an?|web|remote) ur[il]\b|\bbase64\b|\binline\b|\b(?:markdown|raw|plain|text|html|json|yaml) (?:content|text)\b/i;

/**
 * Every value the argument may take is listed: an enum, a const, or an array whose items are an enum
 * (`source` ∈ [local, native], `origin[]` ∈ [api, web]). A pick from a closed list is never a path or an address.
 */
export function closedChoice(schema: JsonSchemaNode): boolean {
  const node = schema as { enum?: unknown; const?: unknown; items?: { enum?: unknown; const?: unknown } };
  const listed = (n: { enum?: unknown; const?: unknown } | undefined) => Array.isArray(n?.enum) || (n !== undefined && 'const' in n);
  return listed(node) || (typeof node.items === 'object' && node.items !== null && listed(node.items));
}

/**
 * An argument that takes a local path or another form ("a local ZIP file path, S3 URI, or base64-encoded ZIP content";
 * "markdown content, local .md file path, or S3 URI"): a folder prefix would refuse every S3 or inline value, the common
 * call, so no prefix check fits it.
 */
export function takesOtherForms(schema: JsonSchemaNode): boolean {
  const described = schema.description ?? '';
  return (
    (ACCEPTS_LOCAL_FILE.test(described) && NON_PATH_FORM.test(described)) ||
    (LOCAL_ADDRESS_FORM.test(described) && REMOTE_SCHEME.test(described))
  );
}
/**
 * Among those forms the author prefers the local path ("Local file path (preferred) or raw content string", "preferably a
 * local file path"): most calls pass a local file, so the other forms no longer make the argument mostly harmless.
 */
const PREFERRED_LOCAL_FORM =
  /\blocal (?:[\w.-]+ ){0,2}?(?:path|file|director(?:y|ies)|folder)s? \((?:preferred|recommended|default)\)|\b(?:preferably|ideally|usually|typically) (?:an? |the )?local (?:[\w.-]+ ){0,2}?(?:path|file|director(?:y|ies)|folder)\b/i;
export function prefersLocalPath(schema: JsonSchemaNode): boolean {
  return PREFERRED_LOCAL_FORM.test(schema.description ?? '');
}
/**
 * A description that says the argument holds a file's text, not its path: "The contents of the config file … not the path
 * to the file", "the text of the file", "raw YAML content, rather than a path".
 */
const CONTENT_NOT_PATH =
  /^\W*(?:the )?(?:full |raw |entire |complete )?(?:contents?|text|body) of (?:the |a |an |your )?(?:[\w.-]+ ){0,3}?(?:files?|documents?)\b|\b(?:not|rather than|instead of) (?:a |an |the )?(?:file ?)?path\b/i;
/** The local form is the alternative to this argument: "Helm repository URL (optional if using local chart path)". */
const LOCAL_ELSEWHERE =
  /\b(?:if|when|unless) (?:you )?(?:using|use|pass|give|provide)\b[^.]{0,30}\blocal\b|\b(?:instead of|rather than) (?:an? |the )?local\b/i;
const URL_NAME = /(^|_)(url|urls|uri|uris|href|link|links|webhook|callback|redirect|redirect_uri|endpoint|origin|start_url|proxy)$/;
/**
 * A URL that names a resource of the tool's own service ("The URL of the CircleCI project", "the issue URL"), or an
 * allow-list of where something may be used ("URLs where the token can be used"): an identifier or a restriction,
 * not an address the tool fetches or connects to. Not when the description says it is fetched, visited or called.
 */
const IDENTIFYING_URL =
  /^\W*(?:the |a |an )?(?:full |canonical |web |html )?url (?:of|for) (?:the |a |an |your )?(?:[\w-]+ ){0,3}?(?:project|issue|pull request|merge request|repository|repo|build|job|pipeline|workflow|ticket|story|task|record|run)\b|^\W*(?:the |a |an )?(?:[\w-]+ ){0,2}(?:project|issue|pull request|merge request|build|job|pipeline|ticket|story|task) url\b|\b(?:allowed|permitted) (?:urls?|origins?|domains?|referr?ers?)\b|\burls? (?:where|from which|on which) (?:the |this |a )?[\w-]+ (?:can|may|is allowed to) be used\b/i;
/** A URL kept as a fact about what the tool registers ("The source provider's Git repo URL", "homepage URL"), unless the tool fetches it. */
const METADATA_URL =
  /^\W*(?:the |a |an |its |your )?(?:[\w'’-]+ ){0,3}?(?:(?:git|source|code) )?(?:repo(?:sitory)?|homepage|home ?page|documentation|docs|website|terms(?: of service)?|privacy(?: policy)?|support|source code|profile|license) (?:url|uri|link|address)\b/i;
const FETCHED_WORDING =
  /\b(?:search(?:es)?|reads?|clones?|mirrors?|imports?|fetch(?:es|ed)?|download(?:s|ed)?|scrap(?:e|es|ed)|crawl(?:s|ed)?|visit(?:s|ed)?|navigat(?:e|es|ed)|open(?:s|ed)?|load(?:s|ed)?|calls?|request(?:s|ed)?|post(?:s|ed)? to)\b/i;
/**
 * A URL the tool stores on a record, or takes off it ("URL to add", "link to attach to the story", "URLs to set (replaces all)",
 * "URL to remove"): data kept, never fetched or called.
 */
const STORED_URL =
  /^\W*(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:url|uri|link|address)e?s? (?:to (?:add|attach|store|save|record|link|set|remove|detach|unlink)\b|(?:added|attached|stored|saved|linked) (?:to|on|with))\b/i;
/** A summary that records feedback, a rating, a review or a bookmark: the addresses it takes are kept as data. */
const RECORDS_SUMMARY =
  /^\W*(?:submits?|records?|logs?|saves?|stores?|leaves?|gives?|sends?|adds?)\b[^.]{0,40}?\b(?:feedback|ratings?|reviews?|bookmarks?)\b/i;
/** Verbs that compose an artefact (a manifest, a template, a config file) rather than act on the world. */
const COMPOSING_VERBS: ReadonlySet<string> = new Set(['generate', 'render', 'scaffold', 'template']);
/** What such a tool composes: an artefact whose addresses are only written down ("Generate Kubernetes manifest"). */
const ARTEFACT_WORDS =
  /\b(?:manifests?|templates?|config(?:uration)?s?|ya?ml|dockerfiles?|helm charts?|charts?|specs?|terraform|cdk|cloudformation|boilerplate|scaffold(?:ing)?|infrastructure as code|iac)\b/i;
/** Words that say an address is contacted: connected to, delivered to, checked, pinged, monitored, proxied. */
const CONTACTED_WORDING =
  /\b(?:connect(?:s|ed|ion)?|deliver(?:s|ed|y)?|receiv(?:e|es|ing)|notif(?:y|ies|ied|ications?)|(?:sent|posted|pushed) to|ping(?:s|ed)?|monitor(?:s|ed|ing)?|prob(?:e|es|ed)|checks?|health|uptime|webhooks?|callbacks?|prox(?:y|ies)|issuer|redirect(?:s|ed)?)\b/i;
/** Where an address sits says it is contacted: a webhook, a callback, a notification or chat channel, an issuer, a server, an image to pull. */
const CONTACTED_NAME =
  /webhook|callback|notif|slack|discord|teams|hook|endpoint|issuer|redirect|sso|oidc|oauth|proxy|server|host|upstream|target|destination|image/i;
/** A file's address the service fetches from ("URL where the file is hosted (Resend will fetch it)"): a source, not a destination. */
const FETCH_SOURCE =
  /\b(?:where (?:the |this |a )?[\w-]+ is hosted|will (?:fetch|download) (?:it|them|the [\w-]+)|(?:fetch|download)(?:es|ed)? (?:it |them |the [\w-]+ )?from)\b/i;
/** Verbs that send content to a place the argument names: a push, a publish, a copy, a mirror. */
const PUSHING_VERBS: ReadonlySet<string> = new Set(['push', 'publish', 'copy', 'mirror', 'replicate', 'sync']);
/** The argument carries that place: "including the repository URL", "registry address", "URL of the remote". */
const PUSH_DESTINATION =
  /\b(?:repository|repo|registry|remote|destination|target) (?:url|uri|address|host(?:name)?|endpoint)s?\b|\b(?:url|uri|address) of the (?:target |destination |remote )?(?:repository|repo|registry|remote)\b/i;
/** A label of where a request came from ("Origin of the request"), which the tool passes along and never calls. */
const REQUEST_PROVENANCE = /^\W*(?:the )?(?:origin|source) of (?:the |this |each )?(?:requests?|calls?|invocations?)\W*(?:\(|$)/i;
const OUTPUT_ADDRESS = /\bnavigation property\b|\b(?:read-?only|returned by the (?:server|api|service))\b/i;
/** Addresses that fetch a page or document, as opposed to naming a resource (queue_url) or a server. */
const FETCHED_URL = /^(url|urls|uri|uris|href|link|links|page_url|source_url|doc_url|document_url|web_url|site_url|image_url|file_url)$/;
/**
 * Verbs that work on the text of what they are pointed at ("extract_data(urls)", "summarize(url)", "translate_page(url)"): to
 * extract, summarise or analyse the pages at an address the tool must fetch them, so what they return was written by others.
 */
const WORKS_ON_CONTENT: ReadonlySet<string> = new Set(['extract', 'summarize', 'summarise', 'analyze', 'analyse', 'translate']);
const FETCH_HINT = /\b(web ?page|page|website|document(?:ation)?|html|fetch|download|http)/i;
/** "queue_url", "topic_arn": an address that identifies a resource rather than a place to fetch from. */
const RESOURCE_ADDRESS =
  /(^|_)(queue|topic|stream|registry|repository|bucket|table|db|database|cluster|broker|endpoint|subscription|platform)$/;
const S3_HINT = /(^|_)s3(_|$)|\bs3:\/\/|\bs3\b/i;
/** A description that takes an S3 address: "S3 URI", "s3://bucket/key", "S3 location". */
const S3_ADDRESS_FORM = /\bs3 (?:uris?|urls?|paths?|locations?|prefix(?:es)?|keys?)\b|\bs3:\/\//i;
/**
 * The argument's own text says the tool writes its output there: "file path or S3 URI (s3://bucket/key) where the SVG output
 * will be written", "S3 location to write the report to", "where the results are saved". Whatever the tool's verb, it writes.
 */
const OUTPUT_WRITTEN_THERE =
  /\bwhere (?:the |a |an |this |each |its )?(?:[\w-]+ ){0,3}?(?:will|should|is to|are to|must|is|are|gets?) (?:be )?(?:saved|written|stored|exported|uploaded)\b|\b(?:to|in which to|into which to) (?:save|write|store|export)\b/i;
/** Beside it, a file path the same argument takes: "file path or S3 URI". */
const FILE_PATH_FORM = /\b(?:local |file ?system )?(?:file|director(?:y|ies)|folder) paths?\b|\blocal paths?\b/i;
/** An output that takes a local path beside an S3 address: "file path or S3 URI", "a path or S3 URI where the image is saved". */
const TAKES_LOCAL_PATH = new RegExp(`${FILE_PATH_FORM.source}|\\b(?:paths?|files?),? or (?:an? )?s3\\b`, 'i');
/** An argument that holds source addresses: "CIDR blocks", "IP range, CIDR, single IP or `any`", "an IPv4/IPv6 address". */
const ACCESS_SOURCE = /\b(?:cidrs?|ip(?:v[46])?(?:\/ip(?:v[46])?)?(?: address(?:es)?| ranges?| blocks?)?|source (?:ranges?|addresses))\b/i;
/** Where those addresses are let in: an access list or allowlist, a firewall, ingress or inbound rule, a remote host allowed. */
const ACCESS_GRANTED =
  /\b(?:allow(?:ed|s|ing)?|permit(?:ted|s)?|white ?list(?:ed)?|allow ?list(?:ed)?|access ?lists?|firewall|ingress|inbound|remote (?:hosts?|connections?)|security groups?)\b/i;
/** Verbs and words that take access away: an address revoked, or a rule deleted. */
const REVOKING_VERBS: ReadonlySet<string> = new Set(['delete', 'remove', 'revoke', 'deny', 'block', 'disallow', 'detach']);
const ACCESS_REVOKED = /\b(?:revok\w*|remov\w*|delet\w*|deny|denied|disallow\w*)\b/i;
/** A source CIDR described as such: the open ranges apply to it, not to a single address. */
const CIDR_WORDS = /\b(?:cidrs?|ip ranges?|ip blocks?|address ranges?|source ranges?)\b/i;
/** Wildcards a description names for "any source": "%" for any host, `any`, "*". */
const ANY_SOURCE = /["'`“](%|\*|any|all|anywhere|0\.0\.0\.0(?:\/0)?|::\/0)["'`”]/gi;

/**
 * The values of a source-address argument that open access to everyone: the open CIDR ranges when it takes ranges, and the
 * wildcards its description names ("or `any`", '"%" for any host'), in each spelling.
 */
export function openAccessValues(schema: JsonSchemaNode): string[] {
  const described = schema.description ?? '';
  const named = [...described.slice(0, 2000).matchAll(ANY_SOURCE)].map((m) => m[1]!);
  const spellings = named.flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]);
  return [...new Set([...(CIDR_WORDS.test(described) ? ['0.0.0.0/0', '::/0'] : []), ...spellings])];
}
/** Words that make a parameter the key of a record, not a topic or tag to filter by ("tag: e.g. genomics"). */
const RECORD_KEY = /\b(?:ids?|uids?|identifiers?|records?|resources?|mrn)\b/i;
/** An object that configures an output location: "output_data_config", "destination_configuration", "export_location". */
const OUTPUT_CONFIG = /(?:^|_)(?:output|destination|dest|target|export)(?:_data|_s3)?_(?:config|configuration|location|settings|spec)$/;
/** Words of a tool that sends a copy of data somewhere: export, copy, backup, replicate, dump. */
const EXPORTING_WORDS: ReadonlySet<string> = new Set(['export', 'exports', 'copy', 'backup', 'replicate', 'dump']);
const STORAGE_OUTPUT = /(^|_)(output|destination|dest|target|export|result|results|error_report)(_|$)/;
// An access key's id names the key; the secret is the secret access key.
const SECRET_NAME =
  /(^|_)(password|passwd|secret|api_key|apikey|access_key|secret_access_key|bearer|cookie|session_cookie|private_key|connection_string|credentials)$/;
/** "The name of the secret", "ID of the key": the argument picks a secret, it is not one. */
const SECRET_REFERENCE =
  /^\W*(?:the |a )?(?:name|id|identifier|arn|alias|label|key name)s? (?:of|for) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:secrets?|keys?|tokens?|passwords?|credentials?)\b/i;
/**
 * A credentials argument that shows only references to stored secrets ("[{"CredentialType": "ADMIN", "SecretId": "<ARN>"}]",
 * "Secrets Manager secret ARN", "Key Vault secret name"): the service looks the secret up itself; the agent never holds it.
 */
const SECRET_REFERENCE_FIELD =
  /\b(?:secret|credential|password)[_ -]?(?:ids?|arns?|names?|ref(?:erence)?s?)\b|\bsecrets? ?manager\b|\bkey ?vault\b|\barn:aws:secretsmanager\b/i;
/** …unless it also shows a secret's value: "password", "api key", "SecretString", "token", "connection string". */
const SECRET_VALUE_FIELD =
  /password(?![_ -]?(?:ids?|arns?|names?|ref))|passwd|secret[_ -]?(?:string|value|key)|api[_ -]?key|access[_ -]?key|private[_ -]?key|token|connection[_ -]?string/i;
const onlySecretReferences = (described: string) => SECRET_REFERENCE_FIELD.test(described) && !SECRET_VALUE_FIELD.test(described);
/** "Mapbox public access token (must start with pk.*)", "publishable key": a value meant to be seen. */
const PUBLIC_CREDENTIAL = /\b(?:public|publishable) (?:[\w-]+ )?(?:keys?|tokens?)\b|\bpk[._]\*?/i;
/** Tokens that are credentials; pagination, idempotency and workflow tokens are not. */
const SECRET_TOKEN = /^((access|auth|oauth|session|bearer|refresh|id|api|github|slack|personal|secret|aws_session)_)?token$/;
/** Any `*_token` described as a credential: "HuggingFace API token for gated models", "GitLab personal access token". */
const DESCRIBED_CREDENTIAL_TOKEN = /\b(?:api|access|auth(?:entication|orization)?|bearer|secret) tokens?\b/i;
/** An outbound credential setting: which credential provider, API key or OAuth provider the service uses when it calls out. */
const CREDENTIAL_CONFIG_NAME =
  /^(?:outbound_)?(?:credential_providers?|credentials?|auth|authentication|authorization|oauth|api_key)_(?:provider_)?(?:configs?|configurations?|providers?|settings)$|^outbound_auth(?:_\w+)?$/;
/** Where those credentials go: the target's or endpoint's configuration, or its address. */
const DESTINATION_CONFIG_NAME =
  /^(?:target|endpoint|destination|server|upstream|backend)(?:_(?:configs?|configuration|url|uri|endpoint))?$/;
const ONE_TIME_NAME =
  /^(?:[a-z0-9]+_)?(?:one_?time_?(?:password|code|pass|pin|token)|otp(?:_code)?|totp(?:_code)?|mfa_code|(?:verification|confirmation|activation|sms|email)_(?:code|pin|token))$/;
const ONE_TIME_PROSE = /\b(?:one[- ]time|otp|verification code|confirmation code|code (?:sent|texted|emailed) to)\b/i;
const ROLE_NAME = /(^|_)role_arn$|^role_?arn$|^role$|^(?:[a-z0-9]+_)?(?:execution|service|task|job|iam|data_access|access)_role$/;
const POLICY_DOCUMENT =
  /^(policy|policy_document|policy_json|assume_role_policy_document|inline_policy|trust_policy|permissions|permissions_document|resource_policy)$/;
const IAM_HINT = /\b(iam|permissions?|principal|allow|grant|access polic|resource-based|trust)/i;
const POLICY_ARN = /(^|_)policy_arn$/;
const PUBLIC_NAME = /(^|_)(publicly_accessible|make_public|public|public_access|is_public|acl)$/;
const DESTRUCTIVE_OPTION = /(^|_)(delete|remove|purge|drop|destroy|wipe|shutdown|terminate)(_|$)/;
// Auth requirements (verify_jwt, require_auth) are safeguards too: the rule keeps them on.
const SUBMIT_NAME = /^(?:auto_)?(?:submit|finali[sz]e|publish|commit|send)(?:_now|_immediately)?$/;
const FINAL = /\b(?:immediately|irreversibl\w*|final\w*|cannot be (?:changed|undone|edited)|to the bank|staged|for review)\b/i;
const DEFERRED =
  /\b(?:when|after|upon|once|on) (?:the )?(?:[\w-]+ ){0,2}?(?:merg(?:e|ed|ing)|clos(?:e|ed|ing)|terminat(?:e|ed|ion|ing)|complet(?:e|ed|ion|ing))\b/i;
const TRIGGERS: ReadonlySet<string> = new Set(['merge', 'close', 'terminate', 'complete', 'delete', 'remove', 'kill']);
const SAFETY_NAME =
  /^(force|skip_security_check|skip_checks?|skip_validation|ignore_checks|no_verify|verify_ssl|verify_(?:tls|jwt|token|signature|certs?|certificate)|require_(?:auth\w*|login|mfa|2fa|signature|jwt)|unmask|dangerously_\w+|disable_\w+|bypass_\w+)$/;
/** Exposure by meaning: "Whether to make the package publicly accessible". */
const MAKES_PUBLIC =
  /\bmake[sd]? (?:[\w-]+ ){0,3}public(?:ly)?(?: (?:accessible|available|visible|readable))?\b|\bpublicly (?:accessible|available|visible|readable|shared)\b|\bvisible to (?:anyone|everyone|the public|the internet)\b/i;
/** A parameter that only picks which items come back ("Include publicly shared packages in the result"). */
const FILTERS_ONLY = /^\W*(?:(?:whether|if) to )?(?:include|includes|including|filter|filters|return|returns|show|shows|list|only)\b/i;
const VISIBILITY_NAME = /(^|_)(visibility|access_level|privacy|privacy_level|sharing|audience|scope)$/;
const PUBLIC_VALUE = /\bpublic(?:[-_ ]read(?:[-_ ]write)?)?\b|\banyone\b|\banonymous\b/i;
const CONFIRM_NAME = /^(confirm|confirmed|confirmation|i_understand|acknowledge)$/;
const RECIPIENT_NAME =
  /(^|_)(recipient|recipients|payee|beneficiary|to|cc|bcc|email|emails|email_address|email_addresses|phone|phone_number|phonenumber|cc_email_addresses)$/;
/**
 * The summary says the tool delivers something now: a sending verb, not the noun ("Add an email
 * address to the suppression list", "Update a contact (by ID or email)" send nothing).
 */
const SENDING =
  /\b(?:send(?:s|ing)?|publish(?:es|ing)?|notif(?:y|ies|ying)|forward(?:s|ing)?|e-?mails? (?:it|them|him|her)\b|(?:sms|text) messages?|(?:messages?|e-?mails?) (?:is|are|will be) sent)\b/i;
/** A copy's recipients (`cc`, `bcc_emails`, `cc_email_addresses`): a CC is copied on what the created case or message mails. */
const COPY_NAME = /^(?:cc|bcc)(?:_(?:emails?|email_addresses|addresses|recipients|list))?$/;
/** A rule's forwarding or redirect address (`forward_to`, `redirect_to`): every matching message will go there. */
const FORWARDING_NAME = /(^|_)(forward|redirect)(_as_attachment)?_to$/;
/** The address picks out an existing record ("Contact email address", "by contact ID or email"): it identifies, it delivers nothing. */
const IDENTIFYING_ADDRESS =
  /\b(?:contact|user|member|customer|subscriber|lead|person|account|owner)(?:['’]s)? (?:e-?mail|phone)|\b(?:e-?mail|phone)(?: address)? (?:of|for) (?:the|an?) (?:existing )?(?:contact|user|member|customer|subscriber|account)\b|\bby (?:[\w-]+ )?ids? (?:or|and|\/) (?:e-?mail|phone)/i;
/** An address kept for later sends, not a recipient now: a template's or draft's default, "can be overridden when sending". */
const STORED_DEFAULT =
  /\bdefaults?\b|\bcan be overridden\b|\bwhen (?:sending|sent|you send)\b|\bfor (?:future|later) (?:sends|messages|emails)\b/i;
const STORED_OBJECT = new Set([
  'draft',
  'drafts',
  'template',
  'templates',
  'layout',
  'layouts',
  'preset',
  'presets',
  'signature',
  'signatures',
]);
/** A webhook, callback or notification address: where events or notifications will be delivered. */
const DELIVERY_WORDS =
  /\b(?:webhooks?|callbacks?|notification (?:urls?|endpoints?|destinations?|targets?)|event (?:destinations?|subscriptions?)|(?:events?|notifications?|payloads?|alerts?|results?) (?:are|will be|is|get) (?:sent|posted|delivered|pushed)|to deliver (?:[\w-]+ )?(?:to|at)|deliver(?:s|ed)? (?:events?|notifications?|payloads?|alerts?) (?:to|at)|post(?:s|ed)? (?:events?|notifications?|payloads? )?to)\b/i;
const ADDRESS_WORDS = /\b(?:url|uri|endpoint|address|e-?mail|https?:)\b/i;
const DELIVERY_NAME =
  /(^|_)(url|uri|webhook|webhook_url|callback|callback_url|endpoint|destination|target|target_url|notification_url|address)$/;
const PAYMENT_NAME = /(^|_)(payment|payment_method|card|card_number|iban|account_number|routing_number|payee|beneficiary)$/;
const BILLING_OPTION =
  /(^|_)(proration_behavior|proration_mode|prorate|payment_behavior|billing_cycle_anchor|confirm_cost_id|cost_confirmation_id)$/;
const COST_CONFIRMATION =
  /\b(?:cost|price|charge|spend(?:ing)?) confirmation\b|\bconfirm(?:ed|s)? (?:the |its )?(?:cost|price|charges?)\b/i;
/** "The ID of the price": a reference to a catalogue entry, not a sum. */
const NAMES_AN_ID = /\b(?:id|ids|identifier)\b/i;
const AMOUNT_NAME = /(^|_)(amount|price|total|sum|value_usd|amount_cents|unit_amount)$/;
const MONEY_CONTEXT = /\b(currenc|usd|eur|cents?|payment|pay|price|fund|money|refund|invoice|charge|transfer|balance|\$\d)/i;
const SIZING_NAME =
  /^(instance_type|instance_types|node_type|cache_node_type|instance_count|num_instances|number_of_instances|num_cache_nodes|num_nodes|node_count|nodes|replicas|replica_count|replicas_per_node_group|num_node_groups|node_group_count|num_shards|shard_count|desired_count|desired_capacity|min_size|max_size|capacity|instance_groups|instance_group|gpu_count|num_gpus|worker_count|number_of_workers|worker_type|allocated_storage|storage_capacity|db_instance_class|instance_class|cluster_size|vcpus?|memory_gb|vm_size|vm_sku|machine_type|instance_size|node_size|accelerator_slug|accelerator_type|accelerator_count|num_accelerators|gpu_type|gpu_slug)$/;
/**
 * A count of billed machines, said in so many words ("Number of accelerator instances", "The number of nodes in the node pool",
 * "The maximum number of nodes for auto-scaling"), whatever the argument is called (`Scale`, `Count`, `MaxNodes`).
 */
const BILLED_COUNT =
  /^\W*(?:the )?(?:desired |target |total |maximum |minimum |max |min )?number of (?:[\w-]+ ){0,2}?(?:instances|nodes|replicas|gpus|accelerators|workers|machines|vms|servers|shards|droplets)\b/i;
/** A GPU or accelerator picked by its slug, type or model ("GPU accelerator slug"): the machine that is billed. */
const BILLED_ACCELERATOR = /\b(?:gpu|accelerator) (?:slug|type|model|size|class)s?\b/i;
/**
 * A list that picks existing groups or nodes for another change ("The instance groups for which to update AMI versions",
 * "Names of the node groups to restart"): what it names is already billed, and nothing is sized.
 */
const SELECTS_EXISTING =
  /\b(?:instances?|nodes?|(?:instance|node) groups?|node ?pools?)\s+(?:for which|on which|in which|whose [\w-]+ (?:is|are) to be)\b|\b(?:instances?|nodes?|(?:instance|node) groups?|node ?pools?)\s+to\s+(?:restart|reboot|patch|upgrade|delete|remove|drain|stop|terminate|replace|cordon)\b/i;
/** A storage size or capacity argument ("size", "storage_capacity", "SizeGibibytes", "provisioned-storage-in-gib"). */
const CAPACITY_SIZE_NAME =
  /(?:^|_)(?:size|capacity|storage)(?:_(?:in_)?(?:gib|tib|tb|pib|gibibytes|tebibytes))?$|^(?:allocated|provisioned)_storage(?:_\w+)?$/;
/**
 * Units of provisioned storage capacity, billed per unit for as long as it exists: TiB, TB, PiB, GiB. (Plain "GB" is how disks and
 * quotas are sized everywhere, a tier-level choice: parameter.sizes-tier.)
 */
const CAPACITY_UNIT = /\b(?:TiB|TB|PiB|PB|GiB)\b|\b(?:gibibytes|tebibytes|terabytes|petabytes)\b/i;

/** The unit of provisioned storage a size argument is counted in ("The AMLFS size in TiB"), if it is one. */
export function capacityUnit(name: string, schema: JsonSchemaNode): 'TiB' | 'GiB' | undefined {
  if (!CAPACITY_SIZE_NAME.test(snakeName(name))) return undefined;
  const unit = (schema.description ?? '').match(CAPACITY_UNIT)?.[0]?.toLowerCase();
  if (unit === undefined) return undefined;
  return /^(?:gib|gibibytes)$/.test(unit) ? 'GiB' : 'TiB';
}
/** A tier, SKU or disk size that sets what a created or changed resource costs ("sku", "tier", "size_gb", "disk_size"). */
const TIER_NAME =
  /^(?:sku|sku_name|sku_tier|sku_capacity|tier|processor_tier|pricing_tier|service_tier|performance_tier|(?:[a-z]+_)?size_gb|size_in_gb|size_giga_bytes|size_gigabytes|size_units?|disk_size(?:_\w+)?)$/;
/** A bare `size` that its description calls a tier ("Resource tier of the cluster. One of: small, medium, large"). */
const TIER_DESCRIBED = /\btiers?\b/i;
/** Its description or values name sizes or tiers: "Underlying storage SKU", "Max size: 4095 GB", SP10, P30, Standard_LRS. */
const TIER_WORDS = /\b(?:tiers?|size|gb|tb|gib|tib|ssd|basic|premium|standard|performance|capacity)(?![a-z])/i;
/** A SKU of a cloud resource prices it; a SKU of a shop's product or variant is a stock code. */
const SKU_NAME = /^sku(?:_name|_tier|_capacity)?$/;
const PRODUCT_WORDS = /\b(?:products?|variants?|items?|inventory|stock|merchandise|catalog(?:ue)?)\b/i;
/** Verbs that create or change what is billed; a restart or a read sizes nothing. */
const PROVISIONING_VERBS: ReadonlySet<string> = new Set([
  'create',
  'update',
  'modify',
  'scale',
  'resize',
  'provision',
  'build',
  'upgrade',
  'launch',
  'add',
  'set',
  'change',
]);
/** A summary that opens by creating or changing ("Create Atlas Stream Processing resources"), for a name without a verb. */
const PROVISIONING_SUMMARY = /^\W*(?:creates?|provisions?|updates?|scales?|modif(?:y|ies)|resizes?|upgrades?)\b/i;
/** Verbs that act on capacity without sizing it: a restart bills what already runs. */
const SIZES_NOTHING: ReadonlySet<string> = new Set(['restart', 'reboot', 'stop', 'start', 'shutdown', 'failover', 'reset']);
/** Names of nodes that exist, picked for the call ("The list of node names to restart"): not a size. */
const EXISTING_NODES =
  /\b(?:list of|names? of the) (?:[\w-]+ )?(?:nodes?|instances?) (?:names? |ids? )?to\b|\b(?:node|instance) (?:names?|ids?) to\b/i;
/** Free capacity costs nothing: "Create a free MongoDB Atlas cluster", "free tier". */
const FREE_CAPACITY = /\bfree\b/i;
/** A parameter description that picks the size of billed machines: "the cache instance type", "node class". */
const SIZED_INSTANCE = /\b(?:instance|node) (?:type|class|size)s?\b/i;
/** A type argument that picks among the resources of a whole API ("AWS::S3::Bucket", "kind of the resource"), not among record kinds of one application. */
const PEOPLE = /^(?:leads?|prospects?|members?|employees?|candidates?|patients?|users?)$/;
const RESOURCE_TYPE = /\bresources?\b|::/i;
const TYPE_PARAMETER = /^(resource_type|type_name|typename|resource_kind|kind|type|object_type|api_type)$/;
const METHOD_NAME = /^(method|http_method|request_method|verb|http_verb)$/;
const WRITING_METHOD = /^(post|put|patch|delete)$/i;
const REVEAL_NAME =
  /^(unmask|show_secrets?|include_secrets?|include_sensitive(?:_data)?|reveal|reveal_secrets?|decrypt|with_decryption|show_sensitive(?:_data)?|show_values?)$/;
/** A switch that adds the values to a listing of names ("includeValues", "show_values", "return_values"). */
const VALUES_SWITCH = /^(?:include|show|return|with|reveal)_(?:actual_|raw_|secret_)?values?$/;
/** The values are secrets: "these are credentials", "contain session tokens", "sensitive". */
const SECRET_VALUES = /\b(?:credentials?|secrets?|passwords?|tokens?|api keys?|sensitive)\b/i;
// Across every namespace, project or account, or every item a selector matches.
const BULK_NAME =
  /^(many|all|all_regions|all_namespaces|all_projects|all_accounts|recursive|bulk|batch|max_deletions|delete_all|label_selector|selector)$/;
/**
 * A selector of the work rather than of the items worked on: of the rules, checks or engines to run ("selector for Code Analyzer
 * rules", "which checks to run") or of an element on a page (a CSS or XPath selector). It narrows the call; it widens nothing.
 */
const WORK_SELECTOR =
  /\b(?:css|xpath|dom|jq|json ?path)\b|\bselector (?:for|of) (?:the |which )?(?:[\w-]+ ){0,3}?(?:rules?|checks?|tests?|linters?|engines?|scanners?|analy[sz]ers?|severit(?:y|ies))\b|\b(?:which|what) (?:[\w-]+ )?(?:rules?|checks?|tests?|linters?|engines?|scanners?) (?:to )?(?:run|apply|use|execute)\b/i;
const SCHEMA_VERBS: ReadonlySet<string> = new Set(['explain', 'validate', 'lint']);
const KUBERNETES_TOOL = /\b(k8s|kubernetes|kubectl)\b/i;
const KIND_PARAMETER = /^(kind|resource_type|resource|resource_kind|type)$/;

const text = (p: ParameterFacts) => p.isText;
const verbEntries = (p: ParameterFacts): readonly VerbEntry[] => p.tool.nameFacts.entries;
const nameVerbs = (p: ParameterFacts) => p.tool.nameFacts.verbs;

/** A free-text resource type of a Kubernetes tool (`kind`, `resourceType`), on a tool that acts on objects, not on their schema. */
function namesAnyKubernetesKind(p: ParameterFacts): boolean {
  return (
    KIND_PARAMETER.test(p.snake) &&
    !p.nested &&
    text(p) &&
    !Array.isArray(p.schema.enum) &&
    KUBERNETES_TOOL.test(`${p.tool.name.replace(/_/g, ' ')} ${p.tool.summary}`) &&
    !nameVerbs(p).some((v) => SCHEMA_VERBS.has(v))
  );
}

function codeExecutes(p: ParameterFacts): boolean {
  // Handlers and function bodies run later, on events: only an executing name runs them now.
  if (!CODE_NAME.test(p.snake)) return nameVerbs(p).some((v) => EXECUTING_VERBS.has(v));
  return (
    (p.snake !== 'expression' || /javascript|\bjs\b|evaluat/i.test(p.about)) &&
    (EXEC_CONTEXT.test(p.about) || nameVerbs(p).some((v) => EXECUTING_VERBS.has(v)))
  );
}

function isCode(p: ParameterFacts): boolean {
  // A generic `content` described as a script's text, on a tool that stores or runs it (not one that only checks it).
  if (CONTENT_NAME.test(p.snake) && text(p) && SCRIPT_TEXT.test(p.described))
    return !nameVerbs(p).some((v) => CHECKING_VERBS.has(v)) && !p.types.includes('object');
  if (!CODE_NAME.test(p.snake) && CODE_COMPOUND.test(p.snake))
    // (Code described as run now is `parameter.described-code`'s.)
    return (
      text(p) &&
      !p.types.includes('object') &&
      DESCRIBED_AS_CODE.test(p.described) &&
      !DESCRIBED_CODE.test(p.described) &&
      !NOT_SOURCE_CODE.test(p.described)
    );
  if (!CODE_NAME.test(p.snake) || !text(p) || NOT_SOURCE_CODE.test(p.described)) return false;
  // "code" alone is as often a discount, coupon or invitation code: source code only when a
  // language, a program or running it is mentioned.
  return !/^codes?$/.test(p.snake) || PROGRAM_CONTEXT.test(p.about) || nameVerbs(p).some((v) => EXECUTING_VERBS.has(v));
}

/** The tool's name stores, deploys or schedules something (a function, a job, a workflow). */
function storesOrDeploys(p: ParameterFacts): boolean {
  return nameVerbs(p).some((v) => STORING_VERBS.has(v));
}

function isCommand(p: ParameterFacts): boolean {
  // Beside a `command`, a `shell` picks which shell runs it.
  const picksShell = p.snake === 'shell' && p.tool.parameters.some(([name]) => name !== p.name && COMMAND_NAME.test(snakeName(name)));
  return COMMAND_NAME.test(p.snake) && text(p) && !p.types.includes('object') && !picksShell;
}

function shellCommand(p: ParameterFacts): boolean {
  return SHELL_CONTEXT.test(p.about) || SHELL_CONTEXT.test(p.tool.name);
}

function isQuery(p: ParameterFacts): boolean {
  if (!text(p) || !(SQL_NAME.test(p.snake) || (QUERY_NAME.test(p.snake) && QUERY_LANGUAGE.test(p.about)))) return false;
  // Run only when the tool's verb runs statements, or its summary or the parameter says it runs them:
  // a linter reads the statement, a saved-query tool stores it for later.
  const entries = verbEntries(p);
  // A checker reads the statement ("verify a DQL statement before executing it"): it runs nothing.
  if (nameVerbs(p).length > 0 && nameVerbs(p).every((v) => CHECKING_VERBS.has(v))) return false;
  return (
    entries.length === 0 ||
    entries.some((e) => e.runsStatements === true) ||
    RUNS_STATEMENT.test(p.tool.summary) ||
    RUNS_STATEMENT.test(p.described) ||
    OPENS_WITH_QUERY.test(p.tool.summary)
  );
}

/** Beside such a claim, words that say the tool also writes: a read-write mode, DML or DDL ("Supports all DML statements"). */
const WRITES_TOO =
  /\bread[- ]?write\b|\bwrite (?:mode|operations?|quer(?:y|ies)|statements?)\b|\b(?:insert|update|delete|drop|alter|create)(?: table)? (?:statements?|quer(?:y|ies))\b|\b(?:ddl|dml)\b/i;

/** The tool's description says, without a mode that writes beside it, that the queries it runs are read-only. */
function claimsReadOnlyQueries(p: ParameterFacts): boolean {
  const description = p.tool.description.slice(0, 4000);
  return READ_ONLY_QUERIES_CLAIM.test(description.slice(0, 1000)) && !WRITES_TOO.test(description);
}

function queryLanguage(p: ParameterFacts): string {
  return (p.about.match(QUERY_LANGUAGE)?.[0] ?? (SQL_NAME.test(p.snake) ? p.snake.split('_')[0]! : 'query')).replace(/^sqls?$/i, 'SQL');
}

/** The values of a mode argument: its enum, else those its description lists ("Allowed values: Fail, Skip, …"). */
function modeValues(schema: JsonSchemaNode, described: string): string[] {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v): v is string => typeof v === 'string');
  const listed = described.match(LISTED_VALUES)?.[1] ?? '';
  return listed
    .split(/,|\bor\b|\band\b/)
    .map((v) => v.trim().replace(/^["'`]|["'`]$/g, ''))
    .filter((v) => /^[\w-]+$/.test(v));
}

/**
 * The values of a mode argument that keep what is there (Fail, Skip), when others overwrite, replace or delete it
 * (OverwriteIfDirty, OverwriteAlways); empty when no value overwrites, or none keeps.
 */
export function nonOverwritingValues(schema: JsonSchemaNode, described = schema.description ?? ''): string[] {
  const values = modeValues(schema, described);
  const keeping = values.filter((v) => !OVERWRITE_VALUE.test(v));
  return keeping.length > 0 && keeping.length < values.length ? keeping : [];
}

/** Content that may also be a local file's path (a string, or a string-or-object union), unless the local form belongs to another argument. */
function acceptsLocalFile(p: ParameterFacts): boolean {
  return (
    text(p) &&
    (!p.types.includes('object') || p.types.includes('string')) &&
    ((ACCEPTS_LOCAL_FILE.test(p.described) && !LOCAL_ELSEWHERE.test(p.described)) || toolReadsItAsPath(p))
  );
}

/**
 * The tool's description says a top-level argument is read from disk when it holds a path: "If content is a valid file path,
 * reads from disk", "When `source` is a local file path, the file is read".
 */
function toolReadsItAsPath(p: ParameterFacts): boolean {
  if (p.nested || !/^\w+$/.test(p.name)) return false;
  const heldPath = new RegExp(
    `\\b(?:if|when) \`?${p.name}\`? is an? (?:valid |local |existing )*(?:file ?)?path\\b[^.]{0,40}?\\b(?:reads?|read|loads?|opens?)\\b`,
    'i',
  );
  return heldPath.test(p.tool.description.slice(0, 4000));
}

function isPath(p: ParameterFacts): boolean {
  // An array of objects ({ name, content }) carries files, not paths; a value picked from a closed list names no file.
  const items = (p.schema as { items?: { type?: unknown } }).items;
  if ((p.types.includes('array') && items?.type === 'object') || closedChoice(p.schema)) return false;
  // Content that may also be a local file's path reaches that file, whatever else it accepts (S3 URIs, inline text).
  if (acceptsLocalFile(p)) return true;
  if (CONTENT_NOT_PATH.test(p.described) || readsNothingAt(p)) return false;
  return (
    (PATH_NAME.test(p.snake) ||
      (FILE_NAME.test(p.snake) && FILESYSTEM_HINT.test(p.described)) ||
      (SAVE_NAME.test(p.snake) && PATH_WORDS.test(p.described)) ||
      DESCRIBED_PATHS.test(p.described) ||
      (ENDPOINT_NAME.test(p.snake) && FILESYSTEM_HINT.test(`${p.described} ${p.tool.summary}`))) &&
    text(p) &&
    !NOT_FILESYSTEM.test(p.described) &&
    !p.snake.includes('prefix') &&
    !p.snake.includes('json') &&
    !S3_HINT.test(p.snake) &&
    onLocalDisk(p)
  );
}

/**
 * A path the tool does not open: its own text says the agent reads the file ("This tool does not read file contents — the
 * agent is responsible for reading each file"), or it labels content passed beside it in the same object ({ path, content }:
 * "path to component file relative to the bundle root") on a tool that reads what it is given.
 */
function readsNothingAt(p: ParameterFacts): boolean {
  if (NOT_READ_BY_TOOL.test(p.described) && !FILE_METADATA.test(p.described)) return true;
  return p.nested && p.reads && p.siblings.some((name) => CONTENT_NAME.test(snakeName(name)));
}

/**
 * Whether a path is on the machine the server runs on, which is what makes it a lever: the
 * parameter's description places it there ("absolute path", "the local file", "relative to the
 * working directory", "to upload"), or says nothing of a place and the tool works on files. A
 * path inside a repository, a bucket, a website or an uploaded bundle, a namespace path or a
 * project slug lives on a remote service, and a prefix check on it would refuse every real value.
 */
function onLocalDisk(p: ParameterFacts): boolean {
  // Where a download lands is local even when the description names the remote place it comes from.
  if (PLAINLY_LOCAL.test(p.described) && (OUTPUT_WORD.test(p.snake) || SAVE_NAME.test(p.snake) || SAVES_THERE.test(p.described)))
    return true;
  if (REMOTE_PATH.test(p.described) || relativeToRemoteArgument(p)) return false;
  if (onManagedHost(p)) return false;
  // A path in an object that also pins commits (a diff position: base_sha, head_sha, old_path, new_path) is a file of that commit.
  if (p.nested && p.siblings.some((name) => REVISION_ARG.test(snakeName(name)))) return false;
  // Where a clone, a download or an extracted archive lands is on this machine, even on a tool about repositories.
  if (LOCAL_PATH.test(p.described) || (SAVES_THERE.test(p.described) && LANDS_HERE.test(p.described))) return true;
  // A bare path beside the id of a remote object (specId, repo_id, bucket, sandbox_id) is a path inside that object.
  if (
    !OUTPUT_WORD.test(p.snake) &&
    !SAVE_NAME.test(p.snake) &&
    p.tool.parameters.some(([name]) => name !== p.name && REMOTE_CONTAINER_ARG.test(snakeName(name)))
  )
    return false;
  // A tool whose other paths are local ("Path to the Git repository. Defaults to the working directory") works on the local disk.
  if (p.tool.parameters.some(([name, schema]) => PATH_NAME.test(snakeName(name)) && LOCAL_PATH.test(schema.description ?? ''))) return true;
  const tool = `${p.tool.summary} ${p.tool.nameFacts.words.map((w) => w.lower).join(' ')}`;
  if (REMOTE_TOOL.test(tool)) return false;
  return FILE_WORDS.test(p.described) || FILE_WORDS.test(p.tool.description.slice(0, 2000));
}

/**
 * A path relative to another argument's place ("Build output directory relative to the root directory" beside `root_directory`,
 * "relative to public_html"): it lies where that argument does, so when that one is on a remote website, repository or bucket,
 * so is this one, and a folder prefix for this machine could never match its relative value ("dist").
 */
function relativeToRemoteArgument(p: ParameterFacts): boolean {
  const anchor = p.described.match(RELATIVE_TO)?.[1]?.toLowerCase();
  if (!anchor) return false;
  return p.tool.parameters.some(([name, schema]) => {
    if (name === p.name || !REMOTE_PATH.test(schema.description ?? '')) return false;
    const words = snakeName(name).replace(/_/g, ' ');
    return anchor === words || anchor === name.toLowerCase();
  });
}
const RELATIVE_TO = /\brelative to (?:the |its |your )?[`'"]?([\w -]+?)[`'"]?(?=\s*(?:[.,;:)(]|$))/i;

/**
 * A path on a host the service manages (a sync service's registered server, an agent's machine, a VM): its description
 * puts it "on the registered server", or "on the server" beside an argument naming which server. The service's agent on
 * that host reads it, not this machine, and a folder prefix for this machine cannot match it ("D:\Data").
 */
function onManagedHost(p: ParameterFacts): boolean {
  if (!ON_MANAGED_HOST.test(p.described)) return false;
  return MANAGED_HOST_QUALIFIER.test(p.described) || p.tool.parameters.some(([name]) => name !== p.name && HOST_ARG.test(snakeName(name)));
}

/**
 * An address the operator's list bounds: "The URL must match INFLUXDB_URL or an entry in INFLUXDB_ALLOWED_URLS", "must be one
 * of the allowlisted hosts", "restricted to the configured endpoints". The agent picks among places the operator chose.
 */
const ALLOWLISTED_ADDRESS =
  /\bmust (?:match|be (?:one of|listed in|in|on|among|from))\b[^.]{0,80}?(?<=[\W_])(?:allow(?:ed)?[ _-]?list(?:s|ed)?|allowed|white[ _-]?list(?:s|ed)?|permitted)(?=[\W_]|$)|\b(?:restricted|limited) to (?:the )?(?:configured|allow-?listed|allowed|permitted|pre-?configured|operator[- ]configured)\b/i;

/**
 * Words of a value that filters or matches what the tool returns: "Filter by …", "substring", "contains match", "to match",
 * and a description that opens by scoping the results ("Scope the function's metrics to a specific endpoint/operation").
 */
const FILTER_VALUE =
  /^\W*(?:optional(?:ly)?\W+)?(?:scope|narrow)s? (?:the |this |its |your )?(?:[\w'’-]+ ){0,3}?(?:to|down to)\b|\b(?:filter(?:s|ed|ing)? (?:\w+ )?(?:by|on|for|to|results|the)|(?:sub)?string to (?:match|search|filter)|substring|contains match|(?:partial|prefix|exact|fuzzy|regex|glob|wildcard) match(?:ing)?|only (?:incidents|results|records|entries|events|requests) (?:for|with|matching))\b/i;
/** An example that is a bare path, with no scheme or host ("e.g., "/api/users""): a route of the service, not an address. */
const BARE_PATH_EXAMPLE = /\b(?:e\.g\.,?|for example|such as|like)\s*["'`(]?\/[a-z0-9_{}:-]+(?:\/[a-z0-9_{}:-]*)*["'`)]?/i;

function isAddress(p: ParameterFacts): boolean {
  if (!(URL_NAME.test(p.snake) || p.schema.format === 'uri')) return false;
  if (ALLOWLISTED_ADDRESS.test(p.described)) return false;
  // An address is free text: not a count of URLs, an isUrl switch, an origin picked from a list (or a list of them),
  // or a link the response fills in ("The URL for the sections navigation property").
  if (closedChoice(p.schema)) return false;
  if (p.schema.format !== 'uri' && !p.types.every((t) => t === 'string' || t === 'array')) return false;
  if (OUTPUT_ADDRESS.test(p.described) || REQUEST_PROVENANCE.test(p.described)) return false;
  // A value matched against records, not a place to connect to: "Filter by operation substring (e.g., "/api/users")".
  if (FILTER_VALUE.test(p.described) || BARE_PATH_EXAMPLE.test(p.described) || optionalOfReads(p)) return false;
  if ((IDENTIFYING_URL.test(p.described) || STORED_URL.test(p.described)) && !FETCHED_WORDING.test(p.described)) return false;
  if (identifiesResource(p) || lookupKey(p)) return false;
  if (METADATA_URL.test(p.described) && !FETCHED_WORDING.test(`${p.described} ${p.tool.summary} ${p.tool.name}`)) return false;
  // Judge the words before the last: "queue_url" names a queue, "endpoint" alone is an address.
  return !(RESOURCE_ADDRESS.test(p.snake.replace(/_?[a-z0-9]+$/, '')) && !FETCHED_URL.test(p.snake));
}

/** Where a description starts listing the optional arguments of its operations: "Optional params: ``page_url``/``group_by`` (errors, …)". */
const OPTIONAL_ARGUMENTS_LIST = /\boptional (?:param(?:eter)?s|arguments|args|inputs|fields)\s*:/i;

/**
 * An undescribed address of a reading tool that its description names only in its list of optional arguments ("Optional
 * params: ``page_url``/``group_by`` (errors, performance, …)" of a RUM query): a value that narrows what the read returns,
 * like the grouping key beside it. Nothing says the tool contacts it, and a reading tool's required address (a fetch's
 * `url`) is not optional.
 */
function optionalOfReads(p: ParameterFacts): boolean {
  if (!p.reads || p.described !== '' || p.nested) return false;
  const description = p.tool.description.slice(0, MAX_SCAN);
  const start = description.search(OPTIONAL_ARGUMENTS_LIST);
  if (start === -1) return false;
  const list = description.slice(start).split(/\n\s*\n/)[0]!;
  return list.split(/[^\w-]+/).includes(p.name);
}

/**
 * An address that names a resource of a cloud service rather than a place to send to or fetch from: a Key Vault or KMS key,
 * secret or certificate URL ("Full Key Vault key URL"), or, on a tool that only reads or checks, a container image
 * reference ("Full ECR image URI with tag"), whose existence the tool looks up through the registry's API.
 */
const KEY_ADDRESS = /\b(?:(?:key ?vault|vault|kms|hsm) )?(?:keys?|secrets?|certificates?) (?:url|uri)s?\b/i;
const IMAGE_REFERENCE =
  /\b(?:ecr|docker|container|oci|registry) (?:[\w-]+ )?image (?:url|uri|reference|ref|tag)s?\b|\bimage (?:url|uri) (?:with|including) (?:the |its |a )?tag\b/i;

/** Every verb of the name only checks (validate, verify, lint). */
function onlyChecks(p: ParameterFacts): boolean {
  return nameVerbs(p).length > 0 && nameVerbs(p).every((v) => CHECKING_VERBS.has(v));
}

/**
 * An image in the cloud's own container registry ("Updated ECR container URI", "ECR image URI"): the service pulls it through
 * its registry API under the account's permissions, so it names a resource, whatever the tool does with it.
 */
const REGISTRY_IMAGE_ADDRESS = /\becr (?:[\w-]+ )?(?:container|image) (?:url|uri|reference|ref)s?\b/i;

function identifiesResource(p: ParameterFacts): boolean {
  if (KEY_ADDRESS.test(p.described) || REGISTRY_IMAGE_ADDRESS.test(p.described)) return true;
  const checksOnly = p.reads || onlyChecks(p);
  return checksOnly && IMAGE_REFERENCE.test(p.described);
}

/** An address the description says is only matched or looked up: "URL to search for", "URLs to find providers for", "filter by URL". */
const LOOKUP_ADDRESS =
  /^\W*(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:urls?|uris?|links?|domains?)\s+(?:to|for) (?:look ?up|find|match|filter|search for|identify)\b|\b(?:filter|look ?up|search|match)(?:es|ed)? (?:[\w-]+ ){0,3}?by (?:the |its |their )?(?:url|uri|link|domain)s?\b/i;
/** The tool says it contacts none of them: "Discovery does not execute providers", "the URLs are not fetched". */
const NOT_CONTACTED =
  /\bdoes(?: not|n['’]t) (?:execute|fetch|visit|crawl|scrape|request|call|contact|open)\b|\b(?:is|are) (?:never|not) (?:fetched|visited|crawled|scraped|requested|called|contacted|opened)\b/i;

/**
 * The argument is a key the tool looks things up by: its own description says so, or the tool's tells the agent to use it to
 * find or match something ("Use … urls to find providers for a website") while saying it contacts nothing.
 */
function lookupKey(p: ParameterFacts): boolean {
  if (LOOKUP_ADDRESS.test(p.described) && !FETCHED_WORDING.test(p.described.replace(LOOKUP_ADDRESS, ''))) return true;
  const description = p.tool.description.slice(0, 4000);
  // (The fixed test first: the pattern naming this argument is built only for the few tools that say they contact nothing.)
  if (!NOT_CONTACTED.test(description)) return false;
  const name = p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const usedToFind = new RegExp(
    `\\b(?:use|pass|give|provide)\\b[^.]{0,60}?\\b${name}\\b[^.]{0,12}?\\b(?:to|for) (?:find|look ?up|search for|match|filter|identify|discover)\\b`,
    'i',
  );
  return usedToFind.test(description);
}

/** An object (or JSON text) whose keys the schema leaves open: any field of any request fits. */
function openObject(schema: JsonSchemaNode): boolean {
  const node = schema as { type?: unknown; properties?: Record<string, unknown> };
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('object')) return node.properties === undefined || Object.keys(node.properties).length === 0;
  return node.type === undefined || types.includes('string');
}

/** A recipient field of a template, draft or signature, or one described as a default for later sends. */
function storedAddress(p: ParameterFacts): boolean {
  if (STORED_DEFAULT.test(p.described)) return true;
  if (!sends(p) && IDENTIFYING_ADDRESS.test(p.about)) return true;
  return p.tool.nameFacts.words.some((w) => STORED_OBJECT.has(w.lower)) && !sends(p);
}

/**
 * An address that is data the tool keeps or writes down, never contacted: a field of feedback or a review it records,
 * an image or endpoint a generator writes into a manifest or template, a link on a record it creates or updates
 * ("Deep link to the linkedResource"). Unless its words, or the tool's, say it is fetched, connected to or delivered to.
 */
function storedField(p: ParameterFacts): boolean {
  // (Before the wording test: "The request's URL" names its owner, it does not request anything.)
  if (propertyOfMadeObject(p) || presentedLink(p)) return true;
  if (FETCHED_WORDING.test(p.described) || CONTACTED_WORDING.test(p.described)) return false;
  const toolWords = `${p.tool.nameFacts.words.map((w) => w.lower).join(' ')} ${p.tool.summary}`;
  // A generator contacts nothing, whatever the address names: it writes it into the file.
  if (nameVerbs(p).some((v) => COMPOSING_VERBS.has(v)) && ARTEFACT_WORDS.test(toolWords)) return true;
  if (CONTACTED_NAME.test(p.name)) return false;
  if (RECORDS_SUMMARY.test(p.tool.summary)) return true;
  return (
    p.nested &&
    verbEntries(p).some((e) => e.effect === 'adds' || e.effect === 'changes') &&
    !sends(p) &&
    !FETCHED_WORDING.test(toolWords) &&
    !CONTACTED_WORDING.test(toolWords)
  );
}

/** "The request's URL", "the link's address", "URL of the bookmark": an address said to belong to a thing, which the regex names. */
const OWNED_ADDRESS =
  /^\W*(?:the |this |a |an )?([\w-]+)['’]s? (?:full |base |target )?(?:url|uri|link|address|href)\b|^\W*(?:the )?(?:url|uri|link|address|href) of (?:the |this |a |an |each )?([\w-]+)\W*$/i;

/**
 * A link kept on the thing the tool makes, said by how it is attached rather than by an owner's name: "The associated request's
 * URL" (on a saved response), "Target URL associated with this status", "the link shown on the check", "Details URL". The
 * regex names the thing it is attached to when the wording does (group 1).
 */
const ATTACHED_ADDRESS =
  /^\W*(?:the |this |a |an )?(?:associated|related|linked|parent|corresponding) [\w-]+['’]s? (?:full |base )?(?:url|uri|link|address|href)\b|\b(?:url|uri|link|href) (?:that is |which is )?(?:associated with|linked (?:to|with)|attached to|shown (?:on|with|in)|displayed (?:on|with|in)) (?:this|the|each|a|an) ([\w-]+)\b|^\W*(?:the |a )?(?:details?|more[- ]info(?:rmation)?) (?:page )?(?:url|uri|link)\b/i;
/** A link's target is the page it opens: "target_url" of a status or check is its details link, when the text says whose it is. */
const LINK_TARGET_WORD = /(^|_)target(?=_)/;

/**
 * The address is a property of the object the tool creates or changes ("The request's URL." on create_collection_request), or a
 * link attached to it ("Target URL associated with this status"): it is written down with the object, and making it contacts
 * nothing there.
 */
function propertyOfMadeObject(p: ParameterFacts): boolean {
  if (sends(p) || !verbEntries(p).some((e) => e.effect === 'adds' || e.effect === 'changes')) return false;
  return ownedByMadeObject(p) || attachedLink(p);
}

/** "The request's URL", "URL of the bookmark", where the owner is what the tool's name makes. */
function ownedByMadeObject(p: ParameterFacts): boolean {
  const owner = p.described.match(OWNED_ADDRESS);
  const noun = (owner?.[1] ?? owner?.[2])?.toLowerCase();
  if (noun === undefined || CONTACTED_NAME.test(p.name) || !addressOnly(p.described.replace(OWNED_ADDRESS, ''), noun)) return false;
  return p.tool.nameFacts.words.some((w) => w.lower === noun || `${w.lower}s` === noun);
}

/** A link attached to a thing that is not itself contacted (a status, a saved request; not a webhook or a health check). */
function attachedLink(p: ParameterFacts): boolean {
  const attached = p.described.match(ATTACHED_ADDRESS);
  if (attached === null || CONTACTED_NAME.test(p.snake.replace(LINK_TARGET_WORD, '$1'))) return false;
  return addressOnly(p.described.replace(ATTACHED_ADDRESS, ''), attached[1]?.toLowerCase() ?? '');
}

/** A link to a picture people see: "image_url", "logoUrl", "avatar_url", "thumbnail_link". */
const PICTURE_LINK_NAME = /(?:^|_)(?:image|img|logo|icon|avatar|thumbnail|thumb|photo|picture|banner|cover)_(?:url|uri|link|href)s?$/;
/** A container image is pulled by the service, not shown to anyone: "ECR image URI with tag", "容器镜像地址", "registry address". */
const PULLED_IMAGE = /\b(?:containers?|registry|docker|ecr|oci|tags?|pull(?:s|ed)?)\b|镜像/i;
/** A page people open: "tracking_url", "homepage", "website_url", "profile_link". */
const PAGE_LINK_NAME =
  /^(?:homepage|home_page|website|web_site)$|(?:^|_)(?:tracking|homepage|home_page|website|profile|blog|store|shop)_(?:url|uri|link)s?$/;
/** A page the description calls public, or places something at: "Public tracking URL for the shipment", "address where the channel lives". */
const PUBLIC_PAGE =
  /^\W*(?:optional(?:ly)?\W+)?(?:the |a |an |its |your )?public (?:[\w-]+ )?(?:url|uri|link|page|web ?page|web address)\b|\b(?:url|uri|address|page) where (?:the |this |your |its )?(?:[\w-]+ ){0,3}?(?:lives|is (?:shown|displayed|published|listed))\b/i;
/** Where a buyer's browser goes when a checkout ends: "redirect_url", "success_url", "cancel_url", "return_url". */
const CHECKOUT_LINK_NAME = /(?:^|_)(?:redirect|return|success|cancel|cancellation|completion)(?:_|$)/;
/** "URL to redirect to after the payment is completed", "where the customer is sent when checkout is cancelled". */
const AFTER_CHECKOUT =
  /\b(?:after|once|when|if) (?:the |a |their |your )?(?:[\w-]+ ){0,2}?(?:payments?|checkouts?|purchases?|orders?|subscriptions?|donations?)\b/i;
/** The description says a browser is sent there: "URL to redirect to", "where the customer is sent", "the URL the buyer returns to". */
const BROWSER_SENT =
  /\bredirect(?:s|ed)?\b|\breturns? to\b|\b(?:is|are|gets?) (?:sent|taken|brought)\b|\b(?:customer|buyer|user|payer|shopper)s? (?:is |are )?(?:sent|taken|lands?|goes|returns?)\b/i;
/** Sign-in redirects carry codes and tokens to the address: a way out, never a customer's page. */
const SIGN_IN_WORDS = /\b(?:o?auth\w*|sso|oidc|saml|login|log-in|sign-?in|tokens?|authori[sz]ation codes?|3lo)\b/i;
/** A link handed to people rather than contacted: "download link delivered to the customer after purchase". */
const HANDED_TO_PEOPLE =
  /\b(?:delivered|given|shown|sent|displayed|emailed|offered) to (?:the |a |each |your )?(?:customers?|buyers?|users?|shoppers?|visitors?|purchasers?|payers?)\b/i;
/** Words of a service that fetches the address itself: "Fetching the image requires HTTPS", "downloaded and imported". */
const SERVICE_FETCHES =
  /\b(?:fetch(?:es|ed|ing)?|download(?:s|ed|ing)|import(?:s|ed|ing)?|upload(?:s|ed|ing)?|pull(?:s|ed|ing)?|retriev\w+|crawl\w*|scrap\w+|clon\w+)\b/i;
/** "download link", "download URL": the link a buyer downloads from, named by its use; the noun alone fetches nothing. */
const DOWNLOAD_LINK = /\bdownload (?=link|url|uri|page)/gi;

/**
 * A link the service shows to people, or hands to a customer's browser, written on the record a tool makes or changes: a
 * picture (a product image, a logo, an avatar), a public page (a shipment's tracking page, a sales channel's public URL), a link
 * given to buyers, or where the buyer's browser goes when a checkout ends ("URL to redirect to after the payment is completed").
 * Nothing is fetched or sent there by the tool. Not an image the service downloads, a container image it pulls, or a sign-in
 * redirect that receives codes.
 */
function presentedLink(p: ParameterFacts): boolean {
  if (sends(p) || !verbEntries(p).some((e) => e.effect === 'adds' || e.effect === 'changes')) return false;
  const rest = p.described.replace(HANDED_TO_PEOPLE, '').replace(DOWNLOAD_LINK, '');
  if (FETCHED_WORDING.test(rest) || SERVICE_FETCHES.test(rest)) return false;
  if (CHECKOUT_LINK_NAME.test(p.snake) && AFTER_CHECKOUT.test(p.described) && BROWSER_SENT.test(p.described))
    return (
      !SIGN_IN_WORDS.test(`${p.snake.replace(/_/g, ' ')} ${p.described}`) && !CONTACTED_WORDING.test(rest.replace(/\bredirect\w*/gi, ''))
    );
  if (CONTACTED_WORDING.test(rest)) return false;
  if (PICTURE_LINK_NAME.test(p.snake)) return !PULLED_IMAGE.test(p.described);
  // (A webhook or callback called "public URL" is still contacted.)
  if (CONTACTED_NAME.test(p.snake)) return false;
  return PAGE_LINK_NAME.test(p.snake) || PUBLIC_PAGE.test(p.described) || HANDED_TO_PEOPLE.test(p.described);
}

/** The rest of the description, and the thing the address belongs to, say nothing of fetching, connecting or delivering. */
function addressOnly(rest: string, noun: string): boolean {
  return !FETCHED_WORDING.test(rest) && !CONTACTED_WORDING.test(rest) && !CONTACTED_NAME.test(noun) && !CONTACTED_WORDING.test(noun);
}

function isStorageAddress(p: ParameterFacts): boolean {
  return S3_HINT.test(p.snake) || S3_HINT.test(p.described);
}

/** The tool's verb fetches or reads something back (or there is none). */
function fetches(p: ParameterFacts): boolean {
  const entries = verbEntries(p);
  return (
    entries.length === 0 ||
    entries.some((e) => e.reveals === true || e.capability === 'network-fetch') ||
    nameVerbs(p).some((v) => WORKS_ON_CONTENT.has(v))
  );
}

function sends(p: ParameterFacts): boolean {
  return p.tool.nameFacts.findings.some((f) => f.capability === 'outbound-message');
}

function writingMethods(schema: JsonSchemaNode | undefined): boolean {
  if (!schema) return false;
  if (Array.isArray(schema.enum)) return schema.enum.some((value) => typeof value === 'string' && WRITING_METHOD.test(value));
  return /\b(post|put|patch|delete)\b/i.test(schema.description ?? '');
}

/** A `method` among the properties of the array items ("requests: [{method, path, body}]"). */
function nestedMethod(schema: JsonSchemaNode): JsonSchemaNode | undefined {
  const items = (schema as { items?: { properties?: Record<string, JsonSchemaNode> } }).items;
  const properties = items && typeof items === 'object' ? items.properties : undefined;
  if (!properties) return undefined;
  const key = Object.keys(properties).find((k) => METHOD_NAME.test(k.toLowerCase()));
  return key ? properties[key] : undefined;
}

function enumText(p: ParameterFacts): string {
  return Array.isArray(p.schema.enum) ? p.schema.enum.filter((v): v is string => typeof v === 'string').join(' ') : '';
}

/** The type argument's own words say it reaches any resource of an API ("resource type", "AWS::S3::Bucket"). */
function reachesAnyResource(p: ParameterFacts): boolean {
  return p.snake.includes('resource') || p.snake === 'kind' || RESOURCE_TYPE.test(p.described);
}

/** The type argument's description or values name people: contacts, customers, leads. */
function namesPeople(p: ParameterFacts): boolean {
  const values = Array.isArray(p.schema.enum) ? p.schema.enum.filter((v): v is string => typeof v === 'string').join(' ') : '';
  return splitWords(`${p.described} ${values}`).some((word) => classesOf(word.lower).includes('personal') || PEOPLE.test(word.lower));
}

/**
 * A destructive option that acts when another action happens later: its description or name
 * says so ("when merging", "after_merge", "on termination"), or it is an option of a request
 * (a merge or pull request), which only asks; unless this tool's own verb is that action.
 */
function deferred(p: ParameterFacts): boolean {
  if (nameVerbs(p).some((v) => TRIGGERS.has(v))) return false;
  const words = p.tool.nameFacts.words.map((w) => w.lower);
  return DEFERRED.test(`${p.described} ${p.snake.replace(/_/g, ' ')}`) || words.includes('request') || words.includes('requests');
}

/**
 * An option of the call itself: a top-level argument or one inside a single wrapper object
 * ("request.force"). Deeper, a switch describes stored data (a collection's per-request
 * "removeRefererHeaderOnRedirect"), not what this call does.
 */
function shallow(p: ParameterFacts): boolean {
  return p.name.split('.').length <= 2;
}

/** The name moves money: a Financial verb, or a payment, transfer, refund, invoice or order it acts on. */
function movesMoney(p: ParameterFacts): boolean {
  return p.tool.nameCategory === 'Financial' || p.tool.nameFacts.nouns.has('money-movement') || p.tool.nameFacts.nouns.has('cart');
}

/**
 * A number that provisions storage capacity in billed units ("The AMLFS size in TiB", "Size of the file share in GiB") on a tool
 * that creates or changes what it sizes: a file system of N TiB is billed per TiB-hour, whatever its kind.
 */
function sizesStorage(p: ParameterFacts): boolean {
  return (
    p.isNumber &&
    capacityUnit(p.name.slice(p.name.lastIndexOf('.') + 1), p.schema) !== undefined &&
    // (A default for later runs, "Default storage capacity in GiB for workflow runs", provisions nothing now.)
    !/\bdefault\b/i.test(p.described) &&
    ((!p.reads && nameVerbs(p).some((v) => PROVISIONING_VERBS.has(v))) ||
      (nameVerbs(p).length === 0 && PROVISIONING_SUMMARY.test(p.tool.summary)))
  );
}

/**
 * A count of billed machines or the GPU they carry, by its description, on a tool that creates or changes them: nested as deep as
 * it sits ("ModelDeployments[].Accelerators[].Scale": "Number of accelerator instances").
 */
function sizesMachines(p: ParameterFacts): boolean {
  const counts = p.isNumber && BILLED_COUNT.test(p.described);
  const picksAccelerator = text(p) && !p.types.includes('array') && BILLED_ACCELERATOR.test(p.described);
  return (counts || picksAccelerator) && nameVerbs(p).some((v) => PROVISIONING_VERBS.has(v));
}

/** The name has no verb, or one that calls, runs, sends or dispatches. */
function sendsRequests(p: ParameterFacts): boolean {
  const entries = verbEntries(p);
  return (
    entries.length === 0 ||
    entries.some((e) => e.dispatches === true || e.runsStatements === true || e.starts === true || e.capability === 'outbound-message')
  );
}

/**
 * The name creates, changes or deletes a resource of no named kind ("create_resource", not
 * "create_fhir_resource"; "generate_resources" writes files, it calls no API).
 */
const genericTarget = (p: ParameterFacts) =>
  p.tool.nameFacts.genericObject &&
  // Scaling any kind changes how much of it runs, not what it is or who may use it (parameter.any-kind-scale).
  verbEntries(p).some((e) => e.category !== 'Read' && e.objectDecides !== true && !(e.resizes === true && e.provisions === true));

/**
 * An argument named for output whose text takes an S3 address, on a tool that changes things or
 * whose argument says the output is written there: the ground both output-location rules stand on
 * (one for outputs that also take a local path, one for S3 only; the first that applies wins).
 */
function s3OutputLocation(p: ParameterFacts): boolean {
  return (
    (!p.reads || OUTPUT_WRITTEN_THERE.test(p.described)) &&
    text(p) &&
    !closedChoice(p.schema) &&
    !isAddress(p) &&
    (OUTPUT_WORD.test(p.snake) || SAVE_NAME.test(p.snake) || STORAGE_OUTPUT.test(p.snake)) &&
    S3_ADDRESS_FORM.test(p.described)
  );
}

export const PARAMETER_RULES: readonly ParameterRule[] = [
  {
    id: 'parameter.code-executed',
    summary:
      'A `code`, `script`, `program` or `snippet` text (not an OAuth, country or error code) that the tool runs, as its description or name verb says: the agent writes the program.',
    implies: { category: 'Execute', risk: 'critical', capability: 'code-execution' },
    applies: (p) => isCode(p) && codeExecutes(p),
    set: { category: 'Execute', risk: 'critical', capability: 'code-execution', unbounded: true, asReadOnly: null },
    note: (p) => `The parameter ${p.shown} carries source code that the tool runs: the agent writes the program.`,
    clause: (p) => `runs whatever code the agent puts in \`${p.name}\``,
    fires: { name: 'run_code', parameters: { code: 'string: the Python code to execute' } },
    quiet: { name: 'verify_login', parameters: { code: 'string: the one-time verification code' } },
  },
  {
    id: 'parameter.code-shipped',
    summary:
      'A `code` or `script` text the tool stores or deploys rather than runs now (its verb creates, uploads, deploys, schedules…, or it has none): it ends up where it will run later.',
    implies: { risk: 'high', capability: 'code-execution' },
    // Only a tool that stores, deploys or schedules (or whose name has no verb) ships code; a scraper runs its script now.
    applies: (p) =>
      isCode(p) && !codeExecutes(p) && p.snake !== 'expression' && ((nameVerbs(p).length === 0 && !p.nested) || storesOrDeploys(p)),
    set: { risk: 'high', capability: 'code-execution' },
    note: (p) => `The parameter ${p.shown} takes source code, which ends up stored or deployed where it will run later.`,
    clause: (p) => `ships code the agent writes in \`${p.name}\``,
    fires: { name: 'upload_script', parameters: { script: 'string: the script to store' } },
    quiet: { name: 'upload_note', parameters: { note: 'string' } },
  },
  {
    id: 'parameter.container-image',
    summary:
      'A container image (`image`, `image_uri`) on a tool that runs, creates or starts a pod, container, task or job: whatever the image holds runs with the access of the cluster or account, so the agent picks the code.',
    implies: { category: 'Execute', risk: 'high', capability: 'code-execution' },
    applies: (p) =>
      !p.reads &&
      !p.nested &&
      IMAGE_NAME.test(p.snake) &&
      text(p) &&
      !Array.isArray(p.schema.enum) &&
      (RUNS_CONTAINERS.test(p.tool.nameFacts.words.map((w) => w.lower).join(' ')) || RUNS_CONTAINERS.test(p.tool.summary)) &&
      nameVerbs(p).some((v) => CONTAINER_VERBS.has(v)),
    set: { category: 'Execute', risk: 'high', capability: 'code-execution', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} picks the container image the tool runs: whatever that image holds runs with the tool’s access.`,
    clause: (p) => `runs whatever container image the agent names in \`${p.name}\``,
    fires: {
      name: 'pods_run',
      description: 'Run a pod with the given container image.',
      parameters: { image: 'string: container image to run' },
    },
    quiet: { name: 'pods_list', description: 'List pods and their images.', parameters: { image: 'string: filter by image' } },
  },
  {
    id: 'parameter.runnable-steps',
    summary:
      'A list of steps, nodes or stages (`steps[]`, `nodes[]`, `pipeline[]`) whose description says the items run jars, commands, scripts, code or workflow nodes: the agent writes the work that runs.',
    implies: { risk: 'high', capability: 'code-execution' },
    applies: (p) => !p.reads && !p.nested && STEPS_NAME.test(p.snake) && p.types.includes('array') && RUNNABLE_ITEMS.test(p.described),
    set: { risk: 'high', capability: 'code-execution', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} lists work items that run jars, commands or code: the agent writes what runs.`,
    clause: (p) => `runs the work the agent lists in \`${p.name}\``,
    fires: {
      name: 'add_steps',
      parameters: { steps: { type: 'array', description: 'Steps to add; each has a HadoopJarStep with the jar and its arguments' } },
    },
    quiet: { name: 'add_steps', parameters: { steps: { type: 'array', description: 'Checklist steps to add to the ticket' } } },
  },
  {
    id: 'parameter.code-patches',
    summary:
      'A list of edits (`operations[]`, `patches[]`, `changes[]`) on a tool that updates a stored definition whose code fields (`jsCode`, code nodes, function bodies) the edits can set: the agent writes code the service will run.',
    implies: { risk: 'high', capability: 'code-execution' },
    applies: (p) =>
      !p.nested &&
      PATCH_LIST_NAME.test(p.snake) &&
      p.types.includes('array') &&
      storesOrDeploys(p) &&
      CODE_FIELD.test(`${p.described}\n${p.tool.description.slice(0, 4000)}`),
    set: { risk: 'high', capability: 'code-execution', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} lists edits that can set code fields: the agent writes code the service will run.`,
    clause: (p) => `can set the code the service runs through the edits in \`${p.name}\``,
    fires: {
      name: 'update_partial_workflow',
      description: 'Apply diff operations. patchNodeField edits a field such as "parameters.jsCode".',
      parameters: { operations: { type: 'array', description: 'Diff operations to apply' } },
    },
    quiet: {
      name: 'update_partial_workflow',
      description: 'Apply diff operations: rename nodes, move nodes, add tags.',
      parameters: { operations: { type: 'array', description: 'Diff operations to apply' } },
    },
  },
  {
    id: 'parameter.any-operation',
    summary:
      'A free-text operation name (action, operation, operation_name, api_action) beside the service it belongs to (service, api, product) and an open object of its parameters (params, parameters, arguments, input): the agent names any call of any listed API, so the tool is as powerful as those APIs, permissions and billing included.',
    implies: { category: 'Execute', risk: 'high', capability: 'api-passthrough' },
    applies: (p) =>
      !p.nested &&
      OPERATION_NAME.test(p.snake) &&
      text(p) &&
      !Array.isArray(p.schema.enum) &&
      p.tool.parameters.some(([name]) => name !== p.name && SERVICE_NAME.test(snakeName(name))) &&
      p.tool.parameters.some(([name, schema]) => name !== p.name && OPEN_PARAMS_NAME.test(snakeName(name)) && openObject(schema)),
    set: { category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} names the API operation, and the agent also writes its parameters: any call of the service’s API goes through.`,
    clause: (p) => `calls whatever API operation the agent names in \`${p.name}\``,
    fires: {
      name: 'call_cloud_api',
      parameters: { service: 'string: the product, e.g. cvm', action: 'string: the API action name', params: 'object' },
    },
    quiet: {
      name: 'call_cloud_api',
      parameters: { service: 'string', action: { type: 'string', enum: ['DescribeInstances', 'DescribeRegions'] }, params: 'object' },
    },
  },
  {
    id: 'parameter.any-tool',
    summary:
      'The name of any tool or operation to run (`name`: "the name of the available tool to execute"), beside an open object of its arguments: the tool runs whatever the agent names with whatever arguments, so it is as powerful as every tool behind it.',
    implies: { category: 'Execute', risk: 'high', capability: 'api-passthrough' },
    applies: (p) =>
      !p.nested &&
      TOOL_NAME_ARG.test(p.snake) &&
      text(p) &&
      !Array.isArray(p.schema.enum) &&
      NAMES_TOOL_TO_RUN.test(p.described) &&
      p.tool.parameters.some(([name, schema]) => name !== p.name && OPEN_PARAMS_NAME.test(snakeName(name)) && openObject(schema)),
    set: { category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} names the tool to run, and the agent also writes its arguments: any tool behind it goes through.`,
    clause: (p) => `runs whatever tool the agent names in \`${p.name}\``,
    fires: {
      name: 'execute_tool',
      parameters: { name: 'string: the name of the available tool to execute', arguments: 'object: arguments for the target tool' },
    },
    quiet: {
      name: 'execute_tool',
      parameters: { name: { type: 'string', enum: ['whoami', 'find_projects'] }, arguments: 'object: arguments for the target tool' },
    },
  },
  {
    id: 'parameter.endpoint-path',
    summary:
      'A path described as an API endpoint ("the API endpoint path, without base URL") on a tool that also takes a request body or method: the tool sends whatever request the agent builds to any endpoint of the API.',
    implies: { category: 'Execute', risk: 'high', capability: 'api-passthrough' },
    applies: (p) =>
      !p.nested &&
      ENDPOINT_PATH_NAME.test(p.snake) &&
      text(p) &&
      DESCRIBED_ENDPOINT_PATH.test(p.described) &&
      p.tool.parameters.some(([name]) => name !== p.name && REQUEST_BODY_NAME.test(snakeName(name))),
    set: { category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} picks the API endpoint, and the agent writes the request: any call of the API goes through.`,
    clause: (p) => `sends the request the agent builds to any endpoint named in \`${p.name}\``,
    fires: { name: 'api_post', parameters: { path: 'string: the API endpoint path (without base URL)', body: 'object' } },
    quiet: { name: 'api_get', parameters: { path: 'string: the API endpoint path (without base URL)' } },
  },
  {
    id: 'parameter.provider-script',
    summary:
      'A script passed to a tool whose verb neither stores nor deploys (a scraper’s `actions[].script`): the provider runs it in its own browser or sandbox during the call, so it is at most medium and does not make a read a write.',
    implies: { risk: 'medium', capability: 'browser-control' },
    applies: (p) =>
      isCode(p) && !codeExecutes(p) && p.snake !== 'expression' && (nameVerbs(p).length > 0 || p.nested) && !storesOrDeploys(p),
    set: { risk: 'medium', capability: 'browser-control', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} takes a script that the service runs in its own browser or sandbox during the call.`,
    clause: (p) => `runs the agent’s script in the service’s sandbox (\`${p.name}\`)`,
    fires: { name: 'scrape_page', parameters: { script: 'string: a browser script for the page' } },
    quiet: { name: 'deploy_function', parameters: { script: 'string: the function source to deploy' } },
  },
  {
    id: 'parameter.template-source',
    summary:
      'Where a template, starter or scaffold comes from (`location`, `template_url`, `starter_repo`), described as a Git or HTTP address, on a tool that creates or initialises a project: the tool fetches third-party code and instantiates it (template hooks run), so the agent picks code nobody reviewed.',
    implies: { risk: 'medium', capability: 'package-install' },
    applies: (p) =>
      !p.reads &&
      !p.nested &&
      TEMPLATE_SOURCE_NAME.test(p.snake) &&
      text(p) &&
      !Array.isArray(p.schema.enum) &&
      REMOTE_SOURCE.test(p.described) &&
      TEMPLATE_WORDS.test(`${p.snake.replace(/_/g, ' ')} ${p.described} ${p.tool.summary}`) &&
      verbEntries(p).some((e) => e.effect === 'adds'),
    set: { risk: 'medium', capability: 'package-install', strength: 'weak' },
    note: (p) =>
      `The parameter ${p.shown} is a Git or web address the tool fetches a template from and instantiates: third-party code the agent picks ends up in the project, its hooks run.`,
    clause: (p) => `fetches and instantiates the template at \`${p.name}\``,
    fires: {
      name: 'init_project',
      description: 'Initializes a project from a template.',
      parameters: { location: 'string: template location (Git, HTTP/HTTPS, zip file path)' },
    },
    quiet: { name: 'init_project', description: 'Initializes a project.', parameters: { location: 'string: the AWS region' } },
  },
  {
    id: 'parameter.shell-command',
    summary:
      'A `command`, `cmd` or `shell` text that the tool passes to a shell, a CLI or kubectl: anything the command line can do, the agent can do.',
    implies: { category: 'Execute', risk: 'critical', capability: 'command-execution' },
    applies: (p) => isCommand(p) && shellCommand(p),
    set: { category: 'Execute', risk: 'critical', capability: 'command-execution', unbounded: true, asReadOnly: null },
    note: (p) => `The parameter ${p.shown} is a command line the tool executes: anything the shell or CLI can do, the agent can do.`,
    clause: (p) => `executes the command line in \`${p.name}\``,
    fires: { name: 'run', parameters: { command: 'string: the shell command to run' } },
    quiet: { name: 'run', parameters: { target: 'string' } },
  },
  {
    id: 'parameter.command',
    summary:
      'A `command` text that the tool sends to the system behind it (a cache, a device), not to a shell: the agent picks the command.',
    implies: { category: 'Execute', risk: 'high', capability: 'command-execution' },
    applies: (p) => isCommand(p) && !shellCommand(p),
    set: { category: 'Execute', risk: 'high', capability: 'command-execution', asReadOnly: { category: 'Read', risk: 'medium' } },
    note: (p) => `The parameter ${p.shown} is a command the tool sends to the system behind it, chosen by the agent.`,
    clause: (p) => `sends the command the agent writes in \`${p.name}\``,
    fires: { name: 'cache_call', parameters: { command: 'string: a cache command' } },
    quiet: { name: 'cache_call', parameters: { key: 'string' } },
  },
  {
    id: 'parameter.read-only-query',
    summary:
      'A query in a language that cannot write (PromQL, LogQL, Logs Insights, KQL, PPL, SOQL) or described as read-only, by itself or by the tool’s description ("run read-only SQL queries"): the agent decides how much is read and how expensive the query is.',
    implies: { category: 'Read', risk: 'medium', capability: 'query-language' },
    applies: (p) =>
      isQuery(p) &&
      // The language named first decides ("CLS query … e.g. the SQL-type database's logs" is CLS).
      ((READ_ONLY_LANGUAGE.test(p.about) && !/\bsql\b/i.test(p.about)) ||
        READ_ONLY_LANGUAGE.test(queryLanguage(p)) ||
        READ_ONLY_QUERY.test(p.described) ||
        READ_ONLY_QUERY.test(p.tool.summary) ||
        claimsReadOnlyQueries(p)),
    set: { category: 'Read', risk: 'medium', capability: 'query-language' },
    note: (p) =>
      `The parameter ${p.shown} is a free-form ${queryLanguage(p)} query: the agent decides how much data is read and how expensive the query is.`,
    clause: (p) => `runs any ${queryLanguage(p)} query the agent writes in \`${p.name}\``,
    fires: { name: 'execute_query', parameters: { query: 'string: the PromQL query' } },
    quiet: { name: 'execute_query', parameters: { query: 'string: the SQL statement' } },
  },
  {
    id: 'parameter.query-statement',
    summary:
      'A statement in a language that can write (SQL, Cypher, Gremlin, CQL, SPARQL) that the tool runs: unless the account is read-only, it can change or drop data as easily as read it.',
    implies: { category: 'Execute', risk: 'high', capability: 'query-language' },
    applies: (p) => isQuery(p),
    set: { category: 'Execute', risk: 'high', capability: 'query-language', asReadOnly: { category: 'Read', risk: 'medium' } },
    note: (p) =>
      `The parameter ${p.shown} is ${articleFor(queryLanguage(p))} ${queryLanguage(p)} statement written by the agent: unless the database account is read-only, it can change or drop data as easily as read it.`,
    clause: (p) => `runs the ${queryLanguage(p)} the agent writes in \`${p.name}\``,
    fires: { name: 'run_query', parameters: { sql: 'string: the SQL to run' } },
    quiet: { name: 'lint_query', parameters: { sql: 'string: the SQL to check' } },
  },
  {
    id: 'parameter.described-command',
    summary:
      'A text parameter whose own description says it is a shell command or a command line to run, whatever its name (a renamed `command` is still a command).',
    implies: { category: 'Execute', risk: 'critical', capability: 'command-execution' },
    applies: (p) => text(p) && !p.types.includes('object') && DESCRIBED_COMMAND.test(p.described),
    set: { category: 'Execute', risk: 'critical', capability: 'command-execution', unbounded: true, asReadOnly: null },
    note: (p) => `The parameter ${p.shown} is described as a command the tool runs: anything the shell can do, the agent can do.`,
    clause: (p) => `executes the command the agent puts in \`${p.name}\``,
    fires: { name: 'helper', parameters: { input: 'string: the shell command to execute' } },
    quiet: { name: 'helper', parameters: { input: 'string: the name of the command to describe' } },
  },
  {
    id: 'parameter.process-input',
    summary:
      'The text a tool sends to a running terminal, shell or REPL (`input`, `stdin`, `keys`, when the summary says it sends input to a process): whatever the agent types, the process runs.',
    implies: { category: 'Execute', risk: 'critical', capability: 'command-execution' },
    applies: (p) => text(p) && !p.types.includes('object') && INPUT_NAME.test(p.snake) && PROCESS_INPUT.test(p.tool.summary),
    set: { category: 'Execute', risk: 'critical', capability: 'command-execution', unbounded: true, asReadOnly: null },
    note: (p) => `The parameter ${p.shown} is typed into a running terminal or REPL: anything that shell can run, the agent can run.`,
    clause: (p) => `types whatever the agent puts in \`${p.name}\` into a running process`,
    fires: {
      name: 'interact_with_process',
      description: 'Send input to an existing terminal or REPL process and return its output.',
      parameters: { pid: 'number', input: 'string' },
    },
    quiet: { name: 'submit_form', description: 'Send input to a web form.', parameters: { input: 'string' } },
  },
  {
    id: 'parameter.described-code',
    summary: 'A text parameter whose own description says it is code or a script the tool runs, whatever its name.',
    implies: { category: 'Execute', risk: 'critical', capability: 'code-execution' },
    applies: (p) => text(p) && !p.types.includes('object') && DESCRIBED_CODE.test(p.described),
    set: { category: 'Execute', risk: 'critical', capability: 'code-execution', unbounded: true, asReadOnly: null },
    note: (p) => `The parameter ${p.shown} is described as code the tool runs: the agent writes the program.`,
    clause: (p) => `runs whatever code the agent puts in \`${p.name}\``,
    fires: { name: 'helper', parameters: { body: 'string: JavaScript code to evaluate in the page' } },
    quiet: { name: 'helper', parameters: { body: 'string: the code of the country' } },
  },
  {
    id: 'parameter.local-url',
    summary:
      'An address that also takes a `file://` URL or a local filesystem path ("Git repository URL: HTTP(S), SSH, git://, file://, or an absolute filesystem path"): the tool fetches from wherever the agent points, remote sources and local files alike. No folder prefix fits it, since most calls pass a remote address.',
    implies: { risk: 'medium', capability: 'network-fetch' },
    // One finding per argument: the remote form is the common call, so the finding keeps the network power (open world,
    // content from outside) and its note names the local reach.
    applies: (p) => isAddress(p) && !isStorageAddress(p) && LOCAL_ADDRESS_FORM.test(p.described),
    set: { risk: 'medium', capability: 'network-fetch' },
    note: (p) =>
      `The parameter ${p.shown} is an address the tool fetches from, and it also takes a local path or a file:// URL: the agent can point it at any remote source or any local file.`,
    clause: (p) => `fetches from any remote or local address the agent puts in \`${p.name}\``,
    fires: {
      name: 'git_clone',
      description: 'Clone a repository.',
      parameters: { url: 'string: repository URL: HTTP(S), SSH, git://, file://, or an absolute filesystem path' },
    },
    quiet: { name: 'git_clone', description: 'Clone a repository.', parameters: { url: 'string: repository URL: HTTP(S) or SSH' } },
  },
  {
    id: 'parameter.write-path',
    summary:
      'A file-system path named for output (output_path, save_path, destination_dir), or a result/target path whose description says the tool writes there: the tool writes where the agent points.',
    implies: { category: 'Write', risk: 'medium', capability: 'filesystem-write' },
    applies: (p) =>
      isPath(p) &&
      (OUTPUT_WORD.test(p.snake) ||
        SAVE_NAME.test(p.snake) ||
        SAVES_THERE.test(p.described) ||
        (MAYBE_OUTPUT_WORD.test(p.snake) && WRITES_HINT.test(p.described))),
    set: { category: 'Write', risk: 'medium', capability: 'filesystem-write', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} tells the tool where to write on the server’s file system, and the agent picks the place.`,
    clause: (p) => `writes files where \`${p.name}\` points`,
    fires: { name: 'render_chart', parameters: { output_path: 'string: the local file path to save to' } },
    quiet: { name: 'render_chart', parameters: { title: 'string' } },
  },
  {
    id: 'parameter.upload-path',
    summary:
      'A local path whose file the tool uploads, attaches or sends ("the files to upload"): any file the agent names leaves the machine, ~/.ssh included. High when it goes into a browser page, whose destination the page decides, or to a live site or CDN that serves it (a deployed app’s frontend assets): what the agent names is published.',
    implies: { risk: 'medium', capability: 'file-upload' },
    applies: (p) =>
      isPath(p) &&
      (UPLOADED.test(`${p.described} ${p.tool.name} ${p.tool.summary}`) ||
        UPLOADS_FILES.test(p.tool.description) ||
        // Content that may be a local file, given to a tool that stores it remotely, sends that file.
        (acceptsLocalFile(p) && !PATH_NAME.test(p.snake) && !FILE_NAME.test(p.snake) && nameVerbs(p).some((v) => STORING_VERBS.has(v)))),
    set: { risk: 'medium', capability: 'file-upload', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} names a local file the tool uploads: whatever file the agent picks leaves the machine.`,
    clause: (p) => `uploads the local files \`${p.name}\` names`,
    fires: { name: 'create_dataset', parameters: { file_path: 'string: path to the CSV file to upload' } },
    quiet: { name: 'read_document', parameters: { file_path: 'string: absolute path to the local file' } },
  },
  {
    id: 'parameter.path',
    summary:
      'A file-system path on the server’s machine that the agent chooses (path, file_path, directory): the tool reaches whatever that path does, "../" included. Its description must place it there ("absolute", "local", "the working directory", a file to upload or save), or the tool must be about files; a path inside a repository, bucket, website or uploaded bundle, a namespace path or a slug is not one, nor a path on a host the service manages ("the local folder path on the server" beside the registered server’s id, "a folder on the target VM"). It says how far the tool reaches, not whether it reads or writes.',
    implies: { risk: 'medium', capability: 'filesystem-read' },
    applies: (p) => isPath(p),
    set: { risk: 'medium', capability: 'filesystem-read', strength: 'weak' },
    note: (p) =>
      `The parameter ${p.shown} is a path on the server’s machine chosen by the agent, so the tool reaches whatever that path reaches.`,
    clause: (p) => `works on the files \`${p.name}\` points to`,
    fires: { name: 'read_document', parameters: { file_path: 'string: absolute path to the local file' } },
    quiet: { name: 'get_repository_tree', parameters: { path: 'string: the path inside the repository' } },
  },
  {
    id: 'parameter.output-file-or-bucket',
    summary:
      'A path named for output (output_path, destination, export_location) whose description takes a local file path and an S3 address ("file path or S3 URI where the output will be written"), on a tool that changes things or whose argument says the output is written there (a Generate or Render tool with an optional output file): the results go to any local file or any bucket the agent names, so the tool writes, a path with "../" reaches files outside the folder you had in mind, and the rule keeps them in your bucket.',
    implies: { risk: 'medium', capability: 'cloud-storage' },
    // A tool named like a read ("Generate…Timeline") writes all the same when the argument's own text says the output is written there.
    applies: (p) => s3OutputLocation(p) && TAKES_LOCAL_PATH.test(p.described),
    set: { category: 'Write', risk: 'medium', capability: 'cloud-storage', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} is where the output is written, a local file or an S3 location the agent chooses: data can land in storage you do not watch.`,
    clause: (p) => `writes its output wherever \`${p.name}\` says`,
    fires: {
      name: 'package_workflow',
      parameters: { output_path: 'string: optional file path or S3 URI (s3://bucket/key) where the ZIP output will be written' },
    },
    quiet: { name: 'package_workflow', parameters: { input_path: 'string: file path or S3 URI of the workflow to package' } },
  },
  {
    id: 'parameter.output-bucket',
    summary:
      'A path named for output (output_path, destination, export_location) whose description takes an S3 address but no local path ("S3 URI where the output will be written"), on a tool that changes things or whose argument says the output is written there (a Generate or Render tool with an optional output location): the results go to any bucket the agent names, so the tool writes, and the rule keeps them in your bucket.',
    implies: { risk: 'medium', capability: 'cloud-storage' },
    applies: (p) => s3OutputLocation(p),
    set: { category: 'Write', risk: 'medium', capability: 'cloud-storage', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} is where the output is written, in any S3 location the agent chooses: data can land in storage you do not watch.`,
    clause: (p) => `writes its output wherever \`${p.name}\` says`,
    fires: {
      name: 'package_workflow',
      parameters: { output_path: 'string: optional S3 URI (s3://bucket/key) where the ZIP output will be written' },
    },
    quiet: { name: 'package_workflow', parameters: { input_path: 'string: S3 URI of the workflow to package' } },
  },
  {
    id: 'parameter.storage-output',
    summary:
      'An S3 address named for output (output_s3_uri, destination) on a tool that changes things: results go wherever the agent says.',
    implies: { risk: 'medium', capability: 'cloud-storage' },
    applies: (p) => isAddress(p) && isStorageAddress(p) && STORAGE_OUTPUT.test(p.snake) && !p.reads,
    set: { risk: 'medium', capability: 'cloud-storage' },
    note: (p) =>
      `The parameter ${p.shown} is where the results go, and the agent chooses it: data can be written to storage you do not watch.`,
    clause: (p) => `sends its output wherever \`${p.name}\` says`,
    fires: { name: 'start_export_job', parameters: { output_s3_uri: 'string: S3 URI for the results' } },
    quiet: { name: 'start_export_job', parameters: { job_name: 'string' } },
  },
  {
    id: 'parameter.export-destination-object',
    summary:
      'An object that configures where an export, copy or backup writes (`output_data_config`, `destination_config`, with an S3 location inside): the agent picks the storage the data lands in, and no prefix check reaches inside an object.',
    implies: { risk: 'medium', capability: 'cloud-storage' },
    applies: (p) =>
      !p.reads &&
      !p.nested &&
      p.types.includes('object') &&
      !p.types.includes('string') &&
      OUTPUT_CONFIG.test(p.snake) &&
      p.tool.nameFacts.words.some((w) => EXPORTING_WORDS.has(w.lower)),
    set: { risk: 'medium', capability: 'cloud-storage' },
    note: (p) =>
      `The parameter ${p.shown} configures where the exported data is written, and the agent chooses it: the data can land in storage you do not watch.`,
    clause: (p) => `writes the export wherever \`${p.name}\` says`,
    fires: { name: 'start_export_job', parameters: { output_data_config: 'object: output data configuration' } },
    quiet: { name: 'start_import_job', parameters: { input_data_config: 'object: input data configuration' } },
  },
  {
    id: 'parameter.health-record',
    summary:
      'A parameter that names a health record by its own words ("DICOM Study Instance UID", "the FHIR resource type", "patient ID") on a tool whose name does not say so: the tool acts on health information about people, at least medium risk.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    applies: (p) =>
      !p.nested &&
      !p.tool.nameFacts.nouns.has('health') &&
      RECORD_KEY.test(`${p.snake.replace(/_/g, ' ')} ${p.described}`) &&
      splitWords(`${p.snake.replace(/_/g, ' ')} ${p.described}`).some((w) => classesOf(w.lower).includes('health')),
    set: { risk: 'medium', capability: 'sensitive-data' },
    note: (p) => `The parameter ${p.shown} names a health record: what the tool reads or changes is health information about people.`,
    clause: (p) => `acts on the health record named in \`${p.name}\``,
    // (A name with a health record noun in a health domain, "get_study_…", says it already: name.health-data.)
    fires: { name: 'get_primary_items', parameters: { study_instance_uid: 'string: DICOM Study Instance UID' } },
    quiet: { name: 'get_primary_items', parameters: { study_id: 'string: ID of the study' } },
  },
  {
    id: 'parameter.delivery-address',
    summary: 'An address (URL, webhook, endpoint) where a sending tool delivers: every message can go to an address an attacker controls.',
    implies: { risk: 'high', capability: 'outbound-message' },
    // (Not an attachment's address the service fetches from: parameter.fetch-url.)
    applies: (p) => isAddress(p) && !isStorageAddress(p) && sends(p) && !FETCH_SOURCE.test(p.described),
    set: { risk: 'high', capability: 'outbound-message' },
    note: (p) =>
      `The parameter ${p.shown} is where the tool delivers, and the agent chooses it: every message can go to an address an attacker controls.`,
    clause: (p) => `delivers to the address in \`${p.name}\``,
    fires: { name: 'send_webhook', parameters: { url: 'string: the webhook URL' } },
    quiet: { name: 'send_webhook', parameters: { payload: 'string' } },
  },
  {
    id: 'parameter.notification-address',
    summary:
      'A webhook, callback or notification address that a tool creating or changing a subscription stores (destination, webhook_url, callback_url): every later event, with its data, is delivered there, so an attacker-chosen address receives them all.',
    implies: { risk: 'high', capability: 'outbound-message' },
    applies: (p) =>
      !p.reads &&
      text(p) &&
      DELIVERY_NAME.test(p.snake) &&
      !IDENTIFYING_URL.test(p.described) &&
      !OUTPUT_ADDRESS.test(p.described) &&
      !isStorageAddress(p) &&
      (DELIVERY_WORDS.test(p.described) || (DELIVERY_WORDS.test(p.tool.summary) && ADDRESS_WORDS.test(p.described))),
    set: { risk: 'high', capability: 'outbound-message' },
    note: (p) =>
      `The parameter ${p.shown} is where events and notifications will be delivered, and the agent chooses it: every later delivery can go to an address an attacker controls.`,
    clause: (p) => `has events delivered to the address in \`${p.name}\``,
    fires: { name: 'create_subscription', parameters: { destination: 'string: webhook endpoint URL or email address' } },
    quiet: { name: 'create_subscription', parameters: { destination: 'string: the region to copy to' } },
  },
  {
    id: 'parameter.fetch-url',
    summary:
      'An address of a page or document that a reading tool fetches, or that any tool’s description says the service fetches a file from ("URL where the file is hosted (the service will fetch it)"): the content is written by whoever controls that address. It reaches the network; it does not decide the category.',
    implies: { risk: 'medium', capability: 'network-fetch' },
    // Fetched only when its description says so, or the tool's verb fetches: "generate_manifest(image_url)" writes the address down.
    applies: (p) =>
      isAddress(p) &&
      !isStorageAddress(p) &&
      !storedField(p) &&
      ((p.reads && (FETCH_HINT.test(p.described) || (FETCHED_URL.test(p.snake) && fetches(p)))) || FETCH_SOURCE.test(p.described)),
    set: { risk: 'medium', capability: 'network-fetch' },
    note: (p) =>
      `The parameter ${p.shown} is an address the tool fetches: the page it returns is written by whoever controls that address.`,
    clause: (p) => `fetches whatever address the agent puts in \`${p.name}\``,
    fires: { name: 'read_page', parameters: { url: 'string: the web page to fetch' } },
    quiet: { name: 'read_page', parameters: { page_id: 'string' } },
  },
  {
    id: 'parameter.push-destination',
    summary:
      'An argument of a push, publish, copy or mirror tool that carries the registry, repository or remote address the content goes to ("The full image name to push, including the repository URL and tag"): the agent picks the destination, so local data can go to a registry an attacker runs.',
    implies: { capability: 'network-target' },
    applies: (p) =>
      !p.reads &&
      text(p) &&
      !closedChoice(p.schema) &&
      nameVerbs(p).some((v) => PUSHING_VERBS.has(v)) &&
      PUSH_DESTINATION.test(p.described),
    set: { effect: 'context', capability: 'network-target', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} names where the tool pushes, and the agent chooses it: the content can go to any registry.`,
    clause: (p) => `pushes to the registry or remote named in \`${p.name}\``,
    fires: { name: 'push_image', parameters: { image: 'string: the full image name to push, including the repository URL and tag' } },
    quiet: { name: 'push_image', parameters: { tag: 'string: the tag to give the image' } },
  },
  {
    id: 'parameter.network-target',
    summary:
      'Any other network address the agent chooses (an endpoint, a proxy, a callback): context for the reader, not a verdict. Not a value that narrows a read: described as a filter, or, undescribed, named only in a reading tool’s list of optional arguments ("Optional params: ``page_url``/``group_by`` (errors, …)"). Not an image in the cloud’s own registry ("ECR container URI"). Where the definition gives the address’s https origin for this argument, calls are kept on it.',
    implies: { capability: 'network-target' },
    applies: (p) => isAddress(p) && !isStorageAddress(p) && !storedField(p),
    set: { effect: 'context', capability: 'network-target', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} points the tool at a network address of the agent’s choosing.`,
    clause: (p) => `connects to the address in \`${p.name}\``,
    fires: { name: 'connect', parameters: { endpoint: 'string: the server endpoint' } },
    quiet: { name: 'connect', parameters: { queue_url: 'string' } },
  },
  {
    id: 'parameter.reveals-sensitive',
    summary:
      'A switch on a reading tool that reveals what is normally hidden (unmask, include_secrets, with_decryption): the agent decides when masked or encrypted data comes back in clear.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    // A generic "include the values" switch counts when its own words say the values are secrets.
    applies: (p) =>
      p.reads && (REVEAL_NAME.test(p.snake) || (p.isBoolean && VALUES_SWITCH.test(p.snake) && SECRET_VALUES.test(p.described))),
    set: { risk: 'medium', capability: 'sensitive-data' },
    note: (p) => `The parameter ${p.shown} reveals data that is normally masked or encrypted, and the agent decides when.`,
    clause: (p) => `returns masked data in clear when \`${p.name}\` is set`,
    fires: { name: 'filter_log_events', parameters: { unmask: 'boolean: if true, unmask sensitive log data' } },
    quiet: { name: 'filter_log_events', parameters: { interleaved: 'boolean' } },
  },
  {
    id: 'parameter.hides-sensitive',
    summary:
      'A switch that keeps passwords, secrets or tokens out of what the tool returns (`hide_password`, `mask_secrets`, "if true, credentials are redacted"): left unset, the tool returns them in clear, so the rule pins it to its hiding value. Not a switch that hides noise (`hide_archived`, `exclude_drafts`).',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    // On a tool that changes things, only where its words say what it hides is in what comes back ("without returning the
    // password"): stripping credentials from a template being deployed ("Remove credential references from nodes") returns nothing.
    applies: (p) => p.isBoolean && hidesSecrets(p.snake, p.described) && (p.reads || IN_RESULT.test(p.described)),
    set: { risk: 'medium', capability: 'sensitive-data' },
    note: (p) => `The parameter ${p.shown} keeps secrets out of the result only when set: by default they come back in clear.`,
    clause: (p) => `returns secrets in clear unless \`${p.name}\` is set`,
    fires: { name: 'get_connection', parameters: { hide_password: 'boolean: control the connection password in the return value' } },
    quiet: { name: 'list_issues', parameters: { hide_archived: 'boolean: leave archived issues out' } },
  },
  {
    id: 'parameter.credential-binding',
    summary:
      'An outbound credential setting (`credential_provider_configurations`, `outbound_auth`) on a tool that creates or updates a target whose endpoint the same call sets (`target_configuration`, `endpoint`): one call points stored credentials at a destination the agent picks, so the service sends them, and what it fetches with them, wherever the agent says.',
    implies: { risk: 'high', capability: 'credentials' },
    applies: (p) =>
      !p.reads &&
      !p.nested &&
      CREDENTIAL_CONFIG_NAME.test(p.snake) &&
      !p.isBoolean &&
      p.tool.parameters.some(([name]) => name !== p.name && DESTINATION_CONFIG_NAME.test(snakeName(name))),
    set: { risk: 'high', capability: 'credentials', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} picks the credentials the service uses on a destination the same call sets: stored credentials go wherever the agent points them.`,
    clause: (p) => `binds the credentials in \`${p.name}\` to a destination the agent sets`,
    fires: {
      name: 'update_gateway_target',
      parameters: { target_configuration: 'object: the endpoint of the target', credential_provider_configurations: 'array' },
    },
    quiet: { name: 'update_gateway_target', parameters: { description: 'string', credential_provider_configurations: 'array' } },
  },
  {
    id: 'parameter.credentialed-destination',
    summary:
      'The target or endpoint configuration (`target_configuration`, `endpoint`) of a tool that also sets the outbound credentials used on it: the agent picks where the service calls out with those credentials, a way out for data. Context for the reader, not a verdict.',
    implies: { capability: 'network-target' },
    applies: (p) =>
      !p.reads &&
      !p.nested &&
      DESTINATION_CONFIG_NAME.test(p.snake) &&
      p.tool.parameters.some(([name]) => name !== p.name && CREDENTIAL_CONFIG_NAME.test(snakeName(name))),
    set: { effect: 'context', capability: 'network-target', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} sets where the service calls out, with the credentials the same call configures.`,
    clause: (p) => `calls out, with configured credentials, to the destination in \`${p.name}\``,
    fires: {
      name: 'update_gateway_target',
      parameters: { target_configuration: 'object: the endpoint of the target', credential_provider_configurations: 'array' },
    },
    quiet: { name: 'update_gateway_target', parameters: { target_configuration: 'object: the endpoint of the target' } },
  },
  {
    id: 'parameter.one-time-code',
    summary:
      'A one-time password or verification code that a verify or confirm tool submits (one_time_password, otp, verification_code, confirmation_code): it completes the verification and uses the code up, so the tool changes state (a number leaves the sandbox, an address is confirmed).',
    implies: { category: 'Write', risk: 'medium' },
    applies: (p) => !p.isBoolean && (ONE_TIME_NAME.test(p.snake) || (/^(?:code|token)$/.test(p.snake) && ONE_TIME_PROSE.test(p.described))),
    set: { category: 'Write', risk: 'medium', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} is a one-time code: submitting it completes a verification and uses the code up.`,
    clause: (p) => `submits the one-time code in \`${p.name}\``,
    fires: { name: 'verify_phone_number', parameters: { one_time_password: 'string: the code sent to the phone' } },
    quiet: { name: 'verify_domain', parameters: { domain: 'string' } },
  },
  {
    id: 'parameter.secret',
    summary:
      'A password, API key, access key, token or connection string passed as an argument: the agent holds it, and it sits in the conversation and in logs. Not a parameter described as the name, ID or ARN of a secret (it picks which secret), nor one whose text or example shows only such references (`SecretId`, "Secrets Manager secret ARN", "Key Vault secret name") and no value (password, key, token), nor a key or token described as public or publishable.',
    implies: { risk: 'medium', capability: 'credentials' },
    applies: (p) =>
      (SECRET_NAME.test(p.snake) ||
        SECRET_TOKEN.test(p.snake) ||
        (/(?:^|_)token$/.test(p.snake) && DESCRIBED_CREDENTIAL_TOKEN.test(p.described))) &&
      !p.isBoolean &&
      !p.snake.endsWith('_arn') &&
      !SECRET_REFERENCE.test(p.described) &&
      !onlySecretReferences(p.described) &&
      !PUBLIC_CREDENTIAL.test(p.described),
    set: { risk: 'medium', capability: 'credentials', strength: 'weak' },
    note: (p) =>
      `The parameter ${p.shown} takes a secret: the agent has to hold it, and it will sit in the conversation, in logs and in any tool output that echoes it.`,
    clause: (p) => `takes a secret in \`${p.name}\``,
    fires: { name: 'connect', parameters: { password: 'string' } },
    quiet: { name: 'get_secret', parameters: { secret: 'string: the name of the secret' } },
  },
  {
    id: 'parameter.role',
    summary:
      'An IAM role ARN (role_arn, data_access_role_arn, execution_role, service_role) handed to the service by a tool that changes or starts something, or whose name has no verb: whatever that role may do, the work started here may do. (A tool that only checks a role does not pass it.)',
    implies: { risk: 'medium', capability: 'role-passing' },
    // (A name with no verb it knows, "managed_batch_translation_workflow", does not say it only reads: the role says it starts work.)
    applies: (p) =>
      p.tool.nameCategory !== 'Read' && ROLE_NAME.test(p.snake) && (p.snake.endsWith('arn') || /\barn\b|iam role/i.test(p.described)),
    set: { risk: 'medium', capability: 'role-passing', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} hands an IAM role to the service: whatever that role may do, the work started here may do.`,
    clause: (p) => `passes the IAM role in \`${p.name}\``,
    fires: { name: 'start_job', parameters: { role_arn: 'string' } },
    quiet: { name: 'validate_prerequisites', parameters: { role_arn: 'string' } },
  },
  {
    id: 'parameter.permissions-document',
    summary:
      'A policy, trust policy or permissions document that a changing tool writes: one call can grant any permission, including to the agent itself.',
    implies: { risk: 'critical', capability: 'permissions' },
    applies: (p) =>
      POLICY_DOCUMENT.test(p.snake) &&
      (p.types.includes('object') || text(p)) &&
      p.tool.nameCategory !== 'Read' &&
      p.tool.nameCategory !== undefined &&
      (p.tool.nameFacts.nouns.has('iam') || IAM_HINT.test(p.described)),
    set: { risk: 'critical', capability: 'permissions', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} is a permissions document the agent writes: one call can grant any permission, including to itself.`,
    clause: (p) => `writes the permissions the agent puts in \`${p.name}\``,
    fires: { name: 'put_role_policy', parameters: { policy_document: 'string: the IAM policy JSON' } },
    quiet: { name: 'get_role_policy', parameters: { policy_document: 'string: the IAM policy JSON' } },
  },
  {
    id: 'parameter.policy-choice',
    summary:
      'A `policy_arn` on a tool that attaches, puts, adds or grants: the agent picks any managed policy, administrator access included.',
    implies: { risk: 'critical', capability: 'permissions' },
    applies: (p) => POLICY_ARN.test(p.snake) && verbEntries(p).some((e) => e.grants === true),
    set: { risk: 'critical', capability: 'permissions' },
    note: (p) => `The parameter ${p.shown} lets the agent pick any managed policy, administrator access included.`,
    clause: (p) => `attaches whichever policy \`${p.name}\` names`,
    fires: { name: 'attach_user_policy', parameters: { policy_arn: 'string' } },
    quiet: { name: 'detach_user_policy', parameters: { policy_arn: 'string' } },
  },
  {
    id: 'parameter.public-exposure',
    summary:
      'A switch or setting that makes the result public, on a tool that changes things: named so (publicly_accessible, make_public, an acl that allows public-read), described so ("whether to make the package publicly accessible"), or a visibility whose values include "public". Not a filter that only includes public items in a result.',
    implies: { risk: 'high', capability: 'public-exposure' },
    applies: (p) =>
      p.tool.nameCategory !== 'Read' &&
      !FILTERS_ONLY.test(p.described) &&
      ((PUBLIC_NAME.test(p.snake) && (!/(^|_)acl$/.test(p.snake) || PUBLIC_VALUE.test(`${p.described} ${enumText(p)}`))) ||
        MAKES_PUBLIC.test(p.described) ||
        // (A visibility on one small item, an event or a message, shows it to its audience, not to the internet.)
        (VISIBILITY_NAME.test(p.snake) && PUBLIC_VALUE.test(`${enumText(p)} ${p.described}`) && !p.tool.nameFacts.objectNouns.has('item'))),
    set: { risk: 'high', capability: 'public-exposure', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} can make the result reachable from the internet.`,
    clause: (p) => `can make things public through \`${p.name}\``,
    fires: { name: 'create_db', parameters: { publicly_accessible: 'boolean' } },
    quiet: { name: 'list_packages', parameters: { public: 'boolean: include publicly shared packages in the result' } },
  },
  {
    id: 'parameter.access-source',
    summary:
      'An IP address, IP range or CIDR block that a tool allowing access stores (an access list or allowlist entry, a firewall or ingress rule, a remote host allowed to connect): the agent decides who can reach the system, and 0.0.0.0/0, ::/0 or a wildcard the description names ("%" for any host, `any`) opens it to the whole internet, so the rule refuses those values where the argument is text.',
    implies: { risk: 'high', capability: 'public-exposure' },
    applies: (p) =>
      !p.reads &&
      shallow(p) &&
      text(p) &&
      !closedChoice(p.schema) &&
      p.tool.nameCategory !== 'Destructive' &&
      // (Revoking an address, or deleting its rule, lets nobody in.)
      !nameVerbs(p).some((v) => REVOKING_VERBS.has(v)) &&
      !ACCESS_REVOKED.test(p.described) &&
      ACCESS_SOURCE.test(p.described) &&
      ACCESS_GRANTED.test(`${p.described} ${p.tool.name.replace(/[_-]/g, ' ')} ${p.tool.summary}`),
    set: { risk: 'high', capability: 'public-exposure', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} decides which addresses may reach the system: an open range or a wildcard (0.0.0.0/0, any) lets in the whole internet.`,
    clause: (p) => `lets in whichever addresses \`${p.name}\` names`,
    fires: { name: 'create_access_list', parameters: { cidr_block: 'string: CIDR block to allow access from' } },
    quiet: { name: 'create_vpc', parameters: { cidr_block: 'string: the CIDR block of the VPC' } },
  },
  {
    id: 'parameter.destructive-option',
    summary:
      'An option that deletes or shuts something down as a side effect of the call (remove_existing, drop_target, purge), on a tool that changes things. (On a reading tool, "remove duplicates" only trims the result.)',
    implies: { risk: 'high', capability: 'destruction' },
    applies: (p) =>
      !p.reads && shallow(p) && DESTRUCTIVE_OPTION.test(p.snake) && (p.isBoolean || p.types.length === 0 || text(p)) && !deferred(p),
    set: { risk: 'high', capability: 'destruction', asReadOnly: null },
    // (An option whose true value narrows the deletion, `delete_catalog_only`, deletes more when false: say so.)
    note: (p) =>
      p.isBoolean && keepingValue(p.name, p.described)
        ? `The parameter ${p.shown} is an option that deletes more as a side effect when false; the rule keeps it true.`
        : `The parameter ${p.shown} is an option that deletes or shuts down something as a side effect.`,
    clause: (p) => `can also delete or shut down things through \`${p.name}\``,
    fires: { name: 'update_stack', parameters: { delete_old_versions: 'boolean' } },
    quiet: { name: 'update_stack', parameters: { keep_old_versions: 'boolean' } },
  },
  {
    id: 'parameter.overwrite-option',
    summary:
      'A switch named for overwriting (`overwrite`, `replace_existing`, `clobber`) or whose description says it lets the call overwrite or replace what is already there ("even if they overwrite your local changes", "overwrite existing files", "When false, does not replace an existing installation"), whatever the tool’s verb: the rule keeps it off.',
    implies: { risk: 'medium', capability: 'destruction' },
    applies: (p) =>
      p.isBoolean &&
      shallow(p) &&
      // (By its name alone, not on a tool that only checks: a validator's `overwrite` says what an update would do.)
      (OVERWRITES.test(p.described) || (!onlyChecks(p) && (OVERWRITE_NAME.test(p.snake) || REPLACES_EXISTING.test(p.described)))),
    set: { risk: 'medium', capability: 'destruction', strength: 'weak', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} lets the call overwrite what is already there.`,
    clause: (p) => `overwrites existing data when \`${p.name}\` is set`,
    fires: { name: 'retrieve_files', parameters: { ignore_conflicts: 'boolean: retrieve even if they overwrite your local changes' } },
    quiet: { name: 'retrieve_files', parameters: { ignore_case: 'boolean: match names in any case' } },
  },
  {
    id: 'parameter.overwrite-mode',
    summary:
      'A mode, strategy or conflict policy whose values include overwriting, replacing or deleting what is there (OverwriteIfDirty, OverwriteAlways, replace, WRITE_TRUNCATE) beside values that keep it (Fail, Skip): the call can destroy existing data, so the rule allows only the keeping values.',
    implies: { risk: 'medium', capability: 'destruction' },
    applies: (p) => !p.reads && shallow(p) && MODE_NAME.test(p.snake) && text(p) && nonOverwritingValues(p.schema, p.described).length > 0,
    set: { risk: 'medium', capability: 'destruction', strength: 'weak', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} can overwrite or delete what is already there; only ${nonOverwritingValues(p.schema, p.described).join(', ')} keep it.`,
    clause: (p) => `can overwrite existing data through \`${p.name}\``,
    fires: {
      name: 'create_import_job',
      parameters: {
        conflict_resolution_mode: 'string: How conflicts are handled. Allowed values: Fail, Skip, OverwriteIfDirty, OverwriteAlways.',
      },
    },
    quiet: { name: 'create_import_job', parameters: { conflict_resolution_mode: 'string: Allowed values: Fail, Skip.' } },
  },
  {
    id: 'parameter.protection-off-choice',
    summary:
      'An argument that picks the authentication, authorization, encryption, TLS or logging mode (`authorizer_type`, `auth_mode`, `encryption`) and offers a value that switches it off (`NONE`, `anonymous`, `disabled`, `plaintext`): the rule forbids those values.',
    implies: { risk: 'high', capability: 'safety-toggle' },
    applies: (p) =>
      !p.reads && !p.nested && PROTECTION_CHOICE_NAME.test(p.snake) && text(p) && switchOffValues(p.schema, p.described).length > 0,
    set: { risk: 'high', capability: 'safety-toggle', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} can switch protection off (${switchOffValues(p.schema, p.described).slice(0, 3).join(', ')}).`,
    clause: (p) => `can switch protection off through \`${p.name}\``,
    fires: { name: 'update_gateway', parameters: { authorizer_type: 'string: Inbound auth: "CUSTOM_JWT", "AWS_IAM", or "NONE"' } },
    quiet: { name: 'update_gateway', parameters: { authorizer_type: 'string: Inbound auth: "CUSTOM_JWT" or "AWS_IAM"' } },
  },
  {
    id: 'parameter.final-submit',
    summary:
      'A switch that submits for good (submit evidence to the bank, finalize, publish now) where leaving it off only stages the change: the agent decides when nothing can be taken back, so the rule keeps it off.',
    implies: { risk: 'high', capability: 'safety-toggle' },
    applies: (p) => !p.reads && p.isBoolean && SUBMIT_NAME.test(p.snake) && FINAL.test(p.described),
    set: { risk: 'high', capability: 'safety-toggle', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} submits the change for good; left off, it is only staged.`,
    clause: (p) => `submits for good when \`${p.name}\` is set`,
    fires: {
      name: 'update_dispute',
      parameters: { submit: 'boolean: whether to immediately submit evidence to the bank; if false, evidence is staged' },
    },
    quiet: { name: 'update_dispute', parameters: { metadata: 'string' } },
  },
  {
    id: 'parameter.write-switch',
    summary:
      'A boolean option of a tool that reads, whose own text says that, set, the call starts, stores, installs or brings in something ("If True and the image is not found, attempt to initiate the pull-through", "Automatically trigger config checks", "Save parameters to the configuration file"): set, the tool writes, so it is not read-only, and the rule keeps the option off. Not an option that only shapes the read (include_*, detailed, "enable debug mode"), nor one that keeps results for the agent ("store results in context").',
    implies: { category: 'Write', risk: 'medium' },
    // (An opening verb counts only on a tool whose name or summary reads: on a tool that manages, or in an object of settings,
    // "Create an annotated tag" says what kind of thing the tool's own action makes.)
    applies: (p) =>
      p.reads && p.isBoolean && !p.nested && (WRITES_WHEN_TRUE.test(p.described) || (readsByName(p) && OPENS_WITH_WRITE.test(p.described))),
    set: { category: 'Write', risk: 'medium', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} makes the call write when set, so the tool is not read-only; the rule keeps it off.`,
    clause: (p) => `writes when \`${p.name}\` is set`,
    acts: (p) => switchedVerb(p.described),
    fires: {
      name: 'check_image',
      parameters: { initiate_pull: 'boolean: If True and the image is missing, attempt to initiate the pull-through into the cache' },
    },
    quiet: { name: 'check_image', parameters: { detailed: 'boolean: If True, include the layers of the image' } },
  },
  {
    id: 'parameter.deferred-destruction',
    summary:
      'An option that deletes something later, when another action happens (remove the source branch when the merge request is merged, delete volumes on termination): the call itself deletes nothing, so it raises no risk, but the rule keeps the option off.',
    implies: { capability: 'destruction' },
    applies: (p) => !p.reads && shallow(p) && DESTRUCTIVE_OPTION.test(p.snake) && (p.isBoolean || p.types.length === 0 || text(p)),
    set: { effect: 'context', capability: 'destruction', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} sets up a deletion that happens later, when another action is taken; this call deletes nothing.`,
    clause: (p) => `sets up a later deletion through \`${p.name}\``,
    fires: { name: 'create_merge_request', parameters: { remove_source_branch: 'boolean: remove the source branch when merging' } },
    quiet: { name: 'merge_merge_request', parameters: { remove_source_branch: 'boolean: remove the source branch when merging' } },
  },
  // The rows below only matter on tools that change things.
  {
    id: 'parameter.sizes-capacity',
    summary:
      'A parameter that sizes paid capacity (instance or node type, node count, replicas, shards, instance groups, GPUs, or a storage size counted in TiB or GiB) on a tool that creates or changes capacity: the agent decides how much is billed.',
    implies: { category: 'Financial', risk: 'high', capability: 'spending' },
    // A plain `type` counts when its own description says it picks the instance or node type.
    // Not on a restart, reboot or stop, which sizes nothing, nor on names of existing nodes, nor on free capacity.
    applies: (p) =>
      !p.reads &&
      !nameVerbs(p).every((v) => SIZES_NOTHING.has(v)) &&
      !EXISTING_NODES.test(p.described) &&
      !SELECTS_EXISTING.test(p.described) &&
      !FREE_CAPACITY.test(`${p.tool.name} ${p.tool.summary}`) &&
      (sizesStorage(p) ||
        ((SIZING_NAME.test(p.snake) || SIZED_INSTANCE.test(p.described) || sizesMachines(p)) &&
          (p.tool.nameFacts.nouns.has('paid-capacity') ||
            /\b(instances?|nodes?|capacity|cluster)\b/i.test(p.tool.summary) ||
            SIZED_INSTANCE.test(p.described)))),
    set: { category: 'Financial', risk: 'high', capability: 'spending', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} sizes paid capacity: the agent decides how much is provisioned and billed.`,
    clause: (p) => `sizes paid capacity through \`${p.name}\``,
    fires: { name: 'update_cluster', parameters: { node_type: 'string: the instance type of the nodes' } },
    quiet: { name: 'update_cluster', parameters: { description: 'string' } },
  },
  {
    id: 'parameter.sizes-tier',
    summary:
      'A tier, SKU or disk size (`sku`, `tier`, `size_gb`) on a tool that creates, updates or scales something, when its description or values name sizes or tiers: the agent decides how much is billed, so the rule caps calls per day.',
    implies: { risk: 'medium', capability: 'spending' },
    applies: (p) =>
      (TIER_NAME.test(p.snake) || (p.snake === 'size' && TIER_DESCRIBED.test(p.described))) &&
      (SKU_NAME.test(p.snake)
        ? !PRODUCT_WORDS.test(`${p.described} ${p.tool.summary}`)
        : TIER_WORDS.test(p.described) || Array.isArray(p.schema.enum)) &&
      ((!p.reads && nameVerbs(p).some((v) => PROVISIONING_VERBS.has(v))) ||
        (nameVerbs(p).length === 0 && PROVISIONING_SUMMARY.test(p.tool.summary))) &&
      !FREE_CAPACITY.test(`${p.tool.name} ${p.tool.summary}`),
    set: { risk: 'medium', capability: 'spending', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} picks the tier or size of what the tool creates: the agent decides how much is billed.`,
    clause: (p) => `picks the billed tier or size in \`${p.name}\``,
    fires: { name: 'create_disk', parameters: { sku: 'string: storage SKU: Standard_LRS, Premium_LRS, UltraSSD_LRS' } },
    quiet: { name: 'create_disk', parameters: { name: 'string: the disk name' } },
  },
  {
    id: 'parameter.any-resource-type-removed',
    summary:
      'A free-text resource type on a tool that deletes a generic "resource": it can delete any kind of resource the account holds, databases included.',
    implies: { category: 'Destructive', risk: 'critical', capability: 'destruction' },
    applies: (p) =>
      !p.reads &&
      TYPE_PARAMETER.test(p.snake) &&
      text(p) &&
      !Array.isArray(p.schema.enum) &&
      genericTarget(p) &&
      reachesAnyResource(p) &&
      p.tool.nameCategory === 'Destructive',
    // Any kind of destruction, not a pass-through of any API call: the tool only deletes.
    set: { category: 'Destructive', risk: 'critical', capability: 'destruction', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} lets the agent name any resource type: the tool deletes whatever kind of resource it is told.`,
    clause: (p) => `deletes any type of resource the agent names in \`${p.name}\``,
    fires: { name: 'delete_resource', parameters: { resource_type: 'string: the resource type, e.g. AWS::S3::Bucket' } },
    quiet: { name: 'delete_fhir_resource', parameters: { resource_type: 'string: the FHIR resource type' } },
  },
  {
    id: 'parameter.any-resource-type',
    summary:
      'A free-text resource type on a tool that creates or changes a generic "resource": it reaches every resource type of the API (roles and policies included), so it is as powerful as the API itself. Not a type that picks among one application’s record kinds ("the type of CRM object: contacts, deals, tickets").',
    implies: { category: 'Execute', risk: 'high', capability: 'api-passthrough' },
    applies: (p) =>
      !p.reads && TYPE_PARAMETER.test(p.snake) && text(p) && !Array.isArray(p.schema.enum) && genericTarget(p) && reachesAnyResource(p),
    set: { category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} lets the agent name any resource type: the tool creates or changes whatever kind of resource it is told, permissions included.`,
    clause: (p) => `creates or changes any type of resource the agent names in \`${p.name}\``,
    fires: { name: 'create_resource', parameters: { resource_type: 'string' } },
    quiet: { name: 'create_resource', parameters: { resource_type: { type: 'string', enum: ['AWS::Logs::LogGroup', 'AWS::SQS::Queue'] } } },
  },
  {
    id: 'parameter.any-kind-change',
    summary:
      'A free-text resource type on a Kubernetes tool that changes things (patch, apply, edit): the agent can change a role binding, which grants rights, or a deployment’s image, which runs code, as easily as a label: high, held for approval like an apply.',
    implies: { risk: 'high', capability: 'permissions' },
    applies: (p) =>
      !p.reads &&
      // Scaling or resizing changes how much runs, not what: the any-kind rule below covers it.
      !p.tool.nameFacts.entries.some((entry) => entry.resizes && entry.provisions) &&
      namesAnyKubernetesKind(p),
    set: { risk: 'high', capability: 'permissions', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} lets the agent change any resource type, role bindings and deployments included.`,
    clause: (p) => `changes any resource type, role bindings included, through \`${p.name}\``,
    fires: {
      name: 'kubectl_patch',
      description: 'Update fields of a Kubernetes resource.',
      parameters: { resourceType: 'string: type of resource (pods, deployments, …)' },
    },
    quiet: {
      name: 'kubectl_get',
      description: 'Get Kubernetes resources.',
      parameters: { resourceType: 'string: type of resource to get (pods, deployments, …)' },
    },
  },
  {
    id: 'parameter.any-kind',
    summary:
      'A free-text resource type on a Kubernetes tool (`kind`, `resourceType`): the agent can name Secrets or cluster-wide role bindings as easily as pods, so a read returns credentials. The rule keeps those kinds out.',
    implies: { risk: 'medium', capability: 'credentials' },
    // (Explaining or validating a kind returns its schema, not its objects.)
    applies: (p) => namesAnyKubernetesKind(p),
    set: { risk: 'medium', capability: 'credentials', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} lets the agent name any resource type, Secrets included.`,
    clause: (p) => `reaches any resource type, Secrets included, through \`${p.name}\``,
    fires: {
      name: 'kubectl_get',
      description: 'Get Kubernetes resources.',
      parameters: { resourceType: 'string: type of resource to get (pods, deployments, …)' },
    },
    quiet: { name: 'kubectl_logs', description: 'Get Kubernetes pod logs.', parameters: { pod: 'string' } },
  },
  {
    id: 'parameter.personal-kinds',
    summary:
      'A type argument of a tool on generic "objects" or "records" whose description or values name people (contacts, leads, customers): the records it reads or writes are personal data.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    applies: (p) => TYPE_PARAMETER.test(p.snake) && p.tool.nameFacts.genericObject && namesPeople(p),
    set: { risk: 'medium', capability: 'sensitive-data' },
    note: (p) => `The parameter ${p.shown} picks the kind of record, and the kinds include people: the records are personal data.`,
    clause: (p) => `handles records about people, by the kind in \`${p.name}\``,
    fires: { name: 'list_objects', parameters: { object_type: 'string: the type of CRM object: companies, contacts, deals or tickets' } },
    quiet: { name: 'list_objects', parameters: { object_type: 'string: the type of object: products, quotes or invoices' } },
  },
  {
    id: 'parameter.http-method',
    summary:
      'An HTTP method the agent picks (POST, PUT, PATCH, DELETE among the values), alone or per request of a batch: the tool passes any call of the API through.',
    implies: { category: 'Execute', risk: 'high', capability: 'api-passthrough' },
    // Only on a tool that sends or runs requests: "create_collection_request" stores one with its method.
    applies: (p) => sendsRequests(p) && ((METHOD_NAME.test(p.snake) && writingMethods(p.schema)) || writingMethods(nestedMethod(p.schema))),
    set: { category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null },
    note: (p) =>
      `The parameter ${p.shown} lets the agent choose the HTTP method, writing methods included: the tool passes any call of the API through.`,
    clause: (p) => `sends any HTTP request the agent builds in \`${p.name}\``,
    fires: { name: 'api_request', parameters: { method: 'string: HTTP method: GET, POST, PUT or DELETE' } },
    quiet: { name: 'api_request', parameters: { method: 'string: HTTP method: GET or HEAD' } },
  },
  {
    id: 'parameter.safety-switch',
    summary:
      'A switch that turns off a safeguard (force, skip_checks, no_verify, bypass_…, disable_…) on a tool that changes things: the agent decides when.',
    implies: { risk: 'medium', capability: 'safety-toggle' },
    applies: (p) => !p.reads && shallow(p) && SAFETY_NAME.test(p.snake),
    set: { risk: 'medium', capability: 'safety-toggle', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} switches off a safeguard, and the agent decides when.`,
    clause: (p) => `lets the agent switch off a safeguard (\`${p.name}\`)`,
    fires: { name: 'delete_branch', parameters: { force: 'boolean' } },
    quiet: { name: 'list_branches', parameters: { force: 'boolean' } },
  },
  {
    id: 'parameter.check-off-value',
    summary:
      'An argument whose description names a value that switches a check off ("Set to None to skip bucket owner verification", "set to false to disable TLS certificate validation"), on a tool that changes things: the agent decides when the check runs.',
    implies: { risk: 'medium', capability: 'safety-toggle' },
    applies: (p) => !p.reads && shallow(p) && VALUE_SKIPS_CHECK.test(p.described),
    set: { risk: 'medium', capability: 'safety-toggle', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} takes a value that switches a check off, and the agent decides when.`,
    clause: (p) => `lets the agent switch a check off through \`${p.name}\``,
    fires: {
      name: 'package_workflow',
      parameters: { expected_bucket_owner: 'string: account that must own the bucket. Set to None to skip bucket owner verification.' },
    },
    quiet: { name: 'package_workflow', parameters: { expected_bucket_owner: 'string: account that must own the bucket' } },
  },
  {
    id: 'parameter.confirmation-switch',
    summary: 'A confirmation switch (confirm, i_understand) that the agent sets itself: it does not replace a person’s approval.',
    implies: { capability: 'confirmation-expected' },
    applies: (p) => !p.reads && CONFIRM_NAME.test(p.snake),
    set: { effect: 'context', capability: 'confirmation-expected', strength: 'weak' },
    note: (p) =>
      `The parameter ${p.shown} is a confirmation switch, but the agent sets it itself, so it does not replace a human approval.`,
    clause: (p) => `has a confirmation switch (\`${p.name}\`) the agent can set itself`,
    fires: { name: 'delete_user', parameters: { confirmed: 'boolean' } },
    quiet: { name: 'delete_user', parameters: { user_name: 'string' } },
  },
  {
    id: 'parameter.recipient',
    summary:
      'Who receives a message (to, recipients, email, phone_number) on a tool that sends: the agent can reach anyone, an attacker included.',
    implies: { risk: 'high', capability: 'outbound-message' },
    applies: (p) =>
      !p.reads &&
      RECIPIENT_NAME.test(p.snake) &&
      text(p) &&
      (sends(p) || SENDING.test(p.tool.summary) || FORWARDING_NAME.test(p.snake)) &&
      !storedAddress(p),
    set: { risk: 'high', capability: 'outbound-message' },
    note: (p) => `The parameter ${p.shown} names who receives the message, so the agent can reach anyone, including an attacker.`,
    clause: (p) => `delivers to whoever \`${p.name}\` names`,
    fires: { name: 'send_email', parameters: { to: 'string' } },
    quiet: { name: 'create_email_template', parameters: { reply_to: 'string: default reply-to address, can be overridden when sending' } },
  },
  {
    id: 'parameter.copy-recipient',
    summary:
      'Who is copied (cc, bcc, cc_email_addresses) on what a tool creates or adds (a support case, a ticket, a reply): the service mails the agent-written text and what follows to them, so the agent can copy an attacker in. Not on an update of a stored message or a draft, which mails nothing.',
    implies: { risk: 'medium', capability: 'outbound-message' },
    applies: (p) => !p.reads && COPY_NAME.test(p.snake) && text(p) && verbEntries(p).some((e) => e.effect === 'adds') && !storedAddress(p),
    set: { risk: 'medium', capability: 'outbound-message', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} names who is copied on what the tool creates: the service mails them the text the agent writes.`,
    clause: (p) => `copies whoever \`${p.name}\` names on what it creates`,
    fires: { name: 'create_case', parameters: { cc_email_addresses: 'array: email addresses to CC on the case' } },
    quiet: { name: 'update_message', parameters: { cc: 'array: CC recipients of the message' } },
  },
  {
    id: 'parameter.payment-detail',
    summary:
      'A means of payment (card, IBAN, payee) on a tool that changes things, or a sum of money (amount, price) on a tool that moves money (a payment, a transfer, a refund, an order): the agent chooses who is paid and how much. The price of a catalogue item, a coupon or a product moves no money.',
    implies: { category: 'Financial', risk: 'high', capability: 'money' },
    applies: (p) =>
      !p.reads &&
      (p.isNumber || text(p)) &&
      (PAYMENT_NAME.test(p.snake) ||
        (AMOUNT_NAME.test(p.snake) && MONEY_CONTEXT.test(`${p.about} ${p.tool.name}`) && movesMoney(p) && !NAMES_AN_ID.test(p.described))),
    set: { category: 'Financial', risk: 'high', capability: 'money' },
    note: (p) => `The parameter ${p.shown} is a sum of money or a means of payment chosen by the agent.`,
    clause: (p) => `takes a payment detail in \`${p.name}\``,
    fires: { name: 'create_payout', parameters: { amount: 'number: the amount in USD' } },
    quiet: { name: 'create_price', parameters: { unit_amount: 'integer: the unit amount of the price in cents' } },
  },
  {
    id: 'parameter.billing-option',
    summary:
      'An option that bills now or confirms a cost (proration_behavior, payment_behavior, a cost confirmation id) on a tool that changes things: the call commits spending, whatever its verb.',
    implies: { category: 'Financial', risk: 'high', capability: 'spending' },
    applies: (p) => !p.reads && (BILLING_OPTION.test(p.snake) || COST_CONFIRMATION.test(p.described)),
    set: { category: 'Financial', risk: 'high', capability: 'spending', asReadOnly: null },
    note: (p) => `The parameter ${p.shown} ties the call to billing: it invoices, prorates or spends once the call is made.`,
    clause: (p) => `commits spending (\`${p.name}\`)`,
    fires: {
      name: 'update_subscription',
      parameters: { proration_behavior: { type: 'string', enum: ['create_prorations', 'always_invoice'] } },
    },
    quiet: { name: 'update_subscription', parameters: { description: 'string' } },
  },
  {
    id: 'parameter.bulk',
    summary:
      'A switch or field that widens one call to many items (recursive, all, batch, max_deletions, a label selector) on a tool that changes things. Not a selector of the rules or checks to run, or of an element on a page.',
    implies: { risk: 'medium', capability: 'bulk' },
    // A `selector` is read by what its text says it selects: the matching resources, or the rules or checks to run.
    applies: (p) => !p.reads && BULK_NAME.test(p.snake) && !(p.snake.endsWith('selector') && WORK_SELECTOR.test(p.described)),
    set: { risk: 'medium', capability: 'bulk', strength: 'weak' },
    note: (p) => `The parameter ${p.shown} widens one call to many items.`,
    clause: (p) => `can act on many items at once (\`${p.name}\`)`,
    fires: { name: 'delete_objects', parameters: { recursive: 'boolean' } },
    quiet: { name: 'list_objects', parameters: { recursive: 'boolean' } },
  },
];
