/**
 * Node-only: what the importer needs to know of an installed npm package (its version, its
 * description, where its source lives and which script starts it), shared by the scripts that
 * import servers from packages: `catalogue:refresh` (the project's devDependencies) and
 * `corpus:agreement` (packages installed into a scratch folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PackageJson {
  name: string;
  version: string;
  description?: string;
  bin?: string | Record<string, string>;
  repository?: string | { url?: string };
}

export interface InstalledPackage {
  /** The package's folder, `<node_modules>/<name>`. */
  dir: string;
  json: PackageJson;
  /** The name of the bin that starts the server, as a person would type it after installing the package. */
  bin: string;
  /** Absolute path of its script. */
  script: string;
}

/** `git+https://github.com/o/r.git` -> `https://github.com/o/r`, a link people can open. */
export function repositoryUrl(repository: PackageJson['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

/**
 * The package `name` as installed in `nodeModules`, and the script of its bin called `bin` (by
 * default its only or first bin). Throws an error that names the package and the bins it has.
 */
export function readInstalledPackage(nodeModules: string, name: string, bin?: string): InstalledPackage {
  const dir = path.join(nodeModules, name);
  const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
  const bins: Record<string, string> = typeof json.bin === 'string' ? { [name.replace(/^@[^/]+\//, '')]: json.bin } : (json.bin ?? {});
  const binName = bin ?? Object.keys(bins)[0];
  const script = binName === undefined ? undefined : bins[binName];
  if (binName === undefined || !script) {
    const have = Object.keys(bins);
    throw new Error(
      `${name}@${json.version} has no bin${bin === undefined ? '' : ` called ${JSON.stringify(bin)}`} in its package.json` +
        (have.length > 0 ? ` (it has: ${have.join(', ')})` : ''),
    );
  }
  return { dir, json, bin: binName, script: path.join(dir, script) };
}
