/**
 * The words the engine knows, and the only place that knows words: verbs that say what a tool
 * does (with flags for what they mean beyond their category), and classes of nouns that say what
 * it does it to. Data only; the rule tables in src/risk/rules/ decide what a match means. General
 * English (plus a handful of common verbs in other languages), never tuned to a particular tool.
 */
import type { Category, RiskLevel } from '../values/index.ts';
import type { Capability } from './schema.ts';

/**
 * What a verb does to what it acts on, in the MCP spec's terms: `adds` only adds (a new record, a
 * message: destructiveHint false), `changes` updates in place or overwrites (destructiveHint
 * true), `removes` takes something away, `runs` sets off work whose effect depends on its input,
 * `none` changes nothing (reads and pure computations).
 */
export type VerbEffect = 'none' | 'adds' | 'changes' | 'removes' | 'runs';

export interface VerbEntry {
  category: Category;
  /** The risk the verb implies on its own, before the nouns around it are considered. */
  risk: RiskLevel;
  /** What the tool does, third person, to be followed by the object: "deletes", "pushes". */
  does: string;
  capability?: Capability;
  effect: VerbEffect;
  /** Repeating the call with the same arguments changes nothing more (MCP idempotentHint). */
  idempotent: boolean;
  /**
   * Compatible with a read-only claim: `execute_query` can be a SELECT, so a readOnlyHint on it is
   * believable; `delete_user` cannot be read-only.
   */
  readOnlyCompatible?: boolean;
  /** Ambiguous verbs ("manage", "handle") are weak evidence. */
  weak?: boolean;
  /** Only a verb inside a browser tool ("browser_click", "page_type"); elsewhere a noun. */
  browserOnly?: boolean;
  /** Hands out access when it acts on identities or policies ("attach", "grant", "put"). */
  grants?: boolean;
  /** Takes a running system offline when it acts on one ("stop", "reboot", "upgrade"). */
  takesOffline?: boolean;
  /** Starts work; started on a report or a scan, the work is bounded. */
  starts?: boolean;
  /** After it, a money noun is the subject of analysis, not of a payment ("estimate_costs"). */
  estimates?: boolean;
  /** Hands back a value, as opposed to listing what exists ("get_secret" vs "list_secrets"). */
  reveals?: boolean;
  /** Runs the statement or query it is given ("execute", "run", "query"). */
  runsStatements?: boolean;
  /** Does whatever its argument says ("manage", "call", "dispatch"): a sign of a multi-action tool. */
  dispatches?: boolean;
  /** Commits spending when it acts on paid capacity ("create", "launch", "scale"). */
  provisions?: boolean;
  /** Commits spending only together with a parameter that sizes paid capacity ("modify", "update"). */
  resizes?: boolean;
  /** Its category depends on its object: on a stored file, a disk or a runnable it does more than compute. */
  objectDecides?: boolean;
  /** Opens or closes the tool's own session (connect, log out): nothing changes in the systems behind it. */
  session?: boolean;
  /** Works out what a change would do without making it ("preview", "simulate", "dry run"): a verb after it is its object. */
  previews?: boolean;
  /** For words in other languages, or an English word used in a special sense: what the word means, for the note. */
  meaning?: string;
  /** A verb only in a name ("use_template"): in prose it mostly tells the agent how to call ("Use this tool to …"). */
  nameOnly?: boolean;
}

type Flags = Partial<Omit<VerbEntry, 'category' | 'risk' | 'does'>>;

function verbs(
  category: Category,
  risk: RiskLevel,
  flags: Flags & Pick<VerbEntry, 'effect' | 'idempotent'>,
  entries: Record<string, string>,
): [string, VerbEntry][] {
  return Object.entries(entries).map(([word, does]) => [word, { category, risk, does, ...flags }]);
}

const READS = { effect: 'none', idempotent: true } as const;
const ADDS = { effect: 'adds', idempotent: false } as const;
const CHANGES = { effect: 'changes', idempotent: true } as const;
const REMOVES = { effect: 'removes', idempotent: true } as const;
const RUNS = { effect: 'runs', idempotent: false } as const;

