// Command-line arguments, in the shape ESLint users expect: `--format json`
// or `--format=json`, `-f json`, repeatable `--rule`, `--` ends options.
import { isPlanFile } from '../engine';
import { fail } from './errors';
import { FORMATTERS, findFormatter, formatterNames, type Formatter } from './formatters';

export type Command = 'check' | 'summary' | 'init' | 'convert';

export interface CliArgs {
  command: Command | 'help' | 'version';
  /** For check and summary: what to read; for init: the plan to write (at most one). */
  paths: string[];
  formatter: Formatter;
  /** `--stdin`: one plan from standard input instead of paths. */
  stdin: boolean;
  /** `--stdin-filename`: the name the plan from stdin is reported under. */
  stdinFilename?: string;
  output?: string;
  config?: string;
  /** `--rule POC072:off`, as given; validated against the rules with the config. */
  rules: Record<string, string>;
  maxWarnings?: number;
  requireReady: boolean;
  quiet: boolean;
  /** `--color` / `--no-color`; undefined = decide from the terminal and NO_COLOR. */
  color?: boolean;
  /** `--today YYYY-MM-DD`: the day past decision dates and stalled POCs are counted from. */
  today?: string;
}

const VALUE_OPTIONS: Record<string, string> = {
  '--format': '--format',
  '-f': '--format',
  '--output': '--output',
  '-o': '--output',
  '--config': '--config',
  '-c': '--config',
  '--rule': '--rule',
  '--max-warnings': '--max-warnings',
  '--stdin-filename': '--stdin-filename',
  '--today': '--today',
};
const FLAGS = new Set(['--require-ready', '--quiet', '--color', '--no-color', '--stdin']);
const CHECK_ONLY = new Set(['--quiet', '--max-warnings']);
/** What a plan's file is called, in any case (as the editor matches it). */

interface Raw {
  values: Map<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

function tokenize(argv: readonly string[]): Raw {
  const raw: Raw = { values: new Map(), flags: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      raw.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      raw.positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = VALUE_OPTIONS[name];
    if (option) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('-') && value !== '-')) fail(`${name} needs a value`);
      raw.values.set(option, [...(raw.values.get(option) ?? []), value]);
    } else if (FLAGS.has(name) && eq === -1) {
      raw.flags.add(name);
    } else {
      fail(`unknown option ${name} (see --help)`);
    }
  }
  return raw;
}

function single(raw: Raw, option: string): string | undefined {
  const values = raw.values.get(option);
  if (values && values.length > 1) fail(`${option} given more than once`);
  return values?.[0];
}

function parseRules(values: readonly string[]): Record<string, string> {
  const rules: Record<string, string> = {};
  for (const value of values) {
    // Split at the last colon: rule names contain slashes, never colons.
    const colon = value.lastIndexOf(':');
    if (colon <= 0) fail(`--rule ${value}: write it as RULE:SEVERITY, e.g. POC072:off`);
    rules[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
  }
  return rules;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--max-warnings must be a whole number of zero or more, not "${value}"`);
  return Number(value);
}

function parseToday(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) fail(`--today must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

function parseFormat(command: 'check' | 'summary', value: string | undefined): Formatter {
  if (value === undefined) return FORMATTERS[command][0];
  return findFormatter(command, value) ?? fail(`unknown format "${value}" for ${command} (use ${formatterNames(command).join(', ')})`);
}

/** `init` writes files and reports nothing: only a plan name may follow it. */
function checkInit(raw: Raw, paths: readonly string[]): void {
  const option = [...raw.flags, ...raw.values.keys()][0];
  if (option) fail(`${option} applies to check and summary, not init`);
  if (paths.length > 1) fail('init writes one plan: give at most one file name');
  if (paths.length === 1 && !/\.poc\.ya?ml$/i.test(paths[0])) fail(`${paths[0]}: a plan's name ends in .poc.yaml or .poc.yml`);
}

/** `convert PLAN [-o OUT]`: one plan, and where to write it. */
function checkConvert(raw: Raw, paths: readonly string[]): string | undefined {
  const option = [...raw.flags, ...raw.values.keys()].find((o) => o !== '--output');
  if (option) fail(`${option} applies to check and summary, not convert`);
  if (paths.length !== 1) fail('convert turns one plan into the other format: give one *.poc.yaml, *.poc.yml or *.poc.md file');
  if (!isPlanFile(paths[0])) fail(`${paths[0]}: a plan's name ends in .poc.yaml, .poc.yml or .poc.md`);
  return single(raw, '--output');
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const empty = { paths: [], formatter: FORMATTERS.check[0], stdin: false, rules: {}, requireReady: false, quiet: false };
  // Like most tools, --help and --version win over everything else on the line.
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help', ...empty };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version', ...empty };

  const raw = tokenize(argv);
  const first = raw.positional[0];
  const command: Command = first === 'summary' || first === 'init' || first === 'convert' ? first : 'check';
  const paths = first === 'check' || first === 'summary' || first === 'init' || first === 'convert' ? raw.positional.slice(1) : raw.positional;
  if (command === 'init') {
    checkInit(raw, paths);
    return { command, ...empty, paths };
  }
  if (command === 'convert') {
    const output = checkConvert(raw, paths);
    return { command, ...empty, paths, ...(output !== undefined ? { output } : {}) };
  }
  const stdin = raw.flags.has('--stdin');
  const stdinFilename = single(raw, '--stdin-filename');
  if (stdinFilename !== undefined && !stdin) fail('--stdin-filename names the plan read with --stdin: give --stdin too');
  if (stdin && paths.length) fail('--stdin reads one plan from standard input: give no paths with it');
  if (command === 'summary') {
    const misplaced = [...raw.flags, ...raw.values.keys()].find((o) => CHECK_ONLY.has(o));
    if (misplaced) fail(`${misplaced} applies to check, not summary`);
  }
  const color = raw.flags.has('--no-color') ? false : raw.flags.has('--color') ? true : undefined;
  const output = single(raw, '--output');
  // `-o -` (print) is convert's: a report goes to standard output without -o.
  if (output === '-') fail('--output needs a value');
  // A report written as `*.poc.yaml` would replace a plan, or be linted as one on the next run.
  if (output !== undefined && isPlanFile(output)) fail(`--output ${output}: a report is never written to a plan file (*.poc.yaml, *.poc.yml, *.poc.md); choose another name`);
  const config = single(raw, '--config');
  const maxWarnings = parseMaxWarnings(single(raw, '--max-warnings'));
  const today = parseToday(single(raw, '--today'));
  return {
    command,
    paths: stdin || paths.length ? paths : ['.'],
    formatter: parseFormat(command, single(raw, '--format')),
    stdin,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(config !== undefined ? { config } : {}),
    rules: parseRules(raw.values.get('--rule') ?? []),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    requireReady: raw.flags.has('--require-ready'),
    quiet: raw.flags.has('--quiet'),
    ...(color !== undefined ? { color } : {}),
    ...(today !== undefined ? { today } : {}),
  };
}
