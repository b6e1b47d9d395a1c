/**
 * Word families behind the round-13 parameter fixes: a content argument whose own text (or the tool's) says it takes a local
 * file path is a local path whatever its name; a path that labels content passed beside it, or that the tool says it does
 * not read, is no local read; a path inside a diff position is a file of the commit; a reading tool that extracts,
 * summarises or analyses the pages at an address fetches them.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import type { JsonSchemaNode } from '../../../src/catalogue/schema.ts';
import { rulesApplied } from '../../../src/risk/rules/index.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// E-local-file. "Local file path (preferred) or raw content string" on an upload: the file named leaves the machine.
ruleFamily(
  'parameter.upload-path',
  [
    {
      name: 'upload_artifact',
      description: 'Upload a file or raw content as an artifact.',
      parameters: { content: 'string: Local file path (preferred) or raw content string' },
    },
    {
      name: 'upload_document',
      description: 'Uploads a document to the knowledge base.',
      parameters: { source: 'string: A local file path or the document text' },
    },
    {
      name: 'attach_file',
      description: 'Attach a file to the ticket.',
      parameters: { data: 'string: local path to the file, or its base64 content' },
    },
    {
      name: 'upload_artifact',
      description:
        'Upload a file or raw content as an artifact.\n\nIf content is a valid file path, reads from disk. Otherwise treats content as raw data.',
      parameters: { content: 'string: the artifact' },
    },
    {
      name: 'upload_asset',
      description: 'Uploads an asset. When `body` is a local file path, the file is read and sent.',
      parameters: { body: 'string' },
    },
  ],
  [
    {
      name: 'upload_artifact',
      description: 'Upload raw content as an artifact.',
      parameters: { content: 'string: raw content string (utf-8 or base64)' },
    },
    {
      name: 'upload_artifact',
      description: 'Upload an artifact.',
      parameters: { content: 'string: The artifact content, not a local file path' },
    },
    {
      name: 'upload_artifact',
      description: 'Upload an artifact. If name is a valid file path, the extension sets the type.',
      parameters: { content: 'string: the artifact text', name: 'string: artifact name' },
    },
    {
      name: 'upload_artifact',
      description: 'Upload an artifact.',
      parameters: { content: 'string: Local timezone or raw content string' },
    },
  ],
);

// (Round 14: the author prefers the local path, so most calls send a local file no check reaches: a person approves each.)
describe('E-local-file: a path-or-content argument gets no /workspace/ prefix, and approval when the local path is preferred', () => {
  it('upload_artifact(content: "Local file path (preferred) or raw content string")', () => {
    const v = exampleVerdict({
      name: 'upload_artifact',
      description: 'Upload a file or raw content as an artifact.',
      parameters: { content: 'string: Local file path (preferred) or raw content string' },
    });
    expect(v.rules).toContain('parameter.upload-path');
    expect(v.action).toBe('require_approval');
    expect(v.arguments?.content).toBeUndefined();
  });
});

// E-content-as-path (b). A path whose own text says the tool leaves reading the file to the agent reaches nothing.
ruleFamily(
  'parameter.path',
  [
    { name: 'read_file', description: 'Reads a file.', parameters: { path: 'string: absolute path of the file to read' } },
    {
      name: 'validate_files',
      description: 'Validates files.',
      parameters: { target_paths: 'string[]: Optional list of absolute file paths to validate.' },
    },
    {
      name: 'file_info',
      description: 'Returns information about a file.',
      parameters: { path: 'string: absolute path. This tool does not read file contents, only its metadata (size, permissions).' },
    },
  ],
  [
    {
      name: 'validate_and_optimize',
      description: 'Returns a runbook that instructs the agent to call a list of validators.',
      parameters: {
        targetPaths:
          'string[]: Optional list of absolute file paths to validate. This tool does not read file contents — the agent is responsible for reading each file.',
      },
    },
    {
      name: 'plan_review',
      description: 'Builds a review plan.',
      parameters: { files: 'string[]: absolute paths of the files to review; the agent is responsible for reading them' },
    },
    {
      name: 'plan_review',
      description: 'Builds a review plan.',
      parameters: { path: 'string: local file path, for reference only' },
    },
    {
      name: 'plan_review',
      description: 'Builds a review plan.',
      parameters: { file_path: "string: absolute path of the file. The tool doesn't open the file." },
    },
  ],
);

function toolWith(name: string, properties: Record<string, JsonSchemaNode>) {
  return classifyTool({ name, description: 'Analyzes components.', inputSchema: { type: 'object', properties } });
}
const fileObject = (extra: Record<string, JsonSchemaNode>): JsonSchemaNode => ({
  type: 'object',
  properties: { path: { type: 'string', description: 'path to component file relative to the bundle root' }, ...extra },
});

// E-content-as-path (a). A `path` beside the file's `content` in one object labels what was passed in, on a reading tool.
describe('E-content-as-path: a path beside its content is a label', () => {
  it.each([
    ['content', { type: 'string', description: 'content of the file' }],
    ['text', { type: 'string', description: 'the text of the file' }],
    ['source', { type: 'string', description: 'file source' }],
  ] as const)('get_component_analysis(js.path, js.%s) has no path line', (key, schema) => {
    const c = toolWith('get_component_analysis', { js: fileObject({ [key]: schema }) });
    expect([...rulesApplied(c)]).not.toContain('parameter.path');
  });
  it('a list of { path, content } files on a reading tool has none either', () => {
    const c = toolWith('analyze_bundle', {
      files: { type: 'array', items: fileObject({ content: { type: 'string', description: 'file content' } }) },
    });
    expect([...rulesApplied(c)]).not.toContain('parameter.path');
  });
  it('a nested absolute path with no content beside it still reaches the disk', () => {
    const c = toolWith('get_component_analysis', {
      js: { type: 'object', properties: { path: { type: 'string', description: 'absolute path of the local file to analyze' } } },
    });
    expect([...rulesApplied(c)]).toContain('parameter.path');
  });
  it('a tool that writes { path, content } files still writes where path points', () => {
    const c = toolWith('write_files', {
      files: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            path: { type: 'string', description: 'absolute path of the local file' },
            content: { type: 'string', description: 'content to write' },
          },
        },
      },
    });
    expect([...rulesApplied(c)].some((id) => id === 'parameter.path' || id === 'parameter.write-path')).toBe(true);
  });
});

// E-remote-path. A path in a diff position (beside base/head SHAs, "file path after changes", "for diff comments") is a file of the commit.
describe('E-remote-path: a diff position names files of the merge request', () => {
  const position = (pathDescription: string, shas: boolean): JsonSchemaNode => ({
    type: 'object',
    properties: {
      ...(shas ? { base_sha: { type: 'string' }, head_sha: { type: 'string' } } : {}),
      new_path: { type: 'string', description: pathDescription },
      old_path: { type: 'string', description: pathDescription },
    },
  });
  it.each([
    ['File path after changes. REQUIRED for most diff comments.', true],
    ['File path after changes.', false],
    ['Path of the file, used for diff comments.', false],
    ['Path of the file.', true],
  ] as const)('update_draft_note(position: "%s", shas %s) has no path line', (described, shas) => {
    const c = toolWith('update_draft_note', { body: { type: 'string' }, position: position(described, shas) });
    expect([...rulesApplied(c)]).not.toContain('parameter.path');
  });
  it('a top-level local path beside a revision keeps its line (a local git tool)', () => {
    const c = classifyTool({
      name: 'git_show',
      description: 'Shows a commit of a local Git repository.',
      inputSchema: {
        type: 'object',
        properties: { repo_path: { type: 'string', description: 'Path to the local Git repository' }, revision: { type: 'string' } },
      },
    });
    expect([...rulesApplied(c)]).toContain('parameter.path');
  });
});

// Extraction from pages: a reading tool that extracts, summarises or analyses what is at `url(s)` fetches those pages.
ruleFamily(
  'parameter.fetch-url',
  [
    { name: 'firecrawl_extract', parameters: { urls: 'string[]', prompt: 'string' }, annotations: { readOnlyHint: true } },
    { name: 'extract', description: 'Extract structured data as JSON.', parameters: { url: 'string' } },
    { name: 'summarize_page', parameters: { url: 'string' } },
    { name: 'analyze_links', parameters: { links: 'string[]' } },
    { name: 'translate_document', parameters: { document_url: 'string' } },
  ],
  [
    { name: 'parse_teams_url', description: 'Parses a Teams URL into its IDs.', parameters: { url: 'string' } },
    { name: 'extract_id', description: 'Extracts the ID from an address.', parameters: { queue_url: 'string' } },
    { name: 'create_bookmark', parameters: { url: 'string' } },
  ],
);

describe('extraction from pages carries indirect prompt injection, as scraping does', () => {
  it('firecrawl_extract(urls, prompt)', () => {
    const c = classifyTool({
      name: 'firecrawl_extract',
      description: 'Deprecated compatibility entry point.',
      inputSchema: { type: 'object', properties: { urls: { type: 'array', items: { type: 'string' } }, prompt: { type: 'string' } } },
      annotations: { readOnlyHint: true, openWorldHint: true },
    });
    expect(c.patterns.map((p) => p.id)).toContain('indirect-prompt-injection');
  });
});