export const VERBS: ReadonlyMap<string, VerbEntry> = new Map<string, VerbEntry>([
  ...verbs('Read', 'low', READS, {
    list: 'lists',
    ls: 'lists',
    describe: 'describes',
    search: 'searches',
    find: 'finds',
    lookup: 'looks up',
    count: 'counts',
    check: 'checks',
    inspect: 'inspects',
    analyze: 'analyses',
    analyse: 'analyses',
    audit: 'audits',
    validate: 'validates',
    verify: 'verifies',
    lint: 'lints',
    explain: 'explains',
    diagnose: 'diagnoses',
    troubleshoot: 'troubleshoots',
    discover: 'discovers',
    detect: 'detects',
    poll: 'polls',
    wait: 'waits for',
    is: 'checks whether',
    has: 'checks whether',
    summarize: 'summarises',
    summarise: 'summarises',
    browse: 'browses',
    scan: 'scans',
    trace: 'traces',
    translate: 'translates',
    parse: 'parses',
    render: 'renders',
    extract: 'extracts',
    compare: 'compares',
    diff: 'diffs',
    geocode: 'geocodes',
    aggregate: 'aggregates',
    assess: 'assesses',
    measure: 'measures',
    load: 'loads',
    explore: 'explores',
    identify: 'identifies',
    locate: 'locates',
    receive: 'receives',
    echo: 'echoes',
    tail: 'tails',
    ping: 'pings',
    sample: 'samples',
    monitor: 'monitors',
    watch: 'watches',
    review: 'reviews',
    rank: 'ranks',
    rerank: 're-ranks',
    classify: 'classifies',
    tokenize: 'tokenises',
    embed: 'embeds',
    predict: 'predicts',
    forecast: 'forecasts',
    plan: 'plans',
    think: 'thinks through',
    visualize: 'visualises',
    print: 'prints',
    display: 'displays',
  }),
  // Verbs that hand back a value rather than listing what exists.
  ...verbs(
    'Read',
    'low',
    { ...READS, reveals: true },
    {
      get: 'gets',
      read: 'reads',
      fetch: 'fetches',
      retrieve: 'retrieves',
      show: 'shows',
      view: 'views',
      reveal: 'reveals',
      download: 'downloads',
      access: 'accesses',
      cat: 'prints',
      export: 'exports',
      scrape: 'scrapes',
      crawl: 'crawls',
    },
  ),
  ...verbs('Read', 'low', { ...READS, runsStatements: true }, { query: 'queries' }),
  // Working out what a change would do without making it: "preview_transaction_create" previews a creation.
  ...verbs('Read', 'low', { ...READS, previews: true, estimates: true }, { preview: 'previews', dryrun: 'dry-runs' }),
  // Reasoning about money or resources: after these, a cost noun is analysed, not spent.
  ...verbs(
    'Read',
    'low',
    { ...READS, estimates: true },
    {
      recommend: 'recommends',
      suggest: 'suggests',
      estimate: 'estimates',
      calculate: 'calculates',
      compute: 'computes',
      simulate: 'simulates',
      optimize: 'optimises',
      optimise: 'optimises',
      evaluate: 'evaluates',
      project: 'projects',
      quote: 'quotes',
      price: 'prices',
    },
  ),
  // Generating returns what it makes, so it reads; where the tool changes anything, what it makes is new (effect 'adds':
  // destructiveHint false, and never idempotent). A tool that also saves it says so in a parameter or its description.
  ['generate', { category: 'Read', risk: 'low', does: 'generates', effect: 'adds', idempotent: false, estimates: true }],
  // Pure computations, unless their object is a store, a disk or something runnable.
  ...verbs(
    'Read',
    'low',
    { ...READS, objectDecides: true },
    { convert: 'converts', format: 'formats', test: 'tests', sort: 'sorts', resolve: 'resolves' },
  ),
  ['navigate', { category: 'Read', risk: 'medium', does: 'navigates to', capability: 'network-fetch', effect: 'none', idempotent: true }],
  // A light verb: what is taken decides ("take a snapshot" stores one, "take a screenshot" reads).
  ['take', { category: 'Read', risk: 'low', does: 'takes', effect: 'none', idempotent: true, weak: true }],
  // Generic verbs that hand out access when what they add is a permission or a policy ("attach_role_policy").
  ...verbs('Write', 'medium', { ...ADDS, grants: true }, { add: 'adds', attach: 'attaches', associate: 'associates' }),
  ...verbs('Write', 'medium', { ...CHANGES, grants: true }, { put: 'puts' }),
  // Adding a relation (an assignee, a label, a pin) leaves what was there: additive, and repeating it changes nothing more.
  ...verbs('Write', 'medium', { effect: 'adds', idempotent: true, grants: true }, { assign: 'assigns' }),
  // Appending or prepending to a stored value or list keeps what was there (additive in the spec's terms), unlike
  // an increment, which overwrites the old value (see the counter verbs below).
  ...verbs('Write', 'medium', ADDS, {
    insert: 'inserts',
    upload: 'uploads',
    import: 'imports',
    append: 'appends to',
    prepend: 'prepends to',
    link: 'links',
    register: 'registers',
    copy: 'copies',
    clone: 'clones',
    fork: 'forks',
    init: 'initialises',
    initialize: 'initialises',
    setup: 'sets up',
    submit: 'submits',
    comment: 'comments on',
    draft: 'drafts',
    request: 'requests',
    log: 'logs',
    record: 'records',
    ingest: 'ingests',
    index: 'indexes',
    mkdir: 'creates',
    package: 'packages',
    containerize: 'containerises',
    archive: 'archives',
    backup: 'backs up',
    snapshot: 'snapshots',
    transact: 'runs a transaction on',
    stash: 'stashes',
    commit: 'commits',
    give: 'gives',
    respond: 'responds to',
    claim: 'claims',
    duplicate: 'duplicates',
    compose: 'composes',
  }),
  ...verbs('Write', 'medium', CHANGES, {
    set: 'sets',
    change: 'changes',
    upsert: 'upserts',
    // Run-together upserts in generated names ("monitor_webtests_createorupdate"): one word, one in-place change.
    createorupdate: 'creates or updates',
    createorreplace: 'creates or replaces',
    addorupdate: 'adds or updates',
    write: 'writes',
    configure: 'configures',
    enable: 'enables',
    save: 'saves',
    store: 'stores',
    accept: 'accepts',
    confirm: 'confirms',
    approve: 'approves',
    reject: 'rejects',
    complete: 'completes',
    unsubscribe: 'unsubscribes',
    opt: 'opts',
    touch: 'refreshes',
    cas: 'compare-and-sets',
    replace: 'replaces',
    restore: 'restores',
    activate: 'activates',
    deactivate: 'deactivates',
    unassign: 'unassigns',
    merge: 'merges',
    cancel: 'cancels',
    detach: 'detaches',
    disassociate: 'disassociates',
    untag: 'removes tags from',
    sync: 'synchronises',
    synchronize: 'synchronises',
    switch: 'switches',
    resume: 'resumes',
    transfer: 'transfers',
    authenticate: 'authenticates',
    reopen: 'reopens',
    transition: 'transitions',
    lock: 'locks',
    unlock: 'unlocks',
    pull: 'pulls',
    checkout: 'checks out',
    rebase: 'rebases',
    cherrypick: 'cherry-picks',
    toggle: 'toggles',
    refresh: 'refreshes',
    reload: 'reloads',
    rotate: 'rotates',
    ensure: 'ensures',
    unarchive: 'unarchives',
    unstar: 'unstars',
    unfollow: 'unfollows',
    mute: 'mutes',
    unmute: 'unmutes',
    unpin: 'unpins',
    block: 'blocks',
    unblock: 'unblocks',
    mount: 'mounts',
    unmount: 'unmounts',
    chmod: 'changes permissions of',
    chown: 'changes the owner of',
    tune: 'tunes',
    dismiss: 'dismisses',
    undo: 'undoes',
    redo: 'redoes',
    decline: 'declines',
    reschedule: 'reschedules',
    finalize: 'finalises',
    finalise: 'finalises',
    reorder: 'reorders',
    repair: 'repairs',
    regenerate: 'regenerates',
    recycle: 'recycles',
    emulate: 'emulates',
    postpone: 'postpones',
    snooze: 'snoozes',
    defer: 'defers',
    // Undoing a mark or a link whose base the lexicon does not know as a verb (other "un" verbs: undoOf).
    unlike: 'unlikes',
    unfavorite: 'unfavorites',
    unbookmark: 'unbookmarks',
    unvote: 'withdraws a vote on',
    unreact: 'removes a reaction from',
    unhide: 'unhides',
  }),
  ...verbs('Write', 'medium', { ...CHANGES, resizes: true }, { update: 'updates', modify: 'modifies' }),
  // Changes that cannot be repeated to the same end: the second move finds nothing at the source, the second edit nothing to replace.
  ...verbs(
    'Write',
    'medium',
    { effect: 'changes', idempotent: false },
    { edit: 'edits', patch: 'patches', move: 'moves', mv: 'moves', rename: 'renames' },
  ),
  // A counter stepped up or down is overwritten in place (a non-additive update), and each call steps it again.
  ...verbs(
    'Write',
    'medium',
    { effect: 'changes', idempotent: false },
    { incr: 'increments', decr: 'decrements', increment: 'increments', decrement: 'decrements' },
  ),
  ...verbs(
    'Write',
    'medium',
    { effect: 'adds', idempotent: true },
    { star: 'stars', follow: 'follows', label: 'labels', tag: 'tags', mark: 'marks', pin: 'pins' },
  ),
  // Creating is provisioning when what is created is billed while it exists (a cluster, an instance).
  ...verbs(
    'Write',
    'medium',
    { ...ADDS, provisions: true },
    {
      create: 'creates',
      new: 'creates',
      make: 'makes',
      provision: 'provisions',
      allocate: 'allocates',
      reserve: 'reserves',
    },
  ),
  ...verbs('Write', 'medium', { ...CHANGES, provisions: true, resizes: true }, { scale: 'scales', resize: 'resizes' }),
  ...verbs(
    'Write',
    'medium',
    { ...CHANGES, takesOffline: true },
    {
      stop: 'stops',
      upgrade: 'upgrades',
      downgrade: 'downgrades',
      migrate: 'migrates',
      power: 'powers',
      pause: 'pauses',
      suspend: 'suspends',
      hibernate: 'hibernates',
    },
  ),
  ...verbs('Write', 'low', CHANGES, { close: 'closes' }),
  // Opening or closing the tool's own session changes nothing in the systems behind it.
  ...verbs(
    'Read',
    'low',
    { ...READS, session: true, weak: true },
    { connect: 'connects to', disconnect: 'disconnects from', quit: 'closes', logout: 'logs out of', exit: 'exits', login: 'logs in to' },
  ),
  ...verbs(
    'Write',
    'medium',
    { ...CHANGES, weak: true, dispatches: true },
    { manage: 'manages', handle: 'handles', control: 'controls', process: 'processes', administer: 'administers', operate: 'operates' },
  ),
  ...verbs(
    'Write',
    'medium',
    { ...ADDS, capability: 'outbound-message' },
    {
      send: 'sends',
      publish: 'publishes',
      notify: 'notifies',
      email: 'emails',
      post: 'posts',
      reply: 'replies to',
      forward: 'forwards',
      tweet: 'tweets',
    },
  ),
  // Sending to everyone at once: every follower or subscriber gets it, and none of it can be called back.
  ...verbs(
    'Write',
    'high',
    { ...ADDS, capability: 'outbound-message' },
    { broadcast: 'broadcasts', multicast: 'multicasts', blast: 'blasts' },
  ),
  ...verbs(
    'Write',
    'high',
    { ...CHANGES, capability: 'permissions', grants: true },
    { grant: 'grants', authorize: 'authorises', invite: 'invites', allow: 'allows' },
  ),
  // Protecting or unprotecting a branch, a tag or an environment changes who may push, merge or deploy to it.
  ...verbs('Write', 'high', { ...CHANGES, capability: 'permissions' }, { protect: 'protects', unprotect: 'unprotects' }),
  ['assume', { category: 'Write', risk: 'high', does: 'assumes', capability: 'credentials', effect: 'none', idempotent: true }],
  // Subscribing an endpoint redirects every future message to it.
  [
    'subscribe',
    { category: 'Write', risk: 'medium', does: 'subscribes', capability: 'outbound-message', effect: 'adds', idempotent: true },
  ],
  ['share', { category: 'Write', risk: 'high', does: 'shares', capability: 'public-exposure', effect: 'changes', idempotent: true }],
  ['disable', { category: 'Write', risk: 'high', does: 'disables', capability: 'safety-toggle', effect: 'changes', idempotent: true }],
  ['apply', { category: 'Write', risk: 'high', does: 'applies', effect: 'changes', idempotent: true }],
  ['use', { category: 'Write', risk: 'high', does: 'uses', meaning: 'applies it', nameOnly: true, effect: 'changes', idempotent: false }],
  ...verbs(
    'Execute',
    'high',
    { ...RUNS, readOnlyCompatible: true, runsStatements: true, dispatches: true, starts: true, provisions: true },
    { execute: 'executes', exec: 'executes', run: 'runs' },
  ),
  ...verbs(
    'Execute',
    'high',
    { ...RUNS, starts: true },
    {
      trigger: 'triggers',
      start: 'starts',
      spawn: 'spawns',
      schedule: 'schedules',
      kickoff: 'kicks off',
      rerun: 'runs again',
      retry: 'retries',
      replay: 'replays',
    },
  ),
  ['launch', { category: 'Execute', risk: 'high', does: 'launches', effect: 'runs', idempotent: false, starts: true, provisions: true }],
  ...verbs('Execute', 'high', { ...RUNS, dispatches: true }, { invoke: 'invokes', call: 'calls', dispatch: 'dispatches' }),
  ...verbs(
    'Execute',
    'high',
    { ...CHANGES, takesOffline: true },
    {
      reboot: 'reboots',
      restart: 'restarts',
      promote: 'promotes',
      failover: 'fails over',
      shutdown: 'shuts down',
      drain: 'drains',
      cordon: 'cordons',
      evacuate: 'evacuates',
    },
  ),
  ...verbs('Execute', 'high', { ...RUNS, capability: 'build-deploy' }, { build: 'builds', compile: 'compiles' }),
  // A deployment replaces what was running: an in-place update.
  ...verbs(
    'Execute',
    'high',
    { effect: 'changes', idempotent: false, capability: 'build-deploy' },
    { deploy: 'deploys', push: 'pushes', rollout: 'rolls out', redeploy: 'redeploys', rollback: 'rolls back' },
  ),
  ['install', { category: 'Execute', risk: 'high', does: 'installs', capability: 'package-install', effect: 'adds', idempotent: true }],
  ['eval', { category: 'Execute', risk: 'critical', does: 'evaluates', capability: 'code-execution', effect: 'runs', idempotent: false }],
  ...verbs(
    'Destructive',
    'high',
    { ...REMOVES, capability: 'destruction' },
    {
      delete: 'deletes',
      del: 'deletes',
      remove: 'removes',
      rm: 'removes',
      drop: 'drops',
      destroy: 'destroys',
      erase: 'erases',
      evict: 'evicts',
      clear: 'clears',
      reset: 'resets',
      prune: 'prunes',
      clean: 'cleans up',
      cleanup: 'cleans up',
      uninstall: 'uninstalls',
      revoke: 'revokes',
      deregister: 'deregisters',
      unregister: 'unregisters',
      terminate: 'terminates',
      kill: 'kills',
      overwrite: 'overwrites',
      discard: 'discards',
      expunge: 'expunges',
      decommission: 'decommissions',
      unset: 'unsets',
      detonate: 'detonates',
      release: 'releases',
      rebuild: 'rebuilds',
      ban: 'bans',
      kick: 'removes',
      deprovision: 'deprovisions',
      retire: 'retires',
      disband: 'disbands',
      trash: 'trashes',
      void: 'voids',
      recreate: 'recreates',
      reimage: 'reimages',
    },
  ),
  ...verbs(
    'Destructive',
    'high',
    { ...REMOVES, capability: 'bulk' },
    { purge: 'purges', truncate: 'truncates', wipe: 'wipes', flush: 'flushes', flushall: 'flushes', flushdb: 'flushes' },
  ),
  ...verbs(
    'Destructive',
    'medium',
    { ...REMOVES, capability: 'destruction' },
    { trim: 'trims', pop: 'pops', expire: 'expires', abort: 'aborts', dequeue: 'dequeues' },
  ),
  ...verbs(
    'Financial',
    'critical',
    { ...RUNS, capability: 'money' },
    {
      purchase: 'purchases',
      buy: 'buys',
      pay: 'pays',
      charge: 'charges',
      withdraw: 'withdraws',
      deposit: 'deposits',
      donate: 'donates',
      refund: 'refunds',
      payout: 'pays out',
      sell: 'sells',
      trade: 'trades',
      bid: 'bids on',
      invest: 'invests',
      stake: 'stakes',
      tip: 'tips',
      order: 'orders',
      swap: 'swaps',
      remit: 'remits',
      wire: 'wires',
      renew: 'renews',
      book: 'books',
    },
  ),
  // A few common verbs in other languages, so a non-English name is not mistaken for an unknown one.
  ...nonEnglish(
    'Destructive',
    'high',
    'delete',
    {
      borrar: 'Spanish',
      eliminar: 'Spanish/Portuguese',
      suprimir: 'Spanish',
      supprimer: 'French',
      effacer: 'French',
      löschen: 'German',
      loeschen: 'German',
      entfernen: 'German',
      cancellare: 'Italian',
      eliminare: 'Italian',
      excluir: 'Portuguese',
      apagar: 'Portuguese',
      verwijderen: 'Dutch',
      удалить: 'Russian',
      удали: 'Russian',
    },
    { ...REMOVES, capability: 'destruction' },
  ),
  ...nonEnglish(
    'Read',
    'low',
    'read or get',
    {
      leer: 'Spanish',
      obtener: 'Spanish',
      listar: 'Spanish/Portuguese',
      buscar: 'Spanish/Portuguese',
      lire: 'French',
      chercher: 'French',
      lister: 'French',
      lesen: 'German',
      suchen: 'German',
      leggere: 'Italian',
      cercare: 'Italian',
      ler: 'Portuguese',
      obter: 'Portuguese',
      lezen: 'Dutch',
      получить: 'Russian',
      прочитать: 'Russian',
      найти: 'Russian',
    },
    READS,
  ),
  ...nonEnglish(
    'Write',
    'medium',
    'create or change',
    {
      crear: 'Spanish',
      actualizar: 'Spanish',
      créer: 'French',
      creer: 'French',
      modifier: 'French',
      erstellen: 'German',
      ändern: 'German',
      aendern: 'German',
      aktualisieren: 'German',
      creare: 'Italian',
      aggiornare: 'Italian',
      criar: 'Portuguese',
      atualizar: 'Portuguese',
      создать: 'Russian',
      обновить: 'Russian',
    },
    CHANGES,
  ),
  ...nonEnglish(
    'Write',
    'medium',
    'send',
    {
      enviar: 'Spanish/Portuguese',
      envoyer: 'French',
      senden: 'German',
      inviare: 'Italian',
      отправить: 'Russian',
    },
    { ...ADDS, capability: 'outbound-message' },
  ),
  ...nonEnglish(
    'Execute',
    'high',
    'execute',
    {
      ejecutar: 'Spanish',
      exécuter: 'French',
      executer: 'French',
      ausführen: 'German',
      ausfuehren: 'German',
      eseguire: 'Italian',
      executar: 'Portuguese',
      uitvoeren: 'Dutch',
      выполнить: 'Russian',
      запустить: 'Russian',
    },
    RUNS,
  ),
  ...nonEnglish(
    'Financial',
    'critical',
    'pay',
    {
      pagar: 'Spanish/Portuguese',
      payer: 'French',
      bezahlen: 'German',
      zahlen: 'German',
      pagare: 'Italian',
      оплатить: 'Russian',
    },
    { ...RUNS, capability: 'money' },
  ),
]);

