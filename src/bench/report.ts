/**
 * Pure: cuts measured runs into stages and prints the benchmark's figures. A run of the pipeline
 * is one process tree (Astro, then pagefind's binary inside the astro:build:done hook), so its
 * stages are found after the fact: from the times its log lines arrived and from when the pagefind
 * program was alive in the tree.
 */
import { cpuBetween, peakBetween, programSpan, type MemorySample, type OutputLine } from './measure.ts';

export interface Stage {
  /** Stable key for JSON readers: `catalogue`, `site`, `site.validate`, `site.render`, `index`, `whole`. */
  key: string;
  label: string;
  wallMs: number;
  /** Pages the stage produced or indexed, for pages per second. */
  pages?: number;
  peakRss?: number;
  outputBytes?: number;
  outputFiles?: number;
  cpu?: { userMs: number; systemMs: number };
  note?: string;
}

/** What `runMeasured` recorded, as far as stage cutting needs it. */
export interface MeasuredRun {
  wallMs: number;
  samples: readonly MemorySample[];
  lines: readonly OutputLine[];
  cpu?: { userMs: number; systemMs: number };
}

function lineTime(lines: readonly OutputLine[], pattern: RegExp, after = 0): { t: number; match: RegExpExecArray } | undefined {
  for (const line of lines) {
    if (line.t < after) continue;
    const match = pattern.exec(line.text);
    if (match) return { t: line.t, match };
  }
  return undefined;
}

export interface OutputSizes {
  /** The whole output folder. */
  total: { bytes: number; files: number; htmlFiles: number };
  /** The search index folder inside it. */
  index: { bytes: number; files: number };
}

/**
 * A stage's wall time, peak RSS and CPU. CPU comes from the samples, so it is exact to about one
 * sampling interval; on a busy machine it is steadier than wall time.
 */
function split(run: MeasuredRun, from: number, to: number): Pick<Stage, 'wallMs' | 'peakRss' | 'cpu'> {
  return { wallMs: Math.max(0, to - from), peakRss: peakBetween(run.samples, from, to), cpu: cpuBetween(run.samples, from, to) };
}

/**
 * Stages of `node scripts/build.ts`: site build (everything up to the search index: validation,
 * Astro's bundling, page rendering, sitemap), search index (pagefind), whole. Sub-stages
 * `site.validate` (our catalogue check) and `site.render` (from the first page rendered to Astro's end of generation).
 */
export function pipelineStages(run: MeasuredRun, sizes: OutputSizes): Stage[] {
  const { lines } = run;
  // scripts/build.ts, src/site/progress.ts and the pagefind integration mark their stages.
  const validated = lineTime(lines, /^\[atlas-stage\] validate end/);
  const renderStart = lineTime(lines, /^\[atlas-stage\] render start/);
  const renderEnd = renderStart ? lineTime(lines, /^\[atlas-stage\] pages end/, renderStart.t) : undefined;
  const indexMark = lineTime(lines, /^\[atlas-stage\] index start/);
  const indexDone = lineTime(lines, /^\[atlas-stage\] index end/);
  const indexed = lineTime(lines, /\[atlas-pagefind\] indexed (\d+) pages/);
  const pagefind = programSpan(run.samples, 'pagefind');
  const indexStart = indexMark?.t ?? pagefind?.from ?? renderEnd?.t ?? run.wallMs;
  const indexEnd = indexDone?.t ?? indexed?.t ?? pagefind?.to ?? run.wallMs;
  const sitePages = sizes.total.htmlFiles;
  const stages: Stage[] = [
    {
      key: 'site',
      label: 'pipeline: site build (astro)',
      ...split(run, 0, indexStart),
      pages: sitePages,
      outputBytes: sizes.total.bytes - sizes.index.bytes,
      outputFiles: sizes.total.files - sizes.index.files,
    },
  ];
  if (validated) stages.push({ key: 'site.validate', label: 'pipeline:   start + validate', ...split(run, 0, validated.t) });
  if (renderStart && renderEnd)
    stages.push({
      key: 'site.render',
      label: 'pipeline:   classify + render',
      ...split(run, renderStart.t, renderEnd.t),
      pages: sitePages,
    });
  // The data exports (atlas.json, atlas.csv, verdicts.json, llms.txt), written in one pass after the pages.
  const exportsStart = lineTime(lines, /^\[atlas-stage\] exports start/);
  const exportsEnd = lineTime(lines, /^\[atlas-stage\] exports end/);
  const exported = lineTime(lines, /^\[atlas-exports\] wrote (.*) in [\d.]+ s$/);
  if (exportsStart && exportsEnd) {
    const bytes = exported ? [...exported.match[1]!.matchAll(/([\d.]+) MB/g)].reduce((sum, m) => sum + Number(m[1]) * 1e6, 0) : undefined;
    stages.push({
      key: 'site.exports',
      label: 'pipeline:   data exports',
      ...split(run, exportsStart.t, exportsEnd.t),
      ...(bytes !== undefined ? { outputBytes: bytes } : {}),
    });
  }
  stages.push(
    {
      key: 'index',
      label: 'pipeline: search index',
      ...split(run, indexStart, indexEnd),
      ...(indexed ? { pages: Number(indexed.match[1]) } : {}),
      outputBytes: sizes.index.bytes,
      outputFiles: sizes.index.files,
    },
    {
      key: 'whole',
      label: 'pipeline: whole',
      wallMs: run.wallMs,
      peakRss: peakBetween(run.samples, 0, run.wallMs),
      pages: sitePages,
      outputBytes: sizes.total.bytes,
      outputFiles: sizes.total.files,
      ...(run.cpu ? { cpu: run.cpu } : {}),
    },
  );
  return stages;
}

