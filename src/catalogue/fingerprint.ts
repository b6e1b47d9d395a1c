/**
 * Fingerprints of tool definitions. A server can change a tool after users approved it (the "rug
 * pull"); the importer records a fingerprint of every definition so that any later change shows up
 * as a new fingerprint, whatever the order of keys or the whitespace the server happened to send.
 */
import { createHash } from 'node:crypto';
import type { Tool } from './schema.ts';

/**
 * The parts of a tool that make up its fingerprint: what the model reads and what decides how the
 * tool may be called. `title` and `execution` are left out on purpose (the issue fixes this list),
 * and so is the atlas's own `atlas` key, which is not part of the server's definition.
 */
export const FINGERPRINTED_FIELDS = ['name', 'description', 'inputSchema', 'outputSchema', 'annotations'] as const;

/**
 * JSON with object keys sorted (by UTF-16 code units, like `Array.prototype.sort`) and no
 * whitespace; arrays keep their order. For JSON data this is the JSON Canonicalization Scheme
 * (RFC 8785), so anyone can recompute a fingerprint with a JCS library and SHA-256.
 * Keys whose value is `undefined` are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  // Strings, finite numbers, booleans and null; anything else cannot come out of JSON.parse.
  return JSON.stringify(value) ?? 'null';
}

/** The canonical text a tool's fingerprint is the hash of. */
export function fingerprintInput(tool: Pick<Tool, (typeof FINGERPRINTED_FIELDS)[number]>): string {
  const picked: Record<string, unknown> = {};
  for (const field of FINGERPRINTED_FIELDS) picked[field] = tool[field];
  return canonicalJson(picked);
}

/** SHA-256 (lowercase hex) of the tool's canonical definition; see `fingerprintInput`. */
export function toolFingerprint(tool: Pick<Tool, (typeof FINGERPRINTED_FIELDS)[number]>): string {
  return createHash('sha256').update(fingerprintInput(tool), 'utf8').digest('hex');
}
