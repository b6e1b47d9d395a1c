/**
 * `atlas classify FILE`: prints the classification and recommended rule of every tool in FILE as a
 * JSON array. FILE is a server file of the catalogue's format, a raw MCP `tools/list` result
 * (`{"tools": [...]}`) or a whole JSON-RPC response (`{"jsonrpc": "2.0", "result": {"tools": [...]}}`).
 * Problems are reported as `FILE: PATH: message`, exit code 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { safeParseAllKeys } from '../catalogue/all-keys.ts';
import { readJsonDocument } from '../catalogue/catalogue.ts';
import { decodeUtf8 } from '../catalogue/json.ts';
import { displayPath } from '../catalogue/load.ts';
import { describeLocation, escapeLine, formatPath, formatProblem, quote, type Problem } from '../catalogue/problems.ts';
import { ServerFileSchema, ToolSchema, type Tool } from '../catalogue/schema.ts';
import { classifyTool } from '../risk/classify.ts';
import { recommendRule } from '../risk/policy/recommend.ts';
import { isRecord } from '../catalogue/json-types.ts';

const ToolListSchema = z.array(ToolSchema);

interface Located {
  tools: Tool[];
  server?: string;
}

export async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    console.error(
      'usage: npm run atlas -- classify FILE\n\nFILE: a server file, ' +
        'a tools/list result {"tools": [...]}, or a JSON-RPC response to tools/list',
    );
    return 2;
  }
  const shown = displayPath(path.resolve(file));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(
      formatProblem({
        file: shown,
        path: '$',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      }),
    );
    return 1;
  }
  const decoded = decodeUtf8(bytes);
  if ('message' in decoded) {
    console.error(formatProblem({ file: shown, path: '$', message: decoded.message }));
    return 1;
  }
  const text = decoded.text;
  const located = locate(shown, text);
  if ('problems' in located) {
    for (const problem of located.problems) console.error(formatProblem(problem));
    console.error(`${escapeLine(shown)}: ${located.problems.length} problem${located.problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  const siblings = new Set(located.tools.map((tool) => tool.name));
  const output = located.tools.map((tool) => {
    const classification = classifyTool(tool, { ...(located.server ? { server: located.server } : {}), siblings });
    return {
      name: tool.name,
      category: classification.category,
      risk: classification.risk,
      confidence: classification.confidence,
      reviewed: classification.reviewed,
      rationale: classification.rationale,
      evidence: classification.evidence,
      evidenceRules: classification.evidenceRules,
      suggestedAnnotations: classification.suggestedAnnotations,
      hintReasons: classification.hintReasons,
      annotationConflicts: classification.annotationConflicts,
      decidedBy: classification.decidedBy,
      patterns: classification.patterns,
      signals: classification.signals,
      policy: recommendRule(tool, classification),
    };
  });
  console.log(JSON.stringify(output, null, 2));
  return 0;
}

/** Finds the tools in any of the accepted shapes and validates them. */
export function locate(file: string, text: string): Located | { problems: Problem[] } {
  // Strictly, as the catalogue is read: duplicate keys and 1e309 are problems, nothing is quoted.
  const read = readJsonDocument(file, text);
  if ('problems' in read) return { problems: read.problems };
  const { json } = read;
  if (!isRecord(json))
    return { problems: [{ file, path: '$', message: 'expected a JSON object with "tools", or a JSON-RPC response to tools/list' }] };

  if ('jsonrpc' in json) {
    if (isRecord(json.error)) {
      const message = typeof json.error.message === 'string' ? json.error.message : 'no message';
      return { problems: [{ file, path: 'error', message: `the JSON-RPC response is an error, not a tool list: ${quote(message)}` }] };
    }
    if (!isRecord(json.result))
      return {
        problems: [
          { file, path: 'result', message: 'expected the tools/list result object (a JSON-RPC response has "result": {"tools": [...]})' },
        ],
      };
    return validateTools(file, json.result, ['result']);
  }
  if ('package' in json || 'provenance' in json) {
    const parsed = safeParseAllKeys(ServerFileSchema, json);
    if (!parsed.success) return { problems: zodProblems(file, json, parsed.error, []) };
    return { tools: parsed.data.tools, server: parsed.data.name };
  }
  return validateTools(file, json, []);
}

function validateTools(file: string, container: Record<string, unknown>, prefix: (string | number)[]): Located | { problems: Problem[] } {
  if (!Array.isArray(container.tools)) {
    return { problems: [{ file, path: formatPath([...prefix, 'tools']), message: 'expected an array of MCP tool definitions' }] };
  }
  const parsed = safeParseAllKeys(ToolListSchema, container.tools);
  if (!parsed.success) return { problems: zodProblems(file, container, parsed.error, prefix, ['tools']) };
  return { tools: parsed.data };
}

/** zod issues as catalogue problems, each naming the tool it is about. */
function zodProblems(
  file: string,
  container: unknown,
  error: z.ZodError,
  prefix: (string | number)[],
  inner: (string | number)[] = [],
): Problem[] {
  return error.issues.map((issue) => {
    const local = [...inner, ...issue.path];
    return {
      file,
      path: formatPath([...prefix, ...local]),
      message: `${issue.message.replace(/^Invalid input: /, '')} (${describeLocation(container, local)})`,
    };
  });
}
