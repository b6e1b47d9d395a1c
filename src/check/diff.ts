/**
 * Pure: what changed in a tool's definition, word by word, so a reviewer sees the one sentence a
 * rug pull slipped into a description, or the parameter it added, without reading both versions.
 * Lines are matched first (jsdiff's `diffLines`); a line that was replaced is compared word by word
 * (`diffWordsWithSpace`), and a line that was only added or removed is marked whole. Schemas are
 * compared as canonical JSON (keys sorted, one per line), so a server that only reorders keys shows
 * no change, as its fingerprint does not.
 */
import { diffLines, diffWordsWithSpace } from 'diff';
import { canonicalJson, FINGERPRINTED_FIELDS } from '../catalogue/fingerprint.ts';
import { escapeLine } from '../catalogue/problems.ts';

export type Segment = { op: 'same' | 'added' | 'removed'; text: string };

export interface FieldDiff {
  /** A fingerprinted field: name, description, inputSchema, outputSchema or annotations. */
  field: (typeof FINGERPRINTED_FIELDS)[number];
  /** The lines that changed, with `context` lines around them; null between two runs that are apart. */
  lines: (Segment[] | null)[];
}

/** A field as text to compare: strings as they are, JSON values pretty-printed with their keys sorted. */
export function fieldText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(JSON.parse(canonicalJson(value)), null, 2);
}

/** A whole line added or removed: its indentation stays outside the marker. */
function wholeLine(op: 'added' | 'removed', line: string): Segment[] {
  const indent = /^\s*/.exec(line)![0];
  return [
    ...(indent ? [{ op: 'same' as const, text: indent }] : []),
    ...(line.length > indent.length ? [{ op, text: line.slice(indent.length) }] : []),
  ];
}

/** The word diff of one replaced line. */
function wordLine(before: string, after: string): Segment[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Two texts compared line by line, and replaced lines word by word. */
export function wordDiffLines(before: string, after: string): Segment[][] {
  const out: Segment[][] = [];
  const changes = diffLines(before, after);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const lines = splitLines(change.value);
    if (!change.added && !change.removed) {
      for (const line of lines) out.push([{ op: 'same', text: line }]);
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      const added = splitLines(next.value);
      i++;
      // As many lines replaced as replacing: each pair word by word; otherwise whole lines.
      if (added.length === lines.length) lines.forEach((line, j) => out.push(wordLine(line, added[j]!)));
      else out.push(...lines.map((line) => wholeLine('removed', line)), ...added.map((line) => wholeLine('added', line)));
      continue;
    }
    for (const line of lines) out.push(wholeLine(change.added ? 'added' : 'removed', line));
  }
  return out;
}

/** Only the lines that changed, with `context` lines on each side; a gap between runs is a null. */
export function changedLines(lines: Segment[][], context = 1): (Segment[] | null)[] {
  const changed = lines.map((line) => line.some((segment) => segment.op !== 'same'));
  const keep = lines.map((_, index) => changed.slice(Math.max(0, index - context), index + context + 1).some(Boolean));
  const out: (Segment[] | null)[] = [];
  keep.forEach((kept, index) => {
    if (kept) out.push(lines[index]!);
    else if (out.length > 0 && out.at(-1) !== null) out.push(null);
  });
  if (out.at(-1) === null) out.pop();
  return out;
}

/** The fields of two definitions that differ, each with its changed lines. */
export function diffDefinitions(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  context = 1,
): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of FINGERPRINTED_FIELDS) {
    const a = fieldText(before[field]);
    const b = fieldText(after[field]);
    if (a === b) continue;
    diffs.push({ field, lines: changedLines(wordDiffLines(a, b), context) });
  }
  return diffs;
}

const COLOUR = { added: '\x1b[32m', removed: '\x1b[31m', reset: '\x1b[0m' };

/**
 * A diff as lines of text in git's `--word-diff=plain` notation: `[-removed-]` and `{+added+}`,
 * coloured when `colour` (a terminal). The text comes from third parties, so each piece is escaped
 * (see escapeLine) before the markers and colours are added: it cannot move the cursor or recolour.
 */
export function renderLines(lines: readonly (Segment[] | null)[], colour = false): string[] {
  return lines.map((line) => {
    if (line === null) return '…';
    return line
      .map(({ op, text }) => {
        const shown = escapeLine(text);
        if (op === 'same') return shown;
        const marked = op === 'added' ? `{+${shown}+}` : `[-${shown}-]`;
        return colour ? `${COLOUR[op]}${marked}${COLOUR.reset}` : marked;
      })
      .join('');
  });
}