/**
 * What words mean inside a browser tool ("browser_click", "page_snapshot"), where they act on the
 * open page: looked up before `VERBS` when the name is about a browser, and ignored elsewhere
 * ("select" and "type" are nouns in most names).
 */
export const BROWSER_VERBS: ReadonlyMap<string, VerbEntry> = new Map<string, VerbEntry>([
  // Acting on a page is Execute (what happens depends on the page), at medium risk: the page runs in
  // the browser session the tool opened, not in your systems.
  ...verbs(
    'Execute',
    'medium',
    { ...RUNS, capability: 'browser-control' },
    {
      click: 'clicks',
      type: 'types into',
      fill: 'fills in',
      press: 'presses',
      drag: 'drags',
      select: 'selects',
      dialog: 'answers dialogs on',
      upload: 'uploads a file into',
      submit: 'submits',
      drop: 'drops onto',
      tap: 'taps',
      swipe: 'swipes on',
      pinch: 'pinches',
    },
  ),
  ['open', { category: 'Write', risk: 'medium', does: 'opens', capability: 'network-fetch', effect: 'changes', idempotent: true }],
  // Moving around the open page changes what it shows (browser servers annotate these as changes), but removes nothing.
  ...verbs(
    'Write',
    'low',
    { effect: 'changes', idempotent: true, capability: 'browser-control' },
    {
      hover: 'hovers over',
      scroll: 'scrolls',
      mouse: 'moves the mouse on',
      resize: 'resizes',
      zoom: 'zooms',
      emulate: 'emulates a device or media in',
      // "go_back", "navigate_forward": the page's own history, nothing leaves it.
      back: 'goes back in the history of',
      forward: 'goes forward in the history of',
    },
  ),
  [
    'navigate',
    { category: 'Write', risk: 'medium', does: 'navigates to', capability: 'network-fetch', effect: 'changes', idempotent: true },
  ],
  ...verbs(
    'Read',
    'low',
    { ...READS, capability: 'browser-control' },
    {
      screenshot: 'takes a screenshot of',
      snapshot: 'takes a snapshot of',
      wait: 'waits on',
      console: 'reads the console of',
    },
  ),
  [
    'evaluate',
    { category: 'Execute', risk: 'critical', does: 'evaluates script in', capability: 'code-execution', effect: 'runs', idempotent: false },
  ],
]);

