/**
 * The one error the importer throws for anything the user should read: a bad server, a bad file,
 * a time-out. Its lines are ready to print (`SOURCE: message` or `SOURCE: PATH: message`), so the
 * command line prints them as they are and exits non-zero, having written nothing.
 */
import { escapeLine, formatProblem, type Problem } from '../problems.ts';

export class ImportError extends Error {
  /** One line per problem, already formatted. */
  readonly lines: string[];
  /** True when the user interrupted the import (Ctrl-C), which deserves its own exit code. */
  readonly interrupted: boolean;

  constructor(lines: string[], options: { interrupted?: boolean } = {}) {
    super(lines.join('\n'));
    this.name = 'ImportError';
    this.lines = lines;
    this.interrupted = options.interrupted ?? false;
  }

  static fromProblems(problems: readonly Problem[]): ImportError {
    return new ImportError(problems.map(formatProblem));
  }
}

/**
 * Text from a server (stderr, error messages) made safe for one terminal line: control characters,
 * including the escape that starts terminal control sequences, line separators and invisible
 * format characters are shown as `\xNN` or `\uNNNN`, never obeyed (see `escapeLine`).
 */
export function printable(text: string): string {
  return escapeLine(text);
}