/**
 * Stages of `scripts/bench-floor.ts`, from its `[bench-floor] ...` lines. Its `site.render` runs
 * from the validated catalogue to the last page written (classification included), as the
 * pipeline's does (Astro's getStaticPaths builds the site model while generating routes).
 */
export function floorStages(run: MeasuredRun, sizes: OutputSizes): Stage[] {
  const { lines } = run;
  const loaded = lineTime(lines, /^\[bench-floor\] catalogue:/);
  const written = lineTime(lines, /^\[bench-floor\] pages: (\d+) pages/);
  const indexed = lineTime(lines, /^\[bench-floor\] indexed (\d+) pages/);
  const pagesEnd = written?.t ?? run.wallMs;
  const pages = written ? Number(written.match[1]) : sizes.total.htmlFiles;
  const stages: Stage[] = [
    {
      key: 'site',
      label: 'floor: pages',
      ...split(run, 0, pagesEnd),
      pages,
      outputBytes: sizes.total.bytes - sizes.index.bytes,
      outputFiles: sizes.total.files - sizes.index.files,
    },
  ];
  if (loaded) stages.push({ key: 'site.validate', label: 'floor:   start + validate', ...split(run, 0, loaded.t) });
  if (loaded && written)
    stages.push({ key: 'site.render', label: 'floor:   classify + render', ...split(run, loaded.t, written.t), pages });
  if (indexed) {
    stages.push({
      key: 'index',
      label: 'floor: search index',
      ...split(run, pagesEnd, indexed.t),
      pages: Number(indexed.match[1]),
      outputBytes: sizes.index.bytes,
      outputFiles: sizes.index.files,
    });
  }
  stages.push({
    key: 'whole',
    label: 'floor: whole',
    wallMs: run.wallMs,
    peakRss: peakBetween(run.samples, 0, run.wallMs),
    pages,
    outputBytes: sizes.total.bytes,
    outputFiles: sizes.total.files,
    ...(run.cpu ? { cpu: run.cpu } : {}),
  });
  return stages;
}

export interface Ratio {
  key: string;
  /** Pipeline wall time over the floor's. */
  wall: number;
  /** Pipeline CPU (user + system) over the floor's. */
  cpu?: number;
  /** Pipeline peak RSS over the floor's. */
  rss?: number;
}

const cpuTotal = (stage: Stage) => (stage.cpu ? stage.cpu.userMs + stage.cpu.systemMs : 0);

/** Pipeline over floor for every stage both have. */
export function ratios(pipeline: readonly Stage[], floor: readonly Stage[]): Ratio[] {
  const out: Ratio[] = [];
  for (const stage of pipeline) {
    const other = floor.find((candidate) => candidate.key === stage.key);
    if (!other || other.wallMs <= 0) continue;
    out.push({
      key: stage.key,
      wall: round(stage.wallMs / other.wallMs, 2),
      ...(cpuTotal(stage) > 0 && cpuTotal(other) > 0 ? { cpu: round(cpuTotal(stage) / cpuTotal(other), 2) } : {}),
      ...(stage.peakRss && other.peakRss ? { rss: round(stage.peakRss / other.peakRss, 2) } : {}),
    });
  }
  return out;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const MB = 1e6;
const number = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The stage as plain numbers, for `--json`. */
export function stageJson(stage: Stage) {
  return {
    key: stage.key,
    label: stage.label,
    wallS: round(stage.wallMs / 1000, 2),
    ...(stage.pages !== undefined
      ? { pages: stage.pages, pagesPerS: stage.wallMs > 0 ? round(stage.pages / (stage.wallMs / 1000), 1) : null }
      : {}),
    ...(stage.peakRss ? { peakRssMB: round(stage.peakRss / MB, 0) } : {}),
    ...(stage.outputBytes !== undefined ? { outputMB: round(stage.outputBytes / MB, 1), outputFiles: stage.outputFiles } : {}),
    ...(stage.cpu ? { cpuUserS: round(stage.cpu.userMs / 1000, 1), cpuSystemS: round(stage.cpu.systemMs / 1000, 1) } : {}),
    ...(stage.note ? { note: stage.note } : {}),
  };
}

/** A fixed-width table: stage, wall s, pages/s, peak RSS MB, output MB / files, CPU user+sys s. */
export function formatTable(stages: readonly Stage[]): string {
  const header = ['stage', 'wall s', 'pages/s', 'peak RSS MB', 'output MB', 'files', 'CPU user+sys s'];
  const rows = stages.map((stage) => [
    stage.label + (stage.note ? ` (${stage.note})` : ''),
    number(stage.wallMs / 1000, 1),
    stage.pages !== undefined && stage.wallMs > 0 ? number(stage.pages / (stage.wallMs / 1000)) : '',
    stage.peakRss ? number(stage.peakRss / MB) : '',
    stage.outputBytes !== undefined ? number(stage.outputBytes / MB, 1) : '',
    stage.outputFiles !== undefined ? number(stage.outputFiles) : '',
    stage.cpu ? `${number(stage.cpu.userMs / 1000, 1)}+${number(stage.cpu.systemMs / 1000, 1)}` : '',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatRatios(list: readonly Ratio[]): string {
  const names: Record<string, string> = {
    site: 'pages',
    'site.validate': 'start + validate',
    'site.render': 'classify + render',
    index: 'search index',
    whole: 'whole',
  };
  const rows = list.map(
    (r) =>
      `  ${(names[r.key] ?? r.key).padEnd(18)} ${r.wall.toFixed(2)}x wall` +
      `${r.cpu ? `, ${r.cpu.toFixed(2)}x CPU` : ''}${r.rss ? `, ${r.rss.toFixed(2)}x peak RSS` : ''}`,
  );
  return `ratio pipeline / floor:\n${rows.join('\n')}`;
}
