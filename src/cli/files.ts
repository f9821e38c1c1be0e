// From path arguments to plan texts. Directories are searched for plans,
// globs expand, and every way a path can fail gets its own one-line message
// naming it. Any such failure stops the run (exit 2) before linting, so a CI
// job never passes because a plan was silently skipped. The one exception is
// a symbolic link in a searched directory that leads nowhere (or to something
// that is not a file): it is skipped with a warning, as ESLint does, since
// nobody named it. Only regular files are read, and never more than `limit`
// bytes of one: enough for the engine to say a plan is over `maxBytes`.
import * as fs from 'fs';
import * as path from 'path';
import { isPlanFile } from '../engine';
import { CliError } from './errors';
import { globBase, globToRegExp, isGlob } from './glob';

const NO_PLANS = 'no *.poc.yaml, *.poc.yml or *.poc.md files';
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
function walk(dir: string, display: string, into: string[], warnings: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new PathError(reason(display, error));
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, `${display}/${entry.name}`, into, warnings);
    } else if (isPlanFile(entry.name) && entry.isFile()) {
      into.push(full);
    } else if (isPlanFile(entry.name) && entry.isSymbolicLink()) {
      const skipped = linkProblem(full);
      if (skipped) warnings.push(`${display}/${entry.name}: ${skipped}, skipped`);
      else into.push(full);
    }
  }
}

/** Why a symbolic link found in a directory is not read, or undefined when it leads to a file. */
function linkProblem(link: string): string | undefined {
  try {
    return fs.statSync(link).isFile() ? undefined : 'a symbolic link to something that is not a file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'a symbolic link that leads nowhere' : `a symbolic link that cannot be followed (${code ?? 'unknown error'})`;
  }
}

function expandGlob(pattern: string, cwd: string, warnings: string[]): string[] {
  const posixPattern = toPosix(pattern);
  const base = globBase(posixPattern);
  const regex = globToRegExp(posixPattern);
  const baseDir = path.resolve(cwd, base || '.');
  const found: string[] = [];
  walk(baseDir, base || '.', found, warnings);
  const matches = found.filter((file) => {
    const rel = toPosix(path.relative(baseDir, file));
    return regex.test(base ? `${base}/${rel}` : rel);
  });
  if (matches.length === 0) throw new PathError(`${pattern}: ${NO_PLANS} match`);
  return matches;
}

function expandPath(arg: string, cwd: string, warnings: string[]): string[] {
  const absolute = path.resolve(cwd, arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    throw new PathError(reason(arg, error));
  }
  if (!stat.isDirectory()) return [absolute];
  const found: string[] = [];
  walk(absolute, arg, found, warnings);
  if (found.length === 0) throw new PathError(`${arg}: ${NO_PLANS} found`);
  return found;
}

/**
 * Relative to the working directory, with `/`; but a plan outside it named by
 * an absolute argument keeps its absolute path (`/dev/zero`, not `../../dev/zero`).
 */
function displayName(arg: string, absolute: string, cwd: string): string {
  const relative = toPosix(path.relative(cwd, absolute));
  if (relative === '') return path.basename(absolute);
  const outside = relative === '..' || relative.startsWith('../') || path.isAbsolute(relative);
  return outside && path.isAbsolute(arg) ? toPosix(absolute) : relative;
}

/** Every plan the arguments name, deduplicated and sorted, and the paths that failed. */
function findPlans(args: readonly string[], cwd: string, errors: string[], warnings: string[]): PlanFile[] {
  const byPath = new Map<string, PlanFile>();
  for (const arg of args) {
    try {
      for (const absolute of isGlob(arg) ? expandGlob(arg, cwd, warnings) : expandPath(arg, cwd, warnings)) {
        byPath.set(absolute, { absolute, display: displayName(arg, absolute, cwd) });
      }
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      errors.push(error.message);
    }
  }
  return [...byPath.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** The first `limit` bytes of a regular file (all of it when smaller); a device, a FIFO or a directory is refused before it is opened. */
function readBounded(absolute: string, display: string, limit: number): Buffer {
  let fd: number | undefined;
  try {
    if (!fs.statSync(absolute).isFile()) throw new PathError(`${display}: not a regular file`);
    fd = fs.openSync(absolute, 'r');
    // Sized from the file, grown only if it grows: /proc files report 0 bytes.
    let buffer = Buffer.allocUnsafe(Math.min(limit, fs.fstatSync(fd).size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2 + 4096));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof PathError) throw error;
    throw new PathError(reason(display, error));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Bytes as text: binary content is refused, a BOM dropped. */
function decodeBytes(bytes: Buffer, display: string): string {
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new PathError(`${display}: not a text file (binary content)`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decode(absolute: string, display: string, limit: number): string {
  return decodeBytes(readBounded(absolute, display, limit), display);
}

/** The file as text; a missing, unreadable, binary or non-regular file is a CliError naming it. */
export function readText(absolute: string, display: string, limit: number): string {
  try {
    return decode(absolute, display, limit);
  } catch (error) {
    if (error instanceof PathError) throw new CliError([error.message]);
    throw error;
  }
}

/** Standard input as a plan's text, at most `limit` bytes of it. `read` is fs.readSync on fd 0 in the CLI. */
export function readStdin(display: string, limit: number, read: (buffer: Buffer, offset: number) => number): string {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(65536, limit - length));
    let n: number;
    try {
      n = read(chunk, 0);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking stdin with nothing yet: wait a little, as a blocking read would.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new CliError([`standard input: cannot be read (${code ?? String(error)})`]);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    length += n;
  }
  try {
    return decodeBytes(Buffer.concat(chunks, length), display);
  } catch (error) {
    if (error instanceof PathError) throw new CliError([error.message]);
    throw error;
  }
}

export interface PlanText {
  /** Relative to the working directory, with `/`: what every report shows. */
  file: string;
  text: string;
  /** Where it was read from; none for standard input. */
  absolute?: string;
}

export interface ReadResult {
  plans: PlanText[];
  /** Symbolic links skipped while searching directories, one line each. */
  warnings: string[];
}

/**
 * Every plan the arguments name, read (at most `limit` bytes each); throws
 * one CliError listing every path that could not be found or read.
 */
export function readPlans(args: readonly string[], cwd: string, limit: number): ReadResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const plans = findPlans(args, cwd, errors, warnings).flatMap((f) => {
    try {
      return [{ file: f.display, text: decode(f.absolute, f.display, limit), absolute: f.absolute }];
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      errors.push(error.message);
      return [];
    }
  });
  if (errors.length) throw new CliError(errors);
  return { plans, warnings };
}
