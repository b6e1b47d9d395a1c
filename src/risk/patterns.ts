/**
 * The attack-pattern library's ids (one `content/attack-patterns/<id>.mdx` each) and, per id, the
 * rule that decides whether a tool's signals make the pattern relevant, with one line on why that
 * quotes the tool's own definition. A unit test checks that every id here has its MDX file.
 */
import type { Tool } from '../catalogue/schema.ts';
import type { Category, RiskLevel } from '../values/index.ts';
import type { Capability, PatternLink, Signal } from './schema.ts';
import { quoted } from './text.ts';

export const PATTERN_IDS = [
  'tool-poisoning',
  'tool-shadowing',
  'rug-pull',
  'indirect-prompt-injection',
  'data-exfiltration',
  'excessive-agency',
  'command-injection',
  'path-traversal',
  'confused-deputy',
  'unbounded-consumption',
  'supply-chain',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

/** What the pattern rules look at: the verdict and the accepted signals. */
export interface PatternFacts {
  toolName: string;
  category: Category;
  risk: RiskLevel;
  signals: readonly Signal[];
  /** How many times the importer saw the definition change (from tool.atlas.history). */
  definitionChanges: number;
}

type Rule = (facts: PatternFacts) => string | undefined;

function first(facts: PatternFacts, ...capabilities: Capability[]): Signal | undefined {
  return facts.signals.find((s) => s.accepted && s.effect !== 'lowers' && s.capability !== null && capabilities.includes(s.capability));
}

/**
 * The command the agent picks on a tool that only reads: a command signal the verdict accepted as a read (its
 * description limits it to allowlisted read-only commands). It reads whatever the command reaches, and runs nothing else.
 */
function readCommand(facts: PatternFacts): Signal | undefined {
  if (facts.category !== 'Read') return undefined;
  const commands = facts.signals.filter((s) => s.accepted && s.capability === 'command-execution');
  return commands.length > 0 && commands.every((s) => s.category === 'Read') ? commands[0] : undefined;
}

function paramOrText(signal: Signal): string {
  return signal.source === 'parameter' ? `\`${signal.text}\`` : quoted(signal.text, 60);
}

/** The description rule on tools that capture a running program's arguments, locals or return values. */
/** A switch that keeps secrets out of the result (`hide_password`): unset, even a tool that also writes returns them. */
const HIDES_SECRETS = 'parameter.hides-sensitive';
const CAPTURES_RUNTIME = 'description.captures-runtime';
/** The description rule on tools that take container images from an upstream or public registry. */
const PUBLIC_IMAGE_SOURCE = 'description.public-image-source';
/** An output path that takes a local file or an S3 address (`parameter.output-file-or-bucket`). */
const LOCAL_OR_BUCKET_OUTPUT = 'parameter.output-file-or-bucket';

const POWERFUL: ReadonlySet<Category> = new Set(['Write', 'Execute', 'Destructive', 'Financial']);

/** Per pattern: `undefined` when it does not apply, else one line on why it applies to this tool. */
export const PATTERN_RULES: Record<PatternId, Rule> = {
  'tool-poisoning': (facts) => {
    const hidden = first(facts, 'hidden-instructions', 'hostile-markup');
    return hidden && `${hidden.note} Text like this is aimed at the model, not at the person approving the tool.`;
  },
  'tool-shadowing': (facts) => {
    const steer = first(facts, 'cross-tool-reference');
    return (
      steer &&
      `The description of ${facts.toolName} tells the agent which tools to use (${quoted(steer.text, 60)}); ` +
        'the same lever lets a malicious server redirect calls meant for another server’s tools.'
    );
  },
  'rug-pull': (facts) => {
    if (facts.definitionChanges > 0) {
      return (
        `The definition of ${facts.toolName} has already ` +
        `changed ${facts.definitionChanges === 1 ? 'once' : `${facts.definitionChanges} times`} since it was first catalogued; ` +
        'a client that approved the old one is not asked again.'
      );
    }
    if (facts.risk !== 'high' && facts.risk !== 'critical') return undefined;
    const top = facts.signals.find((s) => s.accepted && s.effect === 'raises');
    return (
      `${facts.toolName} is rated ${facts.risk}${top ? ` (the strongest signal: ${quoted(top.text, 40)})` : ''}; ` +
      'if its server changed its definition after approval, nothing in MCP would ask you again.'
    );
  },
  'indirect-prompt-injection': (facts) => {
    const source = first(facts, 'external-content', 'network-fetch', 'browser-control');
    if (!source) return undefined;
    return (
      `What ${facts.toolName} returns comes from outside (${paramOrText(source)}): ` +
      'instructions planted there reach the agent as if they were trusted input.'
    );
  },
  'data-exfiltration': (facts) => {
    const sink = first(facts, 'outbound-message', 'file-upload', 'network-fetch', 'network-target', 'cloud-storage', 'public-exposure');
    if (sink)
      return (
        `${facts.toolName} can carry data out of your environment through ${paramOrText(sink)}, ` +
        'so an injected instruction can turn it into a delivery channel.'
      );
    // A tool that only writes or deletes such data hands nothing back to carry out, unless what it
    // sets up reads a live program's values out (a breakpoint that captures arguments and locals).
    const source =
      facts.category === 'Read' || facts.category === 'Execute'
        ? (first(facts, 'sensitive-data', 'credentials', 'money', 'query-language') ?? readCommand(facts))
        : facts.signals.find((s) => s.accepted && (s.rule === CAPTURES_RUNTIME || s.rule === HIDES_SECRETS));
    if (source)
      return (
        `${facts.toolName} returns data an attacker wants (${paramOrText(source)}); ` +
        'paired with any tool that sends data out, it completes an exfiltration chain.'
      );
    return undefined;
  },
  'excessive-agency': (facts) => {
    const broad = first(facts, 'multi-action', 'api-passthrough', 'permissions', 'bulk');
    if (broad) return `One call of ${facts.toolName} reaches far (${paramOrText(broad)}), further than most tasks need.`;
    if (POWERFUL.has(facts.category) && (facts.risk === 'high' || facts.risk === 'critical')) {
      const top = facts.signals.find((s) => s.accepted && s.effect === 'raises' && s.category === facts.category);
      return (
        `${facts.toolName} lets the agent act, not just look${top ? ` (${quoted(top.text, 40)})` : ''}; ` +
        'an agent that only needs to read should not be handed it.'
      );
    }
    return undefined;
  },
  'command-injection': (facts) => {
    // A query language that cannot write (PromQL, Logs Insights) reaches no interpreter that acts.
    // Nor does a command the verdict reads as one of a fixed set of reads ("Only allowlisted read-only commands").
    const sink =
      (readCommand(facts) ? undefined : first(facts, 'command-execution')) ??
      first(facts, 'code-execution', 'api-passthrough') ??
      facts.signals.find((s) => s.accepted && s.capability === 'query-language' && s.category === 'Execute');
    if (!sink) return undefined;
    return `${paramOrText(sink)} reaches an interpreter as the agent wrote it; text the agent read elsewhere can add commands of its own.`;
  },
  'path-traversal': (facts) => {
    // (An output that takes a local file as well as an S3 address is a write path all the same.)
    const path =
      first(facts, 'filesystem-read', 'filesystem-write', 'file-upload') ??
      facts.signals.find((s) => s.accepted && s.rule === LOCAL_OR_BUCKET_OUTPUT);
    return (
      path &&
      `${paramOrText(path)} is a path the agent chooses; “../” or an absolute path reaches files outside the folder you had in mind.`
    );
  },
  'confused-deputy': (facts) => {
    const authority = first(facts, 'role-passing', 'credentials', 'permissions');
    return (
      authority &&
      `${facts.toolName} acts with authority the agent does not hold itself (${paramOrText(authority)}), ` +
        'and so does anyone who steers the agent.'
    );
  },
  'unbounded-consumption': (facts) => {
    // What costs resources per call: spending, provisioning, queries, builds. Deleting in bulk is
    // destruction (excessive agency), not consumption.
    const costly = first(facts, 'spending', 'resource-provisioning', 'query-language', 'money', 'build-deploy');
    if (costly)
      return (
        `Each call of ${facts.toolName} can cost real resources (${paramOrText(costly)}), ` +
        'and nothing in MCP limits how often an agent repeats it.'
      );
    if (facts.category === 'Execute')
      return `${facts.toolName} starts work that keeps running after the call returns; a looping agent starts it again and again.`;
    return undefined;
  },
  'supply-chain': (facts) => {
    const code = first(facts, 'package-install', 'build-deploy');
    if (code)
      return (
        `${facts.toolName} ` +
        (code.source === 'name'
          ? `builds, publishes or installs software (${quoted(code.text, 40)})`
          : `handles software from elsewhere (${paramOrText(code)})`) +
        ': code nobody reviewed ends up built, pulled or run.'
      );
    // Copying or caching images from a public registry installs nothing, but what it brings in runs later.
    const image = facts.signals.find((s) => s.accepted && s.rule === PUBLIC_IMAGE_SOURCE);
    return (
      image &&
      `${facts.toolName} takes container images from a public registry (${quoted(image.text, 60)}): ` +
        'code nobody reviewed is pulled into your account and run from there.'
    );
  },
};

/** The patterns a classified tool's signals make relevant, in library order. */
export function relevantPatterns(facts: PatternFacts): PatternLink[] {
  const links: PatternLink[] = [];
  for (const id of PATTERN_IDS) {
    const why = PATTERN_RULES[id](facts);
    if (why) links.push({ id, why });
  }
  return links;
}

/** How many definition changes the importer recorded for the tool. */
export function definitionChanges(tool: Tool): number {
  return tool.atlas?.history?.filter((event) => event.change === 'changed').length ?? 0;
}
