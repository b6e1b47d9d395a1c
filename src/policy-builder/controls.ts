/**
 * From what the form controls hold (strings and checkboxes) to rule edits, as pure functions the
 * browser script calls. A value the policy schema would refuse gives `undefined` plus a message
 * for the control; the rule then keeps the recommended value for that field.
 */
import type { ArgumentCondition } from '../risk/policy/schema.ts';
import { isLimitMax, patternShapeProblem } from './rule.ts';

export type Scalar = string | number | boolean;

/** An argument condition the builder offers for one of the tool's arguments. */
export type ArgumentOption =
  | {
      name: string;
      kind: 'prefix';
      /** Filled in when the recommendation has no such check. */ suggestion: string;
      recommended: boolean;
      /** The suggestion is an example the reader must replace (s3://your-bucket/): the builder marks it so. */
      placeholder?: boolean;
    }
  | { name: string; kind: 'max'; suggestion: number; recommended: boolean }
  | {
      name: string;
      kind: 'oneOf';
      /** Every value the argument can take, one checkbox each. */ values: Scalar[];
      /** The values ticked at first. */ suggestion: Scalar[];
      recommended: boolean;
    }
  | {
      name: string;
      kind: 'notOneOf';
      /** The values that may be refused, one checkbox each. */ values: Scalar[];
      /** The values ticked (refused) at first. */ suggestion: Scalar[];
      recommended: boolean;
    }
  | {
      name: string;
      kind: 'pattern';
      /** The regular expression (RE2 syntax, anchored). */ suggestion: string;
      maxLength: number;
      recommended: boolean;
    };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The number of calls in a limit: a whole number, at least 1. */
export function parseLimitMax(text: string): Parsed<number> {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return isLimitMax(value) ? { ok: true, value } : { ok: false, message: 'Enter a whole number of calls, 1 or more.' };
}

/** The state of one argument's controls: whether the check is on, its text, the values ticked. */
export interface ConditionControls {
  enabled: boolean;
  /** The prefix or the maximum as typed. */
  text?: string;
  /** For oneOf: the positions in `option.values` that are ticked. */
  checked?: readonly number[];
}

/** The condition the controls describe: null when the check is off. */
export function conditionFromControls(option: ArgumentOption, controls: ConditionControls): Parsed<ArgumentCondition | null> {
  if (!controls.enabled) return { ok: true, value: null };
  switch (option.kind) {
    case 'prefix': {
      const prefix = controls.text ?? '';
      if (prefix === '') return { ok: false, message: 'Enter the beginning every value must have.' };
      // Still the example value: keep saying so in the policy, until the reader puts their own.
      const placeholder = option.placeholder === true && prefix === option.suggestion;
      return { ok: true, value: { kind: 'prefix', prefix, ...(placeholder ? { placeholder: true as const } : {}) } };
    }
    case 'max': {
      const trimmed = (controls.text ?? '').trim();
      const max = trimmed === '' ? Number.NaN : Number(trimmed);
      return Number.isFinite(max) ? { ok: true, value: { kind: 'max', max } } : { ok: false, message: 'Enter a number.' };
    }
    case 'oneOf':
    case 'notOneOf': {
      const values = option.values.filter((_, index) => controls.checked?.includes(index));
      return values.length > 0
        ? { ok: true, value: { kind: option.kind, values } }
        : { ok: false, message: 'Tick at least one value, or turn the check off.' };
    }
    case 'pattern': {
      // The pattern is the one offered (compiled with RE2 at build time); the reader turns it on or off.
      const problem = patternShapeProblem(option.suggestion);
      return problem
        ? { ok: false, message: problem }
        : { ok: true, value: { kind: 'pattern', pattern: option.suggestion, maxLength: option.maxLength } };
    }
  }
}
