// --help. The format lists come from the formatter registry, so a new format
// shows up here by being registered.
import { FORMATTERS, type FormatCommand } from './formatters';

function formatList(command: FormatCommand): string {
  return FORMATTERS[command].map((f, i) => `${f.name}${i === 0 ? ' (default)' : ''}`).join(', ');
}

function formatTable(): string {
  const rows = (['check', 'summary'] as const).flatMap((command) => FORMATTERS[command].map((f) => [`${command} -f ${f.name}`, f.description]));
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, description]) => `  ${name.padEnd(width)}  ${description}`).join('\n');
}

export function helpText(): string {
  return `poc-readiness: review AI proof-of-concept plans (*.poc.yaml, *.poc.yml, *.poc.md)

Usage:
  poc-readiness [check] [paths or globs...] [options]   findings and readiness per plan
  poc-readiness summary [paths or globs...] [options]   the portfolio: one row per plan
  poc-readiness init [FILE.poc.yaml]                     write a starter plan (plan.poc.yaml)
                                                         and a commented .pocreadiness.yaml;
                                                         an existing file is left as it is
  poc-readiness convert PLAN [-o OUT]                    a YAML plan as Markdown (*.poc.md), or
                                                         back; beside PLAN unless -o (- prints),
                                                         never over an existing file

Paths default to the current directory. Directories are searched for plans,
skipping node_modules and dot-directories (and, with a warning, symbolic links
that lead nowhere); globs may use *, ** and ? (quote them so the shell leaves
them alone).

Options:
  -f, --format NAME     check: ${formatList('check')}
                        summary: ${formatList('summary')}
  -o, --output FILE     write the report to FILE instead of standard output
                        (never onto a plan: FILE may not be a *.poc.yaml or .poc.md)
      --stdin           read one plan from standard input instead of paths
      --stdin-filename NAME
                        the name to report that plan under (default <stdin>)
  -c, --config FILE     use FILE instead of ./.pocreadiness.yaml
      --rule RULE:SEV   set a rule's severity (off, info, warning, error),
                        e.g. --rule POC072:off; repeatable; wins over the config
      --max-warnings N  exit 1 when there are more than N warnings (check)
      --require-ready   exit 1 when any plan is not ready for approval
      --quiet           print errors only (check); warnings still count
                        for --max-warnings
      --today YYYY-MM-DD
                        count past decision dates and stalled POCs from this
                        day instead of today (reproducible reports)
      --color           colour the output even when it is not a terminal
      --no-color        never colour the output (so does NO_COLOR=1)
  -h, --help            show this help
  -v, --version         show the version

Formats:
${formatTable()}

Exit codes:
  0  no errors
  1  errors in a plan, or --require-ready / --max-warnings not met
  2  bad usage, a path that is missing, empty of plans, unreadable, binary or
     not a regular file, a bad config file, or a report that could not be
     written; nothing is reported then

Environment:
  POC_READINESS_V8_FLAGS=off  run without the V8 flag the CLI sets for speed
                              (a later tier-up: --interrupt-budget)
`;
}
