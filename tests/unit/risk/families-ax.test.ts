/**
 * Word families behind the round-15 fixes of verbs, names and verdict steps: a standing mail
 * forward, an anonymous share link, a default flag unset, a restore over a live DNS zone or
 * configuration. Each is checked on several wordings an author would use and on close ones where it
 * must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// RESTORE-overwrite. A restore of a live zone, its records or a configuration from a snapshot replaces
// what is there now, like a restore of a machine; and "restore a backup for/onto the machine" says the same
// thing the other way round.
ruleFamily(
  'description.restore-in-place',
  [
    { name: 'restore_dns_snapshot', description: 'Restore DNS zone to the selected snapshot.' },
    { name: 'revert_dns', description: 'Use this endpoint to revert domain DNS to a previous configuration.' },
    { name: 'restore_records', description: 'Restores the DNS records from a saved snapshot.' },
    { name: 'restore_config', description: 'Rolls back the configuration to an earlier backup.' },
    { name: 'restore_backup', description: 'Restore a backup for a specified virtual machine.' },
    { name: 'apply_backup', description: 'Restores the selected backup onto the existing database.' },
    { name: 'restore_settings', description: 'Restores the site settings from a backup.' },
  ],
  [
    { name: 'restore_snapshot', description: 'Restores a snapshot to a new volume.' },
    { name: 'restore_backup', description: 'Restore a backup of the zone into a new zone.' },
    { name: 'list_dns_snapshots', description: 'List the snapshots you can restore the DNS zone to.' },
    { name: 'restore_file', description: 'Restore a deleted file from the trash.' },
    { name: 'create_dns_snapshot', description: 'Creates a snapshot of the DNS zone.' },
  ],
);

describe('a DNS zone restored from a snapshot', () => {
  it('is Destructive at high, held for approval', () => {
    const v = exampleVerdict({
      name: 'DNS_restoreDNSSnapshotV1',
      description: 'Restore DNS zone to the selected snapshot.\n\nUse this endpoint to revert domain DNS to a previous configuration.',
      parameters: { domain: 'string: Domain name', snapshotId: 'integer: Snapshot ID' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Destructive', 'high', 'require_approval']);
  });
});

// UNSET-as-delete. Unsetting which item is the default clears a flag: the item stays, so it is a
// change like setting the default, not a deletion.
ruleFamily(
  'verb.unset-designation',
  [
    { name: 'domains_unsetDefaultWHOISProfileV1', description: 'Unset WHOIS contact profile as default.' },
    { name: 'unset_default_payment_method', description: 'Stop using this card as the default payment method.' },
    { name: 'clear_primary_email', description: 'Clears the primary email flag of the user.' },
    { name: 'unsetPreferredRegion' },
    { name: 'remove_as_default', description: 'Removes the template as the default template.' },
  ],
  [
    { name: 'delete_default_vpc', description: 'Deletes the default VPC of the region.' },
    { name: 'reset_default_settings', description: 'Resets the settings to their default values.' },
    { name: 'unset_variable', description: 'Unsets an environment variable of the project.' },
    { name: 'remove_default_route', description: 'Removes the default route from the route table.' },
    { name: 'set_default_profile', description: 'Sets the WHOIS profile as default.' },
  ],
);

describe('a default flag unset', () => {
  it('is a Write at medium, like setting it, and the author’s destructiveHint stays', () => {
    const v = exampleVerdict({
      name: 'domains_unsetDefaultWHOISProfileV1',
      description: 'Unset WHOIS contact profile as default.\n\nThe profile itself is kept, it is only no longer pre-selected for its TLD.',
      parameters: { whoisId: 'integer: WHOIS ID' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'medium', 'rate_limit']);
  });
});

// ACCESS-under. A share link that can be anonymous (in prose, or as a scope a documented body offers)
// can be opened by anyone who gets the URL: it makes things public. A link scoped to the organization
// or to named people is no exposure.
ruleFamily(
  'description.makes-public',
  [
    {
      name: 'create_share_link',
      description:
        "Create a shareable link for a file or folder. Body: { type: 'view' | 'edit', scope: 'anonymous' | 'organization' | 'users' }.",
    },
    { name: 'create_link', description: 'Creates an anonymous sharing link to the document.' },
    { name: 'share_file', description: 'Generates an anonymous view link for the file.' },
    { name: 'create_share_url', description: 'Creates a link that anyone can open, no sign-in needed.' },
    { name: 'create_link', description: 'Creates a sharing link. The scope can be "anonymous" or "organization".' },
  ],
  [
    { name: 'create_share_link', description: 'Creates a sharing link that only people in your organization can open.' },
    { name: 'list_permissions', description: 'Lists the sharing links of a file, with their scope (organization or users).' },
    { name: 'download_object', description: 'Downloads a public dataset object using anonymous access.' },
    { name: 'share_file', description: 'Shares the file with the given users by email.' },
  ],
);

describe('a share link that can be anonymous', () => {
  it('is a Write at high, held for approval, like a share with anyone', () => {
    const v = exampleVerdict({
      name: 'create-drive-item-share-link',
      description:
        'Create a link to share a driveItem. 💡 TIP: Create a shareable link for a file or folder WITHOUT sending an email invitation. ' +
        "Body: { type: 'view' | 'edit' | 'embed', scope: 'anonymous' | 'organization' | 'users', password?: string }.",
      parameters: { driveId: 'string', driveItemId: 'string' },
    });
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
});

// EXFIL-mail-forward-missed. Setting up a mail forward is a standing delivery: every later message of
// the mailbox goes to an address the agent picks. A port forward, a domain's URL forwarding, one
// forwarded message or a forwarder's keep-copy setting set up no such thing.
ruleFamily(
  'verb.set-up-mail-forward',
  [
    { name: 'mail_createForwarderV1', description: 'Create a forwarder from the given mailbox to the destination address.' },
    { name: 'set_email_forwarding', description: 'Sets the forwarding address of the mailbox.' },
    { name: 'enable_mail_auto_forward', description: 'Turns on automatic forwarding of incoming mail.' },
    { name: 'create_mail_forwarding_rule', description: 'Creates a rule that forwards incoming messages to another address.' },
    { name: 'add_email_forwarder', description: 'Adds a forwarder for the email account.' },
    { name: 'mailbox_forwarding_create', description: 'Create mailbox forwarding.' },
  ],
  [
    {
      name: 'mail_updateForwarderKeepCopySettingV1',
      description: 'Enable or disable keeping a copy of forwarded messages in the mailbox.',
    },
    { name: 'domains_createDomainForwardingV1', description: 'Create domain forwarding configuration.' },
    { name: 'create_port_forwarding', description: 'Creates a port forwarding rule on the router.' },
    { name: 'create_forward_draft', description: 'Create a draft to forward the mail message.' },
    { name: 'list_mail_forwarders', description: 'List the forwarders of the mailbox.' },
    { name: 'add_dns_forwarder', description: 'Adds a conditional DNS forwarder to the resolver.' },
  ],
);

describe('a mail forwarder set up', () => {
  it('is a Write at high, held for approval, with an exfiltration route', () => {
    const example = {
      name: 'mail_createForwarderV1',
      description:
        'Create a forwarder from the given mailbox to the destination address.\nThe destination receives a confirmation email and ' +
        'forwarding becomes\nactive only after it is confirmed.',
      parameters: { mailboxId: 'string: Mailbox resource ID', destination: 'string: Email address the messages will be forwarded to' },
    };
    const v = exampleVerdict(example);
    expect([v.category, v.risk, v.action]).toEqual(['Write', 'high', 'require_approval']);
  });
});
