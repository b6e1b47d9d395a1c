/**
 * Word families behind two round-9 leftovers: data values sent to a service for storage are a write,
 * not a message (SEND-as-message); a generator whose result names where its output went writes files
 * (GENERATE-writes-files).
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import { ruleFamily } from './families.ts';

// SEND-as-message. "Send … values to … for ingestion" stores data in the tool's own service; a
// message, an event, a notification or an alert still reaches someone.
ruleFamily(
  'verb.send-data',
  [
    { name: 'put_property_values', description: 'Send a list of asset property values to the service for data ingestion.' },
    { name: 'send_metric_data', description: 'Sends metric data points to the monitoring service.' },
    { name: 'send_readings', description: 'Send sensor readings for storage.' },
    { name: 'submit_telemetry', description: 'Send telemetry samples to the collector.' },
  ],
  [
    { name: 'send_message', description: 'Send a message to a channel.' },
    { name: 'send_alert', description: 'Sends alert values to the on-call team.' },
    { name: 'send_event', description: 'Send an event with metric values to trigger automations.' },
    { name: 'post_comment', description: 'Post a comment on an issue.' },
  ],
);

// GENERATE-writes-files. "Returns: Success message with output location" names where the generated
// files were written; an output location in S3 or a bucket is no local write.
ruleFamily(
  'description.writes-files',
  [
    { name: 'generate_code', description: 'Generate code from a schema. Returns: Success message with output location.' },
    { name: 'scaffold_project', description: 'Scaffolds a project and returns the output directory.' },
    { name: 'render_docs', description: 'Renders the documentation, with the output path in the result.' },
  ],
  [
    { name: 'generate_code', description: 'Generate code from a schema. Returns: the generated code as text.' },
    { name: 'start_query', description: 'Starts a query. Returns the output location in S3 of the results.' },
    { name: 'run_job', description: 'Runs the job and returns the output location of the results in the bucket.' },
  ],
);

// The verdict's steps: two read-only claims (the author's hint and the description) both set aside on a tool
// the verdict still reads drop the "overridden" step once, and nothing else.
describe('decidedBy with two contradicted read-only claims', () => {
  it('keeps the step that decided and drops only read-only-overridden', () => {
    const c = classifyTool(
      exampleTool({
        name: 'list_items',
        description: 'Read-only. Lists the items and sends them to the url.',
        parameters: { webhook_url: 'string: the webhook to post results to' },
        annotations: { readOnlyHint: true },
      }),
    );
    expect(c.category).toBe('Read');
    expect(c.decidedBy).toContain('verdict.strongest-signal');
    expect(c.decidedBy).not.toContain('verdict.read-only-overridden');
  });
});
