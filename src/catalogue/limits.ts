/**
 * How big a catalogue's identifiers and structures may be. Names are used verbatim (in policies,
 * pages and the search index), so one of megabytes would make every page that names it megabytes:
 * a file with one is rejected with a message, not shortened. Free text (descriptions, titles) has
 * no limit here; pages shorten it and link to the full text.
 */
import { formatPath, type Problem } from './problems.ts';

/** MCP recommends tool names of 1 to 128 characters; real ones stay under 60. */
export const MAX_TOOL_NAME = 1000;
/** Server and package names, and argument names. */
export const MAX_NAME = 500;
/** Versions, commits and similar short fields. */
export const MAX_SHORT = 200;
/** URLs (the repository). */
export const MAX_URL = 2000;

/**
 * JSON nesting a server file may have. Real tool schemas nest about 15 levels (the file around
 * them adds 4); thousands of levels overflow the stack of the libraries that store and print them.
 */
export const MAX_DEPTH = 256;

/**
 * The problem with a parsed server file nested deeper than `MAX_DEPTH`, if it is: walked without
 * recursion, so the check itself cannot overflow.
 */
export function nestingProblem(file: string, json: unknown, maxDepth = MAX_DEPTH): Problem | undefined {
  const stack: [value: unknown, path: (string | number)[]][] = [[json, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= maxDepth) {
      // Name the tool and the start of the way down; the rest of a 5,000-level path helps no one.
      const shown = path.slice(0, path[0] === 'tools' ? 6 : 4);
      return {
        file,
        path: formatPath(shown),
        message:
          `nested more than ${maxDepth} levels deep (${formatPath(path.slice(shown.length, shown.length + 6)).replace(/^\$$/, '')}…); ` +
          'a definition this deep cannot be shown or checked: flatten it or leave it out',
      };
    }
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (const [key, child] of entries) if (typeof child === 'object' && child !== null) stack.push([child, [...path, key]]);
  }
  return undefined;
}

/**
 * Problems for numbers that no JSON text can hold (Infinity, NaN): `JSON.parse` turns `1e309` into
 * Infinity, which would reach the risk engine and come out of `JSON.stringify` as `null`. Values
 * read with src/catalogue/json.ts never hold one; this is for values that came another way.
 */
export function nonFiniteProblems(file: string, json: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: [value: unknown, path: (string | number)[]][] = [[json, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push({
        file,
        path: formatPath(path),
        message: `the number is ${value}, which JSON cannot hold (a number past a double, such as 1e309?): use a finite number`,
      });
    } else if (typeof value === 'object' && value !== null) {
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], [...path, entries[i]![0]]]);
    }
  }
  return problems;
}
