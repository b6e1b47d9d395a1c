/**
 * Word families behind the round-7 fixes of sensitivity and external content: sensitivity sits on
 * the head of what is returned (not on a modifier or on a vocabulary of definitions), and text
 * written by others is the object of the returning verb. Each fix is checked on several wordings
 * an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { exampleVerdict, ruleFamily } from './families.ts';

const patternsOf = (example: ToolExample) => classifyTool(exampleTool(example)).patterns.map((p) => p.id);

// 1. A definition of records (their fields, properties, schema, types) is no record: the personal,
// billing or log word before it says what the definitions describe.
ruleFamily(
  'verb.read-personal-data',
  [
    { name: 'list_contacts', description: 'Lists the contacts of the audience.' },
    { name: 'get_customer_details', description: 'Gets the details of a customer.' },
    { name: 'get_contact', description: 'Get the contact with the given id.' },
  ],
  [
    { name: 'list_contact_properties', description: 'List all contact properties.' },
    { name: 'listContactFields', description: 'Get the custom contact fields defined in a profile.' },
    { name: 'get_customer_schema', description: 'Returns the schema of customer records.' },
    { name: 'list_contact_field_types', description: 'Lists the field types of contacts.' },
  ],
);
ruleFamily(
  'verb.read-money-data',
  [
    { name: 'list_invoices', description: 'Lists invoices.' },
    { name: 'list_reserved_instances', description: 'Lists the reserved instances of the account.' },
    { name: 'get_billing_report', description: 'Gets the billing report for a month.' },
  ],
  [
    { name: 'reserved-ip-get', description: 'Get reserved IPv4 or IPv6 information by IP' },
    { name: 'list_reserved_names', description: 'Lists the names reserved in the registry.' },
    { name: 'list_cost_category_definitions', description: 'Lists all cost category definitions in the account.' },
    { name: 'get_billing_schema', description: 'Returns the schema of a billing export.' },
  ],
);
ruleFamily(
  'description.returns-definitions',
  [
    {
      name: 'getAuditLogEventActions',
      description: 'Lists every audit log event action. This returns the set of possible actions, not any events that happened.',
    },
    { name: 'list_log_kinds', description: 'Lists log kinds. This is the vocabulary the filter of search_logs expects.' },
    { name: 'get_contact_attributes', description: 'Shows which custom attributes are configured for contacts.' },
    { name: 'get_log_actions', description: 'Returns the list of possible actions an audit log records.' },
  ],
  [
    { name: 'get_audit_log_events', description: 'Lists the events recorded in the audit log.' },
    { name: 'get_logs', description: 'Returns the log lines of a pod.' },
    { name: 'list_contacts', description: 'Lists the contacts of an audience.' },
  ],
);
describe('a vocabulary of log words is no log to read', () => {
  it.each([
    'Lists every audit log event action. This returns the set of possible actions, not any events that happened.',
    'Get the list of possible log actions. This is the vocabulary the action filter expects.',
  ])('%s', (description) => {
    const example = { name: 'getAuditLogEventActions', description };
    expect(exampleVerdict(example)).toMatchObject({ category: 'Read', risk: 'low' });
    expect(patternsOf(example)).not.toContain('indirect-prompt-injection');
  });
  it('a read of the audit log itself stays medium', () => {
    expect(exampleVerdict({ name: 'getAuditLogs', description: 'Lists audit log events.' })).toMatchObject({ risk: 'medium' });
  });
});
