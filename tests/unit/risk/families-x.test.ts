/**
 * Word families behind the round-7 fixes of name parsing and verb judgement (compound nouns, the
 * direction of a protection, settings that hold no data, what a reason may claim): each fix is
 * checked on several wordings an author would use, not only the sampled one, and on close ones
 * where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { exampleTool } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';
import { ruleFamily } from './families.ts';

/** The verb the name was read with, and the predicted hints. */
function nameVerb(example: ToolExample) {
  const c = classifyTool(exampleTool(example));
  const sentence = c.evidence[c.evidenceRules.indexOf('name.verb')] ?? '';
  return { verb: /the verb “([^”]+)”/.exec(sentence)?.[1], hints: c.suggestedAnnotations };
}

// M. Compound nouns first: "catch-all" is one route, not the quantifier "all"; the quantifier counts
// after a verb, before the object or after a small word.
ruleFamily(
  'name.bulk-change',
  [
    { name: 'delete_all_users', description: 'Deletes every user of the workspace.' },
    { name: 'mail_deleteAllV1', description: 'Delete all mailboxes.' },
    { name: 'send_to_all', description: 'Sends a message to every subscriber.' },
    { name: 'bulk_delete_records', description: 'Deletes records in bulk.' },
  ],
  [
    { name: 'mail_deleteCatchAllV1', description: 'Delete a catch-all. Messages sent to unknown addresses are no longer routed.' },
    { name: 'create_catch_all', description: 'Creates a catch-all forwarding rule for the domain.' },
    { name: 'resend_catch_all_confirmation', description: 'Resends the confirmation of a catch-all address.' },
  ],
);

// M. Of two verb-like words of a name, the one the description opens with is the verb, and a later
// word that is also a noun ("scenario set") is its object.
describe('the described verb wins over a later noun-too word', () => {
  it.each([
    ['genai-simulation-generate-scenario-set', 'Generate a scenario set from a natural-language goal description.'],
    ['generate_rule_set', 'Generates a rule set from the given examples.'],
    ['agents_generate_data_set', 'Generate a synthetic data set for evaluation.'],
  ])('%s', (name, description) => {
    const { verb, hints } = nameVerb({ name, description, annotations: { readOnlyHint: false } });
    expect(verb?.toLowerCase()).toBe('generate');
    // What it generates is new: nothing is overwritten, and each call makes another.
    expect(hints.destructiveHint).toBe(false);
    expect(hints.idempotentHint).toBe(false);
  });
  it('a name with no described verb keeps its clear verb', () => {
    expect(nameVerb({ name: 'config_set', description: 'Changes a configuration value.' }).verb?.toLowerCase()).toBe('set');
  });
});
