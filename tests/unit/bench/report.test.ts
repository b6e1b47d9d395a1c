import { describe, expect, it } from 'vitest';
import type { MemorySample, OutputLine } from '../../../src/bench/measure.ts';
import { floorStages, formatTable, pipelineStages, ratios } from '../../../src/bench/report.ts';

const line = (t: number, text: string): OutputLine => ({ t, stream: 'stdout', text });
/** Samples whose tree has used CPU at `cpuRate` ms per ms so far. */
const sample = (t: number, rss: number, programs = ['sh', 'MainThread'], cpuRate = 0.8): MemorySample => ({
  t,
  rss,
  programs,
  userMs: t * cpuRate,
  systemMs: 0,
});
const sizes = { total: { bytes: 1000, files: 10, htmlFiles: 8 }, index: { bytes: 300, files: 2 } };

describe('stages of a pipeline run', () => {
  const run = {
    wallMs: 10_000,
    lines: [
      line(480, 'catalogue .bench/catalogue-10: 2 servers, 10 tools'),
      line(500, '[atlas-stage] validate end t=1764000000500'),
      line(3000, '[atlas-stage] render start t=1764000003000'),
      line(5000, '[atlas] pages 5 of 10 (50%), 2 pages/s, about 3 s left'),
      line(6000, '[atlas-stage] pages end t=1764000006000'),
      line(6500, '[atlas-stage] index start t=1764000006500'),
      line(9500, '[atlas-stage] index end t=1764000009500'),
      line(9510, '[atlas-pagefind] indexed 7 pages in 2 shards in 3.0 s; the index takes 0.3 MB'),
    ],
    samples: [
      sample(0, 10),
      sample(5000, 700),
      sample(6500, 900, ['sh', 'MainThread', 'pagefind_extend']),
      sample(9000, 1200, ['sh', 'MainThread', 'pagefind_extend']),
      sample(9800, 600),
    ],
    cpu: { userMs: 9000, systemMs: 1000 },
  };
  const stages = pipelineStages(run, sizes);
  const byKey = Object.fromEntries(stages.map((stage) => [stage.key, stage]));

  it('cuts at the stage marks the build prints', () => {
    expect(byKey.site).toMatchObject({
      wallMs: 6500,
      peakRss: 900,
      pages: 8,
      outputBytes: 700,
      outputFiles: 8,
      cpu: { userMs: 5200, systemMs: 0 },
    });
    expect(byKey['site.validate']).toMatchObject({ wallMs: 500 });
    // CPU between the samples nearest before each end: 0 ms at 0 s, 4,000 ms at 5 s.
    expect(byKey['site.render']).toMatchObject({ wallMs: 3000, peakRss: 700, cpu: { userMs: 4000, systemMs: 0 } });
    expect(byKey.index).toMatchObject({
      wallMs: 3000,
      peakRss: 1200,
      pages: 7,
      outputBytes: 300,
      outputFiles: 2,
      cpu: { userMs: 2000, systemMs: 0 },
    });
    expect(byKey.whole).toMatchObject({ wallMs: 10_000, peakRss: 1200, cpu: { userMs: 9000, systemMs: 1000 } });
  });

  it('compares with the floor stage by stage', () => {
    const floor = floorStages(
      {
        wallMs: 4000,
        lines: [
          line(300, '[bench-floor] catalogue: 2 servers validated in 0.1 s'),
          line(2000, '[bench-floor] pages: 8 pages in 1.5 s'),
          line(3900, '[bench-floor] indexed 8 pages in 1.9 s'),
        ],
        samples: [sample(1000, 300, undefined, 0.5), sample(3000, 600, undefined, 0.5)],
      },
      sizes,
    );
    expect(floor.map((stage) => stage.key)).toEqual(['site', 'site.validate', 'site.render', 'index', 'whole']);
    expect(ratios(stages, floor)).toEqual([
      { key: 'site', wall: 3.25, cpu: 10.4, rss: 3 },
      { key: 'site.validate', wall: 1.67 },
      { key: 'site.render', wall: 1.76, cpu: 8, rss: 2.33 },
      { key: 'index', wall: 1.58, cpu: 2, rss: 2 },
      { key: 'whole', wall: 2.5, rss: 2 },
    ]);
    expect(formatTable(stages).split('\n')[0]).toBe(
      'stage                          wall s  pages/s  peak RSS MB  output MB  files  CPU user+sys s',
    );
  });
});
