/**
 * The words the engine knows: verbs that say what a tool does, and classes of nouns that say what
 * it does it to. Data only; the signal modules decide what a match means. General English (plus a
 * handful of common verbs in other languages), never tuned to a particular tool's name.
 */
import type { Category, RiskLevel } from '../catalogue/schema.ts';
import type { Capability } from './schema.ts';

export interface VerbEntry {
  category: Category;
  /** The risk the verb implies on its own, before the nouns around it are considered. */
  risk: RiskLevel;
  /** What the tool does, third person, to be followed by the object: "deletes", "pushes". */
  does: string;
  capability?: Capability;
  /**
   * True when the verb is compatible with a read-only claim: `execute_query` can be a SELECT, so
   * a readOnlyHint on it is believable; `delete_user` cannot be read-only.
   */
  readOnlyCompatible?: boolean;
  /** Ambiguous verbs ("manage", "handle") are weak evidence. */
  weak?: boolean;
  /** Only a verb inside a browser tool ("browser_click", "page_type"); elsewhere a noun. */
  browserOnly?: boolean;
  /** For words in other languages: what the word means, for the note. */
  meaning?: string;
}

function verbs(category: Category, risk: RiskLevel, entries: Record<string, string>, extra: Partial<VerbEntry> = {}): [string, VerbEntry][] {
  return Object.entries(entries).map(([word, does]) => [word, { category, risk, does, ...extra }]);
}

