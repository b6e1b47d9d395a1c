/**
 * Word families behind the round-7 fixes and the round-6 leftovers (O addresses that identify or
 * are kept for later, …): each fix is checked on several wordings an author would use, not only the
 * sampled one, and on close ones where it must stay quiet.
 */
import { ruleFamily } from './families.ts';

// O. An address is a recipient only when the tool delivers now (a sending verb, or a forwarding
// address that every matching message will go to). An address that picks out a stored record, or a
// draft's address kept for a later send, delivers nothing.
ruleFamily(
  'parameter.recipient',
  [
    { name: 'send_email', description: 'Sends an email.', parameters: { to: 'string: recipient address' } },
    { name: 'notify_user', description: 'Notifies a user by email.', parameters: { email: 'string: the address to notify' } },
    { name: 'post_alert', description: 'Publishes an alert to subscribers.', parameters: { recipients: 'string' } },
    {
      name: 'create_contact',
      description: 'Creates a contact and sends it a confirmation email.',
      parameters: { email: 'string' },
    },
    {
      name: 'create_mail_rule',
      description: 'Creates a rule that Outlook applies to incoming messages.',
      parameters: { forward_to: 'string: addresses the matching messages are forwarded to' },
    },
  ],
  [
    { name: 'update_contact', description: 'Update a contact (by ID or email).', parameters: { email: 'string: Contact email address' } },
    {
      name: 'remove_contact_from_segment',
      description: 'Remove a contact from a segment (by contact ID or email).',
      parameters: { email: 'string: Contact email address', segment_id: 'string' },
    },
    {
      name: 'add_suppression',
      description: 'Add an email address to the suppression list. Suppressed addresses never receive emails.',
      parameters: { email: 'string: Email address to suppress' },
    },
    {
      name: 'create_draft_email',
      description: 'Create a draft email message. The draft is saved, not sent.',
      parameters: { to: 'string: recipient addresses' },
    },
    {
      name: 'update_broadcast',
      description: 'Update broadcast metadata (name, subject, from, reply-to).',
      parameters: { reply_to: 'string: Reply-to email address' },
    },
    { name: 'get_member', description: 'Gets a member by email.', parameters: { email: 'string: the email of the member' } },
  ],
);

// L. A sentence whose first word is a noun before its own "is" or "are" ("Import edges … are
// candidates") opens with no verb; an imperative with an object, or with a clause after it, keeps its verb.
ruleFamily(
  'description.opening-verb',
  [
    { name: 'graph_tool', description: 'Import the edges of the graph into the project.' },
    { name: 'graph_tool', description: 'Delete files that are older than a week.' },
    { name: 'graph_tool', description: 'Verify the signature is valid.' },
    { name: 'graph_tool', description: 'Search for places that are open now.' },
    { name: 'graph_tool', description: 'Discover which components are available.' },
  ],
  [
    { name: 'graph_tool', description: 'Import edges and dead-code results are candidates.' },
    { name: 'graph_tool', description: 'Delete operations are irreversible.' },
    { name: 'graph_tool', description: 'Update events / change records were merged upstream.' },
  ],
);

// T. Scaling any kind changes how much of it runs, not what it is or who may use it: no API pass-through.
// Creating or updating any kind still is one.
ruleFamily(
  'parameter.any-resource-type',
  [
    { name: 'create_resource', description: 'Creates a resource.', parameters: { resource_type: 'string' } },
    { name: 'update_resource', description: 'Updates a resource of any type.', parameters: { type_name: 'string: the resource type' } },
  ],
  [
    {
      name: 'resources_scale',
      description: 'Get or update the scale of a Kubernetes resource.',
      parameters: { kind: 'string: kind of the resource (for example StatefulSet, Deployment)', scale: 'integer' },
    },
    { name: 'scale_resource', description: 'Scales a resource.', parameters: { resource_type: 'string', replicas: 'integer' } },
  ],
);

// G. "Batch" in a name is the thing when the description acts on one batch ("Delete a HealthOmics
// batch", "Cancel a batch inference job"); it is a count when the call itself is batched or acts on all.
ruleFamily(
  'name.bulk-change',
  [
    { name: 'delete_message_batch', description: 'Deletes up to ten messages in a batch.' },
    { name: 'batch_delete_records', description: 'Batch delete memory records.' },
    { name: 'DeleteRunBatch', description: 'Delete all runs in a batch.' },
    { name: 'bulk_update_items', description: 'Updates a batch of items.' },
  ],
  [
    { name: 'DeleteAHOBatch', description: 'Delete a HealthOmics batch metadata (does not delete runs).' },
    { name: 'batch-inference-cancel', description: 'Request cancellation of a batch inference job.' },
    { name: 'start_batch_translation', description: 'Start a batch translation job for many documents.' },
  ],
);
