/**
 * Node-only: asks a running MCP server for its tools with the official SDK client, over stdio (a
 * child process this module starts and always stops) or Streamable HTTP. Returns the raw pages;
 * checking and merging them is pure work done elsewhere.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { formatProblem, quote } from '../problems.ts';
import { ImportError, printable } from './error.ts';
import { readPage } from './listing.ts';

export type LiveTarget =
  | {
      transport: 'stdio';
      command: string;
      args: string[];
      /** Added to the few variables the SDK passes on (HOME, PATH, USER...); the rest of ours is not leaked. */
      env?: Record<string, string> | undefined;
      cwd?: string | undefined;
    }
  | { transport: 'streamable-http'; url: URL };

export interface LiveListing {
  /** The tools of all pages, in order, not yet checked. */
  tools: unknown[];
  serverInfo?: { name: string; version: string; title?: string | undefined } | undefined;
  protocolVersion?: string | undefined;
}

export interface ListOptions {
  /** How the server is named in messages: the command line or the URL. */
  label: string;
  /** For the whole conversation: start, initialize and every page. */
  timeoutMs: number;
  /** Aborting it (Ctrl-C) stops the server and fails with an "interrupted" ImportError. */
  signal?: AbortSignal | undefined;
  progress?: ((line: string) => void) | undefined;
}

/** Guards against a server that hands out cursors for ever. */
const MAX_PAGES = 10_000;

/** The SDK checks results against this; ours are checked by `readPage`, with messages that name the field. */
const AnyResultSchema = z.looseObject({});

/**
 * `Client.connect` hands the negotiated protocol version to the transport (HTTP needs it for its
 * headers) and offers no getter for it, so we listen in on that hand-over.
 */
function recordProtocolVersion(transport: Transport): () => string | undefined {
  let version: string | undefined;
  const forward = transport.setProtocolVersion?.bind(transport);
  transport.setProtocolVersion = (negotiated) => {
    version = negotiated;
    forward?.(negotiated);
  };
  return () => version;
}

/** Keeps the last lines a child wrote on stderr, to show when it fails (it usually says why). */
function tailOf(stream: NodeJS.ReadableStream | null, maxChars = 2000): () => string[] {
  let tail = '';
  stream?.on('data', (chunk: Buffer | string) => {
    tail = (tail + chunk.toString()).slice(-maxChars);
  });
  return () =>
    tail
      .split(/\r?\n/)
      // Stack frames push the line that says what went wrong out of a short tail: leave them out.
      .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
      .slice(-10)
      .map((line) => `  server stderr: ${printable(line)}`);
}

function isStdoutGarbage(error: Error): boolean {
  // The SDK's stdio reader throws these for a line that is not JSON, or JSON that is not JSON-RPC.
  return error instanceof SyntaxError || error.name === 'ZodError' || error.name === '$ZodError';
}

/** The message for an error the SDK threw during `step`, in terms of what the server did. */
function describe(error: unknown, step: string, target: LiveTarget): string {
  if (error instanceof McpError) {
    const said = error.message.replace(/^(MCP error -?\d+: )+/, '');
    if (error.code === ErrorCode.ConnectionClosed) {
      return target.transport === 'stdio'
        ? `the server exited (or closed its stdout) before answering ${step}`
        : `the connection closed before the server answered ${step}`;
    }
    return `the server answered ${step} with error ${error.code}: ${quote(printable(said), 300)}`;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as NodeJS.ErrnoException).code ?? ((err.cause as NodeJS.ErrnoException | undefined)?.code);
  if (target.transport === 'stdio' && code === 'ENOENT') return `could not start ${quote(target.command, 200)}: command not found`;
  if (target.transport === 'stdio' && code === 'EACCES') return `could not start ${quote(target.command, 200)}: permission denied`;
  if (target.transport === 'streamable-http' && err.message === 'fetch failed') {
    // fetch hides the reason (ECONNREFUSED, a bad certificate...) in `cause`.
    const reason = code ?? (err.cause instanceof Error ? err.cause.message : undefined);
    return `could not reach ${target.url.href} during ${step}${reason ? ` (${printable(reason)})` : ''}`;
  }
  return `${step} failed: ${printable(err.message)}`;
}