export const VERBS: ReadonlyMap<string, VerbEntry> = new Map<string, VerbEntry>([
  ...verbs('Read', 'low', {
    get: 'gets', list: 'lists', ls: 'lists', describe: 'describes', read: 'reads', fetch: 'fetches', retrieve: 'retrieves',
    search: 'searches', find: 'finds', query: 'queries', lookup: 'looks up', show: 'shows', view: 'views', count: 'counts',
    check: 'checks', inspect: 'inspects', analyze: 'analyses', analyse: 'analyses', audit: 'audits', validate: 'validates',
    verify: 'verifies', lint: 'lints', explain: 'explains', diagnose: 'diagnoses', troubleshoot: 'troubleshoots',
    recommend: 'recommends', suggest: 'suggests', estimate: 'estimates', calculate: 'calculates', compute: 'computes',
    convert: 'converts', detect: 'detects', discover: 'discovers', preview: 'previews', sample: 'samples', monitor: 'monitors',
    poll: 'polls', wait: 'waits for', watch: 'watches', is: 'checks whether', has: 'checks whether', review: 'reviews',
    summarize: 'summarises', summarise: 'summarises', browse: 'browses', scan: 'scans', trace: 'traces', translate: 'translates',
    format: 'formats', parse: 'parses', render: 'renders', extract: 'extracts', compare: 'compares', diff: 'diffs',
    geocode: 'geocodes', aggregate: 'aggregates', simulate: 'simulates', assess: 'assesses', measure: 'measures', load: 'loads', access: 'accesses',
    generate: 'generates', evaluate: 'evaluates', optimize: 'optimises', test: 'tests', ping: 'pings', tail: 'tails',
    download: 'downloads', explore: 'explores', identify: 'identifies', locate: 'locates', receive: 'receives', echo: 'echoes',
    take: 'takes',
  }),
  ['navigate', { category: 'Read', risk: 'medium', does: 'navigates to', capability: 'network-fetch' }],
  ...verbs('Write', 'medium', {
    create: 'creates', add: 'adds', put: 'puts', set: 'sets', update: 'updates', modify: 'modifies', edit: 'edits',
    patch: 'patches', change: 'changes', insert: 'inserts', upsert: 'upserts', upload: 'uploads', import: 'imports',
    write: 'writes', append: 'appends to', prepend: 'prepends to', tag: 'tags', untag: 'removes tags from',
    attach: 'attaches', associate: 'associates', link: 'links', register: 'registers', configure: 'configures',
    enable: 'enables', rename: 'renames', copy: 'copies', clone: 'clones', save: 'saves', store: 'stores',
    init: 'initialises', initialize: 'initialises', setup: 'sets up', accept: 'accepts', confirm: 'confirms',
    approve: 'approves', reject: 'rejects', complete: 'completes', resolve: 'resolves', unsubscribe: 'unsubscribes', opt: 'opts', incr: 'increments', decr: 'decrements', increment: 'increments',
    decrement: 'decrements', touch: 'refreshes', cas: 'compare-and-sets', replace: 'replaces', move: 'moves',
    restore: 'restores', activate: 'activates', assign: 'assigns', allow: 'allows', merge: 'merges', commit: 'commits',
    label: 'labels', mark: 'marks', cancel: 'cancels', detach: 'detaches', disassociate: 'disassociates',
    unlink: 'unlinks', sync: 'synchronises', synchronize: 'synchronises', connect: 'connects to', switch: 'switches',
    package: 'packages', containerize: 'containerises', transact: 'runs a transaction on', submit: 'submits',
    stop: 'stops', pause: 'pauses', resume: 'resumes', export: 'exports', transfer: 'transfers', archive: 'archives',
    provision: 'provisions', scale: 'scales', resize: 'resizes', authenticate: 'authenticates', login: 'logs in to',
  }),
  ...verbs('Write', 'low', { disconnect: 'disconnects from', quit: 'closes', close: 'closes', logout: 'logs out of' }),
  ...verbs('Write', 'medium', { manage: 'manages', handle: 'handles', control: 'controls', process: 'processes' }, { weak: true }),
  ...verbs('Write', 'medium', { send: 'sends', publish: 'publishes', notify: 'notifies', email: 'emails', post: 'posts', reply: 'replies to', broadcast: 'broadcasts', forward: 'forwards' }, { capability: 'outbound-message' }),
  ...verbs('Write', 'high', { grant: 'grants', authorize: 'authorises', invite: 'invites' }, { capability: 'permissions' }),
  ['assume', { category: 'Write', risk: 'high', does: 'assumes', capability: 'credentials' }],
  // Subscribing an endpoint redirects every future message to it.
  ['subscribe', { category: 'Write', risk: 'medium', does: 'subscribes', capability: 'outbound-message' }],
  ['share', { category: 'Write', risk: 'high', does: 'shares', capability: 'public-exposure' }],
  ['disable', { category: 'Write', risk: 'high', does: 'disables', capability: 'safety-toggle' }],
  ['apply', { category: 'Write', risk: 'high', does: 'applies' }],
  ...verbs('Execute', 'high', { execute: 'executes', exec: 'executes', run: 'runs' }, { readOnlyCompatible: true }),
  ...verbs('Execute', 'high', {
    invoke: 'invokes', call: 'calls', trigger: 'triggers', start: 'starts', launch: 'launches', spawn: 'spawns',
    schedule: 'schedules', reboot: 'reboots', restart: 'restarts', promote: 'promotes', failover: 'fails over',
    shutdown: 'shuts down', kickoff: 'kicks off', dispatch: 'dispatches',
  }),
  ...verbs('Execute', 'high', { build: 'builds', deploy: 'deploys', push: 'pushes', rollout: 'rolls out' }, { capability: 'build-deploy' }),
  ['install', { category: 'Execute', risk: 'high', does: 'installs', capability: 'package-install' }],
  ['eval', { category: 'Execute', risk: 'critical', does: 'evaluates', capability: 'code-execution' }],
  ...verbs('Execute', 'high', {
    click: 'clicks', type: 'types into', fill: 'fills in', press: 'presses', drag: 'drags', select: 'selects',
    dialog: 'answers dialogs on',
  }, { capability: 'browser-control', browserOnly: true }),
  ...verbs('Read', 'low', { hover: 'hovers over', scroll: 'scrolls', mouse: 'moves the mouse on' }, { capability: 'browser-control', browserOnly: true }),
  ...verbs('Destructive', 'high', {
    delete: 'deletes', del: 'deletes', remove: 'removes', rm: 'removes', drop: 'drops', destroy: 'destroys',
    erase: 'erases', evict: 'evicts', clear: 'clears', reset: 'resets', prune: 'prunes', clean: 'cleans up',
    cleanup: 'cleans up', uninstall: 'uninstalls', revoke: 'revokes', deregister: 'deregisters', unregister: 'unregisters',
    terminate: 'terminates', kill: 'kills', overwrite: 'overwrites', discard: 'discards', expunge: 'expunges',
    decommission: 'decommissions', unset: 'unsets', detonate: 'detonates',
  }, { capability: 'destruction' }),
  ...verbs('Destructive', 'high', { purge: 'purges', truncate: 'truncates', wipe: 'wipes', flush: 'flushes' }, { capability: 'bulk' }),
  ...verbs('Destructive', 'medium', { trim: 'trims', pop: 'pops', expire: 'expires' }, { capability: 'destruction' }),
  ...verbs('Financial', 'critical', {
    purchase: 'purchases', buy: 'buys', pay: 'pays', charge: 'charges', withdraw: 'withdraws', deposit: 'deposits',
    checkout: 'checks out', donate: 'donates', refund: 'refunds', payout: 'pays out',
  }, { capability: 'money' }),
  // A few common verbs in other languages, so a non-English name is not mistaken for an unknown one.
  ...nonEnglish('Destructive', 'high', 'delete', {
    borrar: 'Spanish', eliminar: 'Spanish/Portuguese', suprimir: 'Spanish', supprimer: 'French', effacer: 'French',
    löschen: 'German', loeschen: 'German', entfernen: 'German', cancellare: 'Italian', eliminare: 'Italian',
    excluir: 'Portuguese', apagar: 'Portuguese', verwijderen: 'Dutch', удалить: 'Russian', удали: 'Russian',
  }),
  ...nonEnglish('Read', 'low', 'read or get', {
    leer: 'Spanish', obtener: 'Spanish', listar: 'Spanish/Portuguese', buscar: 'Spanish/Portuguese', lire: 'French',
    chercher: 'French', lister: 'French', lesen: 'German', suchen: 'German', leggere: 'Italian', cercare: 'Italian',
    ler: 'Portuguese', obter: 'Portuguese', lezen: 'Dutch', получить: 'Russian', прочитать: 'Russian', найти: 'Russian',
  }),
  ...nonEnglish('Write', 'medium', 'create or change', {
    crear: 'Spanish', actualizar: 'Spanish', créer: 'French', creer: 'French', modifier: 'French', erstellen: 'German',
    ändern: 'German', aendern: 'German', aktualisieren: 'German', creare: 'Italian', aggiornare: 'Italian',
    criar: 'Portuguese', atualizar: 'Portuguese', создать: 'Russian', обновить: 'Russian',
  }),
  ...nonEnglish('Write', 'medium', 'send', {
    enviar: 'Spanish/Portuguese', envoyer: 'French', senden: 'German', inviare: 'Italian', отправить: 'Russian',
  }, 'outbound-message'),
  ...nonEnglish('Execute', 'high', 'execute', {
    ejecutar: 'Spanish', exécuter: 'French', executer: 'French', ausführen: 'German', ausfuehren: 'German',
    eseguire: 'Italian', executar: 'Portuguese', uitvoeren: 'Dutch', выполнить: 'Russian', запустить: 'Russian',
  }),
  ...nonEnglish('Financial', 'critical', 'pay', {
    pagar: 'Spanish/Portuguese', payer: 'French', bezahlen: 'German', zahlen: 'German', pagare: 'Italian', оплатить: 'Russian',
  }, 'money'),
]);

