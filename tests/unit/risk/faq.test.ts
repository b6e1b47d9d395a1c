/** FAQ answers: written from the rule, naming the gateway generically. */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { DEFAULT_GATEWAY_NAME, serverLabel, toolFaq, type FaqInput } from '../../../src/risk/faq.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { parsePolicyFile } from '../../../src/risk/policy/schema.ts';
import { realTool, server } from './helpers.ts';

function faqFor(file: string, name: string, extra: Partial<FaqInput> = {}) {
  const s = server(file);
  const t = realTool(file, name);
  const classification = classifyTool(t, { server: s.name });
  const rule = recommendRule(t, classification);
  const input: FaqInput = {
    toolName: name,
    serverName: s.name,
    packageName: s.package.name,
    registry: s.package.registry,
    classification,
    rule,
    ...extra,
  };
  return { faq: toolFaq(input), rule, classification };
}

const answer = (faq: ReturnType<typeof toolFaq>, start: string) => faq.find((item) => item.question.startsWith(start))!;

describe('toolFaq', () => {
  it('answers the six questions, naming the gateway from settings and never a vendor', () => {
    const { faq } = faqFor('ecs-mcp-server.json', 'build_and_push_image_to_ecr', { gatewayName: 'the Acme gateway' });
    expect(faq.map((item) => item.question)).toEqual([
      'What does the build_and_push_image_to_ecr tool do?',
      'How do I enforce a policy on build_and_push_image_to_ecr?',
      'What risk level is build_and_push_image_to_ecr?',
      'How do I rate-limit build_and_push_image_to_ecr?',
      'How do I block build_and_push_image_to_ecr completely?',
      'Which MCP server provides build_and_push_image_to_ecr?',
    ]);
    const text = faq.map((item) => item.answer).join('\n');
    expect(text).toContain('the Acme gateway');
    expect(text).toContain('The Acme gateway');
    expect(text).not.toMatch(/PolicyLayer/i);
  });

  it('defaults the gateway name to "your MCP gateway"', () => {
    const { faq } = faqFor('ecs-mcp-server.json', 'build_and_push_image_to_ecr');
    expect(DEFAULT_GATEWAY_NAME).toBe('your MCP gateway');
    expect(answer(faq, 'How do I enforce').answer).toContain('through your MCP gateway');
  });

  it('quotes the rule’s own limit in the rate-limit answer: same max, same window word', () => {
    const { faq, rule } = faqFor('amazon-bedrock-agentcore-mcp-server.json', 'browser_click');
    expect(rule.action).toBe('rate_limit');
    const rate = answer(faq, 'How do I rate-limit').answer;
    expect(rate).toContain('at most 10 calls per minute per agent');
    expect(rate).toContain('"window":"minute"');
    expect(rate).toContain('"max":10');
    expect(rate).not.toMatch(/window: ?60/);
  });

  it('shows a deny rule that validates in the block answer', () => {
    const { faq } = faqFor('ecs-mcp-server.json', 'build_and_push_image_to_ecr');
    const block = answer(faq, 'How do I block');
    const parsed = parsePolicyFile(JSON.parse(block.snippet!));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data).toMatchObject({ default: 'deny', tools: { build_and_push_image_to_ecr: { action: 'deny' } } });
    expect(block.answer).toContain('"action":"deny"');
  });

  it('suggests a limit for an allowed tool, and says the tool is already blocked when it is', () => {
    const allowed = faqFor('redshift-mcp-server.json', 'list_clusters');
    expect(allowed.rule.action).toBe('allow');
    expect(answer(allowed.faq, 'How do I rate-limit').answer).toMatch(/^The recommended rule allows it without a limit\./);
    const denied = faqFor('aws-transform-mcp-server.json', 'delete_workspace');
    expect(denied.rule.action).toBe('deny');
    expect(answer(denied.faq, 'How do I block').answer).toMatch(/^The recommended policy already does\./);
    expect(answer(denied.faq, 'How do I rate-limit').answer).toMatch(/blocks it/);
  });

  it('names the server once, with its package, and the category without a bare article', () => {
    const { faq } = faqFor('ecs-mcp-server.json', 'build_and_push_image_to_ecr');
    const which = answer(faq, 'Which MCP server').answer;
    expect(which).toMatch(/^Amazon ECS MCP Server, published on PyPI as “awslabs\.ecs-mcp-server”\./);
    expect(faq.map((item) => item.answer).join(' ')).not.toMatch(/MCP Server MCP server/i);
    expect(answer(faq, 'What risk level').answer).toMatch(/^High\. build_and_push_image_to_ecr falls in the Execute category/);
    expect(serverLabel('Acme')).toBe('the Acme MCP server');
    expect(serverLabel('Acme MCP Server')).toBe('Acme MCP Server');
  });

  it('quotes what the tool does in its author’s words when a description is given', () => {
    const t = realTool('ecs-mcp-server.json', 'build_and_push_image_to_ecr');
    const { faq } = faqFor('ecs-mcp-server.json', 'build_and_push_image_to_ecr', { description: t.description! });
    expect(answer(faq, 'What does').answer).toContain('“Creates ECR infrastructure and builds/pushes a Docker image to ECR.”');
  });
});
