/**
 * Writes the atlas as data beside the pages: atlas.json, atlas.csv, servers/<s>/verdicts.json,
 * llms.txt and llms-full.txt. Streamed server by server (each record is built, written and
 * dropped), so the memory they need does not grow with the catalogue. Node only.
 *
 * A server's records are made from its loaded verdicts (`fresh`), or copied byte for byte from
 * files an earlier build or a slice wrote (`copy`: an incremental build does not classify servers
 * that did not change, and `atlas merge` assembles the slices' records), or left out (`skip`: a
 * slice writes its own servers only). Where each server's part lies in each file is returned, so
 * the next build can copy it in turn. A copied record keeps the date it was assessed on.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { ByteRange, ExportRanges } from '../build/state.ts';
import { loadedServer, type Atlas } from '../site/atlas.ts';
import type { ExportSource } from '../site/built-atlas.ts';
import { csvHeader, csvRow } from './csv.ts';
import { llmsFullHeader, llmsFullTool, llmsHeader, llmsServerLine, type LlmsSite } from './llms.ts';
import { serverRecord, type ExportContext } from './records.ts';

export interface ExportOptions extends ExportContext {
  productName: string;
}

export interface ExportReport {
  files: { file: string; bytes: number }[];
  seconds: number;
  /** Where each written server's part lies in atlas.json, atlas.csv and llms-full.txt. */
  ranges: Map<string, ExportRanges>;
}

/** The export files a server's records are in, by the key of its ranges. */
export const EXPORT_FILES = { json: 'atlas.json', csv: 'atlas.csv', llmsFull: 'llms-full.txt' } as const;

/** A write stream that waits when its buffer is full, so a large export never queues in memory, and counts its bytes. */
class Output {
  readonly file: string;
  readonly stream: WriteStream;
  bytes = 0;
  constructor(file: string) {
    this.file = file;
    this.stream = createWriteStream(file);
  }
  async write(data: string | Buffer): Promise<ByteRange> {
    const start = this.bytes;
    this.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
    return [start, this.bytes];
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Reads byte ranges out of export files written before, each file opened once. */
class Copier {
  readonly handles = new Map<string, Promise<FileHandle>>();
  async read(file: string, [start, end]: ByteRange): Promise<Buffer> {
    let handle = this.handles.get(file);
    if (!handle) this.handles.set(file, (handle = open(file, 'r')));
    const buffer = Buffer.alloc(end - start);
    const { bytesRead } = await (await handle).read(buffer, 0, buffer.length, start);
    if (bytesRead !== buffer.length)
      throw new Error(`exports: ${file} is shorter than the last build left it; build the whole site again (ATLAS_FULL_BUILD=1)`);
    return buffer;
  }
  async close(): Promise<void> {
    await Promise.all([...this.handles.values()].map(async (handle) => (await handle).close()));
  }
}

export async function writeExports(
  atlas: Atlas,
  siteDir: string,
  options: ExportOptions,
  source: (slug: string) => ExportSource = () => ({ fresh: true }),
  siteWide = true,
): Promise<ExportReport> {
  const started = performance.now();
  const site: LlmsSite = {
    productName: options.productName,
    siteRoot: options.siteRoot,
    servers: atlas.servers.length,
    tools: atlas.tools.length,
    engineVersion: options.engineVersion,
    generatedOn: options.assessedOn,
  };
  const json = new Output(path.join(siteDir, EXPORT_FILES.json));
  const csv = new Output(path.join(siteDir, EXPORT_FILES.csv));
  const llmsFull = new Output(path.join(siteDir, EXPORT_FILES.llmsFull));
  const llms = siteWide ? new Output(path.join(siteDir, 'llms.txt')) : undefined;
  const copier = new Copier();
  const ranges = new Map<string, ExportRanges>();
  const perServer: string[] = [];
  let written = 0;
  try {
    await json.write(
      `{"$schema":${JSON.stringify(`${options.siteRoot}atlas.schema.json`)},"format":"mcp-risk-atlas/1",` +
        `"site":${JSON.stringify(options.siteRoot)},"generatedOn":${JSON.stringify(options.assessedOn)},` +
        `"engineVersion":${JSON.stringify(options.engineVersion)},"servers":[\n`,
    );
    await csv.write(csvHeader());
    await llms?.write(llmsHeader(site));
    await llmsFull.write(llmsFullHeader(site));
    for (const server of atlas.servers) {
      const from = source(server.slug);
      if (siteWide)
        await llms!.write(
          llmsServerLine({
            name: server.server.name,
            url: `${options.siteRoot}${server.path}`,
            tools: server.tools.length,
            worstRisk: server.worstRisk,
          }),
        );
      if ('skip' in from) continue;
      if (written++ > 0) await json.write(',\n');
      if ('copy' in from) {
        const dir = from.copy.dir;
        ranges.set(server.slug, {
          json: await json.write(await copier.read(path.join(dir, EXPORT_FILES.json), from.copy.ranges.json)),
          csv: await csv.write(await copier.read(path.join(dir, EXPORT_FILES.csv), from.copy.ranges.csv)),
          llmsFull: await llmsFull.write(await copier.read(path.join(dir, EXPORT_FILES.llmsFull), from.copy.ranges.llmsFull)),
        });
        continue;
      }
      const loaded = loadedServer(atlas, server.slug);
      const record = serverRecord(loaded, options);
      const jsonRange = await json.write(JSON.stringify(record));
      const verdicts = path.join(siteDir, server.path, 'verdicts.json');
      await mkdir(path.dirname(verdicts), { recursive: true });
      await writeFile(
        verdicts,
        JSON.stringify({ $schema: `${options.siteRoot}verdicts.schema.json`, engineVersion: options.engineVersion, ...record }, null, 2) +
          '\n',
      );
      perServer.push(verdicts);
      const csvStart = csv.bytes;
      const llmsStart = llmsFull.bytes;
      for (const [position, tool] of record.tools.entries()) {
        await csv.write(csvRow(record, tool));
        await llmsFull.write(llmsFullTool(record, tool, loaded.tools[position]!.classification.rationale));
      }
      ranges.set(server.slug, { json: jsonRange, csv: [csvStart, csv.bytes], llmsFull: [llmsStart, llmsFull.bytes] });
    }
    await json.write('\n]}\n');
  } finally {
    await Promise.all([json.close(), csv.close(), llmsFull.close(), llms?.close(), copier.close()]);
  }
  const files = [];
  for (const output of [json, csv, llms, llmsFull])
    if (output) files.push({ file: path.relative(siteDir, output.file), bytes: output.bytes });
  let verdictBytes = 0;
  for (const file of perServer) verdictBytes += (await stat(file)).size;
  files.push({ file: `servers/*/verdicts.json (${perServer.length})`, bytes: verdictBytes });
  return { files, seconds: (performance.now() - started) / 1000, ranges };
}
