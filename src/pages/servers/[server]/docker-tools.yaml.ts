/** `/servers/<server>/docker-tools.yaml`: the server's recommended policy in the docker format (src/risk/policy/docker.ts). */
import { formatFile, serverPaths } from '../../../site/server-files.ts';

export const getStaticPaths = serverPaths;
export const GET = formatFile('docker');
