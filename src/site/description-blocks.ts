/**
 * A tool's description as blocks to show: authors write Markdown (headings, lists, code blocks,
 * `code` spans), and a wall of raw `##` and `-` reads badly. This reads that small subset into
 * plain data (headings, paragraphs, lists, code blocks) that components render as text: nothing of
 * the catalogue ever becomes HTML, whatever it holds. Anything else stays the text it was. Linear
 * in the length of the text; the caller bounds it.
 */

export type DescriptionBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; text: string };

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*(?:[-*+•])\s+(.*)$/;
const NUMBERED = /^\s*\d{1,4}[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
/** "USAGE INSTRUCTIONS:" or "Args:" (a few words) alone on a line works as a heading in many descriptions. */
const LABEL = /^\s*([A-Z][A-Za-z0-9/&'-]*(?: [A-Za-z0-9/&'-]+){0,3}):\s*$/;

export function descriptionBlocks(text: string): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  let code: string[] | undefined;
  let fence = '';

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
    list = undefined;
  };

  for (const line of lines) {
    if (code) {
      if (line.trimStart().startsWith(fence)) {
        blocks.push({ kind: 'code', text: code.join('\n') });
        code = undefined;
      } else {
        code.push(line);
      }
      continue;
    }
    const fenced = FENCE.exec(line);
    if (fenced) {
      flushParagraph();
      flushList();
      fence = fenced[1]!;
      code = [];
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line) ?? (paragraph.length === 0 && !list ? LABEL.exec(line) : null);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ kind: 'heading', text: heading[1]!.replace(/\*\*/g, '') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null;
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, items: [] };
      }
      list.items.push((bullet ?? numbered)![1]!);
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the item above it.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line);
  }
  if (code) blocks.push({ kind: 'code', text: code.join('\n') });
  flushParagraph();
  flushList();
  return blocks;
}

/** How many blocks fit in the first few lines shown before "Show the whole description": at least one. */
export function leadBlockCount(blocks: readonly DescriptionBlock[], lines = 6): number {
  let used = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const cost =
      block.kind === 'list'
        ? block.items.length
        : block.kind === 'code'
          ? block.text.split('\n').length + 1
          : Math.max(1, Math.ceil(block.text.length / 90));
    if (index > 0 && used + cost > lines) return index;
    used += cost;
  }
  return blocks.length;
}
