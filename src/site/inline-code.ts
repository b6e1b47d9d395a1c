/**
 * The risk engine writes identifiers in its sentences between backticks (`app_path`, `"limits": [...]`),
 * as in Markdown. Pages show those spans as <code> rather than with the backticks; plain-text copies
 * of the same sentences (JSON-LD) drop the backticks, so both say the same words.
 */
export interface TextPart {
  code: boolean;
  text: string;
}

/** `text` cut into plain runs and `code` spans; a lone backtick stays as it is. */
export function codeParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/`([^`\n]+)`/g)) {
    if (match.index > last) parts.push({ code: false, text: text.slice(last, match.index) });
    parts.push({ code: true, text: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/** The words of `text` without the backticks around its code spans. */
export function withoutCodeMarks(text: string): string {
  return codeParts(text)
    .map((part) => part.text)
    .join('');
}
