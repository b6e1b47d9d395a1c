/**
 * Golden files of every compiler: for a handful of representative servers, the policy.json they
 * compile from (tests/fixtures/policy/input/<server>.json, a fixed input, so a change in the risk
 * engine does not move them) and what each format makes of it (tests/fixtures/policy/<format>/…).
 * `npm run policy:golden` rewrites the outputs; `npm run policy:golden -- --inputs` first takes new
 * inputs from the current recommendations.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { classifyTool } from '../../src/risk/classify.ts';
import { compilePolicy, FORMAT_INFO, POLICY_FORMATS, type PolicyFormat } from '../../src/risk/policy/formats.ts';
import { serverPolicy } from '../../src/risk/policy/recommend.ts';
import { parsePolicyFile, type PolicyFile } from '../../src/risk/policy/schema.ts';

export const GOLDEN_DIR = path.resolve('tests/fixtures/policy');

/** [catalogue folder, server slug]: approvals and deny-lists (iam), placeholders (ecs), a real origin (documentation), Kubernetes kinds (eks), a filesystem, and hostile names. */
export const GOLDEN_SERVERS: readonly (readonly [string, string])[] = [
  ['tests/fixtures/catalogues/reference', 'iam-mcp-server'],
  ['tests/fixtures/catalogues/reference', 'ecs-mcp-server'],
  ['tests/fixtures/catalogues/reference', 'aws-documentation-mcp-server'],
  ['tests/fixtures/catalogues/reference', 'eks-mcp-server'],
  ['tests/fixtures/catalogues/reference', 'mcp-server-filesystem'],
  ['tests/fixtures/catalogues/hostile', 'names'],
  ['tests/fixtures/catalogues/hostile', 'unicode'],
];

export function goldenInput(slug: string): string {
  return path.join(GOLDEN_DIR, 'input', `${slug}.json`);
}

export function goldenOutput(format: PolicyFormat, slug: string): string {
  const name = FORMAT_INFO[format].fileName;
  return path.join(GOLDEN_DIR, format, `${slug}.${name.slice(name.indexOf('.') + 1)}`);
}

export interface GoldenInput {
  server: { name: string; slug: string };
  policy: PolicyFile;
}

export function readGoldenInput(slug: string): GoldenInput {
  const raw = JSON.parse(readFileSync(goldenInput(slug), 'utf8')) as { server: GoldenInput['server']; policy: unknown };
  const parsed = parsePolicyFile(raw.policy);
  if (!parsed.success) throw new Error(`${goldenInput(slug)}: ${JSON.stringify(parsed.issues)}`);
  return { server: raw.server, policy: parsed.data };
}

/** The golden text of one format for one input. */
export function goldenText(format: PolicyFormat, input: GoldenInput): string {
  return compilePolicy(format, input.policy, { server: input.server }).text;
}

/** Writes the inputs (when asked) and every output; returns the files written. */
export async function writeGolden(options: { inputs: boolean }): Promise<string[]> {
  const written: string[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path.relative(process.cwd(), file));
  };
  for (const [dir, slug] of GOLDEN_SERVERS) {
    if (options.inputs || !existsSync(goldenInput(slug))) {
      const server = (await loadValidCatalogue(path.resolve(dir))).find((s) => s.slug === slug);
      if (!server) throw new Error(`${dir} has no server ${slug}`);
      const siblings = new Set(server.tools.map(({ tool }) => tool.name));
      const policy = serverPolicy(
        server.tools.map(({ tool }) => ({ tool, classification: classifyTool(tool, { server: server.server.name, siblings }) })),
      );
      write(goldenInput(slug), `${JSON.stringify({ server: { name: server.server.name, slug }, policy }, null, 2)}\n`);
    }
    const input = readGoldenInput(slug);
    for (const format of POLICY_FORMATS) write(goldenOutput(format, slug), goldenText(format, input));
  }
  return written;
}
