/**
 * `npm exec -- node scripts/security-headers.ts`: writes `public/_headers` (Netlify / Cloudflare Pages) from
 * src/site/security-headers.ts, the one definition of the site's Content-Security-Policy and
 * security headers. A unit test fails when the committed file and the definition disagree.
 */
import { writeFileSync } from 'node:fs';
import { headersFile } from '../src/site/security-headers.ts';

writeFileSync('public/_headers', headersFile());
console.log('wrote public/_headers');
