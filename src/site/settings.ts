/** Node-only: reads and validates the site settings file. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { safeParseAllKeys } from '../catalogue/all-keys.ts';
import { readJsonDocument } from '../catalogue/catalogue.ts';
import { readRegularFileSync } from '../catalogue/files.ts';
import { displayPath } from '../catalogue/load.ts';
import { formatProblem, problemsFromZod } from '../catalogue/problems.ts';
import { SettingsSchema, type Settings } from './settings-schema.ts';

/**
 * The settings file of a catalogue: its own `settings.json` when there is anything of that name
 * (a link or a folder too, which reading then refuses: a link is never followed), else the
 * project's `content/settings.json`.
 */
export function settingsFile(catalogueDir: string): string {
  const own = path.join(catalogueDir, 'settings.json');
  try {
    lstatSync(own);
    return own;
  } catch {
    return path.resolve('content/settings.json');
  }
}

export function loadSettings(catalogueDir: string): Settings {
  const file = settingsFile(catalogueDir);
  const shown = displayPath(file);
  // Errors never quote the file: it may not be the catalogue's (a link is refused before it is read).
  const read = readRegularFileSync(file);
  if ('problem' in read) throw new Error(formatProblem({ file: shown, path: '$', message: read.problem }));
  const document = readJsonDocument(shown, read.text);
  if ('problems' in document) throw new Error(document.problems.map(formatProblem).join('\n'));
  const result = safeParseAllKeys(SettingsSchema, document.json);
  if (!result.success)
    throw new Error(problemsFromZod(shown, document.json, result.error, { inServerFile: false }).map(formatProblem).join('\n'));
  return result.data;
}
