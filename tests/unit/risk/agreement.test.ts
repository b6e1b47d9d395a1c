/** The engine, blind to annotations, against the annotations authors wrote. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../../src/catalogue/load.ts';
import { annotationAgreement, withoutAnnotations } from '../../../src/risk/agreement.ts';
import { tool } from './helpers.ts';

describe('annotation agreement', () => {
  it('agrees with readOnlyHint and destructiveHint on at least 90% of the annotated bundled tools', async () => {
    const servers = await loadValidCatalogue(path.resolve('content'));
    const report = annotationAgreement(servers.flatMap((s) => s.tools.map(({ tool: t }) => ({ server: s.slug, tool: t }))));
    expect(report.annotated).toBeGreaterThan(50);
    expect(report.read.total).toBeGreaterThan(50);
    expect(report.destructive.total).toBeGreaterThan(20);
    expect(report.read.percent).toBeGreaterThanOrEqual(90);
    expect(report.destructive.percent).toBeGreaterThanOrEqual(90);
  });

  it('removes annotations and hand reviews, and nothing else', () => {
    const t = tool({ name: 'x', description: 'd', annotations: { readOnlyHint: true }, atlas: { slug: 'x', override: { risk: 'low' } } });
    expect(withoutAnnotations(t)).toEqual({ name: 'x', description: 'd', inputSchema: { type: 'object' }, atlas: { slug: 'x' } });
  });
});
