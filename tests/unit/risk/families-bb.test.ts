/**
 * Word families behind the round-16 parameter fixes: a boolean option whose own text says that, set, a reading tool
 * starts, stores or brings in something makes the tool a writer, and the rule keeps it off; an output that takes a
 * local file beside an S3 address is a write path, so it carries path traversal.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// FLAG-WRITE on a read tool: "If True …, attempt to initiate the pull-through" brings an image into the private registry.
const WRITE_SWITCHES = [
  {
    name: 'CheckContainerAvailability',
    description: 'Check if a container image is available in ECR.',
    parameters: {
      repository_name: 'string: ECR repository name',
      initiate_pull_through: {
        type: 'boolean',
        description:
          'If True and the image is not found in a pull-through cache repository, attempt to initiate the pull-through using batch_get_image',
      },
    },
  },
  {
    name: 'get_bucket_status',
    description: 'Get the status of a bucket.',
    parameters: { bucket: 'string', create_missing: 'boolean: When true, creates the bucket if it does not exist' },
  },
  {
    name: 'get_health_summary',
    description: 'Get a health summary of the application.',
    parameters: { auto_trigger_checks: 'boolean: Automatically trigger config checks if no recent results exist. Default: True.' },
  },
  {
    name: 'sam_logs',
    description: 'Fetches CloudWatch logs of a SAM application.',
    parameters: { save_params: 'boolean: Save parameters to the SAM configuration file' },
  },
  {
    name: 'describe_stack',
    description: 'Describe a stack.',
    parameters: { register_webhook: 'boolean: if set to true, the tool will also register a webhook for stack events' },
  },
];
ruleFamily('parameter.write-switch', WRITE_SWITCHES, [
  // Options that only shape the read.
  {
    name: 'get_image',
    description: 'Get a container image.',
    parameters: { detailed: 'boolean: If True, include the layers of the image' },
  },
  {
    name: 'fetch_url',
    description: 'Fetch a web page.',
    parameters: { debug: 'boolean: Whether to enable debug mode (showing browser window)' },
  },
  {
    name: 'get_logs',
    description: 'Get the log events of a stream.',
    parameters: { start_from_head: 'boolean: Whether to start from the beginning (True) or end (False) of the log stream' },
  },
  // Results kept for the agent, not in the world.
  {
    name: 'check_security_services',
    description: 'Check which security services are enabled.',
    parameters: { store_in_context: 'boolean: Whether to store results in context for access by other tools' },
  },
  // On a tool that has no verb and manages many things, an opening verb says what kind of thing its own action makes.
  {
    name: 'git_tag',
    description: 'Manage tags: list, create, delete or verify.',
    parameters: { mode: 'string', annotated: 'boolean: Create an annotated tag with message' },
  },
  // A tool that already writes: the option adds nothing.
  {
    name: 'create_bucket',
    description: 'Create a bucket.',
    parameters: { create_missing: 'boolean: When true, creates the parent folder if it does not exist' },
  },
]);

describe('a reading tool with a switch that writes is Write/medium, with the switch kept off', () => {
  it.each(WRITE_SWITCHES)('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action, v.ro]).toEqual(['Write', 'medium', 'rate_limit', false]);
    const [option] = Object.entries(example.parameters).find(([, s]) => JSON.stringify(s).includes('boolean'))!;
    expect(v.arguments?.[option]).toEqual({ kind: 'oneOf', values: [false] });
  });
});

// PATH-TRAVERSAL-missed on an output that takes a local file beside an S3 address: it can write any local path.
const LOCAL_OR_BUCKET = [
  {
    name: 'GenerateRunTimeline',
    description: 'Generate a Gantt-style timeline visualization for a workflow run.',
    parameters: { output_path: 'string: Optional file path or S3 URI (s3://bucket/key) where the SVG output will be written.' },
  },
  {
    name: 'package_workflow',
    description: 'Package a workflow into a ZIP archive.',
    parameters: { output_path: 'string: optional local path or S3 URI (s3://bucket/key) where the ZIP output will be written' },
  },
  {
    name: 'visualize_graph',
    description: 'Visualize the dependency graph.',
    parameters: { export_path: 'string: a path or S3 URI where the image is saved' },
  },
  {
    name: 'save_results',
    description: 'Saves results.',
    parameters: { save_to: 'string: a path, or s3://bucket/key, to save the results to' },
  },
];
const BUCKET_ONLY = [
  {
    name: 'convert_dataset',
    description: 'Converts a dataset.',
    parameters: { output_location: 'string: S3 prefix where converted files are saved' },
  },
  {
    name: 'get_query_results',
    description: 'Get the results of a query.',
    parameters: { output_location: 'string: S3 location in which to store the results' },
  },
  {
    name: 'export_report',
    description: 'Export the report.',
    parameters: { output_path: 'string: S3 URI (s3://bucket/key) where the report will be written' },
  },
];
ruleFamily('parameter.output-file-or-bucket', LOCAL_OR_BUCKET, BUCKET_ONLY);
ruleFamily('parameter.output-bucket', BUCKET_ONLY, LOCAL_OR_BUCKET);

describe('an output that takes a local file beside an S3 address carries path traversal; one that takes only S3 does not', () => {
  const patternsOf = (example: ToolExample) => classifyTool(exampleTool(example)).patterns.map((p) => p.id);
  it.each(LOCAL_OR_BUCKET)('$name', (example) => {
    expect(patternsOf(example)).toEqual(expect.arrayContaining(['path-traversal', 'data-exfiltration']));
    const v = exampleVerdict(example);
    expect(Object.values(v.arguments ?? {})).toContainEqual({ kind: 'prefix', prefix: 's3://your-bucket/', placeholder: true });
  });
  it.each(BUCKET_ONLY)('$name', (example) => {
    expect(patternsOf(example)).not.toContain('path-traversal');
  });
});
