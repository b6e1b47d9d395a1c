/**
 * Node-only: what a server really sent, before the MCP SDK parsed it, and a bound on how much of it
 * is read. The SDK hands its client JSON-RPC messages already through `JSON.parse` and its own zod
 * schemas: a key given twice is down to its last value, a number past a double is Infinity, and a
 * key zod skips is gone. The importer reads the tools from the raw text of each answer to
 * tools/list instead, strictly (src/catalogue/json.ts), so none of that passes unseen.
 *
 * Two taps, one per transport, both bounded by `maxBytes`:
 * - stdio: a stand-in for the SDK's line buffer (`ReadBuffer`, same contract: append bytes, read
 *   one message per line), which also keeps the raw line; one line longer than `maxBytes` ends
 *   the import with a message saying so, where the SDK's buffer only closed the connection;
 * - Streamable HTTP: a `fetch` for the SDK's transport that counts every response body and copies
 *   the JSON-RPC messages out of it (a JSON body, or the `data` of each server-sent event); a body
 *   past `maxBytes` (an event stream that never ends, a JSON body that keeps growing) is cut there.
 */
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { deserializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { createParser } from 'eventsource-parser';

type Id = string | number;

/** Raised (and reported through `onTooLarge`) when an answer is larger than the bound. */
export class AnswerTooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number, what: string) {
    super(`${what} larger than ${maxBytes.toLocaleString('en')} bytes`);
    this.name = 'AnswerTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/** The raw text of the responses to requests the importer cares about, by request id. */
export class RawAnswers {
  private readonly wanted = new Set<Id>();
  private readonly texts = new Map<Id, string>();

  /** Keeps the raw text of the response to request `id` when it comes. */
  want(id: Id): void {
    this.wanted.add(id);
  }

  /** Offers the raw text of one JSON-RPC message (or batch) as received; kept if it answers a wanted id. */
  offer(text: string): void {
    if (this.wanted.size === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // The SDK reports what it cannot read.
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      const id = (message as { id?: unknown } | null)?.id;
      if ((typeof id === 'string' || typeof id === 'number') && this.wanted.has(id) && !this.texts.has(id)) this.texts.set(id, text);
    }
  }

  /** The raw text that held the response to `id`, once. */
  take(id: Id): string | undefined {
    const text = this.texts.get(id);
    this.texts.delete(id);
    this.wanted.delete(id);
    return text;
  }
}

/**
 * The stand-in for the SDK's stdio `ReadBuffer`: the same three methods, a line of at most
 * `maxBytes`, and every line offered to `answers` before it is parsed.
 */
export class TappedReadBuffer {
  private buffer: Buffer | undefined;
  private readonly maxBytes: number;
  private readonly answers: RawAnswers;
  private readonly onTooLarge: (error: AnswerTooLargeError) => void;

  constructor(maxBytes: number, answers: RawAnswers, onTooLarge: (error: AnswerTooLargeError) => void) {
    this.maxBytes = maxBytes;
    this.answers = answers;
    this.onTooLarge = onTooLarge;
  }

  append(chunk: Buffer): void {
    const size = (this.buffer?.length ?? 0) + chunk.length;
    if (size > this.maxBytes) {
      this.clear();
      const error = new AnswerTooLargeError(this.maxBytes, 'a message on stdout');
      this.onTooLarge(error);
      throw error;
    }
    this.buffer = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
  }

  readMessage(): JSONRPCMessage | null {
    if (!this.buffer) return null;
    const end = this.buffer.indexOf('\n');
    if (end === -1) return null;
    const line = this.buffer.toString('utf8', 0, end).replace(/\r$/, '');
    this.buffer = this.buffer.subarray(end + 1);
    this.answers.offer(line);
    return deserializeMessage(line);
  }

  clear(): void {
    this.buffer = undefined;
  }
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A `fetch` for the SDK's Streamable HTTP transport: every response body is counted (and cut,
 * with `onTooLarge`, past `maxBytes`) and its JSON-RPC messages are offered to `answers`.
 */
export function tappedFetch(maxBytes: number, answers: RawAnswers, onTooLarge: (error: AnswerTooLargeError) => void): FetchLike {
  return async (url, init) => {
    const response = await fetch(url, init);
    if (!response.body) return response;
    const type = mediaType(response.headers.get('content-type'));
    const decoder = new TextDecoder();
    let bytes = 0;
    let json = '';
    const events = createParser({ onEvent: (event) => answers.offer(event.data) });
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          if (bytes > maxBytes) {
            const error = new AnswerTooLargeError(maxBytes, type === 'text/event-stream' ? 'an event stream' : 'a response');
            onTooLarge(error);
            controller.error(error);
            return;
          }
          const text = decoder.decode(chunk, { stream: true });
          if (type === 'text/event-stream') events.feed(text);
          else if (type === 'application/json') json += text;
          controller.enqueue(chunk);
        },
        flush() {
          if (type === 'application/json') answers.offer(json + decoder.decode());
        },
      }),
    );
    const tapped = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    // The SDK reads `url` to resolve a redirect; a Response built here would have none.
    Object.defineProperty(tapped, 'url', { value: response.url });
    return tapped;
  };
}
