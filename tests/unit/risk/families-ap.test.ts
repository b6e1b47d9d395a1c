/**
 * Word families behind the round-12 stored-link fixes: a link the service shows to people or hands to a buyer's browser (a
 * picture, a public page, a link given to customers, where a checkout redirects) is data on the record the tool makes, not an
 * address it contacts; a URL the tool sets on or removes from a record is kept data; a label of where a request came from is
 * no address. Each is checked on several wordings an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// P. Pictures, public pages and checkout redirects written on a record: no network-target. Still contacted: an image the
// service downloads, a container image it pulls, a sign-in redirect that receives codes, a webhook, a link on a reading tool.
ruleFamily(
  'parameter.network-target',
  [
    {
      name: 'upload_product_image',
      description: 'Uploads an image and attaches it to a product.',
      parameters: { image_url: 'string: Publicly reachable URL of a raster image. Fetching the image requires HTTPS.' },
    },
    {
      name: 'update_service',
      description: 'Updates a container service.',
      parameters: { image_url: 'string: Container image URL in the registry, with its tag' },
    },
    {
      name: 'create_token',
      description: 'Creates a token for an application.',
      parameters: { redirect_uri: 'string: The OAuth redirect URL, called after the payment is authorised with a token' },
    },
    {
      name: 'create_subscription',
      description: 'Creates a subscription.',
      parameters: { return_url: 'string: URL notified when the subscription is renewed' },
    },
    {
      name: 'create_hook',
      description: 'Creates a hook.',
      parameters: { webhook_url: 'string: Public URL of your endpoint' },
    },
    {
      name: 'create_order',
      description: 'Creates an order.',
      parameters: { return_url: 'string: URL called after the order is paid' },
    },
    { name: 'get_tracking', description: 'Gets the tracking page.', parameters: { tracking_url: 'string: Public tracking URL to read' } },
    {
      name: 'create_domain_forwarding',
      description: 'Creates a domain forwarding.',
      parameters: { redirect_url: 'string: URL to forward the domain to' },
    },
  ],
  [
    {
      name: 'create_product',
      description: 'Creates a product.',
      parameters: { imageUrl: 'string: Image for this product. Included in the checkout and on some customer documents.' },
    },
    { name: 'update_brand', description: 'Updates the brand.', parameters: { logo_url: 'string: HTTPS URL of the logo' } },
    { name: 'create_agent', description: 'Creates an agent.', parameters: { avatar_url: 'string: HTTPS URL of the avatar.' } },
    { name: 'update_profile', description: 'Updates the profile.', parameters: { website_url: "string: The user's website" } },
    {
      name: 'create_shipment',
      description: 'Creates a shipment for an order.',
      parameters: { tracking_url: 'string: Public tracking URL for the shipment. Requires tracking_number.' },
    },
    {
      name: 'create_sales_channel',
      description: 'Creates a sales channel.',
      parameters: { url: 'string: Optional public url for the channel.' },
    },
    {
      name: 'update_sales_channel',
      description: 'Updates a sales channel.',
      parameters: { url: 'string: Public address where the custom sales channel lives. Pass null to clear it.' },
    },
    {
      name: 'create_digital_product',
      description: 'Creates a digital product.',
      parameters: { download_url: 'string: Optional external download link delivered to the customer after purchase.' },
    },
    {
      name: 'create_payment_link',
      description: 'Creates a payment link.',
      parameters: { redirect_url: 'string: The URL to redirect to after the payment is completed.' },
    },
    {
      name: 'create_checkout_session',
      description: 'Creates a checkout session.',
      parameters: {
        success_url: 'string: Where the customer is sent after the checkout succeeds',
        cancel_url: 'string: The URL the customer returns to if the checkout is cancelled',
      },
    },
    {
      name: 'set_external_links',
      description: 'Replaces the external links of a story.',
      parameters: { externalLinks: 'array: URLs to set (replaces all)' },
    },
    {
      name: 'remove_external_link',
      description: 'Removes an external link from a story.',
      parameters: { externalLink: 'string: URL to remove' },
    },
    {
      name: 'manage_sessions',
      description: 'Creates or deletes sessions.',
      parameters: { request_origin: 'string: Origin of the request (optional for all operations).' },
    },
    { name: 'start_job', description: 'Starts a job.', parameters: { origin: 'string: The source of the call' } },
  ],
);

// A URL that only labels a request's origin is still an address when it is the place the tool calls.
ruleFamily(
  'parameter.network-target',
  [
    {
      name: 'configure',
      description: 'Configures the connection.',
      parameters: { origin: 'string: Your application URL from the browser address bar (e.g., https://abc.example.com)' },
    },
  ],
  [],
);

describe('stored links leave the verdict alone', () => {
  it('a product image keeps Write and drops data-exfiltration', () => {
    const v = exampleVerdict({
      name: 'create_product',
      description: 'Creates a product.',
      parameters: { name: 'string', imageUrl: 'string: Image for this product.' },
    });
    expect(v.category).toBe('Write');
    expect(v.rules).not.toContain('parameter.network-target');
  });
});