/**
 * Verbs that are also common nouns ("tag", "snapshot", "share", "eval"): in a name, an unambiguous
 * verb elsewhere wins over them ("image_tag_list" lists, "file_share_get" gets), and followed only
 * by words for something to read ("build_status", "index_stats") they are no verb at all.
 */
/**
 * What a model computes and hands back, storing nothing: an embedding, a completion. "Creating" one is calling the model
 * (OpenAI's "create embedding", "create chat completion"); the answer is the result.
 */
export const MODEL_ANSWERS: ReadonlySet<string> = new Set(['embedding', 'embeddings', 'completion', 'completions']);

/** Verbs that check something and change nothing, unless the description says the call makes a change happen. */
export const CHECK_VERBS: ReadonlySet<string> = new Set(['verify', 'validate', 'check', 'test']);

/**
 * A change that a call sets going and that replaces what was there: ownership moves, keys rotate, a pending thing
 * goes live. "Trigger … ownership transfer", "Start the key rotation": whoever or whatever held it before loses it.
 */
export const CHANGE_EVENTS: ReadonlySet<string> = new Set([
  'transfer',
  'transfers',
  'rotation',
  'rotations',
  'activation',
  'takeover',
  'handover',
  'cutover',
]);

/** Verbs of a sign-in: a tool named for one may only build the link a person opens to sign in. */
export const SIGN_IN_VERBS: ReadonlySet<string> = new Set(['authorize', 'authenticate']);

