/**
 * Tool-poisoning checks: text in a tool definition that is aimed at the model rather than the
 * reader. A first version; it looks for the well-known markers and is meant to be hardened:
 * - invisible characters (zero-width, bidi overrides, Unicode tags) that hide text from people;
 * - instruction overrides ("ignore previous instructions") and orders to keep things from the user;
 * - fake system or "important" tags, and references to secret files such as ~/.ssh/id_rsa;
 * - HTML or script, which has no business in a tool description.
 * Every text the model sees is scanned: description, title, parameter names, descriptions and enums.
 */
import type { Tool } from '../../catalogue/schema.ts';
import { quoted, revealInvisible } from '../text.ts';
import { finding, type Finding } from './finding.ts';

interface Detector {
  id: string;
  pattern: RegExp;
  risk: 'medium' | 'high';
  capability: 'hidden-instructions' | 'hostile-markup';
  says: string;
}

// Zero-width and bidi-control characters and Unicode tags. A zero-width joiner (U+200D) is left out:
// emoji sequences use it, and a hidden message needs the others anyway.
const INVISIBLE = /[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/u;

const DETECTORS: readonly Detector[] = [
  { id: 'invisible', pattern: INVISIBLE, risk: 'high', capability: 'hidden-instructions', says: 'contains invisible characters, which show nothing to a person but are read by the model' },
  {
    id: 'override',
    pattern: /\b(ignore|disregard|forget|override)\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier|preceding|other|system|your|existing)\s+(instructions|prompts?|rules|directions|guidelines|context)\b/i,
    risk: 'high', capability: 'hidden-instructions', says: 'tells the model to set aside its instructions',
  },
  {
    id: 'conceal',
    pattern: /\b(do not|don't|never)\s+(tell|inform|mention|reveal|show|alert|notify)\s+(this\s+to\s+|it\s+to\s+)?(the\s+)?user\b|\bwithout\s+(telling|informing|notifying|alerting)\s+(the\s+)?user\b|\b(keep|hide)\s+(this|it)\s+(secret\s+)?from\s+(the\s+)?user\b/i,
    risk: 'high', capability: 'hidden-instructions', says: 'tells the model to keep something from the user',
  },
  {
    id: 'fake-tag',
    // Upper-case or closing tags, or <system>/<instructions>: a lower-case "<secret>" alone is a
    // documentation placeholder ("--client-secret <secret>"), not a fake instruction block.
    pattern: /<\s*(?:IMPORTANT|SYSTEM|INSTRUCTIONS?|SECRET|HIDDEN|ADMIN|SYS)\s*>|<\s*(?:system|instructions?|important)\s*>|<\/\s*(?:important|system|instructions?|secret|hidden|admin|assistant|prompt|sys)\s*>|\[\s*(?:SYSTEM|INSTRUCTIONS?|HIDDEN|ADMIN)\s*\]/,
    risk: 'high', capability: 'hidden-instructions', says: 'wraps text in tags that imitate system instructions',
  },
  {
    id: 'secret-file',
    pattern: /(~\/\.ssh|\bid_rsa\b|\bid_ed25519\b|\.aws\/credentials|\/etc\/(passwd|shadow)|\bmcp\.json\b|\.npmrc\b|\.netrc\b|\.env\b(?!ironment))/i,
    risk: 'high', capability: 'hidden-instructions', says: 'names a secret file that a tool description has no reason to mention',
  },
  {
    id: 'model-addressed',
    pattern: /\b(note to (the )?(ai|assistant|model|llm)|(attention|dear|hey)\s*,?\s+(ai|assistant|model|llm|claude|gpt)\b|you are now\b|new instructions\s*:|system override)/i,
    risk: 'high', capability: 'hidden-instructions', says: 'speaks to the model directly to change its behaviour',
  },
  {
    id: 'markup',
    pattern: /<\s*script\b|javascript\s*:|\bon(error|load|click|mouseover)\s*=|<\s*iframe\b|<\s*img\b[^>]*\bsrc\s*=/i,
    risk: 'medium', capability: 'hostile-markup', says: 'embeds HTML or script, which would run in any page that shows it unescaped',
  },
];

const SEPARATOR = '\n\u0000\n';

/** The texts of a tool definition that reach the model, with where they are. */
function modelVisibleTexts(tool: Tool): [field: string, text: string][] {
  const texts: [string, string][] = [['name', tool.name]];
  if (tool.title) texts.push(['title', tool.title]);
  if (tool.annotations?.title) texts.push(['annotations.title', tool.annotations.title]);
  if (tool.description) texts.push(['description', tool.description]);
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    texts.push([`inputSchema.properties.${name}`, name]);
    if (schema.description) texts.push([`inputSchema.properties.${name}.description`, schema.description]);
    for (const value of schema.enum ?? []) if (typeof value === 'string') texts.push([`inputSchema.properties.${name}.enum`, value]);
  }
  return texts;
}

/** The hook for tool-poisoning signals: one finding per kind of marker found, each raising risk. */
export function detectToolPoisoning(tool: Tool): Finding[] {
  const findings: Finding[] = [];
  const texts = modelVisibleTexts(tool);
  // One pass per detector over all texts joined (a separator no pattern crosses), not one per text.
  const joined = texts.map(([, text]) => text).join(SEPARATOR);
  const starts: number[] = [];
  let offset = 0;
  for (const [, text] of texts) {
    starts.push(offset);
    offset += text.length + SEPARATOR.length;
  }
  for (const detector of DETECTORS) {
    const hit = detector.pattern.exec(joined);
    if (hit) {
      let index = starts.length - 1;
      while (index > 0 && starts[index]! > hit.index) index--;
      const [field, text] = texts[index]!;
      const match = { index: hit.index - starts[index]!, 0: hit[0] };
      const around = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 50);
      const shown = detector.id === 'invisible' ? revealInvisible(match[0]) : match[0];
      findings.push(finding({
        source: 'poisoning',
        text: shown,
        field,
        risk: detector.risk,
        capability: detector.capability,
        note: `The ${field === 'description' ? 'description' : `field ${field}`} ${detector.says}: ${quoted(around, 120)}.`,
        clause: `${detector.says} (in ${field})`,
      }));
    }
  }
  return findings;
}
