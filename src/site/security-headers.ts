/**
 * The Content-Security-Policy and the other security headers of the generated site, in one place:
 * Base.astro puts the policy in every page's <meta http-equiv="Content-Security-Policy">, and
 * `public/_headers` (Netlify / Cloudflare Pages format, written by `npm exec -- node scripts/security-headers.ts`
 * and checked by a unit test) sends it as real headers with the rest. README "Security headers"
 * gives the same for nginx, Apache, Caddy and others.
 *
 * Catalogue text is hostile by default; Astro escapes it, and this policy is the second wall: even
 * if some text became markup, no inline script, event handler, javascript: URL, plugin or foreign
 * script could run.
 */

/** The policy, one directive per entry. Everything the site loads comes from its own origin. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // Scripts are external files only (astro.config.mjs keeps Astro from inlining them): no
  // 'unsafe-inline', no 'unsafe-eval'. JSON-LD blocks are data, which script-src does not govern.
  // Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Shiki colours the policy snippets with inline style attributes (`style="--shiki-light:..."`),
  // which need 'unsafe-inline' for styles. Stylesheets themselves are external files. Catalogue text
  // cannot reach a style attribute (Astro escapes it), so this allows no attacker-written CSS.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  // Pagefind fetches its index files from the site itself.
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** Only valid as a header: browsers ignore (and Chromium warns about) frame-ancestors in a <meta>. */
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` on every page. */
export const META_CONTENT_SECURITY_POLICY = policy(DIRECTIVES);

/** The policy as a response header: the meta policy plus what only a header can say. */
export const CONTENT_SECURITY_POLICY = policy([...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/** Every header we recommend for every response of the site, in the order they are documented. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never guess a type: description.txt holds third-party text and must stay text/plain.
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site needs none of these; the copy button's clipboard-write stays at its default ('self').
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `public/_headers`: the headers for every path, in the format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = [
    '# Security headers for Netlify and Cloudflare Pages (copied to the site root by the build).',
    '# Generated from src/site/security-headers.ts by `npm exec -- node scripts/security-headers.ts`; do not edit by hand.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}