/** What a tool builds and hands back for a person to open: a URL, a link. */
export const LINK_WORDS: ReadonlySet<string> = new Set(['url', 'urls', 'uri', 'link', 'links']);

export const NOUN_TOO: ReadonlySet<string> = new Set([
  'tag',
  'snapshot',
  'share',
  'eval',
  'monitor',
  'run',
  'test',
  'schedule',
  'export',
  'import',
  'archive',
  'backup',
  'label',
  'link',
  'package',
  'trace',
  'log',
  'record',
  'index',
  'comment',
  'draft',
  'request',
  'review',
  'report',
  'sample',
  'scan',
  'audit',
  'query',
  'search',
  'build',
  'deploy',
  'release',
  'order',
  'book',
  'post',
  'mark',
  'store',
  'access',
  'change',
  'commit',
  'merge',
  'lock',
  'format',
  'diff',
  'view',
  'display',
  'estimate',
  'forecast',
  'plan',
  'project',
  'quote',
  'price',
  'trade',
  'stake',
  'tip',
  'swap',
  'wire',
  'transfer',
  'restore',
  'upgrade',
  'migrate',
  'pin',
  'block',
  'mount',
  'star',
  'sync',
  'preview',
  'echo',
  'watch',
  'pull',
  'push',
  'fork',
  'stash',
  'rank',
  'print',
  'render',
  'trigger',
  'dispatch',
  'invoke',
  'load',
  'reserve',
  'rollback',
  'rollout',
  'void',
  'trash',
  'tail',
  'new',
  'exit',
  'count',
  'lookup',
  'setup',
  'cleanup',
  'kickoff',
  'call',
  'ping',
  'alert',
  // "share-email", "email_list": the message is the object; a verb before it ("share", "send") acts on it.
  'email',
  'charge',
  'refund',
  'deposit',
  'payout',
  'bid',
  'stop',
  'start',
  'compare',
  'measure',
  'forward',
  'reply',
  'transact',
  'tune',
  'touch',
  'cat',
  'compute',
  'generate',
  'broadcast',
]);

/** Two-word verbs, joined with "_": "cherry_pick" is one verb, "check_out" another. */
export const VERB_PAIRS: ReadonlyMap<string, string> = new Map([
  ['cherry_pick', 'cherrypick'],
  // Browser history moves (browser tools only: elsewhere "go" and "back" are no verbs).
  ['go_back', 'back'],
  ['go_forward', 'forward'],
  ['check_out', 'checkout'],
  ['sign_in', 'login'],
  ['log_in', 'login'],
  ['log_out', 'logout'],
  ['sign_out', 'logout'],
  ['set_up', 'setup'],
  ['clean_up', 'cleanup'],
  ['look_up', 'lookup'],
  ['kick_off', 'kickoff'],
  ['roll_back', 'rollback'],
  ['roll_out', 'rollout'],
  ['shut_down', 'shutdown'],
  ['fail_over', 'failover'],
  ['dry_run', 'dryrun'],
]);

function nonEnglish(
  category: Category,
  risk: RiskLevel,
  meaning: string,
  entries: Record<string, string>,
  flags: Flags & Pick<VerbEntry, 'effect' | 'idempotent'>,
): [string, VerbEntry][] {
  return Object.entries(entries).map(([word, language]) => [
    word,
    { category, risk, does: meaningToDoes(meaning), meaning: `${language} for “${meaning}”`, ...flags },
  ]);
}

function meaningToDoes(meaning: string): string {
  return (
    {
      delete: 'deletes',
      'read or get': 'reads',
      'create or change': 'creates or changes',
      send: 'sends',
      execute: 'executes',
      pay: 'pays',
    }[meaning] ?? meaning
  );
}

/**
 * Verbs in scripts written without spaces (Chinese, Japanese, Korean): matched inside a word, since
 * "删除文件" is one run of characters.
 */
export const CASELESS_VERBS: readonly (readonly [string, VerbEntry])[] = [
  ...nonEnglish(
    'Destructive',
    'high',
    'delete',
    { 删除: 'Chinese', 刪除: 'Chinese', 削除: 'Japanese', 삭제: 'Korean' },
    { ...REMOVES, capability: 'destruction' },
  ),
  ...nonEnglish('Execute', 'high', 'execute', { 执行: 'Chinese', 執行: 'Chinese', 実行: 'Japanese', 실행: 'Korean' }, RUNS),
  ...nonEnglish(
    'Financial',
    'critical',
    'pay',
    { 支付: 'Chinese', 付款: 'Chinese', 支払: 'Japanese', 결제: 'Korean' },
    { ...RUNS, capability: 'money' },
  ),
  ...nonEnglish(
    'Write',
    'medium',
    'send',
    { 发送: 'Chinese', 發送: 'Chinese', 送信: 'Japanese', 전송: 'Korean' },
    { ...ADDS, capability: 'outbound-message' },
  ),
  ...nonEnglish(
    'Write',
    'medium',
    'create or change',
    { 创建: 'Chinese', 更新: 'Chinese/Japanese', 修改: 'Chinese', 作成: 'Japanese', 생성: 'Korean', 수정: 'Korean' },
    CHANGES,
  ),
  ...nonEnglish(
    'Read',
    'low',
    'read or get',
    {
      读取: 'Chinese',
      查询: 'Chinese',
      获取: 'Chinese',
      読む: 'Japanese',
      取得: 'Japanese',
      検索: 'Japanese',
      조회: 'Korean',
      읽기: 'Korean',
    },
    READS,
  ),
];

/** What a noun in a tool name says about the tool's target. */
export const NOUN_CLASS_NAMES = [
  'container', // a whole store or environment: deleting it loses everything inside
  'identifier', // a name, an id or an address: resolving one looks it up
  'item', // one small thing: a message, a tag, a cache key
  'marker', // a mark a person sets on something and can set again: a reaction, a star, a vote
  'health', // medical data about people
  'secret', // credentials and secret values
  'personal', // data about people
  'iam', // identities and permissions
  'security', // security configuration
  'money-movement', // a movement of money: payments, transfers, refunds, invoices
  'money-data', // an account's money records: billing, budgets, spend, credits, reservations
  'cost', // spend, unless the tool merely estimates it
  'process', // a running program: an app, a process; stopping it loses nothing stored
  'regenerable', // a copy the system rebuilds by itself: a cache, a buffer; flushing it loses nothing
  'bulk', // many things at once
  'browser', // a live browser session
  'registry', // container images and registries
  'packages', // software packages
  'logs', // logs, which carry whatever was logged
  'content', // text written by others: documents, web pages, messages
  'reads', // nouns that name an output to read: report, status, history
  'paid-capacity', // capacity billed while it exists: clusters, instances, nodes, GPUs
  'runnable', // something that runs when started or tested: a workflow, a job, a function
  'work', // a unit of work that runs once submitted: a step, a job, a task, a run
  'computed', // a result the service computes: a recommendation, an estimate, a report
  'switchable', // something that is turned on and off: a schedule, a trigger, an alarm
  'session', // the tool's own connection or session, which opening and closing changes nothing behind
  'copy', // a stored copy: a snapshot, a backup
  'disk', // a disk, volume or partition, which formatting wipes
  'store-object', // a stored document or file, which converting rewrites
  'generic', // a word for any kind of resource ("resource", "object"): the type comes from an argument
  'cart', // a shopping cart or order, whose checkout pays
  'message', // something delivered to people: a message, a notification, a text
  'gated', // something a second person signs off: a merge or pull request, a deployment, an access request, a dispute
  'metadata', // facts about something rather than the thing: a quota, a status, a size, settings
  'reference', // a link to something kept elsewhere: removing it leaves the thing itself
  'definition', // what a kind of thing looks like, not any of its data: a schema, a field or property list, a vocabulary of types
  'bounded-run', // work that ends by itself and whose reach is fixed: a recording, a trace, a detection pass, an event's delivery, an installed app
] as const;
export type NounClass = (typeof NOUN_CLASS_NAMES)[number];

