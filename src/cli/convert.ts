// `poc-readiness convert PLAN [-o OUT]`: a YAML plan as a Markdown plan, or a
// Markdown plan as YAML, reading the same to every check. Without -o the
// result goes beside the plan under the other extension; an existing file is
// never replaced, and `-o -` prints it instead.
import * as fs from 'fs';
import * as path from 'path';
import { isConvertError, markdownToYaml, planFormat, yamlToMarkdown } from '../engine';
import { CliError } from './errors';

export interface Converted {
  /** Where it was written, or undefined when printed. */
  written?: string;
  text: string;
}

/** The name beside `file` in the other format: `a.poc.yaml` -> `a.poc.md`, `a.poc.md` -> `a.poc.yaml`. */
export function convertedName(file: string): string {
  return planFormat(file) === 'markdown' ? file.replace(/\.md$/i, '.yaml') : file.replace(/\.ya?ml$/i, '.md');
}

export function convertPlan(cwd: string, file: string, output: string | undefined): Converted {
  let source: string;
  try {
    source = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError([code === 'ENOENT' ? `${file}: no such file or directory` : `${file}: cannot be read (${code ?? String(error)})`]);
  }
  let text: string;
  try {
    text = planFormat(file) === 'markdown' ? markdownToYaml(source) : yamlToMarkdown(source);
  } catch (error) {
    if (isConvertError(error)) throw new CliError([`${file}: ${error.message}`]);
    throw error;
  }
  if (output === '-') return { text };
  const target = output ?? convertedName(file);
  const absolute = path.resolve(cwd, target);
  if (path.resolve(cwd, file) === absolute) throw new CliError([`${target}: that is the plan being converted; choose another name`]);
  try {
    // 'wx': an existing file (a plan, perhaps edited since) is never replaced.
    fs.writeFileSync(absolute, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError([code === 'EEXIST' ? `${target} already exists; left as it is (give -o to write elsewhere, or -o - to print)` : `${target}: cannot write it (${code ?? String(error)})`]);
  }
  return { written: target, text };
}
