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
import { compileCedar } from './cedar.ts';
import { compileCel } from './cel.ts';
import { compileDocker } from './docker.ts';
import { compilePomerium } from './pomerium.ts';

export type { CompiledPart, CompiledPolicy, CompileOptions, Limitation, LimitationKind } from './limitations.ts';

export const POLICY_FORMATS = ['json', 'cedar', 'cel', 'pomerium', 'docker'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

export interface FormatInfo {
  id: PolicyFormat;
  /** The tab's label. */
  label: string;
  /** The gateway that reads it, as a reader knows it. */
  gateway: string;
  /** The file beside policy.json on a server's page: /servers/<slug>/<fileName>. */
  fileName: string;
  /** The shiki language that highlights it. */
  language: 'json' | 'cedar' | 'yaml';
  /** The MIME type of the static file and the download. */
  mediaType: string;
  /** The guide page's slug (content/docs/<guide>.mdx), or undefined for our own format. */
  guide?: string;
}

export const FORMAT_INFO: Record<PolicyFormat, FormatInfo> = {
  json: { id: 'json', label: 'policy.json', gateway: 'a gateway that reads the atlas policy format', fileName: 'policy.json', language: 'json', mediaType: 'application/json' },
  cedar: { id: 'cedar', label: 'Cedar (ToolHive)', gateway: 'ToolHive', fileName: 'policy.cedar', language: 'cedar', mediaType: 'text/plain', guide: 'gateways/toolhive' },
  cel: { id: 'cel', label: 'CEL (agentgateway)', gateway: 'agentgateway', fileName: 'policy.cel.yaml', language: 'yaml', mediaType: 'application/yaml', guide: 'gateways/agentgateway' },
  pomerium: { id: 'pomerium', label: 'Pomerium', gateway: 'Pomerium', fileName: 'policy.pomerium.yaml', language: 'yaml', mediaType: 'application/yaml', guide: 'gateways/pomerium' },
  docker: { id: 'docker', label: 'Docker MCP Gateway', gateway: 'Docker MCP Gateway', fileName: 'docker-tools.yaml', language: 'yaml', mediaType: 'application/yaml', guide: 'gateways/docker' },
};

export function isPolicyFormat(value: unknown): value is PolicyFormat {
  return typeof value === 'string' && (POLICY_FORMATS as readonly string[]).includes(value);
}

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
