/** `/servers/<server>/toolhive-authz.json`: policy.cedar as a ToolHive authz config, ready for `thv run --authz-config`. */
import { serverPaths, toolhiveFile } from '../../../site/server-files.ts';

export const getStaticPaths = serverPaths;
export const GET = toolhiveFile;
