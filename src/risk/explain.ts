/**
 * The human text of a classification: the rationale paragraph ("why this tool needs a policy")
 * and the evidence sentences ("from the tool's definition"). Built from the tool's own signals,
 * so each tool's text quotes its own name, parameters and phrases rather than a template with
 * the name swapped in.
 */
import type { Tool } from '../catalogue/schema.ts';
import type { Category, RiskLevel } from '../values/index.ts';
import type { Verdict } from './resolve.ts';
import { VERDICT_RULES } from './rules/verdict.ts';
import type { Finding } from './signals/finding.ts';
import { listJoin } from './text.ts';

const WHY: Record<Category, Record<RiskLevel, string>> = {
  Read: {
    low:
      'Reading is harmless on its own, but naming the tool in a default-deny policy ' +
      'keeps it among the calls you expect while everything else stays blocked.',
    medium:
      'What it returns is sensitive or written by someone else, ' +
      'so the policy should bound how much an agent pulls through it in one session.',
    high:
      'What it reads is worth stealing, and a single call puts it in the agent’s context, ' +
      'where any later tool call or reply can leak it.',
    critical: 'What it reads could compromise everything else, so no agent should reach it unsupervised.',
  },
  Write: {
    low: 'Its changes are small, but an agent in a loop repeats them without limit unless a policy says otherwise.',
    medium: 'An agent that loops or follows injected instructions can repeat these changes many times over before anyone looks.',
    high:
      'A mistaken or manipulated call changes access, security or shared data for everyone else, ' +
      'so who may call it must be settled in advance.',
    critical: 'One manipulated call can hand out access that undoes every other control, so it must never run on an agent’s say-so alone.',
  },
  Execute: {
    low: 'It starts work on the server’s behalf, and how often an agent may do that is a policy decision.',
    medium: 'What runs depends on the arguments the agent picks, so the policy should bound both how often and with what.',
    high:
      'What runs depends entirely on the arguments the agent picks, ' +
      'so the policy should cap the calls and pin the arguments that decide what runs.',
    critical:
      'Whoever steers the agent, through a poisoned document or a crafted page, steers this tool too, with the server’s own privileges.',
  },
  Destructive: {
    low: 'What it removes is minor, but removals do not undo themselves.',
    medium: 'Nothing it removes comes back by itself, so which calls get through has to be decided before the agent runs, not after.',
    high: 'Nothing it removes comes back by itself, so which calls get through has to be decided before the agent runs, not after.',
    critical: 'A single call can destroy data at a scale, or of a kind, that no rate limit can make safe.',
  },
  Financial: {
    low: 'It touches an account’s money, which deserves an explicit rule.',
    medium: 'Billing and spend data are commercially sensitive, and agents rarely need them more than a few times a day.',
    high: 'Changes to how money is tracked or spent are hard to reverse, so a person should see them.',
    critical: 'Money spent by a manipulated agent is hard to get back, so every call needs a cap and a person’s approval.',
  },
};

export interface ExplainInput {
  tool: Tool;
  server?: string;
  verdict: Verdict;
  /** Findings, strongest first. */
  ordered: readonly Finding[];
  reviewed: ReviewNote | undefined;
}

export interface ReviewNote {
  by?: string;
  on?: string;
}

/** The rationale paragraph. */
export function rationale({ tool, server, verdict, ordered, reviewed }: ExplainInput): string {
  const { category, risk } = verdict;
  const where = server ? ` on ${server}` : '';
  const raising = ordered.filter((f) => f.accepted && f.effect === 'raises' && (f.source !== 'default' || f.category === 'Write'));
  const clauses = pickClauses(raising);
  const parts: string[] = [];
  parts.push(
    verdict.defaulted
      ? `${tool.name}${where} falls in the ${category} category at ${risk} risk ` +
          'because nothing in its definition shows a way to change anything; ' +
          'the verdict rests on what the definition leaves out, so its confidence is low.'
      : `${tool.name}${where} falls in the ${category} category at ${risk} risk: it ${listJoin(clauses)}.`,
  );
  parts.push(parameterSentence(tool, ordered));
  const caution = verdict.annotationConflicts[0] ?? verdict.claimNotes[0] ?? ordered.find((f) => f.source === 'poisoning')?.note;
  if (caution) parts.push(caution);
  parts.push(WHY[category][risk]);
  if (reviewed) parts.push(reviewSentence(reviewed));
  return parts.join(' ');
}