/**
 * Starts or reaches the server, initializes, and follows `nextCursor` until the last page. Whatever
 * happens (success, error, time-out, Ctrl-C), the client is closed before this returns, which for
 * stdio ends the child: the SDK closes its stdin, then sends SIGTERM, then SIGKILL.
 */
export async function listToolsLive(target: LiveTarget, options: ListOptions): Promise<LiveListing> {
  const { label, timeoutMs, signal, progress } = options;
  const transport =
    target.transport === 'stdio'
      ? new StdioClientTransport({
          command: target.command,
          args: target.args,
          ...(target.env ? { env: target.env } : {}),
          ...(target.cwd ? { cwd: target.cwd } : {}),
          // Piped, not inherited: a server's start-up chatter would drown our own messages.
          stderr: 'pipe',
        })
      : new StreamableHTTPClientTransport(target.url);
  const stderrLines = tailOf(transport instanceof StdioClientTransport ? (transport.stderr as NodeJS.ReadableStream | null) : null);
  const protocolVersion = recordProtocolVersion(transport);
  // No client capabilities (roots, sampling, elicitation): servers that offer extra tools to
  // clients with those list what a plain client sees, the same on every run.
  const client = new Client({ name: 'mcp-risk-atlas-importer', version: '1.0.0' });

  let step = 'initialize';
  let fail: (error: ImportError) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const failWith = (message: string, interrupted = false) => fail(new ImportError([`${label}: ${message}`, ...stderrLines()], { interrupted }));

  const seconds = timeoutMs / 1000;
  const timer = setTimeout(
    () => failWith(`no answer to ${step} within ${seconds} s (--timeout ${seconds}); is it a working MCP server, and is it waiting for something (a login, the network, input)?`),
    timeoutMs,
  );
  const onAbort = () => failWith('interrupted; the server was stopped', true);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  client.onerror = (error) => {
    // stdout is the protocol channel: anything else on it means the conversation cannot be trusted.
    if (target.transport === 'stdio' && isStdoutGarbage(error)) {
      failWith(`the server wrote something other than a JSON-RPC message on stdout (MCP servers must log to stderr): ${quote(printable(error.message), 200)}`);
    }
  };

  const work = async (): Promise<LiveListing> => {
    progress?.(`${label}: ${target.transport === 'stdio' ? 'starting' : 'connecting'}…`);
    await client.connect(transport, { timeout: timeoutMs });
    const info = client.getServerVersion();
    progress?.(printable(`${label}: initialized ${info ? `${info.name} ${info.version}` : 'a server with no serverInfo'} (protocol ${protocolVersion() ?? 'unknown'})`));
    const tools: unknown[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
      step = page === 1 ? 'tools/list' : `tools/list (page ${page})`;
      const result = await client.request({ method: 'tools/list', params: cursor === undefined ? {} : { cursor } }, AnyResultSchema, { timeout: timeoutMs });
      const read = readPage(label, result);
      if (Array.isArray(read)) throw new ImportError(read.map((problem) => `${formatProblem(problem)} (in the answer to ${step})`));
      tools.push(...read.tools);
      progress?.(`${label}: ${step}: ${read.tools.length} tools`);
      if (read.nextCursor === undefined) {
        return {
          tools,
          serverInfo: info ? { name: info.name, version: info.version, title: info.title } : undefined,
          protocolVersion: protocolVersion(),
        };
      }
      if (cursors.has(read.nextCursor)) throw new ImportError([`${label}: the server gave the cursor ${quote(read.nextCursor)} twice; its pagination never ends`]);
      cursors.add(read.nextCursor);
      cursor = read.nextCursor;
    }
    throw new ImportError([`${label}: more than ${MAX_PAGES} pages of tools; giving up`]);
  };

  try {
    return await Promise.race([
      work().catch((error: unknown) => {
        throw error instanceof ImportError ? error : new ImportError([`${label}: ${describe(error, step, target)}`, ...stderrLines()]);
      }),
      failed,
    ]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    client.onerror = () => {};
    await client.close().catch(() => {});
  }
}
