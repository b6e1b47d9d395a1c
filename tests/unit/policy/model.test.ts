/**
 * What the rule model grew for real reviews: deny-lists, pattern checks, resource scoping by
 * identifier prefix with marked placeholders, limits per agent, reasons that claim only what the
 * signals show, and our own evaluator of all of it.
 */
import { describe, expect, it } from 'vitest';
import type { Classification, Signal } from '../../../src/risk/schema.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { evaluate, isListed } from '../../../src/risk/policy/evaluate.ts';
import { matchesPattern, patternProblem } from '../../../src/risk/policy/pattern.ts';
import { ADMIN_POLICY_ARNS, approvalReason, denyReason, recommendRule, ROLE_ARN_PREFIX } from '../../../src/risk/policy/recommend.ts';
import { ArgumentConditionSchema, type PolicyFile } from '../../../src/risk/policy/schema.ts';
import { realTool } from '../risk/helpers.ts';

const rule = (file: string, name: string) => {
  const t = realTool(file, name);
  return recommendRule(t, classifyTool(t));
};

describe('checks the reviews asked for, on real tools', () => {
  it('refuses the administrator policies for attach_user_policy', () => {
    expect(rule('iam-mcp-server.json', 'attach_user_policy')).toMatchObject({
      arguments: { policy_arn: { kind: 'notOneOf', values: [...ADMIN_POLICY_ARNS] } },
    });
    expect(ADMIN_POLICY_ARNS).toContain('arn:aws:iam::aws:policy/AdministratorAccess');
  });

  it('refuses Secret (and cluster-wide grants) as the kind of a Kubernetes resource', () => {
    expect(rule('eks-mcp-server.json', 'manage_k8s_resource')).toMatchObject({
      arguments: { kind: { kind: 'notOneOf', values: expect.arrayContaining(['Secret']) } },
    });
  });

  it('scopes a role an agent hands to a service to your account, as a marked placeholder', () => {
    expect(rule('aws-healthomics-mcp-server.json', 'StartAHORun')).toMatchObject({
      arguments: { role_arn: { kind: 'prefix', prefix: ROLE_ARN_PREFIX, placeholder: true } },
    });
  });

  it('scopes table and repository names where a tool changes them, as placeholders', () => {
    expect(rule('s3-tables-mcp-server.json', 'import_csv_to_table')).toMatchObject({
      arguments: { table_name: { kind: 'prefix', placeholder: true } },
    });
    expect(rule('finch-mcp-server.json', 'finch_create_ecr_repo')).toMatchObject({
      arguments: { repository_name: { kind: 'prefix', placeholder: true } },
    });
  });

  it('counts every recommended limit per agent, never per client session', () => {
    for (const [file, name] of [
      ['memcached-mcp-server.json', 'cache_set'],
      ['ecs-mcp-server.json', 'build_and_push_image_to_ecr'],
      ['aws-dataprocessing-mcp-server.json', 'manage_aws_glue_jobs'],
    ] as const) {
      const r = rule(file, name);
      expect('limits' in r && r.limits?.every((l) => l.scope === 'agent'), name).toBe(true);
    }
  });
});

describe('reasons', () => {
  const signal = (capability: Signal['capability'], effect: Signal['effect'] = 'raises', accepted = true): Signal => ({
    rule: 'parameter.test',
    refinedBy: [],
    source: 'parameter',
    text: 'x',
    field: 'inputSchema.properties.x',
    effect,
    category: null,
    risk: 'high',
    capability,
    strength: 'strong',
    accepted,
    note: '',
  });
  const verdict = (signals: Signal[]): Pick<Classification, 'category' | 'risk' | 'signals'> => ({
    category: 'Read',
    risk: 'high',
    signals,
  });

  it('claims "sensitive data" only when a signal found it', () => {
    expect(approvalReason(verdict([]))).not.toMatch(/sensitive/);
    expect(approvalReason(verdict([signal('credentials')]))).toBe('It handles credentials (Read, high risk).');
    expect(approvalReason(verdict([signal('sensitive-data')]))).toMatch(/reads sensitive data/);
    expect(denyReason('t', verdict([signal('sensitive-data', 'raises', false)]))).not.toMatch(/sensitive/);
  });

  it("names at most two powers, in the signals' order, and says nothing it cannot back", () => {
    expect(
      denyReason('t', {
        ...verdict([signal('destruction'), signal('permissions'), signal('money')]),
        category: 'Destructive',
        risk: 'critical',
      }),
    ).toBe(
      'Denied by policy: t falls in the Destructive category at critical risk (it deletes data that may not come back and changes permissions). Allow it only for a reviewed task.',
    );
    expect(denyReason('t', { category: 'Destructive', risk: 'critical', signals: [] })).toBe(
      'Denied by policy: t falls in the Destructive category at critical risk. Allow it only for a reviewed task.',
    );
  });

  it('never claims sensitive data for a bundled tool whose signals do not show it', () => {
    const t = realTool('aws-transform-mcp-server.json', 'delete_workspace');
    const c = classifyTool(t);
    const r = recommendRule(t, c);
    const found = c.signals.some((s) => s.accepted && s.capability === 'sensitive-data');
    if ('reason' in r && r.reason) expect(r.reason.includes('sensitive data')).toBe(found);
  });
});

