// A problem that stops the CLI before it can report on plans: a usage
// mistake, a file it cannot read, a bad config. Exit code 2, one line each.
export class CliError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function fail(line: string): never {
  throw new CliError([line]);
}