/**
 * The two clauses that say most: the strongest signals, except that when the name and the
 * description use the same verb, the description's wording (which says more) replaces the name's.
 */
function pickClauses(raising: readonly Finding[]): string[] {
  const firstWord = (clause: string) => clause.split(' ')[0];
  const described = raising.filter((f) => f.source === 'description');
  const clauses: string[] = [];
  for (const f of raising) {
    let clause = f.clause;
    if (f.source === 'name') {
      const better = described.find((d) => firstWord(d.clause) === firstWord(f.clause));
      if (better) clause = better.clause;
    }
    if (!clauses.includes(clause)) clauses.push(clause);
    if (clauses.length === 2) break;
  }
  return clauses;
}

function parameterSentence(tool: Tool, ordered: readonly Finding[]): string {
  const names = Object.keys(tool.inputSchema.properties ?? {});
  if (names.length === 0) return 'It takes no arguments, so a policy can only decide whether and how often it runs.';
  const flagged = unique(ordered.filter((f) => f.source === 'parameter' && f.accepted && f.effect !== 'context').map((f) => f.text));
  const shown = (flagged.length > 0 ? flagged : names).slice(0, 3);
  const rest = names.length - shown.length;
  const list = listJoin(shown.map((n) => `\`${n}\``));
  if (flagged.length > 0) {
    return `The arguments that matter most are ${list}${rest > 0 ? `, among ${names.length} in all` : ''}, and the agent fills them in.`;
  }
  return `The agent fills in ${list}${rest > 0 ? ` and ${rest} more argument${rest === 1 ? '' : 's'}` : ''}.`;
}

/**
 * What missing annotations mean for this tool: a client that follows the MCP spec assumes the
 * worst of an unannotated tool, which is right for a tool that changes things and needlessly
 * strict for one that only reads.
 */
export function absentAnnotationsNote(toolName: string, category: Category): string {
  return category === 'Read'
    ? `${toolName} carries no annotations, so a client that follows the MCP spec treats it as if it ` +
        'could change things and asks before every call; its definition shows only reads, ' +
        'so allowing it by name is safe, and the annotations the atlas predicts below say so in the spec’s terms.'
    : `${toolName} carries no annotations, so nothing tells a client what this ${category} tool changes; ` +
        'the spec’s cautious defaults (it may destroy data and reach outside systems) ' +
        'are the right reading here, and the policy below enforces them.';
}

export function reviewSentence(review: ReviewNote): string {
  return `This classification was reviewed by hand${review.by ? ` by ${review.by}` : ''}${review.on ? ` on ${review.on}` : ''}.`;
}

/** One evidence sentence and the rule that produced it (none for conflicts and notes of our own). */
export interface EvidenceLine {
  text: string;
  rule: string | null;
}

/** The evidence sentences, quoting the definition; conflicts first, since they change the reading. */
export function evidence({ tool, verdict, ordered, reviewed }: ExplainInput): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  if (reviewed) lines.push({ text: reviewSentence(reviewed), rule: VERDICT_RULES.handReview.id });
  for (const text of verdict.annotationConflicts) lines.push({ text, rule: VERDICT_RULES.readOnlyOverridden.id });
  for (const text of verdict.claimNotes) lines.push({ text, rule: VERDICT_RULES.readOnlyOverridden.id });
  // Findings the verdict set aside are not evidence of what the tool does (a weak "manage" beside read-only operations).
  const shown = ordered.filter(
    (f) => (f.effect !== 'context' || f.capability !== null || f.source === 'default') && (f.accepted || f.effect === 'lowers'),
  );
  for (const f of shown) lines.push({ text: f.note, rule: f.rule });
  if (!tool.description || tool.description.trim() === '') {
    lines.push({
      text:
        `The tool ${tool.name} has no description, ` +
        `so this reading rests on its name${Object.keys(tool.inputSchema.properties ?? {}).length > 0 ? ' and parameters' : ''} alone.`,
      rule: null,
    });
  }
  const seen = new Set<string>();
  return lines.filter((line) => !seen.has(line.text) && seen.add(line.text)).slice(0, 10);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
