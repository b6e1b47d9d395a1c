/** `atlas validate [DIR]`: the build's catalogue checks, without building. One line per problem. */
import path from 'node:path';
import { catalogueDirFromEnv, displayPath, loadCatalogue } from '../catalogue/load.ts';
import { escapeLine, formatProblem } from '../catalogue/problems.ts';

export async function run(args: string[]): Promise<number> {
  const dir = args[0] ? path.resolve(args[0]) : catalogueDirFromEnv();
  const { servers, problems } = await loadCatalogue(dir);
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`${escapeLine(displayPath(dir))}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  const tools = servers.reduce((sum, server) => sum + server.tools.length, 0);
  console.error(`${escapeLine(displayPath(dir))}: ${servers.length} servers, ${tools} tools, no problems`);
  return 0;
}
