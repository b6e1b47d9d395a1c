/**
 * Paths inside a source repository, as the catalogue records them (`atlas.source.file`). They
 * become links to the repository host, where a browser resolves `..` before asking: a path that
 * climbs out of the repository would link into another one. Pure.
 */

/**
 * The path normalised (`./` and empty segments dropped, `a/../b` -> `b`), or undefined when it is
 * not a path inside a repository: empty, absolute, climbing above the root (`../x`, `a/../../x`),
 * or holding a backslash (a folder separator to browsers, not to git) or a control character.
 */
export function repositoryPath(file: string): string | undefined {
  if (file === '' || file.startsWith('/') || /[\\\p{Cc}\p{Zl}\p{Zp}]/u.test(file)) return undefined;
  const segments: string[] = [];
  for (const segment of file.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length === 0 ? undefined : segments.join('/');
}
