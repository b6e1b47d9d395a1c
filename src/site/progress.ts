/**
 * A progress line while Astro renders a large catalogue, in place of Astro's line per page
 * (scripts/build.ts quiets those: 100,000 of them help nobody). Tool and server pages report
 * here as they render; a line is printed every few seconds and when the last one is done:
 *   [atlas] pages 41,200 of 100,060 (41%), 402 pages/s, about 2 min 26 s left; build process 1.52 GB
 * `[atlas-stage] render start|end t=<ms>` lines mark the stage for the benchmark.
 */

const INTERVAL_MS = 5_000;

interface Progress {
  total: number;
  done: number;
  started: number;
  lastLine: number;
}

let progress: Progress | undefined;

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function progressLine(done: number, total: number, elapsedMs: number, rssBytes?: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const left = done < total && rate > 0 ? `, about ${duration((total - done) / rate)} left` : '';
  const memory = rssBytes === undefined ? '' : `; build process ${(rssBytes / 1e9).toFixed(2)} GB`;
  return (
    `[atlas] pages ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${percent}%), ${Math.round(rate)} ` +
    `pages/s${left}${memory}`
  );
}

/** Called by each tool and server page as it renders; `total` is how many such pages there are. */
export function pageRendered(total: number): void {
  const now = performance.now();
  if (!progress) {
    progress = { total, done: 0, started: now, lastLine: now };
    console.log(`[atlas-stage] render start t=${Date.now()}`);
  }
  progress.done++;
  if (progress.done >= progress.total) {
    console.log(progressLine(progress.done, progress.total, now - progress.started, process.memoryUsage.rss()));
    console.log(`[atlas-stage] render end t=${Date.now()}`);
    progress = undefined;
  } else if (now - progress.lastLine >= INTERVAL_MS) {
    progress.lastLine = now;
    console.log(progressLine(progress.done, progress.total, now - progress.started, process.memoryUsage.rss()));
  }
}
