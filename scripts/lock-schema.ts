/**
 * `npm run check:lock-schema`: writes docs/mcp-atlas.lock.schema.json, the JSON Schema of the lock
 * file `atlas check` writes, generated from its zod schema (src/check/lock.ts). A unit test fails
 * when the two disagree.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LockFileSchema } from '../src/check/lock.ts';

const file = path.resolve(fileURLToPath(import.meta.url), '../../docs/mcp-atlas.lock.schema.json');
const schema = { ...z.toJSONSchema(LockFileSchema, { io: 'input' }), title: 'mcp-atlas.lock.json' };
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`${path.relative(process.cwd(), file)} written`);
