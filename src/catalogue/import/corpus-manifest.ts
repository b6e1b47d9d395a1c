/**
 * The manifest of the agreement corpus (tests/fixtures/agreement/manifest.json): which real MCP
 * servers from npm to install, at which exact version, and how to start each one offline so that
 * it answers tools/list. Pure: the schema, the placeholders and the command recorded in the server
 * file; `scripts/agreement-corpus.ts` does the installing and starting.
 */
import { z } from 'zod';
import { MAX_NAME } from '../limits.ts';
import { formatPath, formatProblem } from '../problems.ts';

/** Written in args and env values; replaced by a fresh empty folder for each server. */
export const SCRATCH = '{scratch}';
/** How the scratch folder appears in the recorded command: a placeholder, not this machine's path. */
export const RECORDED_SCRATCH = '<scratch>';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The slugs `slugify` makes: lower-case words joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A relative path with no `..` segment. */
const INSIDE = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$)).+$/;

/**
 * Text values keyed by names that match `pattern`. The keys are checked here rather than by the
 * record's key schema, whose own message zod replaces with "Invalid key in record".
 */
function keysMatching(pattern: RegExp, message: string) {
  return z.record(z.string(), z.string()).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) if (!pattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message });
  });
}

export const CorpusServerSchema = z
  .object({
    slug: z
      .string()
      .regex(SLUG, 'expected a slug: lower-case letters, digits and single hyphens')
      .describe('The server file is servers/<slug>.json.'),
    name: z.string().min(1).max(MAX_NAME).describe('The display name; serverInfo names (e.g. "mcp-server") are not meant for people.'),
    package: z.string().min(1).max(214).describe('The npm package, as `npm install` takes it.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'expected an exact version such as 1.2.3, not a range or a tag')
      .describe('The exact version installed: the corpus only changes when someone changes it here.'),
    bin: z.string().min(1).optional().describe("Which of the package's bins starts the server; by default its only or first one."),
    args: z.array(z.string()).default([]).describe(`Arguments after the bin. ${SCRATCH} is a fresh empty folder.`),
    env: keysMatching(ENV_NAME, 'expected an environment variable name')
      .default({})
      .describe(
        `Environment variables the server needs to start: dummy keys only, never a real secret. ${SCRATCH} is a fresh empty folder.`,
      ),
    files: keysMatching(INSIDE, 'expected a path inside the scratch folder (relative, no "..")')
      .default({})
      .describe(
        'Files written into the scratch folder before the server starts (a dummy kubeconfig, say), ' +
          `keyed by path relative to it; ${SCRATCH} in their text is the folder.`,
      ),
    cwd: z
      .enum(['scratch', '/'])
      .default('scratch')
      .describe(
        'The folder the server starts in: the scratch folder, ' +
          'or "/" for a server that writes the folder it was started in into its tools (a path of this machine).',
      ),
    note: z.string().optional().describe('Why the arguments and variables are what they are, for the next person.'),
  })
  .strict()
  .describe('One real MCP server from npm whose author annotates (some of) its tools.');
export type CorpusServer = z.infer<typeof CorpusServerSchema>;

export const DroppedServerSchema = z
  .object({
    package: z.string().min(1).describe('The npm package that was tried.'),
    version: z.string().min(1).describe('The version that was tried.'),
    reason: z.string().min(1).describe('Why it is not in the corpus, e.g. "lists tools only after connecting to its API".'),
  })
  .strict()
  .describe('A server that was tried and left out, so nobody tries it again for the same reason.');
export type DroppedServer = z.infer<typeof DroppedServerSchema>;

export const CorpusManifestSchema = z
  .object({
    servers: z
      .array(CorpusServerSchema)
      .superRefine((servers, ctx) => {
        const seen = new Map<string, number>();
        servers.forEach((server, index) => {
          const first = seen.get(server.slug);
          if (first !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [index, 'slug'],
              message: `slug ${JSON.stringify(server.slug)} is already used by servers[${first}]`,
            });
          else seen.set(server.slug, index);
        });
      })
      .describe('The servers of the corpus, in the order they are imported.'),
    dropped: z.array(DroppedServerSchema).default([]).describe('Servers that were tried and left out, with the reason.'),
  })
  .strict()
  .describe('The agreement corpus: real MCP servers from npm and how to list their tools offline.');
