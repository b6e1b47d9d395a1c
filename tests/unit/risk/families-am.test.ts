/**
 * Word families behind the round-12 fixes of what comes back: a count returns a number (no personal data, no
 * third-party text), security findings are sensitive and carry attacker-chosen strings, and a browser's current
 * page or a calendar's events are text others wrote.
 */
import { describe, expect, it } from 'vitest';
import { exampleVerdict, ruleFamily } from './families.ts';

// SENS-false. Counting people, or reading the status of a job that imports or exports them, returns a number.
ruleFamily(
  'verb.read-personal-data',
  [
    { name: 'list_contacts', description: 'List the contacts of an audience.' },
    { name: 'get_customer', description: 'Get a customer by id.' },
    { name: 'list_sms_sandbox_phone_numbers', description: 'List the phone numbers in the SMS sandbox.' },
  ],
  [
    { name: 'reach_countProfileSegmentContactsV1', description: 'Count the contacts currently matching a segment without listing them.' },
    { name: 'count_customers', description: 'Returns how many customers match the filter.' },
    { name: 'get_contact_count', description: 'Get the number of contacts in an audience.' },
    { name: 'get-contact-import', description: 'Get the status and counts of a contact import by ID.' },
    { name: 'list_customer_exports', description: 'List the export jobs of the customer list and their states.' },
  ],
);

describe('a count of people is a low read', () => {
  it.each([
    ['reach_countProfileSegmentContactsV1', 'Count the contacts currently matching a segment without listing them.'],
    ['get-contact-import', 'Get the status and counts of a contact import by ID. Use after create-contact-import.'],
  ])('%s', (name, description) => {
    expect(exampleVerdict({ name, description, annotations: { readOnlyHint: true } })).toMatchObject({ risk: 'low', action: 'allow' });
  });
});

// A-external-content-false. A count of documents or e-mails returns a number, not their text.
for (const id of ['name.external-content', 'description.external-content']) {
  ruleFamily(
    id,
    [
      { name: 'getDocuments', description: 'Get documents in a DocumentDB collection that match the filter.' },
      { name: 'read_emails', description: 'Read e-mails from the inbox.' },
    ],
    [
      { name: 'countDocuments', description: 'Count documents in a DocumentDB collection.' },
      { name: 'count_emails', description: 'Count e-mails in the inbox that match the query.' },
      { name: 'email_total', description: 'Count documents in the index. Returns: Count result' },
    ],
  );
}

// A-external-content / SENS-missed. What security detectors report names weaknesses and quotes what they watched.
const FINDINGS_FIRE = [
  { name: 'GetSecurityFindings', description: 'Retrieve security findings from AWS security services.' },
  { name: 'get_scan_findings', description: 'Get findings from a completed security scan, with title, severity and description.' },
  { name: 'list_guardduty_findings', description: 'Lists GuardDuty findings for the detector.' },
  { name: 'list_alerts', description: 'Returns code scanning alerts for the repository.' },
  { name: 'list_vulnerabilities', description: 'Retrieve all active (non-muted) vulnerabilities from the monitoring service.' },
  { name: 'get_report', description: 'Returns findings reported by Amazon Inspector and Macie for the account.' },
];
const FINDINGS_QUIET = [
  { name: 'get_scanner_settings', description: 'Retrieve the settings of the code scanner.' },
  { name: 'list_alert_policies', description: 'List the alert policies of the project.' },
  { name: 'update_findings', description: 'Update security findings to mark them resolved.' },
  { name: 'get_vulnerability_scan_config', description: 'Get the vulnerability scanning configuration of the registry.' },
  { name: 'list_atlas_alerts', description: 'List triggered alerts for a database project.' },
];
ruleFamily('description.security-findings', FINDINGS_FIRE, FINDINGS_QUIET);
ruleFamily('description.security-findings-text', FINDINGS_FIRE, FINDINGS_QUIET);

describe('security findings are a medium read', () => {
  it('GetSecurityFindings is rate-limited', () => {
    expect(exampleVerdict(FINDINGS_FIRE[0]!)).toMatchObject({ category: 'Read', risk: 'medium', action: 'rate_limit' });
  });
});

// A-external-content-missed. The current page of a browser is any site; calendar events come from anyone.
ruleFamily(
  'description.retrieved-documents',
  [
    { name: 'scraping_browser_get_text', description: 'Get the text content of the current page' },
    { name: 'browser_read', description: 'Returns the HTML content of the active tab.' },
    { name: 'page_text', description: 'Reads the markdown content of the open web page.' },
  ],
  [
    { name: 'browser_title', description: 'Get the title of the current page.' },
    { name: 'browser_url', description: 'Returns the URL of the active tab.' },
  ],
);

ruleFamily(
  'description.returns-calendar-events',
  [
    { name: 'list-calendar-events', description: 'Get a list of event objects. This operation returns event bodies in only HTML format.' },
    { name: 'list-events', description: 'List events from one or more calendars.' },
    { name: 'search-events', description: 'Search for events in a calendar by text query.' },
    { name: 'get-specific-calendar-event', description: "Get a single event from one of the signed-in user's calendars." },
    { name: 'get_agenda', description: 'Returns upcoming meeting invitations with their descriptions.' },
  ],
  [
    { name: 'list-calendars', description: 'List all available calendars.' },
    { name: 'list-colors', description: 'List available color IDs and their meanings for calendar events' },
    { name: 'create-event', description: 'Create a new calendar event.' },
    { name: 'get-freebusy', description: 'Query free/busy information for the given calendars.' },
    { name: 'list-my-calendar-permissions', description: 'The permissions of the users with whom the calendar is shared.' },
  ],
);
