/**
 * Node-only (Linux /proc): runs a command as a child process and measures it as a whole: wall
 * time, user and system CPU of the child and everything it started, and the peak resident memory
 * of the whole process tree (child + descendants, summed), sampled every ~150 ms. Astro's build
 * starts pagefind's Rust binary as a child; a per-process figure would miss most of the index
 * memory, so the tree is what counts.
 *
 * Output lines are timestamped on arrival, and every memory sample records which programs were
 * alive, so callers can cut a run into stages (pages, then indexing) after the fact.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface MemorySample {
  /** Milliseconds since the run started. */
  t: number;
  /** Summed VmRSS of the tree, in bytes. */
  rss: number;
  /** Program names (`comm`) of the processes in the tree at that moment. */
  programs: string[];
  /** CPU used by the tree so far (processes that ended included, up to their last sample), in ms. */
  userMs: number;
  systemMs: number;
}

export interface OutputLine {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** CPU of the child and all its descendants (see WRAPPER for how). */
  cpu: { userMs: number; systemMs: number };
  peakRss: number;
  samples: MemorySample[];
  lines: OutputLine[];
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Sampling interval; 150 ms by default. */
  intervalMs?: number;
  /** Called for every output line as it arrives (to echo progress). */
  onLine?: (line: OutputLine) => void;
  /** Lines to keep in the result; all by default. Astro prints one line per page. */
  keepLine?: (text: string) => boolean;
}

interface ProcEntry {
  pid: number;
  ppid: number;
  comm: string;
  /** CPU the process itself used so far, in clock ticks (utime, stime). */
  userTicks: number;
  systemTicks: number;
  /** Start time in ticks since boot: with the pid, identifies a process even if its pid is reused. */
  start: string;
}

/** `/proc/<pid>/stat`: the name is in parentheses and may itself hold spaces and parentheses. */
function readStat(pid: number): { comm: string; fields: string[] } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      fields: text
        .slice(close + 2)
        .trim()
        .split(' '),
    };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function processTable(): ProcEntry[] {
  const table: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const stat = readStat(pid);
    // fields[k - 3] is stat field k (proc(5)): 4 ppid, 14 utime, 15 stime, 22 starttime.
    if (stat) {
      const { fields, comm } = stat;
      table.push({
        pid,
        ppid: Number(fields[1]),
        comm,
        userTicks: Number(fields[11]),
        systemTicks: Number(fields[12]),
        start: fields[19]!,
      });
    }
  }
  return table;
}

