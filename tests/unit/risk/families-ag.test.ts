/**
 * Word families behind the round-10 parameter fixes: paid capacity sized deep inside a request (SPEND), a switch named
 * or described as overwriting (OVERWRITE), an address that is the created object's own field or bounded by the operator's
 * list (O), the registry a push goes to (DELIVERY), a list that picks existing groups (SIZING-false), and a vendor's token.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

const accelerators = (scale: string, slug = 'string: GPU accelerator slug') => ({
  type: 'array',
  description: 'Model deployments to configure',
  items: {
    type: 'object',
    properties: {
      Accelerators: {
        type: 'array',
        description: 'GPU accelerators for this model deployment',
        items: {
          type: 'object',
          properties: {
            AcceleratorSlug: { type: 'string', description: slug.replace(/^string: /, '') },
            Scale: { type: 'number', description: scale },
          },
        },
      },
    },
  },
});

// SPEND. A count of billed machines, or the GPU they carry, sizes paid capacity however deep it sits and whatever it is called.
ruleFamily(
  'parameter.sizes-capacity',
  [
    {
      name: 'dedicated-inference-create',
      description: 'Create a new Dedicated Inference instance.',
      parameters: { Name: 'string', ModelDeployments: accelerators('Number of accelerator instances') },
    },
    {
      name: 'update-nodepool',
      description: 'Update a node pool in a Kubernetes cluster.',
      parameters: { Count: 'number: The number of nodes in the node pool' },
    },
    {
      name: 'update-nodepool',
      description: 'Update a node pool in a Kubernetes cluster.',
      parameters: { MaxNodes: 'number: The maximum number of nodes for auto-scaling' },
    },
    {
      name: 'create_endpoint',
      description: 'Creates a dedicated inference endpoint on GPU instances.',
      parameters: { replicas_wanted: 'integer: desired number of GPU instances' },
    },
    {
      name: 'create_training_cluster',
      description: 'Creates a training cluster.',
      parameters: { accelerator: 'string: the GPU accelerator type, e.g. H100' },
    },
  ],
  [
    {
      name: 'dedicated-inference-get',
      description: 'Get a Dedicated Inference instance.',
      parameters: { ModelDeployments: accelerators('Number of accelerator instances') },
    },
    {
      name: 'list_nodes',
      description: 'List the nodes of a cluster.',
      parameters: { limit: 'integer: The maximum number of nodes to return' },
    },
    {
      name: 'update_pipeline',
      description: 'Update a data pipeline.',
      parameters: { retries: 'integer: The number of retries' },
    },
    // SIZING-false. A list that picks existing groups for another change provisions nothing.
    {
      name: 'manage_cluster_nodes',
      description: 'Manage HyperPod clusters and nodes: update software, delete nodes.',
      parameters: { instance_groups: 'array: The array of instance groups for which to update AMI versions.' },
    },
    {
      name: 'update_cluster',
      description: 'Update the nodes of a cluster.',
      parameters: { instance_groups: 'array: Names of the instance groups to restart' },
    },
    {
      name: 'upgrade_cluster',
      description: 'Upgrade a Kubernetes cluster.',
      parameters: { node_pools: 'array: The node pools to upgrade to the new version' },
    },
  ],
);

// SPEND (tier). A volume's size in GB, a load balancer's size units, a size described as a tier: the agent picks what is billed.
ruleFamily(
  'parameter.sizes-tier',
  [
    {
      name: 'volume-create',
      description: 'Create a new block storage volume',
      parameters: { SizeGigaBytes: 'number: The size of the volume in GB' },
    },
    {
      name: 'lb-create',
      description: 'Create a new Load Balancer',
      parameters: { SizeUnit: 'number: Size of the load balancer in units appropriate to its type' },
    },
    {
      name: 'vector-db-resize',
      description: 'Resize a vector database cluster to a new resource tier.',
      parameters: { Size: 'string: New resource tier. One of: small, medium, large' },
    },
  ],
  [
    { name: 'create_image', description: 'Generate an image.', parameters: { size: 'string: image size, e.g. 1024x1024' } },
    { name: 'list_volumes', description: 'List volumes.', parameters: { SizeGigaBytes: 'number: filter by size in GB' } },
  ],
);

// OVERWRITE. A switch named for overwriting, or described as replacing what exists, can destroy it.
ruleFamily(
  'parameter.overwrite-option',
  [
    {
      name: 'install_wordpress',
      description: 'Install WordPress on an existing website.',
      parameters: {
        overwrite:
          'boolean: When false (default), does not replace an existing installation. If WordPress is already installed, the install job fails unless true.',
      },
    },
    { name: 'download_template', description: 'Download a project template.', parameters: { overwrite: 'boolean: whether to overwrite' } },
    { name: 'save_config', description: 'Saves the configuration.', parameters: { replace_existing: 'boolean' } },
    { name: 'deploy_site', description: 'Deploys a site.', parameters: { clobber: 'boolean' } },
    {
      name: 'restore_backup',
      description: 'Restores a backup.',
      parameters: { force: 'boolean: if true, the existing database is replaced by the backup' },
    },
    {
      name: 'import_records',
      description: 'Imports records.',
      parameters: { mode_all: 'boolean: replace the current records with the imported ones' },
    },
  ],
  [
    { name: 'validate_dns_records', description: 'Validate DNS records before an update.', parameters: { overwrite: 'boolean' } },
    {
      name: 'delete_node',
      description: 'Delete a node from a pool.',
      parameters: { replace: 'boolean: Whether to replace the node after deletion' },
    },
    { name: 'create_file', description: 'Creates a file.', parameters: { create_parents: 'boolean: create missing folders' } },
  ],
);

describe('an overwrite switch makes the tool destructive and is kept off', () => {
  it('sets destructiveHint and pins the switch to false', () => {
    const v = exampleVerdict({
      name: 'install_wordpress',
      description: 'Install WordPress on an existing website.',
      parameters: { domain: 'string', overwrite: 'boolean: When false (default), does not replace an existing installation.' },
    });
    expect(v.arguments?.overwrite).toEqual({ kind: 'oneOf', values: [false] });
  });
});

// O. The address of the object the tool saves is its data; an address the operator's list bounds is not the agent's choice.
ruleFamily(
  'parameter.network-target',
  [
    { name: 'connect_database', description: 'Connects to a database.', parameters: { url: 'string: the server URL to connect to' } },
    { name: 'create_collection_request', description: 'Creates a request.', parameters: { proxy: 'string: the proxy URL' } },
    {
      name: 'list_orgs',
      description: 'List all organizations.',
      parameters: { url: 'string: InfluxDB server URL override. Any reachable server may be given.' },
    },
  ],
  [
    {
      name: 'create_collection_request',
      description: 'Creates a request in a collection.',
      parameters: { url: "string: The request's URL." },
    },
    { name: 'update_bookmark', description: 'Updates a bookmark.', parameters: { url: 'string: the URL of the bookmark' } },
    {
      name: 'list_orgs',
      description: 'List all organizations.',
      parameters: { url: 'string: Optional server URL override. The URL must match INFLUXDB_URL or an entry in INFLUXDB_ALLOWED_URLS.' },
    },
    {
      name: 'query_metrics',
      description: 'Query metrics.',
      parameters: { endpoint: 'string: the endpoint to query; must be one of the allowlisted hosts' },
    },
    {
      name: 'run_check',
      description: 'Run a health check.',
      parameters: { url: 'string: restricted to the configured endpoints' },
    },
  ],
);

// DELIVERY. The registry or remote a push goes to is a destination the agent picks.
ruleFamily(
  'parameter.push-destination',
  [
    {
      name: 'push_image',
      description: 'Push a container image to a repository.',
      parameters: { image: 'string: The full image name to push, including the repository URL and tag' },
    },
    { name: 'publish_package', description: 'Publishes a package.', parameters: { registry: 'string: the registry URL to publish to' } },
    { name: 'git_push', description: 'Pushes commits.', parameters: { remote: 'string: name or URL of the remote' } },
    { name: 'copy_image', description: 'Copies an image.', parameters: { dest: 'string: the destination registry address' } },
  ],
  [
    { name: 'pull_image', description: 'Pulls an image.', parameters: { image: 'string: the image name, including the repository URL' } },
    { name: 'push_image', description: 'Push an image.', parameters: { tag: 'string: the tag to push' } },
    { name: 'push_image', description: 'Push an image.', parameters: { registry: { type: 'string', enum: ['ecr', 'ghcr'] } } },
  ],
);

describe('a push to a registry the agent names reaches out', () => {
  it('gives data-exfiltration and openWorldHint true', () => {
    const tool = {
      name: 'push_image',
      description: 'Push a container image to a repository.',
      parameters: { image: 'string: The full image name to push, including the repository URL and tag' },
    };
    expect(exampleVerdict(tool).rules).toContain('parameter.push-destination');
  });
});

// SENS. A token named for its vendor is a secret when its description calls it an API, access or auth token.
ruleFamily(
  'parameter.secret',
  [
    { name: 'create_endpoint', parameters: { HuggingFaceToken: 'string: HuggingFace API token for gated models' } },
    { name: 'clone_repo', parameters: { gitlab_token: 'string: GitLab personal access token' } },
    { name: 'connect', parameters: { influx_token: 'string: authentication token for the server' } },
  ],
  [
    { name: 'list_items', parameters: { continuation_token: 'string: the token of the next page' } },
    { name: 'create_item', parameters: { idempotency_token: 'string: a unique token for retries' } },
  ],
);
