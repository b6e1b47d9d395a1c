/**
 * The engine, blind to annotations, against the annotations authors wrote: the predicted MCP
 * hints in the spec's meaning, scored on the bundled catalogue and on the agreement corpus of real
 * npm servers (tests/fixtures/agreement).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../../src/catalogue/load.ts';
import { annotationAgreement, withoutAnnotations } from '../../../src/risk/agreement.ts';
import { tool } from './helpers.ts';
import { REFERENCE_CATALOGUE } from '../../helpers/catalogues.ts';

async function entries(dir: string) {
  const servers = await loadValidCatalogue(path.resolve(dir));
  return servers.flatMap((s) => {
    const siblings = new Set(s.tools.map(({ tool: t }) => t.name));
    return s.tools.map(({ tool: t }) => ({ server: s.slug, tool: t, siblings }));
  });
}

describe('annotation agreement', () => {
  it('predicts readOnlyHint on at least 95% and destructiveHint on at least 90% of the annotated bundled tools', async () => {
    const report = annotationAgreement(await entries(REFERENCE_CATALOGUE));
    expect(report.annotated).toBeGreaterThan(50);
    expect(report.overall.readOnlyHint.total).toBeGreaterThan(50);
    expect(report.overall.destructiveHint.total).toBeGreaterThan(20);
    expect(report.overall.readOnlyHint.rate).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.destructiveHint.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('scores destructiveHint and idempotentHint only where the author says the tool is not read-only', () => {
    const report = annotationAgreement([
      {
        server: 's',
        tool: tool({ name: 'list_things', annotations: { readOnlyHint: true, destructiveHint: true, idempotentHint: false } }),
      },
      {
        server: 's',
        tool: tool({ name: 'delete_thing', annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true } }),
      },
    ]);
    expect(report.overall.readOnlyHint).toMatchObject({ total: 2, agreeing: 2 });
    expect(report.overall.destructiveHint).toMatchObject({ total: 1, agreeing: 1 });
    expect(report.overall.idempotentHint).toMatchObject({ total: 1, agreeing: 1 });
    expect(report.byServer.get('s')!.annotated).toBe(2);
  });

  it('removes annotations and hand reviews, and nothing else', () => {
    const t = tool({ name: 'x', description: 'd', annotations: { readOnlyHint: true }, atlas: { slug: 'x', override: { risk: 'low' } } });
    expect(withoutAnnotations(t)).toEqual({ name: 'x', description: 'd', inputSchema: { type: 'object' }, atlas: { slug: 'x' } });
  });
});