const NOUN_CLASSES: Record<NounClass, string> = {
  container:
    'cluster database db datastore workspace stack bucket table collection keyspace namespace index repository repo ' +
    'account broker environment project catalog domain vpc organization org tenant volume disk ' +
    'filesystem store warehouse workgroup datasource graph',
  item:
    'message tag key record event attachment schedule session item entry point value element comment label bookmark draft ' +
    'query row subscription instrumentation snapshot object note reaction observation relation entity cache',
  marker:
    'reaction reactions emoji emojis award star stars like likes upvote downvote vote votes bookmark bookmarks favorite favourite favorites favourites',
  health: 'patient patients fhir dicom phi medical clinical genomic genomics',
  secret: 'secret password passwd credential token vault cookie dotenv',
  personal: 'email phone contact customer person people pii ssn address',
  iam: 'iam role policy permission principal trust acl authorizer identity oauth oauth2 sso user collaborator',
  security: 'encryption kms firewall certificate cert waf guardrail logging cmk protection protections',
  'money-movement':
    'payment payments payout payouts refund refunds charge charges transaction transactions invoice invoices remittance withdrawal deposit funds money',
  'money-data': 'billing bill budget spend spending credits credit savings reservation commitment procurement wallet balance ledger',
  cost: 'cost costs',
  regenerable: 'cache caches buffer buffers memo memos',
  process: 'app apps application applications process processes pid pids program programs',
  bulk: 'batch bulk all many multi multiple mass everything criteria',
  browser: 'browser page tab dom webpage screen element viewport',
  registry: 'ecr registry docker image container',
  packages: 'packages dependency dependencies library plugin extension',
  logs: 'log logs',
  content: 'document doc webpage web html email message comment ticket snapshot screenshot console file transcript chat',
  reads:
    'analyzer analysis explorer report recommendation performance usage estimate estimator calculator calc history status ' +
    'info stats statistics metric metrics summary overview health guide guidance help documentation details metadata ' +
    'insights findings practices template patterns schema version versions availability events config configuration ' +
    'snapshot screenshot check checks scan review prerequisites readiness connection connectivity optimizer advisor ' +
    'recommender insight generation calculation computation assessment evaluation forecast forecasts',
  'paid-capacity':
    'cluster clusters instance instances node nodes nodegroup nodegroups nodetype nodetypes fleet capacity broker workgroup warehouse gpu gpus host hosts vm vms vmss machine droplet droplets replica replicas shard shards',
  runnable:
    'workflow workflows pipeline pipelines job jobs function lambda state simulator simulation script notebook step steps task runbook automation playbook build action actions',
  work: 'step steps job jobs run runs execution executions',
  computed:
    'recommendation recommendations generation calculation computation estimate estimates forecast forecasts report reports analysis summary insight insights search searches ' +
    'scanner scanners linter linters checker checkers validator validators',
  switchable: 'schedule schedules trigger triggers rule rules alarm alarms',
  session: 'connection connections session sessions socket tunnel presence',
  copy: 'snapshot snapshots backup backups',
  disk: 'disk disks volume volumes drive drives partition partitions device filesystem',
  'store-object':
    'file files document documents table tables repository repo dataset range sheet worksheet spreadsheet workbook cell cells collection spec specification image images',
  generic: 'resource resources object objects',
  identifier: 'id ids identifier identifiers name names address addresses dns hostname alias uri url reference',
  cart: 'cart basket checkout order orders',
  message: 'message messages notification notifications sms mms text texts email emails dm dms tweet tweets reply replies',
  gated: 'mr mrs pr prs deployment deployments dispute disputes evidence',
  reference: 'link links hyperlink hyperlinks weblink weblinks backlink backlinks',
  'bounded-run':
    'recording recordings screencast screencasts video videos trace tracing profiling detection redelivery event events app apps',
  definition:
    'schema schemas definition definitions field fields property properties type types kind kinds format formats extension extensions ' +
    'vocabulary vocabularies enum enums',
  metadata:
    'quota quotas limit limits info metadata status stats statistics count counts size sizes usage config configuration settings schema version versions permissions properties',
};

/**
 * Words that say what a policy governs when it is not access ("alert_policy", "backup_policy",
 * "retention_policy"): such a policy is configuration, not identities and permissions.
 */
export const OPERATIONAL_QUALIFIERS: ReadonlySet<string> = new Set([
  'alert',
  'alerting',
  'alarm',
  'backup',
  'retention',
  'lifecycle',
  'scaling',
  'autoscaling',
  'retry',
  'cache',
  'caching',
  'routing',
  'escalation',
  'notification',
  'snapshot',
  'archival',
  'expiration',
  'replication',
  'tiering',
  'pricing',
  'refund',
  'cancellation',
  'maintenance',
  'update',
  'upgrade',
  'restart',
  'sampling',
  'eviction',
  'rollout',
  'deployment',
]);

/**
 * Words before "address" that make it a machine's ("ip_address", "mac_address", "network address"):
 * an interface's or a host's address, not a person's, unless a word for people owns it ("user ip address").
 */
export const MACHINE_ADDRESS_QUALIFIERS: ReadonlySet<string> = new Set([
  'ip',
  'ips',
  'ipv4',
  'ipv6',
  'mac',
  'network',
  'memory',
  'server',
  'host',
  'interface',
  'endpoint',
  'elastic',
]);

/** Words for people that make what they own personal: "user ip address", "visitor ip address". */
export const PEOPLE_OWNERS: ReadonlySet<string> = new Set([
  'user',
  'users',
  'visitor',
  'visitors',
  'client',
  'clients',
  'customer',
  'customers',
  'member',
  'members',
  'subscriber',
  'subscribers',
  'person',
  'people',
]);

/**
 * Heads that make a money word before them a modifier ("cost_allocation_tags", "billing_settings",
 * "cost_allocation_tag_backfill_history", "transaction_spans", "billing_catalog_items"): the tool returns a
 * configuration, a job, telemetry or the public offer (a catalogue, the same for every customer) named after
 * money, not billing or spend records.
 */
