/**
 * The escapers, checked against the parsers that read their output: a nasty name written by
 * cedarString, celString, yamlString or yamlSingle(celText) must come back from cedar-wasm,
 * @bufbuild/cel and `yaml` as exactly the name (lone surrogates as U+FFFD, as a Go or Rust
 * gateway decodes them), a shell word must come back from `sh` as the name, and a comment must
 * hold none of the characters that end or reorder one.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { run } from '@bufbuild/cel';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  cedarLikeText,
  cedarString,
  cedarText,
  celString,
  celText,
  commentText,
  shellWord,
  wellFormed,
  yamlSingle,
  yamlString,
  yamlText,
} from '../../../src/risk/policy/escape.ts';

export const NASTY = [
  'plain_name',
  'with "double" and \'single\' quotes',
  'back\\slash\\',
  'line\nbreak',
  'carriage\r\nreturn',
  'ends a comment */ and opens one /*',
  '"""triple"""',
  "''doubled''",
  'sep\u2028line\u2029para',
  'next\u0085line',
  'bidi\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  '\uFEFFbom',
  'nul\u0000del\u007Fc1\u009B',
  'emoji 👩‍💻 and astral 𝔘',
  'lone \uD800 surrogate',
  'nonchar \uFFFE\uFFFF',
  '# not a comment',
  'key: value',
  '- item',
  '{flow}, [seq]',
  '%percent @at *star `tick`',
  ' leading and trailing ',
  '${interp} %{tmpl}',
  'tab\there',
  '\u{E0041}tag smuggling',
  'private\uE000use',
  '',
];

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\uFFFE\uFFFF]/u;

describe('escapers against the parsers that read them', () => {
  it.each(NASTY.filter((s) => s !== '').map((s) => [JSON.stringify(s), s]))(
    'Cedar reads back %s as an entity id and as a like pattern',
    (_, name) => {
      const policy = `permit(principal, action == Action::"call_tool", resource == Tool::${cedarString(name)}) unless { context has p && !(context.p like "${cedarLikeText(name)}*") };`;
      const parts = cedar.policySetTextToParts(policy);
      expect(parts.type).toBe('success');
      const json = cedar.policyToJson(policy);
      if (json.type !== 'success') throw new Error(JSON.stringify(json.errors));
      expect((json.json.resource as { entity: { id: string } }).entity.id).toBe(wellFormed(name));
      const decide = (p: string) =>
        cedar.isAuthorized({
          principal: { type: 'Client', id: 'c' },
          action: { type: 'Action', id: 'call_tool' },
          resource: { type: 'Tool', id: wellFormed(name) },
          context: { p },
          policies: { staticPolicies: policy },
          entities: [],
        });
      const ok = decide(`${wellFormed(name)}tail`);
      const bad = decide(`x${wellFormed(name)}`);
      expect(ok.type === 'success' && ok.response.decision).toBe('allow');
      expect(bad.type === 'success' && bad.response.decision).toBe('deny');
    },
  );

  it.each(NASTY.map((s) => [JSON.stringify(s), s]))('CEL reads back %s, also from a YAML single-quoted rule', (_, name) => {
    expect(run(celString(name))).toBe(wellFormed(name));
    const rule = yamlSingle(`mcp.tool.name == "${celText(name)}"`);
    const expression = parseYaml(`- ${rule}`)[0] as string;
    expect(run(expression, { mcp: new Map([['tool', new Map([['name', wellFormed(name)]])]]) })).toBe(true);
    expect(run(expression, { mcp: new Map([['tool', new Map([['name', `${wellFormed(name)}x`]])]]) })).toBe(false);
  });

  it.each(NASTY.map((s) => [JSON.stringify(s), s]))('YAML reads back %s as a key and as a list item', (_, name) => {
    expect(parseYaml(yamlString(name))).toBe(wellFormed(name));
    expect(parseYaml(`${yamlString(name)}:\n  - ${yamlString(name)}\n`)).toEqual({ [wellFormed(name)]: [wellFormed(name)] });
  });

  // shellWord is only given text a comment carries as it is (the Docker header leaves other commands out).
  it.each(NASTY.filter((s) => commentText(s) === s).map((s) => [JSON.stringify(s), s]))(
    'sh reads back %s as one word, also after a server name and a dot',
    (_, name) => {
      const argv = (words: string) =>
        execFileSync('sh', ['-c', `printf '%s\\0' ${words}`], { encoding: 'utf8' })
          .split('\0')
          .slice(0, -1);
      expect(argv(shellWord(name))).toEqual([name]);
      expect(argv(`--enable ${shellWord(`server.${name}`)}`)).toEqual(['--enable', `server.${name}`]);
    },
  );

  it.each(NASTY.map((s) => [JSON.stringify(s), s]))(
    'comments and literals of %s hold no character that ends or reorders a line',
    (_, name) => {
      for (const text of [commentText(name), cedarString(name), celString(name), yamlString(name)]) {
        expect(UNSAFE.test(text), text).toBe(false);
        expect(/[\n\r\u2028\u2029\u0085]/.test(text)).toBe(false);
      }
    },
  );

  it('escapes character by character, so a name can be put back into text compiled with a placeholder', () => {
    for (const escape of [cedarText, celText, yamlText, commentText]) {
      for (const a of NASTY) for (const b of NASTY.slice(0, 6)) expect(escape(a + b)).toBe(escape(a) + escape(b));
    }
  });
});
