// From path arguments to plan texts. Directories are searched for plans,
// globs expand, and every way a path can fail gets its own one-line message
// naming it. Any such failure stops the run (exit 2) before linting, so a CI
// job never passes because a plan was silently skipped.
import * as fs from 'fs';
import * as path from 'path';
import { CliError } from './errors';
import { globBase, globToRegExp, isGlob } from './glob';

const PLAN_NAME = /\.poc\.ya?ml$/;
const NO_PLANS = 'no *.poc.yaml or *.poc.yml files';
/** Bytes looked at for a NUL, as git does. */
const BINARY_SNIFF = 8000;

interface PlanFile {
  display: string;
  absolute: string;
}

/** Reading or searching failed: `<file>: <reason>`. */
class PathError extends Error {}

function reason(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${file}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  return `${file}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Plans under `dir`, skipping node_modules and dot-directories; symlinked directories are not followed. */
function walk(dir: string, display: string, into: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new PathError(reason(display, error));
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, `${display}/${entry.name}`, into);
    } else if (PLAN_NAME.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      into.push(full);
    }
  }
}

function expandGlob(pattern: string, cwd: string): string[] {
  const posixPattern = toPosix(pattern);
  const base = globBase(posixPattern);
  const regex = globToRegExp(posixPattern);
  const baseDir = path.resolve(cwd, base || '.');
  const found: string[] = [];
  walk(baseDir, base || '.', found);
  const matches = found.filter((file) => {
    const rel = toPosix(path.relative(baseDir, file));
    return regex.test(base ? `${base}/${rel}` : rel);
  });
  if (matches.length === 0) throw new PathError(`${pattern}: ${NO_PLANS} match`);
  return matches;
}

function expandPath(arg: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    throw new PathError(reason(arg, error));
  }
  if (!stat.isDirectory()) return [absolute];
  const found: string[] = [];
  walk(absolute, arg, found);
  if (found.length === 0) throw new PathError(`${arg}: ${NO_PLANS} found`);
  return found;
}

/** Every plan the arguments name, deduplicated and sorted, and the paths that failed. */
function findPlans(args: readonly string[], cwd: string, errors: string[]): PlanFile[] {
  const byPath = new Map<string, PlanFile>();
  for (const arg of args) {
    try {
      for (const absolute of isGlob(arg) ? expandGlob(arg, cwd) : expandPath(arg, cwd)) {
        byPath.set(absolute, { absolute, display: toPosix(path.relative(cwd, absolute)) || path.basename(absolute) });
      }
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      errors.push(error.message);
    }
  }
  return [...byPath.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

function decode(absolute: string, display: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    throw new PathError(reason(display, error));
  }
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new PathError(`${display}: not a text file (binary content)`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file as text; a missing, unreadable or binary file is a CliError naming it. */
export function readText(absolute: string, display: string): string {
  try {
    return decode(absolute, display);
  } catch (error) {
    if (error instanceof PathError) throw new CliError([error.message]);
    throw error;
  }
}

export interface PlanText {
  /** Relative to the working directory, with `/`: what every report shows. */
  file: string;
  text: string;
}

/** Every plan the arguments name, read; throws one CliError listing every path that could not be found or read. */
export function readPlans(args: readonly string[], cwd: string): PlanText[] {
  const errors: string[] = [];
  const plans = findPlans(args, cwd, errors).flatMap((f) => {
    try {
      return [{ file: f.display, text: decode(f.absolute, f.display) }];
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      errors.push(error.message);
      return [];
    }
  });
  if (errors.length) throw new CliError(errors);
  return plans;
}