export const NON_RECORD_HEADS: ReadonlySet<string> = new Set([
  'catalog',
  'catalogs',
  'catalogue',
  'catalogues',
  'tag',
  'tags',
  'category',
  'categories',
  'setting',
  'settings',
  'config',
  'configuration',
  'configurations',
  'preference',
  'preferences',
  'definition',
  'definitions',
  'schema',
  'schemas',
  'backfill',
  'backfills',
  'job',
  'jobs',
  'span',
  'spans',
  'trace',
  'traces',
  'tracing',
  'log',
  'logs',
  'isolation',
  'lock',
  'locks',
]);

/**
 * A person a thing is made or done for, after "for" ("for a user", "for the current user", "for each member"): the
 * beneficiary, not the object changed, so creating a calendar for a user changes no one's access.
 */
export const BENEFICIARY =
  /(?:(?:a|an|the|this|that|each|every|one|another|any|given|specified|specific|current|signed-in|new)\s+){0,2}(?:users?|someone|somebody|people|persons?|members?|employees?|teammates?|colleagues?|me)\b/i;

/**
 * Heads that make a people or mail word before them an aggregate or a shape ("email_metrics", "customer statistics",
 * "email delivery", "email template"): counts, rates and delivery states, or a template the account wrote, come back, not
 * anyone's details or mail.
 */
export const AGGREGATE_OR_SHAPE_HEADS: ReadonlySet<string> = new Set([
  'metric',
  'metrics',
  'stat',
  'stats',
  'statistics',
  'analytics',
  'count',
  'counts',
  'total',
  'totals',
  'rate',
  'rates',
  'template',
  'templates',
  'delivery',
  'deliveries',
  'deliverability',
  'engagement',
]);

/**
 * Heads that make a people, mail or money word before them the name of a grouping, a kind or a provider ("contact_groups",
 * "customer types", "contact fields", "payment_providers", "payment gateways"): group names, field definitions or gateway
 * names and their connection status come back, not anyone's details, mail or billing records. Only the phrase's own head:
 * "contact group members" are contacts. Not "methods": a customer's saved payment methods are billing records.
 */
export const GROUPING_HEADS: ReadonlySet<string> = new Set([
  'group',
  'groups',
  'type',
  'types',
  'field',
  'fields',
  'provider',
  'providers',
  'gateway',
  'gateways',
]);

/**
 * Heads of what a read returns that describe a credential or its container without being it ("the token vault ID",
 * "KMS configuration", "key ARN", "last-modified timestamp"): a Returns list made only of these hands back no secret.
 */
export const CREDENTIAL_METADATA_HEADS: readonly string[] = [
  'ids?',
  'arns?',
  'names?',
  'types?',
  'config(?:uration)?s?',
  'timestamps?',
  'dates?',
  'status(?:es)?',
  'states?',
  'tags',
  'regions?',
  'descriptions?',
  'versions?',
  'metadata',
  'fingerprints?',
];

/**
 * Words that make the logs after them machine records ("flow_logs", "get_vpc_flow_logs"): source and destination
 * addresses, ports, byte counts and status codes, with no text anyone wrote in them, so no instructions to the agent.
 */
export const MACHINE_RECORD_LOGS: ReadonlySet<string> = new Set(['flow', 'flows']);

/**
 * Heads that make a log word before them configuration ("log_group", "log streams", "log retention",
 * "log subscription filter"): the tool describes where logs go or how long they stay, and returns no
 * log lines.
 */
export const LOG_SETTING_HEADS: ReadonlySet<string> = new Set([
  'group',
  'groups',
  'stream',
  'streams',
  'retention',
  'filter',
  'filters',
  'subscription',
  'subscriptions',
  'destination',
  'destinations',
  'level',
  'levels',
  'setting',
  'settings',
  'config',
  'configuration',
  'configurations',
  'delivery',
  'deliveries',
  'policy',
  'policies',
  'bucket',
  'buckets',
]);

/**
 * Heads that make a health word before them a record about work on health data ("dicom_export_jobs",
 * "fhir_datastore_versions"): job states, versions and store descriptions, not anything about patients.
 */
export const HEALTH_METADATA_HEADS: ReadonlySet<string> = new Set([
  'job',
  'jobs',
  'version',
  'versions',
  'store',
  'stores',
  'datastore',
  'datastores',
]);

/**
 * Words that say a tool works in a health domain (medical imaging, DICOM, FHIR): there the record nouns of
 * HEALTH_RECORD_WORDS are records about patients, whatever the name says.
 */
export const HEALTH_DOMAIN = /\b(?:dicom(?:web)?|fhir|hl7|health[- ]?imaging|medical[- ]imag(?:e|es|ing)|radiology|pacs)\b/i;

/**
 * The records of medical imaging: a study, its series, its frames, an image set ("image_set", "imageset"). Health
 * data only in a health domain (a "series" of a chart, a "frame" of a video are not); their jobs, versions and
 * stores stay metadata (HEALTH_METADATA_HEADS).
 */
export const HEALTH_RECORD_WORDS: ReadonlySet<string> = new Set(['study', 'studies', 'series', 'frame', 'frames', 'imageset', 'imagesets']);

/** Noun classes by word (singular and plural spellings are looked up by the caller). */
export const NOUNS: ReadonlyMap<string, readonly NounClass[]> = (() => {
  const map = new Map<string, NounClass[]>();
  for (const [cls, words] of Object.entries(NOUN_CLASSES) as [NounClass, string][]) {
    for (const word of words.split(' ')) map.set(word, [...(map.get(word) ?? []), cls]);
  }
  return map;
})();

/**
 * Content words that are text others wrote only inside a browser or a page ("browser_snapshot", "take a snapshot of the
 * page"): elsewhere a snapshot is a stored copy of a disk, a volume, a VM or a DNS zone ("VPS_getSnapshotV1").
 */
export const PAGE_ONLY_CONTENT: ReadonlySet<string> = new Set(['snapshot', 'snapshots']);

