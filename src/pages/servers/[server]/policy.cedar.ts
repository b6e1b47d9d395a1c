/** `/servers/<server>/policy.cedar`: the server's recommended policy in the cedar format (src/risk/policy/cedar.ts). */
import { formatFile, serverPaths } from '../../../site/server-files.ts';

export const getStaticPaths = serverPaths;
export const GET = formatFile('cedar');
