/**
 * What a verb means once we know what it acts on: "delete" on a cluster is worse than "delete" on
 * a message, "create" on a cluster commits spending, "get" on a secret reveals it. One row per
 * rule; the name, the operations of a multi-action tool and the description share the table, so
 * "delete" + "cluster" means the same wherever it appears.
 *
 * Rows are tried in order. Rows of one `group` exclude each other (the first that applies wins);
 * rows without a group apply whenever they match.
 */
import type { Category, RiskLevel } from '../../values/index.ts';
import { CHANGE_EVENTS, DEFERRING_VERBS, MODEL_ANSWERS, NOUNS, type NounClass, type VerbEffect, type VerbEntry } from '../lexicon.ts';
import type { Capability } from '../schema.ts';
import { singulars, VERSION_WORD, type Word } from '../words.ts';
import type { RuleMeta } from './types.ts';

/** What a verb judgement looks at. */
export interface VerbContext {
  /** The verb, lower case, as the lexicon knows it ("delete"). */
  verb: string;
  entry: VerbEntry;
  /** Noun classes of every word around the verb (the whole name). */
  nouns: ReadonlySet<NounClass>;
  /** Noun classes of the verb's object alone (without a destination: "push image to ecr" -> image). */
  target: ReadonlySet<NounClass>;
  /** Every word around the verb. */
  words: readonly Word[];
  /** Noun classes of the object's head, its last word in English ("run group" is a group, "account setting" a setting). */
  head: ReadonlySet<NounClass>;
  /** The schema lists every argument and none sizes capacity (no count, size, type, tier or open request body). */
  unsized?: boolean;
  /** The edit only names, titles, labels, describes or tags its target: the schema has nothing else, or the summary only renames. */
  relabels?: boolean;
}

/** How a row changes the verb's verdict. */
export interface VerbEffectChange {
  category?: Category;
  /** Set the risk to exactly this level. */
  risk?: RiskLevel;
  /** Raise the risk to at least this level. */
  atLeast?: RiskLevel;
  /** Lower the risk to at most this level. */
  atMost?: RiskLevel;
  /** Raise the risk one level. */
  raise?: true;
  /** The power the verb now shows; null when the row says it has none ("flush" a cache is no bulk deletion, "reauthorize_subscription" grants nothing). */
  capability?: Capability | null;
  /** What the verb now does to its object, in the MCP spec's terms (for the predicted hints). */
  effect?: VerbEffect;
  idempotent?: boolean;
  /** No later row applies: the row has found that the verb means something else ("remove X from a group" unlinks). */
  final?: true;
}

export interface VerbRule extends RuleMeta {
  /** The verb categories (before any row applied) the row looks at. */
  on: readonly Category[];
  group?: string;
  applies: (context: VerbContext) => boolean;
  then: VerbEffectChange;
  /** Why, as a short clause after "; " in the finding's note: "it acts on a whole store". */
  reason: string;
}

const PERMISSION_WORDS = new Set(['permission', 'permissions']);
const POLICY_WORDS = new Set(['policy', 'policies']);
const POLICY_HOLDERS = new Set(['role', 'user', 'inline', 'resource', 'group', 'iam', 'trust', 'bucket', 'queue', 'topic', 'key']);

/** The words say the call hands out permissions: "attach_user_policy", "add_permission", "put_bucket_policy". */
export function grantsPermissions(words: readonly Word[]): boolean {
  return (
    words.some((w) => PERMISSION_WORDS.has(w.lower)) ||
    (words.some((w) => POLICY_WORDS.has(w.lower)) && words.some((w) => POLICY_HOLDERS.has(w.lower)))
  );
}

/** Words that name a deployment of what runs in production: a rollback, a release, a rollout. */
const DEPLOYMENT_WORDS =
  /^(?:deploy|deploys|deployment|deployments|redeploy|redeployment|rollback|rollbacks|release|releases|rollout|rollouts)$/;
/** Verbs that stop a running program rather than delete anything. */
const STOP_VERBS: ReadonlySet<string> = new Set(['terminate', 'kill', 'abort', 'stop', 'quit', 'exit', 'end', 'close']);

const has = (set: ReadonlySet<NounClass>, ...classes: NounClass[]) => classes.some((cls) => set.has(cls));

/** The agent's presence in a shared editor or room: taking it out ends the agent's own session. */
const PRESENCE_WORD = /^presences?$/;
/** Verbs that take something out of where it sits: with "from <a group>" they unlink, not delete. */
const TAKE_OUT_VERBS: ReadonlySet<string> = new Set(['remove', 'rm', 'delete', 'del', 'drop', 'kick', 'evict', 'pull', 'take', 'exclude']);
/**
 * What holds members or children that live on without it: a group, a team, a segment or audience, a
 * mailing list, a parent, an epic, a sprint, a project or channel roster, a playlist, a cart. Not a store
 * ("remove_object_from_bucket", "remove_document_from_collection" delete what they take out).
 */
const MEMBERSHIP_HOLDERS =
  /^(?:groups?|teams?|segments?|audiences?|cohorts?|lists?|parents?|epics?|milestones?|sprints?|iterations?|cycles?|projects?|channels?|roles?|playlists?|carts?|baskets?|networks?|circles?|squads?|departments?|tags?|labels?|categor(?:y|ies)|campaigns?|sequences?|boards?|releases?)$/;
/** Members and children: what a group or a parent holds, which lives on when taken out; and the associations that tie two
 * things together, both of which live on when the association goes ("remove_environment_associations"). */
const MEMBER_WORDS =
  /^(?:members?|memberships?|subtasks?|sub|children|child|subissues?|assignees?|participants?|attendees?|watchers?|followers?|subscribers?|reviewers?|associations?|relationships?)$/;

const INDEX_WORD = /^(?:index|indexes|indices|gsi|lsi)$/;
/** Indexes that hold the documents themselves, not a lookup structure derived from them. */
const DATA_INDEX_WORDS: ReadonlySet<string> = new Set([
  'vector',
  'vectors',
  'elasticsearch',
  'opensearch',
  'pinecone',
  'kendra',
  'documents',
]);
const OBJECT_ENDS: ReadonlySet<string> = new Set(['from', 'on', 'in', 'of', 'for', 'to', 'by', 'with']);
/** The last word of the verb's object: "drop_index_on_table" -> index, "resetDNSRecordsV1" -> records. */
function objectHead(c: VerbContext): string {
  const object = objectOf(c);
  return object[object.length - 1] ?? '';
}

/** The words of the verb's object, lower case, up to a preposition and without a version. */
function objectOf(c: VerbContext): string[] {
  const at = c.words.findIndex((w) => w.lower === c.verb);
  const after = c.words.slice(at + 1);
  const end = after.findIndex((w) => OBJECT_ENDS.has(w.lower));
  return (end < 0 ? after : after.slice(0, end)).map((w) => w.lower).filter((w) => !VERSION_WORD.test(w));
}

/** The verb's object, or in a resource-first name with nothing after the verb the words before it ("firewall_rule_delete"). */
function objectOrBefore(c: VerbContext): string[] {
  const object = objectOf(c);
  if (object.length > 0) return object;
  const at = c.words.findIndex((w) => w.lower === c.verb);
  return c.words
    .slice(0, Math.max(at, 0))
    .map((w) => w.lower)
    .filter((w) => !VERSION_WORD.test(w));
}

/** Verbs that pick which view later calls address. */
const VIEW_PICKS: ReadonlySet<string> = new Set(['select', 'switch', 'focus', 'activate']);
/** What a browser or an editor shows one of at a time. */
const VIEW_WORDS = /^(?:pages?|tabs?|windows?|frames?|iframes?)$/;

/** What is opened and later resolved or closed: a case, an issue, a ticket, an incident, a conflict, a thread. */
const TRACKED_WORDS = /^(?:cases?|issues?|tickets?|incidents?|conflicts?|threads?|bugs?|problems?|disputes?|findings?|alerts?)$/;

/** Jobs whose work is deleting: garbage collection, cleanup, purge, prune. */
const DELETION_JOBS = /^(?:garbage|gc|cleanup|purge|purging|prune|pruning|expunge)$/;

/** Verbs that empty or unset something. */
const CLEAR_VERBS: ReadonlySet<string> = new Set(['clear', 'reset', 'unset']);
/** State of the caller's own session: which context, directory, selection or focus later calls use. */
const SESSION_STATE = /^(?:context|contexts|cwd|workdir|selection|focus)$/;
/** A setting or a directory that is the session's choice, not a store: "working dir", "session setting", "current directory". */
const SESSION_QUALIFIERS: ReadonlySet<string> = new Set(['working', 'session', 'current']);
const SETTING_HEADS = /^(?:dir|directory|setting|settings|path)$/;

/** "clear_working_dir", "reset_context", "clear the session working directory setting": session state, no data. */
function clearsSessionState(c: VerbContext): boolean {
  if (!CLEAR_VERBS.has(c.verb)) return false;
  const object = objectOf(c);
  const head = object[object.length - 1] ?? '';
  return SESSION_STATE.test(head) || (SETTING_HEADS.test(head) && object.some((w) => SESSION_QUALIFIERS.has(w)));
}

/** A designation among peers: which one is the default, the primary or the preferred. */
const DESIGNATION_WORDS = /^(?:default|primary|preferred)$/;
const UNSET_VERBS: ReadonlySet<string> = new Set(['unset', 'clear', 'unmark']);

/**
 * "unset_default_whois_profile", "clear_primary_email", "remove_as_default": the flag that picks one item
 * as the default goes, and the item stays. A reset is not this: "reset_default_settings" puts values back.
 */
