/**
 * The catalogues unit tests read. `REFERENCE_CATALOGUE` is a frozen copy of the bundled catalogue
 * (content/servers at the time the expected verdicts were written): unit tests name its real tools
 * and check the engine against them, so re-importing content/ (`npm run catalogue:awslabs`,
 * `npm run catalogue:refresh`) never moves a unit test. Build tests read content/ itself, since
 * the site is built from it. To move the reference on, copy content/servers over it and review the
 * failing expectations one by one.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './build.ts';

export const REFERENCE_CATALOGUE = path.join(PROJECT_ROOT, 'tests/fixtures/catalogues/reference');
export const REFERENCE_SERVERS = path.join(REFERENCE_CATALOGUE, 'servers');