export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;

/** The manifest from its JSON text, or one line per problem (`FILE: PATH: message`). */
export function parseCorpusManifest(file: string, text: string): { manifest: CorpusManifest } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`${file}: $: not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = CorpusManifestSchema.safeParse(json);
  if (parsed.success) return { manifest: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => formatProblem({ file, path: formatPath(issue.path), message: issue.message })),
  };
}

/** Args, env and files with every `{scratch}` replaced by `scratch`. */
export function startingArguments(
  server: CorpusServer,
  scratch: string,
): { args: string[]; env: Record<string, string>; files: Record<string, string> } {
  const fill = (text: string) => text.replaceAll(SCRATCH, scratch);
  const fillValues = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fill(value)]));
  return { args: server.args.map(fill), env: fillValues(server.env), files: fillValues(server.files) };
}

/** A word as a POSIX shell would read it back: bare when it is plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word.replaceAll(RECORDED_SCRATCH, 'x')) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command recorded as the server file's provenance: what a person would type to start the
 * server the same way (`KEY=value bin args`), with `<scratch>` for the scratch folder.
 */
export function recordedCommand(server: CorpusServer, binName: string): string {
  const show = (text: string) => shellWord(text.replaceAll(SCRATCH, RECORDED_SCRATCH));
  const env = Object.entries(server.env).map(([key, value]) => `${key}=${show(value)}`);
  return [...env, binName, ...server.args.map(show)].join(' ');
}

export const HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
export type Hint = (typeof HINTS)[number];

export interface HintCount {
  /** Tools whose annotations give this hint (true or false). */
  set: number;
  /** Of those, the tools that say true. */
  true: number;
}

export interface ServerHintCounts {
  tools: number;
  /** Tools that give at least one of the four hints: the ones the agreement can score. */
  annotated: number;
  hints: Record<Hint, HintCount>;
}

/** How many tools carry each hint, as the server answered (a title alone is no hint). */
export function countHints(tools: readonly { annotations?: Partial<Record<Hint, unknown>> | undefined }[]): ServerHintCounts {
  const hints = Object.fromEntries(HINTS.map((hint) => [hint, { set: 0, true: 0 }])) as Record<Hint, HintCount>;
  let annotated = 0;
  for (const tool of tools) {
    let any = false;
    for (const hint of HINTS) {
      const value = tool.annotations?.[hint];
      if (typeof value !== 'boolean') continue;
      any = true;
      hints[hint].set++;
      if (value) hints[hint].true++;
    }
    if (any) annotated++;
  }
  return { tools: tools.length, annotated, hints };
}

/** The README's table of the corpus: one row per server, and a row of totals. */
export function corpusTable(rows: readonly { server: CorpusServer; counts: ServerHintCounts }[]): string {
  const cell = (count: HintCount) => `${count.set} (${count.true} true)`;
  const lines = [
    `| server | package@version | tools | annotated | ${HINTS.join(' | ')} |`,
    `| --- | --- | ---: | ---: | ${HINTS.map(() => '---:').join(' | ')} |`,
  ];
  const total: ServerHintCounts = countHints([]);
  for (const { server, counts } of rows) {
    lines.push(
      `| ${server.name.replaceAll('|', '\\|')} | \`${server.package}@${server.version}\` | ${counts.tools} ` +
        `| ${counts.annotated} | ${HINTS.map((hint) => cell(counts.hints[hint])).join(' | ')} |`,
    );
    total.tools += counts.tools;
    total.annotated += counts.annotated;
    for (const hint of HINTS) {
      total.hints[hint].set += counts.hints[hint].set;
      total.hints[hint].true += counts.hints[hint].true;
    }
  }
  lines.push(
    `| **${rows.length} servers** | | **${total.tools}** | **${total.annotated}** ` +
      `| ${HINTS.map((hint) => `**${cell(total.hints[hint])}**`).join(' | ')} |`,
  );
  return lines.join('\n');
}

/** The README's list of the servers that were tried and left out, with the reason. */
export function droppedTable(dropped: readonly DroppedServer[]): string {
  const lines = ['| package@version | why it is not in the corpus |', '| --- | --- |'];
  for (const server of dropped) lines.push(`| \`${server.package}@${server.version}\` | ${server.reason.replaceAll('|', '\\|')} |`);
  return lines.join('\n');
}
