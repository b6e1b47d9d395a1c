/**
 * A worker thread for tests/build/html-validate.test.ts: validates its share of a build's HTML
 * files with one HtmlValidate instance and posts back every message with the start tag it points
 * into, to show what is at fault. Plain Node, no vitest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, type ConfigData } from 'html-validate';

export interface ValidationMessage {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  selector: string | null;
  /** The start tag the message's offset falls in (or the first 120 characters from the offset). */
  tag: string;
}

const { dir, files, config } = workerData as { dir: string; files: string[]; config: ConfigData };
const validator = new HtmlValidate(config);
const messages: ValidationMessage[] = [];

function tagAt(source: string, offset: number): string {
  const start = source.lastIndexOf('<', offset);
  const end = source.indexOf('>', offset);
  if (start === -1 || end === -1 || source.lastIndexOf('>', offset - 1) > start) return source.slice(offset, offset + 120);
  return source.slice(start, end + 1);
}

for (const file of files) {
  const source = readFileSync(path.join(dir, file), 'utf8');
  const report = validator.validateStringSync(source, file);
  for (const result of report.results) {
    for (const m of result.messages) {
      messages.push({ file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message, selector: m.selector, tag: tagAt(source, m.offset) });
    }
  }
}
parentPort!.postMessage(messages);
