// The CLI tests run the built bundle the way a user or CI job does: a new
// node process on dist/cli.js, with its own working directory and environment.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A command that runs the CLI for someone else, e.g. `['runuser', '-u', 'nobody', '--']`. */
  as?: readonly string[];
  /** Another copy of the bundle to run instead of dist/cli.js. */
  cli?: string;
  /** Bytes for its standard input (none: an empty one). */
  input?: string | Buffer;
}

/** Colour is off unless a test asks for it, so the expected text is plain. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  const [command, ...prefix] = [...(options.as ?? []), process.execPath];
  const run = spawnSync(command, [...prefix, options.cli ?? CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch directory with the given files (text or bytes), removed by the returned function. */
export function scratch(files: Record<string, string | Buffer>): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}
