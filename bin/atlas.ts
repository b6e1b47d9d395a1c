/**
 * The `atlas` command line: `npm run atlas -- <command> [args]`.
 * Each command lives in its own module under src/cli/ and is loaded only when asked for.
 */
export {};

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  validate: {
    summary: 'validate [DIR]            check a catalogue folder without building',
    load: () => import('../src/cli/validate.ts'),
  },
  classify: {
    summary: 'classify FILE             print the classification of every tool in FILE as JSON',
    load: () => import('../src/cli/classify.ts'),
  },
  check: {
    summary:
      "check CONFIG [--update-lock] [--json] [--sarif FILE] [--policy FORMAT]   compare an MCP client config's servers with the lock file",
    load: () => import('../src/cli/check.ts'),
  },
  import: {
    summary: 'import --stdio "CMD" | --url URL | --file FILE [--out DIR]   import a server\'s tools',
    load: () => import('../src/cli/import.ts'),
  },
  merge: {
    summary: 'merge DIR... --out DIR    assemble slices built with `npm run build -- --shard I/N` into one site',
    load: () => import('../src/cli/merge.ts'),
  },
};

const [commandName, ...args] = process.argv.slice(2);
const command = commandName ? COMMANDS[commandName] : undefined;
if (!command) {
  console.error(
    `usage: npm run atlas -- <command>\n\n${Object.values(COMMANDS)
      .map((c) => `  ${c.summary}`)
      .join('\n')}`,
  );
  process.exit(commandName ? 2 : 0);
}
process.exitCode = await (await command.load()).run(args);
