/**
 * The engine's working form of a signal: the public `Signal` plus what the verdict needs to know
 * about it. `classify.ts` strips the extra fields before returning.
 */
import { RISK_LEVELS, RISK_RANK, type Category, type RiskLevel } from '../../values/index.ts';
import type { VerbEffect } from '../lexicon.ts';
import type { Signal } from '../schema.ts';

export interface Finding extends Signal {
  /**
   * What the signal implies if the tool really only reads (an accepted read-only claim); `null`
   * when the signal contradicts such a claim (a `delete_` verb, a shell command). Absent means
   * the signal is unaffected (it points to Read already, or only bears on risk).
   */
  asReadOnly?: { category: Category; risk: RiskLevel } | null;
  /** Arbitrary code or shell: covers whatever else the tool may do, so the tool is Execute. */
  unbounded?: boolean;
  /** For `lowers` signals: what the claim says. */
  claim?: 'read-only' | 'not-destructive' | 'closed-world' | 'public-value' | 'local-state' | 'reversible' | 'computes' | 'definitions';
  /** A short clause for the rationale, e.g. "runs a shell command the agent writes". */
  clause: string;
  /** For verb findings (name, description, operation): the verb as the lexicon knows it ("delete"). */
  verb?: string;
  /** For verb findings: what the verb does to its object once judged, and whether repeating it changes more. */
  verbEffect?: VerbEffect;
  verbIdempotent?: boolean;
  /** For name verbs that work out what a change would do without making it ("preview", "simulate"). */
  previews?: boolean;
}

export function maxRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_RANK[a] >= RISK_RANK[b] ? a : b;
}

export function minRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_RANK[a] <= RISK_RANK[b] ? a : b;
}

/** One level up, capped at critical. */
export function raiseRisk(risk: RiskLevel): RiskLevel {
  return RISK_LEVELS[Math.min(RISK_RANK[risk] + 1, 3)]!;
}

/** Builds a finding with the defaults most signals share. */
export function finding(
  fields: Pick<Finding, 'rule' | 'source' | 'text' | 'field' | 'note' | 'clause'> &
    Partial<Omit<Finding, 'rule' | 'source' | 'text' | 'field' | 'note' | 'clause'>>,
): Finding {
  return {
    refinedBy: [],
    effect: 'raises',
    category: null,
    risk: null,
    capability: null,
    strength: 'strong',
    accepted: true,
    ...fields,
  };
}
