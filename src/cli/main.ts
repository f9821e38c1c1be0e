// `poc-readiness`: the extension's engine and config on the command line.
// Reports go to stdout (or --output); problems that stop the run go to
// stderr as one line each, naming the file, with exit code 2.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_THRESHOLDS, type LintOptions } from '../engine';
import { parseArgs, type CliArgs } from './args';
import { paint, wantsColor } from './colors';
import { configPath, loadOptions } from './config';
import { CliError, fail } from './errors';
import { readPlans, readStdin, type PlanText } from './files';
import { helpText } from './help';
import { convertPlan } from './convert';
import { DEFAULT_PLAN_FILE, init } from './init';
import { lintPlans, shownFindings, totals, verdict } from './report';
import { visible } from './text';
import { setV8Flags, youngGenerationCap } from './v8Flags';

// A require, not an import: esbuild inlines it into dist/cli.js, and tsc does
// not copy package.json into out/ as it would for an imported JSON module.
const { version } = require('../../package.json') as { version: string };

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** Throws the write's error (ENOSPC, EPIPE...) when standard output cannot take the text. */
  out(text: string): void;
  err(text: string): void;
  /** Reads standard input into `buffer` at `offset`: the bytes read, 0 at its end. */
  readStdin(buffer: Buffer, offset: number): number;
  /** After each plan is linted: the CLI process's young-generation cap; nothing for a host that calls run(). */
  afterEachPlan?: () => void;
}

/** Reading the reader closed early (`| head`) is not a failure; anything else stops the run with exit 2. */
class ClosedOutput extends Error {}

function writeOut(io: Io, text: string): void {
  try {
    io.out(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') throw new ClosedOutput();
    const why = code === 'ENOSPC' ? 'no space left on the device' : (code ?? (error instanceof Error ? error.message : String(error)));
    fail(`standard output: cannot write the report (${why})`);
  }
}

function writeReport(file: string, text: string, cwd: string): void {
  try {
    fs.writeFileSync(path.resolve(cwd, file), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its directory does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : code === 'ENOSPC'
              ? 'no space left on the device'
              : String(code);
    throw new CliError([`${file}: cannot write the report (${why})`]);
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** --output may not name an input: a plan read in this run (under any name, hard links included) or the config. */
function refuseInputAsOutput(output: string, cwd: string, plans: readonly PlanText[], config: string | undefined): void {
  let target: fs.Stats;
  try {
    target = fs.statSync(path.resolve(cwd, output));
  } catch {
    return; // A file that does not exist yet is no input.
  }
  const inputs = [...plans.map((p) => p.absolute), config].filter((f): f is string => f !== undefined);
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat && sameFile(stat, target)) fail(`--output ${output}: that is ${input === config ? 'the config file' : 'a plan being checked'}; the report would replace it`);
  }
}

function maxBytes(options: LintOptions): number {
  return options.thresholds?.maxBytes ?? DEFAULT_THRESHOLDS.maxBytes;
}

function readInput(args: CliArgs, io: Io, limit: number): { plans: PlanText[]; warnings: string[] } {
  if (!args.stdin) return readPlans(args.paths, io.cwd, limit);
  const file = args.stdinFilename ?? '<stdin>';
  return { plans: [{ file, text: readStdin(file, limit, io.readStdin) }], warnings: [] };
}

function runInit(args: CliArgs, io: Io): number {
  const { written, skipped } = init(io.cwd, args.paths[0]);
  for (const file of skipped) io.err(`poc-readiness: ${visible(file)} already exists; left as it is\n`);
  const next = written[0] === (args.paths[0] ?? DEFAULT_PLAN_FILE) ? ' Fill in its TODOs, then run: poc-readiness check' : '';
  if (written.length) writeOut(io, `Wrote ${written.map(visible).join(' and ')}.${next}\n`);
  return 0;
}

function check(args: CliArgs, io: Io): number {
  // Today's date once for the run: the engine would otherwise read the clock for every plan.
  const options = { ...loadOptions(io.cwd, args.config, args.rules), today: args.today ?? new Date().toISOString().slice(0, 10) };
  // One byte over the limit is enough for the engine to say the plan is too large.
  const { plans, warnings } = readInput(args, io, maxBytes(options) + 1);
  if (args.output !== undefined) refuseInputAsOutput(args.output, io.cwd, plans, configPath(io.cwd, args.config));
  for (const warning of warnings) io.err(`poc-readiness: warning: ${visible(warning)}\n`);
  const reports = lintPlans(plans, options, io.afterEachPlan);
  const color = wantsColor(args.color, io.env, args.output === undefined && io.stdoutIsTTY);
  const shown = shownFindings(reports, args.quiet);
  const context = {
    version,
    cwd: io.cwd,
    paint: paint(color),
    today: options.today,
    maxDaysToProduction: options.thresholds?.maxDaysToProduction ?? DEFAULT_THRESHOLDS.maxDaysToProduction,
  };
  // From every finding: --quiet hides warnings from the report, not from --max-warnings.
  const result = verdict(totals(reports), args.requireReady, args.maxWarnings, reports);
  if (args.output !== undefined) writeReport(args.output, args.formatter.format(shown, context), io.cwd);
  else {
    try {
      // A format that comes in pieces is written piece by piece: its whole text (JSON over 200 plans, 1.9 MB) and its bytes are never held at once.
      if (args.formatter.pieces) for (const piece of args.formatter.pieces(shown, context)) writeOut(io, piece);
      else writeOut(io, args.formatter.format(shown, context));
    } catch (error) {
      if (error instanceof ClosedOutput) return result.code;
      throw error;
    }
  }
  for (const note of result.notes) io.err(`poc-readiness: ${visible(note)}\n`);
  // A rule that failed is the checker's problem, not the plan's: say which, and exit as for any usage or file problem.
  const failed = reports.flatMap((r) => r.findings.filter((f) => f.internal).map((f) => `${r.file}: ${f.message}`));
  for (const line of failed) io.err(`poc-readiness: ${visible(line)}\n`);
  return failed.length ? 2 : result.code;
}

export function run(argv: readonly string[], io: Io): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help' || args.command === 'version') {
      writeOut(io, args.command === 'help' ? helpText() : `${version}\n`);
      return 0;
    }
    if (args.command === 'convert') {
      const converted = convertPlan(io.cwd, args.paths[0], args.output);
      writeOut(io, converted.written === undefined ? converted.text : `Wrote ${visible(converted.written)}.\n`);
      return 0;
    }
    return args.command === 'init' ? runInit(args, io) : check(args, io);
  } catch (error) {
    if (error instanceof ClosedOutput) return 0;
    if (!(error instanceof CliError)) throw error;
    for (const line of error.lines) io.err(`poc-readiness: ${visible(line)}\n`);
    return 2;
  }
}

/** All of `text` to a file descriptor, synchronously, so a failed write is an error here and not an event after exit. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset);
    } catch (error) {
      // A non-blocking pipe that is full: wait for the reader, as a blocking write would.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function main(): void {
  setV8Flags(process.env);
  try {
    process.exitCode = run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: process.stdout.isTTY === true,
      out: (text) => writeAll(1, text),
      err: (text) => {
        try {
          writeAll(2, text);
        } catch {
          // Nowhere left to say it; the exit code still does.
        }
      },
      readStdin: (buffer, offset) => fs.readSync(0, buffer, offset, buffer.length - offset, null),
      afterEachPlan: youngGenerationCap(process.env),
    });
  } catch (error) {
    // A bug, not a user mistake: say so on one line and keep the stack for the report.
    process.stderr.write(`poc-readiness: unexpected error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) main();
