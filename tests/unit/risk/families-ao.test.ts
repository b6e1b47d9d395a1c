/**
 * Word families behind the round-12 parameter fixes: a link kept on the object the tool makes is data,
 * not an address it contacts; a selector of the rules or checks to run narrows the work and widens
 * nothing. Each is checked on several wordings an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// O. A URL attached to the status, check or saved response the tool makes is written down with it: "associated with
// this status", "the associated request's URL", "details URL". A link to a webhook or a health check is still contacted.
ruleFamily(
  'parameter.network-target',
  [
    {
      name: 'create_monitor',
      description: 'Creates a monitor.',
      parameters: { target_url: 'string: Target URL associated with this monitor' },
    },
    {
      name: 'create_uptime_check',
      description: 'Creates an uptime check.',
      parameters: { target_url: 'string: Target URL associated with this check' },
    },
    {
      name: 'create_commit_status',
      description: 'Create the status of a commit.',
      parameters: { target_url: 'string: Target URL associated with this status; the service pings it when the state changes' },
    },
    { name: 'create_route', description: 'Creates a route.', parameters: { proxy_url: 'string: Proxy URL associated with this route' } },
  ],
  [
    {
      name: 'create_commit_status',
      description: 'Create or update the status of a commit.',
      parameters: { target_url: 'string: Target URL associated with this status' },
    },
    {
      name: 'create_check_run',
      description: 'Creates a check run on a commit.',
      parameters: { details_url: "string: The details URL of the integrator's site" },
    },
    {
      name: 'create_deployment_status',
      description: 'Creates a deployment status.',
      parameters: { target_url: 'string: The link shown on the deployment status' },
    },
    {
      name: 'createCollectionResponse',
      description: 'Creates a request response in a collection.',
      parameters: { url: "string: The associated request's URL." },
    },
    {
      name: 'update_saved_example',
      description: 'Updates a saved example response.',
      parameters: { url: "string: the related request's URL" },
    },
    {
      name: 'create_annotation',
      description: 'Creates an annotation on a dashboard.',
      parameters: { link: 'string: URL displayed with the annotation' },
    },
  ],
);

describe('a link associated with a webhook is still where events go', () => {
  it('keeps the delivery line', () => {
    const v = exampleVerdict({
      name: 'create_hook',
      description: 'Creates a hook.',
      parameters: { target_url: 'string: Target URL associated with this webhook' },
    });
    expect(v.rules).toContain('parameter.notification-address');
  });
});

describe('a status whose link is only stored does not send data out', () => {
  it('has no data-exfiltration', () => {
    const v = exampleVerdict({
      name: 'create_commit_status',
      description: 'Create or update the status of a commit.',
      parameters: {
        sha: 'string',
        state: { type: 'string', enum: ['pending', 'success'] },
        target_url: 'string: Target URL associated with this status',
      },
    });
    expect(v.rules).not.toContain('parameter.network-target');
    expect(v.category).toBe('Write');
  });
});

// BULK. A selector widens a call when it picks the resources the tool changes (a label selector); a selector of
// the rules, checks or engines to run, or of an element on a page, narrows the work and widens nothing.
ruleFamily(
  'parameter.bulk',
  [
    {
      name: 'delete_resources',
      description: 'Deletes Kubernetes resources.',
      parameters: { label_selector: "string: Delete resources matching this label selector (e.g. 'app=nginx')" },
    },
    { name: 'scale_pods', description: 'Scales pods.', parameters: { selector: 'string: label selector of the pods to restart' } },
    { name: 'update_objects', description: 'Updates objects.', parameters: { selector: 'string' } },
    {
      name: 'apply_rules',
      description: 'Deletes the objects a selector matches.',
      parameters: { selector: 'string: selector for the objects; the matching objects are removed' },
    },
  ],
  [
    {
      name: 'run_code_analyzer',
      description: 'Runs static analysis on files and writes a results file.',
      parameters: { selector: 'string: Optional selector for Code Analyzer rules. Supports rule names, engines, tags, severities.' },
    },
    {
      name: 'run_linter',
      description: 'Runs the linter and fixes files.',
      parameters: { selector: 'string: selector of the lint rules to apply' },
    },
    {
      name: 'run_scan',
      description: 'Runs a security scan.',
      parameters: { selector: 'string: which checks to run (e.g. "Security:High")' },
    },
    { name: 'click_element', description: 'Clicks an element.', parameters: { selector: 'string: CSS selector of the element to click' } },
    { name: 'fill_form', description: 'Fills a form field.', parameters: { selector: 'string: XPath of the input' } },
  ],
);

describe('a code analyser with a rule selector is not a bulk change', () => {
  it('gives no "many items" reason', () => {
    const v = exampleVerdict({
      name: 'run_code_analyzer',
      description: 'Runs static analysis on files and writes a results file.',
      parameters: { selector: 'string: Optional selector for Code Analyzer rules. Supports rule names, engines, tags, severities.' },
    });
    expect(v.rules).not.toContain('parameter.bulk');
  });
});

// O-filter. An endpoint the description opens by scoping the results to is a value matched against records, not a
// place the tool connects to: "Scope the function's metrics to a specific endpoint/operation".
ruleFamily(
  'parameter.network-target',
  [
    { name: 'get_metrics', description: 'Gets metrics.', parameters: { endpoint: 'string: the endpoint to send the query to' } },
    { name: 'run_probe', description: 'Runs a probe.', parameters: { url: 'string: the URL to probe; the scope of the check' } },
  ],
  [
    {
      name: 'get_function_metrics',
      description: 'Get detailed metrics for a specific function.',
      parameters: { endpoint: "string: Scope the function's metrics to a specific endpoint/operation" },
    },
    {
      name: 'search_functions',
      description: 'Search for functions by name.',
      parameters: { endpoint: 'string: Scope the search to functions that executed under a specific endpoint' },
    },
    {
      name: 'get_latency',
      description: 'Gets request latency.',
      parameters: { url: 'string: Optional. Narrow the results to requests for this URL' },
    },
    { name: 'list_traces', description: 'Lists traces.', parameters: { endpoint: 'string: Scopes results to one endpoint' } },
  ],
);