function clearsDesignation(c: VerbContext): boolean {
  const object = objectOf(c);
  if (UNSET_VERBS.has(c.verb)) return DESIGNATION_WORDS.test(object[0] ?? '');
  return TAKE_OUT_VERBS.has(c.verb) && object[0] === 'as' && DESIGNATION_WORDS.test(object[1] ?? '');
}

/** Verbs that set up something standing: a forwarder created, added, set or switched on. */
const SET_UP_VERBS: ReadonlySet<string> = new Set(['create', 'add', 'new', 'set', 'setup', 'enable', 'activate', 'configure', 'register']);
/** A standing forward of mail: a forwarder, forwarding, an auto-forward. */
const FORWARDING_WORDS = /^(?:forwarders?|forwarding|autoforward(?:s|ing|er|ers)?)$/;
/** Mail and what holds it: a forward of these reaches people's messages, not a port, a domain's URL or a DNS query. */
const MAIL_WORDS = /^(?:e?mails?|mailbox(?:es)?|inbox(?:es)?|messages?)$/;

/** What a forward is set up as: a rule, an address or a destination ("create_mail_forwarding_rule"). */
const FORWARD_HOLDERS = /^(?:rules?|address(?:es)?|destinations?)$/;

/**
 * "mail_create_forwarder", "set_email_forwarding", "enable_auto_forward", "create_mail_forwarding_rule" on a mailbox:
 * from now on every message that arrives is also delivered to the address the call names. The forward must be what
 * the verb sets up, not a word elsewhere ("enable keeping a copy of forwarded messages" on a forwarder sets up nothing).
 */
function setsUpMailForward(c: VerbContext): boolean {
  if (!SET_UP_VERBS.has(c.verb) || !c.words.some((w) => MAIL_WORDS.test(w.lower))) return false;
  const object = objectOf(c);
  const at = object.length - 1 - (FORWARD_HOLDERS.test(object[object.length - 1] ?? '') ? 1 : 0);
  const word = object[at] ?? '';
  return FORWARDING_WORDS.test(word) || (/^forwards?$/.test(word) && object[at - 1] === 'auto');
}

/** The verb's object is many things: "delete_records", "batch_delete_instrumentations", "delete_message_batch". */
function actsOnMany(c: VerbContext): boolean {
  const head = objectHead(c);
  return c.nouns.has('bulk') || (head.endsWith('s') && singulars(head).some((form) => form !== head));
}

/** What an install can put in place that is no software: a certificate, a key, a licence ("SSLV1" keeps its version). */
const CREDENTIAL_OBJECTS = /^(?:ssl|tls|certificates?|certs?|licen[cs]es?|keys?|keypairs?)(?:v\d+)?$/;

/** "install_ssl", "reinstall_license": an install verb whose object is a credential, not software. */
function installsCredential(c: VerbContext): boolean {
  return c.entry.capability === 'package-install' && c.words.some((w) => CREDENTIAL_OBJECTS.test(w.lower));
}

/** What a publish delivers to subscribers: a message, an event, a topic's post, a notification. */
const DELIVERED_WORDS =
  /^(?:messages?|events?|topics?|notifications?|alerts?|posts?|newsletters?|broadcasts?|notes?|comments?|replies|updates?|announcements?)$/;

/** A message made once for a whole audience: a broadcast, a campaign, a newsletter, a mailing. */
const AUDIENCE_MESSAGE_WORDS = /^(?:broadcasts?|campaigns?|newsletters?|blasts?|mailings?|mailshots?)$/;
/** A trial run of one: "send_campaign_test" goes to the addresses given, not to the audience. */
const TRIAL_WORDS = /^(?:tests?|previews?|samples?|proofs?)$/;

/**
 * "send_broadcast", "schedule_campaign", "publish_newsletter": what goes out reaches the whole segment or list the
 * message was made for, even though no recipient is an argument.
 */
function sendsToAudience(c: VerbContext): boolean {
  if (c.entry.capability !== 'outbound-message' && !DEFERRING_VERBS.has(c.verb)) return false;
  const object = objectOrBefore(c);
  return object.some((w) => AUDIENCE_MESSAGE_WORDS.test(w)) && !object.some((w) => TRIAL_WORDS.test(w));
}

/**
 * The word at `index` modifies the noun after it, which is neither delivered nor a batch: the "notification" of
 * "notification_page", the "message" of "message_template". Not the last word, nor one before "batch".
 */
function modifiesNoun(words: readonly Word[], index: number): boolean {
  const next = words[index + 1]?.lower;
  return next !== undefined && !DELIVERED_WORDS.test(next) && !NOUNS.get(next)?.some((cls) => cls === 'bulk' || cls === 'message');
}

/** Data a service stores, not a message: "Send a list of asset property values to … for ingestion". */
const DATA_VALUE_WORDS = /^(?:values?|datapoints?|metrics?|measurements?|readings?|telemetry|samples?)$/;
/**
 * What the agent worked out and hands back to the tool's own service or session: findings, results, an analysis.
 * A submission, unless a recipient follows ("send the results to the user"): then it is a message. A report is
 * left out: it is written for people ("send_report" sends it to someone).
 */
const SUBMITTED_WORK_WORDS = /^(?:findings?|results?|analysis|analyses)$/;

/** Verbs that turn a setting on. */
const TURN_ON_VERBS: ReadonlySet<string> = new Set(['enable', 'activate']);
/** Verbs that turn a setting off. */
const TURN_OFF_VERBS: ReadonlySet<string> = new Set(['disable', 'deactivate']);
/** What guards a thing against harm when turned on: a protection, a lock, a second factor. */
const PROTECTION_WORDS = /^(?:protections?|locks?|locking|mfa|2fa)$/;

/** Machines that run things, which a shutdown or a reboot takes offline: a server, a VM, a VPS, a droplet. */
const MACHINE_WORDS = /^(?:servers?|droplets?|vps|vms?|machines?)$/;
/** Words that pick machines out by a mark they carry: "power_off_droplets_tag" powers off the droplets of a tag. */
const SELECTOR_WORDS = /^(?:tags?|labels?)$/;
/** The object's head, or the machines a trailing tag or label picks out ("droplets" of "off droplets tag"). */
function machineHead(c: VerbContext): string {
  const object = objectOf(c);
  const head = object[object.length - 1] ?? '';
  const before = object[object.length - 2] ?? '';
  return SELECTOR_WORDS.test(head) && MACHINE_WORDS.test(before) ? before : head;
}
/** What a running system runs on, which an upgrade replaces in place (with a restart): its version, kernel or engine. */
const SYSTEM_PROPERTIES = /^(?:versions?|kernels?|engines?|firmware)$/;

/** A mode or image a machine boots into instead of its own system: a recovery, rescue or maintenance mode or image. */
const OUTAGE_MODE = /^(?:recovery|rescue|maintenance)$/;
const MODE_WORDS = /^(?:modes?|images?|boot)$/;
/** Verbs that switch a machine into a mode, beside those that start something. */
const MODE_SWITCHES: ReadonlySet<string> = new Set(['enable', 'activate']);

/** "start_recovery_mode", "enable_rescue_mode": the machine reboots out of its own system, which is down until it leaves the mode. */
function entersOutageMode(c: VerbContext): boolean {
  const object = objectOf(c);
  return object.some((w, i) => OUTAGE_MODE.test(w) && MODE_WORDS.test(object[i + 1] ?? ''));
}

/** "power_on_droplet", "power_up_vm": the word after the verb turns the system on, the opposite of an outage. */
function turnsOn(c: VerbContext): boolean {
  const at = c.words.findIndex((w) => w.lower === c.verb);
  return /^(?:on|up)$/.test(c.words[at + 1]?.lower ?? '');
}

/** What an access rule is a rule of: a firewall, an ACL, an allow list, an address range, a direction of traffic. */
const ACCESS_RULE_KINDS = /^(?:firewalls?|acls?|allowlists?|whitelists?|ip|ips|cidr|ingress|egress|inbound|outbound)$/;
/** The entries of an access list. */
const RULE_WORDS = /^(?:rules?|entr(?:y|ies))$/;

/** What a firewall is made of or applies to: its rules, the machines it guards, the tags that pick them. */
const FIREWALL_MEMBERS = /^(?:rules?|servers?|droplets?|vps|vms?|machines?|instances?|resources?|tags?)$/;

/**
 * "firewall-remove-droplets", "remove_rules_from_firewall", "firewall_remove_tags": what leaves a firewall is no longer
 * guarded by it (or no longer guards), so who can reach the machines changes; the machines, rules and tags live on.
 */
function takesOutOfFirewall(c: VerbContext): boolean {
  const words = c.words.map((w) => w.lower);
  return words.some((w) => /^firewalls?$/.test(w)) && words.slice(words.indexOf(c.verb) + 1).some((w) => FIREWALL_MEMBERS.test(w));
}

/** "delete_firewall_rule", "remove_ip_allowlist_entry", "deleteDatabaseRemoteConnection": the verb revokes access, it deletes no data. */
function revokesAccessRule(c: VerbContext): boolean {
  if (!TAKE_OUT_VERBS.has(c.verb) && c.verb !== 'revoke') return false;
  if (takesOutOfFirewall(c)) return true;
  const object = objectOrBefore(c);
  const head = object[object.length - 1] ?? '';
  if (RULE_WORDS.test(head)) return object.some((w) => ACCESS_RULE_KINDS.test(w));
  return /^(?:connections?|access)$/.test(head) && object.includes('remote');
}

