/** `/servers/<server>/policy.pomerium.yaml`: the server's recommended policy in the pomerium format (src/risk/policy/pomerium.ts). */
import { formatFile, serverPaths } from '../../../site/server-files.ts';

export const getStaticPaths = serverPaths;
export const GET = formatFile('pomerium');
