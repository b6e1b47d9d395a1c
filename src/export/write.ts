/**
 * Writes the atlas as data beside the pages: atlas.json, atlas.csv, servers/<s>/verdicts.json,
 * llms.txt and llms-full.txt. Streamed server by server (each record is built, written and
 * dropped), so the memory they need does not grow with the catalogue. Node only.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Atlas } from '../site/atlas.ts';
import { csvHeader, csvRow } from './csv.ts';
import { llmsFullHeader, llmsFullTool, llmsHeader, llmsServerLine, type LlmsSite } from './llms.ts';
import { serverRecord, type ExportContext } from './records.ts';

export interface ExportOptions extends ExportContext {
  productName: string;
}

export interface ExportReport {
  files: { file: string; bytes: number }[];
  seconds: number;
}

/** A write stream that waits when its buffer is full, so a large export never queues in memory. */
class Output {
  readonly file: string;
  readonly stream: WriteStream;
  constructor(file: string) {
    this.file = file;
    this.stream = createWriteStream(file, { encoding: 'utf8' });
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export async function writeExports(atlas: Atlas, siteDir: string, options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const site: LlmsSite = {
    productName: options.productName,
    siteRoot: options.siteRoot,
    servers: atlas.servers.length,
    tools: atlas.tools.length,
    engineVersion: options.engineVersion,
    generatedOn: options.assessedOn,
  };
  const json = new Output(path.join(siteDir, 'atlas.json'));
  const csv = new Output(path.join(siteDir, 'atlas.csv'));
  const llms = new Output(path.join(siteDir, 'llms.txt'));
  const llmsFull = new Output(path.join(siteDir, 'llms-full.txt'));
  const perServer: string[] = [];
  try {
    await json.write(
      `{"$schema":${JSON.stringify(`${options.siteRoot}atlas.schema.json`)},"format":"mcp-risk-atlas/1",` +
        `"site":${JSON.stringify(options.siteRoot)},"generatedOn":${JSON.stringify(options.assessedOn)},` +
        `"engineVersion":${JSON.stringify(options.engineVersion)},"servers":[\n`,
    );
    await csv.write(csvHeader());
    await llms.write(llmsHeader(site));
    await llmsFull.write(llmsFullHeader(site));
    for (const [index, server] of atlas.servers.entries()) {
      const record = serverRecord(server, options);
      const text = JSON.stringify(record);
      await json.write(`${index > 0 ? ',\n' : ''}${text}`);
      const verdicts = path.join(siteDir, server.path, 'verdicts.json');
      await mkdir(path.dirname(verdicts), { recursive: true });
      await writeFile(
        verdicts,
        JSON.stringify({ $schema: `${options.siteRoot}verdicts.schema.json`, engineVersion: options.engineVersion, ...record }, null, 2) +
          '\n',
      );
      perServer.push(verdicts);
      for (const [position, tool] of record.tools.entries()) {
        await csv.write(csvRow(record, tool));
        await llmsFull.write(llmsFullTool(record, tool, server.tools[position]!.classification.rationale));
      }
      await llms.write(llmsServerLine(record));
    }
    await json.write('\n]}\n');
  } finally {
    await Promise.all([json.close(), csv.close(), llms.close(), llmsFull.close()]);
  }
  const files = [];
  for (const output of [json, csv, llms, llmsFull])
    files.push({ file: path.relative(siteDir, output.file), bytes: (await stat(output.file)).size });
  let verdictBytes = 0;
  for (const file of perServer) verdictBytes += (await stat(file)).size;
  files.push({ file: `servers/*/verdicts.json (${perServer.length})`, bytes: verdictBytes });
  return { files, seconds: (performance.now() - started) / 1000 };
}