/** Verbs that make a new key. */
const KEY_MAKERS: ReadonlySet<string> = new Set(['create', 'new', 'issue', 'mint', 'add', 'register', 'import']);
/** The name of a key, with its pair: "key", "keypair", "key_pair". */
const KEY_WORDS = /^(?:keys?|keypairs?)$/;
/** Keys that pick out records or values rather than grant access: a primary, partition or sort key, a cache or a map key. */
const RECORD_KEY_KINDS = /^(?:primary|foreign|partition|sort|composite|unique|index|cache|map|hash|idempotency|lookup|shortcut|hot)$/;

/** "spaces-key-create", "create_key", "keypair_create": a new key, which a service makes to let its holder in. */
function issuesKey(c: VerbContext): boolean {
  if (!KEY_MAKERS.has(c.verb)) return false;
  const object = objectOrBefore(c);
  const at = object.findIndex((w) => KEY_WORDS.test(w));
  const pair = at >= 0 && at === object.length - 2 && /^pairs?$/.test(object[at + 1]!);
  return at >= 0 && (at === object.length - 1 || pair) && !object.some((w) => RECORD_KEY_KINDS.test(w));
}

/** Verbs that take delivery of what a queue holds. */
const CONSUMING_VERBS: ReadonlySet<string> = new Set(['receive', 'consume', 'dequeue', 'claim', 'lease']);
/** What a queue delivers to one consumer at a time, and the queue itself. */
const QUEUED_WORDS = /^(?:messages?|msgs?|jobs?|tasks?|work|queues?)$/;

/** "receive_message", "receive_from_queue", "receiveTasks": the verb takes delivery, which hides what it takes from other consumers. */
function consumesFromQueue(c: VerbContext): boolean {
  const words = c.words.map((w) => w.lower);
  return CONSUMING_VERBS.has(c.verb) && words.slice(words.indexOf(c.verb) + 1).some((w) => QUEUED_WORDS.test(w));
}

/** Verbs that put a whole set back to its defaults: what was added to it goes. */
const RESET_VERBS: ReadonlySet<string> = new Set(['reset', 'reinitialize', 'reinitialise']);

/** "remove_contact_from_segment", "drop_user_from_group", "remove_member", "remove_subtask": the verb takes an item out of a group or a parent. */
function takesOutOfGroup(c: VerbContext): boolean {
  if (!TAKE_OUT_VERBS.has(c.verb) && c.verb !== 'unlink') return false;
  const at = c.words.findIndex((w) => w.lower === c.verb);
  const after = c.words.slice(at + 1);
  const from = after.findIndex((w) => w.lower === 'from' || w.lower === 'out');
  if (from >= 0) return after.slice(from + 1).some((w) => MEMBERSHIP_HOLDERS.test(w.lower));
  return after.length > 0 && MEMBER_WORDS.test(after[after.length - 1]!.lower);
}
/** What spreads traffic over servers: a load balancer and its target groups. */
const TRAFFIC_SPREADERS = /^(?:lbs?|elbs?|albs?|nlbs?|balancers?|loadbalancers?|rotation)$/;
/** Verbs that take a server out of the traffic it serves. */
const ROTATION_EXITS: ReadonlySet<string> = new Set(['deregister']);

/** What a load balancer sends traffic to. */
const TRAFFIC_RECEIVERS = /^(?:servers?|droplets?|vps|vms?|machines?|instances?|targets?|backends?|nodes?|endpoints?)$/;

/** Verbs that undo a link or a binding, which take a server or a domain out of what it serves as surely as a removal. */
const DETACH_VERBS: ReadonlySet<string> = new Set(['unlink', 'detach', 'disassociate', 'unassign', 'unmap', 'unbind', 'unregister']);
/** Verbs that say the thing itself is deleted, not only taken out. */
const DELETE_VERBS: ReadonlySet<string> = new Set(['delete', 'del', 'drop', 'destroy']);
/** The names a site answers on: a domain, a subdomain, a host name. */
const SERVED_NAMES = /^(?:domains?|subdomains?|hostnames?)$/;
/** What serves traffic on the names bound to it: a website, a web app, a CDN distribution, an ingress. */
const NAME_SERVERS = /^(?:websites?|sites?|webapps?|apps?|applications?|distributions?|cdns?|ingress(?:es)?|hosting)$/;

/**
 * "lb-remove-droplets", "deregister_targets" of a target group: servers leave a load balancer and live on. Not the
 * load balancer itself ("lb-delete"), nor its rules or its cache. And "detach_domain_from_site", "remove a
 * domain from a site": the site stops answering on that name, and its files stay.
 */
function takesOutOfRotation(c: VerbContext): boolean {
  if (!TAKE_OUT_VERBS.has(c.verb) && !ROTATION_EXITS.has(c.verb) && !DETACH_VERBS.has(c.verb)) return false;
  const words = c.words.map((w) => w.lower);
  const object = words.slice(words.indexOf(c.verb) + 1);
  const balancer = words.some((w) => TRAFFIC_SPREADERS.test(w)) || (words.includes('target') && words.includes('group'));
  if (balancer && object.some((w) => TRAFFIC_RECEIVERS.test(w))) return true;
  const named = objectOf(c);
  if (!SERVED_NAMES.test(named[named.length - 1] ?? '')) return false;
  // "delete_website_subdomain" may delete the name itself; "delete a domain from a site" and "remove_site_domain" take it off.
  const from = object.indexOf('from');
  const servedFrom = from >= 0 && object.slice(from + 1).some((w) => NAME_SERVERS.test(w));
  return servedFrom || (!DELETE_VERBS.has(c.verb) && words.some((w) => NAME_SERVERS.test(w)));
}
/** Verbs of an edit in place, which may be no more than a new name. */
const EDIT_VERBS: ReadonlySet<string> = new Set(['update', 'modify', 'edit', 'patch', 'change', 'set']);
/** Verbs that only give a thing a new name or label. */
const RENAME_VERBS: ReadonlySet<string> = new Set(['rename', 'retitle', 'relabel']);

/** "rename_role", or "update-api-key(id, name)" that "Rename[s] an existing API key": the edit only names the thing. */
const relabels = (c: VerbContext) => RENAME_VERBS.has(c.verb) || (EDIT_VERBS.has(c.verb) && c.relabels === true);
/** Who can be taken out of a team or a workspace: people, and the groups and organisations they come in. */
const PEOPLE_WORDS = /^(?:members?|users?|groups?|organi[sz]ations?|orgs?|people|persons?|admins?|owners?|guests?|teammates?|seats?)$/;
/** What grants its members access to what it holds: a team, a workspace, an organisation, a repository. */
const ACCESS_HOLDERS = /^(?:teams?|workspaces?|organi[sz]ations?|orgs?|tenants?|repositor(?:y|ies)|repos?)$/;

/**
 * "removeTeamMembers", "remove_user_from_workspace", "delete_org_member": people taken out of a team, a workspace or an
 * organisation lose access to what it holds. Not contacts out of a segment or a list, which only unlinks.
 */
function revokesMembership(c: VerbContext): boolean {
  if (!TAKE_OUT_VERBS.has(c.verb) && c.verb !== 'revoke') return false;
  const at = c.words.findIndex((w) => w.lower === c.verb);
  const after = c.words.slice(at + 1).map((w) => w.lower);
  const from = after.findIndex((w) => w === 'from' || w === 'out');
  const object = from >= 0 ? after.slice(0, from) : after;
  const holders = from >= 0 ? after.slice(from + 1) : object.slice(0, -1);
  return object.some((w) => PEOPLE_WORDS.test(w)) && holders.some((w) => ACCESS_HOLDERS.test(w));
}

/** Verbs that take a control away: uninstalling, removing or deleting it. */
const TAKE_AWAY_VERBS: ReadonlySet<string> = new Set(['uninstall', 'remove', 'rm', 'delete', 'del']);
/** Security controls that protect a host or a service while in place: a malware scanner, an antivirus, a WAF, a firewall. */
const SECURITY_CONTROLS = /^(?:malware|antimalware|antivirus|anti|virus|waf|firewalls?|ids|intrusion|edr)$/;

/** "uninstall the malware scanner", "remove_antivirus", "delete_waf": the call turns a protection off, it deletes no data. */
function removesProtection(c: VerbContext): boolean {
  return TAKE_AWAY_VERBS.has(c.verb) && objectOrBefore(c).some((w) => SECURITY_CONTROLS.test(w) || PROTECTION_WORDS.test(w));
}
const MONEY_NOUNS: NounClass[] = ['money-data', 'money-movement', 'cost'];
/**
 * The object's head is a definition ("contact_properties", "contact_fields", "billing_schema"): the
 * read returns what such records look like, not any of them, so the modifier's sensitivity does not carry.
 */
const definesOnly = (c: VerbContext) => c.head.has('definition');
/** Words for an aggregate or for the job that moved records: "contact_count", "contact_import", "status and counts". */
const TALLY_OR_JOB_WORDS = /^(?:counts?|totals?|sizes?|imports?|exports?)$/;
/**
 * The read counts the records or reports on a job that moved them ("count_contacts", "get_contact_count",
 * "get_contact_import" that gets "the status and counts of a contact import"): a number or a job's status
 * comes back, not the people in it. Any word of the object, since the name's head and the description's may differ.
 */
const talliesOnly = (c: VerbContext) => c.verb === 'count' || objectOf(c).some((w) => TALLY_OR_JOB_WORDS.test(w));

