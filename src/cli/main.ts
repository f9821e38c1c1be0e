// `poc-readiness`: the extension's engine and config on the command line.
// Reports go to stdout (or --output); problems that stop the run go to
// stderr as one line each, naming the file, with exit code 2.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, type CheckFormat, type CliArgs } from './args';
import { paint, wantsColor } from './colors';
import { loadOptions } from './config';
import { CliError } from './errors';
import { readPlans } from './files';
import { formatJson } from './formatters/json';
import { formatMarkdown } from './formatters/markdown';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { formatSummaryJson, formatSummaryTable } from './formatters/summary';
import { HELP } from './help';
import { lintPlans, shownFindings, totals, verdict, type PlanReport } from './report';

// A require, not an import: esbuild inlines it into dist/cli.js, and tsc does
// not copy package.json into out/ as it would for an imported JSON module.
const { version } = require('../../package.json') as { version: string };

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

function render(args: CliArgs, reports: readonly PlanReport[], color: boolean, cwd: string): string {
  if (args.command === 'summary') return args.format === 'json' ? formatSummaryJson(reports) : formatSummaryTable(reports, paint(color));
  const formats: Record<CheckFormat, () => string> = {
    stylish: () => formatStylish(reports, paint(color)),
    json: () => formatJson(reports, version),
    sarif: () => formatSarif(reports, version, cwd),
    markdown: () => formatMarkdown(reports),
  };
  return formats[args.format as CheckFormat]();
}

function writeReport(file: string, text: string, cwd: string): void {
  try {
    fs.writeFileSync(path.resolve(cwd, file), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code);
    throw new CliError([`${file}: cannot write the report (${why})`]);
  }
}

export function run(argv: readonly string[], io: Io): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help' || args.command === 'version') {
      io.out(args.command === 'help' ? HELP : `${version}\n`);
      return 0;
    }
    const options = loadOptions(io.cwd, args.config, args.rules);
    const reports = lintPlans(readPlans(args.paths, io.cwd), options);
    const color = wantsColor(args.color, io.env, args.output === undefined && io.stdoutIsTTY);
    const text = render(args, shownFindings(reports, args.quiet), color, io.cwd);
    if (args.output !== undefined) writeReport(args.output, text, io.cwd);
    else io.out(text);
    // From every finding: --quiet hides warnings from the report, not from --max-warnings.
    const result = verdict(totals(reports), args.requireReady, args.maxWarnings);
    for (const note of result.notes) io.err(`poc-readiness: ${note}\n`);
    return result.code;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    for (const line of error.lines) io.err(`poc-readiness: ${line}\n`);
    return 2;
  }
}

function main(): void {
  // `poc-readiness ... | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: process.stdout.isTTY === true,
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    });
  } catch (error) {
    // A bug, not a user mistake: say so on one line and keep the stack for the report.
    process.stderr.write(`poc-readiness: unexpected error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) main();
