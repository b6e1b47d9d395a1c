/**
 * zod and every key JSON can carry. zod skips the key "__proto__" in records and loose objects
 * (assigning it would set the prototype of its output), so a tool parameter named "__proto__"
 * would vanish from the parsed definition: from the page, from the risk checks and the policy,
 * from a re-imported file and from its fingerprint. `safeParseAllKeys` validates such keys like any
 * other and puts them back, as own keys in their place, in the output.
 *
 * How: before parsing, each "__proto__" key of the input is renamed to a placeholder no key of the
 * input uses; zod validates it as an ordinary key; afterwards the placeholder is renamed back in
 * the output and the input (zod hands unknown values through by reference, so both may hold it).
 * Issue paths and messages name "__proto__". Objects are walked without recursion, and only when
 * the input has such a key at all.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineKey } from '../risk/policy/schema.ts';

const PROTO = '__proto__';

/**
 * Calls `visit` on every plain object (not array) in `value`, at any depth, without recursion.
 * Values parsed from JSON have no cycles; one shared twice is visited twice, which renaming allows.
 */
function eachObject(value: unknown, visit: (object: Record<string, unknown>) => void): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const child of item) if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    visit(item as Record<string, unknown>);
    for (const key of Object.keys(item)) {
      const child = (item as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

/** Renames key `from` to `to` in `object`, keeping the order of its keys. */
function renameKey(object: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  for (const [key, value] of entries) defineKey(object, key === from ? to : key, value);
}

function renameEverywhere(value: unknown, from: string, to: string): void {
  eachObject(value, (object) => {
    if (Object.hasOwn(object, from)) renameKey(object, from, to);
  });
}

/** Whether `value` has a "__proto__" own key anywhere. */
export function hasProtoKey(value: unknown): boolean {
  let found = false;
  eachObject(value, (object) => {
    if (Object.hasOwn(object, PROTO)) found = true;
  });
  return found;
}

/**
 * `schema.safeParse(value)`, keeping every "__proto__" key of `value` that the schema keeps under
 * another name (records, loose objects), validated as any other key. A key a strict object
 * refuses is refused as "__proto__".
 */
export function safeParseAllKeys<T extends z.ZodType>(schema: T, value: unknown): z.ZodSafeParseResult<z.output<T>> {
  if (!hasProtoKey(value)) return schema.safeParse(value);
  let placeholder: string;
  const keys = new Set<string>();
  eachObject(value, (object) => {
    for (const key of Object.keys(object)) keys.add(key);
  });
  do placeholder = `__proto__\u0000${randomBytes(8).toString('hex')}`;
  while (keys.has(placeholder));

  renameEverywhere(value, PROTO, placeholder);
  try {
    const result = schema.safeParse(value);
    if (result.success) {
      renameEverywhere(result.data, placeholder, PROTO);
      return result;
    }
    const named = (key: PropertyKey) => (key === placeholder ? PROTO : key);
    const issues = result.error.issues.map((issue) => ({
      ...issue,
      path: issue.path.map(named),
      message: issue.message.replaceAll(placeholder, PROTO),
      ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys.map((key) => String(named(key))) } : {}),
    }));
    return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<z.output<T>>;
  } finally {
    renameEverywhere(value, placeholder, PROTO);
  }
}
