/** Descriptions read as blocks of text: Markdown's headings, lists and code blocks, never HTML. */
import { describe, expect, it } from 'vitest';
import { descriptionBlocks, leadBlockCount } from '../../src/site/description-blocks.ts';

describe('descriptionBlocks', () => {
  it('reads headings, paragraphs, bullet and numbered lists and fenced code', () => {
    const text = [
      'Creates ECR infrastructure and builds/pushes a Docker image to ECR.',
      '',
      'This tool automates the complete process:',
      '1. Creates ECR repository',
      '2. Builds the image',
      '',
      '## Parameters:',
      '- Required: app_name (Application name)',
      '- Optional: tag',
      '  (defaults to a timestamp)',
      '',
      'Returns:',
      '```',
      '{ "repository_uri": "..." }',
      '```',
    ].join('\n');
    expect(descriptionBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Creates ECR infrastructure and builds/pushes a Docker image to ECR.' },
      { kind: 'paragraph', text: 'This tool automates the complete process:' },
      { kind: 'list', ordered: true, items: ['Creates ECR repository', 'Builds the image'] },
      { kind: 'heading', text: 'Parameters:' },
      { kind: 'list', ordered: false, items: ['Required: app_name (Application name)', 'Optional: tag\n(defaults to a timestamp)'] },
      { kind: 'heading', text: 'Returns' },
      { kind: 'code', text: '{ "repository_uri": "..." }' },
    ]);
  });

  it('keeps markup as text: nothing is turned into HTML, and an unclosed fence keeps its lines', () => {
    const blocks = descriptionBlocks('<script>alert(1)</script>\n\n```\n<img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
      { kind: 'code', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('handles Windows line ends and a text of only blank lines', () => {
    expect(descriptionBlocks('# Title\r\nBody\r\n')).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'Body' },
    ]);
    expect(descriptionBlocks('\n\n\n')).toEqual([]);
  });

  it('is linear: a megabyte of list items is read in well under a second', () => {
    const started = performance.now();
    const blocks = descriptionBlocks('- item\n'.repeat(150_000));
    expect(blocks).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('leadBlockCount', () => {
  it('shows at least one block, and stops before the first that overflows a few lines', () => {
    const blocks = descriptionBlocks(['One line.', '', '- a\n- b\n- c\n- d\n- e\n- f\n- g', '', 'More.'].join('\n'));
    expect(leadBlockCount(blocks)).toBe(1);
    expect(leadBlockCount(descriptionBlocks('x'.repeat(5000)))).toBe(1);
    expect(leadBlockCount(descriptionBlocks('Short.\n\nAlso short.'))).toBe(2);
  });
});