export const VERB_RULES: readonly VerbRule[] = [
  // Taking a collaborator off a workspace or a repository revokes a person's access: nothing is deleted.
  {
    id: 'verb.revoke-collaborator',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Removing a collaborator from a workspace, a repository or a project: the person loses access, and no data is deleted; an access change at high, not a deletion.',
    implies: { category: 'Write', risk: 'high', capability: 'permissions' },
    applies: (c) => (TAKE_OUT_VERBS.has(c.verb) || c.verb === 'revoke') && /^collaborators?$/.test(objectHead(c)),
    then: { category: 'Write', risk: 'high', capability: 'permissions', effect: 'changes', idempotent: true, final: true },
    reason: 'it takes a person’s access away, and nothing is deleted',
    fires: { name: 'remove_collaborator' },
    quiet: { name: 'remove_file' },
  },
  // Deleting a firewall rule, an allow-list entry or a remote connection changes who can reach a system: nothing stored is lost.
  {
    id: 'verb.revoke-access-rule',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Deleting, removing or revoking an access rule (a firewall or ACL rule, an allow-list or IP entry, an ingress rule, ' +
      'a remote connection or remote access to a database), or taking machines, rules or tags out of a firewall ' +
      '("firewall-remove-droplets"): it changes who can reach the system, and no data is deleted; ' +
      'an access change at high, not a deletion.',
    implies: { category: 'Write', risk: 'high', capability: 'permissions' },
    applies: revokesAccessRule,
    then: { category: 'Write', risk: 'high', capability: 'permissions', effect: 'changes', idempotent: true, final: true },
    reason: 'it changes who can reach the system, and no data is deleted',
    fires: { name: 'delete_firewall_rule' },
    quiet: { name: 'delete_rule' },
  },
  // People taken out of a team, a workspace or an organisation lose access to what it holds.
  {
    id: 'verb.revoke-membership',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Removing members, users, groups or organisations from a team, a workspace, an organisation or a repository: they lose access ' +
      'to what it holds, and no data is deleted; an access change at high, not a deletion, nor the plain unlink of a contact from a segment or a list.',
    implies: { category: 'Write', risk: 'high', capability: 'permissions' },
    applies: revokesMembership,
    then: { category: 'Write', risk: 'high', capability: 'permissions', effect: 'changes', idempotent: true, final: true },
    reason: 'it takes people’s access away, and nothing is deleted',
    fires: { name: 'remove_team_members' },
    quiet: { name: 'remove_contact_from_segment' },
  },
  // Uninstalling a malware scanner or deleting a firewall turns a protection off: it is the unsafe direction, not a loss of data.
  {
    id: 'verb.remove-protection',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Uninstalling, removing or deleting a security control (a malware scanner, an antivirus, a WAF, a firewall, an intrusion ' +
      'detection agent, a protection or a lock): it turns a protection off, which opens a way of harming the host, and deletes no data.',
    implies: { category: 'Write', risk: 'high', capability: 'safety-toggle' },
    applies: removesProtection,
    then: { category: 'Write', risk: 'high', capability: 'safety-toggle', effect: 'removes', idempotent: true, final: true },
    reason: 'it turns a protection off, which opens a way of harming the thing',
    fires: { name: 'uninstall_malware_scanner' },
    quiet: { name: 'uninstall_package' },
  },
  // Taking servers out of a load balancer is no loss of data, but the traffic they served goes elsewhere or nowhere.
  {
    id: 'verb.take-out-of-rotation',
    on: ['Destructive', 'Write'],
    group: 'size',
    summary:
      'Removing, detaching or deregistering servers, instances or targets from a load balancer or a target group ' +
      '("lb-remove-droplets", "Remove Droplets from a Load Balancer", "deregister_instances_from_load_balancer"), or unlinking or ' +
      'removing a domain or a host name from a website, a web app, a CDN distribution or an ingress ("detach_domain_from_site"): ' +
      'the servers, the site and their data stay, but they stop taking traffic (on that name), and taking out the last ones takes ' +
      'the service down. A change at high, not a deletion.',
    implies: { category: 'Write', risk: 'high' },
    applies: takesOutOfRotation,
    then: { category: 'Write', risk: 'high', capability: null, effect: 'changes', idempotent: true, final: true },
    reason: 'it can take a running system offline',
    fires: { name: 'lb_remove_droplets' },
    quiet: { name: 'firewall_remove_droplets' },
  },
  // Taking out of a group is unlinking: the item lives on.
  {
    id: 'verb.take-out-of-group',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Removing, dropping or kicking something out of a group, a team, a segment, a list or a parent ("remove_contact_from_segment", "remove_member", "remove_subtask"): it ends a membership or a link, and the item itself still exists. Not out of a store ("remove_object_from_bucket").',
    implies: { category: 'Write', risk: 'medium' },
    applies: takesOutOfGroup,
    then: { category: 'Write', risk: 'medium', capability: null, effect: 'changes', idempotent: true, final: true },
    reason: 'it takes the item out of a group or a parent, and the item itself stays',
    fires: { name: 'remove_contact_from_segment' },
    quiet: { name: 'remove_object_from_bucket' },
  },
  // Session state holds no data: clearing it only changes what later calls default to.
  {
    id: 'verb.clear-session-state',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Clearing, resetting or unsetting the session’s own state (its context, working directory, selection or focus, a session setting): later calls lose a default, and no stored data is touched.',
    implies: { category: 'Write', risk: 'low' },
    applies: clearsSessionState,
    then: { category: 'Write', risk: 'low', capability: null, effect: 'changes', idempotent: true, final: true },
    reason: 'it only clears a setting of the session, and no data is touched',
    fires: { name: 'clear_working_dir' },
    quiet: { name: 'clear_dir' },
  },
  // Unsetting a default clears a flag: the profile, address or method it pointed at is kept.
  {
    id: 'verb.unset-designation',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Unsetting or clearing which item is the default, the primary or the preferred one ("unset_default_whois_profile", ' +
      '"clear_primary_email", "remove_as_default"): a flag is cleared and the item itself stays, so it is rated like setting the ' +
      'default, a change at medium, not a deletion. Not a reset of default values, nor the removal of a default item itself.',
    implies: { category: 'Write', risk: 'medium' },
    applies: clearsDesignation,
    then: { category: 'Write', risk: 'medium', capability: null, effect: 'changes', idempotent: true, final: true },
    reason: 'it only clears which item is the default, and the item itself stays',
    fires: { name: 'unset_default_profile' },
    quiet: { name: 'delete_default_profile' },
  },
  // A receive from a queue takes the messages: other consumers do not get them until a timeout, if ever.
  {
    id: 'verb.consume-from-queue',
    on: ['Read'],
    group: 'read',
    summary:
      'Receiving messages, jobs or tasks, or receiving from a queue ("receive_message", "receive_jobs_from_queue"): a queue hands ' +
      'what it delivers to one consumer and hides it from the others (for a visibility or lease timeout the caller may choose), ' +
      'and counts the delivery toward the dead-letter limit, so the call changes the queue; Write at medium, not a read. ' +
      'Not a read of received mail ("get_received_email"), nor a peek at a queue.',
    implies: { category: 'Write', risk: 'medium' },
    applies: consumesFromQueue,
    // A delivery acts on the queue and edits none of what it holds: no destructiveHint, and each call takes more.
    then: { category: 'Write', risk: 'medium', capability: null, effect: 'runs', idempotent: false, final: true },
    reason: 'it takes the messages off the queue for other consumers',
    fires: { name: 'receive_message' },
    quiet: { name: 'peek_messages' },
  },
  // Reads: what is read decides how sensitive the result is.
  {
    id: 'verb.read-secret-value',
    on: ['Read'],
    group: 'read',
    summary: 'A verb that hands back a value (get, read, fetch, show) acting on a secret, password, token or key.',
    implies: { risk: 'high', capability: 'credentials' },
    applies: (c) => c.nouns.has('secret') && c.entry.reveals === true,
    then: { atLeast: 'high', capability: 'credentials' },
    reason: 'the data it returns includes secrets or credentials',
    fires: { name: 'get_secret_value' },
    quiet: { name: 'get_queue_url' },
  },
  {
    id: 'verb.list-secrets',
    on: ['Read'],
    group: 'read',
    summary: 'A read that lists or searches where secrets, tokens or keys are kept, without returning their values.',
    implies: { risk: 'medium', capability: 'credentials' },
    applies: (c) => c.nouns.has('secret'),
    then: { atLeast: 'medium', capability: 'credentials' },
    reason: 'it lists where credentials are kept',
    fires: { name: 'list_secrets' },
    quiet: { name: 'list_queues' },
  },
  {
    id: 'verb.read-health-data',
    on: ['Read'],
    group: 'read',
    summary: 'A read of health records: patients, FHIR resources, DICOM images, clinical or genomic data.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    applies: (c) => c.nouns.has('health') && !definesOnly(c),
    then: { atLeast: 'medium', capability: 'sensitive-data' },
    reason: 'it returns health information about people',
    fires: { name: 'read_fhir_resource' },
    quiet: { name: 'read_resource' },
  },
  {
    id: 'verb.read-personal-data',
    on: ['Read'],
    group: 'read',
    summary:
      'A read of data about people: customers, contacts, e-mail addresses, phone numbers. Not a count of them ("count_contacts", ' +
      '"get_contact_count") nor the status of a job that imports or exports them ("get_contact_import"): a number comes back.',
    implies: { risk: 'medium', capability: 'sensitive-data' },
    applies: (c) => c.nouns.has('personal') && !definesOnly(c) && !talliesOnly(c),
    then: { atLeast: 'medium', capability: 'sensitive-data' },
    reason: 'it returns personal data',
    fires: { name: 'list_customers' },
    quiet: { name: 'list_regions' },
  },
  {
    id: 'verb.read-money-data',
    on: ['Read'],
    group: 'read',
    summary:
      'A read of an account’s money records (billing, invoices, budgets, payments, credits, reservations, spend): sensitive data, not a movement of money.',
    implies: { category: 'Read', risk: 'medium', capability: 'sensitive-data' },
    applies: (c) => has(c.nouns, ...MONEY_NOUNS) && c.entry.estimates !== true && !definesOnly(c),
    then: { atLeast: 'medium', capability: 'sensitive-data' },
    reason: 'billing and spend records are commercially sensitive',
    fires: { name: 'list_invoices' },
    quiet: { name: 'estimate_costs' },
  },
  {
    id: 'verb.read-logs',
    on: ['Read'],
    group: 'read',
    summary: 'A read of logs, which carry whatever was logged: tokens, personal data, internal addresses.',
    implies: { risk: 'medium' },
    applies: (c) => c.nouns.has('logs') && !definesOnly(c),
    then: { atLeast: 'medium' },
    reason: 'logs carry whatever was logged, including tokens and personal data',
    fires: { name: 'get_pod_logs' },
    quiet: { name: 'get_pod_status' },
  },
  // Verbs whose object decides whether they compute or change something.
  {
    id: 'verb.format-disk',
    on: ['Read'],
    group: 'object',
    summary: '"format" or "convert" acting on a disk, volume or partition: formatting wipes what is on it.',
    implies: { category: 'Destructive', risk: 'high', capability: 'destruction' },
    applies: (c) => (c.verb === 'format' || c.verb === 'convert') && c.target.has('disk'),
    then: { category: 'Destructive', risk: 'high', capability: 'destruction', effect: 'removes', idempotent: true },
    reason: 'formatting a disk erases everything on it',
    fires: { name: 'format_volume' },
    quiet: { name: 'format_timestamp' },
  },
  {
    id: 'verb.convert-stored',
    on: ['Read'],
    group: 'object',
    summary:
      '"convert", "format", "sort" or "generate" acting on a stored file, table, sheet, collection or document, which it rewrites in place or saves anew.',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) =>
      c.entry.objectDecides === true &&
      !['test', 'resolve'].includes(c.verb) &&
      has(c.target, 'store-object', 'container', 'generic') &&
      !c.target.has('identifier'),
    then: { category: 'Write', risk: 'medium', effect: 'changes' },
    reason: 'it rewrites stored data rather than just computing a result',
    fires: { name: 'convert_table_to_iceberg' },
    quiet: { name: 'convert_units' },
  },
  {
    id: 'verb.test-runnable',
    on: ['Read'],
    group: 'object',
    summary: '"test" acting on something that runs (a workflow, a function, a state machine, a pipeline): testing it runs it.',
    implies: { category: 'Execute', risk: 'medium' },
    applies: (c) => c.verb === 'test' && c.target.has('runnable'),
    then: { category: 'Execute', risk: 'medium', effect: 'runs', idempotent: false },
    reason: 'testing a workflow or function runs it, with its side effects',
    fires: { name: 'test_state_machine' },
    quiet: { name: 'test_connection' },
  },
  {
    id: 'verb.resolve-change',
    on: ['Read'],
    group: 'object',
    summary:
      '"resolve" acting on something other than a name, an id or an address (an issue, a conflict, a ticket, a support case, ' +
      'an incident): it changes its state.',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) => c.verb === 'resolve' && !c.target.has('identifier') && (c.target.size > 0 || TRACKED_WORDS.test(objectHead(c))),
    then: { category: 'Write', risk: 'medium', effect: 'changes', idempotent: true },
    reason: 'resolving an issue or a conflict changes its state',
    fires: { name: 'resolve_ticket' },
    quiet: { name: 'resolve_library_id' },
  },
  {
    id: 'verb.close-session',
    on: ['Write', 'Destructive'],
    group: 'session',
    summary:
      'Closing, ending or revoking the tool’s own connection, session or presence ("Remove agent presence from the editor"): ' +
      'nothing changes in the systems behind it.',
    implies: { category: 'Read', risk: 'low' },
    // Taking out a connection or a session may delete a stored one (a saved connection); taking out the agent's presence deletes nothing.
    applies: (c) =>
      c.head.has('session') &&
      (['close', 'end', 'revoke', 'disconnect'].includes(c.verb) ||
        (TAKE_OUT_VERBS.has(c.verb) && c.words.some((w) => PRESENCE_WORD.test(w.lower)))),
    then: { category: 'Read', risk: 'low', effect: 'none', idempotent: true },
    reason: 'it only closes its own connection',
    fires: { name: 'close_connection' },
    quiet: { name: 'close_issue' },
  },
  {
    id: 'verb.pick-view',
    on: ['Execute', 'Write'],
    group: 'object',
    summary:
      'Selecting, switching to or focusing a page, a tab, a window or a frame: it only picks which one later calls address, session state of the tool; acting inside the page (click, type, select an option) stays Execute.',
    implies: { category: 'Read', risk: 'low' },
    applies: (c) => VIEW_PICKS.has(c.verb) && VIEW_WORDS.test(objectHead(c)),
    then: { category: 'Read', risk: 'low', capability: null, effect: 'none', idempotent: true },
    reason: 'it only picks which page or tab later calls address',
    fires: { name: 'select_page' },
    quiet: { name: 'select_option' },
  },
  {
    id: 'verb.take-copy',
    on: ['Read'],
    group: 'object',
    summary: '"take" a snapshot or a backup of something outside a browser: it creates a copy that is stored (and billed).',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) => c.verb === 'take' && has(c.head, 'copy') && !c.nouns.has('browser'),
    then: { category: 'Write', risk: 'medium', effect: 'adds', idempotent: false },
    reason: 'it stores a new copy',
    fires: { name: 'take_volume_snapshot' },
    quiet: { name: 'take_screenshot' },
  },
  {
    id: 'verb.sign-off',
    on: ['Write'],
    group: 'access',
    summary:
      'Approving, accepting or submitting something a second person is meant to sign off (a merge or pull request, a deployment, an access request, dispute evidence): an agent that does it defeats the review, and a submission is final.',
    implies: { risk: 'high' },
    applies: (c) => ['approve', 'accept', 'submit', 'authorize'].includes(c.verb) && c.head.has('gated'),
    then: { atLeast: 'high' },
    reason: 'it signs off what a second person is meant to review',
    fires: { name: 'approve_merge_request' },
    quiet: { name: 'create_merge_request' },
  },
  // Changes: who may do what, health records, availability, money.
  {
    id: 'verb.relabel-only',
    on: ['Write'],
    group: 'access',
    summary:
      'Renaming something, or an edit whose arguments are only which thing and its new name, title, label, description or tags ' +
      '("update_api_key(id, name)", "Rename a role"): whatever the thing is (a key, a role, a firewall), a new name changes ' +
      'no access and passes no secret, so it is no access change.',
    implies: { risk: 'at most medium' },
    applies: relabels,
    then: { atMost: 'medium', capability: null, effect: 'changes' },
    reason: 'it only renames or relabels the thing, which changes no access and passes no secret',
    fires: { name: 'rename_role' },
    quiet: { name: 'update_role', parameters: { role_id: 'string', policy_document: 'string' } },
  },
  {
    id: 'verb.authorize-no-grant',
    on: ['Write'],
    group: 'access',
    summary:
      'Authorising or re-authorising something that is not an identity, a role, a permission or a security setting (a subscription, a webhook, an index, a connection): it renews or confirms access the thing already has, or starts a sign-in, and grants nobody anything new.',
    implies: { risk: 'medium' },
    applies: (c) => c.entry.does === 'authorises' && !has(c.nouns, 'iam', 'security', 'secret') && !grantsPermissions(c.words),
    then: { risk: 'medium', capability: null },
    reason: 'what it authorises is no principal or permission, so it grants nothing new',
    fires: { name: 'reauthorize_subscription' },
    quiet: { name: 'authorize_user' },
  },
  {
    id: 'verb.turn-off-protection',
    on: ['Write'],
    group: 'access',
    summary:
      'Disabling or deactivating a protection, a lock or a security control (a firewall, encryption, MFA, privacy or deletion ' +
      'protection, a domain lock): the unsafe direction, it opens a way of harming the thing, so it is high whatever the verb alone says.',
    implies: { risk: 'high', capability: 'safety-toggle' },
    applies: (c) => TURN_OFF_VERBS.has(c.verb) && (c.words.some((w) => PROTECTION_WORDS.test(w.lower)) || c.nouns.has('security')),
    then: { atLeast: 'high', capability: 'safety-toggle' },
    reason: 'it turns a protection off, which opens a way of harming the thing',
    fires: { name: 'deactivate_firewall' },
    quiet: { name: 'deactivate_plugin' },
  },
  {
    id: 'verb.turn-on-protection',
    on: ['Write'],
    group: 'access',
    summary:
      'Enabling or activating a protection or a lock (privacy protection, deletion or termination protection, a domain or transfer lock): the safe direction, it takes a way of harming the thing away and grants nobody anything. Disabling one stays high.',
    implies: { risk: 'medium' },
    applies: (c) => TURN_ON_VERBS.has(c.verb) && c.words.some((w) => PROTECTION_WORDS.test(w.lower)),
    then: { atMost: 'medium', capability: null },
    reason: 'it turns a protection on, which takes a way of harming the thing away',
    fires: { name: 'enable_privacy_protection' },
    quiet: { name: 'disable_privacy_protection' },
  },
  {
    id: 'verb.grant-permissions',
    on: ['Write'],
    group: 'access',
    summary: 'A verb that hands out access (attach, put, add, grant, allow, assign) acting on permissions or an identity’s policy.',
    implies: { risk: 'critical', capability: 'permissions' },
    applies: (c) => (c.entry.grants === true || c.entry.capability === 'permissions') && grantsPermissions(c.words),
    then: { risk: 'critical', capability: 'permissions' },
    reason: 'it changes who may do what, so one call can grant broad permissions',
    fires: { name: 'attach_role_policy' },
    quiet: { name: 'attach_volume' },
  },
  // A key a service makes is a credential: whoever holds the returned secret (or the private half) gets in.
  {
    id: 'verb.issue-key',
    on: ['Write'],
    group: 'access',
    summary:
      'Creating, adding or issuing a key or a key pair ("spaces-key-create", "create_key", "keypair_create"): a service ' +
      'makes keys to grant access (an access key and its secret, an SSH or signing key), so the call mints a credential; ' +
      'high, with approval. Not a key of a record or a table (a primary, partition or sort key), nor a key pressed on a keyboard.',
    implies: { risk: 'high', capability: 'credentials' },
    applies: issuesKey,
    then: { atLeast: 'high', capability: 'credentials' },
    reason: 'it creates a credential that grants access to whoever holds it',
    fires: { name: 'spaces_key_create' },
    quiet: { name: 'create_partition_key' },
  },
  {
    id: 'verb.change-access',
    on: ['Write'],
    group: 'access',
    summary: 'A change to identities, roles, credentials or security settings (encryption keys, firewalls, certificates).',
    implies: { risk: 'high', capability: 'permissions' },
    applies: (c) => has(c.nouns, 'iam', 'security', 'secret') || c.entry.capability === 'permissions',
    then: { atLeast: 'high', capability: 'permissions' },
    reason: 'it changes identities, credentials, permissions or security settings',
    fires: { name: 'create_user' },
    quiet: { name: 'create_queue' },
  },
  {
    id: 'verb.change-health-records',
    on: ['Write'],
    group: 'people',
    summary: 'A change to health records about people.',
    implies: { risk: 'high', capability: 'sensitive-data' },
    applies: (c) => c.nouns.has('health'),
    then: { atLeast: 'high', capability: 'sensitive-data' },
    reason: 'it changes health records about people',
    fires: { name: 'update_patient_record' },
    quiet: { name: 'update_record' },
  },
  {
    id: 'verb.take-offline',
    on: ['Write', 'Execute'],
    summary:
      'A verb that takes a system offline (stop, reboot, restart, fail over, upgrade) acting on a cluster, database, instance, ' +
      'server, virtual machine or other running system (or the machines a tag picks out, "power_off_droplets_tag"), or on a property of one it replaces in place (its major version, kernel or engine); ' +
      'or a start of a recovery, rescue or maintenance mode or image, which boots the machine out of its own system.',
    implies: { risk: 'high' },
    // An outage verb proper (restart, reboot, promote, fail over, shut down) takes down whatever running
    // system its object names, even as a modifier ("nodes of a node type", "managedcluster_nodetype").
    // "upgrade_db_cluster_major_version": the cluster restarts on its new version, and there is no way back.
    applies: (c) =>
      ((c.entry.starts === true || MODE_SWITCHES.has(c.verb)) && entersOutageMode(c)) ||
      (c.entry.takesOffline === true &&
        !turnsOn(c) &&
        (has(c.head, 'container', 'paid-capacity') ||
          MACHINE_WORDS.test(machineHead(c)) ||
          (c.entry.category === 'Execute' && has(c.target, 'container', 'paid-capacity')) ||
          (has(c.nouns, 'container', 'paid-capacity') && SYSTEM_PROPERTIES.test(objectHead(c))))),
    then: { atLeast: 'high' },
    reason: 'it can take a running system offline',
    fires: { name: 'stop_db_cluster' },
    quiet: { name: 'stop_scan' },
  },
  {
    id: 'verb.run-deployment',
    on: ['Execute'],
    summary:
      'Running, triggering or starting a deployment, a rollback, a release or a rollout (run_rollback_pipeline, trigger_release, start_deployment): it changes what runs in production, like a deploy.',
    implies: { capability: 'build-deploy' },
    applies: (c) => c.entry.starts === true && c.words.some((w) => DEPLOYMENT_WORDS.test(w.lower)),
    then: { capability: 'build-deploy' },
    reason: 'it deploys or rolls back what runs in production',
    fires: { name: 'run_rollback_pipeline' },
    quiet: { name: 'run_test_pipeline' },
  },
  {
    id: 'verb.promote-change',
    on: ['Execute'],
    summary:
      'Promoting a change, a work item, a build or a version (not a running system such as a replica or a broker, nor a person): ' +
      'it moves the change to the next stage of a pipeline, towards production, like a deploy.',
    implies: { capability: 'build-deploy' },
    applies: (c) =>
      c.verb === 'promote' &&
      objectOf(c).length > 0 &&
      !has(c.target, 'container', 'paid-capacity', 'iam', 'personal') &&
      !MACHINE_WORDS.test(objectHead(c)) &&
      !MEMBER_WORDS.test(objectHead(c)),
    then: { capability: 'build-deploy' },
    reason: 'it moves a change to the next stage of a pipeline, towards production',
    fires: { name: 'promote_work_item' },
    quiet: { name: 'promote_read_replica' },
  },
  {
    id: 'verb.provision-capacity',
    on: ['Write', 'Execute'],
    group: 'commits',
    summary:
      'Creating, launching, scaling, resizing or modifying capacity that is billed while it exists (clusters, instances, nodes, GPUs, replication groups, caches): the call can commit spending, since modifying such capacity can change its size and type. Not an update whose schema lists every argument and none sizes anything (name, tags, maintenance window, auto-upgrade).',
    implies: { category: 'Financial', risk: 'high', capability: 'spending' },
    // A free cluster or free-tier instance bills nothing ("create_free_cluster").
    applies: (c) =>
      (c.entry.provisions === true || (c.entry.resizes === true && c.unsized !== true)) &&
      c.head.has('paid-capacity') &&
      !c.target.has('reads') &&
      !c.words.some((w) => w.lower === 'free'),
    then: { category: 'Financial', risk: 'high', capability: 'spending' },
    reason: 'it starts paid capacity that bills until someone removes it',
    fires: { name: 'create_cache_cluster' },
    quiet: { name: 'create_cache_key' },
  },
  {
    id: 'verb.move-money',
    on: ['Write', 'Execute', 'Destructive'],
    group: 'commits',
    summary:
      'Creating, sending, transferring, cancelling or refunding a payment, payout, transfer, charge, transaction or invoice (the head of the object, or an item of one): the call moves money. A payment link, a payment method or a payment page is not a payment.',
    implies: { category: 'Financial', risk: 'critical', capability: 'money' },
    applies: (c) => c.head.has('money-movement') || (c.target.has('money-movement') && c.head.has('item')),
    then: { category: 'Financial', risk: 'critical', capability: 'money', effect: 'runs', idempotent: false },
    reason: 'it moves money, which is hard to get back',
    fires: { name: 'create_payment' },
    quiet: { name: 'create_payment_link' },
  },
  {
    id: 'verb.checkout-cart',
    on: ['Write'],
    group: 'commits',
    summary: 'Checking out or placing an order of a cart or basket: the call pays.',
    implies: { category: 'Financial', risk: 'critical', capability: 'money' },
    applies: (c) => ['checkout', 'submit', 'place', 'confirm', 'complete'].includes(c.verb) && c.target.has('cart'),
    then: { category: 'Financial', risk: 'critical', capability: 'money', effect: 'runs', idempotent: false },
    reason: 'checking out an order pays for it',
    fires: { name: 'checkout_cart' },
    quiet: { name: 'checkout_branch' },
  },
  {
    id: 'verb.change-billing-settings',
    on: ['Write'],
    group: 'commits',
    summary: 'A change to billing settings, budgets or cost records: no money moves, but spending controls change.',
    implies: { risk: 'medium', capability: 'money' },
    applies: (c) => has(c.nouns, 'money-data', 'cost'),
    then: { atLeast: 'medium', capability: 'money' },
    reason: 'it changes how spending is tracked or capped',
    fires: { name: 'update_budget' },
    quiet: { name: 'update_bucket' },
  },
  {
    id: 'verb.reinstall-credential',
    on: ['Execute'],
    group: 'object',
    summary:
      'Reinstalling a certificate, an SSL/TLS setup, a key or a licence: no software runs, but the credential in use is replaced (the old one revoked or removed), so the call is a high-risk change of credentials that overwrites, not a package install.',
    implies: { category: 'Write', risk: 'high', capability: 'credentials' },
    applies: (c) => installsCredential(c) && c.words.some((w) => /^reinstall/.test(w.lower)),
    then: { category: 'Write', risk: 'high', capability: 'credentials', effect: 'changes', idempotent: true },
    reason: 'it replaces the certificate or key in use, and what relied on the old one stops working',
    fires: { name: 'reinstall_website_ssl' },
    quiet: { name: 'reinstall_package' },
  },
  {
    id: 'verb.install-credential',
    on: ['Execute'],
    group: 'object',
    summary:
      'Installing a certificate, an SSL/TLS setup, a key or a licence: no software runs; it puts a credential in place that clients will trust, a high-risk change of credentials, not a package install.',
    implies: { category: 'Write', risk: 'high', capability: 'credentials' },
    applies: installsCredential,
    then: { category: 'Write', risk: 'high', capability: 'credentials', effect: 'adds', idempotent: true },
    reason: 'it puts a certificate or key in place that clients will trust',
    fires: { name: 'install_ssl_certificate' },
    quiet: { name: 'install_package' },
  },
  {
    id: 'verb.push-message',
    on: ['Execute'],
    group: 'object',
    summary: '"push" acting on a message, a notification or a text: it delivers it to people (a push message), it deploys nothing.',
    implies: { category: 'Write', risk: 'medium', capability: 'outbound-message' },
    applies: (c) => c.verb === 'push' && c.head.has('message'),
    then: { category: 'Write', risk: 'medium', capability: 'outbound-message', effect: 'adds', idempotent: false },
    reason: 'a delivered message cannot be called back',
    fires: { name: 'push_text_message' },
    quiet: { name: 'push_image' },
  },
  {
    id: 'verb.send-to-audience',
    on: ['Write', 'Execute'],
    group: 'object',
    summary:
      'Sending, publishing or scheduling a broadcast, a campaign, a newsletter or a mailing: it goes to the whole segment, list or audience it was made for, with no recipient argument to check, and none of it can be called back. High, like a send to addresses the agent names. Not a test send.',
    implies: { category: 'Write', risk: 'high', capability: 'outbound-message' },
    applies: sendsToAudience,
    then: { category: 'Write', risk: 'high', capability: 'outbound-message', effect: 'adds', idempotent: false },
    reason: 'it reaches the whole audience the message was made for, and none of it can be called back',
    fires: { name: 'send_broadcast' },
    quiet: { name: 'send_campaign_test' },
  },
  {
    id: 'verb.publish-no-message',
    on: ['Write'],
    group: 'object',
    summary:
      '"publish" acting on something other than a message, an event, a topic or a notification (documentation, a version, a package, a page): it makes it available, it delivers nothing to anyone. The head of the object decides: an email template is a template.',
    implies: { category: 'Write' },
    // "publish_batch" names no object: what SNS publishes in a batch is messages ("publish_message_batch" too). The
    // head decides, not a modifier: "publish_email_template" publishes a template, which delivers nothing by itself.
    applies: (c) =>
      c.verb === 'publish' &&
      objectOf(c).some((w) => !NOUNS.get(w)?.includes('bulk')) &&
      !c.head.has('message') &&
      !(c.head.has('bulk') && c.target.has('message')) &&
      !c.words.some((w, i) => DELIVERED_WORDS.test(w.lower) && !modifiesNoun(c.words, i)),
    then: { capability: null },
    reason: 'what it publishes is made available, not sent to anyone',
    fires: { name: 'publish_documentation' },
    quiet: { name: 'publish_message' },
  },
  {
    id: 'verb.send-data',
    on: ['Write'],
    group: 'object',
    summary:
      '"send" or "post" acting on data values (metrics, measurements, readings, data points, property values, telemetry) that a service stores, or on findings, results or an analysis with no recipient ("send brownfield analysis findings" back to the session): it writes data, it reaches no person. Not "send the results to the user", nor a report, which is written for people.',
    implies: { category: 'Write' },
    applies: (c) =>
      (c.verb === 'send' || c.verb === 'post') &&
      (c.words.some((w) => DATA_VALUE_WORDS.test(w.lower)) ||
        (c.words.some((w) => SUBMITTED_WORK_WORDS.test(w.lower)) && !c.words.some((w) => w.lower === 'to'))) &&
      !c.target.has('message') &&
      !c.words.some((w) => DELIVERED_WORDS.test(w.lower)),
    then: { capability: null },
    reason: 'what it sends is data for a service to store, not a message to anyone',
    fires: { name: 'send_metric_data', description: 'Send metric values to the monitoring service for ingestion.' },
    quiet: { name: 'send_message', description: 'Send a message to a channel.' },
  },
  // A mail forward is a standing delivery: every future message of the mailbox goes to an address the agent picks.
  {
    id: 'verb.set-up-mail-forward',
    on: ['Write'],
    group: 'object',
    summary:
      'Creating, adding, setting or enabling a mail forwarder, mail forwarding or an auto-forward ("mail_create_forwarder", ' +
      '"set_email_forwarding", "enable_auto_forward" on a mailbox): every message that arrives from then on is also delivered to ' +
      'the address the call names, a standing way of carrying mail out, so it is held for approval like a send to anyone. ' +
      'Not a port forward, a domain’s URL forwarding, a single forwarded message or a change to a forwarder’s keep-copy setting.',
    implies: { category: 'Write', risk: 'high', capability: 'outbound-message' },
    applies: setsUpMailForward,
    then: { category: 'Write', risk: 'high', capability: 'outbound-message', effect: 'adds', idempotent: false },
    reason: 'from then on every message of the mailbox also goes to the address it names',
    fires: { name: 'mail_create_forwarder' },
    quiet: { name: 'domains_create_domain_forwarding' },
  },
  {
    id: 'verb.forward-port',
    on: ['Write'],
    group: 'object',
    summary: '"forward" acting on a port or traffic: it opens a tunnel to a network address, it delivers no message to people.',
    implies: { category: 'Write', risk: 'medium', capability: 'network-target' },
    applies: (c) => c.verb === 'forward' && c.words.some((w) => /^(?:ports?|traffic)$/.test(w.lower)),
    then: { category: 'Write', risk: 'medium', capability: 'network-target', effect: 'adds', idempotent: false },
    reason: 'it opens a tunnel to a network address',
    fires: { name: 'forward_port' },
    quiet: { name: 'forward_email' },
  },
  {
    id: 'verb.create-model-answer',
    on: ['Write'],
    summary:
      'Creating an embedding or a completion (OpenAI\'s "create embedding", "chat completions create"): the call asks a model ' +
      'and returns its answer, and stores nothing, so it reads.',
    implies: { category: 'Read', risk: 'low' },
    applies: (c) =>
      c.entry.provisions === true &&
      MODEL_ANSWERS.has(objectOrBefore(c).at(-1) ?? '') &&
      !has(c.target, 'container', 'paid-capacity', 'runnable', 'gated', 'store-object'),
    then: { category: 'Read', risk: 'low', capability: null, effect: 'none', idempotent: false, final: true },
    reason: 'it asks a model and returns the answer, storing nothing',
    fires: { name: 'openai_embeddings-create' },
    quiet: { name: 'create_completion_report' },
  },
  // Execution.
  {
    id: 'verb.submit-work',
    on: ['Write'],
    group: 'commits',
    summary:
      'Adding, submitting or creating work that runs once submitted (steps, jobs, tasks, runs): submitting it runs it, with whatever the work does.',
    implies: { category: 'Execute', risk: 'high' },
    applies: (c) => c.entry.effect === 'adds' && c.entry.capability === undefined && c.head.has('work') && !c.target.has('reads'),
    then: { category: 'Execute', risk: 'high', effect: 'runs', idempotent: false },
    reason: 'submitted work runs with whatever it contains',
    fires: { name: 'add_job_flow_steps' },
    quiet: { name: 'add_tags' },
  },
  {
    id: 'verb.start-deletion-job',
    on: ['Execute'],
    group: 'start',
    summary:
      'Starting, running or triggering a job whose work is deleting (a garbage collection, a cleanup, a purge, a prune, an expunge): ' +
      'what the job removes does not come back, so it is a deletion, not bounded work.',
    implies: { category: 'Destructive', risk: 'high', capability: 'destruction' },
    applies: (c) => c.entry.starts === true && objectOrBefore(c).some((w) => DELETION_JOBS.test(w)),
    then: { category: 'Destructive', risk: 'high', capability: 'destruction', effect: 'removes', idempotent: false },
    reason: 'the job it starts deletes what it finds unused, and that does not come back',
    fires: { name: 'start_garbage_collection' },
    quiet: { name: 'start_collection_import' },
  },
  {
    id: 'verb.start-change-event',
    on: ['Execute'],
    group: 'start',
    summary:
      'Triggering or starting a change that replaces what was there (an ownership transfer, a key rotation, an activation), ' +
      'not code, a job or data moved between stores: it changes state in place, so it is a non-additive write, not a run.',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) =>
      c.entry.starts === true &&
      objectOrBefore(c).some((w) => CHANGE_EVENTS.has(w)) &&
      !has(c.target, 'runnable', 'work', 'paid-capacity', 'store-object', 'money-movement', 'content'),
    then: { category: 'Write', risk: 'medium', capability: null, effect: 'changes', idempotent: false },
    reason: 'what it starts replaces what was there (an owner, a key)',
    fires: { name: 'trigger_ownership_transfer' },
    quiet: { name: 'start_file_transfer' },
  },
  {
    id: 'verb.start-computation',
    on: ['Execute'],
    group: 'start',
    summary:
      'Starting or scheduling the computation of a result to read (a recommendation, an estimate, a report, an analysis): it changes nothing but the result.',
    implies: { category: 'Read', risk: 'low' },
    applies: (c) => c.entry.starts === true && c.head.has('computed') && !has(c.target, 'container', 'paid-capacity', 'work'),
    then: { category: 'Read', risk: 'low', effect: 'none', idempotent: true },
    reason: 'what it starts computes a result to read',
    fires: { name: 'start_recommendation_generation' },
    quiet: { name: 'start_import_job' },
  },
  {
    id: 'verb.switch-schedule',
    on: ['Execute', 'Write'],
    group: 'start',
    summary:
      'Starting, stopping or scheduling a schedule, a trigger, a rule or an alarm: it turns something on or off rather than running work now.',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) => (c.entry.starts === true || c.entry.takesOffline === true) && c.head.has('switchable'),
    then: { category: 'Write', risk: 'medium', effect: 'changes', idempotent: true },
    reason: 'it turns a schedule or trigger on or off',
    fires: { name: 'start_crawler_schedule' },
    quiet: { name: 'start_crawler' },
  },
  {
    id: 'verb.start-bounded-check',
    on: ['Execute'],
    group: 'start',
    summary:
      'Starting, running or scheduling a report, scan or check (not a cluster, a store or a deployment): the work is bounded by design.',
    implies: { risk: 'medium' },
    applies: (c) =>
      c.entry.starts === true &&
      c.target.has('reads') &&
      !has(c.target, 'container', 'paid-capacity', 'runnable') &&
      c.entry.capability === undefined,
    then: { risk: 'medium' },
    reason: 'what it starts is an analysis or a check, bounded by design',
    fires: { name: 'start_security_scan' },
    quiet: { name: 'start_workflow_run' },
  },
  {
    id: 'verb.start-bounded-work',
    on: ['Execute'],
    group: 'start',
    summary:
      'Starting, triggering, launching or replaying work that ends by itself and whose reach is fixed (a recording, a trace, a detection pass, one event’s delivery, an installed app), not code, a pipeline or paid capacity: medium, not high.',
    implies: { risk: 'medium' },
    applies: (c) =>
      c.entry.starts === true &&
      c.entry.runsStatements !== true &&
      c.entry.capability === undefined &&
      c.target.has('bounded-run') &&
      !has(c.target, 'runnable', 'work', 'paid-capacity', 'generic', 'registry', 'gated'),
    then: { risk: 'medium' },
    reason: 'what it starts has a fixed reach, not code or capacity the agent picks',
    fires: { name: 'replay_webhook_event' },
    quiet: { name: 'trigger_workflow' },
  },
  // Destruction: what is destroyed, and how much of it.
  {
    id: 'verb.stop-process',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Terminating, killing, aborting or quitting a running app, application, process or program: it stops running and can be started again; nothing stored is lost.',
    implies: { category: 'Execute', risk: 'medium' },
    applies: (c) => STOP_VERBS.has(c.verb) && c.head.has('process'),
    then: { category: 'Execute', risk: 'medium', capability: null, effect: 'changes', idempotent: true },
    reason: 'it stops a running program, which can be started again',
    fires: { name: 'terminate_app' },
    quiet: { name: 'terminate_instances' },
  },
  {
    id: 'verb.flush-regenerable',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Flushing, purging, clearing or deleting a cache or a buffer (not a cache cluster or a serverless cache, which are paid stores): what it holds is rebuilt from the source, so nothing is lost.',
    implies: { category: 'Write', risk: 'medium' },
    applies: (c) => c.head.has('regenerable') && !has(c.head, 'container', 'paid-capacity'),
    then: { category: 'Write', risk: 'medium', capability: null, effect: 'changes', idempotent: true },
    reason: 'a cache refills from its source',
    fires: { name: 'flush_cdn_cache' },
    quiet: { name: 'delete_serverless_cache' },
  },
  {
    id: 'verb.drop-derived-index',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Dropping or deleting an index (a database index, a secondary or search index on a table or collection): it is derived from the data and can be built again, so it is no whole store, and is held at high. Not an index that holds the documents themselves (a vector, Elasticsearch, OpenSearch or Pinecone index).',
    implies: { risk: 'high' },
    applies: (c) => c.head.has('container') && INDEX_WORD.test(objectHead(c)) && !c.words.some((w) => DATA_INDEX_WORDS.has(w.lower)),
    then: { risk: 'high' },
    reason: 'an index is derived from the data and can be built again',
    fires: { name: 'drop_index' },
    quiet: { name: 'delete_vector_index' },
  },
  {
    id: 'verb.destroy-store',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Destroying a whole store or environment (a database, cluster, bucket, table, repository, workspace), with everything inside it. Not an alias or binding of one ("parked_domain", "custom_domain", "linked_account"), nor an uninstall, which removes one installed copy from a host.',
    implies: { risk: 'critical' },
    applies: (c) => c.head.has('container') && c.verb !== 'uninstall',
    then: { risk: 'critical' },
    reason: 'it acts on a whole store or environment, with everything inside it',
    fires: { name: 'delete_database' },
    quiet: { name: 'delete_custom_domain' },
  },
  {
    id: 'verb.remove-marker',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Removing a mark a person set on something (a reaction, an emoji, a star, a like, a bookmark, a vote), which they can set again in one click.',
    implies: { risk: 'low' },
    applies: (c) => c.head.has('marker') && c.entry.capability !== 'bulk',
    then: { atMost: 'low' },
    reason: 'each call removes a mark that can be set again',
    fires: { name: 'delete_issue_emoji_reaction' },
    quiet: { name: 'delete_issue_comment' },
  },
  {
    id: 'verb.reset-set',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Resetting a set of small items to its defaults ("reset_dns_records", "reset DNS zone to the default records"): every item added since goes at once, so it is no single small item.',
    implies: { risk: 'high', capability: 'bulk' },
    applies: (c) => RESET_VERBS.has(c.verb) && (c.head.has('item') || c.head.has('reference')) && actsOnMany(c),
    then: { atLeast: 'high', capability: 'bulk' },
    reason: 'it puts the whole set back to its defaults, so everything added to it goes',
    fires: { name: 'reset_dns_records' },
    quiet: { name: 'reset_dns_record' },
  },
  {
    id: 'verb.remove-items',
    on: ['Destructive'],
    group: 'size',
    summary:
      'Removing small items (messages, tags, records, entries) several or a batch at a time ("delete_records", "batch_delete_instrumentations"): each item is small, but one call removes as many as it is given or as match.',
    implies: { risk: 'at most medium' },
    applies: (c) =>
      (c.head.has('item') || c.head.has('reference')) && !c.head.has('generic') && c.entry.capability !== 'bulk' && actsOnMany(c),
    then: { atMost: 'medium' },
    reason: 'the items are small, but one call removes as many as it is given or as match',
    fires: { name: 'delete_records' },
    quiet: { name: 'delete_record' },
  },
  {
    id: 'verb.remove-item',
    on: ['Destructive'],
    group: 'size',
    summary: 'Removing one small item (a message, a tag, a key, a comment, a schedule) or a link to something kept elsewhere.',
    implies: { risk: 'at most medium' },
    applies: (c) => (c.head.has('item') || c.head.has('reference')) && !c.head.has('generic') && c.entry.capability !== 'bulk',
    then: { atMost: 'medium' },
    reason: 'each call removes a single small item',
    fires: { name: 'delete_tag' },
    quiet: { name: 'delete_user' },
  },
  {
    id: 'verb.destroy-health-data',
    on: ['Destructive'],
    group: 'whose',
    summary: 'Destroying health records: one level up, at least high.',
    implies: { risk: 'one level up' },
    applies: (c) => c.nouns.has('health'),
    then: { atLeast: 'medium', raise: true },
    reason: 'the data is health information about people',
    fires: { name: 'delete_patient' },
    quiet: { name: 'delete_image' },
  },
  {
    id: 'verb.destroy-personal-data',
    on: ['Destructive'],
    group: 'whose',
    summary:
      'Destroying data about people (a contact, a customer, a profile): at least high, but not raised further for one record; many at once is raised by the bulk rules.',
    implies: { risk: 'high' },
    applies: (c) => c.nouns.has('personal'),
    then: { atLeast: 'high' },
    reason: 'the data is about people',
    fires: { name: 'delete_contact' },
    quiet: { name: 'delete_image' },
  },
  {
    id: 'verb.remove-access',
    on: ['Destructive'],
    group: 'whose',
    summary: 'Removing identities, credentials or permissions, which can lock people and systems out.',
    implies: { risk: 'high' },
    applies: (c) => has(c.nouns, 'secret', 'iam'),
    then: { atLeast: 'high' },
    reason: 'it removes identities, credentials or permissions',
    fires: { name: 'delete_role' },
    quiet: { name: 'delete_tag' },
  },
  {
    id: 'verb.destroy-in-bulk',
    on: ['Destructive'],
    summary: 'Destroying many things in one call (purge, flush, truncate, wipe, or a name that says batch, bulk or all): one level up.',
    implies: { risk: 'one level up', capability: 'bulk' },
    applies: (c) => (c.nouns.has('bulk') || c.entry.capability === 'bulk') && !c.head.has('regenerable'),
    then: { raise: true, capability: 'bulk' },
    reason: 'it works on many items at once',
    fires: { name: 'purge_queue' },
    quiet: { name: 'delete_queue' },
  },
  {
    id: 'verb.analyse-purchases',
    on: ['Financial'],
    summary:
      'A purchase verb whose object is something to read (a purchase report, an analysis): it analyses purchases rather than making them.',
    implies: { category: 'Read', risk: 'medium', capability: 'sensitive-data' },
    applies: (c) => c.target.has('reads'),
    then: { category: 'Read', risk: 'medium', capability: 'sensitive-data', effect: 'none', idempotent: true },
    reason: 'it analyses purchases rather than making them',
    fires: { name: 'purchase_analyzer' },
    quiet: { name: 'purchase_savings_plan' },
  },
];
