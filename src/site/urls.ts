/**
 * Site links that work under any base path (`BASE_PATH=/atlas/`): every internal link goes through
 * `withBase`, every absolute one (canonical, sitemap, JSON-LD) through `absoluteUrl`.
 */

/** Joins the base path and a site-relative path: `withBase('/atlas/', 'servers/x/')` -> `/atlas/servers/x/`. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Only http(s) links from catalogue data become links; anything else (javascript:, data:) is shown as text. */
export function safeExternalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The anchor of a rule on the methodology page: `rule-parameter-shell-command` (ids keep to letters, digits and dashes). */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.replaceAll('.', '-')}`;
}

/** The methodology page's entry for a rule, under the base path. */
export function ruleHref(ruleId: string): string {
  return `${withBase('methodology/')}#${ruleAnchor(ruleId)}`;
}
