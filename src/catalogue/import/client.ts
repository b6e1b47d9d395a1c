/**
 * Node-only: asks a running MCP server for its tools with the official SDK client, over stdio (a
 * child process this module starts and always stops) or Streamable HTTP. The SDK carries the
 * conversation; the tools are read from the raw text of each answer to tools/list (see
 * raw-answers.ts), strictly, and no answer is read past `maxMessageBytes`. Returns the pages'
 * tools; checking and merging them is pure work done elsewhere.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { parseJsonStrict } from '../json.ts';
import { formatPath, formatProblem, quote } from '../problems.ts';
import { ImportError, printable } from './error.ts';
import { readPage } from './listing.ts';
import { AnswerTooLargeError, RawAnswers, tappedFetch, TappedReadBuffer } from './raw-answers.ts';

export type LiveTarget =
  | {
      transport: 'stdio';
      command: string;
      args: string[];
      /** Added to the few variables the SDK passes on (HOME, PATH, USER...); the rest of ours is not leaked. */
      env?: Record<string, string> | undefined;
      cwd?: string | undefined;
    }
  | {
      transport: 'streamable-http';
      url: URL;
      /** Sent with every request (an Authorization token from a client config); never recorded or shown. */
      headers?: Record<string, string> | undefined;
    };

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
  /** The most bytes read of one answer: one stdio message, one HTTP response body. */
  maxMessageBytes?: number | undefined;
  /** Aborting it (Ctrl-C) stops the server and fails with an "interrupted" ImportError. */
  signal?: AbortSignal | undefined;
  progress?: ((line: string) => void) | undefined;
}

/** Guards against a server that hands out cursors for ever. */
const MAX_PAGES = 10_000;

/** The default of `--max-message-mb`: the bound the SDK's own stdio reader has. */
export const DEFAULT_MAX_MESSAGE_MB = 10;

/**
 * The SDK checks results against this; the tools are read from the raw answer (see `readRawPage`).
 * Anything passes, so an answer the SDK would reshape still reaches that check.
 */
const AnyResultSchema = z.custom<unknown>(() => true);

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

/**
 * Puts `buffer` in place of the stdio transport's line buffer. The SDK offers no option for it
 * (only its size), so this sets the private field it reads from; if a later SDK renames it, this
 * fails loudly here rather than letting answers go unchecked (tests/import cover it).
 */
function tapStdio(transport: StdioClientTransport, buffer: TappedReadBuffer): void {
  const fields = transport as unknown as { _readBuffer?: { append?: unknown } };
  if (typeof fields._readBuffer?.append !== 'function') {
    throw new Error(
      "the MCP SDK's StdioClientTransport has no _readBuffer to tap any more: " +
        'update src/catalogue/import/raw-answers.ts for this SDK version',
    );
  }
  (fields as { _readBuffer: unknown })._readBuffer = buffer;
}

/**
 * One page of tools/list from the raw text of the server's answer, read strictly: a duplicate key,
 * a number past a double or broken JSON is a problem, with its path in the result.
 */
