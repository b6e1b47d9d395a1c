/**
 * A worker thread for tests/build/html-validate.test.ts: validates its share of a build's HTML
 * files with one HtmlValidate instance and posts back every message with the start tag it points
 * into, to show what is at fault. Plain Node, no vitest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

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

export interface WorkerResult {
  messages: ValidationMessage[];
  /** How many errors the same validator found in the probe page: proof that it is checking at all. */
  probeErrors: number;
}

/**
 * One configuration for every file: html-validate otherwise resolves it again for each file name
 * (looking for .htmlvalidate.json up the folders and rebuilding its element table), which costs
 * more than validating a page.
 */
class OneConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    this.resolved ??= super.getConfigFor(handle, override);
    return this.resolved;
  }
}

const { dir, files, config, probe } = workerData as { dir: string; files: string[]; config: ConfigData; probe: string };
const validator = new HtmlValidate(new OneConfigLoader(config));
const messages: ValidationMessage[] = [];
const probeErrors = validator.validateStringSync(probe, 'probe.html').errorCount;

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
      messages.push({
        file,
        line: m.line,
        column: m.column,
        ruleId: m.ruleId,
        message: m.message,
        selector: m.selector,
        tag: tagAt(source, m.offset),
      });
    }
  }
}
parentPort!.postMessage({ messages, probeErrors } satisfies WorkerResult);
