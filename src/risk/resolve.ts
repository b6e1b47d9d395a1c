/**
 * The verdict: which category and risk the signals add up to, how sure we are, and which claims
 * the evidence overrides. The rules, in order:
 * 1. A read-only claim (readOnlyHint: true, or "read-only" in the description) holds only when no
 *    signal contradicts it; then query-like signals count as reads. A contradicted claim is set
 *    aside and, for annotations, reported as a conflict.
 * 2. A "not destructive" claim (destructiveHint: false) demotes weak destructive hints to writes,
 *    but not a destructive verb in the name or an operation.
 * 3. The category is that of the worst strong signal (weak ones count only when there is nothing
 *    strong): highest risk first, then most power; arbitrary code or shell makes it Execute, since
 *    that covers everything else.
 * 4. The risk is the highest any accepted signal implies; bulk parameters raise a destructive
 *    tool one level.
 * 5. With no evidence of what the tool does, the MCP spec's defaults apply: a Write tool of medium
 *    risk, never low by silence.
 */
import type { Category, RiskLevel } from '../catalogue/schema.ts';
import { CATEGORY_RANK, RISK_RANK } from './schema.ts';
import { finding, maxRisk, raiseRisk, type Finding } from './signals/finding.ts';
import { listJoin } from './text.ts';

export interface Verdict {
  category: Category;
  risk: RiskLevel;
  confidence: number;
  /** All findings, with `accepted` and (under an accepted read-only claim) category/risk updated. */
  findings: Finding[];
  annotationConflicts: string[];
  /** Sentences on description claims the evidence overrides. */
  claimNotes: string[];
  /** True when nothing said what the tool does and the spec defaults decided. */
  defaulted: boolean;
}

const NETWORK = new Set(['network-fetch', 'network-target', 'outbound-message', 'cloud-storage']);

export function resolve(toolName: string, input: readonly Finding[]): Verdict {
  const findings = input.map((f) => ({ ...f }));
  const raising = findings.filter((f) => f.effect === 'raises');
  const claims = findings.filter((f) => f.effect === 'lowers');
  const annotationConflicts: string[] = [];
  const claimNotes: string[] = [];
  const contradictions: { claim: Finding; by: Finding[] }[] = [];

  // 1. Read-only claims.
  const readOnlyClaims = claims.filter((c) => c.claim === 'read-only');
  const againstReadOnly = raising.filter((f) => contradictsReadOnly(f));
  // A tool whose lever is a read-only query language (PromQL, Logs Insights) reads, whatever its verb.
  const readOnlyLanguage = raising.some((f) => f.capability === 'query-language' && f.category === 'Read');
  const readOnly = (readOnlyClaims.length > 0 || readOnlyLanguage) && againstReadOnly.length === 0;
  for (const claim of readOnlyClaims) {
    claim.accepted = readOnly;
    if (!readOnly) contradictions.push({ claim, by: againstReadOnly });
  }
  if (readOnly) {
    for (const f of raising) {
      if (f.category !== null && f.asReadOnly) {
        f.category = f.asReadOnly.category;
        f.risk = f.asReadOnly.risk;
      }
    }
  }

  // 2. Not-destructive claims.
  for (const claim of claims.filter((c) => c.claim === 'not-destructive')) {
    const destructive = raising.filter((f) => f.category === 'Destructive');
    const firm = destructive.filter((f) => f.strength === 'strong');
    claim.accepted = firm.length === 0;
    if (claim.accepted) {
      for (const f of destructive) {
        f.category = 'Write';
        f.risk = f.risk === 'critical' ? 'high' : f.risk;
      }
    } else {
      contradictions.push({ claim, by: firm });
    }
  }

  // 3. Closed-world claims only matter to the text.
  for (const claim of claims.filter((c) => c.claim === 'closed-world')) {
    const reaching = raising.filter((f) => f.capability !== null && NETWORK.has(f.capability));
    claim.accepted = reaching.length === 0;
    if (!claim.accepted) contradictions.push({ claim, by: reaching });
  }

  // 4. Category from the strong signals, or the weak ones when nothing is strong.
  const categorical = raising.filter((f) => f.category !== null);
  const strong = categorical.filter((f) => f.strength === 'strong');
  const pool = strong.length > 0 ? strong : categorical;
  for (const f of categorical) if (!pool.includes(f) && rank(f.category!) > rank(top(pool) ?? 'Read')) f.accepted = false;

  let defaulted = false;
  let category: Category;
  const acceptedClaim = readOnlyClaims.find((c) => c.accepted);
  if (pool.length === 0) {
    if (acceptedClaim) {
      category = 'Read';
    } else {
      defaulted = true;
      category = 'Write';
    }
  } else {
    const unbounded = pool.some((f) => f.unbounded);
    const spends = pool.some((f) => f.category === 'Financial' && f.risk === 'critical');
    category = unbounded && !spends ? 'Execute' : top(pool)!;
  }

  // 5. Risk from every accepted signal that counts.
  let risk: RiskLevel = 'low';
  for (const f of raising) {
    if (!f.accepted || f.risk === null) continue;
    if (f.category !== null && !pool.includes(f)) continue;
    risk = maxRisk(risk, f.risk);
  }
  if (category === 'Destructive' && raising.some((f) => f.source === 'parameter' && f.capability === 'bulk')) risk = raiseRisk(risk);
  if (defaulted) {
    risk = maxRisk(risk, 'medium');
    const fallback = findings.find((f) => f.source === 'default');
    const note = 'Nothing in the definition says what the tool does, so it is treated by the MCP spec’s defaults: a tool that may change things, of at least medium risk.';
    if (fallback) Object.assign(fallback, { effect: 'raises', category: 'Write', risk: 'medium', note: `${fallback.note} ${note}` });
    else findings.push(finding({ source: 'default', text: 'no signals', field: 'name', category: 'Write', risk: 'medium', strength: 'weak', note, clause: 'says nothing about what it does' }));
  }

  for (const { claim, by } of contradictions) {
    const what = listJoin(unique(by.slice(0, 2).map((f) => f.clause)));
    const sentence = conflictSentence(toolName, claim, what, category);
    if (claim.source === 'annotation') annotationConflicts.push(sentence);
    else claimNotes.push(sentence);
  }
  const readOnlyHint = findings.find((f) => f.text === 'readOnlyHint: true');
  const destructiveTrue = findings.find((f) => f.text === 'destructiveHint: true' && f.effect === 'context');
  if (readOnlyHint && destructiveTrue) {
    annotationConflicts.push(`The annotations of ${toolName} contradict each other: readOnlyHint: true together with destructiveHint: true.`);
  }

  return {
    category,
    risk,
    confidence: confidence(findings, category, defaulted),
    findings,
    annotationConflicts,
    claimNotes,
    defaulted,
  };
}

