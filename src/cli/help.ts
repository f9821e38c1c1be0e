export const HELP = `poc-readiness: review AI proof-of-concept plans (*.poc.yaml, *.poc.yml)

Usage:
  poc-readiness [check] [paths or globs...] [options]   findings and readiness per plan
  poc-readiness summary [paths or globs...] [options]   the portfolio: one row per plan

Paths default to the current directory. Directories are searched for plans,
skipping node_modules and dot-directories; globs may use *, ** and ?
(quote them so the shell leaves them alone).

Options:
  -f, --format NAME     check: stylish (default), json, sarif, markdown
                        summary: table (default), json
  -o, --output FILE     write the report to FILE instead of standard output
  -c, --config FILE     use FILE instead of ./.pocreadiness.yaml
      --rule RULE:SEV   set a rule's severity (off, info, warning, error),
                        e.g. --rule POC072:off; repeatable; wins over the config
      --max-warnings N  exit 1 when there are more than N warnings (check)
      --require-ready   exit 1 when any plan is not ready for approval
      --quiet           print errors only (check); warnings still count
                        for --max-warnings
      --color           colour the output even when it is not a terminal
      --no-color        never colour the output (so does NO_COLOR=1)
  -h, --help            show this help
  -v, --version         show the version

Exit codes:
  0  no errors
  1  errors in a plan, or --require-ready / --max-warnings not met
  2  bad usage, a path that is missing, empty of plans, unreadable or binary,
     or a bad config file; nothing is reported then
`;