describe('pattern checks', () => {
  it('accept anchored RE2 patterns up to 256 characters', () => {
    expect(patternProblem('^[a-z0-9-]{1,63}$')).toBeUndefined();
    expect(patternProblem('[a-z]+')).toMatch(/anchored/);
    expect(patternProblem('^abc\\$')).toMatch(/anchored/);
    expect(patternProblem('^abc\\\\$')).toBeUndefined();
    expect(patternProblem(`^${'a'.repeat(300)}$`)).toMatch(/longer than 256/);
    expect(patternProblem('^(a)\\1$')).toMatch(/invalid escape/);
    expect(patternProblem('^(?=a)a$')).toMatch(/Perl syntax/);
    expect(ArgumentConditionSchema.safeParse({ kind: 'pattern', pattern: '^(?=a)$', maxLength: 10 }).success).toBe(false);
    expect(ArgumentConditionSchema.safeParse({ kind: 'pattern', pattern: '^a+$', maxLength: 0 }).success).toBe(false);
    expect(ArgumentConditionSchema.safeParse({ kind: 'pattern', pattern: '^a+$', maxLength: 64 }).success).toBe(true);
  });

  it('match in linear time: a pattern that backtracks exponentially in JavaScript takes milliseconds', () => {
    const start = performance.now();
    expect(matchesPattern('^(a|a)*b$', 4096, 'a'.repeat(4000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('refuse values longer than maxLength without matching them', () => {
    expect(matchesPattern('^a*$', 3, 'aaaa')).toBe(false);
    expect(matchesPattern('^a*$', 4, 'aaaa')).toBe(true);
  });
});

describe('evaluate: our own reading of policy.json', () => {
  const policy: PolicyFile = {
    version: '1',
    default: 'deny',
    tools: {
      read: { action: 'allow' },
      write: {
        action: 'rate_limit',
        limits: [{ counter: 'w', window: 'minute', max: 2, scope: 'agent' }],
        arguments: { path: { kind: 'prefix', prefix: '/w/' }, n: { kind: 'max', max: 5 } },
      },
      attach: {
        action: 'require_approval',
        arguments: { arn: { kind: 'notOneOf', values: ['admin'] }, name: { kind: 'pattern', pattern: '^[a-z]+$', maxLength: 8 } },
      },
      drop: { action: 'deny', reason: 'No.' },
      secret: { action: 'hide' },
    },
  };

  it.each([
    ['an allowed tool', { tool: 'read' }, 'allow'],
    ['a tool the file does not list, under default deny', { tool: 'other' }, 'deny'],
    ['a check that passes', { tool: 'write', arguments: { path: '/w/x', n: 5 } }, 'allow'],
    ['a prefix broken', { tool: 'write', arguments: { path: '/etc' } }, 'deny'],
    ['a prefix given a number', { tool: 'write', arguments: { path: 7 } }, 'deny'],
    ['a cap broken', { tool: 'write', arguments: { n: 6 } }, 'deny'],
    ['a cap given text', { tool: 'write', arguments: { n: '1' } }, 'deny'],
    ['an absent argument (checks apply when the call includes it)', { tool: 'write', arguments: {} }, 'allow'],
    ['a deny-listed value', { tool: 'attach', arguments: { arn: 'admin' } }, 'deny'],
    ['a pattern broken', { tool: 'attach', arguments: { name: 'Bad!' } }, 'deny'],
    ['everything fine, held for approval', { tool: 'attach', arguments: { arn: 'ok', name: 'fine' } }, 'approval'],
    ['a denied tool', { tool: 'drop' }, 'deny'],
    ['a hidden tool', { tool: 'secret' }, 'deny'],
  ] as const)('%s', (_, call, decision) => {
    expect(evaluate(policy, call).decision).toBe(decision);
  });

  it('refuses a call once its limit is used up', () => {
    expect(evaluate(policy, { tool: 'write' }, new Map([['w', 1]])).decision).toBe('allow');
    expect(evaluate(policy, { tool: 'write' }, new Map([['w', 2]])).decision).toBe('deny');
  });

  it('lists what it does not hide, and nothing unlisted under default deny', () => {
    expect(isListed(policy, 'drop')).toBe(true);
    expect(isListed(policy, 'secret')).toBe(false);
    expect(isListed(policy, 'other')).toBe(false);
    expect(isListed({ ...policy, default: 'allow' }, 'other')).toBe(true);
  });
});
