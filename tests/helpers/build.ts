/** Runs the real `npm run build` entry point on a catalogue, the way a user does. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(env: Record<string, string>): Promise<BuildResult> {
  return runScript(['scripts/build.ts'], env);
}

/** Runs one of the project's scripts (`scripts/build.ts --shard 1/3`, `bin/atlas.ts merge …`) with this Node. */
export function runScript(args: string[], env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