/** Two-word nouns, joined with "_": "access_key" is a secret though "access" and "key" are not. */
export const NOUN_PAIRS: ReadonlyMap<string, readonly NounClass[]> = new Map<string, NounClass[]>([
  ['access_key', ['secret']],
  ['api_key', ['secret']],
  ['private_key', ['secret']],
  ['ssh_key', ['secret']],
  ['secret_key', ['secret']],
  ['session_token', ['secret']],
  // "env" alone is an environment (a CloudBase env, a deployment stage); its variables can hold secrets.
  ['env_var', ['secret']],
  ['env_vars', ['secret']],
  ['environment_variable', ['secret']],
  ['security_group', ['security']],
  ['resource_policy', ['iam']],
  ['inline_policy', ['iam']],
  ['policy_document', ['iam']],
  ['policy_documents', ['iam']],
  ['savings_plan', ['money-data']],
  ['savings_plans', ['money-data']],
  ['line_item', ['money-data']],
  // "reserved" alone qualifies anything (a reserved IP, a reserved name); reserved capacity is a billing commitment.
  ['reserved_instance', ['money-data']],
  ['reserved_instances', ['money-data']],
  ['reserved_node', ['money-data']],
  ['reserved_nodes', ['money-data']],
  ['reserved_capacity', ['money-data']],
  ['line_items', ['money-data']],
  ['phone_number', ['personal']],
  // Who did what in an account, as recorded by its audit service: logs with the actors' own strings in them.
  ['audit_event', ['logs']],
  ['audit_trail', ['logs']],
  ['audit_record', ['logs']],
  ['audit_entry', ['logs']],
  ['audit_entries', ['logs']],
  // The requests a web page or an app made, with the URLs, headers and bodies the page chose: text its authors wrote.
  ['network_request', ['content']],
  ['cloudtrail_event', ['logs']],
  // "CloudTrail events" splits into cloud, trail, events.
  ['trail_event', ['logs']],
  ['data_protection', ['security']],
  ['free_tier', ['reads']],
  ['replication_group', ['paid-capacity', 'container']],
  ['serverless_cache', ['paid-capacity', 'container']],
  ['cache_cluster', ['paid-capacity', 'container']],
  ['db_instance', ['paid-capacity', 'container']],
  ['database_instance', ['paid-capacity', 'container']],
  ['db_cluster', ['paid-capacity', 'container']],
  ['instance_group', ['paid-capacity']],
  ['instance_groups', ['paid-capacity']],
  ['node_group', ['paid-capacity']],
  ['node_pool', ['paid-capacity']],
  ['state_machine', ['runnable']],
  ['load_balancer', ['paid-capacity']],
  ['serverless_caches', ['paid-capacity', 'container']],
  ['cache_clusters', ['paid-capacity', 'container']],
  ['nat_gateway', ['paid-capacity']],
  ['scale_set', ['paid-capacity']],
  ['scale_sets', ['paid-capacity']],
  ['merge_request', ['gated']],
  ['merge_requests', ['gated']],
  ['pull_request', ['gated']],
  ['pull_requests', ['gated']],
  ['access_request', ['gated']],
  ['change_request', ['gated']],
]);

/**
 * Nouns of a dispatching verb that end a name ("project-management", "node_administration"): the
 * name is a noun compound, the tool manages what comes before, and no word before it is a verb.
 */
export const DISPATCH_NOMINALS: ReadonlyMap<string, string> = new Map([
  ['management', 'manage'],
  ['administration', 'administer'],
]);

/**
 * Last words that make a name informational: "deploy_app_help" explains deploying, it does not
 * deploy. Not "docs", "examples" or "rules": "publish_docs" and "firewall_add_rules" act on them.
 */
export const INFORMATIONAL: ReadonlySet<string> = new Set([
  'help',
  'guide',
  'guidance',
  'guideline',
  'guidelines',
  'instructions',
  'tutorial',
  'readme',
  'faq',
  'practices',
  'tips',
  'howto',
  'walkthrough',
  'primer',
  'overview',
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
  'a',
  'an',
  'the',
  'to',
  'from',
  'for',
  'of',
  'in',
  'on',
  'by',
  'with',
  'and',
  'or',
  'into',
  'at',
  'as',
  'if',
  'tool',
  'tools',
  'mcp',
  'aws',
  'amazon',
  'api',
  // How, not what: "force_terminate" terminates something, not a "force".
  'force',
  'forced',
  'hard',
  'soft',
  'safe',
  'safely',
  'quick',
  'quickly',
  'auto',
]);

/**
 * Bulk words that are quantifiers only where they stand alone: after a verb ("delete_all"), before
 * the object ("delete_all_users") or after a small word ("send_to_all"). After a noun they end a
 * compound noun ("catch_all", a single catch-all route) and count nothing.
 */
export const STANDALONE_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'everything']);

/**
 * A summary that makes a document from the tool's input: "generate a Product Requirements Document (PRD) from a
 * component", "creates a migration plan from the given schema". What comes back is the document.
 */
export const DOCUMENT_FROM_INPUT =
  /\b(?:generat|creat|produc|draft|build|writ|compos)(?:e|es|s|ing)? (?:a |an |the )?(?:[\w()-]+ ){0,4}?(?:documents?|prds?|plans?|blueprints?|drafts?|reports?|specs?|specifications?|summar(?:y|ies)|outlines?|proposals?)\b(?: \([\w-]+\))? (?:from|based on|out of)\b/i;

/**
 * Words of an argument name that say where something is kept or goes: the record, path, organisation, project,
 * workspace, parent or destination a tool writes into. A tool with none of them has nowhere to store what it makes.
 */
export const STORAGE_ARGUMENT_WORDS: ReadonlySet<string> = new Set(
  (
    'id ids uuid key path paths dir directory folder file filename filepath org organization organisation project workspace ' +
    'parent target destination dest url uri bucket repo repository space site channel database table collection output'
  ).split(' '),
);

/**
 * Warnings that a step is final: "cannot be undone", "irreversible". They say loss only of a step that removes,
 * overwrites or replaces; of one that adds (publishing, creating, submitting a version) they say it cannot be taken back.
 */
export const FINALITY_PHRASE = /^(?:irreversibl[ey]|cannot be (?:undone|reversed)|can(?:not|'t|’t) be undone)$/i;

/**
 * Verbs that put another off until later: "schedule_stop_application" stops the application, at a
 * time of the agent's choosing (and again at every tick of a recurring schedule), so the verb after
 * it is the one to judge.
 */
export const DEFERRING_VERBS: ReadonlySet<string> = new Set(['schedule', 'defer']);

/**
 * Words that stop or power off a running system without deleting it ("include_ec2_instance_shutdown",
 * "stop_instances"): evidence of an outage, not of lost data. "Terminate" deletes an instance, so it is none.
 */
export const SHUTDOWN_WORDS = /(?:shut_?down|power_?off|^stop|_stop|halt|hibernat)/i;

/**
 * Kinds of job that "batch" names as a product, not a count: "batch inference", "batch job", "batch prediction" is one
 * offline job ("genai_batch_inference_create_file" makes one upload URL for it), not a call over many items.
 */
export const BATCH_JOB_KINDS: ReadonlySet<string> = new Set(['inference', 'inferences', 'prediction', 'predictions', 'job', 'jobs']);

/** Words that join two verbs of one name ("build_and_push"). */
export const VERB_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'then']);

/**
 * An option value that makes a create or an import update what already exists ("onConflict" defaulting to "upsert",
 * "mode: overwrite"): the call is then an in-place update, not only an addition.
 */
export const IN_PLACE_MODE = /^(?:upsert|overwrite|replace|update)(?:[_ -]?(?:existing|all))?$/i;
/** A description that says records already there are updated or overwritten: "Existing contacts are updated (upsert)". */
export const UPDATES_EXISTING =
  /\bexisting (?:[\w-]+ ){0,2}(?:are|is|get|gets|will be) (?:updated|overwritten|replaced|merged)\b|\(upsert(?:s|ed)?\)/i;
/** A sibling tool that sends the browser to an address ("browser_navigate", "navigate_page", "goto_url"): the agent steers it anywhere. */
export const NAVIGATING_NAME =
  /(?:browser|page|tab|url|web).{0,20}(?:navigat|go_?to|visit)|(?:navigat|go_?to|visit|open).{0,4}(?:page|tab|url)/i;
