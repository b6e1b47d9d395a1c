import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageRendered, progressLine } from '../../src/site/progress.ts';

afterEach(() => vi.restoreAllMocks());

describe('build progress', () => {
  it('says how far, how fast and how long is left', () => {
    expect(progressLine(41_200, 100_060, 102_500)).toBe('[atlas] pages 41,200 of 100,060 (41%), 402 pages/s, about 2 min 26 s left');
    expect(progressLine(10, 10, 2_000, 1_520_000_000)).toBe('[atlas] pages 10 of 10 (100%), 5 pages/s; build process 1.52 GB');
    expect(progressLine(0, 10, 0)).toBe('[atlas] pages 0 of 10 (0%), 0 pages/s');
  });

  it('marks the start and end of rendering and prints a final line when the last page is done', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    for (let i = 0; i < 3; i++) pageRendered(3);
    expect(printed[0]).toMatch(/^\[atlas-stage\] render start t=\d+$/);
    expect(printed.at(-2)).toMatch(/^\[atlas\] pages 3 of 3 \(100%\)/);
    expect(printed.at(-1)).toMatch(/^\[atlas-stage\] render end t=\d+$/);
    // A second build in the same process starts over.
    printed.length = 0;
    pageRendered(2);
    expect(printed).toEqual([expect.stringMatching(/render start/)]);
  });
});
