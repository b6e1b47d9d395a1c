/**
 * Pure: the last guard against a secret reaching an output. Nothing resolved from the environment
 * is put into an output on purpose (see variables.ts); this masks one that arrives anyway, e.g. in
 * what a failing server printed on stderr ("invalid key sk-...") or in a tool description that
 * echoes its environment. Each secret is masked as it is, JSON-escaped and line-escaped, since
 * outputs carry text in those forms.
 */
import { escapeLine } from '../catalogue/problems.ts';

/** Shorter values (`1`, `true`, `dev`) would mask ordinary words all over the output, and guard nothing. */
export const MIN_SECRET_LENGTH = 6;

export const MASK = '***';

export type Redact = (text: string) => string;

export function redactor(secrets: Iterable<string>): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(escapeLine(secret));
  }
  // Longest first, so a secret that contains another is masked whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => ordered.reduce((out, form) => out.replaceAll(form, MASK), text);
}
