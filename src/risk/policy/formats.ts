/**
 * The gateway formats a policy compiles to, and what a compiler hands back: the file's text and
 * the list of what the target cannot enforce. Each target's compiler is its own small pure module
 * (cedar.ts, cel.ts, pomerium.ts, docker.ts); this file only names them and dispatches, so the
 * site, the FAQ and the policy builder in the browser all run the same code.
 *
 * Imports nothing at run time but the compilers and escapers: the policy builder loads this in the
 * browser, where zod and the risk engine have no place.
 */
import type { PolicyFile } from './schema.ts';
import type { CompiledPolicy, CompileOptions } from './limitations.ts';
import type { PolicyFormat } from './format-info.ts';
import { cedarText, celText, yamlText } from './escape.ts';
import { compileCedar } from './cedar.ts';
import { compileCel } from './cel.ts';
import { compileDocker } from './docker.ts';
import { compilePomerium } from './pomerium.ts';

export type { CompiledPart, CompiledPolicy, CompileOptions, Limitation, LimitationKind } from './limitations.ts';

export { FORMAT_INFO, isPolicyFormat, POLICY_FORMATS, type FormatInfo, type PolicyFormat } from './format-info.ts';

/** Our own format: the policy file itself. */
export function compileJson(policy: PolicyFile): CompiledPolicy {
  const text = `${JSON.stringify(policy, null, 2)}\n`;
  return { format: 'json', text, parts: [{ tool: null, text }], limitations: [] };
}

/** The policy in `format`. */
export function compilePolicy(format: PolicyFormat, policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  switch (format) {
    case 'json':
      return compileJson(policy);
    case 'cedar':
      return compileCedar(policy, options);
    case 'cel':
      return compileCel(policy, options);
    case 'pomerium':
      return compilePomerium(policy, options);
    case 'docker':
      return compileDocker(policy, options);
  }
}

/** How `format` writes a tool's name everywhere in its file (the site swaps it for a placeholder to highlight once per shape). */
export function nameInFile(format: PolicyFormat, name: string): string {
  switch (format) {
    case 'json':
      return JSON.stringify(name).slice(1, -1);
    case 'cedar':
      return cedarText(name);
    case 'cel':
      return celText(name).replace(/'/g, "''");
    case 'pomerium':
    case 'docker':
      return yamlText(name);
  }
}