function readRawPage(label: string, step: string, text: string | undefined, id: string | number | undefined): ReturnType<typeof readPage> {
  if (text === undefined) throw new ImportError([`${label}: the raw text of the answer to ${step} was not seen; nothing was imported`]);
  const parsed = parseJsonStrict(text);
  const batch = parsed.ok && Array.isArray(parsed.value);
  const index = batch ? (parsed.value as { id?: unknown }[]).findIndex((message) => message?.id === id) : -1;
  if (!parsed.ok) {
    return parsed.problems.map((problem) => {
      // Paths inside the result, as for every other problem with a page: `tools[3].inputSchema...`.
      const inResult = batch ? problem.path.slice(0, 2).join() === `${index},result` : problem.path[0] === 'result';
      return { file: label, path: formatPath(inResult ? problem.path.slice(batch ? 2 : 1) : problem.path), message: problem.message };
    });
  }
  const message = (batch ? (parsed.value as unknown[])[index] : parsed.value) as { result?: unknown } | undefined;
  return readPage(label, message?.result);
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
    if (error.code === (ErrorCode.ConnectionClosed as number)) {
      return target.transport === 'stdio'
        ? `the server exited (or closed its stdout) before answering ${step}`
        : `the connection closed before the server answered ${step}`;
    }
    return `the server answered ${step} with error ${error.code}: ${quote(printable(said), 300)}`;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as NodeJS.ErrnoException).code ?? (err.cause as NodeJS.ErrnoException | undefined)?.code;
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
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_MB * 1024 * 1024;
  const answers = new RawAnswers();
  // Set below; an answer past the bound ends the import at once, whatever the SDK makes of it.
  let tooLarge: (error: AnswerTooLargeError) => void = () => {};
  const onTooLarge = (error: AnswerTooLargeError) => tooLarge(error);
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
      : new StreamableHTTPClientTransport(target.url, {
          fetch: tappedFetch(maxBytes, answers, onTooLarge),
          ...(target.headers ? { requestInit: { headers: target.headers } } : {}),
        });
  if (transport instanceof StdioClientTransport) tapStdio(transport, new TappedReadBuffer(maxBytes, answers, onTooLarge));
  // The ids of the tools/list requests, to find their answers among the raw ones.
  let listId: string | number | undefined;
  const carrier: Transport = transport;
  const send = carrier.send.bind(carrier);
  carrier.send = (message, sendOptions) => {
    if ('method' in message && message.method === 'tools/list' && 'id' in message) {
      listId = message.id;
      answers.want(message.id);
    }
    return send(message, sendOptions);
  };
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
  const failWith = (message: string, interrupted = false) =>
    fail(new ImportError([`${label}: ${message}`, ...stderrLines()], { interrupted }));

  const seconds = timeoutMs / 1000;
  const timer = setTimeout(
    () =>
      failWith(
        `no answer to ${step} within ${seconds} s (--timeout ${seconds}); ` +
          'is it a working MCP server, and is it waiting for something (a login, the network, input)?',
      ),
    timeoutMs,
  );
  tooLarge = (error) => {
    const mb = error.maxBytes / (1024 * 1024);
    failWith(
      `the server sent ${error.message} during ${step} (${Number.isInteger(mb) ? mb : mb.toFixed(2)} MB, ` +
        `--max-message-mb ${Number.isInteger(mb) ? mb : mb.toFixed(2)}); ` +
        'stopped reading. If the server really lists that much, raise --max-message-mb',
    );
  };
  const onAbort = () => failWith('interrupted; the server was stopped', true);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  client.onerror = (error) => {
    // stdout is the protocol channel: anything else on it means the conversation cannot be trusted.
    if (target.transport === 'stdio' && isStdoutGarbage(error)) {
      failWith(
        'the server wrote something other than a JSON-RPC message on stdout (MCP servers must log to stderr): ' +
          `${quote(printable(error.message), 200)}`,
      );
    }
  };

  const work = async (): Promise<LiveListing> => {
    progress?.(`${label}: ${target.transport === 'stdio' ? 'starting' : 'connecting'}…`);
    await client.connect(transport, { timeout: timeoutMs });
    const info = client.getServerVersion();
    progress?.(
      printable(
        `${label}: initialized ${info ? `${info.name} ${info.version}` : 'a server with no serverInfo'} ` +
          `(protocol ${protocolVersion() ?? 'unknown'})`,
      ),
    );
    const tools: unknown[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
      step = page === 1 ? 'tools/list' : `tools/list (page ${page})`;
      await client.request({ method: 'tools/list', params: cursor === undefined ? {} : { cursor } }, AnyResultSchema, {
        timeout: timeoutMs,
      });
      const read = readRawPage(label, step, listId === undefined ? undefined : answers.take(listId), listId);
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
      if (cursors.has(read.nextCursor))
        throw new ImportError([`${label}: the server gave the cursor ${quote(read.nextCursor)} twice; its pagination never ends`]);
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
