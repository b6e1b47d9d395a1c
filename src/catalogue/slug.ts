/**
 * URL slugs for servers and tools: lowercase, readable, stable (the same name always gives the
 * same slug, whatever else is in the catalogue) and safe for any input: only `[a-z0-9-]`, so never
 * `..`, a slash or an empty segment.
 */
import { createHash } from 'node:crypto';

/** Slugs longer than this are cut and given a hash, so a 500-character name makes a sane URL. */
const MAX_SLUG_LENGTH = 80;

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * `build_and_push_image_to_ecr` -> `build-and-push-image-to-ecr`, `getUserById` -> `get-user-by-id`,
 * `files.read` -> `files-read`. Accents are folded (`café` -> `cafe`); a name with no latin letters
 * or digits left (`読む`, `..`) becomes `<prefix>-<hash>` of the exact name, so it is still unique.
 */
export function slugify(name: string, fallbackPrefix = 'item'): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Split camelCase and PascalCase words before lowercasing: getUserByID -> get User By ID.
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const slug = words.join('-');
  if (slug === '') return `${fallbackPrefix}-${shortHash(name)}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH - 9).replace(/-+$/, '');
  return `${cut}-${shortHash(name)}`;
}
