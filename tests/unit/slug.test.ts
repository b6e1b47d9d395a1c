import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/catalogue/slug.ts';

describe('slugify', () => {
  it.each([
    ['build_and_push_image_to_ecr', 'build-and-push-image-to-ecr'],
    ['getUserById', 'get-user-by-id'],
    ['HTTPRequest', 'http-request'],
    ['files.read', 'files-read'],
    ['kebab-case-name', 'kebab-case-name'],
    ['  Café  Crème ', 'cafe-creme'],
    ['aws_knowledge_aws___search_documentation', 'aws-knowledge-aws-search-documentation'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives names with nothing sluggable a stable hash, never an empty or dotted slug', () => {
    for (const name of ['..', '/', '', '読む', '🚀', '.']) {
      const slug = slugify(name, 'tool');
      expect(slug).toMatch(/^tool-[0-9a-f]{8}$/);
      expect(slugify(name, 'tool')).toBe(slug);
    }
    expect(slugify('読む', 'tool')).not.toBe(slugify('書く', 'tool'));
  });

  it('cuts long names to a bounded slug that still tells them apart', () => {
    const a = slugify('x'.repeat(500) + 'a');
    const b = slugify('x'.repeat(500) + 'b');
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