/** The pids of `root` and all its descendants, with their program names. */
export function processTree(root: number): ProcEntry[] {
  const table = processTable();
  const children = new Map<number, ProcEntry[]>();
  for (const entry of table) {
    const list = children.get(entry.ppid);
    if (list) list.push(entry);
    else children.set(entry.ppid, [entry]);
  }
  const self = table.find((entry) => entry.pid === root);
  if (!self) return [];
  const tree: ProcEntry[] = [];
  const queue = [self];
  while (queue.length > 0) {
    const entry = queue.pop()!;
    tree.push(entry);
    queue.push(...(children.get(entry.pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 if it is gone or a zombie. */
export function processRss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed resident memory of `root` and its descendants, and who they are. */
export function treeRss(root: number): { rss: number; programs: string[]; processes: ProcEntry[] } {
  const tree = processTree(root);
  return { rss: tree.reduce((sum, entry) => sum + processRss(entry.pid), 0), programs: tree.map((entry) => entry.comm), processes: tree };
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    clockTicks = Number(result.stdout?.trim()) || 100;
  }
  return clockTicks;
}

/**
 * A shell runs the command and, once it has exited, reports its own `/proc/<pid>/stat` on fd 3.
 * Its cutime/cstime (fields 16 and 17) then hold the CPU of the command and of every descendant
 * that was waited for: the only way to get a finished child's CPU from Node, which exposes
 * getrusage(RUSAGE_SELF) only. The shell adds no process of note to the tree (~1 MB).
 * A descendant nobody waited for (pagefind's binary when Node exits right after closing it) is
 * missing from that figure; the samples' per-process CPU covers it, less its last interval.
 */
const WRAPPER = '"$@"; status=$?; read -r stat < /proc/$$/stat; printf "%s\\n" "$stat" >&3; exit $status';

function cpuFromStat(line: string): { userTicks: number; systemTicks: number } | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = line
    .slice(close + 2)
    .trim()
    .split(' ');
  // cutime and cstime are stat fields 16 and 17.
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return undefined;
  return { userTicks: cutime, systemTicks: cstime };
}

function sumTicks(values: Iterable<{ userTicks: number; systemTicks: number }>): { userTicks: number; systemTicks: number } {
  const sum = { userTicks: 0, systemTicks: 0 };
  for (const value of values) {
    sum.userTicks += value.userTicks;
    sum.systemTicks += value.systemTicks;
  }
  return sum;
}

/** Runs `command args` to completion, sampling the memory of its process tree. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const child = spawn('/bin/sh', ['-c', WRAPPER, 'sh', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const samples: MemorySample[] = [];
  const lines: OutputLine[] = [];
  let statLine = '';
  let peakRss = 0;
  /** Last CPU seen of every process of the tree, by pid and start time. */
  const cpuSeen = new Map<string, { userTicks: number; systemTicks: number }>();

  const sample = () => {
    if (child.pid === undefined) return;
    const { rss, programs, processes } = treeRss(child.pid);
    if (programs.length === 0) return;
    for (const entry of processes)
      cpuSeen.set(`${entry.pid}@${entry.start}`, { userTicks: entry.userTicks, systemTicks: entry.systemTicks });
    const used = sumTicks(cpuSeen.values());
    const tick = 1000 / ticksPerSecond();
    samples.push({ t: elapsed(), rss, programs, userMs: used.userTicks * tick, systemMs: used.systemTicks * tick });
    peakRss = Math.max(peakRss, rss);
  };
  const timer = setInterval(sample, options.intervalMs ?? 150);
  sample();

  const readLines = (stream: NodeJS.ReadableStream, name: OutputLine['stream']) =>
    new Promise<void>((resolve) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on('line', (text) => {
        const line: OutputLine = { t: elapsed(), stream: name, text };
        options.onLine?.(line);
        if (!options.keepLine || options.keepLine(text)) lines.push(line);
      });
      reader.on('close', resolve);
    });
  const outputs = Promise.all([
    readLines(child.stdout!, 'stdout'),
    readLines(child.stderr!, 'stderr'),
    new Promise<void>((resolve) => {
      const stat = child.stdio[3] as NodeJS.ReadableStream;
      stat.setEncoding('utf8');
      stat.on('data', (chunk: string) => (statLine += chunk));
      stat.on('end', resolve);
      stat.on('error', resolve);
    }),
  ]);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearInterval(timer);
      void outputs.then(() => {
        const wallMs = elapsed();
        const waited = cpuFromStat(statLine.trim());
        const sampled = sumTicks(cpuSeen.values());
        // Each figure can only miss CPU, never count it twice: the larger one is the closer.
        const best = waited && waited.userTicks + waited.systemTicks >= sampled.userTicks + sampled.systemTicks ? waited : sampled;
        const tick = 1000 / ticksPerSecond();
        const cpu = { userMs: best.userTicks * tick, systemMs: best.systemTicks * tick };
        resolve({ exitCode, signal, wallMs, cpu, peakRss, samples, lines });
      }, reject);
    });
  });
}

/** The highest tree RSS sampled between two moments of a run (ms since its start). */
export function peakBetween(samples: readonly MemorySample[], from: number, to: number): number {
  let peak = 0;
  for (const sample of samples) if (sample.t >= from && sample.t <= to && sample.rss > peak) peak = sample.rss;
  return peak;
}

/** CPU the tree used between two moments of a run, from the samples nearest before each. */
export function cpuBetween(samples: readonly MemorySample[], from: number, to: number): { userMs: number; systemMs: number } {
  const at = (t: number) => {
    let last = { userMs: 0, systemMs: 0 };
    for (const sample of samples) {
      if (sample.t > t) break;
      last = sample;
    }
    return last;
  };
  const [start, end] = [at(from), at(to)];
  return { userMs: end.userMs - start.userMs, systemMs: end.systemMs - start.systemMs };
}

/** When a program (by `comm`, e.g. `pagefind`) was first and last seen alive in the tree. */
export function programSpan(samples: readonly MemorySample[], program: string): { from: number; to: number } | undefined {
  let from: number | undefined;
  let to = 0;
  for (const sample of samples) {
    if (sample.programs.some((name) => name.startsWith(program))) {
      from ??= sample.t;
      to = sample.t;
    }
  }
  return from === undefined ? undefined : { from, to };
}