function contradictsReadOnly(f: Finding): boolean {
  if (f.asReadOnly === null) return true;
  // Anything that is not a read and did not say how it reads under a read-only claim contradicts it.
  return f.asReadOnly === undefined && f.category !== null && f.category !== 'Read';
}

function conflictSentence(toolName: string, claim: Finding, what: string, category: Category): string {
  const verdict = `the ${category} category`;
  switch (claim.claim) {
    case 'read-only':
      return claim.source === 'annotation'
        ? `The author marks ${toolName} as read-only (readOnlyHint: true), but it ${what}; the claim is overridden and the tool is classified in ${verdict}.`
        : `The description calls ${toolName} read-only, but it ${what}; the claim is overridden and the tool is classified in ${verdict}.`;
    case 'not-destructive':
      return `The author says ${toolName} is not destructive (destructiveHint: false), but it ${what}; the claim is overridden and the tool stays in ${verdict}.`;
    default:
      return `The author says ${toolName} only reaches a closed set of systems (openWorldHint: false), but it ${what}.`;
  }
}

function confidence(findings: readonly Finding[], category: Category, defaulted: boolean): number {
  if (defaulted) return 0.2;
  const agreeing = findings.filter(
    (f) => f.accepted && ((f.effect === 'raises' && f.category === category) || (f.effect === 'lowers' && f.claim === 'read-only' && category === 'Read')),
  );
  const disagreeing = findings.filter(
    (f) => (f.effect === 'lowers' && !f.accepted) || (f.effect === 'raises' && f.category !== null && !f.accepted),
  );
  const sources = new Set(agreeing.map((f) => f.source)).size;
  const extra = Math.min(agreeing.length - sources, 3);
  const value = 0.25 + 0.2 * sources + 0.05 * extra - 0.1 * disagreeing.length;
  return Math.round(Math.min(0.95, Math.max(0.1, value)) * 100) / 100;
}

/**
 * The category of the worst signal: the highest risk first, then the more powerful category, so
 * a critical permission write is not outranked by the high-risk overwrite it also performs, and a
 * delete outranks a start at equal risk.
 */
function top(pool: readonly Finding[]): Category | undefined {
  let best: Finding | undefined;
  for (const f of pool) {
    if (!f.category) continue;
    if (best === undefined || worse(f, best)) best = f;
  }
  return best?.category ?? undefined;
}

function worse(a: Finding, b: Finding): boolean {
  const risk = RISK_RANK[a.risk ?? 'low'] - RISK_RANK[b.risk ?? 'low'];
  return risk > 0 || (risk === 0 && rank(a.category!) > rank(b.category!));
}

function rank(category: Category): number {
  return CATEGORY_RANK[category];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

