/**
 * Re-creates the bundled AWS catalogue from the awslabs/mcp extraction:
 *   npm run catalogue:awslabs [-- INPUT [SERVERS_DIR]]
 * INPUT defaults to ../shared/catalogue/awslabs-mcp.json, SERVERS_DIR to content/servers.
 * Every converted file is validated against the catalogue schema before anything is written.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AwslabsExtractionSchema, convertAwslabs } from '../src/catalogue/convert-awslabs.ts';
import { formatServerFile } from '../src/catalogue/format.ts';
import { ServerFileSchema } from '../src/catalogue/schema.ts';

const input = process.argv[2] ?? '../shared/catalogue/awslabs-mcp.json';
const serversDir = process.argv[3] ?? 'content/servers';

const extraction = AwslabsExtractionSchema.parse(JSON.parse(await readFile(input, 'utf8')));
const { servers, skipped } = convertAwslabs(extraction);
for (const { server } of servers) ServerFileSchema.parse(server);

await mkdir(serversDir, { recursive: true });
for (const { baseName, server } of servers) {
  await writeFile(path.join(serversDir, `${baseName}.json`), formatServerFile(server));
}
const tools = servers.reduce((sum, { server }) => sum + server.tools.length, 0);
console.log(`wrote ${servers.length} servers with ${tools} tools to ${serversDir}`);
for (const { name, reason } of skipped) console.log(`skipped ${name}: ${reason}`);
