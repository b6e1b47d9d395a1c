/** `/servers/<server>/policy.cel.yaml`: the server's recommended policy in the cel format (src/risk/policy/cel.ts). */
import { formatFile, serverPaths } from '../../../site/server-files.ts';

export const getStaticPaths = serverPaths;
export const GET = formatFile('cel');