function nonEnglish(category: Category, risk: RiskLevel, meaning: string, entries: Record<string, string>, capability?: Capability): [string, VerbEntry][] {
  return Object.entries(entries).map(([word, language]) => [
    word,
    { category, risk, does: meaningToDoes(meaning), meaning: `${language} for “${meaning}”`, ...(capability ? { capability } : {}) },
  ]);
}

function meaningToDoes(meaning: string): string {
  return { delete: 'deletes', 'read or get': 'reads', 'create or change': 'creates or changes', send: 'sends', execute: 'executes', pay: 'pays' }[meaning] ?? meaning;
}

/**
 * Verbs in scripts written without spaces (Chinese, Japanese, Korean): matched inside a word, since
 * "删除文件" is one run of characters.
 */
export const CASELESS_VERBS: readonly (readonly [string, VerbEntry])[] = [
  ...nonEnglish('Destructive', 'high', 'delete', { 删除: 'Chinese', 刪除: 'Chinese', 削除: 'Japanese', 삭제: 'Korean' }),
  ...nonEnglish('Execute', 'high', 'execute', { 执行: 'Chinese', 執行: 'Chinese', 実行: 'Japanese', 실행: 'Korean' }),
  ...nonEnglish('Financial', 'critical', 'pay', { 支付: 'Chinese', 付款: 'Chinese', 支払: 'Japanese', 결제: 'Korean' }, 'money'),
  ...nonEnglish('Write', 'medium', 'send', { 发送: 'Chinese', 發送: 'Chinese', 送信: 'Japanese', 전송: 'Korean' }, 'outbound-message'),
  ...nonEnglish('Write', 'medium', 'create or change', { 创建: 'Chinese', 更新: 'Chinese/Japanese', 修改: 'Chinese', 作成: 'Japanese', 생성: 'Korean', 수정: 'Korean' }),
  ...nonEnglish('Read', 'low', 'read or get', { 读取: 'Chinese', 查询: 'Chinese', 获取: 'Chinese', 読む: 'Japanese', 取得: 'Japanese', 検索: 'Japanese', 조회: 'Korean', 읽기: 'Korean' }),
];

