/**
 * The site's Content-Security-Policy and security headers (src/site/security-headers.ts): strict
 * for scripts, valid in a <meta>, and `public/_headers` generated from the same definition.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile } from '../../src/site/security-headers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the Content-Security-Policy', () => {
  it("lets only the site's own script files run: no inline script, no eval, no plugins, no <base>", () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      const d = directives(policy);
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('form-action')).toEqual(["'self'"]);
      expect(policy).not.toMatch(/'unsafe-eval'|\*|https?:|data:|blob:/);
      // Shiki's style attributes are the one inline thing allowed, and only for styles.
      expect([...d].filter(([, values]) => values.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(['style-src']);
    }
  });

  it('puts in the <meta> only directives a <meta> may carry; frame-ancestors goes in the header', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true);
  });

  it('is in the head of every page, before anything else can load', () => {
    const layout = readFileSync(path.join(ROOT, 'src/layouts/Base.astro'), 'utf8');
    const head = layout.slice(layout.indexOf('<head>'), layout.indexOf('</head>'));
    const meta = head.indexOf('<meta http-equiv="Content-Security-Policy" content={META_CONTENT_SECURITY_POLICY} />');
    expect(meta).toBeGreaterThan(-1);
    expect(head.slice(0, meta)).not.toMatch(/<(script|link|style)\b/);
  });
});

describe('public/_headers', () => {
  it('is generated from src/site/security-headers.ts (run `npm exec -- node scripts/security-headers.ts` after changing it)', () => {
    expect(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
  });

  it('sends the policy and the recommended headers for every path', () => {
    expect(headersFile()).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\)/);
  });
});
