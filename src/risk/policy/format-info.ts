/**
 * The formats a policy compiles to, by name: ids, labels, file names and guides. No compiler is
 * imported here, so settings and components can name the formats without loading them.
 */

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
  /** The guide page: /gateways/<guide>/ (content/gateways/<guide>.mdx); undefined for our own format. */
  guide?: string;
}

export const FORMAT_INFO: Record<PolicyFormat, FormatInfo> = {
  json: {
    id: 'json',
    label: 'policy.json',
    gateway: 'a gateway that reads the atlas policy format',
    fileName: 'policy.json',
    language: 'json',
    mediaType: 'application/json',
  },
  cedar: {
    id: 'cedar',
    label: 'Cedar (ToolHive)',
    gateway: 'ToolHive',
    fileName: 'policy.cedar',
    language: 'cedar',
    mediaType: 'text/plain',
    guide: 'toolhive',
  },
  cel: {
    id: 'cel',
    label: 'CEL (agentgateway)',
    gateway: 'agentgateway',
    fileName: 'policy.cel.yaml',
    language: 'yaml',
    mediaType: 'application/yaml',
    guide: 'agentgateway',
  },
  pomerium: {
    id: 'pomerium',
    label: 'Pomerium',
    gateway: 'Pomerium',
    fileName: 'policy.pomerium.yaml',
    language: 'yaml',
    mediaType: 'application/yaml',
    guide: 'pomerium',
  },
  docker: {
    id: 'docker',
    label: 'Docker MCP Gateway',
    gateway: 'Docker MCP Gateway',
    fileName: 'docker-tools.yaml',
    language: 'yaml',
    mediaType: 'application/yaml',
    guide: 'docker',
  },
};

export function isPolicyFormat(value: unknown): value is PolicyFormat {
  return typeof value === 'string' && (POLICY_FORMATS as readonly string[]).includes(value);
}