/** What a noun in a tool name says about the tool's target. */
export type NounClass =
  | 'container' // a whole store or environment: deleting it loses everything inside
  | 'item' // one small thing: a message, a tag, a cache key
  | 'health' // medical data about people
  | 'secret' // credentials and secret values
  | 'personal' // data about people
  | 'iam' // identities and permissions
  | 'security' // security configuration
  | 'money' // an account's money: billing, invoices, budgets, payments
  | 'cost' // spend, unless the tool merely estimates it
  | 'bulk' // many things at once
  | 'browser' // a live browser session
  | 'registry' // container images and registries
  | 'packages' // software packages
  | 'logs' // logs, which carry whatever was logged
  | 'content' // text written by others: documents, web pages, messages
  | 'reads' // nouns that name an output to read: report, status, history
  | 'provisioning'; // billable infrastructure

const NOUN_CLASSES: Record<NounClass, string> = {
  container:
    'cluster database db datastore workspace stack bucket table collection keyspace namespace index repository repo ' +
    'account broker environment project application app catalog domain vpc organization org tenant volume disk ' +
    'filesystem store warehouse workgroup datasource graph',
  item:
    'message tag key record event attachment schedule session item entry point value element comment label bookmark draft ' +
    'query row subscription instrumentation snapshot object',
  health: 'patient patients fhir dicom phi medical clinical genomic genomics',
  secret: 'secret password passwd credential token vault cookie env',
  personal: 'email phone contact customer person people pii ssn address',
  iam: 'iam role policy permission principal trust acl authorizer identity oauth oauth2 sso user',
  security: 'encryption kms firewall certificate cert waf guardrail logging cmk',
  money: 'billing bill invoice invoicing budget payment payout refund spend spending credits credit savings reservation reserved commitment procurement wallet',
  cost: 'cost costs',
  bulk: 'batch bulk all many multi multiple mass everything criteria',
  browser: 'browser page tab dom webpage',
  registry: 'ecr registry docker image container',
  packages: 'packages dependency dependencies library plugin extension',
  logs: 'log logs',
  content: 'document doc webpage web html url email message comment ticket snapshot screenshot console file transcript chat',
  reads:
    'analyzer analysis explorer report recommendation performance usage estimate estimator calculator calc history status ' +
    'info stats statistics metric metrics summary overview health guide guidance help documentation details metadata ' +
    'insights findings practices template patterns schema version versions availability events config configuration ' +
    'snapshot screenshot check checks scan review',
  provisioning: 'cluster instance db broker workgroup node nodes fleet capacity',
};

/** Noun classes by word (singular and plural spellings are looked up by the caller). */
export const NOUNS: ReadonlyMap<string, readonly NounClass[]> = (() => {
  const map = new Map<string, NounClass[]>();
  for (const [cls, words] of Object.entries(NOUN_CLASSES) as [NounClass, string][]) {
    for (const word of words.split(' ')) map.set(word, [...(map.get(word) ?? []), cls]);
  }
  return map;
})();

/** Two-word nouns, joined with "_": "access_key" is a secret though "access" and "key" are not. */
export const NOUN_PAIRS: ReadonlyMap<string, readonly NounClass[]> = new Map<string, NounClass[]>([
  ['access_key', ['secret']],
  ['api_key', ['secret']],
  ['private_key', ['secret']],
  ['ssh_key', ['secret']],
  ['secret_key', ['secret']],
  ['session_token', ['secret']],
  ['security_group', ['security']],
  ['resource_policy', ['iam']],
  ['inline_policy', ['iam']],
  ['savings_plan', ['money']],
  ['savings_plans', ['money']],
  ['line_item', ['money']],
  ['phone_number', ['personal']],
  ['data_protection', ['security']],
  ['free_tier', ['reads']],
]);

/** Last words that make a name informational: "deploy_app_help" explains deploying, it does not deploy. */
export const INFORMATIONAL: ReadonlySet<string> = new Set([
  'help', 'guide', 'guidance', 'guideline', 'guidelines', 'docs', 'documentation', 'instructions', 'tutorial', 'examples',
  'example', 'readme', 'faq', 'practices', 'tips', 'howto',
]);

/** Verb + "to" + noun: "push ... to ecr" names a destination. */
export const NOUN_GLOSS: ReadonlyMap<string, string> = new Map([
  ['ecr', 'Amazon ECR, a container registry'],
  ['registry', 'a registry'],
  ['docker', 'Docker'],
  ['s3', 'S3 object storage'],
  ['iam', 'AWS IAM'],
  ['fhir', 'FHIR health records'],
  ['dicom', 'DICOM medical images'],
  ['k8s', 'Kubernetes'],
  ['kubernetes', 'Kubernetes'],
]);

/** Small words that join verbs and nouns in names, skipped when describing the object. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'from', 'for', 'of', 'in', 'on', 'by', 'with', 'and', 'or', 'into', 'at', 'as', 'if',
  'tool', 'tools', 'mcp', 'aws', 'amazon', 'api',
]);
