/**
 * Word families behind the round-15 parameter fixes: an output argument whose own text says the tool writes there makes a
 * read-named tool a writer; a path relative to a remote argument's place is remote too; how long a consumer holds what it
 * took gets a cap, and a cap never exceeds the maximum the argument's text states.
 */
import { describe, expect, it } from 'vitest';
import { capFor } from '../../../src/risk/policy/recommend.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

// WRITE-PATH on a read-named tool. "where the SVG output will be written": whatever the verb, the tool writes there.
const OUTPUT_WRITTEN = [
  {
    name: 'GenerateRunTimeline',
    description: 'Generate a Gantt-style timeline visualization for a workflow run.',
    parameters: {
      run_id: 'string',
      output_path: 'string: Optional file path or S3 URI (s3://bucket/key) where the SVG output will be written.',
    },
  },
  {
    name: 'render_report',
    description: 'Render the cost report as a PDF.',
    parameters: { output_file: 'string: local file path or S3 URI to write the PDF to' },
  },
  {
    name: 'visualize_graph',
    description: 'Visualize the dependency graph.',
    parameters: { export_path: 'string: a path or S3 URI where the image is saved' },
  },
];
// (An output that takes only an S3 address, "S3 location in which to store the results", is parameter.output-bucket: families-bb.)
ruleFamily('parameter.output-file-or-bucket', OUTPUT_WRITTEN, [
  // Only a mention of writing elsewhere: the argument picks a format, not a place.
  {
    name: 'GenerateRunTimeline',
    description: 'Generate a timeline.',
    parameters: { output_format: 'string: svg or base64. Use svg when writing to a local or s3 path.' },
  },
  // Where the input comes from, not where output goes.
  {
    name: 'render_report',
    description: 'Render a report.',
    parameters: { input_path: 'string: file path or S3 URI of the data to render' },
  },
  // A read-named tool whose output argument says nothing of writing there.
  {
    name: 'get_export',
    description: 'Get an export job.',
    parameters: { output_path: 'string: the S3 URI of the export, as the job reported it' },
  },
]);

describe('a read-named tool that writes its output where the agent says is Write/medium, kept in your bucket', () => {
  it.each(OUTPUT_WRITTEN.slice(0, 2))('$name', (example) => {
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action, v.ro]).toEqual(['Write', 'medium', 'rate_limit', false]);
    expect(Object.values(v.arguments ?? {})).toContainEqual({ kind: 'prefix', prefix: 's3://your-bucket/', placeholder: true });
  });
});

// E-remote-path. A path relative to another argument's place lies where that one does: on the website, not this machine.
ruleFamily(
  'parameter.write-path',
  [
    {
      name: 'start_build',
      description: 'Start a build of the project files.',
      parameters: {
        root_directory: 'string: the local project directory',
        output_directory: 'string: Build output directory relative to the root directory',
      },
    },
    {
      name: 'export_chart',
      description: 'Export a chart to a file.',
      parameters: { output_dir: 'string: directory relative to the current working directory where the files are written' },
    },
  ],
  [
    {
      name: 'hosting_startBuild',
      description: "Start a Node.js build using files already present on the website's file storage.",
      parameters: {
        root_directory: 'string: Application root directory (where package.json is located) relative to public_html',
        output_directory: 'string: Build output directory relative to the root directory',
      },
    },
    {
      name: 'update_build_settings',
      description: 'Replaces the build settings stored for the site.',
      parameters: {
        base_dir: 'string: base directory relative to the website root',
        output_dir: 'string: output folder relative to the base dir',
      },
    },
    {
      name: 'configure_site',
      description: 'Configure a static site.',
      parameters: {
        repo_path: 'string: the path inside the repository',
        output_directory: 'string: Output directory, relative to `repo_path`.',
      },
    },
  ],
);

describe('how long a consumer holds what it took is capped; a count past the service’s own cap gets none', () => {
  const receive = (parameters: Record<string, string>) =>
    exampleVerdict({
      name: 'receive_message',
      description: 'Receive messages from a queue.',
      parameters: { queue_url: 'string', ...parameters },
    });
  it.each([
    ['VisibilityTimeout', 'integer'],
    ['visibility_timeout_seconds', 'integer: seconds the messages stay hidden from other consumers'],
    ['lock_duration', 'integer'],
    ['lease_duration_seconds', 'number'],
  ])('%s', (name, spec) => {
    expect(receive({ [name]: spec }).arguments?.[name]).toEqual({ kind: 'max', max: 900 });
  });
  it('MaxNumberOfMessages', () => {
    expect(receive({ MaxNumberOfMessages: 'integer' }).arguments?.MaxNumberOfMessages).toBeUndefined();
  });
  it('a queue message’s text is not a duration', () => {
    expect(receive({ message_group_id: 'string' }).arguments?.message_group_id).toBeUndefined();
  });
});

describe('a cap never exceeds the maximum the argument’s own text states', () => {
  const search = (description: string) => ({ kind: 'max', max: capFor('max_results', { type: 'integer', description }) });
  const wait = (description: string) => ({ kind: 'max', max: capFor('timeout_seconds', { type: 'integer', description }) });
  it.each([
    ['Maximum: 50', 50],
    ['number of results (max 20)', 20],
    ['between 1 and 25', 25],
    ['Valid values: 1 to 10', 10],
    ['up to 40 results', 40],
  ])('%s', (spec, cap) => {
    expect(search(spec)).toEqual({ kind: 'max', max: cap });
  });
  it('a larger stated maximum leaves our cap', () => {
    expect(search('maximum 5000')).toEqual({ kind: 'max', max: 100 });
  });
  it.each(['Timeout in seconds (min: 5, max: 300)'])('%s', (spec) => {
    expect(wait(spec)).toEqual({ kind: 'max', max: 300 });
  });
  // A maximum in another unit is not a number of seconds.
  it.each(['timeout, up to 15 minutes', 'max 2 hours', 'maximum 30s'])('%s', (spec) => {
    expect(wait(spec)).toEqual({ kind: 'max', max: 900 });
  });
});
