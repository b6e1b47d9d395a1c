/** Golden files: any change in what a compiler writes must come with a change of its expected file (npm run policy:golden). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_FORMATS } from '../../../src/risk/policy/formats.ts';
import { GOLDEN_SERVERS, goldenOutput, goldenText, readGoldenInput } from '../../helpers/policy-golden.ts';

describe('compiler output equals its golden file', () => {
  it.each(GOLDEN_SERVERS.flatMap(([, slug]) => POLICY_FORMATS.map((format) => [format, slug] as const)))('%s of %s', (format, slug) => {
    const expected = readFileSync(goldenOutput(format, slug), 'utf8');
    expect(goldenText(format, readGoldenInput(slug)), `run \`npm run policy:golden\` and review the diff if the change is intended`).toBe(
      expected,
    );
  });
});
