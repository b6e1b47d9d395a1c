/** Node-only: reads and validates the site settings file. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../catalogue/load.ts';
import { problemsFromZod, formatProblem } from '../catalogue/problems.ts';
import { SettingsSchema, type Settings } from './settings-schema.ts';

export function settingsFile(catalogueDir: string): string {
  const own = path.join(catalogueDir, 'settings.json');
  return existsSync(own) ? own : path.resolve('content/settings.json');
}

export function loadSettings(catalogueDir: string): Settings {
  const file = settingsFile(catalogueDir);
  const shown = displayPath(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: $: not valid JSON: ${(error as Error).message}`);
  }
  const result = SettingsSchema.safeParse(json);
  if (!result.success) throw new Error(problemsFromZod(shown, json, result.error, { inServerFile: false }).map(formatProblem).join('\n'));
  return result.data;
}
